"""A pool of worker processes that can be killed at a query's deadline.

Why processes and not threads: pyoxigraph runs a query in Rust and cannot be interrupted
from Python, so a thread running a runaway query keeps its core and memory until the query
ends by itself. A process can be killed. Each request takes an idle worker, sends it the
job and waits for the reply in a thread of a private executor (the event loop stays free);
at the deadline the worker is killed with SIGKILL and replaced by a fresh one, so one
expensive query costs one worker for at most the time limit, never the server.

The time limit covers waiting for a free worker too: when every worker is busy, a request
fails with 503 at its deadline instead of queueing forever. When the store changes on disk
(`refresh`), workers are replaced by ones that open the new state; busy workers finish
their job first.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from kg.serve import worker as worker_module
from kg.serve.worker import Reply

_CONTEXT = multiprocessing.get_context("spawn")  # no fork of a process running an event loop


class Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, store: Path, writable: bool, generation: int):
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=worker_module.main, args=(child, str(store), writable),
                                        daemon=True, name="kg-serve-worker")
        self.process.start()
        child.close()
        self.generation = generation

    def roundtrip(self, job: dict[str, Any]) -> Reply:
        """Send a job and wait for its reply (blocking; run in a thread)."""
        self.conn.send(job)
        return self.conn.recv()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class WorkerPool:
    """`size` read-only workers on `store` (or one-off read-write workers, see `run_once`)."""

    def __init__(self, store: Path, size: int):
        self.store = Path(store)
        self.size = size
        self.generation = 0
        self._idle: asyncio.Queue[Worker] = asyncio.Queue()
        self._threads = ThreadPoolExecutor(max_workers=size + 1, thread_name_prefix="kg-serve-pipe")
        self._all: set[Worker] = set()

    def start(self) -> None:
        for _ in range(self.size):
            self._idle.put_nowait(self._spawn())

    def _spawn(self) -> Worker:
        w = Worker(self.store, writable=False, generation=self.generation)
        self._all.add(w)
        return w

    def _retire(self, w: Worker) -> None:
        self._all.discard(w)
        w.kill()

    def alive(self) -> int:
        return sum(1 for w in self._all if w.process.is_alive())

    async def run(self, job: dict[str, Any], timeout: float) -> Reply:
        """The worker's reply, or 503 when no worker was free or the job ran out of time."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            w = await asyncio.wait_for(self._idle.get(), timeout)
        except TimeoutError:
            return 503, f"the server is busy: no worker became free within {timeout:g} s", b""
        try:
            reply = await asyncio.wait_for(loop.run_in_executor(self._threads, w.roundtrip, job),
                                           max(0.0, deadline - loop.time()))
        except TimeoutError:
            self._retire(w)
            w = self._spawn()
            return 503, f"the query ran longer than the time limit of {timeout:g} s and was stopped", b""
        except (EOFError, OSError):
            self._retire(w)
            w = self._spawn()
            return 500, "the query worker died (out of memory?)", b""
        finally:
            if w.generation != self.generation:
                self._retire(w)
                w = self._spawn()
            self._idle.put_nowait(w)
        return reply

    async def run_once(self, job: dict[str, Any], timeout: float) -> Reply:
        """Run one job in a fresh read-write worker (updates), killed at the deadline."""
        loop = asyncio.get_running_loop()
        w = Worker(self.store, writable=True, generation=self.generation)
        try:
            return await asyncio.wait_for(loop.run_in_executor(self._threads, w.roundtrip, job), timeout)
        except TimeoutError:
            return 503, f"the update ran longer than the time limit of {timeout:g} s and was stopped", b""
        except (EOFError, OSError):
            return 500, "the update worker died", b""
        finally:
            w.kill()

    def refresh(self) -> None:
        """The store changed: replace idle workers now, busy ones when they come back."""
        self.generation += 1
        fresh = []
        while not self._idle.empty():
            self._retire(self._idle.get_nowait())
            fresh.append(self._spawn())
        for w in fresh:
            self._idle.put_nowait(w)

    def close(self) -> None:
        for w in list(self._all):
            self._retire(w)
        self._threads.shutdown(wait=False, cancel_futures=True)


def store_signature(path: Path) -> tuple[tuple[str, int, int], ...]:
    """What changes on disk when a writer changes the store (RocksDB's own log files excluded)."""
    entries = []
    try:
        with os.scandir(path) as it:
            for e in it:
                if e.name == "LOCK" or e.name.startswith("LOG") or not e.is_file():
                    continue
                st = e.stat()
                entries.append((e.name, st.st_size, st.st_mtime_ns))
    except OSError:
        return ()
    return tuple(sorted(entries))
