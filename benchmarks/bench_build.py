"""End-to-end throughput of `kg build` and latency of `kg query` on the resulting store.

    python benchmarks/bench_build.py [--docs 200] [--model PATH]

A JSONL corpus of generated German articles (templates of benchmarks/bench_pipeline.py,
written for kg; no shared corpus text) is built into a fresh store with the real CLI in a
subprocess, then each of the five contract queries is run against the store, also through
the CLI, so the figures include start-up (`kg query` does not load spaCy).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_pipeline import make_text  # noqa: E402

CONTRACT = ("actors", "meetings", "proposals", "responses", "statements")


def write_corpus(path: Path, n_docs: int) -> int:
    texts = make_text(n_docs * 120, seed=7)[:n_docs]
    start = dt.date(2026, 1, 1)
    words = 0
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(texts):
            words += len(text.split())
            rec = {"id": f"bench-{i:05d}", "text": text, "date": str(start + dt.timedelta(days=i % 300))}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return words


def timed(cmd: list[str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    kg = [sys.executable, "-m", "kg"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus, store = Path(tmp) / "corpus.jsonl", Path(tmp) / "store"
        words = write_corpus(corpus, args.docs)
        build = [*kg, "build", str(corpus), "--store", str(store)]
        if args.model:
            build += ["--model", args.model]
        seconds, _ = timed(build)
        print(f"kg build: {args.docs} documents, {words} words in {seconds:.1f} s "
              f"= {args.docs / seconds:.1f} docs/s, {words / seconds:,.0f} words/s (incl. start-up)")
        for name in CONTRACT:
            seconds, out = timed([*kg, "query", name, "--store", str(store), "--format", "json"])
            rows = len(json.loads(out)["results"]["bindings"])
            print(f"kg query {name:10s}: {rows:6d} rows in {seconds:.2f} s (incl. start-up)")


if __name__ == "__main__":
    main()
