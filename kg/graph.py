"""`kg.Graph`: a negotiation graph to ask questions of, from Python.

A `Graph` wraps one `kg.sparql.GraphSource` (a store folder, RDF files, an endpoint, or a
graph just built in memory) the way rdflib's `Graph` wraps a store: `graph.query(...)`
takes SPARQL text, a ready-made query name (`"meetings"`) or a `.rq` file, and returns a
`kg.sparql.Result` whose rows iterate like rdflib's and turn into a pandas DataFrame;
`graph.to_networkx(view=...)` gives the same network `kg export` writes. This module is
imported by `kg query`, so it must stay light: no spaCy, and pandas/networkx only inside
the methods that need them.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError, QueryError
from kg.sparql import GraphSource, Result, open_source

if TYPE_CHECKING:
    import rdflib

    from kg.export.projection import Projection

PathLike = str | os.PathLike[str]


def load_query(arg: str | os.PathLike[str]) -> tuple[str, str]:
    """(query text, label for messages) for a `.rq` file, a ready-made query name, or query text."""
    from kg.rdf.resources import query_names, query_text

    arg_text = os.fspath(arg)
    path = Path(arg_text)
    looks_like_file = isinstance(arg, os.PathLike) or arg_text.endswith(".rq") or (
        "\n" not in arg_text and len(arg_text) < 400 and path.is_file())
    if looks_like_file:
        if path.is_file():
            try:
                return path.read_text(encoding="utf-8"), str(path)
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"{path}: cannot read query ({exc})") from None
        if path.name[:-3] in query_names():  # queries/x.rq from another working directory
            return query_text(path.name), f"queries/{path.name}"
        raise InputError(f"{path}: no such query file (ready-made: {', '.join(query_names())})")
    if re.fullmatch(r"[A-Za-z][\w-]*", arg_text):
        if arg_text in query_names():
            return query_text(arg_text), f"queries/{arg_text}.rq"
        raise InputError(f"{arg_text}: no such ready-made query (try: {', '.join(query_names())})")
    return arg_text, "query"


def query_names() -> list[str]:
    """The names of the ready-made queries (`queries/*.rq`), e.g. `meetings`, `who-met-whom`."""
    from kg.rdf.resources import query_names as names

    return names()


class Graph:
    """A negotiation graph: query it with SPARQL, read it into pandas or networkx.

    Get one from `kg.open_store`, `kg.open_data`, `kg.open_endpoint` or
    `kg.build(...).graph()`. Use it as a context manager (or call `close`) to release a
    store's lock early.

    Example:
        >>> import kg
        >>> with kg.open_store("kg-store") as g:          # doctest: +SKIP
        ...     df = g.query("meetings").to_dataframe()
        ...     network = g.to_networkx(view="actors")
    """

    def __init__(self, source: GraphSource) -> None:
        self._source = source

    @property
    def source(self) -> GraphSource:
        """The underlying `kg.sparql.GraphSource` (store, files or endpoint)."""
        return self._source

    def __repr__(self) -> str:
        return f"<kg.Graph {self._source.description}>"

    def query(self, query: str | os.PathLike[str]) -> Result:
        """Run SPARQL over the union of all document graphs.

        Args:
            query: the query text, the name of a ready-made query (see `kg.query_names()`),
                or a `.rq` file.

        Returns:
            A `kg.sparql.Result`: iterate it for rows (dicts of rdflib terms) for SELECT,
            `bool(result)` for ASK, `result.graph` for CONSTRUCT/DESCRIBE;
            `result.to_dataframe()` for a pandas DataFrame.

        Raises:
            kg.errors.InputError: no such query file or ready-made query.
            kg.errors.QueryError: the query does not parse or fails.
        """
        text, label = load_query(query)
        try:
            return self._source.run(text)
        except QueryError as exc:
            raise QueryError(f"{label}: {exc}") from None

    def to_dataframe(self, query: str | os.PathLike[str]) -> Any:
        """`self.query(query).to_dataframe()`: a SELECT's rows as a pandas DataFrame."""
        return self.query(query).to_dataframe()

    def to_rdflib(self) -> rdflib.Graph:
        """Every triple (the union of the document graphs) as one rdflib Graph."""
        from kg.export.projection import fetch_graph

        return fetch_graph(self._source)

    def projection(self, view: str = "full", *, categories: Iterable[str] | None = None,
                   since: str | None = None, until: str | None = None, min_weight: int = 1,
                   drop_isolated: bool = False) -> Projection:
        """The readable network of actors, meetings and proposals that the exports write.

        `view="actors"` is the co-participation network (who met whom). The filters are
        those of `kg export`: keep only `categories`, drop what is dated wholly outside
        `since`..`until` (ISO dates), drop edges supported by fewer than `min_weight`
        documents, and with `drop_isolated` the nodes left without edges.
        """
        from kg.export.projection import VIEWS, filter_projection, project

        if view not in VIEWS:
            raise ValueError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
        from kg.export.projection import fetch_for_projection

        projection = project(fetch_for_projection(self._source), view=view)
        if categories or since or until or min_weight > 1 or drop_isolated:
            projection = filter_projection(projection, categories=categories, since=since, until=until,
                                           min_weight=min_weight, drop_isolated=drop_isolated)
        return projection

    def to_networkx(self, view: str = "actors", **filters: Any) -> Any:
        """The network as a networkx multigraph; node and edge attributes are flat values.

        `view="actors"` (default): an undirected `MultiGraph` of actors joined by `met`
        edges whose `weight` is the number of shared meetings. `view="full"`: a
        `MultiDiGraph` of actors, meetings and proposals. `filters` are those of
        `projection`. Nodes are IRIs with a `label` and a `category` attribute.
        """
        from kg.export.projection import to_networkx

        return to_networkx(self.projection(view, **filters))

    def close(self) -> None:
        """Release the source (a store's lock); the graph cannot be queried afterwards."""
        self._source.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: PathLike) -> Graph:
    """A store folder built with `kg build --store` / `kg.build(store=...)`, opened read-only.

    Raises:
        kg.errors.InputError: there is no store at `path`.
    """
    return Graph(open_source(store=Path(path)))


def open_data(*paths: PathLike | Sequence[PathLike]) -> Graph:
    """RDF files (`.ttl .nt .nq .trig .jsonld`) loaded into memory, as `kg query --data` does.

    Accepts paths as separate arguments or one list. Raises `kg.errors.InputError` for a
    missing or malformed file.
    """
    files: list[Path] = []
    for p in paths:
        if isinstance(p, str | os.PathLike):
            files.append(Path(p))
        else:
            files.extend(Path(x) for x in p)
    if not files:
        raise InputError("open_data: give at least one RDF file")
    return Graph(open_source(data=files))


def open_endpoint(url: str) -> Graph:
    """A SPARQL 1.1 endpoint (e.g. `oxigraph serve --union-default-graph`), read over HTTP.

    Failures of the endpoint are raised as `kg.errors.EndpointError` when a query runs.
    """
    return Graph(open_source(endpoint=url))
