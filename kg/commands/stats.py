"""`kg stats`: the size of a graph and its most connected actors.

Argument parsing and printing only; the figures are `kg.api.stats` (SPARQL over the store,
files or endpoint, see kg.graphstats). No spaCy import: it starts as fast as `kg query`.
"""

from __future__ import annotations

import argparse
import json
import sys

from kg.commands import add_graph_source_arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_graph_source_arguments(parser, verb="describe", required=True)
    parser.add_argument("--top", type=int, default=10, metavar="N",
                        help="list the N actors with the highest degree (default 10)")
    parser.add_argument("--format", choices=("table", "json"), default="table",
                        help="table (default) or json")


def run(args: argparse.Namespace) -> int:
    from kg.api import stats
    from kg.graph import Graph
    from kg.sparql import open_source

    with Graph(open_source(store=args.store, data=args.data, endpoint=args.endpoint)) as graph:
        figures = stats(graph, top=args.top)
    if args.format == "json":
        json.dump(figures.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    width = max(len(k) for k in figures.counts)
    for label, n in figures.counts.items():
        print(f"{label:<{width}}  {n:>10,}")
    if figures.top_actors:
        print(f"\ntop {len(figures.top_actors)} actors by degree "
              "(meetings, proposals, responses, statements):")
        for a in figures.top_actors:
            print(f"{a.degree:>6}  {a.name} ({a.category})")
    return 0
