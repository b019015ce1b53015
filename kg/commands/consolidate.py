"""`kg consolidate --store DIR`: recompute the corpus nodes of a store.

`kg build`, `kg link` and `kg remove` do this on every change; the command is for stores
built before the corpus consolidation existed, and for timing it on a large store.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, metavar="DIR", required=True, help="the store to consolidate")


def run(args: argparse.Namespace) -> int:
    from kg.consolidate import CORPUS, corpus_graph
    from kg.errors import KgError
    from kg.store import Store

    if not Path(args.store).is_dir():
        raise KgError(f"{args.store}: no such store")
    store = Store(args.store)
    t0 = time.perf_counter()
    graph = corpus_graph({}, store.oxigraph)
    store.replace_graphs({CORPUS: graph})
    print(f"kg: consolidated {len(store.documents())} document(s) of {args.store}: {len(graph)} triples "
          f"in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0
