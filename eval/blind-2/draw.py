"""Draw the second blind evaluation set from news-raw by a seeded random draw (recorded in sample.json).

The draw is uniform over the articles of the categories International, Inland and Wirtschaft,
like eval/blind-dev/draw.py, with another seed and without the articles of the first blind set
(eval/blind-dev/sample.json) and of the dev gold (../shared/eval/dev; its 10kGNAD articles are
not in news-raw, which the draw checks by text). Run once; the annotations in annotations/ were
made for exactly the drawn ids, before kg was run on them.

    python eval/blind-2/draw.py --news-raw ../shared/data/news-raw/10kgnad-test.jsonl.gz
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
SEED = 20261205
SIZE = 16
HERE = Path(__file__).resolve().parent


def _norm(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def excluded(docs: list[dict], dev_gold: Path) -> set[str]:
    """Ids of the first blind set and of news-raw articles whose text is a dev gold article."""
    first = json.loads((HERE.parent / "blind-dev" / "sample.json").read_text(encoding="utf-8"))
    ids = {d["id"] for d in first["ids"]}
    gold_texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(dev_gold.glob("*.json"))]
    gold_ids = {"gnad-" + hashlib.sha1(t.encode("utf-8")).hexdigest()[:10] for t in gold_texts}
    gold_norm = {_norm(t)[:200] for t in gold_texts}
    for d in docs:
        if d["id"] in gold_ids or _norm(d["text"])[:200] in gold_norm:
            ids.add(d["id"])
    return ids


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
    skip = excluded(docs, args.dev_gold)
    pool = sorted(
        (d["id"], d["category"]) for d in docs if d["category"] in CATEGORIES and d["id"] not in skip
    )
    drawn = sorted(random.Random(SEED).sample(pool, SIZE))
    record = {
        "source": "news-raw/10kgnad-test.jsonl.gz",
        "categories": list(CATEGORIES),
        "excluded": "the 24 ids of eval/blind-dev/sample.json; dev gold texts (none are in news-raw)",
        "pool_size": len(pool),
        "seed": SEED,
        "method": "random.Random(seed).sample(sorted (id, category) pairs of the pool, size)",
        "ids": [{"id": i, "category": c} for i, c in drawn],
    }
    args.out.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"drew {SIZE} of {len(pool)} articles ({len(skip)} excluded) -> {args.out}")


if __name__ == "__main__":
    main()
