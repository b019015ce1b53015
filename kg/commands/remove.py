"""`kg remove ID...`: take documents out of a store, and their mentions out of the corpus nodes.

Argument parsing and printing only; the work is `kg.api.remove`, which recomputes the corpus
consolidation over the remaining documents and writes it in the same transaction as the
drop, so the store never holds one without the other.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("ids", nargs="+", metavar="ID",
                        help="ids of the documents to remove (as in documents.rq)")
    parser.add_argument("--store", type=Path, metavar="DIR", required=True,
                        help="the store to remove them from")


def run(args: argparse.Namespace) -> int:
    from kg.api import remove

    left = remove(args.store, args.ids)
    print(f"kg: removed {len(set(args.ids))} document(s) from {args.store} (now {len(left)} documents)",
          file=sys.stderr)
    return 0
