"""`kg validate`: check RDF files or a store against the ontology's SHACL shapes.

Prints one line per violation (severity, node, property, message, document) and a summary;
exits 1 when the graph does not conform, so it can gate a pipeline. Checks one document
graph at a time (see kg.validate), so memory holds one document, not the corpus.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", type=Path, metavar="FILE",
                        help="RDF files to check (.ttl .nt .nq .trig .jsonld); their graphs are merged")
    parser.add_argument("--store", type=Path, metavar="DIR", help="check everything in a store")


def run(args: argparse.Namespace) -> int:
    from kg.errors import KgError
    from kg.sparql import load_files
    from kg.store import Store
    from kg.validate import validate_store

    if bool(args.files) == bool(args.store):
        raise KgError("validate: give either FILE... or --store DIR")
    if args.store:
        if not Path(args.store).is_dir():
            raise KgError(f"{args.store}: no such store")
        store = Store(args.store, read_only=True).oxigraph
        what = f"store {args.store}"
    else:
        store = load_files(args.files)
        what = ", ".join(str(f) for f in args.files)
    triples, violations, bad_graphs = 0, 0, 0
    for _label, size, found in validate_store(store):
        triples += size
        violations += len(found)
        bad_graphs += bool(found)
        for v in found:
            print(v, flush=True)
    if triples == 0:
        raise KgError(f"validate: {what} holds no triples")
    if not violations:
        print(f"kg: {what}: conforms ({triples} triples)", file=sys.stderr)
        return 0
    print(f"kg: {what}: does not conform ({violations} violation(s) in {bad_graphs} graph(s))",
          file=sys.stderr)
    return 1
