"""GEXF 1.3 for Gephi, dynamic: the timeline plays the negotiation over time.

Written with ElementTree rather than `networkx.write_gexf`: networkx declares a wrong
XML-Schema-instance namespace for 1.3, stamps the current day into `<meta>` (so output
changes daily) and cannot set `timerepresentation` or per-edge `kind`. Here:

* `mode="dynamic"`, `timeformat="date"`, `timerepresentation="interval"`: every node and
  edge with a date carries `start`/`end` (ISO days): meetings their own date (a month or
  year date covers the whole period), actors and proposals the span of their dated edges,
  undated assertions the dates of the articles that report them; undated elements have no
  interval and are always visible;
* attributes are declared with types (`string`, `integer`) and ids equal to their titles;
* parallel edges between the same nodes (e.g. a proposal's proposer who also responded to
  it) differ in `kind`, which Gephi needs to keep them apart;
* `viz:color`, `viz:size` and `viz:position` come from the shared style and the
  precomputed layout, so Gephi opens the file with a readable picture.
networkx reads the result back (`read_gexf(path, version="1.3")`).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from kg import __version__
from kg.export.layout import positions
from kg.export.projection import Projection, to_networkx
from kg.export.style import colour, edge_colour, rgb

NS = "http://gexf.net/1.3"
NS_VIZ = "http://gexf.net/1.3/viz"
NS_XSI = "http://www.w3.org/2001/XMLSchema-instance"

NODE_ATTRIBUTES: list[tuple[str, str]] = [
    ("type", "string"), ("category", "string"), ("kind", "string"), ("roles", "string"),
    ("wikidata", "string"), ("documents", "integer"), ("document_ids", "string"), ("status", "string"),
]
EDGE_ATTRIBUTES: list[tuple[str, str]] = [
    ("relation", "string"), ("stance", "string"), ("documents", "integer"), ("document_ids", "string"),
]


def _attributes(parent: ET.Element, cls: str, declared: list[tuple[str, str]]) -> None:
    el = ET.SubElement(parent, "attributes", {"class": cls, "mode": "static"})
    for name, typ in declared:
        ET.SubElement(el, "attribute", {"id": name, "title": name, "type": typ})


def _attvalues(parent: ET.Element, values: dict[str, Any], declared: list[tuple[str, str]]) -> None:
    el = ET.SubElement(parent, "attvalues")
    for name, _ in declared:
        value = values.get(name)
        if value is None or value == "":
            continue
        ET.SubElement(el, "attvalue", {"for": name, "value": str(value)})


def render(p: Projection) -> bytes:
    ET.register_namespace("", NS)
    ET.register_namespace("viz", NS_VIZ)
    ET.register_namespace("xsi", NS_XSI)
    root = ET.Element(f"{{{NS}}}gexf", {
        "version": "1.3",
        f"{{{NS_XSI}}}schemaLocation": f"{NS} http://gexf.net/1.3/gexf.xsd",
    })
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = f"kg {__version__}"
    ET.SubElement(meta, "description").text = (
        f"Negotiation graph, {p.view} view: actors, meetings and proposals from news articles"
        if p.view == "full" else "Negotiation graph, actor view: who met whom, weighted by shared meetings")
    directed = p.view == "full"
    graph = ET.SubElement(root, "graph", {
        "mode": "dynamic", "defaultedgetype": "directed" if directed else "undirected",
        "timeformat": "date", "timerepresentation": "interval",
    })
    _attributes(graph, "node", NODE_ATTRIBUTES)
    _attributes(graph, "edge", EDGE_ATTRIBUTES)

    degree: dict[str, int] = {}
    for e in p.edges:
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
    pos = positions(to_networkx(p))
    nodes_el = ET.SubElement(graph, "nodes")
    for node in p.sorted_nodes():
        attrs = {"id": node.id, "label": node.label}
        if node.start:
            attrs["start"] = node.start
        if node.end:
            attrs["end"] = node.end
        el = ET.SubElement(nodes_el, "node", attrs)
        _attvalues(el, node.attributes(), NODE_ATTRIBUTES)
        r, g, b = rgb(colour(node.category))
        ET.SubElement(el, f"{{{NS_VIZ}}}color", {"r": str(r), "g": str(g), "b": str(b)})
        ET.SubElement(el, f"{{{NS_VIZ}}}size", {"value": str(6 + min(degree.get(node.id, 0), 20))})
        x, y = pos.get(node.id, (0.0, 0.0))
        ET.SubElement(el, f"{{{NS_VIZ}}}position", {"x": str(x), "y": str(-y), "z": "0.0"})
    edges_el = ET.SubElement(graph, "edges")
    for edge in p.sorted_edges():
        attrs = {"id": edge.id, "source": edge.source, "target": edge.target,
                 "type": "directed" if edge.directed else "undirected", "kind": edge.key,
                 "label": edge.label, "weight": str(edge.weight)}
        if edge.start:
            attrs["start"] = edge.start
        if edge.end:
            attrs["end"] = edge.end
        el = ET.SubElement(edges_el, "edge", attrs)
        _attvalues(el, edge.attributes(), EDGE_ATTRIBUTES)
        r, g, b = rgb(edge_colour(edge.relation, edge.stance))
        ET.SubElement(el, f"{{{NS_VIZ}}}color", {"r": str(r), "g": str(g), "b": str(b)})
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
