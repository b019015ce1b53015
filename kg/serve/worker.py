"""The worker process: opens the store and answers one job at a time over a pipe.

pyoxigraph evaluates a query in Rust and offers no way to cancel it, so the only honest
time limit is to run it in a process that can be killed at the deadline (`kg.serve.pool`).
A worker opens the store once (read-only, or read-write for the one-off update worker),
then loops: receive a job, send back `(status, media type or message, body)`. Output is
written into a capped buffer, so a result larger than the limit stops being produced as
soon as it crosses it instead of filling memory first. Nothing here raises to the parent:
every failure becomes an HTTP status and a one-line message.
"""

from __future__ import annotations

from typing import Any

#: (HTTP status, media type or error message, body)
Reply = tuple[int, str, bytes]


class ResultTooLarge(Exception):
    """Raised by `CappedBuffer.write` once the output passes its limit."""


class CappedBuffer:
    """A binary file-like object that refuses to grow past `limit` bytes."""

    def __init__(self, limit: int):
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0
        self.exceeded = False

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            self.exceeded = True
            raise ResultTooLarge
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        """File protocol; nothing is buffered beyond `parts`."""

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


def _dataset(job: dict[str, Any]) -> dict[str, Any]:
    """Keyword arguments for Store.query from the protocol's default-/named-graph-uri."""
    import pyoxigraph as ox

    options: dict[str, Any] = {}
    if job.get("default_graphs"):
        options["default_graph"] = [ox.NamedNode(g) for g in job["default_graphs"]]
    else:
        options["use_default_graph_as_union"] = True
    if job.get("named_graphs"):
        options["named_graphs"] = [ox.NamedNode(g) for g in job["named_graphs"]]
    return options


def run_query(store: Any, job: dict[str, Any]) -> Reply:
    """Evaluate a query and serialise it in the format the client accepts."""
    import pyoxigraph as ox

    from kg.serve.formats import choose

    try:
        answer = store.query(job["query"], **_dataset(job))
    except SyntaxError as exc:
        return 400, f"syntax error: {_first_line(exc)}", b""
    except ValueError as exc:
        return 400, f"bad request: {_first_line(exc)}", b""
    except OSError as exc:
        return 500, f"query failed: {_first_line(exc)}", b""
    kind = "graph" if isinstance(answer, ox.QueryTriples) else "results"
    fmt = choose(kind, job.get("accept") or [])
    if fmt is None:
        wanted = ", ".join(job.get("accept") or [])
        return 406, f"cannot answer a {'graph' if kind == 'graph' else 'result table'} as {wanted}", b""
    out = CappedBuffer(job["max_bytes"])
    try:
        answer.serialize(out, fmt.oxigraph())
    except Exception as exc:  # noqa: BLE001 - pyoxigraph wraps the write error; `out` says which
        if out.exceeded:
            return 422, f"the result is larger than {job['max_bytes']} bytes; add a LIMIT", b""
        return 500, f"query failed: {_first_line(exc)}", b""
    return 200, fmt.media_type, out.getvalue()


def run_update(store: Any, job: dict[str, Any]) -> Reply:
    try:
        store.update(job["update"])
        store.flush()
    except SyntaxError as exc:
        return 400, f"syntax error: {_first_line(exc)}", b""
    except (OSError, ValueError) as exc:
        return 500, f"update failed: {_first_line(exc)}", b""
    return 204, "", b""


def render_explorer(store: Any, job: dict[str, Any]) -> Reply:
    """The explorer page of `kg export --to html`, from the store as it is now."""
    from kg.export.html import render
    from kg.export.projection import fetch_graph, project
    from kg.sparql import OxigraphSource

    graph = fetch_graph(OxigraphSource(store, "store"))
    return 200, "text/html; charset=utf-8", render(project(graph, view=job.get("view", "full")))


JOBS = {"query": run_query, "update": run_update, "explorer": render_explorer}


def main(conn: Any, store_path: str, writable: bool) -> None:
    """Entry point of the worker process."""
    import pyoxigraph as ox

    try:
        store = ox.Store(store_path) if writable else ox.Store.read_only(store_path)
        broken = ""
    except (OSError, RuntimeError) as exc:
        store, broken = None, f"cannot open the store ({_first_line(exc)})"
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if broken:
            reply: Reply = (503, broken, b"")
        else:
            try:
                reply = JOBS[job["type"]](store, job)
            except Exception as exc:  # noqa: BLE001 - the parent gets a status, never a traceback
                reply = (500, f"internal error: {type(exc).__name__}", b"")
        conn.send(reply)
