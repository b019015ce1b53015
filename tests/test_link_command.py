"""`kg link` on a built graph: TriG files and a persistent store, offline against the subset.

The graph is produced by the real mapping (`kg.rdf.mapping.extraction_to_graph`) from
hand-built records, so the command reads exactly what `kg build` writes, and the check goes
through `queries/actors.rq`, the query score.py reads `?wikidata` from.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest
from rdflib import OWL, Dataset, Literal, URIRef

from kg.commands import link as link_command
from kg.document import Document
from kg.iri import actor_iri, graph_iri
from kg.namespace import NEG, WIKIDATA_GRAPH
from kg.records import Actor, Extraction, Mention

ROOT = Path(__file__).resolve().parents[1]
SUBSET = ROOT.parent / "shared" / "data" / "wikidata-subset" / "entities.nt"
WD = "http://www.wikidata.org/entity/"
pytestmark = pytest.mark.skipif(not SUBSET.exists(), reason="../shared/data/wikidata-subset is missing")


def extraction(doc_id: str) -> Extraction:
    text = "Kremlchef Wladimir Putin reiste nach Genf. Russland und Erik Sandberg aus Nordland."

    def m(s: str) -> Mention:
        i = text.index(s)
        return Mention(s, i, i + len(s))

    return Extraction(
        document=Document(id=doc_id, text=text, date=dt.date(2025, 12, 4)),
        actors=[
            Actor("putin", "Wladimir Putin", "Person", mentions=[m("Kremlchef Wladimir Putin")],
                  roles=["Kremlchef"], affiliations=["russland"]),
            Actor("russland", "Russland", "Country", mentions=[m("Russland")]),
            Actor("genf", "Genf", "Place", kind="city", mentions=[m("Genf")]),
            Actor("sandberg", "Erik Sandberg", "Person", mentions=[m("Erik Sandberg")]),
        ],
        model="test",
    )


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    link_command.add_arguments(parser)
    return parser.parse_args(list(argv))


def graphs_of(*doc_ids: str) -> dict:
    from kg.rdf.mapping import extraction_to_graph

    return {doc_id: extraction_to_graph(extraction(doc_id)) for doc_id in doc_ids}


def actors_rows(path_args: dict) -> dict[tuple[str, str], str | None]:
    from kg.sparql import open_source

    query = (ROOT / "queries" / "actors.rq").read_text(encoding="utf-8")
    with open_source(**path_args) as source:
        rows = source.select(query)
    return {(r["doc"], r["name"]): r.get("wikidata") for r in rows}


def test_link_trig_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.rdf.serialize import serialize

    src = tmp_path / "graph.trig"
    src.write_bytes(serialize({graph_iri(d): g for d, g in graphs_of("a1", "a2").items()}, "trig"))
    out = tmp_path / "linked.trig"
    assert link_command.run(parse("--data", str(src), "--out", str(out),
                                  "--wikidata-data", str(SUBSET))) == 0
    printed = capsys.readouterr().out
    assert "linked 6, NIL 2, errors 0" in printed
    assert "Erik Sandberg" in printed.split("NIL entities:")[1]

    rows = actors_rows({"data": [out]})
    assert rows[("a1", "Wladimir Putin")] == WD + "Q7747"
    assert rows[("a2", "Genf")] == WD + "Q71"
    assert rows[("a1", "Erik Sandberg")] is None

    ds = Dataset()
    ds.parse(out, format="trig")
    g = ds.graph(graph_iri("a1"))
    putin = actor_iri("a1", "putin")
    assert (putin, OWL.sameAs, URIRef(WD + "Q7747")) in g  # in the document's own graph
    assert (putin, URIRef("https://schema.org/sameAs"), URIRef(WD + "Q7747")) in g
    assert float(g.value(putin, NEG.linkScore)) >= 0.5
    assert str(g.value(putin, NEG.linkMethod)).startswith("label-exact+type")


def test_link_store_in_place_is_idempotent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.store import Store

    store_dir = tmp_path / "store"
    store = Store(store_dir)
    store.replace_documents(graphs_of("s1"))
    before = len(store)
    del store
    args = ("--store", str(store_dir), "--wikidata-data", str(SUBSET), "--enrich")
    assert link_command.run(parse(*args)) == 0
    assert link_command.run(parse(*args)) == 0  # again: same links, no duplicates
    capsys.readouterr()

    store = Store(store_dir, read_only=True)
    g = store.document_graph("s1")
    putin = actor_iri("s1", "putin")
    assert len(list(g.objects(putin, NEG.linkScore))) == 1
    assert len(list(g.objects(putin, OWL.sameAs))) == 1
    links = 3 * 4  # three linked actors: owl:sameAs, schema:sameAs, score, method
    assert len(g) == before + links
    wikidata = store.graph(URIRef(WIKIDATA_GRAPH))
    p27 = URIRef("http://www.wikidata.org/prop/direct/P27")
    assert (URIRef(WD + "Q7747"), p27, URIRef(WD + "Q159")) in wikidata
    assert (URIRef(WD + "Q71"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
            Literal("Genf", lang="de")) in wikidata


def test_link_needs_a_graph(tmp_path: Path) -> None:
    from kg.errors import KgError

    with pytest.raises(KgError):
        link_command.run(parse("--wikidata-data", str(SUBSET)))
    with pytest.raises(KgError):
        link_command.run(parse("--data", str(tmp_path / "x.trig"), "--wikidata-data", str(SUBSET)))


def test_link_store_moves_mentions_to_the_wikidata_corpus_node(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Built without links, linked later: every document's Putin is one corpus node keyed by
    his QID, and the enrichment facts are reached once through it."""
    from kg.consolidate import consolidated
    from kg.store import Store
    from tests.support.kgcli import run_kg

    store_dir = tmp_path / "store"
    with Store(store_dir) as store:
        graphs = graphs_of("s1", "s2")
        store.replace_documents(graphs, replace=consolidated(graphs, store))
    before = {e for (doc, name), e in _entities(store_dir).items() if name == "Wladimir Putin"}
    assert before == {"https://w3id.org/kg-negotiation/id/entity/person/wladimir-putin"}
    assert link_command.run(parse("--store", str(store_dir), "--wikidata-data", str(SUBSET), "--enrich")) == 0
    capsys.readouterr()
    after = _entities(store_dir)
    assert {after[(d, "Wladimir Putin")] for d in ("s1", "s2")} == {
        "https://w3id.org/kg-negotiation/id/entity/wd/Q7747"}
    facts = run_kg("query", "PREFIX neg: <https://w3id.org/kg-negotiation/ontology#> "
                   "SELECT ?e ?c WHERE { ?e a neg:CorpusActor ; <http://www.w3.org/2002/07/owl#sameAs>/"
                   "<http://www.wikidata.org/prop/direct/P27> ?c }", "--store", store_dir, "--format", "csv")
    assert facts.returncode == 0, facts.stderr
    assert facts.stdout.splitlines()[1:] == [
        "https://w3id.org/kg-negotiation/id/entity/wd/Q7747,http://www.wikidata.org/entity/Q159"]


def _entities(store_dir: Path) -> dict[tuple[str, str], str]:
    from kg.sparql import open_source

    query = (ROOT / "queries" / "actors.rq").read_text(encoding="utf-8")
    with open_source(store=store_dir) as source:
        return {(r["doc"], r["name"]): r["entity"] for r in source.select(query)}
