"""`kg model info`: the pipeline in use, its components, scores and licence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

MODEL = Path(__file__).resolve().parents[1] / "kg" / "models" / "de_kg_news"
pytestmark = pytest.mark.skipif(not MODEL.is_dir(), reason="bundled model missing")


def _kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=120)


def test_model_info_names_pipeline_components_scores_and_licence() -> None:
    result = _kg("model", "info")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "de_kg_news" in out
    components_line = next(line for line in out.splitlines() if line.startswith("components:"))
    for name in ("tok2vec", "parser", "ner"):
        assert name in components_line
    added = next(line for line in out.splitlines() if line.startswith("kg components added"))
    for name in ("kg_timex", "kg_cues", "kg_actors", "kg_coref"):
        assert name in added
    assert "dep_las" in out and "CC BY-SA" in out


def test_model_info_with_an_explicit_path_and_a_bad_one() -> None:
    ok = _kg("model", "info", "--model", str(MODEL))
    assert ok.returncode == 0 and str(MODEL) in ok.stdout
    bad = _kg("model", "info", "--model", str(MODEL.parent / "no-such-model"))
    assert bad.returncode != 0
    assert len(bad.stderr.strip().splitlines()) == 1 and "no-such-model" in bad.stderr
