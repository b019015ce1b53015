"""`kg validate`: check RDF files or a store against the ontology's SHACL shapes.

Prints one line per violation (severity, node, property, message) and a summary; exits 1
when the graph does not conform, so it can gate a pipeline. The check is `kg.api.validate`.
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
    from kg.api import validate

    report = validate(args.files or None, store=args.store)
    for v in report.violations:
        print(v)
    if report.conforms:
        print(f"kg: {report.description}: conforms ({report.triples} triples)", file=sys.stderr)
        return 0
    print(f"kg: {report.description}: does not conform ({len(report.violations)} violation(s))",
          file=sys.stderr)
    return 1
