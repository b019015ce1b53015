"""Content negotiation: which serialisation a client gets for a query result.

The SPARQL 1.1 Protocol leaves the choice to the `Accept` header; browsers and scripts also
like a plain `format=` parameter (`?format=csv`), which wins when given. SELECT and ASK
results and CONSTRUCT/DESCRIBE graphs have different formats, and which one a query gives
is known only once it has run, so the client's preferences travel to the worker as a list
and are resolved there by `choose`. Every format is written by pyoxigraph itself.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    kind: str  # "results" (SELECT/ASK) or "graph" (CONSTRUCT/DESCRIBE)
    aliases: tuple[str, ...] = ()

    def oxigraph(self) -> ox.QueryResultsFormat | ox.RdfFormat:
        table = RESULTS_FORMATS if self.kind == "results" else GRAPH_FORMATS
        return table[self.name]


#: first of each kind is the default
FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", "results", ("application/json",)),
    Format("xml", "application/sparql-results+xml", "results", ("application/xml", "text/xml")),
    Format("csv", "text/csv", "results"),
    Format("tsv", "text/tab-separated-values", "results"),
    Format("turtle", "text/turtle", "graph", ("application/x-turtle",)),
    Format("ntriples", "application/n-triples", "graph", ("text/plain",)),
    Format("jsonld", "application/ld+json", "graph", ("application/json",)),
    Format("rdfxml", "application/rdf+xml", "graph", ("application/xml", "text/xml")),
)
RESULTS_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                   "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                 "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}
BY_NAME = {f.name: f for f in FORMATS} | {"ttl": FORMATS[4], "nt": FORMATS[5], "json-ld": FORMATS[6]}


def parse_accept(header: str | None) -> list[str]:
    """Media ranges of an Accept header, most wanted first (q=0 dropped, ties keep their order)."""
    if not header:
        return []
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranked.append((-q, i, media))
    return [media for _, _, media in sorted(ranked)]


def choose(kind: str, accept: list[str]) -> Format | None:
    """The format of `kind` the client wants most; the default if it names none; None: 406."""
    candidates = [f for f in FORMATS if f.kind == kind]
    if not accept:
        return candidates[0]
    for media in accept:
        for f in candidates:
            if media == f.media_type or media in f.aliases:
                return f
        if media == "*/*":
            return candidates[0]
        if media.endswith("/*"):
            for f in candidates:
                if f.media_type.startswith(media[:-1]):
                    return f
    return None
