"""The linker's entry points for commands: `link_extractions` and `enrichment_graph`.

`kg.build(link=...)` and `kg.link` call `link_extractions(extractions, options)` with a
`kg.link.options.LinkOptions` (or the options parsed by `add_link_arguments`); it sets
`Actor.wikidata`, `.link_score` and `.link_method` in place and returns a `LinkReport`.
Linking never fails the build: a dead or misbehaving endpoint leaves the affected actors
unlinked, logs ONE warning per cause
(rate-limited, server-error, timeout, malformed-response, unreachable, offline-cache-miss,
rejected-query) and records them in the report, so nothing is lost and a re-run can fill
the gaps (the cache keeps what did work).
"""

from __future__ import annotations

import argparse
import logging
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.link import queries
from kg.link.backend import Backend, BackendError, CachedBackend, HttpBackend, LocalBackend
from kg.link.cache import QueryCache, default_cache_path
from kg.link.escape import is_qid, pid
from kg.link.linker import Linker
from kg.link.options import ENRICH_PROPERTIES, WIKIDATA_SPARQL, LinkOptions
from kg.records import Extraction

log = logging.getLogger("kg.link")

#: how many items one enrichment query asks about
ENRICH_BATCH = 50


@dataclass
class LinkEntry:
    doc_id: str
    key: str
    name: str
    category: str
    qid: str | None
    score: float
    method: str
    best: str | None = None
    error: str | None = None


@dataclass
class LinkReport:
    """What linking did: one entry per actor, failures by cause, request counts."""

    entries: list[LinkEntry] = field(default_factory=list)
    causes: dict[str, int] = field(default_factory=dict)  # cause -> entities left unlinked
    requests: int = 0  # queries that reached the endpoint / local store
    cache_hits: int = 0
    source: str = ""
    enrichment: Graph | None = None
    links: int = 0  # sameAs links written into the graph (kg.link; 0 before anything is written)

    @property
    def linked(self) -> list[LinkEntry]:
        return [e for e in self.entries if e.qid]

    @property
    def nil(self) -> list[LinkEntry]:
        return [e for e in self.entries if not e.qid and not e.error]

    @property
    def errors(self) -> list[LinkEntry]:
        return [e for e in self.entries if not e.qid and e.error]

    def summary(self, *, list_nil: bool = True) -> str:
        lines = [f"linked {len(self.linked)}, NIL {len(self.nil)}, errors {len(self.errors)} "
                 f"(of {len(self.entries)} entities; {self.requests} queries, {self.cache_hits} from cache; "
                 f"source {self.source})"]
        for cause, n in sorted(self.causes.items()):
            lines.append(f"  unlinked because of {cause}: {n}")
        if list_nil and self.nil:
            lines.append("NIL entities:")
            for e in self.nil:
                best = f" (best candidate {e.best}, score {e.score:.2f})" if e.best else ""
                lines.append(f"  {e.doc_id}\t{e.category}\t{e.name}{best}")
        return "\n".join(lines)


def make_backend(args: argparse.Namespace | LinkOptions) -> Backend:
    """The data source the options ask for: local files, or an endpoint behind the cache."""
    data = getattr(args, "wikidata_data", None)
    if data:
        return LocalBackend([Path(p) for p in data])
    endpoint = getattr(args, "wikidata_endpoint", None) or WIKIDATA_SPARQL
    cache = QueryCache(getattr(args, "link_cache", None) or default_cache_path())
    offline = bool(getattr(args, "offline", False))
    inner = None
    if not offline:
        inner = HttpBackend(
            endpoint,
            user_agent=getattr(args, "user_agent", None),
            min_interval=getattr(args, "link_delay", 1.0),
            timeout=getattr(args, "link_timeout", 30.0),
            retries=getattr(args, "link_retries", 3),
            backoff=getattr(args, "link_backoff", 2.0),
            max_wait=getattr(args, "link_max_wait", 120.0),
        )
    return CachedBackend(inner, cache, name=endpoint, offline=offline)


class _WarnOnce:
    """Logs the first occurrence of each failure cause, and only that one."""

    MESSAGES = {
        "rate-limited": "the endpoint keeps answering 429 Too Many Requests",
        "server-error": "the endpoint answers with server errors (5xx)",
        "timeout": "the endpoint does not answer in time",
        "unreachable": "the endpoint cannot be reached",
        "malformed-response": "the endpoint's answer is not SPARQL JSON results",
        "offline-cache-miss": "--offline and the answer is not in the cache",
        "rejected-query": "the endpoint rejected a query",
    }

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, errors: dict[str, list[str]]) -> None:
        for cause, details in errors.items():
            if cause not in self.seen:
                self.seen.add(cause)
                detail = next((d for d in details if d), "")
                log.warning("Wikidata linking: %s (%s)%s; affected entities stay unlinked",
                            self.MESSAGES.get(cause, cause), cause, f": {detail}" if detail else "")


def link_extractions(extractions: list[Extraction], args: argparse.Namespace | LinkOptions,
                     backend: Backend | None = None) -> LinkReport:
    """Link the actors of `extractions` in place; never raises for endpoint trouble.

    With `args.enrich`, `report.enrichment` holds the Wikidata statements of the linked
    items, for the named graph `kg.namespace.WIKIDATA_GRAPH`.
    """
    backend = backend or make_backend(args)
    linker = Linker(backend, threshold=getattr(args, "link_threshold", 0.5))
    warn = _WarnOnce()
    report = LinkReport(source=backend.name)
    for extraction in extractions:
        results = linker.link_extraction(extraction)
        warn(linker.errors)
        for actor in extraction.actors:
            r = results[actor.key]
            report.entries.append(LinkEntry(extraction.document.id, actor.key, actor.name, actor.category,
                                            r.qid, r.score, r.method, r.best, r.error))
            if r.error and not r.qid:
                report.causes[r.error] = report.causes.get(r.error, 0) + 1
    if getattr(args, "enrich", False):
        report.enrichment = enrichment_graph(sorted({e.qid for e in report.linked if e.qid}), args,
                                             backend=backend, warn=warn)
    report.requests = backend.requests
    cache = getattr(backend, "cache", None)
    report.cache_hits = cache.hits if cache is not None else 0
    return report


def enrichment_graph(qids: list[str], args: argparse.Namespace | LinkOptions, *,
                     backend: Backend | None = None, warn: _WarnOnce | None = None) -> Graph:
    """Selected Wikidata statements about `qids` as an rdflib Graph (Wikidata's own IRIs).

    The properties come from `args.enrich_properties` (comma-separated P-ids); labels in
    German and English are always included. Failures leave the graph partial, with one
    warning per cause.
    """
    backend = backend or make_backend(args)
    warn = warn or _WarnOnce()
    raw = getattr(args, "enrich_properties", None) or ENRICH_PROPERTIES
    props = [pid(p.strip().upper()) for p in raw.split(",") if p.strip()]
    items = [q for q in qids if is_qid(q)]
    graph = Graph()
    graph.bind("wd", "http://www.wikidata.org/entity/")
    graph.bind("wdt", "http://www.wikidata.org/prop/direct/")
    errors: dict[str, list[str]] = {}
    for start in range(0, len(items), ENRICH_BATCH):
        batch = items[start:start + ENRICH_BATCH]
        try:
            rows = backend.select(queries.enrichment_query(batch, props))
        except BackendError as exc:
            errors.setdefault(exc.cause, []).append(exc.detail)
            continue
        for row in rows:
            if {"s", "p", "o"} <= row.keys():
                graph.add((row["s"].to_rdflib(), row["p"].to_rdflib(), row["o"].to_rdflib()))  # type: ignore[arg-type]
    warn(errors)
    return graph
