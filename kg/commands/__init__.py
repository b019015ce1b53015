"""The CLI subcommands; each module has `add_arguments(parser)` and `run(args)`.

Kept free of heavy imports: `kg.cli` imports every command module to build its parser.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_graph_source_arguments(parser: argparse.ArgumentParser, *, verb: str, required: bool) -> None:
    """`--store DIR | --data FILE... | --endpoint URL`: where a command reads the graph from.

    The three options map one to one onto `kg.sparql.open_source(store=, data=, endpoint=)`.
    """
    source = parser.add_mutually_exclusive_group(required=required)
    source.add_argument("--store", type=Path, metavar="DIR",
                        help=f"{verb} a store built with kg build --store")
    source.add_argument("--data", type=Path, nargs="+", metavar="FILE",
                        help=f"{verb} RDF files (.ttl .nt .nq .trig .jsonld), loaded into memory")
    source.add_argument("--endpoint", metavar="URL", help=f"{verb} a SPARQL endpoint")
