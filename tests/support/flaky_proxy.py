"""A real HTTP proxy in front of a SPARQL server that fails on purpose, for the retry tests.

It forwards every request to `upstream` unless told otherwise: the first `fail_first`
requests to a path get 503, the next one is cut off without an answer (a reset
connection), and requests without the expected basic-auth header get 401. It counts
what it saw, so a test can tell that retries happened.
"""

from __future__ import annotations

import base64
import threading
import urllib.error
import urllib.request
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FlakyProxy:
    def __init__(self, upstream: str, fail_path: str = "/update", fail_first: int = 2,
                 user: str | None = None, password: str = "") -> None:
        self.upstream, self.fail_path, self.fail_first = upstream.rstrip("/"), fail_path, fail_first
        self.auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode() if user else None
        self.seen: Counter[str] = Counter()
        self.failed: Counter[str] = Counter()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _handle(self) -> None:
                proxy.handle(self)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def handle(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?", 1)[0]
        body = h.rfile.read(int(h.headers.get("Content-Length") or 0))
        self.seen[path] += 1
        if self.auth and h.headers.get("Authorization") != self.auth:
            self._answer(h, 401, b"authentication required")
            return
        if path == self.fail_path and self.failed[path] < self.fail_first + 1:
            self.failed[path] += 1
            if self.failed[path] <= self.fail_first:
                self._answer(h, 503, b"busy")
            else:
                h.close_connection = True
                h.connection.shutdown(2)  # no answer at all: the client sees a reset connection
            return
        headers = {k: v for k, v in h.headers.items() if k.lower() in ("content-type", "accept")}
        request = urllib.request.Request(self.upstream + h.path, data=body or None, method=h.command,
                                         headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                self._answer(h, response.status, response.read(), response.headers.get("Content-Type"))
        except urllib.error.HTTPError as exc:
            self._answer(h, exc.code, exc.read())

    @staticmethod
    def _answer(h: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str | None = None) -> None:
        h.send_response(status)
        if content_type:
            h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def __enter__(self) -> FlakyProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
