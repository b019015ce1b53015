"""Fetching linked articles politely: robots.txt, a pause per host, one clear error per page.

Only used with `kg build --fetch`. Each host's robots.txt is read once (RFC 9309: a
missing one allows everything, an unreachable one forbids everything); requests to one host
are spaced by `delay` seconds or the site's Crawl-delay, whichever is longer; each failure
(refused by robots.txt, HTTP error, timeout, not HTML) becomes a `FetchError` naming the
URL. Fetched pages are kept in a WARC (kg.ingest.warc) that later builds read offline.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from kg import __version__
from kg.errors import InputError

USER_AGENT = f"kg/{__version__} (negotiation knowledge-graph builder; polite fetcher)"


class FetchError(InputError):
    """A linked page that could not be fetched."""


@dataclass(frozen=True)
class Response:
    url: str
    headers: list[tuple[str, str]]
    body: bytes


@dataclass
class Fetcher:
    """A polite HTTP client for article pages."""

    delay: float = 1.0
    timeout: float = 20.0
    user_agent: str = USER_AGENT
    _robots: dict[str, RobotFileParser] = field(default_factory=dict, init=False)
    _last: dict[str, float] = field(default_factory=dict, init=False)

    def _open(self, url: str) -> tuple[int, list[tuple[str, str]], bytes]:
        self._wait(urlsplit(url).netloc)
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                return resp.status, list(resp.headers.items()), resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, [], b""

    def _wait(self, host: str) -> None:
        robots = self._robots.get(host)
        pause = max(self.delay, float(robots.crawl_delay(self.user_agent) or 0) if robots else 0.0)
        wait = self._last.get(host, -1e9) + pause - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._last[host] = time.monotonic()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.netloc not in self._robots:
            parser = RobotFileParser()
            try:
                status, _, body = self._open(f"{parts.scheme}://{parts.netloc}/robots.txt")
            except (urllib.error.URLError, OSError):
                status, body = 503, b""
            if status >= 500:
                parser.disallow_all = True
            elif status >= 400:
                parser.allow_all = True
            else:
                parser.parse(body.decode("utf-8", "replace").splitlines())
            self._robots[parts.netloc] = parser
        return self._robots[parts.netloc].can_fetch(self.user_agent, url)

    def get(self, url: str, where: str) -> Response:
        """The page at `url`; `where` (feed file and entry) starts the error message."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError(f"{where}: cannot fetch {url} (not an http(s) URL)")
        if not self.allowed(url):
            raise FetchError(f"{where}: {url} is disallowed by the site's robots.txt")
        try:
            status, headers, body = self._open(url)
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise FetchError(f"{where}: cannot fetch {url} ({reason})") from None
        if status != 200:
            raise FetchError(f"{where}: cannot fetch {url} (HTTP {status})")
        ctype = dict((k.lower(), v) for k, v in headers).get("content-type", "")
        if "html" not in ctype.lower():
            raise FetchError(f"{where}: {url} is not an HTML page ({ctype or 'no content type'})")
        return Response(url=url, headers=headers, body=body)
