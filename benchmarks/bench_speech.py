#!/usr/bin/env python3
"""Words per second of kg's extraction with and without the learned speech tagger (kg_speech).

    python benchmarks/bench_speech.py [--corpus ../shared/data/news-raw/10kgnad-test.jsonl.gz] [--docs 50]

Why: `kg_speech` (kg/nlp/speech.py) runs a tok2vec and an NER of its own on every document;
this measures what it costs the whole `Extractor.pipe` (pipeline and extractors), on the same
articles in the same process, alternating the two settings (`--rounds` times each) so a busy
machine slows both alike.  Text is read at run time from a JSONL(.gz) file with a "text"
field per line (the 10kGNAD news-raw file by default; nothing of it is stored here).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.document import Document  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "news-raw" / "10kgnad-test.jsonl.gz"


def read_docs(path: Path, n: int) -> list[Document]:
    """The first `n` articles of a JSONL(.gz) file as Documents."""
    opener = gzip.open if path.suffix == ".gz" else open
    docs = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if len(docs) >= n:
                break
            row = json.loads(line)
            docs.append(Document(id=str(row.get("id", i)), text=row["text"]))
    return docs


def main(argv: list[str] | None = None) -> int:
    """Print words/s with and without kg_speech."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--docs", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    from kg.extract import Extractor

    ex = Extractor()
    if "kg_speech" not in ex.nlp.pipe_names:
        raise SystemExit("kg_speech is not in the pipeline (kg/models/de_kg_speech missing)")
    docs = read_docs(args.corpus, args.docs)
    words = sum(len(d.text.split()) for d in docs)
    list(ex.pipe(docs[:2]))  # warm up
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for setting in ("without", "with"):
            disable = ["kg_speech"] if setting == "without" else []
            with ex.nlp.select_pipes(disable=disable):
                start = time.perf_counter()
                for _x in ex.pipe(docs):
                    pass
                rate = words / (time.perf_counter() - start)
            best[setting] = max(best.get(setting, 0.0), rate)
    print(f"{len(docs)} articles, {words} words; best of {args.rounds} rounds")
    for setting in ("without", "with"):
        print(f"{setting:>8} kg_speech: {best[setting]:,.0f} words/s")
    print(f"cost: {1 - best['with'] / best['without']:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
