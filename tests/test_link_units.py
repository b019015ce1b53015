"""Pieces of the linker that need no server: escaping, spelling variants, class tables, cache.

Escaping is checked by a real SPARQL parser (pyoxigraph): a literal built by
`string_literal` must parse and denote exactly the original string.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.link import classes, queries
from kg.link.cache import QueryCache
from kg.link.escape import lang_literal, pid, qid, string_literal
from kg.link.normalise import basic_key, match_kind, translit_key, variants
from kg.link.terms import Term

SUBSET = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikidata-subset" / "entities.nt"

HOSTILE = [
    'a "quoted" name', "back\\slash", "ends with \\", "\\u0022 stays text", "\\\"", "line\nbreak",
    "carriage\rreturn", "tab\there", "nul\x00byte", "} } ; DROP ALL ; # ", "\u2028\u2029\u0085",
    "'single'", "Ünïcödé Śląsk 北京", "emoji 🙂",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_string_literal_round_trips_through_a_sparql_parser(value: str) -> None:
    store = ox.Store()
    query = f"SELECT ?v WHERE {{ BIND({string_literal(value)} AS ?v) }}"
    assert "\n" not in query and "\r" not in query
    (solution,) = list(store.query(query))
    assert solution["v"].value == value


def test_lang_literal_and_identifiers_are_validated() -> None:
    assert lang_literal('Pu"tin', "de") == '"Pu\\"tin"@de'
    with pytest.raises(ValueError):
        lang_literal("x", "de } DROP ALL")
    assert qid("Q7747") == "Q7747" and pid("P31") == "P31"
    for bad in ("Q0", "Q1 } DROP ALL", "wd:Q1", "Q", "P31", ""):
        with pytest.raises(ValueError):
            qid(bad)
    with pytest.raises(ValueError):
        queries.offices_query(["Q1> . ?s ?p ?o . #"])


def test_queries_parse() -> None:
    store = ox.Store()
    for q in (queries.candidates_query(HOSTILE), queries.offices_query(["Q7747", "Q5"]),
              queries.capitals_query(["Q30"]),
              queries.enrichment_query(["Q7747"], ["P31", "P39", "P625"])):
        list(store.query(q))  # raises SyntaxError if the text is not SPARQL


def test_variants_follow_general_spelling_rules() -> None:
    assert "Vladimir Putin" in variants("Wladimir Putin")
    assert {"Zelensky", "Zelenskyy"} <= set(variants("Selenskyj"))
    assert "Dmitry Peskov" in variants("Dmitri Peskow")
    assert "Chernenko" in variants("Tschernenko")
    assert "SYRIZA" in variants("Syriza")  # a short single word may be an acronym
    assert "Vucic" in variants("Vučić")
    assert "Schroeder" in variants("Schröder")
    assert variants("  Angela \n Merkel ")[0] == "Angela Merkel"
    assert len(variants("Wolodymyr Oleksandrowytsch Selenskyj Wjatscheslaw")) <= 48


def test_match_kinds() -> None:
    assert match_kind("Angela Merkel", "Angela Merkel") == "exact"
    assert match_kind("Saudi-Arabien", "saudi arabien") == "normalised"
    assert match_kind("Syriza", "SYRIZA") == "normalised"
    assert match_kind("Wladimir Putin", "Vladimir Putin") == "transliterated"
    assert match_kind("Selenskyj", "Zelenskyy") == "transliterated"
    assert match_kind("Kiew", "Kiev") == "transliterated"
    assert match_kind("Griechenlands", "Griechenland") == "inflected"  # genitive
    assert match_kind("Jemens", "Jemen") == "inflected"
    assert "Griechenland" in variants("Griechenlands")
    assert match_kind("Putin", "Merkel") is None
    assert basic_key("Côte d’Ivoire") == basic_key("Cote d'Ivoire")
    assert translit_key("Dmitri Peskow") == translit_key("Dmitry Peskov")


@pytest.mark.skipif(not SUBSET.exists(), reason="../shared/data/wikidata-subset is missing")
def test_every_class_of_the_subset_belongs_to_a_category() -> None:
    found = set(re.findall(r"<http://www.wikidata.org/prop/direct/P31> <http://www.wikidata.org/entity/(Q\d+)>",
                           SUBSET.read_text(encoding="utf-8")))
    known = set().union(*classes.ALLOWED.values())
    assert found and found <= known, found - known
    assert classes.preferred("Place", "city") == classes.CITY
    assert classes.preferred("Place", None) == classes.ALLOWED["Place"]


def test_cache_persists(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "c.sqlite"
    cache = QueryCache(path)
    assert cache.get("http://e", "q") is None
    rows = [{"x": Term("Putin", "literal", "de")}, {"x": Term("http://a", "uri")}]
    cache.put("http://e", "q", rows)
    cache.close()
    again = QueryCache(path)
    assert again.get("http://e", "q") == rows
    assert again.get("http://other", "q") is None  # keyed by endpoint too
    assert (again.hits, again.misses) == (1, 1)
