"""The persistent store: one named graph per document, atomic replacement."""

from __future__ import annotations

import pytest
from rdflib import URIRef

from kg import iri
from kg.namespace import NEG
from kg.rdf.mapping import extraction_to_graph
from kg.store import Store
from tests.support.extractions import geneva_extraction, second_extraction
from tests.support.kgcli import run_kg


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "store")
    s.replace_documents({"genf-2025": extraction_to_graph(geneva_extraction()),
                         "ostburg": extraction_to_graph(second_extraction())})
    return s


def test_documents_and_graphs_read_back_unchanged(store):
    assert store.documents() == ["genf-2025", "ostburg"]
    for x in (geneva_extraction(), second_extraction()):
        assert set(store.document_graph(x.document.id)) == set(extraction_to_graph(x))


def test_replacing_a_document_replaces_exactly_its_triples(store):
    before_other = set(store.document_graph("ostburg"))
    changed = geneva_extraction()
    changed.actors[0].name = "Erik A. Sandberg"
    del changed.statements[:]
    store.replace_documents({"genf-2025": extraction_to_graph(changed)})
    assert set(store.document_graph("genf-2025")) == set(extraction_to_graph(changed))
    assert set(store.document_graph("ostburg")) == before_other
    names = [r["n"].value for r in store.query(f"SELECT ?n WHERE {{ ?a <{NEG.name}> ?n }}")]
    assert "Erik A. Sandberg" in names and "Erik Sandberg" not in names
    statements = list(store.query(f"SELECT ?s WHERE {{ ?s a <{NEG.Statement}> }}"))
    assert statements == []


def test_queries_see_the_union_of_all_documents(store):
    rows = store.query(f"SELECT DISTINCT ?id WHERE {{ ?d <{NEG.documentId}> ?id }} ORDER BY ?id")
    assert [r["id"].value for r in rows] == ["genf-2025", "ostburg"]


def test_store_persists_across_openings(store, tmp_path):
    path = store.path
    n = len(store)
    store.close()
    again = Store(path, read_only=True)
    assert len(again) == n
    assert again.documents() == ["genf-2025", "ostburg"]


def test_a_failing_update_changes_nothing(store):
    """A batch whose last document cannot be written leaves the whole store as it was."""
    dump = store.dump()
    good = extraction_to_graph(second_extraction("neu"))
    bad = extraction_to_graph(second_extraction("kaputt"))
    # a relative IRI passes rdflib but not oxigraph (no base IRI)
    bad.add((iri.doc_iri("kaputt"), NEG.about, URIRef("relative/iri")))
    from kg.store import StoreError

    with pytest.raises(StoreError, match="nothing was changed"):
        store.replace_documents({"neu": good, "kaputt": bad, "genf-2025": good})
    assert store.dump() == dump


def test_remove_documents(store):
    store.remove_documents(["ostburg"])
    assert store.documents() == ["genf-2025"]


def test_failed_build_leaves_the_store_unchanged(store, tmp_path):
    """Bad input stops `kg build` before the store is touched: same quads, same documents."""
    path = store.path
    dump = store.dump()
    store.close()  # release the lock for the subprocess
    good = tmp_path / "good.txt"
    good.write_text("Der Gipfel in Ostburg endete.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe kaputt")
    result = run_kg("build", good, bad, "--store", path)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [f"kg: {bad}: starts like UTF-16 but is not (byte 8)"]
    assert Store(path, read_only=True).dump() == dump


def test_shared_graphs_are_merged_not_replaced(store):
    """The Wikidata graph collects facts for many documents: a build adds to it."""
    from rdflib import Graph, Literal

    from kg.namespace import WIKIDATA_GRAPH

    wd = URIRef(WIKIDATA_GRAPH)
    first, second = Graph(), Graph()
    first.add((URIRef("http://www.wikidata.org/entity/Q1"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
               Literal("eins", lang="de")))
    second.add((URIRef("http://www.wikidata.org/entity/Q2"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
                Literal("zwei", lang="de")))
    store.replace_documents({"ostburg": extraction_to_graph(second_extraction())}, merge={wd: first})
    store.replace_documents({"genf-2025": extraction_to_graph(geneva_extraction())}, merge={wd: second})
    assert set(store.graph(wd)) == set(first) | set(second)
    assert store.documents() == ["genf-2025", "ostburg"]  # the Wikidata graph is not a document
