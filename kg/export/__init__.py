"""Exporting the negotiation graph to graph tools: `kg export --to FORMAT`.

`projection` turns the RDF graph into the readable network every format writes (except
JSON-LD, which keeps the RDF itself); one module per format renders it to bytes, and
`write` puts those bytes where `--out` says, atomically. Formats:

    graphml    yEd, Gephi, Cytoscape desktop, networkx          (graphml.py)
    gexf       Gephi, GEXF 1.3 with a timeline                  (gexf.py)
    cytoscape  Cytoscape.js / Cytoscape desktop (.cyjs) JSON     (cytoscape.py)
    dot        Graphviz                                         (dot.py)
    csv        neo4j-admin import and Gephi spreadsheet tables  (tables.py)
    jsonld     JSON-LD with a compact context from the ontology (jsonld.py)
    html       a self-contained interactive explorer            (html.py)
"""

from __future__ import annotations

import os
from pathlib import Path

from rdflib import Graph

from kg.export.projection import Projection

FORMATS: dict[str, str] = {
    "graphml": ".graphml",
    "gexf": ".gexf",
    "cytoscape": ".cyjs",
    "dot": ".dot",
    "csv": "",
    "jsonld": ".jsonld",
    "html": ".html",
}


def render(fmt: str, projection: Projection, graph: Graph | None = None, title: str | None = None) -> bytes:
    """One single-file format as bytes (not csv, which is several files: see `write`).

    `graph` is the RDF graph (needed for jsonld only), `title` the html page's title.
    """
    if fmt == "graphml":
        from kg.export import graphml as mod
    elif fmt == "gexf":
        from kg.export import gexf as mod  # type: ignore[no-redef]
    elif fmt == "cytoscape":
        from kg.export import cytoscape as mod  # type: ignore[no-redef]
    elif fmt == "dot":
        from kg.export import dot as mod  # type: ignore[no-redef]
    elif fmt == "html":
        from kg.export import html

        return html.render(projection, title=title)
    elif fmt == "jsonld":
        from kg.export import jsonld

        if graph is None:
            raise ValueError("JSON-LD is written from the RDF graph, not from the projection")
        return jsonld.render(graph)
    else:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    return mod.render(projection)


def write(fmt: str, projection: Projection, out: str | Path, graph: Graph | None = None,
          title: str | None = None) -> list[Path]:
    """Write format `fmt` to `out` (a file; for csv a folder or a name prefix); the paths written.

    `out` may be a string so that a trailing "/" (which `Path` drops) can say "a folder".
    """
    raw = os.fspath(out)
    path = Path(raw)
    if fmt == "csv":
        from kg.export import tables

        as_dir = raw.endswith(("/", os.sep)) or path.is_dir()
        if as_dir:
            path.mkdir(parents=True, exist_ok=True)
        content = tables.tables(projection)
        written = []
        for name, target in tables.paths(path, as_dir).items():
            _write(target, content[name])
            written.append(target)
        return written
    _write(path, render(fmt, projection, graph, title))
    return [path]


def _write(path: Path, data: bytes) -> None:
    """Atomic write with a normal file's permissions; a full disk is a one-line error."""
    from kg.rdf.serialize import write_bytes

    write_bytes(path, data)


from kg._callable import make_callable  # noqa: E402 - last: see kg/_callable.py

make_callable(__name__)
