"""`kg build`: articles in, graph out (a store folder and/or an RDF file).

Argument parsing and printing only; the work is `kg.api.build`, which reads and checks ALL
input before it writes anything (a bad input stops the build with a one-line error and
nothing already in the store is lost or half-written), then extracts and writes in batches,
each document atomically, skipping documents stored unchanged. On a terminal a progress bar
shows documents, words/s and the time left; a summary line ends every build.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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
    parser.add_argument("--endpoint", metavar="URL",
                        help="write to a remote SPARQL 1.1 store: its query URL (e.g. "
                             "http://localhost:7878/query); credentials from KG_ENDPOINT_USER and "
                             "KG_ENDPOINT_PASSWORD")
    parser.add_argument("--update-endpoint", metavar="URL",
                        help="its SPARQL Update URL (default: the query URL ending in /update)")
    parser.add_argument("--graph-store", metavar="URL",
                        help="its Graph Store Protocol URL (default: the query URL ending in /store)")
    parser.add_argument("--model", metavar="NAME_OR_PATH", default=None,
                        help="spaCy pipeline to use (default: the bundled German pipeline)")
    parser.add_argument("--validate", action="store_true",
                        help="check each document's graph against the SHACL shapes before writing; "
                             "write nothing if one does not conform (see --on-invalid)")
    parser.add_argument("--on-invalid", choices=("fail", "skip"), default=None,
                        help="with validation (implied): fail (default) writes nothing if a document does "
                             "not conform; skip writes the conforming ones and names the others")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="extraction processes (each loads the model; same output as one)")
    parser.add_argument("--dask", metavar="SCHEDULER", default=None,
                        help="run the extraction as tasks on the Dask cluster at this address "
                             "(tcp://host:8786; needs kg[dask] on every machine)")
    parser.add_argument("--batch-size", type=int, default=64, metavar="N",
                        help="documents per batch: one worker task, one store write (default 64)")
    parser.add_argument("--force", action="store_true",
                        help="rebuild every document, also those stored unchanged")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="show a progress bar (default: when stderr is a terminal)")
    add_link_arguments(parser, with_switch=True)
    add_ingest_arguments(parser)


class _Bar:
    """`build`'s progress callback drawing a rich bar: documents, words/s, time left.

    `kg.building` sets `words` (words extracted so far) before each call.
    """

    def __init__(self, bar: Any) -> None:
        self.bar, self.words, self.started = bar, 0, time.monotonic()
        self.task = bar.add_task("", total=None, rate="")

    def __call__(self, done: int, total: int, doc_id: str) -> None:
        rate = self.words / max(time.monotonic() - self.started, 1e-6)
        self.bar.update(self.task, completed=done, total=total, description=doc_id,
                        rate=f"{rate:,.0f} words/s")


@contextmanager
def _progress_bar(show: bool) -> Iterator[Callable[[int, int, str], None] | None]:
    """A rich progress bar on stderr fed by `build`'s progress callback."""
    if not show:
        yield None
        return
    from rich import progress as rp
    from rich.console import Console

    with rp.Progress(rp.TextColumn("building"), rp.BarColumn(), rp.MofNCompleteColumn(),
                  rp.TextColumn("{task.fields[rate]}"), rp.TimeElapsedColumn(), rp.TextColumn("left"),
                  rp.TimeRemainingColumn(),
                  rp.TextColumn("{task.description}"), console=Console(stderr=True), transient=True) as bar:
        yield _Bar(bar)


def _summary(report: Any) -> list[str]:
    """The lines printed after a build: what was built, skipped and failed, and how fast."""
    rate = f", {report.words / report.seconds:,.0f} words/s" if report.seconds > 0 and report.words else ""
    lines = [f"{report} in {report.seconds:.1f} s{rate}"]
    lines += [f"  failed: {f.message}" for f in report.failed]
    if report.invalid:
        lines.append(f"  not conforming (left out): {', '.join(report.invalid)}")
    return lines


def run(args: argparse.Namespace) -> int:
    from kg.api import build
    from kg.errors import GraphInvalidError, KgError
    from kg.link.options import LinkOptions
    from kg.runtime import tune_allocator

    tune_allocator()  # a build reuses large arrays batch after batch (kg/runtime.py)

    if args.store is None and args.out is None and args.endpoint is None:
        raise KgError("build: say where the graph goes: --endpoint URL, --store DIR and/or --out FILE")
    endpoint = None
    if args.endpoint is not None:
        from kg.remote import RemoteStore

        endpoint = RemoteStore(args.endpoint, args.update_endpoint, args.graph_store)
    link = LinkOptions.from_args(args) if args.link else False
    intake = intake_from_args(args)
    show = args.progress if args.progress is not None else sys.stderr.isatty()
    with _progress_bar(show) as progress:
        try:
            report = build(args.inputs, store=args.store, out=args.out, model=args.model, link=link,
                           validate=args.validate, progress=progress, intake=intake,
                           on_invalid=args.on_invalid, force=args.force, workers=args.workers,
                           dask=args.dask, batch_size=args.batch_size,
                           on_error="skip" if intake.keep_going else "raise", endpoint=endpoint)
        except GraphInvalidError as exc:
            for v in exc.violations[:20]:
                print(f"kg: {v}", file=sys.stderr)
            raise
    for line in _summary(report):
        print(f"kg: {line}", file=sys.stderr)
    for line in intake.summary():
        print(f"kg: {line}", file=sys.stderr)
    return 0
