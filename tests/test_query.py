"""`kg query` on a store, on files and on a real SPARQL endpoint; the contract queries."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from kg.consolidate import consolidated
from kg.iri import graph_iri
from kg.rdf.mapping import extraction_to_graph
from kg.rdf.serialize import write
from kg.store import Store
from tests.support.extractions import geneva_extraction, second_extraction
from tests.support.kgcli import LAUNCHER, ROOT, run_kg
from tests.support.oxigraph import OxigraphServer

CONTRACT = {
    "actors": ["doc", "entity", "name", "category", "wikidata"],
    "meetings": ["doc", "meeting", "participantName", "locationName", "date", "status", "sentence"],
    "proposals": ["doc", "proposal", "label", "proposerName", "sentence"],
    "responses": ["doc", "proposal", "actorName", "stance", "sentence"],
    "statements": ["doc", "statement", "speakerName", "quote", "sentence"],
}


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("data") / "graph.trig"
    extractions = (geneva_extraction(), second_extraction())
    graphs = {x.document.id: extraction_to_graph(x) for x in extractions}
    write({**{graph_iri(d): g for d, g in graphs.items()}, **consolidated(graphs)}, path)
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "store"
    with Store(path) as s:
        graphs = {x.document.id: extraction_to_graph(x) for x in (geneva_extraction(), second_extraction())}
        s.replace_documents(graphs, replace=consolidated(graphs, s))
    return path


def query_json(*args: object) -> dict:
    result = run_kg("query", *args, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def rows(answer: dict) -> list[dict[str, str]]:
    return [{k: v["value"] for k, v in b.items()} for b in answer["results"]["bindings"]]


# -- the contract -------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_queries_return_the_contract_columns(data, name):
    answer = query_json(ROOT / "queries" / f"{name}.rq", "--data", data)
    assert answer["head"]["vars"] == CONTRACT[name]
    assert answer["results"]["bindings"], name
    for r in rows(answer):
        assert r["doc"] in ("genf-2025", "ostburg")


def test_contract_values(data):
    actors = rows(query_json("queries/actors.rq", "--data", data))
    by_name = {r["name"]: r for r in actors}
    assert by_name["Erik Sandberg"]["category"] == "Person"
    assert by_name["Nordland"]["category"] == "Country"
    assert by_name["Genf"]["category"] == "Place"
    assert by_name["Nordland"]["wikidata"] == "http://www.wikidata.org/entity/Q111111"
    assert "wikidata" not in by_name["Südmark"]
    assert len(actors) == len({r["entity"] for r in actors}) == 7

    meetings = rows(query_json("queries/meetings.rq", "--data", data))
    genf = [r for r in meetings if r["meeting"].endswith("/meeting/m-genf")]
    assert {r["participantName"] for r in genf} == {"Erik Sandberg", "Lena Vogt"}
    assert {(r["locationName"], r["date"], r["status"]) for r in genf} == {("Genf", "2025-03-04", "held")}
    assert genf[0]["sentence"].startswith("Der Außenminister von Nordland")
    planned = [r for r in meetings if r["meeting"].endswith("/meeting/m-maerz")]
    assert len(planned) == 1 and planned[0]["status"] == "planned"
    assert "participantName" not in planned[0] and "date" not in planned[0]  # month precision: no xsd:date

    (proposal,) = rows(query_json("queries/proposals.rq", "--data", data))
    assert proposal["proposerName"] == "Südmark" and "Zehn-Punkte-Plan" in proposal["sentence"]
    (response,) = rows(query_json("queries/responses.rq", "--data", data))
    assert (response["actorName"], response["stance"]) == ("Nordland", "reject")
    assert response["proposal"] == proposal["proposal"]
    (statement,) = rows(query_json("queries/statements.rq", "--data", data))
    assert statement["speakerName"] == "Erik Sandberg"
    assert statement["quote"] == "Wir sind einer Einigung näher gekommen"


def test_meeting_date_is_typed_xsd_date(data):
    answer = query_json("queries/meetings.rq", "--data", data)
    dates = [b["date"] for b in answer["results"]["bindings"] if "date" in b]
    assert dates and all(d["datatype"] == "http://www.w3.org/2001/XMLSchema#date" for d in dates)


@pytest.mark.parametrize("path", sorted((ROOT / "queries").glob("*.rq")), ids=lambda p: p.name)
def test_every_canned_query_runs_and_says_what_it_answers(data, path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), f"{path.name} must start with a comment saying what it answers"
    answer = query_json(path, "--data", data)
    assert answer["results"]["bindings"], f"{path.name} found nothing in the test graph"


def test_said_by_actor_has_a_marked_placeholder(data):
    text = (ROOT / "queries" / "said-by-actor.rq").read_text(encoding="utf-8")
    assert "EDIT HERE" in text and "VALUES ?wanted" in text
    edited = text.replace('"Erik Sandberg"', '"nordland"')
    (row,) = rows(query_json(edited, "--data", data))
    assert row["kind"] == "response" and row["what"].startswith("reject")


def test_who_met_whom_counts_shared_meetings(data):
    (pair,) = rows(query_json("who-met-whom", "--data", data))
    assert {pair["actorA"], pair["actorB"]} == {"Erik Sandberg", "Lena Vogt"}
    assert pair["meetings"] == "1"


# -- sources ------------------------------------------------------------------------

def test_store_file_and_endpoint_give_the_same_rows(data, store):
    from_file = query_json("actors", "--data", data)
    from_store = query_json("actors", "--store", store)
    with OxigraphServer(files=[data]) as server:
        from_endpoint = query_json("actors", "--endpoint", server.query_url)
        ask = run_kg("query", "ASK { ?a a <https://w3id.org/kg-negotiation/ontology#Meeting> }",
                     "--endpoint", server.query_url)
        as_csv = run_kg("query", "queries/actors.rq", "--endpoint", server.query_url, "--format", "csv")
        persons = ("CONSTRUCT { ?a ?p ?o } "
                   "WHERE { ?a a <https://w3id.org/kg-negotiation/ontology#Person> ; ?p ?o }")
        graph = run_kg("query", persons, "--endpoint", server.query_url, "--format", "ntriples")
    assert from_file == from_store == from_endpoint
    assert ask.returncode == 0 and ask.stdout.strip() == "true"
    assert as_csv.returncode == 0 and as_csv.stdout.startswith("doc,entity,name,category,wikidata")
    assert graph.returncode == 0, graph.stderr
    assert len(Graph().parse(data=graph.stdout, format="nt")) > 10


def test_unreachable_endpoint_is_one_line(tmp_path):
    from tests.support.oxigraph import free_port

    result = run_kg("query", "actors", "--endpoint", f"http://127.0.0.1:{free_port()}/query")
    assert result.returncode == 4
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: http://127.0.0.1:") and "cannot reach" in lines[0]


# -- output formats -------------------------------------------------------------------

def test_table_csv_json(store):
    table = run_kg("query", "queries/meetings.rq", "--store", store)
    assert table.returncode == 0
    assert "participantName" in table.stdout and "Erik Sandberg" in table.stdout
    assert "kgid:doc/genf-2025/meeting/m-genf" in table.stdout  # IRIs shortened for reading
    assert "4 row(s)" in table.stderr

    out = run_kg("query", "queries/meetings.rq", "--store", store, "--format", "csv")
    assert out.returncode == 0
    table_rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(table_rows) == 4 and table_rows[0]["status"] in ("held", "planned")

    answer = query_json("meetings", "--store", store)
    assert set(answer) == {"head", "results"} and len(answer["results"]["bindings"]) == 4
    b = answer["results"]["bindings"][0]
    assert b["meeting"]["type"] == "uri" and b["status"]["type"] == "literal"
    assert answer["results"]["bindings"][0]["sentence"]["xml:lang"] == "de"


def test_ask_and_construct(data):
    ask = run_kg("query", "ASK { ?s ?p ?o }", "--data", data, "--format", "json")
    assert json.loads(ask.stdout) == {"head": {}, "boolean": True}
    describe = "DESCRIBE <https://w3id.org/kg-negotiation/id/doc/ostburg/actor/ada-kern>"
    ttl = run_kg("query", describe, "--data", data)
    assert ttl.returncode == 0
    g = Graph().parse(data=ttl.stdout, format="turtle")
    assert any("Ada Kern" in str(o) for o in g.objects())
    wrong = run_kg("query", "ASK { ?s ?p ?o }", "--data", data, "--format", "turtle")
    assert wrong.returncode != 0 and "CONSTRUCT/DESCRIBE" in wrong.stderr


# -- errors ---------------------------------------------------------------------------

def test_query_syntax_error_names_the_file(tmp_path, data):
    bad = tmp_path / "broken.rq"
    bad.write_text("SELECT ?x WHERE { ?x ?y }", encoding="utf-8")
    result = run_kg("query", bad, "--data", data)
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: {bad}: syntax error")


def test_missing_inputs(tmp_path, data):
    assert run_kg("query", tmp_path / "none.rq", "--data", data).returncode == 2
    r = run_kg("query", "actors", "--data", tmp_path / "none.trig")
    assert r.returncode == 2 and "none.trig: no such file" in r.stderr
    r = run_kg("query", "actors", "--store", tmp_path / "nostore")
    assert r.returncode == 2 and "no such store" in r.stderr
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    r = run_kg("query", "actors", "--data", broken)
    assert r.returncode == 2 and "broken.ttl: not valid" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    r = run_kg("query", "actors")
    assert r.returncode != 0 and "--store DIR, --data FILE... or --endpoint URL" in r.stderr


# -- start-up -------------------------------------------------------------------------

def test_kg_query_does_not_import_spacy(data):
    probe = LAUNCHER.replace("sys.exit(cli.main(sys.argv[1:]))", """
rc = cli.main(sys.argv[1:])
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("spacy", "thinc", "torch", "pyshacl"))
print("HEAVY:" + ",".join(heavy), file=sys.stderr)
sys.exit(rc)
""")
    args = ["query", "actors", "--data", str(data), "--format", "csv"]
    result = subprocess.run([sys.executable, "-c", probe, *args], cwd=ROOT, capture_output=True, text=True,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert "HEAVY:\n" in result.stderr, result.stderr
