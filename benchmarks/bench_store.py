"""Store benchmark: load a million-triple negotiation graph and time every ready-made query.

    python benchmarks/synthetic_graph.py --out /tmp/kg-1m.nq      # once (about 3 minutes)
    python benchmarks/bench_store.py /tmp/kg-1m.nq [--runs 5] [--rdflib-timeout 120]

1. Load into a fresh embedded on-disk store (pyoxigraph): `bulk_load` (what a big import
   should use) and `load` (one transaction, what `kg build` does per batch), triples/s each.
2. Every query in queries/ on that store, over the union of the named graphs as kg runs
   them: the median of `--runs` runs after one warm-up, with all rows fetched; then the
   same on an in-memory pyoxigraph store holding the same quads (what `kg query --data`
   answers from; RocksDB reads cost several microseconds per term on disk).
3. The same queries on rdflib's in-memory engine over the same data (a Dataset with the
   union default graph), one run each, stopped after `--rdflib-timeout` seconds: the ratio
   rdflib / oxigraph.
Prints a Markdown table (the README's) and peak memory.
"""

from __future__ import annotations

import argparse
import resource
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(path: Path, folder: Path, transactional: bool = True):  # -> pyoxigraph.Store
    import pyoxigraph as ox

    quads = sum(1 for _ in path.open("rb"))
    t0 = time.perf_counter()
    store = ox.Store(str(folder / "bulk"))
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    bulk = time.perf_counter() - t0
    print(f"{quads:,} quads; bulk_load {bulk:.1f} s = {quads / bulk:,.0f} triples/s", flush=True)
    if transactional:
        t0 = time.perf_counter()
        other = ox.Store(str(folder / "txn"))
        other.load(path=str(path), format=ox.RdfFormat.N_QUADS)
        txn = time.perf_counter() - t0
        del other
        print(f"load (one transaction) {txn:.1f} s = {quads / txn:,.0f} triples/s", flush=True)
    return store


def time_in_memory(path: Path, queries: list[Path], runs: int) -> dict[str, tuple[float, int]]:
    """The queries on an in-memory pyoxigraph store loaded from the same file."""
    import pyoxigraph as ox

    t0 = time.perf_counter()
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=True)
    print(f"in-memory bulk_load {time.perf_counter() - t0:.1f} s", flush=True)
    out = {}
    for q in queries:
        out[q.stem] = time_oxigraph(store, q.read_text(encoding="utf-8"), runs)
        print(f"  in memory {q.stem}: {out[q.stem][0] * 1000:,.0f} ms", file=sys.stderr, flush=True)
    print(f"peak RSS after the in-memory store: {_rss_mb():,.0f} MB", file=sys.stderr)
    return out


def time_oxigraph(store, text: str, runs: int) -> tuple[float, int]:
    def once() -> int:
        return sum(1 for _ in store.query(text, use_default_graph_as_union=True))

    rows = once()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        once()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), rows


class _Timeout(Exception):
    pass


def time_rdflib(dataset, text: str, limit: int) -> float | str | None:
    """Seconds, None after `limit`, or the error rdflib's engine raised."""
    def stop(*_: object) -> None:
        raise _Timeout

    signal.signal(signal.SIGALRM, stop)
    signal.alarm(limit)
    try:
        t0 = time.perf_counter()
        for _ in dataset.query(text):
            pass
        return time.perf_counter() - t0
    except _Timeout:
        return None
    except Exception as exc:  # noqa: BLE001 - rdflib's engine fails on some queries kg's store answers
        return f"fails ({type(exc).__name__})"
    finally:
        signal.alarm(0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path, help="N-Quads from synthetic_graph.py")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rdflib-timeout", type=int, default=120)
    ap.add_argument("--no-rdflib", action="store_true")
    ap.add_argument("--skip-load", action="store_true", help="time bulk_load only, not load")
    args = ap.parse_args()
    queries = sorted((ROOT / "queries").glob("*.rq"))
    with tempfile.TemporaryDirectory() as tmp:
        store = load(args.data, Path(tmp), transactional=not args.skip_load)
        ox_times = {}
        for q in queries:
            ox_times[q.stem] = time_oxigraph(store, q.read_text(encoding="utf-8"), args.runs)
            print(f"  oxigraph {q.stem}: {ox_times[q.stem][0] * 1000:,.0f} ms, {ox_times[q.stem][1]:,} rows",
                  file=sys.stderr, flush=True)
        print(f"peak RSS after oxigraph: {_rss_mb():,.0f} MB", file=sys.stderr)
    mem_times = time_in_memory(args.data, queries, args.runs)
    rdflib_times: dict[str, float | str | None] = {}
    if not args.no_rdflib:
        from rdflib import Dataset

        t0 = time.perf_counter()
        dataset = Dataset(default_union=True)
        dataset.parse(args.data, format="nquads")
        parse = time.perf_counter() - t0
        print(f"rdflib parse: {parse:.0f} s, peak RSS {_rss_mb():,.0f} MB", file=sys.stderr)
        for q in queries:
            rdflib_times[q.stem] = time_rdflib(dataset, q.read_text(encoding="utf-8"), args.rdflib_timeout)
            print(f"  rdflib {q.stem}: {rdflib_times[q.stem]}", file=sys.stderr, flush=True)
    print("\n| query | rows | oxigraph on disk | oxigraph in memory | rdflib | rdflib / in memory |\n"
          "|---|---|---|---|---|---|")
    for name, (disk, rows) in ox_times.items():
        seconds = mem_times[name][0]
        other = rdflib_times.get(name)
        if args.no_rdflib or isinstance(other, str):
            rd, ratio = other or "–", "–"
        elif other is None:
            rd, ratio = f"> {args.rdflib_timeout} s", f"> {args.rdflib_timeout / seconds:,.0f}×"
        else:
            rd, ratio = f"{other:.2f} s", f"{other / seconds:,.0f}×"
        print(f"| `{name}` | {rows:,} | {disk * 1000:,.0f} ms | {seconds * 1000:,.0f} ms | {rd} | {ratio} |")


if __name__ == "__main__":
    main()
