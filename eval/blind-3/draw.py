"""Draw the third blind evaluation set from news-raw by a seeded stratified draw (recorded in sample.json).

The pool is the news-raw articles of the categories International, Inland and Wirtschaft, without
the articles of the first two blind sets (eval/blind-dev/sample.json, eval/blind-2/sample.json), of
the dev gold (../shared/eval/dev; its 10kGNAD articles are not in news-raw, which the draw checks
by text, as eval/blind-2/draw.py does) and of the 200-article audit sample that developers read
kg's output on (random.Random(13).sample of the International and Inland articles sorted by id).
What is left is about 80 % Wirtschaft, so the draw is stratified: 8 articles from the
International/Inland part and 8 from the Wirtschaft part, by one random.Random(SEED), in that
order. Run once; the annotations in annotations/ were made for exactly the drawn ids, before kg
was run on them.

    python eval/blind-3/draw.py --news-raw ../shared/data/news-raw/10kgnad-test.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
from pathlib import Path

CATEGORIES = ("International", "Inland", "Wirtschaft")
STRATA = (("International", "Inland"), ("Wirtschaft",))
PER_STRATUM = 8
SEED = 20261206
AUDIT_SEED = 13
AUDIT_SIZE = 200
HERE = Path(__file__).resolve().parent


def _norm(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def audit_ids(docs: list[dict]) -> set[str]:
    """The 200-article audit sample of International and Inland articles that developers read kg's output on."""
    rows = sorted((r for r in docs if r["category"] in ("International", "Inland")), key=lambda r: r["id"])
    return {r["id"] for r in random.Random(AUDIT_SEED).sample(rows, AUDIT_SIZE)}


def excluded(docs: list[dict], dev_gold: Path) -> dict[str, set[str]]:
    """Ids left out of the pool, by reason."""
    earlier = set()
    for name in ("blind-dev", "blind-2"):
        record = json.loads((HERE.parent / name / "sample.json").read_text(encoding="utf-8"))
        earlier |= {d["id"] for d in record["ids"]}
    gold_texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(dev_gold.glob("*.json"))]
    gold_ids = {"gnad-" + hashlib.sha1(t.encode("utf-8")).hexdigest()[:10] for t in gold_texts}
    gold_norm = {_norm(t)[:200] for t in gold_texts}
    dev = {d["id"] for d in docs if d["id"] in gold_ids or _norm(d["text"])[:200] in gold_norm}
    return {"blind sets": earlier, "dev gold": dev, "audit": audit_ids(docs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--news-raw", type=Path, default=Path("../shared/data/news-raw/10kgnad-test.jsonl.gz")
    )
    parser.add_argument("--dev-gold", type=Path, default=Path("../shared/eval/dev"))
    parser.add_argument("--out", type=Path, default=HERE / "sample.json")
    args = parser.parse_args()
    with gzip.open(args.news_raw, "rt", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    reasons = excluded(docs, args.dev_gold)
    skip = set().union(*reasons.values())
    pool = sorted(
        (d["id"], d["category"]) for d in docs if d["category"] in CATEGORIES and d["id"] not in skip
    )
    rng = random.Random(SEED)
    drawn = []
    parts = {}
    for stratum in STRATA:
        part = [p for p in pool if p[1] in stratum]
        parts["+".join(stratum)] = len(part)
        drawn += rng.sample(part, PER_STRATUM)
    drawn.sort()
    record = {
        "source": "news-raw/10kgnad-test.jsonl.gz",
        "categories": list(CATEGORIES),
        "excluded": (
            "the ids of eval/blind-dev/sample.json and eval/blind-2/sample.json; dev gold texts (none "
            "are in news-raw); the 200-article audit sample (rows = the International and Inland "
            "articles sorted by id; random.Random(13).sample(rows, 200))"
        ),
        "excluded_in_categories": {
            k: sum(1 for d in docs if d["category"] in CATEGORIES and d["id"] in v) for k, v in reasons.items()
        },
        "pool_size": len(pool),
        "strata": parts,
        "seed": SEED,
        "method": (
            "stratified: one random.Random(seed); .sample(sorted (id, category) pairs of the "
            "International+Inland part, 8), then .sample(sorted (id, category) pairs of the "
            "Wirtschaft part, 8)"
        ),
        "ids": [{"id": i, "category": c} for i, c in drawn],
    }
    args.out.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"drew {len(drawn)} of {len(pool)} articles {parts} ({len(skip)} excluded) -> {args.out}")


if __name__ == "__main__":
    main()
