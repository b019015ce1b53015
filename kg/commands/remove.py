"""`kg remove ID...`: take documents out of a store, and their mentions out of the corpus nodes.

Dropping a document's named graph alone would leave the corpus consolidation pointing at
mentions that no longer exist (a name only that document used, an actor only it knew), so
the consolidation is recomputed over the remaining documents and written in the same
transaction as the drop: the store never holds one without the other.
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
    from kg.consolidate import CORPUS, corpus_graph
    from kg.errors import KgError
    from kg.store import Store

    if not Path(args.store).is_dir():
        raise KgError(f"{args.store}: no such store")
    store = Store(args.store)
    present = set(store.documents())
    missing = [i for i in args.ids if i not in present]
    if missing:
        raise KgError(f"remove: {args.store} has no document {', '.join(repr(m) for m in missing)}; "
                      "nothing was removed")
    ids = sorted(set(args.ids))
    corpus = corpus_graph({}, store.oxigraph, removed=ids)
    store.remove_documents(ids, replace={CORPUS: corpus})
    print(f"kg: removed {len(ids)} document(s) from {args.store} (now {len(store.documents())} documents)",
          file=sys.stderr)
    return 0
