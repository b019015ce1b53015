"""The export projection and every file format, on the example graph of test_export_data.

Each format is read back by an independent reader (networkx for GraphML and GEXF, a JSON
Schema for Cytoscape.js elements, Graphviz for DOT, Python's csv for the tables, rdflib for
JSON-LD) and compared with the projection it was written from.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.export import cytoscape, dot, gexf, graphml, html, jsonld, tables, write
from kg.export.projection import Projection, filter_projection, period, project
from kg.namespace import WIKIDATA_ENTITY
from tests.test_export_data import (
    EVIL_NAME,
    EVIL_ROLE,
    EXPECTED_ACTORS,
    EXPECTED_MEETINGS,
    EXPECTED_PROPOSALS,
    example_graph,
)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return example_graph()


@pytest.fixture(scope="module")
def full(graph: Graph) -> Projection:
    return project(graph, "full")


@pytest.fixture(scope="module")
def actors(graph: Graph) -> Projection:
    return project(graph, "actors")


def by_label(p: Projection, label: str) -> str:
    hits = [n.id for n in p.nodes.values() if n.label == label]
    assert len(hits) == 1, (label, hits)
    return hits[0]


def edge(p: Projection, source: str, target: str, relation: str):
    s, t = by_label(p, source), by_label(p, target)
    hits = [e for e in p.edges if e.source == s and e.target == t and e.relation == relation]
    assert len(hits) == 1, (source, target, relation, hits)
    return hits[0]


# ----------------------------------------------------------------------------- projection


def test_projection_nodes(full: Projection) -> None:
    assert {n.label for n in full.nodes.values() if n.type == "actor"} == EXPECTED_ACTORS
    assert sum(n.type == "meeting" for n in full.nodes.values()) == EXPECTED_MEETINGS
    assert sum(n.type == "proposal" for n in full.nodes.values()) == EXPECTED_PROPOSALS
    albers = full.nodes[by_label(full, "Katrin Albers")]
    # one node for the person named in all three articles, with all three documents
    assert albers.documents == ["streit-protokoll", "verhandlung-bergstadt", "verhandlung-seehafen"]
    assert albers.category == "Person" and albers.roles == ["Außenministerin"]
    # linked in one article, unlinked in the other: merged, id is the Wikidata entity
    suedland = full.nodes[by_label(full, "Südland")]
    assert suedland.id == WIKIDATA_ENTITY + "Q999001" and suedland.wikidata == "Q999001"
    assert full.nodes[by_label(full, "Regierung von Ostmark")].kind == "government"
    # "Ostmark" (a country) and "Regierung von Ostmark" (its government) stay apart
    assert by_label(full, "Ostmark") != by_label(full, "Regierung von Ostmark")


def test_projection_edges_and_weights(full: Projection) -> None:
    # two articles say Albers belongs to Nordland, and Südland proposed the plan
    assert edge(full, "Katrin Albers", "Nordland", "affiliated_with").weight == 2
    plan = "Fünf-Punkte-Plan für eine Waffenruhe"
    assert edge(full, plan, "Südland", "proposed_by").weight == 2
    assert edge(full, "Regierung von Ostmark", plan, "responded").stance == "reject"
    assert edge(full, "Nordland", plan, "responded").stance == "accept"
    assert edge(full, "Katrin Albers", plan, "said_about").weight == 1
    assert edge(full, "Jonas Brandt", "Ostmark", "said_about").documents == ["verhandlung-seehafen"]
    assert edge(full, "Treffen Albers–Mendes in Bergstadt", "Bergstadt", "located_in").start == "2026-04-14"
    meeting = full.nodes[by_label(full, "Treffen mit " + EVIL_NAME)]
    assert (meeting.start, meeting.end) == ("2026-05-01", "2026-05-31")  # "im Mai"
    assert meeting.status == "held"
    ids = [e.id for e in full.edges]
    assert len(ids) == len(set(ids))


def test_actor_view_counts_shared_meetings(actors: Projection) -> None:
    assert {n.category for n in actors.nodes.values()} == {"Person"}
    met = {frozenset((actors.nodes[e.source].label, actors.nodes[e.target].label)): e.weight
           for e in actors.edges}
    assert met == {
        frozenset(("Katrin Albers", "Paulo Mendes")): 2,
        frozenset(("Katrin Albers", "Jonas Brandt")): 1,
        frozenset(("Paulo Mendes", "Jonas Brandt")): 1,
        frozenset(("Katrin Albers", EVIL_NAME)): 1,
    }
    assert all(e.relation == "met" and not e.directed for e in actors.edges)


def test_filters(full: Projection) -> None:
    only = filter_projection(full, categories=["Person", "Meeting"], since="2026-05-01")
    assert {n.category for n in only.nodes.values()} <= {"Person", "Meeting"}
    assert {n.label for n in only.nodes.values() if n.type == "meeting"} == {"Treffen mit " + EVIL_NAME}
    strong = filter_projection(full, min_weight=2, drop_isolated=True)
    assert {e.relation for e in strong.edges} == {"affiliated_with", "proposed_by"}
    assert len(strong.nodes) == 4


def test_period() -> None:
    assert period("2026-02") == ("2026-02-01", "2026-02-28")
    assert period("2024") == ("2024-01-01", "2024-12-31")
    assert period("2026-04-14") == ("2026-04-14", "2026-04-14")
    assert period("Dienstag") is None


def test_projection_is_deterministic(graph: Graph) -> None:
    again = Graph()
    for triple in sorted(graph):  # another insertion order
        again.add(triple)
    for module in (graphml, gexf, cytoscape, dot):
        assert module.render(project(graph)) == module.render(project(again))
    assert tables.tables(project(graph)) == tables.tables(project(again))
    assert jsonld.render(graph) == jsonld.render(again)


# ----------------------------------------------------------------------------- formats


@pytest.mark.parametrize("view", ["full", "actors"])
def test_graphml_round_trip(graph: Graph, view: str, tmp_path: Path) -> None:
    p = project(graph, view)
    path = tmp_path / "g.graphml"
    path.write_bytes(graphml.render(p))
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == len(p.nodes)
    assert back.number_of_edges() == len(p.edges)
    for node in p.nodes.values():
        attrs = back.nodes[node.id]
        assert attrs["label"] == node.label and attrs["category"] == node.category
        assert attrs["documents"] == len(node.documents)  # typed: an int, not "3"
    weights = sorted(d["weight"] for _, _, d in back.edges(data=True))
    assert weights == sorted(e.weight for e in p.edges)
    root = ET.parse(path).getroot()
    keys = root.findall("{http://graphml.graphdrawing.org/xmlns}key")
    assert len({k.get("id") for k in keys}) == len(keys)  # key ids are unique document-wide
    types = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    assert types[("edge", "weight")] in ("int", "long")
    assert types[("node", "label")] == "string"
    edge_ids = {e.get("id") for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")}
    assert edge_ids == {e.id for e in p.edges}


@pytest.mark.parametrize("view", ["full", "actors"])
def test_gexf_round_trip(graph: Graph, view: str, tmp_path: Path) -> None:
    p = project(graph, view)
    path = tmp_path / "g.gexf"
    path.write_bytes(gexf.render(p))
    back = nx.read_gexf(path, version="1.3")
    assert back.number_of_nodes() == len(p.nodes)
    assert back.number_of_edges() == len(p.edges)
    assert back.is_directed() == (view == "full")
    for node in p.nodes.values():
        attrs = back.nodes[node.id]
        assert attrs["label"] == node.label and attrs["category"] == node.category
        assert attrs["documents"] == len(node.documents)
        assert attrs.get("start") == node.start and attrs.get("end") == node.end
    root = ET.parse(path).getroot()
    g = root.find("{http://gexf.net/1.3}graph")
    assert root.get("version") == "1.3"
    assert g is not None and g.get("mode") == "dynamic" and g.get("timeformat") == "date"
    dated = [e for e in g.iter("{http://gexf.net/1.3}edge") if e.get("start")]
    assert dated, "meeting dates must reach the edges for Gephi's timeline"


def test_gexf_parallel_edges_have_kinds(full: Projection) -> None:
    root = ET.fromstring(gexf.render(full))
    seen: dict[tuple[str | None, str | None], set[str | None]] = {}
    for e in root.iter("{http://gexf.net/1.3}edge"):
        seen.setdefault((e.get("source"), e.get("target")), set()).add(e.get("kind"))
    albers_plan = [kinds for kinds in seen.values() if len(kinds) > 1]
    assert albers_plan == [{"responded:consider", "said_about"}]


# A JSON Schema of Cytoscape.js elements as cy.add()/cy.json() accept them
# (https://js.cytoscape.org/#notation/elements-json), stricter where kg promises more:
# string ids, edges that name existing-looking endpoints, numeric positions.
CYTOSCAPE_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["elements", "style"],
    "properties": {
        "elements": {
            "type": "object",
            "required": ["nodes", "edges"],
            "additionalProperties": False,
            "properties": {
                "nodes": {"type": "array", "items": {"$ref": "#/$defs/node"}},
                "edges": {"type": "array", "items": {"$ref": "#/$defs/edge"}},
            },
        },
        "style": {
            "type": "array",
            "items": {"type": "object", "required": ["selector", "style"],
                      "properties": {"selector": {"type": "string"}, "style": {"type": "object"}}},
        },
        "layout": {"type": "object", "required": ["name"]},
    },
    "$defs": {
        "scalar": {"type": ["string", "number", "boolean"]},
        "node": {
            "type": "object",
            "required": ["data"],
            "additionalProperties": False,
            "properties": {
                "group": {"const": "nodes"},
                "data": {"type": "object", "required": ["id", "label"],
                         "properties": {"id": {"type": "string", "minLength": 1},
                                        "parent": {"type": "string"}},
                         "additionalProperties": {"$ref": "#/$defs/scalar"}},
                "position": {"type": "object", "required": ["x", "y"], "additionalProperties": False,
                             "properties": {"x": {"type": "number"}, "y": {"type": "number"}}},
                "classes": {"type": ["string", "array"]},
                "selected": {"type": "boolean"}, "locked": {"type": "boolean"},
                "grabbable": {"type": "boolean"}, "selectable": {"type": "boolean"},
            },
        },
        "edge": {
            "type": "object",
            "required": ["data"],
            "additionalProperties": False,
            "properties": {
                "group": {"const": "edges"},
                "data": {"type": "object", "required": ["id", "source", "target"],
                         "properties": {"id": {"type": "string", "minLength": 1},
                                        "source": {"type": "string", "minLength": 1},
                                        "target": {"type": "string", "minLength": 1}},
                         "additionalProperties": {"$ref": "#/$defs/scalar"}},
                "classes": {"type": ["string", "array"]},
                "selected": {"type": "boolean"}, "selectable": {"type": "boolean"},
            },
        },
    },
}


@pytest.mark.parametrize("view", ["full", "actors"])
def test_cytoscape_json_validates(graph: Graph, view: str) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    p = project(graph, view)
    doc = json.loads(cytoscape.render(p))
    jsonschema.Draft202012Validator.check_schema(CYTOSCAPE_SCHEMA)
    jsonschema.validate(doc, CYTOSCAPE_SCHEMA)
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    assert len(nodes) == len(p.nodes) and len(edges) == len(p.edges)
    ids = {n["data"]["id"] for n in nodes}
    assert len(ids) == len(nodes)
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    assert all("position" in n for n in nodes)


def test_cytoscape_schema_rejects_broken_elements() -> None:
    """The schema is not vacuous: an edge without a target or a node without an id fails."""
    jsonschema = pytest.importorskip("jsonschema")
    bad_edge = {"elements": {"nodes": [], "edges": [{"data": {"id": "e", "source": "a"}}]}, "style": []}
    bad_node = {"elements": {"nodes": [{"data": {"label": "x"}}], "edges": []}, "style": []}
    for doc in (bad_edge, bad_node):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(doc, CYTOSCAPE_SCHEMA)


def test_dot_escapes_and_renders(full: Projection, tmp_path: Path) -> None:
    text = dot.render(full).decode("utf-8")
    # the role with a quote is escaped inside the label, not closing it
    assert '\\"; DROP TABLE akteure; --' in text
    assert dot.quote('a"b\\c\nd\u2028e') == '"a\\"b\\\\c\\nd e"'
    if shutil.which("dot") is None:
        pytest.skip("Graphviz `dot` is not installed (apt-get install graphviz)")
    path = tmp_path / "g.dot"
    path.write_text(text, encoding="utf-8")
    result = subprocess.run(["dot", "-Tsvg", str(path)], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    svg = ET.fromstring(result.stdout)
    ns = "{http://www.w3.org/2000/svg}"
    texts = ["".join(t.itertext()) for t in svg.iter(ns + "text")]
    assert EVIL_NAME in texts  # shown literally
    assert EVIL_ROLE in texts
    assert not list(svg.iter(ns + "script"))  # and nothing became markup
    assert len(list(svg.iter(ns + "g"))) >= len(full.nodes) + len(full.edges)


def test_csv_tables_load_with_neo4j_and_gephi_headers(full: Projection, tmp_path: Path) -> None:
    written = write("csv", full, str(tmp_path / "out") + "/")
    assert sorted(p.name for p in written) == sorted(tables.FILES)

    def read(name: str) -> list[dict[str, str]]:
        with open(tmp_path / "out" / name, newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))

    neo_nodes, neo_edges = read("nodes-neo4j.csv"), read("edges-neo4j.csv")
    assert list(neo_nodes[0])[:2] == ["id:ID", ":LABEL"]
    assert list(neo_edges[0])[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert len(neo_nodes) == len(full.nodes) and len(neo_edges) == len(full.edges)
    node_ids = {r["id:ID"] for r in neo_nodes}
    assert all(r[":START_ID"] in node_ids and r[":END_ID"] in node_ids for r in neo_edges)
    assert all(r[":TYPE"].isupper() and int(r["weight:int"]) >= 1 for r in neo_edges)
    evil = next(r for r in neo_nodes if r["label"] == EVIL_NAME)
    assert evil[":LABEL"] == "Actor;Person"
    assert evil["roles:string[]"] == EVIL_ROLE.replace(";", ",")  # ';' is neo4j's array delimiter
    gephi_nodes, gephi_edges = read("nodes-gephi.csv"), read("edges-gephi.csv")
    assert list(gephi_nodes[0])[:2] == ["Id", "Label"]
    assert list(gephi_edges[0])[:5] == ["Id", "Source", "Target", "Type", "Weight"]
    assert {r["Type"] for r in gephi_edges} == {"Directed"}
    assert next(r for r in gephi_nodes if r["Label"] == EVIL_NAME)["Roles"] == EVIL_ROLE
    # a prefix instead of a folder
    prefixed = write("csv", full, tmp_path / "kg")
    assert sorted(p.name for p in prefixed) == sorted(f"kg-{n}" for n in tables.FILES)


def test_csv_quotes_hostile_values() -> None:
    p = Projection("full", {}, [])
    from kg.export.projection import Node

    p.nodes["x"] = Node("x", 'a,"b"\nc', "actor", "Person", roles=['"; DROP'])
    text = tables.tables(p)["nodes-gephi.csv"].decode("utf-8")
    row = list(csv.reader(io.StringIO(text)))[1]
    assert row[1] == 'a,"b" c' and row[4] == '"; DROP'


def test_jsonld_round_trip(graph: Graph) -> None:
    data = jsonld.render(graph)
    doc = json.loads(data)
    ctx = doc["@context"]
    assert ctx["neg"] == "https://w3id.org/kg-negotiation/ontology#"
    assert ctx["participant"] == {"@id": "neg:participant", "@type": "@id"}
    assert "Person" in ctx and "name" in ctx
    # compact: terms, not full IRIs, for the ontology's properties
    assert any("participant" in n for n in doc["@graph"])
    assert not any("https://w3id.org/kg-negotiation/ontology#participant" in n for n in doc["@graph"])
    back = Graph().parse(data=data, format="json-ld")
    assert len(back) == len(graph)
    assert isomorphic(back, graph)


def test_html_escapes_data(full: Projection) -> None:
    page = html.render(full).decode("utf-8")
    start = page.index('<script type="application/json" id="kg-data">') + len(
        '<script type="application/json" id="kg-data">')
    block = page[start:page.index("</script>", start)]
    assert "<" not in block and ">" not in block and "&" not in block
    assert "\u2028" not in block and "\\u2028" in block
    data = json.loads(block)
    labels = {n["data"]["label"] for n in data["elements"]["nodes"]}
    assert EVIL_NAME in labels
    assert len(data["elements"]["nodes"]) == len(full.nodes)
    # nothing is loaded from elsewhere: no element has a src or href, no <link>, no CSS url()
    from html.parser import HTMLParser

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.found.append((tag, attrs))

    parser = Tags()
    parser.feed(page)
    tags = [t for t, _ in parser.found]
    assert tags.count("script") == 3 and "link" not in tags and "iframe" not in tags
    assert not [(t, a) for t, attrs in parser.found for a, _ in attrs if a in ("src", "href")]
    style = page[page.index("<style>"):page.index("</style>")]
    assert "url(" not in style and "@import" not in style


def test_html_json_for_script() -> None:
    text = html.json_for_script({"x": "</script><!-- & \u2028 \u2029"})
    assert "</" not in text and "<!--" not in text
    assert json.loads(text) == {"x": "</script><!-- & \u2028 \u2029"}
