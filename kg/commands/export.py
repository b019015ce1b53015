"""`kg export`: the graph as GraphML, GEXF, Cytoscape.js JSON, DOT, CSV, JSON-LD or HTML.

Argument parsing and printing only: the graph is opened with `kg.sparql.open_source` (a
store, RDF files or an endpoint) and written by `kg.api.export` through the readable
projection of `kg.export.projection`; see docs/export.md for how each tool opens the result.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from kg.commands import add_graph_source_arguments

FORMATS = ("graphml", "gexf", "cytoscape", "dot", "csv", "jsonld", "html")
VIEWS = ("full", "actors")
CATEGORIES = ("Person", "Organisation", "Country", "Place", "Meeting", "Proposal")


def _date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date YYYY-MM-DD") from None


def _category(value: str) -> str:
    for c in CATEGORIES:
        if c.casefold() == value.strip().casefold():
            return c
    raise argparse.ArgumentTypeError(f"unknown category {value!r} (use {', '.join(CATEGORIES)})")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--to", required=True, choices=FORMATS, metavar="FORMAT",
                        help="graphml | gexf (Gephi, with timeline) | cytoscape (Cytoscape.js JSON) | dot | "
                             "csv (neo4j-admin and Gephi tables) | jsonld | html (interactive page)")
    parser.add_argument("--out", required=True, metavar="PATH",
                        help="output file; for csv a folder (existing, or ending in /) or a name "
                             "prefix (out/kg → out/kg-nodes-neo4j.csv ...); '-': stdout (one-file formats)")
    add_graph_source_arguments(parser, verb="read", required=True)
    parser.add_argument("--view", choices=VIEWS, default="full",
                        help="full: actors, meetings and proposals (default); "
                             "actors: who met whom, weighted by shared meetings")
    parser.add_argument("--category", type=_category, action="append", metavar="NAME",
                        help="keep only nodes of this category (repeatable): " + ", ".join(CATEGORIES))
    parser.add_argument("--since", type=_date, metavar="YYYY-MM-DD",
                        help="drop nodes and edges dated wholly before this day (undated ones stay)")
    parser.add_argument("--until", type=_date, metavar="YYYY-MM-DD",
                        help="drop nodes and edges dated wholly after this day (undated ones stay)")
    parser.add_argument("--min-weight", type=int, default=1, metavar="N",
                        help="drop edges supported by fewer than N documents (actor view: shared meetings)")
    parser.add_argument("--drop-isolated", action="store_true", help="drop nodes left without edges")
    parser.add_argument("--title", help="title of the html page")


def run(args: argparse.Namespace) -> int:
    from kg.api import export
    from kg.graph import Graph
    from kg.sparql import open_source

    to_stdout = args.out == "-"
    with Graph(open_source(store=args.store, data=args.data, endpoint=args.endpoint)) as graph:
        report = export(graph, args.to, None if to_stdout else args.out, view=args.view,
                        categories=args.category, since=args.since, until=args.until,
                        min_weight=args.min_weight, drop_isolated=args.drop_isolated, title=args.title)
    if to_stdout:
        sys.stdout.buffer.write(report.data or b"")
        sys.stdout.flush()
        return 0
    what = (f"{report.triples} triples" if args.to == "jsonld"
            else f"{report.nodes} nodes, {report.edges} edges")
    print(f"kg export: {what} → {', '.join(str(p) for p in report.paths)}", file=sys.stderr)
    return 0
