"""The linker's options: `LinkOptions` for Python, and the same as `kg link`/`kg build --link` flags.

The field names of `LinkOptions` are the `dest` names of the command-line options, so the
linker (`kg.link.apply`) reads either a `LinkOptions` or the parsed `argparse.Namespace`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path

WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"
#: statements `--enrich` copies by default: instance of, citizenship, country, member of,
#: position held (with start/end), coordinates, capital
ENRICH_PROPERTIES = "P31,P27,P17,P463,P39,P625,P36"


@dataclass
class LinkOptions:
    """How to link actors to Wikidata; each field is the `kg link` option of the same name.

    Attributes:
        wikidata_endpoint: SPARQL endpoint with Wikidata-shaped data.
        wikidata_data: local files of Wikidata facts (N-Triples/Turtle); when given, no
            endpoint is contacted.
        offline: use only the cache and `wikidata_data`.
        link_cache: SQLite cache of endpoint answers (default `~/.cache/kg/wikidata.sqlite`).
        link_threshold: minimum score for a link; below it an entity stays NIL.
        enrich: also fetch selected Wikidata statements into the Wikidata graph.
        enrich_properties: comma-separated property ids `enrich` copies.
        link_delay: minimum pause in seconds between requests to the endpoint.
        link_timeout: timeout of one request in seconds.
        link_retries: retries after 429/5xx/timeouts.
        user_agent: User-Agent sent to the endpoint (default `kg/VERSION (project URL)`).
    """

    wikidata_endpoint: str = WIKIDATA_SPARQL
    wikidata_data: Sequence[Path | str] = field(default_factory=list)
    offline: bool = False
    link_cache: Path | str | None = None
    link_threshold: float = 0.5
    enrich: bool = False
    enrich_properties: str = ENRICH_PROPERTIES
    link_delay: float = 1.0
    link_timeout: float = 30.0
    link_retries: int = 3
    user_agent: str | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> LinkOptions:
        """The options parsed by `add_link_arguments` (missing ones keep their defaults)."""
        given = {f.name: getattr(args, f.name) for f in fields(cls)
                 if getattr(args, f.name, None) is not None}
        return cls(**given)


def add_link_arguments(parser: argparse.ArgumentParser, *, with_switch: bool) -> None:
    """Add the linker's options; `with_switch` adds `--link` (for `kg build`)."""
    group = parser.add_argument_group("Wikidata linking")
    if with_switch:
        group.add_argument("--link", action="store_true", help="link entities to Wikidata while building")
    group.add_argument("--wikidata-endpoint", metavar="URL", default=WIKIDATA_SPARQL,
                       help=f"SPARQL endpoint with Wikidata-shaped data (default: {WIKIDATA_SPARQL})")
    group.add_argument("--wikidata-data", metavar="FILE", type=Path, action="append",
                       help="link offline against a local file of Wikidata facts "
                            "(N-Triples/Turtle); repeatable")
    group.add_argument("--offline", action="store_true",
                       help="use only the cache and --wikidata-data; never contact an endpoint")
    group.add_argument("--link-cache", metavar="FILE", type=Path, default=None,
                       help="SQLite cache of endpoint answers (default: ~/.cache/kg/wikidata.sqlite)")
    group.add_argument("--link-threshold", metavar="SCORE", type=float, default=0.5,
                       help="minimum score for a link (default 0.5); below it the entity stays NIL")
    group.add_argument("--enrich", action="store_true",
                       help="also pull selected Wikidata statements into the graph "
                            f"<{'https://w3id.org/kg-negotiation/graph/wikidata'}>")
    group.add_argument("--enrich-properties", metavar="P,P,...", default=ENRICH_PROPERTIES,
                       help=f"properties --enrich copies (default {ENRICH_PROPERTIES})")
    group.add_argument("--link-delay", metavar="SECONDS", type=float, default=1.0,
                       help="minimum pause between requests to the endpoint (default 1.0)")
    group.add_argument("--link-timeout", metavar="SECONDS", type=float, default=30.0,
                       help="timeout of one request (default 30)")
    group.add_argument("--link-retries", metavar="N", type=int, default=3,
                       help="retries after 429/5xx/timeouts, with exponential backoff (default 3)")
    group.add_argument("--user-agent", metavar="TEXT", default=None,
                       help="User-Agent sent to the endpoint (default: kg/VERSION (project URL); "
                            "add your contact for heavy use of query.wikidata.org)")
