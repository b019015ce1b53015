"""Cross-document identity, measured: do mentions of one real-world actor share one `?entity`?

    python benchmarks/corpus_pairs.py GOLD_DIR [--build-args "--link --wikidata-data FILE"]

GOLD_DIR holds gold-annotated articles (JSON with doc_id, text, date, entities with name,
mentions, type and optional wikidata QID, as in ../shared/eval/dev). The articles are built
into ONE store in TWO separate `kg build` runs (first half, second half), then `actors.rq`
is read. Each predicted row is matched to a gold entity of its document by name (any gold
mention, case-insensitive, or a name ending in one). Over pairs of matched rows from
different documents whose gold entities both have a QID:
- recall: of the pairs with the same gold QID, the share with the same `?entity`;
- precision: of the pairs with the same `?entity`, the share with the same gold QID.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def norm(text: str) -> str:
    words = text.casefold().replace("ß", "ss").replace("-", " ").split()
    return " ".join(w for w in words if w not in {"der", "die", "das", "den", "dem", "des"})


def gold_qid(entities: list[dict], name: str) -> str | None:
    n = norm(name)
    for e in entities:
        forms = {norm(f) for f in [e["name"], *e.get("mentions", [])]}
        if n in forms or any(n.endswith(" " + f) for f in forms if f):
            return e.get("wikidata")
    return None


def build(docs: list[dict], store: Path, build_args: list[str], tmp: Path) -> None:
    halves = [docs[: len(docs) // 2], docs[len(docs) // 2:]]
    for i, half in enumerate(halves):
        corpus = tmp / f"run{i}.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for d in half:
                rec = {"id": d["doc_id"], "text": d["text"], "lang": d.get("lang", "de")}
                if d.get("date"):
                    rec["date"] = d["date"]
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), *build_args],
                       check=True, cwd=ROOT)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--build-args", default="")
    args = ap.parse_args()
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.gold.glob("*.json"))]
    gold = {d["doc_id"]: d["entities"] for d in docs}
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        build(docs, store, shlex.split(args.build_args), Path(tmp))
        cmd = [sys.executable, "-m", "kg", "query", "queries/actors.rq", "--store", str(store),
               "--format", "json"]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(out)["results"]["bindings"]]
    matched = {(r["doc"], q, r["entity"]) for r in rows if (q := gold_qid(gold.get(r["doc"], []), r["name"]))}
    same_gold = same_entity = both = 0
    for (d1, q1, e1), (d2, q2, e2) in combinations(sorted(matched), 2):
        if d1 == d2:
            continue
        same_gold += q1 == q2
        same_entity += e1 == e2
        both += q1 == q2 and e1 == e2
    recall = both / same_gold if same_gold else float("nan")
    precision = both / same_entity if same_entity else float("nan")
    print(f"{len(docs)} documents, {len(matched)} matched (document, QID, entity) rows")
    print(f"cross-document pairs with one gold QID: {same_gold}; sharing one ?entity: {same_entity}; "
          f"both: {both}")
    print(f"recall {recall:.3f}  precision {precision:.3f}")


if __name__ == "__main__":
    main()
