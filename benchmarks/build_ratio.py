"""`kg build` against a bare `nlp.pipe` of its base model, side by side in one run.

    python benchmarks/build_ratio.py [--copies 3] [--batch-size 16] [TEXTS ...]

Why: the speed goal of kg is a ratio, not an absolute figure: the whole `kg build` (a
process of its own, into a fresh store) should reach a fixed share of the words per second
of the statistical pipeline it is built on, measured on the same machine, the same text
and in the same run, so that a slower or busier machine does not move the figure.

What runs, on the same articles (each repeated `--copies` times under new ids):
  (a) bare: `nlp.pipe` of the base model alone (tokenizer, tagger, parser, NER; no kg
      component), as `kg.nlp.pipeline.load_base` loads it, with spaCy's default batch size;
  (b) pipeline: `nlp.pipe` of the base model plus kg's components;
  (c) extractor: `kg.extract.Extractor.pipe` (pipeline + event extraction into records);
  (d) build: `python -m kg build CORPUS --store FRESH` in a subprocess, start-up included;
and then a per-component profile: the articles pass through the pipeline one component
at a time, timing each (kg_space_reparse includes the statistical re-run it makes).

Default text: the dev articles of ../shared/eval/dev and the blind dev articles that
`python eval/blind-dev/standoff.py join` rebuilds from news-raw.  They are written to a
temporary folder only, never into the repository (their licences forbid copying).  Give
other gold files or `.jsonl` corpora (id, text, date) as TEXTS to measure on them instead.
Words are whitespace-separated words of the article text, the same count for all four.
The four runs are repeated in interleaved rounds (`--rounds`) and the best time of each
counts: on a shared machine a busy spell then does not land on one of them only.  CPU time
(of the process, its BLAS threads and the `kg build` child) is reported beside the wall
clock: where other work competes for the cores, the wall clock measures the competition
as much as kg, and the CPU-time ratio is the steadier figure.  Repeating
the articles (`--copies`) flatters per-word caches somewhat, as a real corpus's frequent
words do.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"


def _records_of(path: Path) -> list[dict]:
    """Article records (id, text, date, lang) from a gold .json file or a .jsonl corpus."""
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = json.loads(path.read_text(encoding="utf-8"))
    rec = {"id": gold["doc_id"], "text": gold["text"], "lang": gold.get("lang", "de")}
    if gold.get("date"):
        rec["date"] = gold["date"]
    return [rec]


def default_sources(tmp: Path) -> list[Path]:
    """The dev gold files and the blind dev gold files joined into `tmp`."""
    blind = tmp / "blind-dev"
    standoff = ROOT / "eval" / "blind-dev" / "standoff.py"
    cmd = [sys.executable, str(standoff), "join", "--out", str(blind)]
    subprocess.run(cmd, check=True, capture_output=True)
    return sorted(DEV.glob("*.json")) + sorted(blind.glob("*.json"))


def write_corpus(sources: Iterable[Path], copies: int, corpus: Path) -> list[dict]:
    """Write the articles `copies` times (ids suffixed -c1, -c2, ...) as JSONL; return them."""
    base = [rec for path in sources for rec in _records_of(path)]
    records = [{**rec, "id": f"{rec['id']}-c{c}"} for c in range(1, copies + 1) for rec in base]
    with corpus.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return records


def _clock() -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process, its threads and its finished children)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter(), time.process_time() + children.ru_utime + children.ru_stime


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of `work()`."""
    wall, cpu = _clock()
    work()
    wall2, cpu2 = _clock()
    return wall2 - wall, cpu2 - cpu


def _drain(items: Iterable[object]) -> None:
    for _ in items:
        pass


def _build(corpus: Path, store: Path) -> None:
    subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store)],
                   check=True, capture_output=True)


def component_profile(extractor, documents: list, batch_size: int) -> dict[str, float]:
    """Seconds per pipeline component, the articles passed through one component at a time."""
    nlp = extractor.nlp
    times: dict[str, float] = {}
    for start in range(0, len(documents), batch_size):
        batch = documents[start:start + batch_size]
        t0 = time.perf_counter()
        docs = [nlp.make_doc(d.text) for d in batch]
        for doc, d in zip(docs, batch, strict=True):
            doc._.kg_date = d.date
        times["tokenizer"] = times.get("tokenizer", 0.0) + time.perf_counter() - t0
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=batch_size))
            else:
                docs = [proc(doc) for doc in docs]
            times[name] = times.get(name, 0.0) + time.perf_counter() - t0
        t0 = time.perf_counter()
        for doc, d in zip(docs, batch, strict=True):
            extractor._finish(doc, d)
        times["kg.extract"] = times.get("kg.extract", 0.0) + time.perf_counter() - t0
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", nargs="*", type=Path,
                    help="gold .json files or .jsonl corpora (default: dev + blind dev)")
    ap.add_argument("--copies", type=int, default=3, help="how often the articles are repeated (default 3)")
    ap.add_argument("--batch-size", type=int, default=None,
                    help="articles per batch for kg (default: the Extractor's); the bare run keeps spaCy's")
    ap.add_argument("--rounds", type=int, default=3,
                    help="rounds of the four runs, interleaved; the best time of each counts (default 3)")
    ap.add_argument("--no-profile", action="store_true", help="skip the per-component profile")
    args = ap.parse_args()

    from kg.document import read_jsonl
    from kg.extract import Extractor
    from kg.nlp.pipeline import load_base

    with tempfile.TemporaryDirectory(prefix="kg-build-ratio-") as tmpdir:
        tmp = Path(tmpdir)
        corpus = tmp / "corpus.jsonl"
        records = write_corpus(args.texts or default_sources(tmp), args.copies, corpus)
        texts = [r["text"] for r in records]
        documents = read_jsonl(corpus)  # the same Documents `kg build` reads
        words = sum(len(t.split()) for t in texts)

        bare = load_base(None, "de")
        extractor = Extractor() if args.batch_size is None else Extractor(batch_size=args.batch_size)
        list(bare.pipe(texts[:4]))  # warm-up: first calls allocate
        list(extractor.pipe(documents[:4]))

        batch = extractor.batch_size
        runs: dict[str, Callable[[int], object]] = {  # bare: spaCy's default batch size (1000)
            "bare nlp.pipe (base model)": lambda r: _drain(bare.pipe(texts)),
            "nlp.pipe with kg components": lambda r: _drain(extractor.nlp.pipe(texts, batch_size=batch)),
            "Extractor.pipe (records)": lambda r: _drain(extractor.pipe(documents)),
            "kg build (process, fresh store)": lambda r: _build(corpus, tmp / f"store-{r}"),
        }
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in runs}
        for r in range(args.rounds):  # interleaved, so that a busy spell hits all four alike
            for name, run in runs.items():
                times[name].append(_timed(lambda run=run, r=r: run(r)))
        best = {name: (min(w for w, _ in ts), min(c for _, c in ts)) for name, ts in times.items()}
        _report(records, words, best, extractor, args.rounds)
        if not args.no_profile:
            _print_profile(component_profile(extractor, documents, extractor.batch_size))


def _report(records: list[dict], words: int, seconds: dict[str, tuple[float, float]], extractor,
            rounds: int) -> None:
    import os
    import platform

    cpu = platform.processor() or platform.machine()
    print(f"text: {len(records)} articles, {words:,} words; model {extractor.model_name}; "
          f"{os.cpu_count()} CPUs, {cpu}, Python {platform.python_version()}")
    bare_wall, bare_cpu = seconds["bare nlp.pipe (base model)"]
    print(f"best of {rounds} interleaved rounds; wall clock, and CPU time (robust on a shared machine):")
    head = ("wall s", "words/s", "x bare", "CPU s", "words/CPU s", "x bare")
    print(f"{'':34s} {head[0]:>7s} {head[1]:>8s} {head[2]:>7s} {head[3]:>7s} {head[4]:>11s} {head[5]:>7s}")
    for name, (wall, cpu) in seconds.items():
        print(f"{name:34s} {wall:7.2f} {words / wall:8,.0f} {bare_wall / wall:7.2f} "
              f"{cpu:7.2f} {words / cpu:11,.0f} {bare_cpu / cpu:7.2f}")


def _print_profile(times: dict[str, float]) -> None:
    total = sum(times.values())
    print(f"\nper component ({total:.2f} s, articles passed one component at a time):")
    for name, s in times.items():
        print(f"  {name:20s} {s:7.2f} s {100 * s / total:5.1f} %")


if __name__ == "__main__":
    main()
