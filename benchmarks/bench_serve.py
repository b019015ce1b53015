"""A bounded load test of `kg serve` on loopback: do cheap queries stay fast while expensive ones run?

    python benchmarks/bench_serve.py [--docs 200] [--clients 8] [--seconds 30] [--expensive-clients 2]

A store is built from generated articles (as in bench_build.py) with the real `kg build`,
then `kg serve` is started on a free loopback port with the given time limit (2 s) and
number of workers (4). `--clients` threads send requests for `--seconds`: the first
`--expensive-clients` of them send a query that cannot finish within the limit (a five-way
cross product) and expect 503; the others cycle through the ready-made queries of
queries/ by name. Printed: requests, statuses, failures (anything but 200 for cheap and
503 for expensive), and latency percentiles of the cheap queries, first alone for
`--baseline` seconds, then under the mix.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
from bench_build import write_corpus  # noqa: E402

from kg.rdf.resources import query_names  # noqa: E402
from tests.support.kgserve import KgServer  # noqa: E402

EXPENSIVE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


Record = tuple[str, int, float]


def client(base: str, expensive: bool, until: float, out: list[Record], offset: int,
           reasons: Counter[str]) -> None:
    names = query_names()
    i = offset
    with httpx.Client(timeout=30) as http:
        while time.monotonic() < until:
            started = time.monotonic()
            name = names[i % len(names)]
            try:
                if expensive:
                    r = http.get(base + "/sparql", params={"query": EXPENSIVE})
                else:
                    r = http.get(f"{base}/queries/{name}")
                status = r.status_code
                if status != 200 and not expensive:
                    reasons[f"{name}: {r.text.strip()[:40]}"] += 1
            except httpx.HTTPError as exc:
                status = -1
                reasons[f"{name}: {type(exc).__name__}"] += 1
            out.append(("expensive" if expensive else "cheap", status, time.monotonic() - started))
            i += 1


def phase(base: str, clients: int, expensive_clients: int, seconds: float) -> list[Record]:
    out: list[Record] = []
    reasons: Counter[str] = Counter()
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(base, n < expensive_clients, until, out, n, reasons))
               for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for reason, n in reasons.most_common():
        print(f"  failed cheap request x{n}: {reason}")
    return out


def report(label: str, results: list[Record], seconds: float) -> None:
    cheap = sorted(d for kind, status, d in results if kind == "cheap" and status == 200)
    statuses = Counter((kind, status) for kind, status, _ in results)
    failed = sum(n for (kind, status), n in statuses.items()
                 if not ((kind == "cheap" and status == 200) or (kind == "expensive" and status == 503)))
    q = statistics.quantiles(cheap, n=100) if len(cheap) > 1 else [float("nan")] * 99
    print(f"{label}: {len(results)} requests in {seconds:g} s ({len(results) / seconds:.1f}/s); "
          f"statuses {dict(sorted(statuses.items()))}; failed {failed}")
    print(f"  cheap queries: n={len(cheap)} p50 {q[49] * 1000:.0f} ms, p95 {q[94] * 1000:.0f} ms, "
          f"p99 {q[98] * 1000:.0f} ms, max {cheap[-1] * 1000 if cheap else float('nan'):.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--expensive-clients", type=int, default=2)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--baseline", type=float, default=10)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--timeout", type=float, default=2.0, help="the server's time limit")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-serve-") as tmp:
        corpus, store = Path(tmp) / "corpus.jsonl", Path(tmp) / "store"
        write_corpus(corpus, args.docs)
        subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store)],
                       check=True, capture_output=True)
        with KgServer(store, "--timeout", str(args.timeout), "--workers", str(args.workers)) as srv:
            base = srv.url("").rstrip("/")
            triples = srv.client.get(base + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) {?s ?p ?o}"})
            print(f"store: {args.docs} documents, "
                  f"{triples.json()['results']['bindings'][0]['n']['value']} triples; "
                  f"{args.workers} workers, time limit {args.timeout:g} s")
            if args.baseline:
                report("cheap only", phase(base, args.clients - args.expensive_clients, 0, args.baseline),
                       args.baseline)
            report("mixed", phase(base, args.clients, args.expensive_clients, args.seconds), args.seconds)


if __name__ == "__main__":
    main()
