"""One knowledge graph for a corpus: corpus nodes across documents, builds, replacements, removals.

Real pyoxigraph stores and the real `kg query`/`kg remove` commands; the documents are our
own short articles (tests/support/corpus_docs.py), recorded as a perfect extractor would.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pytest

from kg.consolidate import CORPUS, consolidated
from kg.rdf.mapping import extraction_to_graph
from kg.store import Store
from kg.validate import validate_graph
from tests.support.corpus_docs import DOCS, extraction
from tests.support.kgcli import ROOT, run_kg

ALL = sorted(DOCS)
MACRON_QID = "Q3052772"


def build(path: Path, runs: Iterable[Iterable[str]], links: dict[str, dict[str, str]] | None = None,
          texts: dict[str, str] | None = None) -> Path:
    """Build the documents into a store in separate runs, as `kg build --store` does."""
    for run in runs:
        graphs = {d: extraction_to_graph(extraction(d, (links or {}).get(d), (texts or {}).get(d)))
                  for d in run}
        with Store(path) as s:
            s.replace_documents(graphs, replace=consolidated(graphs, s))
    return path


def query(store: Path, name_or_text: str) -> list[dict[str, str]]:
    result = run_kg("query", name_or_text, "--store", store, "--format", "json")
    assert result.returncode == 0, result.stderr
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(result.stdout)["results"]["bindings"]]


def entity(rows: list[dict[str, str]], doc: str, name: str) -> str:
    (hit,) = {r["entity"] for r in rows if r["doc"] == doc and r["name"] == name}
    return hit


def corpus_triples(store: Path) -> set:
    with Store(store, read_only=True) as s:
        return set(s.graph(CORPUS))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("corpus") / "store", [ALL])


def test_one_node_per_actor_however_written(store):
    actors = query(store, "actors")
    macron = {entity(actors, "a", "Emmanuel Macron"), entity(actors, "b", "Macron"),
              entity(actors, "c", "Präsident Macron"), entity(actors, "d", "Macrons")}
    assert len(macron) == 1
    assert {entity(actors, d, "Olaf Scholz") for d in "abc"} == {entity(actors, "a", "Olaf Scholz")}
    assert entity(actors, "a", "Nato") == entity(actors, "b", "NATO")
    assert entity(actors, "d", "Europäische Union") == entity(actors, "e", "EU")
    name = "<https://w3id.org/kg-negotiation/ontology#name>"
    (row,) = query(store, f"SELECT ?n WHERE {{ <{macron.pop()}> {name} ?n }}")
    assert row["n"] == "Emmanuel Macron"


def test_namesakes_stay_apart(store):
    actors = query(store, "actors")
    olaf, anna = entity(actors, "a", "Olaf Scholz"), entity(actors, "e", "Anna Scholz")
    assert olaf != anna
    bare = entity(actors, "f", "Scholz")  # two people called Scholz in the corpus: left alone
    assert bare not in (olaf, anna)
    assert entity(actors, "g", "Scholz") == anna  # the document itself names Anna Scholz
    # a first name alone in two unrelated articles: two people
    assert entity(actors, "h", "Sebastian") != entity(actors, "i", "Sebastian")


def test_separate_builds_give_the_same_corpus_graph(store, tmp_path):
    separate = build(tmp_path / "separate", [["c", "a"], ["g", "i"], ["b", "f"], ["e", "d", "h"]])
    assert corpus_triples(separate) == corpus_triples(store)
    assert query(separate, "actors") == query(store, "actors")


def test_the_store_conforms_and_has_no_orphans(store):
    with Store(store, read_only=True) as s:
        conforms, violations = validate_graph(s.graph())
    assert conforms, violations[:3]
    orphans = query(store, """PREFIX neg: <https://w3id.org/kg-negotiation/ontology#>
        SELECT ?e WHERE { ?e a neg:CorpusActor FILTER NOT EXISTS { ?m neg:mentionOf ?e } }""")
    assert orphans == []


def test_replaced_document_leaves_no_stale_name(tmp_path):
    path = build(tmp_path / "s", [ALL])
    # "a" rewritten without the full name: nobody in the corpus is called "Emmanuel Macron" now
    build(path, [["a"]], texts={"a": "Olaf Scholz traf am Montag in Berlin Vertreter der Nato."})
    names = {r["name"] for r in query(path, "actors-by-documents")}
    assert "Emmanuel Macron" not in names
    actors = query(path, "actors")
    macron = {entity(actors, "b", "Macron"), entity(actors, "c", "Präsident Macron"),
              entity(actors, "d", "Macrons")}
    assert len(macron) == 1
    (row,) = [r for r in query(path, "actors-by-documents") if r["name"] == "Macron"]
    assert row["documents"] == "3"


def test_kg_remove_recomputes_the_corpus(tmp_path):
    path = build(tmp_path / "s", [ALL])
    before = corpus_triples(path)
    bad = run_kg("remove", "nope", "--store", path)
    assert bad.returncode != 0 and "nope" in bad.stderr and bad.stderr.count("\n") == 1
    assert corpus_triples(path) == before  # nothing changed
    done = run_kg("remove", "e", "g", "--store", path)
    assert done.returncode == 0, done.stderr
    with Store(path, read_only=True) as s:
        assert s.documents() == ["a", "b", "c", "d", "f", "h", "i"]
    actors = query(path, "actors")
    # Anna Scholz is gone, so the bare "Scholz" of "f" is now Olaf Scholz; no orphans left
    assert entity(actors, "f", "Scholz") == entity(actors, "a", "Olaf Scholz")
    assert not [r for r in query(path, "actors-by-documents") if r["name"] == "Anna Scholz"]
    fresh = build(tmp_path / "fresh", [["a", "b", "c", "d", "f", "h", "i"]])
    assert corpus_triples(path) == corpus_triples(fresh)


def test_a_link_in_one_document_applies_to_the_corpus_node(tmp_path):
    unlinked = query(build(tmp_path / "u", [ALL]), "actors")
    assert entity(unlinked, "b", "Macron").endswith("/entity/person/emmanuel-macron")
    linked = query(build(tmp_path / "l", [[d] for d in ALL], links={"c": {"macron": MACRON_QID}}), "actors")
    rows = [r for r in linked if r["doc"] in "abcd" and "Macron" in r["name"]]
    assert len(rows) == 4
    assert {r["entity"] for r in rows} == {f"https://w3id.org/kg-negotiation/id/entity/wd/{MACRON_QID}"}
    assert {r.get("wikidata") for r in rows} == {f"http://www.wikidata.org/entity/{MACRON_QID}"}


def test_one_meeting_reported_twice(store):
    both = {"Emmanuel Macron", "Olaf Scholz"}
    (pair,) = [r for r in query(store, "who-met-whom") if {r["actorA"], r["actorB"]} == both]
    assert (pair["meetings"], pair["documents"]) == ("2", "3")
    edges = query(store, "co-participation")
    assert [(e["meetings"], e["weight"]) for e in edges
            if {e["sourceName"], e["targetName"]} == both] == [("2", "2")]


def test_named_proposal_gathers_responses_from_all_articles(store):
    text = (ROOT / "queries" / "responses-to-proposal.rq").read_text(encoding="utf-8")
    rows = query(store, text.replace('"Zehn-Punkte-Plan"', '"Pariser Klimaabkommen"'))
    stances = {(r["doc"], r["respondent"], r["stance"]) for r in rows}
    assert stances == {("a", "NATO", "accept"), ("b", "NATO", "reject")}
    assert len({r["proposal"] for r in rows}) == 1


def test_actor_timeline_and_documents(store):
    text = (ROOT / "queries" / "actor-timeline.rq").read_text(encoding="utf-8")
    rows = query(store, text.replace('"Erik Sandberg"', '"macron"'))
    dated = [(r["date"], r["doc"]) for r in rows]
    assert dated == [("2026-05-18", "a"), ("2026-05-18", "b"), ("2026-06-02", "c")]
    top = query(store, "actors-by-documents")[0]
    assert (top["name"], top["documents"]) == ("Emmanuel Macron", "4")
    assert {"Macron", "Macrons", "Emmanuel Macron"} <= set(top["aliases"].split(" | "))


def test_out_file_carries_the_consolidation(tmp_path):
    from kg.iri import graph_iri
    from kg.rdf.serialize import write

    graphs = {d: extraction_to_graph(extraction(d)) for d in ALL}
    path = tmp_path / "corpus.trig"
    write({**{graph_iri(d): g for d, g in graphs.items()}, **consolidated(graphs)}, path)
    result = run_kg("query", "actors", "--data", path, "--format", "json")
    rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(result.stdout)["results"]["bindings"]]
    assert entity(rows, "b", "Macron") == entity(rows, "a", "Emmanuel Macron")


ARTICLES = {
    "r1.txt": ("date 2026-04-14 Macron in Berlin\nDer französische Präsident Emmanuel Macron ist am "
               "Dienstag in Berlin mit Bundeskanzler Friedrich Merz zusammengetroffen. Macron sagte nach "
               "dem Treffen, Europa müsse enger zusammenarbeiten. Die Nato begrüßte die Gespräche.\n"),
    "r2.txt": ("date 2026-04-16 Kritik an Paris\nPräsident Macron hat seinen Vorschlag für eine "
               "gemeinsame Verteidigung verteidigt. Macrons Berater erklärten, der Plan werde im Mai "
               "vorgestellt. Die NATO äußerte sich zunächst nicht.\n"),
}


def test_real_pipeline_in_separate_builds(tmp_path):
    """The real extractor, two `kg build` runs: "Präsident Macron" of the second article is the
    "Emmanuel Macron" of the first, and "NATO" the "Nato"."""
    store = tmp_path / "store"
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        result = run_kg("build", tmp_path / name, "--store", store)
        assert result.returncode == 0, result.stderr
    actors = query(store, "actors")
    assert entity(actors, "r2", "Macron") == entity(actors, "r1", "Emmanuel Macron")
    assert entity(actors, "r2", "NATO") == entity(actors, "r1", "Nato")
    assert len({r["entity"] for r in actors if r["category"] == "Person"}) == 2  # Macron, Merz


def test_python_api_consolidates_like_the_commands(tmp_path):
    """`kg.build` (in memory and into a store, in separate calls) and `kg.remove` write the
    corpus graph themselves: the commands are thin, so a notebook gets the same corpus."""
    import kg

    paths = []
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    with kg.build(paths).graph() as g:  # in memory
        actors = [{k: str(v) for k, v in row.items()} for row in g.query("actors")]
    assert entity(actors, "r2", "Macron") == entity(actors, "r1", "Emmanuel Macron")
    store, once, first = tmp_path / "store", tmp_path / "once", tmp_path / "first"
    for p in paths:
        kg.build(p, store=store)
    kg.build(paths, store=once)
    assert corpus_triples(store) == corpus_triples(once) and corpus_triples(store)
    with pytest.raises(kg.KgError, match="'r9'"):
        kg.remove(store, ["r2", "r9"])
    assert corpus_triples(store) == corpus_triples(once)  # nothing removed
    assert kg.remove(store, "r2") == ["r1"]
    kg.build(paths[0], store=first)
    assert corpus_triples(store) == corpus_triples(first)  # "Macron" of r2 is gone with it


def test_exports_show_corpus_nodes_with_their_documents(store):
    from kg.export.projection import project

    with Store(store, read_only=True) as s:
        p = project(s.graph())
    macron = p.nodes["https://w3id.org/kg-negotiation/id/entity/person/emmanuel-macron"]
    assert (macron.label, macron.documents) == ("Emmanuel Macron", ["a", "b", "c", "d"])
    assert len(macron.members) == 4  # the four mentions, kept for provenance
    meetings = [n for n in p.nodes.values() if n.type == "meeting"]
    assert sorted(n.documents for n in meetings) == [["a", "b"], ["c"]]


def test_only_namespace_py_spells_ontology_iris():
    from kg.namespace import ONTOLOGY_IRI

    spelled = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kg").rglob("*.py")
                     if ONTOLOGY_IRI in p.read_text(encoding="utf-8"))
    assert spelled == ["kg/namespace.py"]


def test_name_without_first_name_and_titles_join_the_full_name():
    from kg import identity
    from kg.consolidate import _in_memory
    from kg.document import Document
    from kg.records import Actor, Extraction
    from tests.support.extractions import ev

    def doc(doc_id: str, *names: str) -> Extraction:
        text = " und ".join(names) + " trafen sich in Ankara."
        x = Extraction(document=Document(id=doc_id, text=text, lang="de"))
        for i, n in enumerate([*names, "Ankara"]):
            x.actors.append(Actor(key=f"a{i}", name=n, category="Place" if n == "Ankara" else "Person",
                                  evidence=[ev(text, n)]))
        return x

    docs = {"x": doc("x", "Recep Tayyip Erdoğan"), "y": doc("y", "Tayyip Erdoğan"),
            "z": doc("z", "Staatschef Erdoğan", "Außenminister Mevlüt Çavuşoğlu")}
    corpus = identity.Corpus()
    corpus.read(_in_memory({d: extraction_to_graph(x) for d, x in docs.items()}), set())
    corpus.resolve()
    person = {m.name: m.identity for m in corpus.actors.values() if m.category == "Person"}
    assert person["Tayyip Erdoğan"] == person["Staatschef Erdoğan"] == person["Recep Tayyip Erdoğan"]
    assert person["Außenminister Mevlüt Çavuşoğlu"] == "name:Person:" + identity.name_key("Mevlüt Çavuşoğlu")
