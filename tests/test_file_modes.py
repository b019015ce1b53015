"""Files kg writes get the permissions of a normal file the user creates (not mkstemp's 0600)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kg.iri import graph_iri
from kg.rdf.mapping import extraction_to_graph
from kg.rdf.serialize import write
from tests.support.extractions import geneva_extraction


def graphs() -> dict:
    x = geneva_extraction()
    return {graph_iri(x.document.id): extraction_to_graph(x)}


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_new_file_follows_the_umask(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        write(graphs(), tmp_path / "g.trig")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "g.trig").stat().st_mode) == 0o666 & ~umask
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "g.nt"
    target.write_text("")
    target.chmod(0o640)
    write(graphs(), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.stat().st_size > 0


def test_kg_build_out_gets_a_normal_files_mode(tmp_path: Path) -> None:
    from tests.support.kgcli import run_kg

    article = tmp_path / "a.txt"
    article.write_text("Der Außenminister Erik Sandberg traf in Genf Lena Vogt.\n", encoding="utf-8")
    out = tmp_path / "out" / "graph.ttl"
    result = run_kg("build", article, "--out", out)  # the subprocess inherits this process's umask
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~_current_umask()


def _current_umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask
