"""`kg query`: run a SPARQL query on a store, RDF files or an endpoint.

QUERY is a .rq file, the name of a ready-made query (`kg query meetings`, see queries/), or
the query text itself. SELECT results print as a table (terminal), CSV or SPARQL 1.1 JSON;
ASK prints true/false; CONSTRUCT/DESCRIBE print Turtle or N-Triples. The query runs through
`kg.graph.Graph.query` (the Python API); this module only parses arguments and prints. It
must start fast, so it never imports spaCy: only kg.graph/kg.sparql (pyoxigraph, rdflib) and rich.
"""

from __future__ import annotations

import argparse
import sys

from kg.commands import add_graph_source_arguments
from kg.namespace import ONTOLOGY_IRI, RESOURCE_BASE, WIKIDATA_ENTITY

FORMATS = ("table", "csv", "json", "turtle", "ntriples")
#: prefixes used to shorten IRIs in the terminal table (never in csv/json)
SHORT = {
    ONTOLOGY_IRI + "#": "neg:",
    RESOURCE_BASE: "kgid:",
    WIKIDATA_ENTITY: "wd:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", metavar="QUERY",
                        help="a .rq file, a ready-made query name (e.g. meetings, actors) or the query text")
    add_graph_source_arguments(parser, verb="query", required=False)
    parser.add_argument("--format", choices=FORMATS, default="table",
                        help="output: table (default), csv or json (SPARQL 1.1 results) for SELECT/ASK; "
                             "turtle (default) or ntriples for CONSTRUCT/DESCRIBE")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="stop the query after this many seconds (default: no limit; Ctrl-C always "
                             "stops it)")


def _short(value: str) -> str:
    for base, prefix in SHORT.items():
        if value.startswith(base):
            return prefix + value[len(base):]
    return value


def _print_table(result) -> None:
    from rdflib import URIRef
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 200)
    table = Table(show_lines=False, header_style="bold")
    for var in result.variables:
        table.add_column(var, overflow="fold")
    for row in result.rows:
        cells = []
        for var in result.variables:
            term = row.get(var)
            if term is None:
                cells.append("")
            elif isinstance(term, URIRef):
                cells.append(_short(str(term)))
            else:
                cells.append(str(term))
        table.add_row(*cells, )
    console.print(table)
    print(f"{len(result.rows)} row(s)", file=sys.stderr)


def _print_csv(result) -> None:
    import csv

    writer = csv.writer(sys.stdout, lineterminator="\r\n")  # SPARQL 1.1 CSV uses CRLF
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([str(row[v]) if v in row else "" for v in result.variables])


def _print_graph(graph, fmt: str) -> None:
    from kg.rdf.mapping import bind_prefixes

    bind_prefixes(graph)
    if fmt == "ntriples":
        text = graph.serialize(format="nt")
        sys.stdout.write("".join(sorted(line + "\n" for line in text.split("\n") if line.strip())))
    else:
        sys.stdout.write(graph.serialize(format="turtle"))


def run(args: argparse.Namespace) -> int:
    import json

    from kg.errors import KgError, QueryError
    from kg.graph import load_query
    from kg.sparql import EndpointSource, open_source, run_with_limit

    text, label = load_query(args.query)  # a missing query file is reported before a missing graph
    if not (args.store or args.data or args.endpoint):
        raise KgError("query: say what to query: --store DIR, --data FILE... or --endpoint URL")
    if args.timeout is not None and args.timeout <= 0:
        raise KgError("query: --timeout must be more than 0 seconds")
    with open_source(store=args.store, data=args.data, endpoint=args.endpoint) as source:
        if isinstance(source, EndpointSource) and args.timeout is not None:
            source.timeout = args.timeout
        try:
            result = run_with_limit(source, text, args.timeout)
        except QueryError as exc:
            raise QueryError(f"{label}: {exc}") from None

    if result.kind == "graph":
        if args.format in ("csv",):
            raise KgError("query: a CONSTRUCT/DESCRIBE result is a graph; use --format turtle or ntriples")
        _print_graph(result.graph, "ntriples" if args.format == "ntriples" else "turtle")
        return 0
    if args.format in ("turtle", "ntriples"):
        raise KgError(f"query: --format {args.format} is for CONSTRUCT/DESCRIBE; use table, csv or json")
    if args.format == "json":
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif result.kind == "ask":
        if args.format == "csv":
            sys.stdout.write("boolean\r\n" + ("true" if result.boolean else "false") + "\r\n")
        else:
            print("true" if result.boolean else "false")
    elif args.format == "csv":
        _print_csv(result)
    else:
        _print_table(result)
    return 0
