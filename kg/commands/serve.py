"""`kg serve`: serve a store over HTTP (SPARQL 1.1 Protocol, explorer page, ready-made queries).

Read-only unless `--allow-update` is given and the token is in the environment; no SERVICE
federation unless `--allow-service`; loopback only unless `--host` says otherwise. The
heavy part (Starlette, uvicorn) is imported inside `run`.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from pathlib import Path

TOKEN_VARIABLE = "KG_SERVE_TOKEN"
MIN_TOKEN_LENGTH = 16


def _positive(kind: type) -> object:
    def parse(value: str) -> object:
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
        if number <= 0:
            raise argparse.ArgumentTypeError(f"{value!r} must be more than 0")
        return number
    return parse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", type=Path, required=True, metavar="DIR", help="the store to serve")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to bind (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--timeout", type=_positive(float), default=30.0, metavar="SECONDS",
                        help="time limit of one query or update, waiting for a worker included (default 30)")
    parser.add_argument("--max-result-bytes", type=_positive(int), default=32 * 1024 * 1024, metavar="N",
                        help="largest serialised result (default 32 MiB); larger ones get 422")
    parser.add_argument("--max-body-bytes", type=_positive(int), default=1024 * 1024, metavar="N",
                        help="largest request body (default 1 MiB); larger ones get 413")
    parser.add_argument("--workers", type=_positive(int), default=2, metavar="N",
                        help="query worker processes, i.e. queries run at once (default 2)")
    parser.add_argument("--allow-service", action="store_true",
                        help="let queries use SERVICE (and updates LOAD): the server then sends requests "
                             "to any host a client names")
    parser.add_argument("--allow-update", action="store_true",
                        help=f"accept SPARQL updates from clients that send the token in ${TOKEN_VARIABLE} "
                             "(Authorization: Bearer TOKEN)")


def settings_from(args: argparse.Namespace):  # -> kg.serve.app.Settings
    from kg.errors import KgError
    from kg.serve.app import Settings

    if not args.store.is_dir():
        raise KgError(f"{args.store}: no such store (build one with `kg build ... --store {args.store}`)")
    token = None
    if args.allow_update:
        token = os.environ.get(TOKEN_VARIABLE, "")
        if len(token) < MIN_TOKEN_LENGTH:
            raise KgError(f"serve: --allow-update needs a token of at least {MIN_TOKEN_LENGTH} characters "
                          f"in ${TOKEN_VARIABLE}")
    return Settings(store=args.store, timeout=args.timeout, max_result_bytes=args.max_result_bytes,
                    max_body_bytes=args.max_body_bytes, workers=args.workers,
                    allow_service=args.allow_service, update_token=token)


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def run(args: argparse.Namespace) -> int:
    from kg.serve.app import serve

    settings = settings_from(args)
    if not _is_loopback(args.host):
        print(f"kg serve: listening on {args.host}: reachable from other machines", file=sys.stderr)
    print(f"kg serve: http://{args.host}:{args.port}/ (store {args.store}; Ctrl-C stops)", file=sys.stderr)
    serve(settings, args.host, args.port, log_level="info" if args.verbose else "warning")
    return 0
