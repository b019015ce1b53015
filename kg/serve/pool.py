"""A pool of worker processes that can be killed at a query's deadline.

Why processes and not threads: pyoxigraph runs a query in Rust and cannot be interrupted
from Python, so a thread running a runaway query keeps its core and memory until the query
ends by itself. A process can be killed. Each request takes an idle worker, sends it the
job and waits for the reply in a thread of a private executor (the event loop stays free);
at the deadline the worker is killed with SIGKILL and replaced by a fresh one, so one
expensive query costs one worker for at most the time limit, never the server.

A query still running after a second is probably an expensive one: its worker gets the
lowest CPU priority (nice 19) so that it cannot starve the cheap queries of the other
workers, and it is replaced by a fresh worker once it is done (an unprivileged process
cannot raise a priority again). The time limit covers waiting for a free worker too: when
every worker is busy, a request fails with 503 at its deadline instead of queueing forever.
When the store changes on disk (`refresh`), workers are replaced by ones that open the new
state; busy workers finish their job first.
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
#: seconds after which a running query's worker is given the lowest CPU priority
DEMOTE_AFTER = 1.0


class Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, store: Path, writable: bool, generation: int):
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(target=worker_module.main, args=(child, str(store), writable),
                                        daemon=True, name="kg-serve-worker")
        self.process.start()
        child.close()
        self.generation = generation
        self.demoted = False

    def roundtrip(self, job: dict[str, Any]) -> Reply:
        """Send a job and wait for its reply (blocking; run in a thread)."""
        self.conn.send(job)
        return self.conn.recv()

    def demote(self) -> None:
        """Lowest CPU priority (it cannot be raised again without privileges: see `WorkerPool.run`)."""
        try:
            os.setpriority(os.PRIO_PROCESS, self.process.pid or 0, 19)
            self.demoted = True
        except OSError:
            pass

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
        self._replacing = 0
        self._tasks: set[asyncio.Task[None]] = set()

    def start(self) -> None:
        for _ in range(self.size):
            w = Worker(self.store, writable=False, generation=self.generation)
            self._all.add(w)
            self._idle.put_nowait(w)

    def _replace(self, old: Worker) -> None:
        """Kill `old` and start a fresh worker in its place, off the event loop (both block)."""
        self._all.discard(old)
        self._replacing += 1
        task = asyncio.get_running_loop().create_task(self._respawn(old))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _respawn(self, old: Worker) -> None:
        try:
            await asyncio.to_thread(old.kill)
            new = await asyncio.to_thread(Worker, self.store, False, self.generation)
            self._all.add(new)
            self._idle.put_nowait(new)
        finally:
            self._replacing -= 1

    def alive(self) -> int:
        """Workers running or being started."""
        return sum(1 for w in self._all if w.process.is_alive()) + self._replacing

    async def run(self, job: dict[str, Any], timeout: float) -> Reply:
        """The worker's reply, or 503 when no worker was free or the job ran out of time."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            w = await asyncio.wait_for(self._idle.get(), timeout)
        except TimeoutError:
            return 503, f"the server is busy: no worker became free within {timeout:g} s", b""
        keep = False
        try:
            reply = await self._reply(w, job, deadline)
            keep = True
        except TimeoutError:
            reply = 503, f"the query ran longer than the time limit of {timeout:g} s and was stopped", b""
        except (EOFError, OSError):
            reply = 500, "the query worker died (out of memory?)", b""
        finally:  # also on cancellation: a worker that may still be busy is never reused
            if keep and w.generation == self.generation and not w.demoted:
                self._idle.put_nowait(w)
            else:
                self._replace(w)
        return reply

    async def _reply(self, w: Worker, job: dict[str, Any], deadline: float) -> Reply:
        """The worker's reply by `deadline` (TimeoutError if not); a job still running after
        `DEMOTE_AFTER` seconds gets its process the lowest CPU priority, so that the cheap
        queries of the other workers are not starved by it while it runs out its time."""
        loop = asyncio.get_running_loop()
        pending = loop.run_in_executor(self._threads, w.roundtrip, job)
        try:
            return await asyncio.wait_for(asyncio.shield(pending), min(DEMOTE_AFTER, deadline - loop.time()))
        except TimeoutError:
            if loop.time() >= deadline:
                raise
        w.demote()
        return await asyncio.wait_for(pending, max(0.0, deadline - loop.time()))

    async def run_once(self, job: dict[str, Any], timeout: float) -> Reply:
        """Run one job in a fresh read-write worker (updates), killed at the deadline."""
        loop = asyncio.get_running_loop()
        w = await asyncio.to_thread(Worker, self.store, True, self.generation)
        try:
            return await asyncio.wait_for(loop.run_in_executor(self._threads, w.roundtrip, job), timeout)
        except TimeoutError:
            return 503, f"the update ran longer than the time limit of {timeout:g} s and was stopped", b""
        except (EOFError, OSError):
            return 500, "the update worker died", b""
        finally:
            await asyncio.to_thread(w.kill)

    def refresh(self) -> None:
        """The store changed: replace idle workers now, busy ones when they come back."""
        self.generation += 1
        while not self._idle.empty():
            self._replace(self._idle.get_nowait())

    def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        for w in list(self._all):
            w.kill()
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
