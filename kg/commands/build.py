"""`kg build`: articles in, graph out (a store folder and/or an RDF file).

Argument parsing and printing only; the work is `kg.api.build`, which reads and checks ALL
input, extracts ALL documents and maps them to RDF before it writes anything (the file
through a temporary file and a rename, the store in one transaction), so a bad input stops
the build with a one-line error and nothing already in the store is lost or half-written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.ingest.options import add_ingest_arguments, intake_from_args
from kg.link.options import add_link_arguments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                        help=".txt articles (optional first line 'date YYYY-MM-DD Headline'), "
                             "folders of them, .jsonl corpora (id, text, date, lang, title, url), "
                             "web pages (.html), WARC archives (.warc, .warc.gz) or RSS/Atom feeds "
                             "(.xml, .rss, .atom); files are also recognised by their content")
    parser.add_argument("--store", type=Path, metavar="DIR",
                        help="add the documents to this persistent store (created if missing); "
                             "a document already there is replaced")
    parser.add_argument("--out", type=Path, metavar="FILE",
                        help="write the graph to FILE; the suffix picks the format: "
                             ".ttl, .nt, .nq, .trig, .jsonld (.nq/.trig/.jsonld keep one named graph "
                             "per document)")
    parser.add_argument("--model", metavar="NAME_OR_PATH", default=None,
                        help="spaCy pipeline to use (default: the bundled German pipeline)")
    parser.add_argument("--validate", action="store_true",
                        help="check each document's graph against the SHACL shapes before writing; "
                             "write nothing if one does not conform (see --on-invalid)")
    parser.add_argument("--on-invalid", choices=("fail", "skip"), default=None,
                        help="with validation (implied): fail (default) writes nothing if a document does "
                             "not conform; skip writes the conforming ones and names the others")
    add_link_arguments(parser, with_switch=True)
    add_ingest_arguments(parser)


@contextmanager
def _progress_bar(verbose: bool) -> Iterator[Callable[[int, int, str], None] | None]:
    """A rich progress bar on stderr fed by `build`'s progress callback (with -v only)."""
    if not verbose:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=Console(stderr=True)) as bar:
        task = bar.add_task("", total=None)
        yield lambda done, total, doc_id: bar.update(task, completed=done, total=total, description=doc_id)


def run(args: argparse.Namespace) -> int:
    from kg.api import build
    from kg.errors import GraphInvalidError, KgError
    from kg.link.options import LinkOptions

    if args.store is None and args.out is None:
        raise KgError("build: say where the graph goes: --store DIR and/or --out FILE")
    link = LinkOptions.from_args(args) if args.link else False
    intake = intake_from_args(args)
    with _progress_bar(getattr(args, "verbose", False)) as progress:
        try:
            report = build(args.inputs, store=args.store, out=args.out, model=args.model, link=link,
                           validate=args.validate, progress=progress, intake=intake,
                           on_invalid=args.on_invalid)
        except GraphInvalidError as exc:
            for v in exc.violations[:20]:
                print(f"kg: {v}", file=sys.stderr)
            raise
    print(f"kg: {report}", file=sys.stderr)
    for line in intake.summary():
        print(f"kg: {line}", file=sys.stderr)
    return 0
