"""`kg build` on web input, end to end: the mixed folder, the graph, the queries, bad input.

One build of a folder holding every kind of input (tests/support/webcorpus.mixed_folder),
among them three outlets' versions of a report in which two ministers meet; the graph and
the ready-made queries are read back with `kg query`, as a user would.
"""

from __future__ import annotations

import json

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, SDO, XSD

from kg.iri import doc_iri
from kg.namespace import NEG
from tests.support.kgcli import run_kg
from tests.support.webarticles import by_key
from tests.support.webcorpus import mixed_folder, page, rss, serve

MEETING_DOC = "nordkurier.test/2025/03/12/grenzvertrag-b.html"
COPIES = ("stadtanzeiger.test/2025/03/12/grenzvertrag-b-copy1.html",
          "westpost.test/2025/03/12/grenzvertrag-b-copy3.html")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("web")
    folder = root / "eingang"
    mixed_folder(folder)
    out = root / "graph.trig"
    result = run_kg("build", folder, "--out", out, "--keep-going", "--pages", root / "none.warc.gz")
    return folder, out, result


def _rows(out, name: str) -> list[dict[str, str]]:
    result = run_kg("query", name, "--data", out, "--format", "json")
    assert result.returncode == 0, result.stderr
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(result.stdout)["results"]["bindings"]]


def test_summary_of_a_mixed_folder(built):
    folder, out, result = built
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("kg: built 11 document(s)")
    assert "kg: read from the web: 2 page(s), 8 archived page(s), 1 feed entry/entries with text, " \
           "0 linked article(s)" in lines
    assert "kg: read 1 repeated URL(s) once" in lines  # cut.warc.gz and agentur.warc.gz share a page
    assert "kg: skipped 1 document(s) in other languages (fr: 1)" in lines
    assert "kg: found 2 group(s) of syndicated copies (4 copy/copies of 2 original(s))" in lines
    assert "kg: left out 3 bad input(s):" in lines
    bad = [line for line in lines if line.startswith("kg:   ")]
    assert [b.split(":")[1].strip() for b in bad] == [str(folder / n) for n in
                                                      ("broken.xml", "cookie-wall.html", "cut.warc.gz")]


def test_page_metadata_and_copies_in_the_graph(built):
    _, out, _ = built
    ds = Dataset()
    ds.parse(out, format="trig")
    triples = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    doc = doc_iri(MEETING_DOC)
    assert (doc, NEG.siteName, Literal("Nordkurier")) in triples
    assert (doc, DCTERMS.date, Literal("2025-03-12", datatype=XSD.date)) in triples
    assert (doc, SDO.url, Literal("https://" + MEETING_DOC, datatype=XSD.anyURI)) in triples
    copies = {s for s, p, o in triples if p == NEG.copyOf and o == doc}
    assert copies == {doc_iri(c) for c in COPIES}  # the full version, not the cut ones, is the original
    stories = {o for s, p, o in triples if p == NEG.story and s in copies | {doc}}
    assert len(stories) == 1 and isinstance(next(iter(stories)), URIRef)


def test_page_date_resolves_the_meeting_time(built):
    _, out, _ = built
    rows = [r for r in _rows(out, "meetings") if r["doc"] == MEETING_DOC]
    assert rows and {r.get("date") for r in rows} == {"2025-03-12"}  # "am Mittwoch" of 2025-03-12


def test_queries_count_a_story_once_unless_asked(built):
    _, out, _ = built
    (pair,) = [r for r in _rows(out, "who-met-whom") if r["actorA"] == "Petra Lindqvist"]
    (all_copies,) = [r for r in _rows(out, "who-met-whom-copies") if r["actorA"] == "Petra Lindqvist"]
    assert (pair["meetings"], pair["documents"]) == ("1", "1")
    assert (all_copies["meetings"], all_copies["documents"]) == ("3", "3")
    (meeting,) = [r for r in _rows(out, "timeline") if "Lindqvist" in r.get("participants", "")]
    assert meeting["doc"] == MEETING_DOC and meeting["copies"] == "2"


def test_bad_input_without_keep_going_writes_nothing(built, tmp_path):
    folder, _, _ = built
    out = tmp_path / "graph.trig"
    result = run_kg("build", folder, "--out", out, "--pages", tmp_path / "none.warc.gz")
    assert result.returncode == 2
    assert result.stderr.strip() == f"kg: {folder / 'broken.xml'}: feed does not parse (no element found)"
    assert not out.exists()


def test_fetch_from_the_command_line_then_offline(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    article = by_key("grenzvertrag-b")
    (site / "artikel.html").write_text(page(article, 0).html, encoding="utf-8")
    pages, out = tmp_path / "pages.warc.gz", tmp_path / "graph.nq"
    with serve(site) as (base, requested):
        feed = tmp_path / "feed.xml"
        feed.write_text(rss("Nordkurier", [(article, f"{base}/artikel.html", False)]), encoding="utf-8")
        fetched = run_kg("build", feed, "--out", out, "--fetch", "--fetch-delay", "0", "--pages", pages)
    assert fetched.returncode == 0, fetched.stderr
    assert "kg: read from the web: 0 page(s), 0 archived page(s), 0 feed entry/entries with text, " \
           "1 linked article(s)" in fetched.stderr.splitlines()
    assert [p for _, p in requested] == ["/robots.txt", "/artikel.html"] and pages.exists()
    first = out.read_bytes()
    offline = run_kg("build", feed, "--out", out, "--pages", pages)  # the server is gone
    assert offline.returncode == 0, offline.stderr
    assert out.read_bytes() == first
