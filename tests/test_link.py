"""The Wikidata linker against real servers on loopback: `oxigraph serve` with the verified
Wikidata subset (../shared/data/wikidata-subset), and a fake endpoint that fails on purpose.

No mocks: every lookup goes through HTTP (SPARQLWrapper) or through pyoxigraph with the
same SPARQL. Actor records are built by hand; the names are real Wikidata items of the
subset (labels are facts, not article text).
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import time
from pathlib import Path

import pytest
from rdflib import RDFS, Graph, Literal, URIRef

from kg.document import Document
from kg.link.apply import link_extractions
from kg.link.options import add_link_arguments
from kg.records import Actor, Extraction, Mention
from tests.support.fake_sparql import FakeSparqlServer
from tests.support.oxigraph import OxigraphServer

SUBSET = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikidata-subset" / "entities.nt"
WD = "http://www.wikidata.org/entity/"
pytestmark = pytest.mark.skipif(not SUBSET.exists(), reason="../shared/data/wikidata-subset is missing")

#: names that would break or change a query pasted together without escaping
HOSTILE = [
    'Der "Kreml" Sprecher',
    "Back\\slash \\u0022 Name",
    "Zeile eins\nZeile zwei",
    'Klammer } ; DROP ALL ; #',
    '"@de } UNION { ?item ?p ?o } #',
    "Ende mit Backslash \\",
    "Tab\tund \u2028Trenner",
]
HOSTILE_QID = {name: f"Q99000000{i}" for i, name in enumerate(HOSTILE, start=1)}


@pytest.fixture(scope="module")
def hostile_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Synthetic items (QIDs Q990000001...) whose German labels are the hostile names."""
    g = Graph()
    for name, q in HOSTILE_QID.items():
        g.add((URIRef(WD + q), RDFS.label, Literal(name, lang="de")))
        g.add((URIRef(WD + q), URIRef("http://www.wikidata.org/prop/direct/P31"), URIRef(WD + "Q5")))
    path = tmp_path_factory.mktemp("wd") / "hostile.nt"
    g.serialize(path, format="nt", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def server(hostile_file: Path):
    with OxigraphServer(files=[SUBSET, hostile_file]) as srv:
        yield srv


def make_args(tmp_path: Path, *argv: str) -> argparse.Namespace:
    """The options as `kg build --link` parses them, with a private cache and fast timing."""
    parser = argparse.ArgumentParser()
    add_link_arguments(parser, with_switch=True)
    args = parser.parse_args(["--link", "--link-cache", str(tmp_path / "cache.sqlite"),
                              "--link-delay", "0", "--link-timeout", "2", *argv])
    args.link_backoff = 0.05
    return args


def doc(*actors: Actor, date: dt.date | None = dt.date(2025, 12, 4), doc_id: str = "d1") -> Extraction:
    return Extraction(document=Document(id=doc_id, text="", date=date), actors=list(actors))


def actor(key: str, name: str, category: str, **kw) -> Actor:
    mentions = [Mention(m, 0, 0) for m in kw.pop("mentions", [name])]
    return Actor(key=key, name=name, category=category, mentions=mentions, **kw)  # type: ignore[arg-type]


def sample() -> list[Extraction]:
    return [doc(
        actor("putin", "Wladimir Putin", "Person", roles=["Kremlchef"], affiliations=["ru"]),
        actor("ru", "Russland", "Country"),
        actor("georgien", "Georgien", "Country"),
        actor("georgia", "Georgia", "Country"),
        actor("genf", "Genf", "Place", kind="city"),
        actor("nato", "NATO", "Organisation"),
        actor("nobody", "Xaver Quastenflosser", "Person"),
    )]


def by_key(extractions: list[Extraction]) -> dict[str, Actor]:
    return {a.key: a for ex in extractions for a in ex.actors}


def test_links_through_http(server: OxigraphServer, tmp_path: Path) -> None:
    exs = sample()
    report = link_extractions(exs, make_args(tmp_path, "--wikidata-endpoint", server.query_url))
    a = by_key(exs)
    assert a["putin"].wikidata == "Q7747"  # German label, Person -> human
    assert a["putin"].link_method.startswith("label-exact+type")
    assert "affiliation" in a["putin"].link_method  # P27 Russia agrees with the text
    assert a["ru"].wikidata == "Q159"
    assert a["georgien"].wikidata == "Q230"
    assert a["georgia"].wikidata == "Q230"  # the country, not the U.S. state Q1428
    assert a["genf"].wikidata == "Q71"  # the city, not the canton Q11917
    assert a["nato"].wikidata == "Q7184"
    assert a["nobody"].wikidata is None and a["nobody"].link_score is None
    assert [e.name for e in report.nil] == ["Xaver Quastenflosser"]
    assert not report.errors and not report.causes
    assert all(0.5 <= x.link_score <= 1.0 for x in a.values() if x.wikidata)
    assert report.requests > 0


def test_us_state_distractors(server: OxigraphServer, tmp_path: Path) -> None:
    exs = [doc(
        actor("ga", "Georgia", "Place", kind="region"),
        actor("wa", "Washington", "Place", kind="city"),  # only the U.S. state is labelled "Washington"
        actor("wa2", "Washington", "Place", kind="city", stands_for="us"),
        actor("us", "USA", "Country"),
        actor("fl", "Florida", "Place"),
    )]
    link_extractions(exs, make_args(tmp_path, "--wikidata-endpoint", server.query_url))
    a = by_key(exs)
    assert a["ga"].wikidata == "Q1428"  # a region called Georgia: the U.S. state
    assert a["wa"].wikidata is None  # a city is never a U.S. state: NIL rather than wrong
    assert a["wa2"].wikidata == "Q61"  # the capital of the state it stands for: Washington, D.C.
    assert a["us"].wikidata == "Q30"
    assert a["fl"].wikidata == "Q812"


def test_surname_and_transliteration(server: OxigraphServer, tmp_path: Path) -> None:
    exs = [doc(
        actor("merkel-full", "Angela Merkel", "Person"),
        actor("merkel", "Merkel", "Person"),  # a surname-only record: resolved via the fuller name
        actor("vvp", "Wladimir Wladimirowitsch Putin", "Person"),  # -> "Vladimir Vladimirovich Putin"
        actor("asad", "Baschar al-Asad", "Person"),  # -> "Bashar al-Asad"
        actor("kiew", "Kiew", "Place"),
        actor("syriza", "Syriza", "Organisation"),  # "SYRIZA"@en: case
        actor("anel", "Unabhängige Griechen", "Organisation", mentions=["Unabhängige Griechen", "Anel"]),
    ), doc(actor("putin", "Putin", "Person"), doc_id="d2")]  # alone: the alias "Putin"@en
    link_extractions(exs, make_args(tmp_path, "--wikidata-endpoint", server.query_url))
    a = by_key(exs)
    assert a["merkel"].wikidata == "Q567" and a["merkel"].link_method.endswith("+surname")
    assert a["putin"].wikidata == "Q7747" and a["putin"].link_method.startswith("alias-exact")
    assert a["vvp"].wikidata == "Q7747" and "transliterated" in a["vvp"].link_method
    assert a["asad"].wikidata == "Q44329" and "transliterated" in a["asad"].link_method
    assert a["kiew"].wikidata == "Q1899"
    assert a["syriza"].wikidata == "Q222897" and "normalised" in a["syriza"].link_method
    assert a["anel"].wikidata == "Q529666" and "mention" in a["anel"].link_method


def test_role_prefix_picks_the_namesake_of_the_right_country(server: OxigraphServer, tmp_path: Path) -> None:
    # two "Podemos" parties (Spain Q16059622, Portugal Q3181274): the affiliation decides
    exs = [doc(actor("es", "Spanien", "Country"), actor("pt", "Portugal", "Country"),
               actor("p1", "Podemos", "Organisation", affiliations=["es"]),
               actor("p2", "Podemos", "Organisation", affiliations=["pt"]),
               actor("p3", "Podemos", "Organisation"))]
    link_extractions(exs, make_args(tmp_path, "--wikidata-endpoint", server.query_url))
    a = by_key(exs)
    assert a["p1"].wikidata == "Q16059622" and "affiliation" in a["p1"].link_method
    assert a["p2"].wikidata == "Q3181274"
    # without context it is a coin toss: popularity decides, and the score says it was close
    assert a["p3"].link_score is None or a["p3"].link_score < a["p1"].link_score


def test_hostile_names_are_escaped(server: OxigraphServer, tmp_path: Path) -> None:
    """Each hostile name finds exactly its own synthetic item: the literal arrived intact."""
    actors = [actor(f"h{i}", name, "Person") for i, name in enumerate(HOSTILE)]
    absent = [actor("x1", 'Unbekannt "} ; DROP ALL ; #', "Person"), actor("x2", "\\\\\"\\", "Person")]
    exs = [doc(*actors, *absent)]
    report = link_extractions(exs, make_args(tmp_path, "--wikidata-endpoint", server.query_url))
    assert not report.causes, report.causes  # no query was rejected
    for a in actors:
        assert a.wikidata == HOSTILE_QID[a.name], a.name
    assert all(a.wikidata is None for a in absent)
    # the server still holds its data afterwards
    again = [doc(actor("ru", "Russland", "Country"))]
    link_extractions(again, make_args(tmp_path, "--wikidata-endpoint", server.query_url))
    assert again[0].actors[0].wikidata == "Q159"


def test_offline_from_file_gives_the_same_links(server: OxigraphServer, tmp_path: Path) -> None:
    over_http, from_file = sample(), sample()
    link_extractions(over_http, make_args(tmp_path, "--wikidata-endpoint", server.query_url))
    report = link_extractions(from_file, make_args(tmp_path, "--wikidata-data", str(SUBSET),
                                                   "--wikidata-endpoint", "http://127.0.0.1:9/none"))
    assert report.source.startswith("file:")
    assert {k: (a.wikidata, a.link_score, a.link_method) for k, a in by_key(over_http).items()} == \
           {k: (a.wikidata, a.link_score, a.link_method) for k, a in by_key(from_file).items()}


def test_cache_answers_the_second_run(server: OxigraphServer, tmp_path: Path) -> None:
    args = make_args(tmp_path, "--wikidata-endpoint", server.query_url)
    first = link_extractions(sample(), args)
    assert first.requests > 0 and first.cache_hits == 0
    second_exs = sample()
    second = link_extractions(second_exs, args)
    assert second.requests == 0  # nothing went to the server
    assert second.cache_hits == first.requests
    assert by_key(second_exs)["putin"].wikidata == "Q7747"
    # --offline with the warm cache: same answers, endpoint never contacted
    with FakeSparqlServer() as fake:
        offline_exs = sample()
        args_off = make_args(tmp_path, "--wikidata-endpoint", server.query_url, "--offline")
        report = link_extractions(offline_exs, args_off)
        assert not fake.received and report.requests == 0
        assert by_key(offline_exs)["georgia"].wikidata == "Q230"


def test_offline_with_empty_cache_makes_no_requests(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with FakeSparqlServer() as fake:
        exs = sample()
        with caplog.at_level(logging.WARNING, logger="kg.link"):
            report = link_extractions(exs, make_args(tmp_path, "--wikidata-endpoint", fake.url, "--offline"))
        assert fake.received == []
    assert all(a.wikidata is None for a in by_key(exs).values())
    assert len(report.errors) == len(report.entries) == 7  # nothing lost: every entity reported
    assert report.causes == {"offline-cache-miss": 7}
    assert len([r for r in caplog.records if r.name == "kg.link"]) == 1


def test_enrichment_graph(server: OxigraphServer, tmp_path: Path) -> None:
    exs = sample()
    report = link_extractions(exs, make_args(tmp_path, "--wikidata-endpoint", server.query_url, "--enrich"))
    g = report.enrichment
    assert g is not None
    wdt = "http://www.wikidata.org/prop/direct/"
    assert (URIRef(WD + "Q7747"), URIRef(wdt + "P27"), URIRef(WD + "Q159")) in g
    assert (URIRef(WD + "Q159"), URIRef(wdt + "P36"), URIRef(WD + "Q649")) in g
    assert (URIRef(WD + "Q7747"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
            Literal("Wladimir Putin", lang="de")) in g
    subjects = {str(s) for s in g.subjects()}
    assert subjects <= {WD + q for q in ("Q7747", "Q159", "Q230", "Q71", "Q7184")}


OFFICES_TTL = """\
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix p: <http://www.wikidata.org/prop/> .
@prefix ps: <http://www.wikidata.org/prop/statement/> .
@prefix pq: <http://www.wikidata.org/prop/qualifier/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
wd:Q990000101 rdfs:label "Karl Beispiel"@de ; wdt:P31 wd:Q5 .
wd:Q990000102 rdfs:label "Karl Beispiel"@de ; wdt:P31 wd:Q5 ; p:P39 <http://example.org/st1> .
<http://example.org/st1> ps:P39 wd:Q990000199 ;
    pq:P580 "2020-01-01T00:00:00Z"^^xsd:dateTime ; pq:P582 "2024-06-30T00:00:00Z"^^xsd:dateTime .
wd:Q990000199 rdfs:label "Finanzminister von Beispielland"@de .
"""


def test_office_held_at_the_article_date(tmp_path: Path) -> None:
    """Two namesakes (synthetic items); the one who was finance minister on the date wins."""
    data = tmp_path / "offices.ttl"
    data.write_text(OFFICES_TTL, encoding="utf-8")
    args = make_args(tmp_path, "--wikidata-data", str(data), "--enrich")
    during = [doc(actor("k", "Karl Beispiel", "Person", roles=["Finanzminister"]), date=dt.date(2022, 5, 1))]
    report = link_extractions(during, args)
    k = during[0].actors[0]
    assert k.wikidata == "Q990000102" and "office" in k.link_method
    # the position statement with its dates went into the enrichment graph
    assert (URIRef("http://example.org/st1"), URIRef("http://www.wikidata.org/prop/qualifier/P580"), None) \
        in report.enrichment
    after = [doc(actor("k", "Karl Beispiel", "Person", roles=["Finanzminister"]), date=dt.date(2025, 5, 1))]
    link_extractions(after, args)
    k = after[0].actors[0]
    assert k.link_method is None or "office" not in k.link_method  # no longer in office: no bonus


# -- a failing endpoint ---------------------------------------------------------------------

def _failing(behaviours: list[str], tmp_path: Path, *extra: str, default: str = "ok", **kw):
    with FakeSparqlServer(behaviours, default=default, **kw) as fake:
        exs = sample()
        start = time.monotonic()
        report = link_extractions(exs, make_args(tmp_path, "--wikidata-endpoint", fake.url, *extra))
        elapsed = time.monotonic() - start
        return exs, report, fake.received, elapsed


def _link_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "kg.link" and r.levelno == logging.WARNING]


def test_retry_after_is_honoured(tmp_path: Path) -> None:
    exs, report, received, _ = _failing(["429"], tmp_path, retry_after="1")
    assert received[1].at - received[0].at >= 0.95  # waited as told, then asked again
    assert received[0].headers["User-Agent"].startswith("kg/")
    assert not report.causes  # the retry succeeded (empty answers: NIL, not errors)
    assert len(report.nil) == 7


@pytest.mark.parametrize("behaviour, cause", [
    ("429", "rate-limited"),
    ("500", "server-error"),
    ("503", "server-error"),
    ("malformed", "malformed-response"),
    ("hang", "timeout"),
])
def test_failures_degrade_gracefully(behaviour: str, cause: str, tmp_path: Path,
                                     caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        exs, report, received, elapsed = _failing(
            [], tmp_path, "--link-retries", "1", "--link-timeout", "0.5",
            default=behaviour, retry_after="0", hang_seconds=2)
    actors = by_key(exs)
    assert all(a.wikidata is None for a in actors.values())  # unlinked ...
    assert len(report.entries) == 7 and len(report.errors) == 7  # ... and nothing lost
    assert report.causes == {cause: 7}
    warnings = _link_warnings(caplog)
    assert len(warnings) == 1 and cause in warnings[0]  # one warning per cause
    # the circuit breaker stops asking after 3 failed queries (each tried twice)
    assert len(received) <= 6
    assert elapsed < 10


def test_failures_then_recovery_in_one_run(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # 500 and malformed answers for the first entity; the rest of the run works
    with caplog.at_level(logging.WARNING):
        exs, report, received, _ = _failing(["malformed"], tmp_path, "--link-retries", "0")
    assert report.causes == {"malformed-response": 1}
    assert len(report.nil) == 6
    assert len(_link_warnings(caplog)) == 1


def test_polite_delay_between_requests(tmp_path: Path) -> None:
    _exs, _report, received, _ = _failing([], tmp_path, "--link-delay", "0.3")
    gaps = [b.at - a.at for a, b in zip(received, received[1:], strict=False)]
    assert len(received) >= 3 and min(gaps) >= 0.28
