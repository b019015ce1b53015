"""The `kg` command line.

Each subcommand lives in its own module exposing `add_arguments(parser)` and `run(args)`;
modules import their heavy dependencies (spaCy, pyshacl, ...) inside `run`, so that e.g.
`kg query` starts in well under a second.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from kg import __version__
from kg.errors import KgError

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("kg.commands.build", "extract a graph from .txt/.jsonl articles into a store and/or a file"),
    "remove": ("kg.commands.remove", "remove documents from a store and recompute the corpus nodes"),
    "consolidate": ("kg.commands.consolidate", "recompute the corpus nodes of a store (after an upgrade)"),
    "query": ("kg.commands.query", "run a SPARQL query on a store, RDF files or an endpoint"),
    "stats": ("kg.commands.stats", "count documents, triples, actors, meetings ... and list the top actors"),
    "validate": ("kg.commands.validate", "check a graph against the SHACL shapes of the ontology"),
    "link": ("kg.commands.link", "link the entities of a store or file to Wikidata"),
    "export": ("kg.commands.export", "export to GraphML, GEXF, Cytoscape, DOT, CSV, JSON-LD or HTML"),
    "serve": ("kg.commands.serve", "serve a store: SPARQL endpoint, explorer page, ready-made queries"),
    "model": ("kg.model_info", "show the spaCy pipeline in use (kg model info)"),
    "train": ("kg.training", "rebuild the bundled German pipeline from ../shared/data"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, (module_name, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        module = importlib.import_module(module_name)
        module.add_arguments(p)
        p.set_defaults(_module=module)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="kg: %(levelname)s: %(message)s",
    )
    try:
        return int(args._module.run(args) or 0)
    except KgError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
