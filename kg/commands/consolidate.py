"""`kg consolidate --store DIR`: recompute the corpus nodes of a store.

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
    parser.add_argument("--store", type=Path, metavar="DIR", required=True, help="the store to consolidate")


def run(args: argparse.Namespace) -> int:
    from kg.api import consolidate

    t0 = time.perf_counter()
    documents, triples = consolidate(args.store)
    print(f"kg: consolidated {documents} document(s) of {args.store}: {triples} triples "
          f"in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0
