"""Where Wikidata facts come from: a remote SPARQL endpoint, a local file, or the cache.

All three answer the same SPARQL (`kg.link.queries`) through one method, `select(query) ->
list[Row]`, so the linker has a single code path and the offline tests exercise the same
queries the Wikidata Query Service gets.

`HttpBackend` is written for a public service that other people share: it identifies itself
with a descriptive User-Agent (Wikimedia's User-Agent policy), waits at least
`min_interval` seconds between requests, honours `Retry-After` on 429/503, retries 5xx
answers and timeouts with exponential backoff, and bounds the total time it will wait for
one query (`max_wait`). After `max_failures` queries in a row have failed it stops asking
(a circuit breaker): a corpus of 10,000 articles against a dead endpoint must not take
10,000 timeouts. Every failure surfaces as `BackendError` with a short `cause`, which the
linker uses to warn once per cause.
"""

from __future__ import annotations

import email.utils
import json
import logging
import time
import urllib.error
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from kg import __version__
from kg.errors import InputError
from kg.link.cache import QueryCache
from kg.link.terms import Row, Term, rows_from_json

log = logging.getLogger(__name__)

PROJECT_URL = "https://w3id.org/kg-negotiation"


def default_user_agent() -> str:
    """`kg/0.1.0 (https://w3id.org/kg-negotiation; ...) SPARQLWrapper/x`, as Wikimedia asks."""
    try:
        import SPARQLWrapper

        lib = f" SPARQLWrapper/{SPARQLWrapper.__version__}"
    except Exception:  # pragma: no cover - SPARQLWrapper is a dependency
        lib = ""
    return f"kg/{__version__} ({PROJECT_URL}; negotiation knowledge-graph builder){lib}"


class BackendError(Exception):
    """A query could not be answered. `cause` is a short stable category for warnings."""

    def __init__(self, cause: str, detail: str = ""):
        super().__init__(f"{cause}: {detail}" if detail else cause)
        self.cause = cause
        self.detail = detail


class Backend(Protocol):
    #: identifies the data source in cache keys and messages
    name: str
    #: how many queries were actually sent/evaluated (not answered from a cache)
    requests: int

    def select(self, query: str) -> list[Row]: ...


class LocalBackend:
    """Wikidata-shaped RDF files loaded into an in-memory pyoxigraph store."""

    def __init__(self, paths: list[Path]):
        import pyoxigraph as ox

        self._ox = ox
        self.store = ox.Store()
        resolved = []
        for path in paths:
            path = Path(path)
            if not path.is_file():
                raise InputError(f"{path}: no such file (--wikidata-data)")
            fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".") or "nt")
            if fmt is None:
                raise InputError(f"{path}: unknown RDF format (use .nt, .ttl, .nq or .trig)")
            try:
                self.store.load(path=str(path), format=fmt)
            except (SyntaxError, ValueError, OSError) as exc:
                raise InputError(f"{path}: cannot load Wikidata data: {exc}") from None
            resolved.append(str(path.resolve()))
        self.name = "file:" + ",".join(resolved)
        self.requests = 0

    def select(self, query: str) -> list[Row]:
        ox = self._ox
        self.requests += 1
        try:
            solutions = self.store.query(query, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise BackendError("rejected-query", str(exc)) from None
        variables = [v.value for v in solutions.variables]
        rows: list[Row] = []
        for solution in solutions:
            row: Row = {}
            for var in variables:
                node = solution[var]
                if node is None:
                    continue
                if isinstance(node, ox.NamedNode):
                    row[var] = Term(node.value, "uri")
                elif isinstance(node, ox.BlankNode):
                    row[var] = Term(node.value, "bnode")
                else:
                    lang = node.language
                    datatype = None if lang else node.datatype.value
                    if datatype == "http://www.w3.org/2001/XMLSchema#string":
                        datatype = None
                    row[var] = Term(node.value, "literal", lang, datatype)
            rows.append(row)
        return rows


class HttpBackend:
    """A SPARQL 1.1 endpoint over HTTP, queried politely with SPARQLWrapper."""

    RETRY_STATUS = frozenset({429, 500, 502, 503, 504})

    def __init__(
        self,
        endpoint: str,
        *,
        user_agent: str | None = None,
        min_interval: float = 1.0,
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = 2.0,
        max_wait: float = 120.0,
        max_failures: int = 3,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.name = endpoint
        self.endpoint = endpoint
        self.user_agent = user_agent or default_user_agent()
        self.min_interval = max(0.0, min_interval)
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.max_wait = max_wait
        self.max_failures = max_failures
        self._sleep = sleep
        self._last_request = float("-inf")
        self._failures_in_a_row = 0
        self._down: BackendError | None = None
        self.requests = 0

    # -- one HTTP request -------------------------------------------------------------------
    def _request(self, query: str) -> list[Row]:
        from SPARQLWrapper import JSON, POST, SPARQLWrapper
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        wait = self._last_request + self.min_interval - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        self._last_request = time.monotonic()
        self.requests += 1
        sw = SPARQLWrapper(self.endpoint, agent=self.user_agent)
        sw.setMethod(POST)  # candidate queries carry many labels; GET URLs would get long
        sw.setOnlyConneg(True)  # no format=/output= parameters: plain SPARQL protocol
        sw.setReturnFormat(JSON)
        sw.timeout = self.timeout  # not setTimeout(): it truncates to int, and int(0.5) means "none"
        sw.setQuery(query)
        try:
            result = sw.query()
            raw = result.response.read()
        except urllib.error.HTTPError as exc:
            raise _HttpStatus(exc.code, exc.headers.get("Retry-After") if exc.headers else None) from None
        except SPARQLWrapperException as exc:  # 400, 401, 404, 414, 500 are mapped by SPARQLWrapper
            status = {"QueryBadFormed": 400, "Unauthorized": 401, "EndPointNotFound": 404,
                      "URITooLong": 414, "EndPointInternalError": 500}.get(type(exc).__name__, 500)
            raise _HttpStatus(status, None) from None
        except TimeoutError as exc:
            raise BackendError("timeout", f"no answer within {self.timeout:g} s") from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise BackendError("timeout", f"no answer within {self.timeout:g} s") from None
            raise BackendError("unreachable", str(exc.reason)) from None
        except (ConnectionError, OSError) as exc:
            raise BackendError("unreachable", str(exc)) from None
        try:
            data = json.loads(raw)
            bindings = data["results"]["bindings"]
            if not isinstance(bindings, list):
                raise TypeError("bindings is not a list")
            return rows_from_json(bindings)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BackendError("malformed-response", f"not SPARQL JSON results ({exc})") from None

    # -- retries --------------------------------------------------------------------------
    def select(self, query: str) -> list[Row]:
        if self._down is not None:
            raise BackendError(self._down.cause, f"{self.endpoint} gave up after repeated failures")
        waited = 0.0
        attempt = 0
        while True:
            try:
                rows = self._request(query)
                self._failures_in_a_row = 0
                return rows
            except _HttpStatus as exc:
                error = BackendError(exc.cause, f"{self.endpoint} answered HTTP {exc.status}")
                retryable = exc.status in self.RETRY_STATUS
                delay = _retry_after(exc.retry_after)
            except BackendError as exc:
                error = exc
                retryable = exc.cause in ("timeout", "unreachable")
                delay = None
            if delay is None:
                delay = self.backoff * (2 ** attempt)
            attempt += 1
            if not retryable or attempt > self.retries or waited + delay > self.max_wait:
                self._failures_in_a_row += 1
                if self._failures_in_a_row >= self.max_failures:
                    self._down = error
                raise error
            log.info("%s: %s; retrying in %.1f s", self.endpoint, error, delay)
            self._sleep(delay)
            waited += delay


class _HttpStatus(Exception):
    def __init__(self, status: int, retry_after: str | None):
        super().__init__(status)
        self.status = status
        self.retry_after = retry_after
        if status == 429:
            self.cause = "rate-limited"
        elif status >= 500:
            self.cause = "server-error"
        else:
            self.cause = "rejected-query"


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class CachedBackend:
    """A backend behind the SQLite cache; with `offline=True` the cache is all there is."""

    def __init__(self, inner: Backend | None, cache: QueryCache, *, name: str, offline: bool = False):
        self.inner = inner
        self.cache = cache
        self.name = name
        self.offline = offline or inner is None

    @property
    def requests(self) -> int:
        return self.inner.requests if self.inner is not None else 0

    def select(self, query: str) -> list[Row]:
        rows = self.cache.get(self.name, query)
        if rows is not None:
            return rows
        if self.offline or self.inner is None:
            raise BackendError("offline-cache-miss", "not in the cache and --offline forbids asking")
        rows = self.inner.select(query)
        self.cache.put(self.name, query, rows)
        return rows
