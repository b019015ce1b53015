"""Draw the blind second dev set from news-raw by a seeded random draw (recorded in sample.json).

The draw is uniform over the articles of the categories International, Inland and Wirtschaft,
so that the set measures what kg meets in a real news stream, not what it was tuned on.
Run once; the annotations in annotations/ were made for exactly the drawn ids, before kg was
run on them.

    python eval/blind-dev/draw.py --news-raw ../shared/data/news-raw/10kgnad-test.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

CATEGORIES = ("International", "Inland", "Wirtschaft")
SEED = 20261204
SIZE = 24


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--news-raw", type=Path, default=Path("../shared/data/news-raw/10kgnad-test.jsonl.gz")
    )
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("sample.json"))
    args = parser.parse_args()
    with gzip.open(args.news_raw, "rt", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    pool = sorted((d["id"], d["category"]) for d in docs if d["category"] in CATEGORIES)
    drawn = sorted(random.Random(SEED).sample(pool, SIZE))
    record = {
        "source": "news-raw/10kgnad-test.jsonl.gz",
        "categories": list(CATEGORIES),
        "pool_size": len(pool),
        "seed": SEED,
        "method": "random.Random(seed).sample(sorted (id, category) pairs of the pool, size)",
        "ids": [{"id": i, "category": c} for i, c in drawn],
    }
    args.out.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"drew {SIZE} of {len(pool)} articles -> {args.out}")


if __name__ == "__main__":
    main()
