"""Precision audit on unseen news: draw articles, run kg, sample extractions to judge by hand.

Why: the gold sets are small; precision on a large random draw of real articles shows what
a user meets. The draw is seeded (recorded below) from news-raw's International and Inland
articles, the blind dev set excluded. Two steps:

    # 1. draw 200 articles, extract, sample 50 items per layer into a judging sheet
    python benchmarks/precision_audit.py sample --out /tmp/audit-sheet.jsonl
    # 2. after judging ({"verdicts": {item id: {"verdict": "correct"|"wrong"|"unclear", "reason": ...}}}):
    python benchmarks/precision_audit.py score --sheet /tmp/audit-sheet.jsonl \
        --judgments eval/precision-audit/judgments.json

The sheet holds article sentences (news-raw is licensed non-commercial), so it stays outside
the repository; the judgments file holds only item ids, verdicts and short reasons.
An item is correct when the event is in the sentence AND its main role is right: the
proposer of a proposal (or no proposer where none is named), the actor and stance of a
response, the speaker of a statement, and at least one named participant of a meeting.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from pathlib import Path

SEED = 20261204
ARTICLES = 200
PER_LAYER = 50
CATEGORIES = ("International", "Inland")
LAYERS = ("meetings", "proposals", "responses", "statements")


def _draw(news_raw: Path, blind: Path) -> list[dict]:
    exclude = {x["id"] for x in json.loads(blind.read_text(encoding="utf-8"))["ids"]}
    with gzip.open(news_raw, "rt", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    pool = sorted(
        (d for d in docs if d["category"] in CATEGORIES and d["id"] not in exclude), key=lambda d: d["id"]
    )
    return random.Random(SEED).sample(pool, min(ARTICLES, len(pool)))


def _items(extraction) -> dict[str, list[dict]]:  # noqa: ANN001 - kg.records.Extraction
    def name(key: str | None) -> str | None:
        actor = extraction.actor(key) if key else None
        return actor.name if actor else None

    doc = extraction.document.id
    out: dict[str, list[dict]] = {layer: [] for layer in LAYERS}
    for m in extraction.meetings:
        out["meetings"].append(
            {
                "participants": [name(k) for k in m.participants],
                "place": name(m.location),
                "status": m.status,
                "evidence": m.evidence[0],
                "key": m.key,
            }
        )
    for p in extraction.proposals:
        out["proposals"].append(
            {
                "kind": p.kind,
                "proposer": name(p.proposer),
                "label": p.label,
                "evidence": p.evidence[0],
                "key": p.key,
            }
        )
    for r in extraction.responses:
        out["responses"].append(
            {"actor": name(r.actor), "stance": r.stance, "evidence": r.evidence[0], "key": r.key}
        )
    for s in extraction.statements:
        out["statements"].append(
            {"speaker": name(s.speaker), "quote": s.quote[:200], "evidence": s.evidence[0], "key": s.key}
        )
    for layer, items in out.items():
        for item in items:
            ev = item.pop("evidence")
            item.update(
                doc=doc, layer=layer, id=f"{doc}/{item.pop('key')}", sentence=ev.sentence, method=ev.method
            )
    return out


def sample(args: argparse.Namespace) -> int:
    from kg.document import Document
    from kg.extract import Extractor

    drawn = _draw(args.news_raw, args.blind)
    extractor = Extractor()
    pools: dict[str, list[dict]] = {layer: [] for layer in LAYERS}
    documents = [Document(id=d["id"], text=d["text"]) for d in drawn]
    for extraction in extractor.pipe(documents):
        for layer, items in _items(extraction).items():
            pools[layer].extend(items)
    rng = random.Random(SEED)
    with args.out.open("w", encoding="utf-8") as f:
        for layer in LAYERS:
            chosen = rng.sample(pools[layer], min(PER_LAYER, len(pools[layer])))
            for item in sorted(chosen, key=lambda i: i["id"]):
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
    counts = ", ".join(f"{layer} {len(pools[layer])}" for layer in LAYERS)
    print(f"{len(drawn)} articles; extracted: {counts}; sheet -> {args.out}")
    return 0


def score(args: argparse.Namespace) -> int:
    items = [json.loads(line) for line in args.sheet.read_text(encoding="utf-8").splitlines() if line]
    verdicts = json.loads(args.judgments.read_text(encoding="utf-8"))["verdicts"]
    print(f"{'layer':<12}{'judged':>8}{'correct':>9}{'wrong':>7}{'unclear':>9}{'precision':>11}")
    for layer in LAYERS:
        c = Counter(verdicts.get(i["id"], {}).get("verdict", "missing") for i in items if i["layer"] == layer)
        decided = c["correct"] + c["wrong"]
        precision = c["correct"] / decided if decided else 0.0
        print(
            f"{layer:<12}{decided + c['unclear']:>8}{c['correct']:>9}{c['wrong']:>7}{c['unclear']:>9}"
            f"{precision:>11.2f}"
        )
        if c["missing"]:
            print(f"  ({c['missing']} {layer} items without a verdict)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--news-raw", type=Path, default=Path("../shared/data/news-raw/10kgnad-test.jsonl.gz"))
    s.add_argument("--blind", type=Path, default=Path("eval/blind-dev/sample.json"))
    s.add_argument("--out", type=Path, required=True)
    j = sub.add_parser("score")
    j.add_argument("--sheet", type=Path, required=True)
    j.add_argument("--judgments", type=Path, required=True)
    args = parser.parse_args()
    return sample(args) if args.cmd == "sample" else score(args)


if __name__ == "__main__":
    sys.exit(main())
