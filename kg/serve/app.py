"""The HTTP side of `kg serve`: a Starlette application over a `WorkerPool`.

Starlette and uvicorn do the HTTP (parsing, keep-alive, slow clients, header limits) so
that none of it is hand-rolled; this module only maps the SPARQL 1.1 Protocol and the
explorer onto the pool, and turns every failure into a status code and one line of text.
The guards run here, before a job reaches a worker: body size, SERVICE/LOAD (the server
never sends requests to hosts a client names), and the update token.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
import json
import urllib.parse
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from kg.serve.formats import BY_NAME, parse_accept
from kg.serve.pool import WorkerPool, store_signature
from kg.serve.worker import Reply
from kg.sparql_scan import remote_targets

SECURITY_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                    "Cache-Control": "no-store"}
PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


@dataclass
class Settings:
    """Everything `kg serve` can be told; the defaults are the safe ones."""

    store: Path
    timeout: float = 30.0
    max_result_bytes: int = 32 * 1024 * 1024
    max_body_bytes: int = 1024 * 1024
    workers: int = 2
    allow_service: bool = False
    update_token: str | None = None  # None: updates refused
    watch_interval: float = 2.0
    explorer_timeout: float = 300.0


class Refused(Exception):
    """A request the server will not run: its status and one-line reason."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


def respond(status: int, media_or_message: str, body: bytes = b"",
            headers: dict[str, str] | None = None) -> Response:
    """A worker reply (or any status and message) as a response with the safe headers."""
    all_headers = SECURITY_HEADERS | (headers or {})
    if status >= 400:
        return Response(media_or_message + "\n", status, all_headers, "text/plain; charset=utf-8")
    if media_or_message.startswith("text/html"):
        all_headers["Content-Security-Policy"] = PAGE_CSP
    return Response(body, status, all_headers, media_or_message or None)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past `limit` bytes (checked before and while reading)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise Refused(413, f"request body larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Refused(413, f"request body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(400, "request body is not UTF-8") from None


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name) or []
    if len(values) > 1:
        raise Refused(400, f"more than one {name} parameter")
    return values[0] if values else None


async def protocol_request(request: Request, limit: int) -> tuple[str, str, dict[str, list[str]]]:
    """("query" or "update", its text, the other parameters) from a GET or POST request."""
    params = urllib.parse.parse_qs(request.url.query, keep_blank_values=True)
    if request.method == "POST":
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = _text(await read_body(request, limit))
        if media == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qs(body, keep_blank_values=True) | {
                k: v for k, v in params.items() if k not in ("query", "update")}
        elif media == "application/sparql-query":
            return "query", body, params
        elif media == "application/sparql-update":
            return "update", body, params
        else:
            raise Refused(415, "send application/sparql-query, application/sparql-update or a form")
    elif "update" in params:
        raise Refused(405, "updates must be sent with POST", {"Allow": "POST"})
    query, update = _one(params, "query"), _one(params, "update")
    if (query is None) == (update is None):
        raise Refused(400, "give exactly one query (or, with POST, one update) parameter")
    return ("query", query, params) if query is not None else ("update", update or "", params)


class Server:
    """The pool, the settings and the cached explorer page behind the routes."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.pool = WorkerPool(settings.store, settings.workers)
        self._explorer: tuple[int, Reply] | None = None
        self._explorer_lock = asyncio.Lock()
        self._update_lock = asyncio.Lock()
        self._signature = store_signature(settings.store)

    def check_remote(self, text: str) -> None:
        if self.settings.allow_service:
            return
        targets = remote_targets(text)
        if targets:
            keyword, target = targets[0]
            raise Refused(403, f"{keyword} {target} refused: this server does not send requests to "
                               "other hosts (start it with --allow-service to allow federation)")

    def check_token(self, request: Request) -> None:
        token = self.settings.update_token
        if token is None:
            raise Refused(403, "updates are disabled on this server")
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise Refused(401, "updates need the server's token: Authorization: Bearer TOKEN",
                          {"WWW-Authenticate": "Bearer"})

    async def query(self, text: str, params: dict[str, list[str]], request: Request) -> Reply:
        self.check_remote(text)
        fmt = _one(params, "format")
        if fmt is not None and fmt.lower() not in BY_NAME:
            raise Refused(400, f"unknown format {fmt!r} (use {', '.join(sorted(BY_NAME))})")
        accept = [BY_NAME[fmt.lower()].media_type] if fmt else parse_accept(request.headers.get("accept"))
        job = {"type": "query", "query": text, "accept": accept, "max_bytes": self.settings.max_result_bytes,
               "default_graphs": params.get("default-graph-uri", []),
               "named_graphs": params.get("named-graph-uri", [])}
        return await self.pool.run(job, self.settings.timeout)

    async def update(self, text: str, request: Request) -> Reply:
        self.check_token(request)
        self.check_remote(text)
        async with self._update_lock:
            reply = await self.pool.run_once({"type": "update", "update": text}, self.settings.timeout)
        self.check_store()
        return reply

    async def explorer(self) -> Reply:
        async with self._explorer_lock:
            if self._explorer is None or self._explorer[0] != self.pool.generation:
                generation = self.pool.generation
                reply = await self.pool.run({"type": "explorer"}, self.settings.explorer_timeout)
                if reply[0] != 200:
                    return reply
                self._explorer = (generation, reply)
            return self._explorer[1]

    def check_store(self) -> bool:
        """Refresh the workers if the store changed on disk; whether it had."""
        signature = store_signature(self.settings.store)
        if signature == self._signature:
            return False
        self._signature = signature
        self.pool.refresh()
        return True

    async def watch(self) -> None:
        while True:
            await asyncio.sleep(self.settings.watch_interval)
            self.check_store()


def _index() -> bytes:
    from kg.rdf.resources import query_names

    links = "".join(f'<li><a href="queries/{html.escape(n)}">{html.escape(n)}</a></li>'
                    for n in query_names())
    return (
        "<!doctype html><meta charset=utf-8><title>kg SPARQL endpoint</title>"
        "<h1>kg SPARQL endpoint</h1><p><a href=explorer>explorer</a> · <a href=health>health</a></p>"
        "<form action=sparql method=get><textarea name=query rows=8 cols=80>"
        "SELECT * WHERE { ?s ?p ?o } LIMIT 10</textarea><br><select name=format>"
        "<option>json</option><option>csv</option><option>tsv</option><option>xml</option>"
        "<option>turtle</option></select> <button>run</button></form>"
        f"<h2>Ready-made queries</h2><ul>{links}</ul>"
    ).encode()


def _server(request: Request) -> Server:
    return request.app.state.server


async def sparql(request: Request) -> Response:
    server = _server(request)
    kind, text, params = await protocol_request(request, server.settings.max_body_bytes)
    if kind == "update":
        return respond(*await server.update(text, request))
    return respond(*await server.query(text, params, request))


async def named_query(request: Request) -> Response:
    from kg.rdf.resources import query_names, query_text

    name = request.path_params["name"].removesuffix(".rq")
    if name not in query_names():
        raise Refused(404, f"no ready-made query {name!r} (see /queries)")
    params = urllib.parse.parse_qs(request.url.query, keep_blank_values=True)
    return respond(*await _server(request).query(query_text(name), params, request))


async def queries(request: Request) -> Response:
    from kg.rdf.resources import query_names

    body = json.dumps({n: f"/queries/{n}" for n in query_names()}, indent=1).encode()
    return respond(200, "application/json", body)


async def explorer(request: Request) -> Response:
    return respond(*await _server(request).explorer())


async def health(request: Request) -> Response:
    """ok when every worker runs and one of them answers ASK {} from the store within 5 s."""
    server = _server(request)
    probe = {"type": "query", "query": "ASK {}", "accept": [], "max_bytes": 1000}
    code, message, _ = await server.pool.run(probe, min(5.0, server.settings.timeout))
    alive = server.pool.alive()
    status = "ok" if alive == server.settings.workers and code == 200 else "degraded"
    body = json.dumps({"status": status, "workers": alive, "generation": server.pool.generation,
                       "store": "ok" if code == 200 else message})
    return Response(body + "\n", 200 if status == "ok" else 503, SECURITY_HEADERS, "application/json")


async def index(request: Request) -> Response:
    return respond(200, "text/html; charset=utf-8", _index())


async def refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Refused)
    return respond(exc.status, exc.message, headers=exc.headers)


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return respond(exc.status_code, str(exc.detail), headers=dict(exc.headers or {}))


async def internal(request: Request, exc: Exception) -> Response:
    return respond(500, "internal server error")


def create_app(settings: Settings) -> Starlette:
    """The application; its worker pool starts and stops with it (lifespan)."""
    server = Server(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        server.pool.start()
        watcher = asyncio.create_task(server.watch())
        try:
            yield
        finally:
            watcher.cancel()
            server.pool.close()

    routes = [
        Route("/", index), Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/queries", queries), Route("/queries/{name}", named_query),
        Route("/explorer", explorer), Route("/health", health),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={
        Refused: refused, HTTPException: http_error, Exception: internal})
    app.state.server = server
    return app


def serve(settings: Settings, host: str, port: int, log_level: str = "warning") -> None:
    """Run the application with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level,
                server_header=False, date_header=True, timeout_graceful_shutdown=5,
                h11_max_incomplete_event_size=64 * 1024)


__all__ = ["Settings", "create_app", "serve"]
