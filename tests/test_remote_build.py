"""`kg build --endpoint`: writing into a real `oxigraph serve` over SPARQL Update and the
Graph Store Protocol, through a real proxy that fails on purpose (503, a cut connection,
authentication), started by the tests on loopback."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.namespace import CORPUS_GRAPH
from kg.remote import RemoteStore
from tests.support.flaky_proxy import FlakyProxy
from tests.support.kgcli import run_kg
from tests.support.oxigraph import OxigraphServer
from tests.support.scale_corpus import write_jsonl


def remote_quads(server: OxigraphServer) -> list[bytes]:
    request = urllib.request.Request(server.base_url + "/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request) as response:
        return sorted(line for line in response.read().splitlines() if line.strip())


def local_quads(store: Path) -> list[bytes]:
    return sorted(ox.Store.read_only(str(store)).dump(format=ox.RdfFormat.N_QUADS).splitlines())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("remote")
    path = write_jsonl(folder / "c.jsonl", 5)
    kg.build(path, store=folder / "local", batch_size=2)
    return path, folder / "local"


def test_build_into_a_remote_store_retries_and_equals_a_local_build(corpus, monkeypatch) -> None:
    path, local = corpus
    monkeypatch.setenv("KG_ENDPOINT_USER", "kg")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "geheim")
    with OxigraphServer() as server, FlakyProxy(server.base_url, user="kg", password="geheim") as proxy:
        remote = RemoteStore(proxy.url + "/query", backoff=0.05)
        report = kg.build(path, endpoint=remote, batch_size=2)
        assert len(report.documents) == 5 and report.endpoint == proxy.url + "/query"
        assert proxy.failed["/update"] == 3  # two 503s and a cut connection, all retried
        assert proxy.seen["/store"] == 1  # the corpus graph, by one Graph Store PUT
        assert remote_quads(server) == local_quads(local)

        updates = proxy.seen["/update"]
        again = kg.build(path, endpoint=remote)
        assert again.documents == [] and len(again.unchanged) == 5
        assert proxy.seen["/update"] == updates  # nothing written
        with kg.open_endpoint(server.query_url) as g:  # readable as any endpoint
            assert len(g.query("documents")) == 5


def test_permanent_errors_stop_with_one_line(corpus, monkeypatch, tmp_path) -> None:
    path, _ = corpus
    with OxigraphServer() as server, FlakyProxy(server.base_url, fail_first=0, user="kg") as proxy:
        monkeypatch.setenv("KG_ENDPOINT_USER", "jemand")
        refused = run_kg("build", path, "--endpoint", proxy.url + "/query")
        assert refused.returncode != 0
        assert refused.stderr.strip() == f"kg: {proxy.url}/query: 401 Unauthorized: authentication required"
        monkeypatch.setenv("KG_ENDPOINT_USER", "kg")
        wrong = run_kg("build", path, "--endpoint", proxy.url + "/query", "--update-endpoint",
                       proxy.url + "/no-such-service")
        assert wrong.returncode != 0
        (line,) = wrong.stderr.strip().splitlines()
        assert line.startswith(f"kg: {proxy.url}/no-such-service: 404")
        assert remote_quads(server) == []  # nothing half-written


def test_shards_bulk_loaded_into_a_server_and_consolidated_equal_one_build(corpus, tmp_path) -> None:
    path, local = corpus
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    shards = []
    for n, part in enumerate((lines[:3], lines[3:])):  # two machines, two slices of the corpus
        (tmp_path / f"part-{n}.jsonl").write_text("".join(part), encoding="utf-8")
        kg.build(tmp_path / f"part-{n}.jsonl", out=tmp_path / f"part-{n}.nq")
        shards.append(tmp_path / f"part-{n}.nq")
    with OxigraphServer(files=shards) as server:  # `oxigraph load` of each shard
        # each shard brings the corpus nodes of its own slice; start from none at all
        RemoteStore(server.query_url).update(f"DROP GRAPH <{CORPUS_GRAPH}>")
        assert remote_quads(server) != local_quads(local)
        result = run_kg("consolidate", "--endpoint", server.query_url)
        assert result.returncode == 0, result.stderr
        assert "consolidated 5 document(s)" in result.stderr
        assert remote_quads(server) == local_quads(local)
