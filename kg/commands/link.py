"""`kg link`: link the actors of an existing graph (a store or RDF files) to Wikidata.

Argument parsing and printing only; the work is `kg.api.link` (see `kg.link.update` for how
the links are written: into each actor's document graph, idempotently, in one transaction).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.link.options import add_link_arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    src = parser.add_argument_group("graph")
    src.add_argument("--store", metavar="DIR", type=Path, help="link the actors of this store, in place")
    src.add_argument("--data", metavar="FILE", type=Path, nargs="+",
                     help="link the actors of these RDF files (kg build --out output)")
    src.add_argument("--out", metavar="FILE", type=Path,
                     help="with --data: write the linked graph here (.trig/.nq keep document graphs)")
    src.add_argument("--quiet-nil", action="store_true", help="do not list the NIL entities")
    add_link_arguments(parser, with_switch=False)


def run(args: argparse.Namespace) -> int:
    from kg.api import link
    from kg.link.options import LinkOptions

    report = link(args.store, data=args.data, out=args.out, options=LinkOptions.from_args(args))
    print(report.summary(list_nil=not args.quiet_nil))
    enriched = f", {len(report.enrichment)} Wikidata triples" if report.enrichment is not None else ""
    print(f"kg: wrote {report.links} link(s){enriched} -> {args.store or args.out}", file=sys.stderr)
    return 0
