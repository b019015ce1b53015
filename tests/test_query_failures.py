"""`kg query` never ends in a traceback: failing SERVICE endpoints, bad endpoints, limits.

Every case runs the real command in a subprocess against a real loopback server that
misbehaves on purpose (tests/support/fake_sparql.py) or against nothing at all, and checks
the exit code and that stderr is one line naming the endpoint and the cause.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.rdf.mapping import extraction_to_graph
from kg.store import Store
from tests.support.extractions import geneva_extraction
from tests.support.fake_sparql import FakeSparqlServer
from tests.support.kgcli import LAUNCHER, ROOT, run_kg
from tests.support.oxigraph import free_port

EXPENSIVE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("q") / "store"
    with Store(path) as s:
        s.replace_documents({"genf": extraction_to_graph(geneva_extraction())})
    return path


def one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode not in (0, 1), result.stderr  # 1 would be an uncaught exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def service(url: str) -> str:
    return f"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"


def test_service_on_a_forbidden_port(store: Path) -> None:
    one_line_error(run_kg("query", service("http://127.0.0.1:9/sparql"), "--store", store),
                   "http://127.0.0.1:9/sparql", "port 9")


def test_service_with_connection_refused(store: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/sparql"
    one_line_error(run_kg("query", service(url), "--store", store), url, "refused")


@pytest.mark.parametrize("behaviour", ["429", "500", "malformed"])
def test_service_endpoint_that_misbehaves(store: Path, behaviour: str) -> None:
    with FakeSparqlServer(default=behaviour) as fake:
        one_line_error(run_kg("query", service(fake.url), "--store", store), fake.url)


@pytest.mark.parametrize("behaviour,words", [("429", "429"), ("500", "500"), ("malformed", "JSON")])
def test_endpoint_that_misbehaves(behaviour: str, words: str) -> None:
    with FakeSparqlServer(default=behaviour) as fake:
        one_line_error(run_kg("query", "ASK {}", "--endpoint", fake.url), fake.url, words)


def test_endpoint_that_never_answers_is_bounded_by_timeout() -> None:
    with FakeSparqlServer(default="hang", hang_seconds=30) as fake:
        started = time.monotonic()
        result = run_kg("query", "SELECT * { ?s ?p ?o }", "--endpoint", fake.url, "--timeout", "2")
        assert time.monotonic() - started < 15
        one_line_error(result, "timeout" if "--timeout" in result.stderr else fake.url)


def test_timeout_stops_a_long_local_query(store: Path) -> None:
    started = time.monotonic()
    result = run_kg("query", EXPENSIVE, "--store", store, "--timeout", "1")
    assert time.monotonic() - started < 10
    one_line_error(result, "--timeout 1 s")


def test_ctrl_c_interrupts_a_long_query(store: Path) -> None:
    import os

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", LAUNCHER, "query", EXPENSIVE, "--store", str(store)],
                            cwd=ROOT, env=env, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(3)
    assert proc.poll() is None, "the query ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 130 and err.strip() == "kg: interrupted"
