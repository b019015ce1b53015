"""The promises around the Python API: documented, typed, and the example runs.

Runs the real tools: `mkdocs build --strict` (the reference must build without a warning
and name every public object), mypy with the project's configuration (strict on the
public modules and the example), and the example script itself on the example articles.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import kg
from tests.support.kgcli import ROOT

EXAMPLES = ROOT / "examples"


def _run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_reference_builds_strictly_and_documents_every_public_name(tmp_path: Path) -> None:
    result = _run("-m", "mkdocs", "build", "--strict", "--site-dir", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    pages = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "site" / "reference").rglob("*.html"))
    for name in kg.__all__:
        if name == "__version__":
            continue
        obj = getattr(kg, name)  # kg.extract, kg.link, ...: callable modules documenting kg.api.NAME
        qualified = f"{obj.__module__}.{obj.__qualname__}" \
            if hasattr(obj, "__qualname__") else f"kg.api.{name}"
        assert f'id="{qualified}"' in pages, f"kg.{name} ({qualified}) is missing from the API reference"


def test_public_api_type_checks_and_its_types_catch_mistakes(tmp_path: Path) -> None:
    result = _run("-m", "mypy", "--cache-dir", tmp_path / "cache")
    assert result.returncode == 0, result.stdout + result.stderr
    wrong = tmp_path / "wrong.py"
    wrong.write_text("import kg\n"
                     "kg.extract(42)\n"
                     "kg.build('a.txt', store='s').documents.upper()\n"
                     "rows: int = kg.open_store('s').query('actors')\n", encoding="utf-8")
    result = _run("-m", "mypy", "--strict", "--follow-imports=silent", "--cache-dir", tmp_path / "cache",
                  wrong)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["2", "3", "4"], result.stdout


def test_example_script_answers_from_the_graph(tmp_path: Path) -> None:
    result = _run(EXAMPLES / "research_questions.py", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "network.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # question 1 against the rows of the same query, counted here without pandas
    meetings: dict[str, set[str]] = defaultdict(set)
    with kg.build(EXAMPLES).graph() as graph:
        for row in graph.query("meetings"):
            if "participantName" in row:  # a meeting of unnamed parties has a row without one
                meetings[str(row["participantName"])].add(str(row["meeting"]))
        n_actors = graph.to_networkx(view="actors").number_of_nodes()
    with open(tmp_path / "most-meetings.csv", encoding="utf-8") as f:
        answer = {row["participantName"]: int(row["meetings"]) for row in csv.DictReader(f)}
    assert answer == {name: len(ids) for name, ids in meetings.items()}
    assert f"network: {n_actors} actors" in result.stdout
    for name in ("stances", "quoted"):
        assert (tmp_path / f"{name}.csv").read_text(encoding="utf-8").count("\n") >= 2
