#!/usr/bin/env python3
"""Link accuracy of `kg`'s Wikidata linker on the gold entities of ../shared/eval/dev.

Two modes:

* gold names (default): every gold entity of a dev article becomes an `Actor` (name,
  type, mentions, role, affiliation as annotated) and is linked against the local subset
  (`--wikidata-data`, default ../shared/data/wikidata-subset/entities.nt) through
  `kg.link.apply.link_extractions`, the same function `kg build --link` uses. This
  measures the linker alone, without extraction errors.
* `--end-to-end`: runs `../shared/eval/score.py` with
  `--build-args="--link --wikidata-data FILE"`, i.e. extraction + linking through
  `kg build` and `queries/actors.rq`, and prints its wikidata_link_accuracy line.

Reported (gold-names mode):
  link accuracy   = correct QID / gold entities with a QID   (all gold QIDs are in the subset)
  NIL accuracy    = left NIL / gold entities without a QID   ("the share of NIL decisions that are right")

`--name-from shortest|longest` replaces each gold name by its shortest or longest mention,
to see how the linker copes with names as an extractor might produce them.
  link precision  = correct QID / entities given a QID
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.document import Document  # noqa: E402
from kg.link.apply import link_extractions  # noqa: E402
from kg.link.options import add_link_arguments  # noqa: E402
from kg.records import Actor, Extraction, Mention  # noqa: E402

SHARED = ROOT.parent / "shared"


def _tally(tot: dict[str, int], gold: str | None, pred: str | None) -> None:
    """Count one entity: linked at all, right link for a gold QID, right NIL for a gold NIL."""
    tot["linked"] += bool(pred)
    if gold:
        tot["gold_qid"] += 1
        tot["ok"] += pred == gold
    else:
        tot["gold_nil"] += 1
        tot["nil_ok"] += pred is None


def slug(name: str) -> str:
    return re.sub(r"\W+", "-", name.casefold()).strip("-")


def gold_extraction(gold: dict, name_from: str = "name") -> Extraction:
    import datetime as dt

    date = dt.date.fromisoformat(gold["date"]) if gold.get("date") else None
    doc = Document(id=gold["doc_id"], text=gold["text"], date=date, lang=gold.get("lang", "de"))
    by_name = {e["name"]: slug(e["name"]) for e in gold["entities"]}
    by_form = {m.casefold(): slug(e["name"]) for e in gold["entities"] for m in [e["name"], *e["mentions"]]}
    actors = []
    for e in gold["entities"]:
        aff = e.get("affiliation")
        aff_keys = [by_name.get(aff) or by_form.get(aff.casefold())] if aff else []
        forms = [e["name"], *e["mentions"]]
        name = {"name": e["name"], "shortest": min(forms, key=len), "longest": max(forms, key=len)}[name_from]
        actors.append(Actor(
            key=slug(e["name"]), name=name, category=e["type"],
            mentions=[Mention(m, 0, 0) for m in e["mentions"]],
            roles=[e["role"]] if e.get("role") else [],
            affiliations=[k for k in aff_keys if k],
        ))
    return Extraction(document=doc, actors=actors)


def gold_names(args: argparse.Namespace) -> int:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.gold_dir.glob("*.json"))]
    extractions = [gold_extraction(g, args.name_from) for g in golds]
    t0 = time.perf_counter()
    report = link_extractions(extractions, args)
    elapsed = time.perf_counter() - t0
    tot = {"gold_qid": 0, "ok": 0, "gold_nil": 0, "nil_ok": 0, "linked": 0}
    mistakes = []
    for g, ex in zip(golds, extractions, strict=True):
        for e, actor in zip(g["entities"], ex.actors, strict=True):
            gold = e.get("wikidata")
            pred = actor.wikidata
            _tally(tot, gold, pred)
            if pred != gold:
                mistakes.append(f"  {g['doc_id']}: {e['name']!r} ({e['type']}) gold {gold} predicted {pred} "
                                f"[{actor.link_method or ''} {actor.link_score or ''}]")

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f} ({a}/{b})" if b else "n/a"

    result = {
        "docs": len(golds),
        "entities": sum(len(g["entities"]) for g in golds),
        "link_accuracy": ratio(tot["ok"], tot["gold_qid"]),
        "nil_accuracy": ratio(tot["nil_ok"], tot["gold_nil"]),
        "link_precision": ratio(tot["ok"], tot["linked"]),
        "overall_accuracy": ratio(tot["ok"] + tot["nil_ok"], tot["gold_qid"] + tot["gold_nil"]),
        "queries": report.requests,
        "seconds": round(elapsed, 2),
    }
    for k, v in result.items():
        print(f"{k:18s} {v}")
    if mistakes:
        print("disagreements with gold:")
        print("\n".join(mistakes))
    return 0


def end_to_end(args: argparse.Namespace) -> int:
    """score.py's own numbers, then the NIL decisions on the same kind of build."""
    data = " ".join(f"--wikidata-data {p}" for p in args.wikidata_data)
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), str(args.gold_dir),
           f"--build-args=--link {data}"]
    print("$", " ".join(cmd))
    rc = subprocess.run(cmd, cwd=ROOT).returncode
    if rc:
        return rc
    # NIL decisions are not in score.py: match predicted entities to gold with its own rules
    import importlib.util
    import shutil
    import tempfile

    spec = importlib.util.spec_from_file_location("kg_eval_score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(score)  # type: ignore[union-attr]
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.gold_dir.glob("*.json"))]
    kg = shutil.which("kg") or str(Path(sys.executable).parent / "kg")
    with tempfile.TemporaryDirectory() as tmp:
        rows = score.run_kg(golds, Path(tmp), kg, ["--link", *data.split()])
    tot = {"gold_qid": 0, "ok": 0, "gold_nil": 0, "nil_ok": 0, "linked": 0}
    for g in golds:
        names = score.Names(g["entities"])
        seen: set[str] = set()
        for r in rows["actors"]:
            if r.get("doc") != g["doc_id"]:
                continue
            gname = names.resolve(r.get("name"))
            if not gname or gname in seen:
                continue
            seen.add(gname)
            pred = (r.get("wikidata") or "").rsplit("/", 1)[-1] or None
            gold = names.qid.get(gname)
            _tally(tot, gold, pred)
            if not gold and pred:
                print(f"  linked although gold is NIL: {g['doc_id']} {gname!r} -> {pred}")
    print("end-to-end, over predicted entities matched to gold:")
    for label, a, b in (("link accuracy ", "ok", "gold_qid"), ("NIL accuracy  ", "nil_ok", "gold_nil"),
                        ("link precision", "ok", "linked")):
        print(f"  {label} {tot[a] / max(1, tot[b]):.3f} ({tot[a]}/{tot[b]})")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path, nargs="?", default=SHARED / "eval" / "dev")
    ap.add_argument("--end-to-end", action="store_true", help="run score.py with kg build --link")
    ap.add_argument("--name-from", choices=("name", "shortest", "longest"), default="name",
                    help="stress test: use the shortest mention ('Merkel', 'Griechenlands') or the "
                         "longest ('deutsche Kanzlerin Angela Merkel') as the actor's name")
    add_link_arguments(ap, with_switch=False)
    args = ap.parse_args()
    default_endpoint = args.wikidata_endpoint == ap.get_default("wikidata_endpoint")
    if not args.wikidata_data and not args.offline and default_endpoint:
        args.wikidata_data = [SHARED / "data" / "wikidata-subset" / "entities.nt"]
    return end_to_end(args) if args.end_to_end else gold_names(args)


if __name__ == "__main__":
    sys.exit(main())
