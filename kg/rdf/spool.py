"""Writing a build's RDF file as the build goes: bounded memory, same bytes as `serialize`.

`kg.rdf.serialize` writes sorted, deterministic output from graphs held in memory. A
corpus build hands its document graphs over a batch at a time instead, so `FileSpool`
keeps each batch on disk as a sorted *run* and merges the runs at the end (`heapq.merge`),
the way an external sort does:

- N-Quads and N-Triples: runs of sorted lines, merged and de-duplicated: the same bytes as
  `serialize`, with a few lines per run in memory;
- TriG and JSON-LD: runs of (graph IRI, lines) records sorted by IRI, merged, and written
  one named graph at a time (one document in memory);
- Turtle merges every document into one graph, so it is assembled in memory at the end.

The documents also go into a temporary on-disk pyoxigraph store beside the runs, over which
the file's corpus consolidation is computed at the end. The file itself is written to a
temporary name and renamed over the target only when complete.
"""

from __future__ import annotations

import heapq
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import KgError
from kg.rdf import serialize as ser

LINE_FORMATS = {"nquads", "nt"}
GRAPH_FORMATS = {"trig", "json-ld"}


def quad_line(triple_line: str, graph: URIRef | str) -> str:
    """An N-Triples line as an N-Quads line of `graph` (the form `serialize` writes)."""
    return f"{triple_line.rstrip()[:-1].rstrip()} <{graph}> ."


def _graph_of(lines: list[str]) -> Graph:
    g = Graph()
    if lines:
        g.parse(data="\n".join(lines), format="nt")
    return g


class FileSpool:
    """An RDF file written from batches of graphs (IRI -> N-Triples lines); see the module doc."""

    def __init__(self, path: Path, fmt: str) -> None:
        self.path, self.fmt = Path(path), fmt
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KgError(f"{path}: cannot create folder {self.path.parent} ({exc.strerror})") from None
        if self.path.is_dir():
            raise KgError(f"{path}: is a folder")
        self.dir = Path(tempfile.mkdtemp(prefix=f".{self.path.name}.", dir=self.path.parent))
        self.runs: list[Path] = []
        self.documents = ox.Store(str(self.dir / "store"))
        self._memory: list[str] = []  # turtle only

    def add(self, graphs: Mapping[URIRef | str, list[str]]) -> None:
        """One batch of named graphs."""
        quads = "".join(quad_line(line, name) + "\n" for name in sorted(graphs) for line in graphs[name])
        if quads:
            self.documents.load(quads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        self._run(graphs)

    def _run(self, graphs: Mapping[URIRef | str, list[str]]) -> None:
        if self.fmt == "turtle":
            self._memory.extend(line for lines in graphs.values() for line in lines)
            return
        run = self.dir / f"run-{len(self.runs):06d}"
        with open(run, "w", encoding="utf-8") as f:
            if self.fmt == "nquads":
                quads = {quad_line(t, n) for n, ts in graphs.items() for t in ts}
                f.writelines(f"{q}\n" for q in sorted(quads))
            elif self.fmt == "nt":
                f.writelines(f"{t}\n" for t in sorted({t for ts in graphs.values() for t in ts}))
            else:
                # "IRI<TAB>lines": a tab sorts below every IRI character, so runs merge in IRI order
                f.writelines(f"{n}\t{json.dumps(graphs[n], ensure_ascii=False)}\n" for n in sorted(graphs))
        self.runs.append(run)

    def finish(self, extra: Mapping[URIRef, Graph]) -> None:
        """Add the `extra` graphs (corpus consolidation, Wikidata facts), write the file, clean up."""
        try:
            self.add({name: ser._nt_lines(g) for name, g in extra.items()})
            tmp = self.dir / "out"
            with open(tmp, "w", encoding="utf-8") as f:
                self._write(f)
            ser.write_bytes(self.path, tmp.read_bytes()) if self.fmt == "turtle" else self._rename(tmp)
        finally:
            self.discard()

    def _rename(self, tmp: Path) -> None:
        try:
            os.chmod(tmp, ser._mode_for(self.path))
            os.replace(tmp, self.path)
        except OSError as exc:
            raise KgError(f"{self.path}: cannot write ({exc.strerror or exc})") from None

    def _merged(self) -> Iterator[str]:
        files = [open(run, encoding="utf-8") for run in self.runs]  # noqa: SIM115 - closed below
        try:
            last = None
            for line in heapq.merge(*files):
                if line != last:
                    yield line
                last = line
        finally:
            for f in files:
                f.close()

    def _write(self, f: object) -> None:
        write = f.write  # type: ignore[attr-defined]
        if self.fmt in LINE_FORMATS:
            for line in self._merged():
                write(line)
        elif self.fmt == "turtle":
            write(ser.turtle({URIRef("urn:x-kg:all"): _graph_of(sorted(set(self._memory)))}))
        else:
            self._write_graphs(write)

    def _write_graphs(self, write: object) -> None:
        """TriG or JSON-LD, one named graph at a time in IRI order."""
        out = write  # a callable
        records = (line.rstrip("\n").split("\t", 1) for line in self._merged())
        items = ((URIRef(name), _graph_of(json.loads(lines))) for name, lines in records)
        if self.fmt == "json-ld":
            first = True
            out("[")  # type: ignore[operator]
            for name, graph in items:
                out(("\n" if first else ",\n") + ser.jsonld_item(ser.jsonld_entry(name, graph)))  # type: ignore[operator]
                first = False
            out("]\n" if first else "\n]\n")  # type: ignore[operator]
            return
        body = self.dir / "body"
        prefixes: set[str] = set()
        with open(body, "w", encoding="utf-8") as b:
            blocks = 0
            for name, graph in items:
                found, block = ser.trig_block(name, graph)
                prefixes.update(found)
                b.write(("\n" if blocks else "") + block)
                blocks += 1
        out(ser.trig_header(prefixes))  # type: ignore[operator]
        with open(body, encoding="utf-8") as b:
            shutil.copyfileobj(b, _Writer(out))

    def discard(self) -> None:
        """Remove the temporary files (the target is left as it was)."""
        self.documents = None  # type: ignore[assignment]
        shutil.rmtree(self.dir, ignore_errors=True)


class _Writer:
    """A file-like object around a write function (for shutil.copyfileobj)."""

    def __init__(self, write: object) -> None:
        self.write = write


__all__ = ["FileSpool", "quad_line"]
