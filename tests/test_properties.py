"""Property-based tests (hypothesis): any text a news article can contain stays inert.

Names and texts come from articles, so they may hold anything: quotes, angle brackets,
backslashes, line breaks, control characters, right-to-left marks, lone surrogates. For
all of it: minted IRIs are valid and distinct per input, literals survive every
serialisation and the store's SPARQL update unchanged, SPARQL string literals built by kg
denote exactly the text, the explorer's script data cannot end its element, and corpora
read back what was written. The example budget is small here (CI); the long fuzzing run
sets HYPOTHESIS_PROFILE=fuzz (see docs/robustness.md).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import iri
from kg.document import read_inputs
from kg.export.html import json_for_script
from kg.link.escape import string_literal
from kg.rdf.serialize import FORMATS, serialize
from kg.sparql_scan import service_endpoints
from kg.store import Store

settings.register_profile("ci", max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("fuzz", max_examples=5_000, deadline=None,
                          suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

_FORBIDDEN_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')
#: text as articles bring it: any code point but lone surrogates (not encodable as UTF-8)
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
PIECES = [*"\"'<>\\&{}#?/\n\r\t\x00\x1f\x7f\u200f\u202e\u2028\u0085 a\u00e4",
          "SERVICE", "</script>", "<!--", "\\u0022", "${", "]]>", "'''", '"""']
HOSTILE = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)
ANY = st.one_of(TEXT, HOSTILE)


@given(ANY, ANY)
def test_minted_iris_are_valid_ascii_and_parse_back(doc_id: str, key: str) -> None:
    doc_id = doc_id or "x"
    for made in (iri.doc_iri(doc_id), iri.graph_iri(doc_id), iri.actor_iri(doc_id, key),
                 iri.statement_iri(doc_id, key), iri.role_iri(doc_id, key)):
        text = str(made)
        assert text.isascii() and not _FORBIDDEN_IN_IRI.search(text), text
        assert ox.NamedNode(text).value == text  # a strict IRI parser accepts it
    assert iri.doc_id_from_graph(str(iri.graph_iri(doc_id))) is not None


@given(ANY, ANY)
def test_distinct_document_ids_get_distinct_graphs(a: str, b: str) -> None:
    import unicodedata

    a, b = a or "x", b or "y"
    if unicodedata.normalize("NFC", a) != unicodedata.normalize("NFC", b):
        assert iri.graph_iri(a) != iri.graph_iri(b)


def _graph(values: list[str]) -> Graph:
    g = Graph()
    node = iri.actor_iri("doc", "x")
    for i, value in enumerate(values):
        g.add((node, URIRef(f"https://example.org/p{i}"), Literal(value)))
        g.add((node, URIRef(f"https://example.org/q{i}"), Literal(value, lang="de")))
    return g


@given(st.lists(ANY, min_size=1, max_size=4))
@example(["\n"])  # found by hypothesis: TriG indented the lines of multi-line literals
@example(["a\n@prefix x: <http://e/> .\n b"])  # such a line was taken for a prefix and dropped
def test_literals_round_trip_through_every_format(values: list[str]) -> None:
    g = _graph(values)
    graphs = {iri.graph_iri("doc"): g}
    for suffix, fmt in FORMATS.items():
        data = serialize(graphs, fmt)
        back = Graph()
        if fmt in ("nquads", "trig", "json-ld"):
            from rdflib import Dataset

            ds = Dataset()
            ds.parse(data=data, format=fmt)
            for quad in ds.quads((None, None, None, None)):
                back.add(quad[:3])
        else:
            back.parse(data=data, format=fmt)
        assert isomorphic(back, g), suffix
        assert serialize(graphs, fmt) == data  # deterministic


@given(st.lists(ANY, min_size=1, max_size=3))
def test_literals_round_trip_through_the_stores_sparql_update(tmp_path_factory, values: list[str]) -> None:
    path = tmp_path_factory.mktemp("store") / "s"
    g = _graph(values)
    with Store(path) as s:
        s.replace_documents({"doc": g})
        assert isomorphic(s.document_graph("doc"), g)
        assert len(s) == len(g)  # nothing else was inserted: no value escaped its literal


@given(ANY)
def test_sparql_string_literal_denotes_exactly_the_text(value: str) -> None:
    store = ox.Store()
    query = f"SELECT ?x WHERE {{ BIND({string_literal(value)} AS ?x) }}"
    assert "\n" not in query
    (row,) = list(store.query(query))
    assert row["x"].value == value
    assert service_endpoints(query) == []  # text inside a literal is never a keyword


@given(ANY)
def test_a_service_keyword_outside_literals_is_always_found(value: str) -> None:
    query = f"SELECT * {{ BIND({string_literal(value)} AS ?x) SERVICE <http://h.test/> {{ ?s ?p ?o }} }}"
    assert service_endpoints(query) == ["http://h.test/"]


@given(st.dictionaries(st.text(max_size=5), ANY, max_size=5))
def test_explorer_script_data_cannot_end_its_element(data: dict[str, str]) -> None:
    text = json_for_script(data)
    lowered = text.lower()
    assert "</script" not in lowered and "<!--" not in lowered and "<" not in text
    assert json.loads(text) == data


@given(st.lists(st.tuples(st.text(st.characters(exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1,
                                  max_size=12).filter(str.strip),
                          TEXT.filter(str.strip)), min_size=1, max_size=5, unique_by=lambda t: t[0]))
def test_jsonl_corpora_read_back_what_was_written(tmp_path_factory, records: list[tuple[str, str]]) -> None:
    path: Path = tmp_path_factory.mktemp("in") / "c.jsonl"
    lines = [json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) for doc_id, text in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = read_inputs([path])
    assert [d.id for d in docs] == [doc_id for doc_id, _ in records]
    assert [d.text for d in docs] == [text.replace("\r\n", "\n") for _, text in records]
