"""Command-line options shared by `kg link` and `kg build --link`."""

from __future__ import annotations

import argparse
from pathlib import Path

WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"


def add_link_arguments(parser: argparse.ArgumentParser, *, with_switch: bool) -> None:
    """Add the linker's options; `with_switch` adds `--link` (for `kg build`)."""
    group = parser.add_argument_group("Wikidata linking")
    if with_switch:
        group.add_argument("--link", action="store_true", help="link entities to Wikidata while building")
    group.add_argument("--wikidata-endpoint", metavar="URL", default=WIKIDATA_SPARQL,
                       help=f"SPARQL endpoint with Wikidata-shaped data (default: {WIKIDATA_SPARQL})")
    group.add_argument("--wikidata-data", metavar="FILE", type=Path, action="append",
                       help="link offline against a local file of Wikidata facts (N-Triples/Turtle); repeatable")
    group.add_argument("--offline", action="store_true",
                       help="use only the cache and --wikidata-data; never contact an endpoint")
    group.add_argument("--link-cache", metavar="FILE", type=Path, default=None,
                       help="SQLite cache of endpoint answers (default: ~/.cache/kg/wikidata.sqlite)")
    group.add_argument("--link-threshold", metavar="SCORE", type=float, default=0.5,
                       help="minimum score for a link (default 0.5); below it the entity stays NIL")
    group.add_argument("--enrich", action="store_true",
                       help="also pull selected Wikidata statements into the graph "
                            f"<{'https://w3id.org/kg-negotiation/graph/wikidata'}>")
