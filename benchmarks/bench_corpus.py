"""Corpus-scale build: peak memory against corpus size, and worker processes against one.

    python benchmarks/bench_corpus.py rss --docs 1000 10000      # peak RSS of kg build
    python benchmarks/bench_corpus.py workers --docs 400         # --workers 2 against --workers 1
    python benchmarks/bench_corpus.py rerun --docs 1000          # a re-run that skips everything
    python benchmarks/bench_corpus.py input --docs 10000 --sentences 30   # reading: whole vs streamed

The corpus is generated German news text (the templates of bench_pipeline.py, written for
kg), `--sentences` per document (default 3, about 40 words: short, so that 10,000 documents
build in reasonable time on two cores), written as one .jsonl file. Every build is the real CLI
in a subprocess into a fresh store, measured with GNU time (wall time and the peak resident
memory of the largest process; with workers, each worker process is measured on its own,
since each holds its own model). Batches bound memory: the peak should not grow with the
number of documents.

`input` measures the reading alone, where streaming input (kg.corpus) makes the difference
that the short generated articles of `rss` hide behind the model: the peak RSS of a process
that reads the corpus whole (`kg.api.read_documents`, what `kg build` did before) against
one that makes `kg build`'s first pass (`kg.corpus.scan`: ids, hashes and grouping keys)
and then reads every document again a batch at a time, as the second pass does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_pipeline import make_text  # noqa: E402


def write_corpus(path: Path, n_docs: int, sentences: int = 3) -> int:
    """`n_docs` documents of `sentences` generated sentences each; the number of words."""
    pool = [s for text in make_text(n_docs * sentences * 15, seed=11) for s in re.split(r"(?<=\.) ", text)]
    start, words = dt.date(2025, 1, 1), 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n_docs):
            text = " ".join(pool[(i * sentences + k) % len(pool)] for k in range(sentences))
            words += len(text.split())
            date = str(start + dt.timedelta(days=i % 700))
            f.write(json.dumps({"id": f"gen-{i:06d}", "text": text, "date": date}, ensure_ascii=False) + "\n")
    return words


def timed_build(corpus: Path, store: Path, *extra: str) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, kg's summary line) of one `kg build`."""
    cmd = ["/usr/bin/time", "-v", sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store),
           *extra]
    result = subprocess.run(cmd, capture_output=True, text=True, check=True)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
    assert wall is not None
    hours, minutes, seconds = int(wall.group(1) or 0), int(wall.group(2)), float(wall.group(3))
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    assert rss is not None
    summary = next(line for line in result.stderr.splitlines() if line.startswith("kg: built"))
    return hours * 3600 + minutes * 60 + seconds, int(rss.group(1)) / 1024, summary


_READERS = {
    "whole": "from kg.api import read_documents; docs, _ = read_documents({path!r}); print(len(docs))",
    "streamed": ("from kg.corpus import scan; from kg.batches import chunks\n"
                 "with scan({path!r}) as c:\n"
                 "    print(sum(len(b) for b in chunks(c.documents(), 64)))"),
}


def timed_read(corpus: Path, how: str) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of reading `corpus` in a fresh process, `how` = whole | streamed."""
    cmd = ["/usr/bin/time", "-v", sys.executable, "-c", _READERS[how].format(path=str(corpus))]
    result = subprocess.run(cmd, capture_output=True, text=True, check=True)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    assert wall is not None and rss is not None
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    return seconds, int(rss.group(1)) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=("rss", "workers", "rerun", "input"))
    ap.add_argument("--docs", type=int, nargs="+", default=[1000])
    ap.add_argument("--sentences", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.docs:
            corpus = Path(tmp) / f"corpus-{n}.jsonl"
            words = write_corpus(corpus, n, args.sentences)
            if args.what == "rss":
                seconds, rss, summary = timed_build(corpus, Path(tmp) / f"store-{n}")
                print(f"{n:,} documents ({words:,} words): {seconds:.0f} s, {words / seconds:,.0f} words/s, "
                      f"peak RSS {rss:,.0f} MB | {summary}")
            elif args.what == "input":
                size = corpus.stat().st_size / 2**20
                for how in ("whole", "streamed"):
                    seconds, rss = timed_read(corpus, how)
                    print(f"{n:,} documents ({words:,} words, {size:,.0f} MB .jsonl), read {how}: "
                          f"{seconds:.1f} s, peak RSS {rss:,.0f} MB")
            elif args.what == "workers":
                one = timed_build(corpus, Path(tmp) / f"one-{n}", "--workers", "1")
                two = timed_build(corpus, Path(tmp) / f"two-{n}", "--workers", "2")
                print(f"{n:,} documents ({words:,} words): --workers 1 {one[0]:.0f} s ({words / one[0]:,.0f} "
                      f"words/s), --workers 2 {two[0]:.0f} s ({words / two[0]:,.0f} words/s): "
                      f"{one[0] / two[0]:.2f}x (incl. start-up and model loads)")
            else:
                first = timed_build(corpus, Path(tmp) / "store")
                again = timed_build(corpus, Path(tmp) / "store")
                print(f"{n:,} documents: first build {first[0]:.0f} s, re-run {again[0]:.1f} s | {again[2]}")


if __name__ == "__main__":
    main()
