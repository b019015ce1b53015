"""`kg consolidate --store DIR | --endpoint URL`: recompute the corpus nodes of a store.

`kg build`, `kg link` and `kg remove` do this on every change; the command is for stores
built before the corpus consolidation existed, and for timing it on a large store.
Argument parsing and printing only; the work is `kg.api.consolidate`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--store", type=Path, metavar="DIR", help="the store to consolidate")
    where.add_argument("--endpoint", metavar="URL",
                       help="a remote SPARQL 1.1 store (its query URL; Oxigraph layout assumed, "
                            "see kg build --endpoint), e.g. after bulk-loading N-Quads shards")
    parser.add_argument("--update-endpoint", metavar="URL", help="its SPARQL Update URL")
    parser.add_argument("--graph-store", metavar="URL", help="its Graph Store Protocol URL")


def run(args: argparse.Namespace) -> int:
    from kg.api import consolidate

    t0 = time.perf_counter()
    target = args.store
    if args.endpoint is not None:
        from kg.remote import RemoteStore

        target = RemoteStore(args.endpoint, args.update_endpoint, args.graph_store)
    documents, triples = consolidate(target)
    print(f"kg: consolidated {documents} document(s) of {args.store or args.endpoint}: {triples} triples "
          f"in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0
