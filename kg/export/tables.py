"""CSV node and edge tables, in two dialects.

* `nodes-neo4j.csv` / `edges-neo4j.csv` use `neo4j-admin database import` header syntax:
  `id:ID`, `:LABEL` (several labels separated by `;`), typed properties
  (`documents:int`, `roles:string[]` with `;` as array delimiter), and
  `:START_ID`, `:END_ID`, `:TYPE` (relationship types in Neo4j's upper-case style);
* `nodes-gephi.csv` / `edges-gephi.csv` use the column names Gephi's spreadsheet import
  recognises: `Id`, `Label` and `Source`, `Target`, `Type` (Directed/Undirected),
  `Weight`, plus `Start`/`End` dates, which Gephi can merge into a time interval.
Values are quoted by Python's csv module (RFC 4180: fields with a comma, quote or line
break are quoted, quotes doubled), which is what both importers expect. Line breaks inside
values are turned into spaces, so the files load without neo4j's `--multiline-fields`.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kg.export.projection import Projection

#: output file names, by table
FILES = ("nodes-neo4j.csv", "edges-neo4j.csv", "nodes-gephi.csv", "edges-gephi.csv")

_NEO4J_LABEL = {"actor": "Actor", "meeting": "Meeting", "proposal": "Proposal"}


def _clean(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _csv(rows: list[list[object]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        writer.writerow([_clean(v) for v in row])
    return buf.getvalue().encode("utf-8")


def _array(values: list[str]) -> str:
    # neo4j splits string[] on ';', so a ';' inside a value becomes ','
    return ";".join(v.replace(";", ",") for v in values)


def tables(p: Projection) -> dict[str, bytes]:
    """File name -> CSV bytes for the four tables."""
    nodes = p.sorted_nodes()
    edges = p.sorted_edges()
    neo_nodes: list[list[object]] = [["id:ID", ":LABEL", "label", "category", "kind", "roles:string[]",
                                      "wikidata", "documents:int", "document_ids:string[]", "status",
                                      "start", "end"]]
    for n in nodes:
        labels = [_NEO4J_LABEL[n.type]] + ([n.category] if n.category not in _NEO4J_LABEL.values() else [])
        neo_nodes.append([n.id, ";".join(labels), n.label, n.category, n.kind or "", _array(n.roles),
                          n.wikidata or "", len(n.documents), _array(n.documents), n.status or "",
                          n.start or "", n.end or ""])
    neo_edges: list[list[object]] = [[":START_ID", ":END_ID", ":TYPE", "weight:int", "stance",
                                      "documents:int", "document_ids:string[]", "start", "end"]]
    for e in edges:
        neo_edges.append([e.source, e.target, e.relation.upper(), e.weight, e.stance or "", len(e.documents),
                          _array(e.documents), e.start or "", e.end or ""])
    gephi_nodes: list[list[object]] = [["Id", "Label", "Category", "Kind", "Roles", "Wikidata", "Documents",
                                        "Status", "Start", "End"]]
    for n in nodes:
        gephi_nodes.append([n.id, n.label, n.category, n.kind or "", "; ".join(n.roles), n.wikidata or "",
                            len(n.documents), n.status or "", n.start or "", n.end or ""])
    gephi_edges: list[list[object]] = [["Id", "Source", "Target", "Type", "Weight", "Label", "Relation",
                                        "Stance", "Start", "End"]]
    for e in edges:
        gephi_edges.append([e.id, e.source, e.target, "Directed" if e.directed else "Undirected", e.weight,
                            e.label, e.relation, e.stance or "", e.start or "", e.end or ""])
    return {
        "nodes-neo4j.csv": _csv(neo_nodes),
        "edges-neo4j.csv": _csv(neo_edges),
        "nodes-gephi.csv": _csv(gephi_nodes),
        "edges-gephi.csv": _csv(gephi_edges),
    }


def paths(out: Path, as_dir: bool) -> dict[str, Path]:
    """Where the tables go: inside `out` if it is a folder, else next to it with `out`'s
    name as a prefix (`out/kg` → `out/kg-nodes-neo4j.csv`)."""
    if as_dir:
        return {name: out / name for name in FILES}
    return {name: out.parent / f"{out.name}-{name}" for name in FILES}
