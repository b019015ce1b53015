"""One way to query a graph wherever it lives: a store folder, RDF files, or an endpoint.

`open_source(store=..., data=..., endpoint=...)` returns a `GraphSource`; `kg query`, the
exporters and the linker read graphs only through it, so each of them works on all three.
Local sources (store, files) are answered by pyoxigraph with the union of all named
graphs as the default graph, so a query needs no GRAPH clause to see every document; an
endpoint is asked through SPARQLWrapper (serve it with `--union-default-graph` for the same
behaviour). Results come back as rdflib terms, whatever answered.

This module must stay light: `kg query` imports it, and must start without spaCy.
"""

from __future__ import annotations

import decimal
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from typing import Literal as TypingLiteral

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import EndpointError, InputError, KgError, QueryError

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
Row = dict[str, Node]


@dataclass
class Result:
    """The answer to any query: rows (SELECT), a boolean (ASK) or a graph (CONSTRUCT/DESCRIBE)."""

    kind: TypingLiteral["select", "ask", "graph"]
    variables: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __iter__(self) -> Iterator[Any]:
        """Like rdflib's query results: rows (SELECT), the boolean (ASK) or triples (graph)."""
        if self.kind == "select":
            return iter(self.rows)
        if self.kind == "ask":
            return iter([bool(self.boolean)])
        return iter(self.graph if self.graph is not None else ())

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self.rows)
        return 1 if self.kind == "ask" else len(self.graph or ())

    def __bool__(self) -> bool:
        """An ASK result is its answer; other results are true when they hold something."""
        return bool(self.boolean) if self.kind == "ask" else len(self) > 0

    def to_dataframe(self) -> Any:
        """The rows of a SELECT as a pandas DataFrame, one column per variable, in order.

        Numbers (xsd:integer, decimal, double, float) become Python numbers, booleans bools,
        everything else (IRIs, text, dates) its string; unbound values are None. Needs
        pandas (`pip install 'kg[pandas]'`).
        """
        if self.kind != "select":
            raise KgError(f"a {self.kind.upper()} result is not a table; to_dataframe() needs a SELECT")
        try:
            import pandas as pd
        except ImportError:
            raise KgError("to_dataframe() needs pandas: pip install 'kg[pandas]'") from None
        records = [[python_value(row.get(v)) for v in self.variables] for row in self.rows]
        return pd.DataFrame.from_records(records, columns=list(self.variables))

    def to_json(self) -> dict:
        """SPARQL 1.1 Query Results JSON (SELECT and ASK)."""
        if self.kind == "ask":
            return {"head": {}, "boolean": bool(self.boolean)}
        if self.kind != "select":
            raise KgError("a CONSTRUCT/DESCRIBE result is a graph, not a result table")
        return {
            "head": {"vars": list(self.variables)},
            "results": {"bindings": [{k: term_json(v) for k, v in row.items()} for row in self.rows]},
        }


def term_json(term: Node) -> dict[str, str]:
    """One RDF term in the SPARQL 1.1 JSON results encoding."""
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None and str(term.datatype) != XSD_STRING:
            out["datatype"] = str(term.datatype)
        return out
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    return {"type": "uri", "value": str(term)}


_NUMERIC = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger",
                              "decimal", "double", "float")}


def python_value(term: Node | None) -> str | int | float | bool | None:
    """A term as a plain Python value for tables: numbers and booleans typed, the rest as text."""
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype is not None:
        datatype = str(term.datatype)
        value = term.toPython()
        if datatype == XSD + "boolean" and isinstance(value, bool):
            return value
        if datatype in _NUMERIC and isinstance(value, int | float | decimal.Decimal):
            return int(value) if isinstance(value, int) else float(value)
    return str(term)


def from_oxigraph(term: object) -> Node:
    """A pyoxigraph term as the equivalent rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == XSD_STRING else URIRef(datatype))
    return Literal(str(term))  # RDF-star triple terms: shown as text


class GraphSource:
    """Base class: subclasses implement `run`; the helpers below are shared."""

    description = "graph"

    def run(self, query: str) -> Result:  # pragma: no cover - abstract
        raise NotImplementedError

    def select(self, query: str) -> list[dict[str, str]]:
        """Rows of a SELECT as {variable: lexical value}; unbound variables are left out."""
        return [{k: str(v) for k, v in row.items()} for row in self.select_terms(query)]

    def select_terms(self, query: str) -> list[Row]:
        """Rows of a SELECT as {variable: rdflib term}."""
        result = self.run(query)
        if result.kind != "select":
            raise QueryError(f"expected a SELECT query, got {result.kind.upper()}")
        return result.rows

    def ask(self, query: str) -> bool:
        result = self.run(query)
        if result.kind != "ask":
            raise QueryError(f"expected an ASK query, got {result.kind.upper()}")
        return bool(result.boolean)

    def construct(self, query: str) -> Graph:
        """The graph of a CONSTRUCT or DESCRIBE query."""
        result = self.run(query)
        if result.kind != "graph" or result.graph is None:
            raise QueryError(f"expected a CONSTRUCT or DESCRIBE query, got {result.kind.upper()}")
        return result.graph

    def close(self) -> None:
        """Release the source (a store's lock); queries after this fail."""

    def __enter__(self) -> GraphSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class OxigraphSource(GraphSource):
    """A pyoxigraph store (persistent or in memory), queried with the union default graph."""

    def __init__(self, store: ox.Store, description: str):
        self._store = store
        self.description = description

    def run(self, query: str) -> Result:
        try:
            return self._evaluate(self._store.query(query, use_default_graph_as_union=True))
        except SyntaxError as exc:
            raise QueryError(f"syntax error: {exc}") from None
        except (OSError, ValueError, RuntimeError) as exc:
            # evaluation is lazy: a failing SERVICE endpoint surfaces while reading the answer
            raise _evaluation_error(query, exc, self.description) from None

    def _evaluate(self, answer: ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean | bool) -> Result:
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            return Result("select", variables=variables, rows=_rows(answer, variables))
        if isinstance(answer, ox.QueryBoolean) or isinstance(answer, bool):
            return Result("ask", boolean=bool(answer))
        data = ox.serialize(answer, format=ox.RdfFormat.N_TRIPLES)
        graph = Graph()
        if data:
            graph.parse(data=data.decode("utf-8"), format="nt")
        return Result("graph", graph=graph)

    def close(self) -> None:
        self._store = None  # type: ignore[assignment]


def _rows(answer: ox.QuerySolutions, variables: list[str]) -> list[Row]:
    """The solutions as rows of rdflib terms, each distinct term converted once.

    Building rdflib terms (a typed Literal parses its value) cost three times the query
    itself on large answers; the same document id, category or stance recurs in thousands
    of rows, so a cache of the converted terms removes most of that.
    """
    converted: dict[object, Node] = {}
    rows = []
    for solution in answer:
        row: Row = {}
        for name, term in zip(variables, solution, strict=True):
            if term is not None:
                value = converted.get(term)
                if value is None:
                    value = converted[term] = from_oxigraph(term)
                row[name] = value
        rows.append(row)
    return rows


def _evaluation_error(query: str, exc: BaseException, description: str) -> KgError:
    """One line for a query that failed while running; names the SERVICE endpoint(s) if any."""
    from kg.sparql_scan import service_endpoints

    cause = _first_line(exc)
    endpoints = service_endpoints(query)
    if endpoints:
        return EndpointError(f"SERVICE {', '.join(endpoints)} failed: {cause}")
    return QueryError(f"query failed on {description}: {cause}")


def run_with_limit(source: GraphSource, query: str, timeout: float | None) -> Result:
    """`source.run(query)` in a helper thread, so that Ctrl-C and `timeout` end the wait.

    pyoxigraph cannot cancel a query, and the main thread blocked inside it would not
    even see Ctrl-C. Waiting here instead keeps the main thread in Python: an interrupt or
    the deadline raises at once, and the abandoned query dies with the process (the
    thread is a daemon). The server (`kg.serve`) uses worker processes instead.
    """
    import threading

    outcome: dict[str, object] = {}

    def work() -> None:
        try:
            outcome["result"] = source.run(query)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            # without its chain: those frames hold pyoxigraph objects that must die in this thread
            exc.__context__ = exc.__cause__ = None
            outcome["error"] = exc.with_traceback(None)

    thread = threading.Thread(target=work, name="kg-query", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise QueryError(f"the query ran longer than --timeout {timeout:g} s and was stopped")
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]


def load_files(paths: Iterable[Path]) -> ox.Store:
    """An in-memory store holding every file (format from its suffix; quads keep their graphs)."""
    store = ox.Store()
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        suffix = path.suffix.lstrip(".").lower()
        fmt = ox.RdfFormat.from_extension(suffix) if suffix else None
        if fmt is None:
            raise InputError(f"{path}: unknown RDF format (use .ttl, .nt, .nq, .trig, .jsonld or .rdf)")
        try:
            store.load(path=str(path), format=fmt)
        except SyntaxError as exc:
            raise InputError(f"{path}: not valid {fmt.name} ({exc})") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc})") from None
    return store


class EndpointSource(GraphSource):
    """A remote SPARQL endpoint, through SPARQLWrapper; failures become one-line errors."""

    def __init__(self, url: str, timeout: float = 60.0):
        self.url = url
        self.timeout = timeout
        self.description = url

    def _wrapper(self, query: str):  # -> SPARQLWrapper
        from SPARQLWrapper import POST, SPARQLWrapper

        sw = SPARQLWrapper(self.url, agent="kg (negotiation knowledge graph; +https://w3id.org/kg-negotiation)")
        sw.setTimeout(int(self.timeout))
        sw.setQuery(query)
        if len(query) > 1500:
            sw.setMethod(POST)
        return sw

    def run(self, query: str) -> Result:
        from SPARQLWrapper import JSON, N3, SPARQLExceptions

        sw = self._wrapper(query)
        kind = (sw.queryType or "SELECT").upper()
        graph_query = kind in ("CONSTRUCT", "DESCRIBE")
        sw.setReturnFormat(N3 if graph_query else JSON)
        try:
            response = sw.query()
            body = response.response.read()
        except SPARQLExceptions.QueryBadFormed as exc:
            raise QueryError(f"{self.url} rejected the query: {_first_line(exc)}") from None
        except SPARQLExceptions.SPARQLWrapperException as exc:
            raise EndpointError(f"{self.url}: {_first_line(exc)}") from None
        except OSError as exc:  # HTTPError, URLError, timeouts, refused connections
            reason = getattr(exc, "reason", None) or exc
            if isinstance(getattr(exc, "code", None), int):  # urllib's HTTPError: it did answer
                raise EndpointError(f"{self.url}: answered HTTP {exc.code} {reason}") from None
            raise EndpointError(f"{self.url}: cannot reach endpoint ({reason})") from None
        if graph_query:
            content_type = response.response.headers.get("Content-Type", "text/turtle").split(";")[0]
            fmt = {"application/n-triples": "nt", "application/rdf+xml": "xml",
                   "application/ld+json": "json-ld"}.get(content_type, "turtle")
            graph = Graph()
            try:
                graph.parse(data=body, format=fmt)
            except Exception as exc:  # noqa: BLE001 - any parser failure is the endpoint's
                raise EndpointError(f"{self.url}: answered unparseable RDF ({exc})") from None
            return Result("graph", graph=graph)
        try:
            data = json.loads(body)
        except ValueError:
            raise EndpointError(f"{self.url}: answer is not SPARQL JSON") from None
        if "boolean" in data:
            return Result("ask", boolean=bool(data["boolean"]))
        try:
            variables = list(data["head"].get("vars", []))
            rows = [{k: _json_term(v) for k, v in b.items()} for b in data["results"]["bindings"]]
        except (KeyError, TypeError, AttributeError):
            raise EndpointError(f"{self.url}: answer is not SPARQL JSON results") from None
        return Result("select", variables=variables, rows=rows)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    lines = [line for line in text.splitlines() if line.strip()]
    return " ".join(lines[:2])[:300] if lines else type(exc).__name__


def _json_term(v: dict[str, str]) -> Node:
    kind = v.get("type")
    if kind == "uri":
        return URIRef(v["value"])
    if kind == "bnode":
        return BNode(v["value"])
    if "xml:lang" in v:
        return Literal(v["value"], lang=v["xml:lang"])
    datatype = v.get("datatype")
    return Literal(v["value"], datatype=URIRef(datatype) if datatype and datatype != XSD_STRING else None)


def open_source(store: Path | str | None = None, data: Sequence[Path | str] | None = None,
                endpoint: str | None = None) -> GraphSource:
    """The graph to query: exactly one of a store folder, RDF files, or an endpoint URL."""
    given = [x for x in (store, data, endpoint) if x]
    if len(given) != 1:
        raise KgError("give exactly one of --store DIR, --data FILE... or --endpoint URL")
    if store:
        from kg.store import Store

        path = Path(store)
        if not path.is_dir():
            raise InputError(f"{path}: no such store (build one with `kg build ... --store {path}`)")
        return OxigraphSource(Store(path, read_only=True).oxigraph, f"store {path}")
    if data:
        files = [Path(p) for p in data]
        return OxigraphSource(load_files(files), ", ".join(str(f) for f in files))
    assert endpoint is not None
    if not endpoint.startswith(("http://", "https://")):
        raise EndpointError(f"{endpoint}: not an http(s) URL")
    return EndpointSource(endpoint)
