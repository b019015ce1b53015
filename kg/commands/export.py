"""`kg export`: the graph as GraphML, GEXF, Cytoscape.js JSON, DOT, CSV, JSON-LD or HTML.

The graph is read through `kg.sparql.open_source` (a store, RDF files or an endpoint) and
turned into the readable projection of `kg.export.projection`; see docs/export.md for how
each tool opens the result. Heavy imports (networkx, the writers) happen inside `run`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path

from kg.commands import add_graph_source_arguments

log = logging.getLogger(__name__)

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
    from kg import export
    from kg.errors import KgError
    from kg.export.projection import fetch_graph, filter_projection, project
    from kg.sparql import open_source

    if args.since and args.until and args.since > args.until:
        raise KgError(f"--since {args.since} is after --until {args.until}")
    if args.min_weight < 1:
        raise KgError("--min-weight must be at least 1")
    if args.out == "-" and args.to == "csv":
        raise KgError("csv writes several files: give a folder or a prefix as --out")

    with open_source(store=args.store, data=args.data, endpoint=args.endpoint) as source:
        graph = fetch_graph(source)
    projection = project(graph, view=args.view)
    if args.category or args.since or args.until or args.min_weight > 1 or args.drop_isolated:
        projection = filter_projection(projection, categories=args.category, since=args.since,
                                       until=args.until, min_weight=args.min_weight,
                                       drop_isolated=args.drop_isolated)
    if not projection.nodes and args.to != "jsonld":
        log.warning("the graph has no actors, meetings or proposals to export")
    if args.to == "jsonld" and (args.category or args.since or args.until or args.view != "full"):
        log.warning("jsonld exports the RDF graph itself: --view and the filters do not apply")

    if args.out == "-":
        sys.stdout.buffer.write(export.render(args.to, projection, graph, args.title))
        sys.stdout.flush()
        return 0
    out = Path(args.out)
    if args.to != "csv" and str(out.parent) and not out.parent.is_dir():
        raise KgError(f"{out}: folder {out.parent} does not exist")
    written = export.write(args.to, projection, args.out, graph, args.title)
    n_nodes, n_edges = len(projection.nodes), len(projection.edges)
    what = f"{len(graph)} triples" if args.to == "jsonld" else f"{n_nodes} nodes, {n_edges} edges"
    print(f"kg export: {what} → {', '.join(str(p) for p in written)}", file=sys.stderr)
    return 0
