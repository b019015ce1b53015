"""Corpus consolidation: one node per real-world actor, meeting and proposal across documents.

Every document's named graph holds what that article says, minted inside the document
(`id/doc/{doc}/actor/{key}`): these nodes are the per-document *mentions*, with their surface
forms, roles as written and evidence. Identity across articles needs the whole corpus (is
"Macron" in one article the "Emmanuel Macron" of another? is "EU" the "Europäische Union"?),
so it is computed here, from the mentions of every document, into ONE named graph
(`kg.namespace.CORPUS_GRAPH`) that is recomputed whenever documents are added, replaced,
linked or removed. That graph holds the corpus nodes (neg:CorpusActor, neg:CorpusMeeting,
neg:CorpusProposal) and a `neg:mentionOf` link from every mention to its corpus node; the
document graphs are never rewritten, so provenance stays where it was.

Corpus IRIs are derived from identity keys only (`kg.iri.corpus_actor_iri`): the Wikidata
id when a mention is linked or its name is a gazetteer entry, else category + normalised
full name. The same actor gets the same IRI in separate builds without any stored counter;
only what needs the corpus (a surname-only mention, a link found in another document) can
move a mention from one node to another, and the whole graph is recomputed then. The rules
are in `kg.identity`; the cost on a large store is in the README (benchmarks/bench_consolidate.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg import identity
from kg.namespace import CORPUS_GRAPH
from kg.rdf.serialize import _nt_lines

log = logging.getLogger(__name__)

CORPUS = URIRef(CORPUS_GRAPH)


def _in_memory(graphs: Mapping[str, Graph]) -> ox.Store:
    """The given document graphs (doc id -> triples) as named graphs of a pyoxigraph store."""
    from kg.iri import graph_iri

    store = ox.Store()
    for doc_id in sorted(graphs):
        data = "\n".join(_nt_lines(graphs[doc_id]))
        if data:
            store.load(data.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES,
                       to_graph=ox.NamedNode(str(graph_iri(doc_id))))
    return store


def corpus_graph(graphs: Mapping[str, Graph], store: ox.Store | None = None,
                 removed: Iterable[str] = ()) -> Graph:
    """The consolidation graph of a corpus: `graphs` (new or replaced documents) plus every
    document of `store` that is neither replaced by `graphs` nor in `removed`."""
    from kg.iri import graph_iri

    skip = {str(graph_iri(d)) for d in [*graphs, *removed]} | {CORPUS_GRAPH}
    corpus = identity.Corpus()
    if store is not None:
        corpus.read(store, skip)
    if graphs:
        corpus.read(_in_memory(graphs), {CORPUS_GRAPH})
    g = corpus.graph()
    log.info("consolidated %d mention(s) into %d corpus actor(s), %d meeting(s), %d proposal(s)",
             *corpus.counts())
    return g


def write_corpus_graph(store: object, chunk: int = 50_000) -> int:
    """Recompute the consolidation of everything in `store` (a `kg.store.Store`) and write it
    in chunks (`kg.store.ChunkedGraph`): the same triples as `corpus_graph`, without the
    corpus graph in memory as rdflib triples or as one SPARQL update. Returns the triples."""
    from kg.store import ChunkedGraph

    corpus = identity.Corpus()
    corpus.read(store.oxigraph, {CORPUS_GRAPH})  # type: ignore[attr-defined]
    with ChunkedGraph(store, CORPUS_GRAPH, chunk) as sink:  # type: ignore[arg-type]
        corpus.emit(sink.add)
    log.info("consolidated %d mention(s) into %d corpus actor(s), %d meeting(s), %d proposal(s)",
             *corpus.counts())
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{CORPUS_GRAPH}> {{ ?s ?p ?o }} }}"
    return int(next(iter(store.oxigraph.query(count)))["n"].value)  # type: ignore[attr-defined]


def consolidated(graphs: Mapping[str, Graph], store: object | None = None) -> dict[URIRef, Graph]:
    """`{CORPUS_GRAPH: graph}` for `kg build`: over `graphs` alone, or with `store` (a
    `kg.store.Store`) over everything the store will hold once `graphs` are written."""
    inner = getattr(store, "oxigraph", None)
    return {CORPUS: corpus_graph(graphs, inner)}


__all__ = ["CORPUS", "consolidated", "corpus_graph", "write_corpus_graph"]
