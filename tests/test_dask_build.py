"""`kg build --dask`: extraction as tasks on a real `dask.distributed.LocalCluster` of two
worker processes (each loads the model once); the store must equal a local build's."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from tests.support.scale_corpus import write_jsonl

distributed = pytest.importorskip("distributed")


def quads(store: Path) -> list[bytes]:
    return sorted(ox.Store.read_only(str(store)).dump(format=ox.RdfFormat.N_QUADS).splitlines())


def test_dask_build_equals_a_local_build(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", 3)
    local = kg.build(corpus, store=tmp_path / "local", out=tmp_path / "local.nq", batch_size=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = kg.build(corpus, store=tmp_path / "dask", out=tmp_path / "dask.nq", batch_size=1,
                          dask=cluster.scheduler_address)
        with distributed.Client(cluster.scheduler_address) as client:
            ran_on = client.run(lambda: __import__("sys").modules.get("kg.batches") is not None)
    assert remote.documents == local.documents == ["doc-000", "doc-001", "doc-002"]
    assert sum(ran_on.values()) >= 1  # the tasks ran in the worker processes, not here
    assert (tmp_path / "dask.nq").read_bytes() == (tmp_path / "local.nq").read_bytes()
    assert quads(tmp_path / "dask") == quads(tmp_path / "local")


def test_unreachable_scheduler_is_a_one_line_error(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", 1)
    with pytest.raises(kg.KgError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        kg.build(corpus, store=tmp_path / "s", dask="tcp://127.0.0.1:9")
