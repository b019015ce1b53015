"""`kg serve` as a client sees it: a real server process on loopback, real HTTP.

Covers the SPARQL 1.1 Protocol (GET, POST form, POST body; every result and graph format),
the guards (SERVICE, body and result size, time limit, updates and their token), errors as
status codes with one line of text, the explorer page and the refresh on store changes.
"""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph

from kg.rdf.mapping import extraction_to_graph
from kg.store import Store
from tests.support.extractions import geneva_extraction, second_extraction
from tests.support.kgserve import KgServer

EXPENSIVE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
PAIR = {"Erik Sandberg", "Lena Vogt"}
TOKEN = "s3cret-token-for-tests-only"


def make_store(path: Path, *extractions) -> Path:
    from kg.consolidate import consolidated

    graphs = {x.document.id: extraction_to_graph(x) for x in extractions}
    with Store(path) as s:
        s.replace_documents(graphs, replace=consolidated(graphs, s))  # as kg build writes them
    return path


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KgServer]:
    store = make_store(tmp_path_factory.mktemp("serve") / "store", geneva_extraction(), second_extraction())
    with KgServer(store, "--timeout", "2", "--max-result-bytes", "20000", "--max-body-bytes", "4096") as srv:
        yield srv


def who_met_whom(srv: KgServer, fmt: str) -> set[str]:
    """The names in the ready-made who-met-whom query, read from the format's own syntax."""
    r = srv.client.get(srv.url("/queries/who-met-whom"), params={"format": fmt})
    assert r.status_code == 200, r.text
    if fmt == "json":
        rows = [{k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]]
    elif fmt == "xml":
        ns = "{http://www.w3.org/2005/sparql-results#}"
        rows = [{b.get("name"): "".join(b.itertext()) for b in res.iter(ns + "binding")}
                for res in ET.fromstring(r.content).iter(ns + "result")]
    else:
        rows = list(csv.DictReader(io.StringIO(r.text), delimiter="," if fmt == "csv" else "\t"))
        rows = [{k.lstrip("?"): v.strip('"') for k, v in row.items()} for row in rows]
    return {row[k] for row in rows for k in ("actorA", "actorB")}


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_result_formats_carry_the_same_rows(server: KgServer, fmt: str) -> None:
    assert who_met_whom(server, fmt) == PAIR


@pytest.mark.parametrize("accept,rdflib_format", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml")])
def test_graph_formats_by_accept_header(server: KgServer, accept: str, rdflib_format: str) -> None:
    query = "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 15"
    r = server.client.get(server.url("/sparql"), params={"query": query}, headers={"accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith(accept)
    assert len(Graph().parse(data=r.content, format=rdflib_format)) == 15


def test_get_post_form_and_post_body_agree(server: KgServer) -> None:
    query = "SELECT ?name { ?a <http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name"
    c = server.client
    answers = [
        c.get(server.url("/sparql"), params={"query": query}),
        c.post(server.url("/sparql"), data={"query": query}),
        c.post(server.url("/sparql"), content=query.encode(),
               headers={"content-type": "application/sparql-query"}),
    ]
    assert all(a.status_code == 200 for a in answers)
    assert answers[0].json()["results"]["bindings"]
    assert answers[0].json() == answers[1].json() == answers[2].json()


def test_accept_preferences_and_406(server: KgServer) -> None:
    c, url = server.client, server.url("/sparql")
    ask = {"query": "ASK {}"}
    r = c.get(url, params=ask, headers={"accept": "text/csv;q=0.5, application/sparql-results+xml"})
    assert r.headers["content-type"].startswith("application/sparql-results+xml")
    r = c.get(url, params=ask, headers={"accept": "image/png"})
    assert r.status_code == 406 and "image/png" in r.text
    r = c.get(url, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"accept": "text/csv"})
    assert r.status_code == 406


@pytest.mark.parametrize("request_args,status,words", [
    ({"method": "GET", "url": "/sparql", "params": {"query": "SELEC * {"}}, 400, "syntax error"),
    ({"method": "GET", "url": "/sparql"}, 400, "query"),
    ({"method": "GET", "url": "/sparql", "params": {"query": "ASK {}", "format": "pdf"}}, 400, "format"),
    ({"method": "POST", "url": "/sparql", "content": b"ASK {}", "headers": {"content-type": "text/plain"}},
     415, "sparql-query"),
    ({"method": "POST", "url": "/sparql", "content": b"ASK {} #" + b"x" * 5000,
      "headers": {"content-type": "application/sparql-query"}}, 413, "4096"),
    ({"method": "POST", "url": "/sparql", "content": b"ASK {\xff}",
      "headers": {"content-type": "application/sparql-query"}}, 400, "UTF-8"),
    ({"method": "GET", "url": "/queries/../../etc/passwd"}, 404, ""),
    ({"method": "GET", "url": "/queries/no-such-query"}, 404, "no-such-query"),
    ({"method": "DELETE", "url": "/sparql"}, 405, ""),
    ({"method": "GET", "url": "/sparql", "params": {"update": "CLEAR ALL"}}, 405, "POST"),
    ({"method": "POST", "url": "/sparql", "data": {"update": "CLEAR ALL"}}, 403, "disabled"),
])
def test_errors_are_status_codes_with_one_line(server: KgServer, request_args: dict, status: int,
                                               words: str) -> None:
    args = dict(request_args)
    r = server.client.request(args.pop("method"), server.url(args.pop("url")), **args)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("text/plain")
    assert words in r.text and len(r.text.strip().splitlines()) == 1 and "Traceback" not in r.text


class Listener:
    """A loopback socket that counts the connections made to it (SERVICE must make none)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.connections = 0
        self.stop = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while not self.stop:
            try:
                conn, _ = self.sock.accept()
                self.connections += 1
                conn.close()
            except TimeoutError:
                continue

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"


@pytest.mark.parametrize("template", [
    "SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * {{ service silent <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX e: <{url}#> SELECT * {{ SERVICE e:x {{ ?s ?p ?o }} }}",
])
def test_service_is_refused_and_nothing_is_sent(server: KgServer, template: str) -> None:
    listener = Listener()
    try:
        r = server.client.get(server.url("/sparql"), params={"query": template.format(url=listener.url)})
        time.sleep(0.3)
        assert r.status_code == 403 and "SERVICE" in r.text
        assert listener.connections == 0
    finally:
        listener.stop = True


def test_time_limit_stops_the_query_and_the_server_goes_on(server: KgServer) -> None:
    started = time.monotonic()
    r = server.client.get(server.url("/sparql"), params={"query": EXPENSIVE})
    took = time.monotonic() - started
    assert r.status_code == 503 and "time limit" in r.text
    assert took < 5
    health = server.client.get(server.url("/health")).json()
    assert health["status"] == "ok" and health["workers"] == 2
    assert server.client.get(server.url("/sparql"), params={"query": "ASK {}"}).json()["boolean"] is True


def test_result_size_limit(server: KgServer) -> None:
    r = server.client.get(server.url("/sparql"), params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert r.status_code == 422 and "20000 bytes" in r.text
    small = server.client.get(server.url("/sparql"), params={"query": "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 3"})
    assert small.status_code == 200


def test_pages(server: KgServer) -> None:
    explorer = server.client.get(server.url("/explorer"))
    assert explorer.status_code == 200 and "Content-Security-Policy" in explorer.headers
    assert "Lena Vogt" in explorer.text and explorer.headers["x-content-type-options"] == "nosniff"
    listing = server.client.get(server.url("/queries")).json()
    assert listing["who-met-whom"] == "/queries/who-met-whom"
    assert "who-met-whom" in server.client.get(server.url("/")).text


def test_store_changes_are_picked_up(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store", geneva_extraction())
    with KgServer(store) as srv:
        assert "Ada Kern" not in srv.client.get(srv.url("/explorer")).text
        with Store(store) as s:  # a writer (kg build) while the server runs
            s.replace_documents({"ostburg": extraction_to_graph(second_extraction())})
        deadline = time.monotonic() + 15
        while "Ada Kern" not in srv.client.get(srv.url("/explorer")).text:
            assert time.monotonic() < deadline, "the explorer was not refreshed"
            time.sleep(0.5)


def test_updates_need_the_token(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store", geneva_extraction())
    insert = 'INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:p> "eingefügt" } }'
    ask = {"query": 'ASK { ?s ?p "eingefügt" }'}
    with KgServer(store, "--allow-update", env={"KG_SERVE_TOKEN": TOKEN}) as srv:
        url = srv.url("/sparql")
        assert srv.client.post(url, data={"update": insert}).status_code == 401
        wrong = srv.client.post(url, data={"update": insert},
                                headers={"authorization": "Bearer " + TOKEN[:-1]})
        assert wrong.status_code == 401
        assert srv.client.get(url, params=ask).json()["boolean"] is False
        load = srv.client.post(url, data={"update": f"LOAD <{srv.url('/')}>"},
                               headers={"authorization": f"Bearer {TOKEN}"})
        assert load.status_code == 403
        ok = srv.client.post(url, content=insert.encode(), headers={
            "authorization": f"Bearer {TOKEN}", "content-type": "application/sparql-update"})
        assert ok.status_code == 204, ok.text
        assert srv.client.get(url, params=ask).json()["boolean"] is True


def test_allow_update_without_a_token_is_refused(tmp_path: Path) -> None:
    from tests.support.kgcli import run_kg

    store = make_store(tmp_path / "store", geneva_extraction())
    result = run_kg("serve", "--store", store, "--allow-update", timeout=60)
    assert result.returncode != 0 and "KG_SERVE_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr


def test_scan_finds_remote_keywords_only_outside_strings_and_iris() -> None:
    from kg.sparql_scan import service_endpoints

    found = service_endpoints("SELECT * { SERVICE <http://a/> {} SERVICE SILENT ?e {} }")
    assert found == ["http://a/", "?e"]
    assert service_endpoints('SELECT ("SERVICE <http://b/>" AS ?x) {} # SERVICE <http://c/>') == []
    assert service_endpoints("SELECT ?service { ?service e:SERVICE <urn:service> }") == []
    assert service_endpoints("SELECT * { \\u0053ERVICE <http://d/> {} }") == ["http://d/"]
    assert service_endpoints("LOAD <http://e/> INTO GRAPH <urn:g>") == ["http://e/"]


def test_accept_parsing() -> None:
    from kg.serve.formats import choose, parse_accept

    accept = parse_accept("text/csv;q=0.4, application/sparql-results+xml, */*;q=0.1, image/png;q=0")
    assert accept == ["application/sparql-results+xml", "text/csv", "*/*"]
    assert choose("results", accept).name == "xml"  # type: ignore[union-attr]
    assert choose("graph", accept).name == "turtle"  # type: ignore[union-attr]
    assert choose("graph", ["text/*"]).name == "turtle"  # type: ignore[union-attr]
    assert choose("results", ["image/png"]) is None


def test_health_reports_json(server: KgServer) -> None:
    body = json.loads(server.client.get(server.url("/health")).text)
    assert body["status"] == "ok"


def test_a_corrupted_store_is_reported_not_crashed_on(tmp_path: Path) -> None:
    store = make_store(tmp_path / "store", geneva_extraction())
    (store / "CURRENT").write_bytes(b"\x00garbage\n")
    with KgServer(store, ready=503) as srv:
        health = srv.client.get(srv.url("/health")).json()
        assert health["status"] == "degraded" and "cannot open the store" in health["store"]
        r = srv.client.get(srv.url("/sparql"), params={"query": "ASK {}"})
        assert r.status_code == 503 and "cannot open the store" in r.text and "Traceback" not in r.text


def test_binds_to_loopback_unless_told_otherwise() -> None:
    from kg.cli import build_parser
    from kg.commands.serve import _is_loopback

    args = build_parser().parse_args(["serve", "--store", "kg-store"])
    assert args.host == "127.0.0.1" and _is_loopback(args.host)
    assert not args.allow_update and not args.allow_service
    assert _is_loopback("::1") and not _is_loopback("0.0.0.0")
