"""Writing a build into a remote triple store over the standard SPARQL 1.1 protocols.

`kg build --endpoint URL` works with any SPARQL 1.1 store (Oxigraph server, Apache Jena
Fuseki, GraphDB, Virtuoso ...) through three of its services:

- the *query* endpoint (URL): which documents are there with which stamp (`kg.buildstate`),
  and the mentions the corpus consolidation is computed from;
- the *update* endpoint (SPARQL 1.1 Update): one request per batch of documents,
  `DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }` for each, which a
  transactional store applies as one unit and any store applies document by document;
- the *graph store* endpoint (SPARQL 1.1 Graph Store HTTP Protocol): the corpus
  consolidation graph, replaced by one `PUT ?graph=...` of N-Triples.

The defaults are Oxigraph's layout (`.../query`, `.../update`, `.../store`); other stores
name the update and graph-store URLs explicitly. Transient failures (HTTP 5xx, 429, a
refused or reset connection, a timeout) are retried with exponential backoff; a permanent
one (another 4xx) stops the build at once with one line that names the URL and the status.
Credentials come from the environment: KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (HTTP
basic authentication), never from the command line, where other users could read them.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from rdflib import URIRef

from kg import buildstate
from kg.errors import KgError
from kg.iri import doc_id_from_graph, graph_iri
from kg.namespace import CORPUS_GRAPH, NEG, PENDING_GRAPH

log = logging.getLogger(__name__)

TRANSIENT = {429, 500, 502, 503, 504}


class EndpointWriteError(KgError):
    """The remote store refused a request, or stayed unreachable after the retries."""


def _swap_tail(url: str, tail: str) -> str:
    base = url.rstrip("/")
    for known in ("/query", "/sparql"):
        if base.endswith(known):
            return base[: -len(known)] + tail
    return base + tail


@dataclass
class RemoteStore:
    """A SPARQL 1.1 store reached over HTTP (see the module docstring)."""

    query_url: str
    update_url: str | None = None
    gsp_url: str | None = None
    retries: int = 5
    backoff: float = 0.5  # seconds before the first retry; doubled each time
    timeout: float = 120.0

    def __post_init__(self) -> None:
        self.update_url = self.update_url or _swap_tail(self.query_url, "/update")
        self.gsp_url = self.gsp_url or _swap_tail(self.query_url, "/store")
        user, password = os.environ.get("KG_ENDPOINT_USER"), os.environ.get("KG_ENDPOINT_PASSWORD", "")
        self._auth = ("Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()) if user else None

    # -- HTTP ---------------------------------------------------------------------------
    def request(self, method: str, url: str, body: bytes | None = None,
                headers: Mapping[str, str] | None = None) -> bytes:
        """One request with retries on transient failures; the response body."""
        headers = dict(headers or {})
        if self._auth:
            headers["Authorization"] = self._auth
        delay = self.backoff
        for attempt in range(self.retries + 1):
            try:
                req = urllib.request.Request(url, data=body, method=method, headers=headers)
                with urllib.request.urlopen(req, timeout=self.timeout) as response:
                    return bytes(response.read())
            except urllib.error.HTTPError as exc:
                detail = exc.read().decode("utf-8", "replace").strip().splitlines()
                message = f"{exc.code} {exc.reason}" + (f": {detail[0][:200]}" if detail else "")
                if exc.code not in TRANSIENT:
                    raise EndpointWriteError(f"{_plain(url)}: {message}") from None
            except (urllib.error.URLError, ConnectionError, TimeoutError) as exc:
                message = str(getattr(exc, "reason", exc))
            if attempt < self.retries:
                log.info("%s: %s; retrying in %.1f s", _plain(url), message, delay)
                time.sleep(delay)
                delay *= 2
        raise EndpointWriteError(f"{_plain(url)}: {message} (gave up after {self.retries + 1} attempts)")

    def select(self, query: str) -> list[dict[str, Any]]:
        """SPARQL JSON bindings of a SELECT on the query endpoint."""
        body = urllib.parse.urlencode({"query": query}).encode()
        data = self.request("POST", self.query_url, body, {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json"})
        return list(json.loads(data)["results"]["bindings"])

    def update(self, update: str) -> None:
        self.request("POST", str(self.update_url), update.encode("utf-8"),
                     {"Content-Type": "application/sparql-update"})

    def put_graph(self, name: str, ntriples: str) -> None:
        """Replace one named graph (Graph Store Protocol PUT)."""
        url = f"{self.gsp_url}?{urllib.parse.urlencode({'graph': name})}"
        self.request("PUT", url, ntriples.encode("utf-8"), {"Content-Type": "application/n-triples"})

    # -- what a build needs (kg.building.Target) ------------------------------------------
    def stamps(self) -> dict[str, buildstate.Stamp]:
        query = (f"SELECT ?g ?h ?m ?v WHERE {{ GRAPH ?g {{ ?d <{NEG.contentHash}> ?h ; "
                 f"<{NEG.kgVersion}> ?v ; <{NEG.extractedWith}> ?m }} }}")
        stamps = {}
        for row in self.select(query):
            doc_id = doc_id_from_graph(row["g"]["value"])
            if doc_id is not None:
                stamps[doc_id] = buildstate.Stamp(row["h"]["value"], row["m"]["value"], row["v"]["value"])
        return stamps

    def pending(self) -> bool:
        return bool(self.select(f"SELECT ?s WHERE {{ GRAPH <{PENDING_GRAPH}> {{ ?s ?p ?o }} }} LIMIT 1"))

    def write(self, docs: Mapping[str, list[str]], merge: Mapping[URIRef, list[str]], pending: bool) -> None:
        """One Update request for the batch: each document's graph dropped and inserted."""
        parts = []
        if pending:
            parts.append(f"INSERT DATA {{ GRAPH <{PENDING_GRAPH}> {{ <{PENDING_GRAPH}> <{PENDING_GRAPH}> "
                         "\"pending\" } }")
        for doc_id in docs:
            name = graph_iri(doc_id)
            body = "\n".join(docs[doc_id])
            parts.append(f"DROP SILENT GRAPH <{name}> ;\nINSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }}")
        for name, lines in merge.items():
            parts.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{chr(10).join(lines)}\n}} }}")
        if parts:
            self.update(" ;\n".join(parts))

    def document_lines(self, doc_ids: list[str]) -> dict[str, list[str]]:
        """The stored graphs of these documents, as kg writes their lines."""
        from rdflib import Graph

        from kg.rdf.serialize import _nt_lines

        out = {}
        for d in doc_ids:
            query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri(d)}> {{ ?s ?p ?o }} }}"
            data = self.request("POST", self.query_url, urllib.parse.urlencode({"query": query}).encode(), {
                "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/n-triples"})
            out[d] = _nt_lines(Graph().parse(data=data.decode("utf-8"), format="nt"))
        return out

    def consolidate(self) -> tuple[int, int]:
        """Recompute the corpus graph from the mentions on the server; PUT it; drop the flag.
        (documents on the server, triples of the corpus graph)."""
        from kg import identity
        from kg.rdf.serialize import _nt_lines

        corpus = identity.Corpus()
        corpus.read(_QueryAdapter(self), {CORPUS_GRAPH})  # type: ignore[arg-type]
        lines = _nt_lines(corpus.graph())
        self.put_graph(CORPUS_GRAPH, "\n".join(sorted(lines)) + "\n")
        self.update(f"DROP SILENT GRAPH <{PENDING_GRAPH}>")
        count = f"SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE {{ GRAPH ?g {{ ?d a <{NEG.Document}> }} }}"
        documents = self.select(count)
        return int(documents[0]["n"]["value"]) if documents else 0, len(lines)


def _plain(url: str) -> str:
    """The URL without its query string (which may hold a graph IRI or a query)."""
    return url.split("?", 1)[0]


class _QueryAdapter:
    """Enough of `pyoxigraph.Store.query` over a remote endpoint for `kg.identity.Corpus.read`."""

    def __init__(self, remote: RemoteStore) -> None:
        self.remote = remote

    def query(self, sparql: str) -> list[_Row]:
        return [_Row(b) for b in self.remote.select(sparql)]


class _Row:
    def __init__(self, binding: dict[str, Any]) -> None:
        self.binding = binding

    def __getitem__(self, name: str) -> Any:
        import pyoxigraph as ox

        term = self.binding.get(name)
        if term is None:
            return None
        if term["type"] == "uri":
            return ox.NamedNode(term["value"])
        if term["type"] == "bnode":
            return ox.BlankNode(term["value"])
        if "xml:lang" in term:
            return ox.Literal(term["value"], language=term["xml:lang"])
        datatype = term.get("datatype")
        if datatype:
            return ox.Literal(term["value"], datatype=ox.NamedNode(datatype))
        return ox.Literal(term["value"])


__all__ = ["EndpointWriteError", "RemoteStore"]
