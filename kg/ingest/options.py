"""The `kg build` options for web input, kept here so the build command gains two lines."""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.ingest import DEFAULT_PAGES, Intake


def add_ingest_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("web input (pages, WARC archives, feeds)")
    group.add_argument("--keep-going", action="store_true",
                       help="leave out bad inputs (unreadable files, pages without article text, "
                            "damaged archive records, feeds that do not parse, pages that cannot be "
                            "fetched), list them in the summary and build the rest")
    group.add_argument("--fetch", action="store_true",
                       help="fetch the articles that feed entries only link to (robots.txt honoured, "
                            "one request per host per --fetch-delay seconds) and keep them in --pages")
    group.add_argument("--pages", type=Path, metavar="WARC", default=DEFAULT_PAGES,
                       help="WARC archive of linked articles: read offline, and where --fetch adds "
                            f"the pages it fetched (default: {DEFAULT_PAGES})")
    group.add_argument("--fetch-delay", type=float, metavar="SECONDS", default=1.0,
                       help="seconds between two requests to one host (default 1; a longer "
                            "Crawl-delay in robots.txt wins)")
    group.add_argument("--no-group-copies", action="store_true",
                       help="do not group near-duplicate documents (syndicated copies) into stories")


def intake_from_args(args: argparse.Namespace) -> Intake:
    return Intake(keep_going=args.keep_going, fetch=args.fetch, pages=args.pages,
                  delay=args.fetch_delay, group_copies=not args.no_group_copies)
