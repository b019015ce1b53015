"""Writing graphs to files: deterministic bytes, atomic replacement.

Same input must give byte-identical output (so that builds can be diffed and cached), but
rdflib's serialisers iterate over hash-ordered sets for some formats. So:
- N-Triples / N-Quads are written line by line, sorted and de-duplicated;
- Turtle uses rdflib's serialiser (which sorts subjects, predicates and objects) on a graph
  with a fixed prefix table;
- TriG is assembled here: one Turtle block per named graph, graphs sorted by IRI;
- JSON-LD is written here in expanded form, graphs, subjects, predicates and values sorted.
Files are written to a temporary file next to the target and renamed over it, so a failed
or interrupted write never leaves a half-written file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import KgError
from kg.rdf.mapping import bind_prefixes

#: file suffix -> format name
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
}
#: formats that keep the named graphs (the others merge all documents into one graph)
DATASET_FORMATS = {"nquads", "trig", "json-ld"}

Graphs = Mapping[URIRef, Graph]


def format_for(path: Path) -> str:
    """The format a file name asks for; an unknown suffix is the user's error."""
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        known = ", ".join(FORMATS)
        raise KgError(f"{path}: unknown RDF format {Path(path).suffix or '(no suffix)'!r} (use {known})")
    return fmt


def _merged(graphs: Graphs) -> Graph:
    merged = bind_prefixes(Graph())
    for g in graphs.values():
        merged += g
    return merged


def _nt_lines(graph: Graph) -> list[str]:
    text = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
    return [line for line in text.split("\n") if line.strip()]


def ntriples(graphs: Graphs) -> str:
    lines = sorted(set(_nt_lines(_merged(graphs))))
    return "".join(line + "\n" for line in lines)


def nquads(graphs: Graphs) -> str:
    lines: set[str] = set()
    for name, g in graphs.items():
        for line in _nt_lines(g):
            lines.add(f"{line.rstrip()[:-1].rstrip()} <{name}> .")
    return "".join(line + "\n" for line in sorted(lines))


def _turtle_parts(graph: Graph) -> tuple[list[str], str]:
    """(prefix lines, body) of rdflib's Turtle for `graph`."""
    lines = bind_prefixes(graph).serialize(format="turtle").split("\n")
    # only the leading lines are prefixes: a line of a multi-line literal may start with "@prefix"
    n = 0
    while n < len(lines) and (lines[n].startswith("@prefix") or not lines[n].strip()):
        n += 1
    return [line for line in lines[:n] if line.strip()], "\n".join(lines[n:]).strip()


def turtle(graphs: Graphs) -> str:
    prefixes, body = _turtle_parts(_merged(graphs))
    return "\n".join(sorted(prefixes)) + "\n\n" + body + "\n"


def trig_block(name: URIRef, graph: Graph) -> tuple[list[str], str]:
    """(prefix lines, block) of one named graph in TriG."""
    g = bind_prefixes(Graph())
    g += graph
    prefixes, body = _turtle_parts(g)
    # not indented: rdflib writes a literal with a line break as a """long string""", and
    # indenting its lines would change the literal
    return prefixes, f"<{name}> {{\n{body}\n}}\n"


def trig_header(prefixes: set[str]) -> str:
    return "\n".join(sorted(prefixes)) + "\n\n"


def trig(graphs: Graphs) -> str:
    all_prefixes: set[str] = set()
    blocks: list[str] = []
    for name in sorted(graphs):
        prefixes, block = trig_block(name, graphs[name])
        all_prefixes.update(prefixes)
        blocks.append(block)
    return trig_header(all_prefixes) + "\n".join(blocks)


def _jsonld_value(term: Node) -> dict[str, str]:
    if isinstance(term, Literal):
        out = {"@value": str(term)}
        if term.language:
            out["@language"] = term.language
        elif term.datatype is not None and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
            out["@type"] = str(term.datatype)
        return out
    if isinstance(term, BNode):
        return {"@id": f"_:{term}"}
    return {"@id": str(term)}


def _value_key(v: dict[str, str]) -> tuple[str, ...]:
    return tuple(f"{k}={v[k]}" for k in sorted(v))


def jsonld_entry(name: URIRef, graph: Graph) -> dict[str, object]:
    """One named graph as an expanded JSON-LD `@graph` object, everything sorted."""
    nodes: dict[str, dict[str, list]] = {}
    for s, p, o in graph:
        node = nodes.setdefault(_jsonld_value(s)["@id"], {})
        if p == RDF.type and not isinstance(o, Literal):
            node.setdefault("@type", []).append(str(o))
        else:
            node.setdefault(str(p), []).append(_jsonld_value(o))
    body = []
    for sid in sorted(nodes):
        entry: dict[str, object] = {"@id": sid}
        for key in sorted(nodes[sid]):
            values = nodes[sid][key]
            if key == "@type":
                entry[key] = sorted(set(values))
            else:
                unique = {_value_key(v): v for v in values}
                entry[key] = [unique[k] for k in sorted(unique)]
        body.append(entry)
    return {"@id": str(name), "@graph": body}


def jsonld_item(entry: dict[str, object]) -> str:
    """One entry as it appears inside the top-level list written by `jsonld` (indent 1)."""
    text = json.dumps(entry, ensure_ascii=False, indent=1, sort_keys=False)
    return "\n".join(" " + line for line in text.split("\n"))


def jsonld(graphs: Graphs) -> str:
    """Expanded JSON-LD: one `@graph` object per named graph, everything sorted."""
    out = [jsonld_entry(name, graphs[name]) for name in sorted(graphs)]
    return json.dumps(out, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


WRITERS = {"nt": ntriples, "nquads": nquads, "turtle": turtle, "trig": trig, "json-ld": jsonld}


def serialize(graphs: Graphs, fmt: str) -> bytes:
    """All graphs (named graph IRI -> content) in `fmt`, as deterministic UTF-8 bytes."""
    try:
        writer = WRITERS[fmt]
    except KeyError:
        raise KgError(f"unknown RDF format {fmt!r} (use one of {', '.join(WRITERS)})") from None
    return writer(graphs).encode("utf-8")


def _mode_for(path: Path) -> int:
    """The mode of the file being replaced, or that of a new file under the current umask."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0o022)  # reading the umask means setting it; restored at once
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder and a rename.

    Missing parent folders are created (`--out out/graph.trig` in a fresh checkout). The
    file gets the permissions a file created by the user would get (0666 less the umask),
    or keeps those of the file it replaces: mkstemp creates it private (0600), and the
    rename would carry that mode over.
    """
    path = Path(path)
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgError(f"{path}: cannot create folder {parent} ({exc.strerror})") from None
    if path.is_dir():
        raise KgError(f"{path}: is a folder")
    mode = _mode_for(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_bytes(path: Path, data: bytes) -> None:
    """`atomic_write` with OS errors turned into one-line user errors."""
    try:
        atomic_write(Path(path), data)
    except OSError as exc:
        raise KgError(f"{path}: cannot write ({exc.strerror or exc})") from None


def write(graphs: Graphs, path: Path, fmt: str | None = None) -> None:
    """Serialise `graphs` into `path` (format from the suffix unless given), atomically."""
    fmt = fmt or format_for(path)
    write_bytes(Path(path), serialize(graphs, fmt))
