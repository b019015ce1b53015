"""`kg export` end to end: from a store, from RDF files and from a SPARQL endpoint.

The example graph is put where a user would have it (a store built with kg.store, a TriG
file, an `oxigraph serve` endpoint with and without the union default graph) and every
source must give the same projection as the graph itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.export.projection import project
from kg.iri import graph_iri
from kg.rdf.mapping import extraction_to_graph
from tests.support.oxigraph import OxigraphServer
from tests.test_export_data import example_extractions, example_graph


@pytest.fixture(scope="module")
def trig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.rdf.serialize import write

    path = tmp_path_factory.mktemp("data") / "example.trig"
    write({graph_iri(x.document.id): extraction_to_graph(x) for x in example_extractions()}, path)
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.store import Store

    path = tmp_path_factory.mktemp("store") / "kg-store"
    with Store(path) as s:
        s.replace_documents({x.document.id: extraction_to_graph(x) for x in example_extractions()})
    return path


@pytest.fixture(scope="module")
def expected() -> tuple[int, int]:
    p = project(example_graph())
    return len(p.nodes), len(p.edges)


def counts_graphml(path: Path) -> tuple[int, int]:
    g = nx.read_graphml(path)
    return g.number_of_nodes(), g.number_of_edges()


def test_from_store(store: Path, tmp_path: Path, expected: tuple[int, int]) -> None:
    out = tmp_path / "g.graphml"
    assert main(["export", "--to", "graphml", "--store", str(store), "--out", str(out)]) == 0
    assert counts_graphml(out) == expected


def test_from_files(trig: Path, tmp_path: Path, expected: tuple[int, int]) -> None:
    out = tmp_path / "g.gexf"
    assert main(["export", "--to", "gexf", "--data", str(trig), "--out", str(out)]) == 0
    g = nx.read_gexf(out, version="1.3")
    assert (g.number_of_nodes(), g.number_of_edges()) == expected


@pytest.mark.parametrize("union", [True, False])
def test_from_endpoint(trig: Path, tmp_path: Path, expected: tuple[int, int], union: bool) -> None:
    out = tmp_path / "g.cyjs"
    with OxigraphServer(files=[trig], union_default_graph=union) as server:
        assert main(["export", "--to", "cytoscape", "--endpoint", server.query_url, "--out", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert (len(doc["elements"]["nodes"]), len(doc["elements"]["edges"])) == expected


def test_outputs_are_identical_whatever_the_source(store: Path, trig: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.dot", tmp_path / "b.dot"
    assert main(["export", "--to", "dot", "--store", str(store), "--out", str(a)]) == 0
    assert main(["export", "--to", "dot", "--data", str(trig), "--out", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_every_format_and_view(trig: Path, tmp_path: Path) -> None:
    for fmt in ("graphml", "gexf", "cytoscape", "dot", "jsonld", "html"):
        for view in ("full", "actors"):
            out = tmp_path / f"{view}.{fmt}"
            assert main(["export", "--to", fmt, "--view", view, "--data", str(trig), "--out", str(out)]) == 0
            assert out.stat().st_size > 0
    assert main(["export", "--to", "csv", "--data", str(trig), "--out", str(tmp_path / "tables") + "/"]) == 0
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == [
        "edges-gephi.csv", "edges-neo4j.csv", "nodes-gephi.csv", "nodes-neo4j.csv"]


def test_filters_on_the_command_line(trig: Path, tmp_path: Path) -> None:
    out = tmp_path / "strong.graphml"
    args = ["export", "--to", "graphml", "--data", str(trig), "--out", str(out), "--view", "actors",
            "--min-weight", "2", "--drop-isolated"]
    assert main(args) == 0
    g = nx.read_graphml(out)
    assert sorted(d["label"] for _, d in g.nodes(data=True)) == ["Katrin Albers", "Paulo Mendes"]
    out2 = tmp_path / "may.graphml"
    assert main(["export", "--to", "graphml", "--data", str(trig), "--out", str(out2),
                 "--category", "meeting", "--since", "2026-05-01"]) == 0
    labels = [d["label"] for _, d in nx.read_graphml(out2).nodes(data=True)]
    assert labels == ["Treffen mit <script>alert(1)</script>"]


def test_stdout(trig: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["export", "--to", "dot", "--data", str(trig), "--out", "-"]) == 0
    assert capsysbinary.readouterr().out.startswith(b'digraph "kg full" {')


def test_user_errors(trig: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing_folder = str(tmp_path / "no" / "x.html")
    assert main(["export", "--to", "html", "--data", str(trig), "--out", missing_folder]) != 0
    assert "does not exist" in capsys.readouterr().err
    assert main(["export", "--to", "html", "--data", str(trig), "--out", str(tmp_path / "x.html"),
                 "--since", "2026-06-01", "--until", "2026-05-01"]) != 0
    assert "--since" in capsys.readouterr().err
    assert main(["export", "--to", "csv", "--data", str(trig), "--out", "-"]) != 0
    assert main(["export", "--to", "html", "--data", str(tmp_path / "missing.ttl"),
                 "--out", str(tmp_path / "x.html")]) != 0
    with pytest.raises(SystemExit):
        main(["export", "--to", "pdf", "--data", str(trig), "--out", "x"])
    with pytest.raises(SystemExit):
        main(["export", "--to", "html", "--data", str(trig), "--out", "x", "--category", "Ship"])
