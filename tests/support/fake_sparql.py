"""A misbehaving SPARQL endpoint on loopback, for testing how clients cope with failure.

A real `oxigraph serve` (tests/support/oxigraph.py) shows that the linker works; this
server shows that it degrades gracefully when the endpoint does not: it answers with a
scripted sequence of behaviours (HTTP 429 with `Retry-After`, 500, 503, malformed JSON,
no answer at all, or a valid empty result) and records every request it received (time,
headers, query), so tests can check retry timing, the User-Agent and request counts.

It is a plain `http.server` in a daemon thread; "hang" sleeps in its handler thread
(ThreadingHTTPServer), so shutting the server down never waits for a hung request.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

EMPTY_RESULTS = json.dumps({"head": {"vars": []}, "results": {"bindings": []}})


@dataclass
class Received:
    at: float  # time.monotonic()
    method: str
    headers: dict[str, str]
    query: str | None


class FakeSparqlServer:
    """Context manager; `behaviours` are consumed one per request, then `default` repeats.

    Behaviours: "ok", "429" (Retry-After: `retry_after`), "500", "503", "malformed",
    "hang" (sleep `hang_seconds`, then close without an answer).
    """

    def __init__(self, behaviours: list[str] | None = None, *, default: str = "ok",
                 retry_after: str = "1", hang_seconds: float = 3.0):
        self.script: deque[str] = deque(behaviours or [])
        self.default = default
        self.retry_after = retry_after
        self.hang_seconds = hang_seconds
        self.received: list[Received] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/sparql"

    def _next(self) -> str:
        with self._lock:
            return self.script.popleft() if self.script else self.default

    def __enter__(self) -> FakeSparqlServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def _query(self) -> str | None:
                if self.command == "POST":
                    length = int(self.headers.get("Content-Length") or 0)
                    body = self.rfile.read(length).decode("utf-8", "replace")
                    if self.headers.get("Content-Type", "").startswith("application/sparql-query"):
                        return body
                    return urllib.parse.parse_qs(body).get("query", [None])[0]
                qs = urllib.parse.urlparse(self.path).query
                return urllib.parse.parse_qs(qs).get("query", [None])[0]

            def _answer(self) -> None:
                query = self._query()
                with owner._lock:
                    owner.received.append(Received(time.monotonic(), self.command,
                                                    dict(self.headers.items()), query))
                behaviour = owner._next()
                if behaviour == "hang":
                    time.sleep(owner.hang_seconds)
                    self.close_connection = True
                    return
                if behaviour == "429":
                    self._send(429, "Too Many Requests", {"Retry-After": owner.retry_after})
                elif behaviour in ("500", "503"):
                    self._send(int(behaviour), "internal error")
                elif behaviour == "malformed":
                    self._send(200, '{"head": {"vars": ["item"]}, "results": {"bindings": [',
                               content_type="application/sparql-results+json")
                else:
                    self._send(200, EMPTY_RESULTS, content_type="application/sparql-results+json")

            def _send(self, status: int, body: str, headers: dict[str, str] | None = None,
                      content_type: str = "text/plain") -> None:
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = _answer
            do_POST = _answer

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
