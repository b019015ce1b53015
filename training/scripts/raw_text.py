"""GermaParl paragraphs -> JSONL ``{"text": ...}`` for ``spacy pretrain`` (``train.py --pretrain``).

Reads ``germaparl/germaparl_wp18.txt.gz`` (Bundestag speeches, 18th term, ~12 million words;
licence CLARIN PUB+BY+NC+SA, see its README): protocol (``#``) and speaker (``##``) lines are
skipped, every ``--every``-th paragraph of at least ``--min-words`` words is kept (default:
123,273 paragraphs, ~5.8 million words), and the sample is shuffled with a fixed seed so
that one pretraining epoch mixes the whole term.
Never point this at news-raw: it is the source of the blind evaluation sets.

Usage: python training/scripts/raw_text.py --data ../shared/data --out training/corpus/germaparl_raw.jsonl
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--out", default="training/corpus/germaparl_raw.jsonl")
    ap.add_argument("--every", type=int, default=2, help="keep every N-th paragraph (2: ~5.8M words)")
    ap.add_argument("--min-words", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    source = Path(args.data) / "germaparl" / "germaparl_wp18.txt.gz"
    paragraphs = []
    n = 0
    with gzip.open(source, "rt", encoding="utf8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            n += 1
            if n % args.every == 0 and len(line.split()) >= args.min_words:
                paragraphs.append(line)
    random.Random(args.seed).shuffle(paragraphs)
    with open(args.out, "w", encoding="utf8") as out:
        for text in paragraphs:
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    words = sum(len(p.split()) for p in paragraphs)
    print(f"raw text: {len(paragraphs)} of {n} paragraphs, {words} words -> {args.out}")


if __name__ == "__main__":
    main()
