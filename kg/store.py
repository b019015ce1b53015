"""The persistent graph store: a pyoxigraph (RocksDB) store in a folder.

Each document's triples live in their own named graph (`kg.iri.graph_iri(doc_id)`), so
rebuilding a document replaces exactly its triples. `replace_documents` does all of its
work in ONE SPARQL update (`DROP SILENT GRAPH …; INSERT DATA { GRAPH … }` for every
document), which oxigraph applies as a single transaction: either every document is
replaced or, on any error, nothing in the store changes. Queries see the union of all
graphs as their default graph.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg import iri
from kg.errors import KgError, QueryError
from kg.namespace import CORPUS_GRAPH, PENDING_GRAPH
from kg.rdf.serialize import _nt_lines


class StoreError(KgError):
    """The store folder cannot be opened or written."""


def _insert_block(name: URIRef, graph: Graph, drop: bool = True) -> str:
    """An N-Triples body is valid SPARQL INSERT DATA syntax (same IRI, literal and escape rules)."""
    body = "\n".join(sorted(set(_nt_lines(graph))))
    insert = f"INSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }}"
    return f"DROP SILENT GRAPH <{name}> ;\n{insert}" if drop else insert


def union_graph(store: ox.Store, name: URIRef | None = None) -> Graph:
    """The triples of one named graph of a pyoxigraph store (or of all graphs) as an rdflib Graph."""
    graph_name = ox.NamedNode(str(name)) if name is not None else None
    data = ox.serialize(
        (ox.Triple(q.subject, q.predicate, q.object)
         for q in store.quads_for_pattern(None, None, None, graph_name)),
        format=ox.RdfFormat.N_TRIPLES,
    )
    g = Graph()
    if data:
        g.parse(data=data.decode("utf-8"), format="nt")
    return g


class Store:
    """A folder holding a pyoxigraph store; opened read-write unless `read_only`."""

    def __init__(self, path: Path | str, read_only: bool = False):
        self.path = Path(path)
        try:
            if read_only:
                if not self.path.is_dir():
                    raise StoreError(f"{self.path}: no such store")
                self._store = ox.Store.read_only(str(self.path))
            else:
                if self.path.exists() and not self.path.is_dir():
                    raise StoreError(f"{self.path}: not a folder")
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as exc:
            # RocksDB: locked by another writer, or (read-only) files rewritten by a running build
            first = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
            raise StoreError(f"{self.path}: cannot open store ({first})") from None

    def close(self) -> None:
        """Release the store (its lock, for a read-write store); the object is unusable after."""
        self._store = None  # type: ignore[assignment]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for code that needs its full API."""
        return self._store

    def replace_documents(self, graphs: Mapping[str, Graph],
                          merge: Mapping[URIRef, Graph] | None = None,
                          replace: Mapping[URIRef, Graph] | None = None) -> None:
        """Replace the named graphs of the given documents (doc id -> triples), atomically.

        `merge` adds triples to other named graphs (e.g. the shared Wikidata graph, which
        holds facts for the entities of many documents) and `replace` replaces other named
        graphs (the corpus consolidation), in the same transaction.
        """
        self.replace_graphs({**{iri.graph_iri(doc_id): g for doc_id, g in graphs.items()}, **(replace or {})},
                            merge)

    def replace_graphs(self, graphs: Mapping[URIRef, Graph],
                       merge: Mapping[URIRef, Graph] | None = None,
                       drop: list[URIRef] | None = None) -> None:
        """Replace named graphs by IRI (add to `merge`, drop the `drop` graphs), in one transaction."""
        merge = {name: g for name, g in (merge or {}).items() if len(g)}
        if not graphs and not merge and not drop:
            return
        if CORPUS_GRAPH in {str(name) for name in graphs}:
            drop = [*(drop or []), URIRef(PENDING_GRAPH)]  # the consolidation is current again
        try:
            parts = [f"DROP SILENT GRAPH <{name}>" for name in sorted(drop or [])]
            parts += [_insert_block(name, graphs[name]) for name in sorted(graphs)]
            parts += [_insert_block(name, merge[name], drop=False) for name in sorted(merge)]
        except Exception as exc:  # noqa: BLE001 - rdflib raises bare Exception for bad IRIs
            raise StoreError(f"{self.path}: cannot serialise, nothing was changed ({exc})") from None
        try:
            self._store.update(" ;\n".join(parts))
            self._store.flush()
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.path}: writing the store failed, nothing was changed ({exc})") from None

    def write_documents(self, docs: Mapping[str, list[str]], merge: Mapping[URIRef, list[str]] | None = None,
                        pending: bool = False) -> None:
        """Write a batch of document graphs given as N-Triples lines (doc id -> lines), each atomically.

        New documents are bulk-loaded as N-Quads in one transaction (`Store.load`, several
        times faster than a SPARQL update); documents already in the store are replaced by
        one `DROP; INSERT DATA` update, so none is ever missing. `merge` lines are added to
        other graphs (the Wikidata facts) in the load; `pending` writes the flag that says the
        corpus consolidation is behind (kg.buildstate), before anything else.
        """
        from kg.rdf.spool import quad_line

        new, old = [], []
        for doc_id in sorted(docs):
            name = ox.NamedNode(str(iri.graph_iri(doc_id)))
            (old if self._store.contains_named_graph(name) else new).append(doc_id)
        quads = [quad_line(line, iri.graph_iri(d)) for d in new for line in docs[d]]
        quads += [quad_line(line, name) for name, lines in (merge or {}).items() for line in lines]
        try:
            if pending:
                self._store.load(f"<{PENDING_GRAPH}> <{PENDING_GRAPH}> \"pending\" <{PENDING_GRAPH}> .\n"
                                 .encode(), format=ox.RdfFormat.N_QUADS)
            if quads:  # kg's own serialisation: lenient skips re-validating every IRI (~3x faster parse)
                self._store.load("\n".join(quads).encode("utf-8"), format=ox.RdfFormat.N_QUADS, lenient=True)
            if old:
                self._store.update(" ;\n".join(
                    f"DROP SILENT GRAPH <{iri.graph_iri(d)}> ;\nINSERT DATA {{ GRAPH <{iri.graph_iri(d)}> "
                    f"{{\n{chr(10).join(docs[d])}\n}} }}" for d in old))
            self._store.flush()
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.path}: writing the store failed ({str(exc)[:300]})") from None

    def remove_documents(self, doc_ids: list[str], replace: Mapping[URIRef, Graph] | None = None) -> None:
        """Drop the named graphs of these documents (and replace the `replace` graphs), in one transaction."""
        if doc_ids:
            self.replace_graphs(dict(replace or {}), drop=[iri.graph_iri(d) for d in doc_ids])

    def documents(self) -> list[str]:
        """The ids of the documents in the store, sorted."""
        ids = {iri.doc_id_from_graph(g.value) for g in self._store.named_graphs()
               if isinstance(g, ox.NamedNode)}
        return sorted(i for i in ids if i is not None)

    def document_graph(self, doc_id: str) -> Graph:
        """The triples of one document as an rdflib Graph."""
        return self.graph(iri.graph_iri(doc_id))

    def graph(self, name: URIRef | None = None) -> Graph:
        """One named graph, or (name None) the union of all graphs, as an rdflib Graph."""
        return union_graph(self._store, name)

    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean | bool:
        """A SPARQL query over the union of all graphs; syntax errors become `QueryError`."""
        try:
            return self._store.query(sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"syntax error in query: {exc}") from None

    def dump(self) -> bytes:
        """Every quad of the store as N-Quads."""
        return self._store.dump(format=ox.RdfFormat.N_QUADS)

    def __len__(self) -> int:
        return len(self._store)


def to_oxigraph(term: URIRef | Literal | BNode) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An rdflib term as the pyoxigraph term its N-Triples line would parse to."""
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    return ox.NamedNode(str(term))


class ChunkedGraph:
    """Replace one named graph of a store by triples handed over one at a time (`add`),
    written in transactions of `chunk` quads, so that neither the triples nor one huge
    update are held in memory (the corpus consolidation of a large corpus).

    This is not one transaction: the `PENDING_GRAPH` flag (`kg.buildstate`) is set before
    the old graph is dropped and removed only after the last chunk, so a build stopped in
    between leaves the flag and the next run recomputes the graph.
    """

    def __init__(self, store: Store, name: str, chunk: int = 50_000) -> None:
        self.store, self.name, self.chunk = store, ox.NamedNode(name), chunk
        self.buffer: list[ox.Quad] = []
        self.count = 0

    def __enter__(self) -> ChunkedGraph:
        inner = self.store.oxigraph
        flag = f"<{PENDING_GRAPH}> <{PENDING_GRAPH}> \"pending\" <{PENDING_GRAPH}> .\n".encode()
        self._guard(lambda: (inner.load(flag, format=ox.RdfFormat.N_QUADS),
                             inner.remove_graph(self.name) if inner.contains_named_graph(self.name) else None,
                             inner.flush()))
        return self

    def add(self, triple: tuple[URIRef, URIRef, URIRef | Literal | BNode]) -> None:
        s, p, o = triple
        self.buffer.append(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), self.name))
        if len(self.buffer) >= self.chunk:
            self._write()

    def _write(self) -> None:
        if self.buffer:
            self._guard(lambda: self.store.oxigraph.extend(self.buffer))
            self.count += len(self.buffer)
            self.buffer = []

    def __exit__(self, kind: object, *exc: object) -> None:
        if kind is not None:
            return  # the flag stays: the next build recomputes the graph
        self._write()
        inner = self.store.oxigraph
        self._guard(lambda: (inner.remove_graph(ox.NamedNode(PENDING_GRAPH)), inner.flush()))

    def _guard(self, write: Callable[[], object]) -> None:
        try:
            write()
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.store.path}: writing the store failed ({str(exc)[:300]})") from None


__all__ = ["ChunkedGraph", "Store", "StoreError", "to_oxigraph"]
