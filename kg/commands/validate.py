"""`kg validate`: check RDF files or a store against the ontology's SHACL shapes.

Prints one line per violation (severity, node, property, message) and a summary; exits 1
when the graph does not conform, so it can gate a pipeline.
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
    from rdflib import Graph

    from kg.errors import KgError
    from kg.sparql import load_files
    from kg.store import Store
    from kg.validate import validate_graph

    if bool(args.files) == bool(args.store):
        raise KgError("validate: give either FILE... or --store DIR")
    if args.store:
        if not Path(args.store).is_dir():
            raise KgError(f"{args.store}: no such store")
        graph = Store(args.store, read_only=True).graph()
        what = f"store {args.store}"
    else:
        from kg.store import union_graph

        graph = union_graph(load_files(args.files))
        what = ", ".join(str(f) for f in args.files)
    if len(graph) == 0:
        raise KgError(f"validate: {what} holds no triples")
    assert isinstance(graph, Graph)
    conforms, violations = validate_graph(graph)
    for v in violations:
        print(v)
    if conforms:
        print(f"kg: {what}: conforms ({len(graph)} triples)", file=sys.stderr)
        return 0
    print(f"kg: {what}: does not conform ({len(violations)} violation(s))", file=sys.stderr)
    return 1
