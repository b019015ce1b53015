"""The Python API (`import kg`): what a notebook user calls, against the real pipeline and store.

Texts are our own. Each test checks behaviour that follows from the input (ids, dates,
names in the text, equality with what the CLI writes), not fixed outputs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.document import Document
from kg.namespace import CORPUS_GRAPH, NEG
from tests.support.kgcli import ROOT, run_kg

MEETING = ("date 2026-04-14 Gespräche in Oslo\n"
           "Norwegens Außenministerin Ingrid Solberg hat am Montag in Oslo den dänischen "
           "Außenminister Lars Holm getroffen. Die beiden sprachen über Fischereirechte.\n")
PROPOSAL = ("Der schwedische Ministerpräsident Olof Berg legte am Mittwoch einen Plan für einen "
            "gemeinsamen Grenzfonds vor. Norwegen lehnte den Plan ab.")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    (folder / "oslo.de.txt").write_text(MEETING, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> kg.BuildReport:
    store = tmp_path_factory.mktemp("store") / "kg-store"
    return kg.build([corpus, Document(id="fonds", text=PROPOSAL, date=dt.date(2026, 4, 16))], store=store)


def test_public_names_are_importable_and_documented() -> None:
    for name in kg.__all__:
        value = getattr(kg, name)
        if name != "__version__":
            assert (value.__doc__ or "").strip(), f"kg.{name} has no docstring"
    assert sorted(kg.__all__) == sorted(n for n in dir(kg) if n in kg.__all__)


def test_import_kg_and_querying_do_not_import_spacy(built: kg.BuildReport) -> None:
    probe = ("import sys, kg\n"
             f"rows = kg.open_store({str(built.store)!r}).query('actors')\n"
             "assert len(rows) > 0\n"
             "heavy = [m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc', 'pyshacl')]\n"
             "print(','.join(sorted(heavy)))")
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""


def test_build_report_and_query(built: kg.BuildReport) -> None:
    assert built.documents == ["oslo", "fonds"]
    assert built.skipped == [] and built.failed == []
    with built.graph() as g:
        assert g.query("ASK { ?d a <https://w3id.org/kg-negotiation/ontology#Document> }")
        docs = g.query("documents").to_dataframe()
        assert sorted(docs["doc"]) == ["fonds", "oslo"]
        names = set(g.query("actors").to_dataframe()["name"])
        assert {"Ingrid Solberg", "Lars Holm", "Olof Berg"} <= names
        # the document graphs hold the built triples; the corpus consolidation is one more graph
        count = g.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                        f"FILTER(?g != <{CORPUS_GRAPH}>) }}").to_dataframe()
        assert count["n"][0] == built.triples and count["n"].dtype.kind == "i"
        assert g.query(f"ASK {{ GRAPH <{CORPUS_GRAPH}> {{ ?m <{NEG.mentionOf}> ?e }} }}")


def test_query_by_name_file_and_text_agree(built: kg.BuildReport) -> None:
    with kg.open_store(built.store) as g:  # type: ignore[arg-type]
        by_name = g.query("meetings")
        by_file = g.query(ROOT / "queries" / "meetings.rq")
        by_text = g.query((ROOT / "queries" / "meetings.rq").read_text(encoding="utf-8"))
        assert by_name.rows == by_file.rows == by_text.rows
        # a meeting without a named participant ("ein Folgetreffen in Ottawa") has one row without one
        names = {r["participantName"].toPython() for r in by_name if "participantName" in r}
        assert names >= {"Ingrid Solberg", "Lars Holm"}
        assert any("participantName" not in r and "meeting" in r for r in by_name)
        with pytest.raises(kg.InputError, match="no-such-query"):
            g.query("no-such-query")
        with pytest.raises(kg.QueryError, match="query"):
            g.query("SELECT WHERE {")


def test_to_networkx_is_the_co_participation_network(built: kg.BuildReport) -> None:
    with built.graph() as g:
        net = g.to_networkx(view="actors")
        labels = {data["label"]: node for node, data in net.nodes(data=True)}
        assert net.has_edge(labels["Ingrid Solberg"], labels["Lars Holm"])
        assert "Olof Berg" not in labels  # he met nobody
        full = g.to_networkx(view="full")
        assert full.is_directed() and full.number_of_nodes() > net.number_of_nodes()


def test_incremental_build_replaces_skips_and_keeps(built: kg.BuildReport, corpus: Path) -> None:
    store = built.store
    assert store is not None
    again = kg.build(corpus, store=store, skip_existing=True)
    assert again.documents == [] and again.skipped == ["oslo"] and again.model is None
    more = kg.build("Die Präsidentin Anna Lind sagte: „Wir verhandeln weiter.“", store=store)
    (new_id,) = more.documents
    with kg.open_store(store) as g:
        assert sorted(g.query("documents").to_dataframe()["doc"]) == sorted(["oslo", "fonds", new_id])
    assert kg.build("Die Präsidentin Anna Lind sagte: „Wir verhandeln weiter.“").documents == [new_id]


def test_bad_input_raises_before_writing_or_is_skipped(tmp_path: Path, corpus: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Ein Text."}\n{kaputt\n', encoding="utf-8")
    store = tmp_path / "s"
    with pytest.raises(kg.InputError, match=r"bad.jsonl:2: malformed JSON"):
        kg.build([corpus, bad], store=store)
    assert not store.exists()  # nothing read successfully was written either
    with pytest.raises(kg.InputError, match="no-such-folder: no such file"):
        kg.build("no-such-folder")  # a mistyped path is not taken for an article text
    report = kg.build([corpus, bad], store=store, on_error="skip")
    assert report.documents == ["oslo"]
    assert [(f.source, f.message.split(":")[1]) for f in report.failed] == [(str(bad), "2")]


def test_extract_returns_plain_records_resolved_against_the_date() -> None:
    date = dt.date(2026, 4, 16)  # a Thursday
    extraction = kg.extract(MEETING.split("\n", 1)[1], date=date.isoformat())
    assert isinstance(extraction, kg.Extraction)
    assert {a.name for a in extraction.actors} >= {"Ingrid Solberg", "Lars Holm", "Oslo"}
    (meeting,) = extraction.meetings
    assert meeting.time is not None and meeting.time.value is not None
    monday = dt.date.fromisoformat(meeting.time.value)
    assert monday.weekday() == 0 and 0 < (date - monday).days < 7
    assert dataclasses.asdict(extraction)["document"]["date"] == date
    import kg.extract as module  # the subpackage is the same object and still callable

    assert module is kg.extract and callable(module)


def test_export_matches_the_cli_byte_for_byte(built: kg.BuildReport, tmp_path: Path) -> None:
    assert built.store is not None
    report = kg.export(built.store, to="gexf", view="actors")
    assert report.data is not None and report.nodes >= 2 and report.edges >= 1
    cli = run_kg("export", "--to", "gexf", "--view", "actors", "--store", built.store, "--out", "-")
    assert cli.returncode == 0, cli.stderr
    assert cli.stdout.encode("utf-8") == report.data
    written = kg.export(built.store, to="csv", out=str(tmp_path) + "/")
    assert all(p.is_file() for p in written.paths) and len(written.paths) >= 2
    with pytest.raises(kg.KgError, match="csv writes several files"):
        kg.export(built.store, to="csv")


def test_validate_finds_what_is_missing(built: kg.BuildReport) -> None:
    with built.graph() as g:
        rdf = g.to_rdflib()
    assert kg.validate(rdf)
    from rdflib import URIRef

    name = URIRef("https://w3id.org/kg-negotiation/ontology#name")
    person = next(s for s, o in rdf.subject_objects(name) if str(o) == "Lars Holm")
    rdf.remove((person, name, None))
    report = kg.validate(rdf)
    assert not report and any(str(person).rsplit("/", 1)[-1] in v.focus for v in report.violations)


def test_link_offline_is_idempotent(tmp_path: Path) -> None:
    facts = tmp_path / "wikidata.nt"
    facts.write_text(
        '<http://www.wikidata.org/entity/Q20> <http://www.w3.org/2000/01/rdf-schema#label> "Norwegen"@de .\n'
        "<http://www.wikidata.org/entity/Q20> <http://www.wikidata.org/prop/direct/P31> "
        "<http://www.wikidata.org/entity/Q6256> .\n", encoding="utf-8")
    store = tmp_path / "s"
    kg.build(Document(id="fonds", text=PROPOSAL), store=store)
    options = kg.LinkOptions(wikidata_data=[facts], link_cache=tmp_path / "cache.sqlite")
    first = kg.link(store, options=options)
    second = kg.link(store, options=options)
    assert first.links == second.links == 1
    with kg.open_store(store) as g:
        rows = g.query("actors").to_dataframe()
    linked = rows[rows["wikidata"].notna()]
    assert list(zip(linked["name"], linked["wikidata"], strict=True)) == [
        ("Norwegen", "http://www.wikidata.org/entity/Q20")]
