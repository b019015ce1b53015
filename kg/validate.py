"""SHACL validation of kg graphs against ontology/shapes.ttl.

Used by `kg validate` and by the tests that check every graph `kg build` writes. The
ontology is mixed into the data graph so that `sh:class` constraints follow the class
hierarchy (a neg:Country satisfies `sh:class neg:Place`). pyshacl is imported here only,
so commands that do not validate do not pay for it.

Validation goes by named graph (document): every shape constraint of kg is about nodes of
one document, so each document graph is checked on its own terms, memory holds a batch of
documents instead of the corpus (the 277,000-triple news corpus at once took 0.8 GB), and
each violation can name its document.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kg.namespace import CORPUS_GRAPH, NEG, RESOURCE_BASE
from kg.rdf.resources import ontology_file


@dataclass(frozen=True)
class Violation:
    """One validation result, ready to print."""

    severity: str
    focus: str
    path: str
    message: str
    value: str | None = None
    document: str | None = None

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".strip()
        value = f" (value: {self.value})" if self.value is not None else ""
        document = f" [document {self.document}]" if self.document is not None else ""
        return f"{self.severity}: {where}: {self.message}{value}{document}"


@lru_cache(maxsize=2)
def _load(name: str) -> Graph:
    return Graph().parse(data=ontology_file(name).read_text(encoding="utf-8"), format="turtle")


def _short(graph: Graph, term: object) -> str:
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except Exception:  # noqa: BLE001 - fall back to the full IRI
            return f"<{term}>"
    return str(term)


def validate_graph(data: Graph) -> tuple[bool, list[Violation]]:
    """(conforms, violations sorted by focus node and path) for `data`."""
    import pyshacl

    conforms, results, _text = pyshacl.validate(
        data, shacl_graph=_load("shapes.ttl"), ont_graph=_load("negotiation.ttl"),
        inference="none", advanced=True, allow_warnings=False, abort_on_first=False,
    )
    names = Graph()
    names.bind("neg", str(NEG))
    names.bind("kgid", RESOURCE_BASE)
    violations = []
    for r in results.subjects(predicate=SH.focusNode):
        severity = results.value(r, SH.resultSeverity)
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        violations.append(Violation(
            severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            focus=_short(names, results.value(r, SH.focusNode)),
            path=_short(names, path) if path is not None else "",
            message=str(results.value(r, SH.resultMessage) or "constraint not met"),
            value=_short(names, value) if value is not None else None,
        ))
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return bool(conforms), violations


#: documents are validated in batches of about this many triples (see `_checked`)
BATCH_TRIPLES = 5000


def _batches(graphs: Iterable[tuple[str, Graph]]) -> Iterator[list[tuple[str, Graph]]]:
    batch: list[tuple[str, Graph]] = []
    size = 0
    for label, graph in graphs:
        batch.append((label, graph))
        size += len(graph)
        if size >= BATCH_TRIPLES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _checked(graphs: Iterable[tuple[str, Graph]]) -> Iterator[tuple[str, int, list[Violation]]]:
    """(label, triples, violations) per graph.

    pyshacl pays a fixed cost per call (shapes and ontology mixed in again), so graphs are
    checked in batches of about `BATCH_TRIPLES` triples; only a batch that does not conform
    is checked again one graph at a time, to say which document each violation is in.
    """
    for batch in _batches(graphs):
        if len(batch) > 1:
            merged = Graph()
            for _, graph in batch:
                merged += graph
            if validate_graph(merged)[0]:
                yield from ((label, len(graph), []) for label, graph in batch)
                continue
        for label, graph in batch:
            _conforms, violations = validate_graph(graph)
            yield label, len(graph), [replace(v, document=label) for v in violations]


def validate_documents(graphs: Mapping[str, Graph]) -> dict[str, list[Violation]]:
    """The violations of each non-conforming document (doc id -> graph)."""
    checked = _checked((doc_id, graphs[doc_id]) for doc_id in sorted(graphs))
    return {doc_id: violations for doc_id, _, violations in checked if violations}


def keep_conforming(graphs: Mapping[str, Graph], on_invalid: str) -> dict[str, Graph]:
    """The documents that conform; the others are reported on stderr, and with `on_invalid`
    "fail" any of them stops the build (KgError) before anything is written."""
    from kg.errors import KgError

    invalid = validate_documents(graphs)
    for violations in invalid.values():
        for v in violations[:20]:
            print(f"kg: {v}", file=sys.stderr)
    names = ", ".join(invalid)
    if invalid and (on_invalid == "fail" or len(invalid) == len(graphs)):
        raise KgError(f"build: {len(invalid)} of {len(graphs)} document(s) do not conform to the shapes "
                      f"({names}); nothing was written")
    if invalid:
        print(f"kg: build: skipped {len(invalid)} document(s) that do not conform: {names}", file=sys.stderr)
    return {doc_id: g for doc_id, g in graphs.items() if doc_id not in invalid}


def validate_store(store: ox.Store) -> Iterator[tuple[str, int, list[Violation]]]:
    """(graph label, triples, violations) for each graph of a store, a batch in memory at a time.

    The label is the document id for document graphs, else the graph IRI ("default" for
    the default graph, e.g. a plain Turtle file loaded into memory). The corpus graph comes
    last, checked with the types of the document nodes it points to (`_corpus_checked`).
    """
    from kg import iri
    from kg.store import union_graph

    names: list[ox.NamedNode | ox.DefaultGraph] = sorted(
        (g for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g.value != CORPUS_GRAPH),
        key=lambda g: g.value)
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        names.insert(0, ox.DefaultGraph())

    def graphs() -> Iterator[tuple[str, Graph]]:
        for name in names:
            if isinstance(name, ox.DefaultGraph):
                yield "default", _default_graph(store)
            else:
                yield iri.doc_id_from_graph(name.value) or name.value, union_graph(store, URIRef(name.value))

    yield from _checked(graphs())
    yield from _corpus_checked(store)


#: the classes of the document nodes the corpus graph points to (mentions, documents, reports)
_CORPUS_CONTEXT = f"""SELECT DISTINCT ?x ?c WHERE {{
  {{ GRAPH <{CORPUS_GRAPH}> {{ ?x ?p ?o }} }} UNION {{ GRAPH <{CORPUS_GRAPH}> {{ ?s ?p ?x }} }}
  GRAPH ?g {{ ?x a ?c }} FILTER(?g != <{CORPUS_GRAPH}>) }}"""


def _corpus_checked(store: ox.Store) -> Iterator[tuple[str, int, list[Violation]]]:
    """The corpus graph's violations. Its shapes say what its links point to (`sh:class
    neg:Actor` for a mention), which lives in the document graphs: alone, every link would be
    a violation. So the types of the document nodes it links are added, and only violations
    about the corpus nodes are kept (the added nodes lack their other triples)."""
    from rdflib import RDF

    from kg.store import union_graph

    corpus = union_graph(store, URIRef(CORPUS_GRAPH))
    if not len(corpus):
        return
    context = Graph()
    for row in store.query(_CORPUS_CONTEXT):  # type: ignore[union-attr]
        context.add((URIRef(row["x"].value), RDF.type, URIRef(row["c"].value)))
    _conforms, violations = validate_graph(corpus + context)
    names = Graph()
    names.bind("neg", str(NEG))
    names.bind("kgid", RESOURCE_BASE)
    own = {_short(names, s) for s in set(corpus.subjects(RDF.type, None))}  # the corpus nodes
    yield CORPUS_GRAPH, len(corpus), [replace(v, document=CORPUS_GRAPH) for v in violations if v.focus in own]


def _default_graph(store: ox.Store) -> Graph:
    data = ox.serialize((ox.Triple(q.subject, q.predicate, q.object)
                         for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())),
                        format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data.decode("utf-8"), format="nt")


from kg._callable import make_callable  # noqa: E402 - last: see kg/_callable.py

make_callable(__name__)
