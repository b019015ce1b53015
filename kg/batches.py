"""Extraction in batches: in this process, in worker processes, or as tasks on a Dask cluster.

A task takes a list of documents and returns one `Result` per document, in input order:
the N-Triples lines of the document's graph (mapped to RDF in the worker, so the mapping
runs in parallel too), or, when the building process still needs the plain records (to
link them to Wikidata), the `Extraction` itself. However the tasks run and whichever ends
first, results are handed back in input order, and each task is a pure function of its
documents and the model, so any number of workers writes exactly what one does.

At most `2 * workers` tasks are in flight at a time: memory holds a few batches, not the
corpus. Worker processes are started with "spawn" (no fork of a process holding a RocksDB
store and threads) and with one BLAS thread each, which is what makes two processes on two
cores faster than one process using both.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.document import Document
    from kg.records import Extraction

#: documents per task: enough to keep spaCy's nlp.pipe batching, few enough to bound memory
BATCH_SIZE = 64
_SINGLE_THREAD = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass
class Result:
    """One document's extraction: its graph as N-Triples lines, or its records."""

    doc_id: str
    words: int
    lines: list[str] | None = None
    extraction: Extraction | None = None


def run_batch(docs: list[Document], model: str | None, records: bool = False) -> list[Result]:
    """Extract `docs` (the task every executor runs); `records` keeps the Extraction instead of RDF."""
    from kg.api import extractor
    from kg.rdf.mapping import extraction_to_lines

    out = []
    for x in extractor(model).pipe(docs):
        words = len(x.document.text.split())
        if records:
            out.append(Result(x.document.id, words, extraction=x))
        else:
            out.append(Result(x.document.id, words, lines=extraction_to_lines(x)))
    return out


def chunks(docs: Iterable[Document], size: int = BATCH_SIZE) -> Iterator[list[Document]]:
    """`docs` in lists of `size`."""
    batch: list[Document] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _single_thread() -> None:
    for name in _SINGLE_THREAD:
        os.environ[name] = "1"


def _in_order(submit: Any, batches: Iterable[list[Document]], in_flight: int) -> Iterator[list[Result]]:
    """Submit batches keeping at most `in_flight` pending; yield their results in input order."""
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def in_processes(batches: Iterable[list[Document]], model: str | None, records: bool,
                 workers: int) -> Iterator[list[Result]]:
    """Results of `batches` from `workers` local processes, each loading the model once."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_single_thread) as pool:
        yield from _in_order(lambda b: pool.submit(run_batch, b, model, records), batches, 2 * workers)


def on_dask(batches: Iterable[list[Document]], model: str | None, records: bool,
            scheduler: str) -> Iterator[list[Result]]:
    """Results of `batches` computed as tasks on the Dask cluster at `scheduler`.

    Every worker needs kg installed (and the model, if it is not the bundled one); each
    worker process loads the model once, on its first task, and keeps it.
    """
    from kg.errors import KgError

    try:
        from distributed import Client
    except ImportError:
        raise KgError("--dask needs the dask extra: pip install 'kg[dask]'") from None
    try:
        client = Client(scheduler, timeout=10)
    except (OSError, TimeoutError) as exc:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _in_order(lambda b: client.submit(run_batch, b, model, records, pure=False),
                             batches, 2 * workers)
    finally:
        client.close()


def results(batches: Iterable[list[Document]], model: str | None, records: bool = False, *,
            workers: int = 1, dask: str | None = None) -> Iterator[list[Result]]:
    """Results of `batches`, in order, from this process, `workers` processes or a Dask cluster."""
    if dask is not None:
        return on_dask(batches, model, records, dask)
    if workers > 1:
        return in_processes(batches, model, records, workers)
    return (run_batch(b, model, records) for b in batches)


__all__ = ["BATCH_SIZE", "Result", "chunks", "results", "run_batch"]
