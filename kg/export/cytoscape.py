"""Cytoscape.js JSON: elements with precomputed positions plus the shared stylesheet.

The file is what `cy.json()` produces and accepts (`elements.nodes` / `elements.edges`,
each `{"data": {...}, "position": {...}}`, a `style` array and a preset `layout`), which is
also the `.cyjs` network format Cytoscape desktop imports. Data values are plain JSON
(strings and numbers); list-valued facts are joined with "; " so desktop Cytoscape maps
them to simple columns.
"""

from __future__ import annotations

import json
from typing import Any

from kg import __version__
from kg.export.layout import positions
from kg.export.projection import Projection, to_networkx
from kg.export.style import cytoscape_style


def elements(p: Projection, with_positions: bool = True) -> dict[str, list[dict[str, Any]]]:
    """`{"nodes": [...], "edges": [...]}` in Cytoscape.js element form, sorted."""
    degree: dict[str, int] = {}
    for e in p.edges:
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
    pos = positions(to_networkx(p)) if with_positions else {}
    nodes = []
    for node in p.sorted_nodes():
        data: dict[str, Any] = {"id": node.id, **node.attributes(), "degree": degree.get(node.id, 0)}
        item: dict[str, Any] = {"group": "nodes", "data": data}
        if node.id in pos:
            x, y = pos[node.id]
            item["position"] = {"x": x, "y": y}
        nodes.append(item)
    edges = []
    for edge in p.sorted_edges():
        data = {"id": edge.id, "source": edge.source, "target": edge.target, **edge.attributes(),
                "directed": edge.directed}
        if edge.meetings:
            data["meetings"] = "; ".join(edge.meetings)
        edges.append({"group": "edges", "data": data})
    return {"nodes": nodes, "edges": edges}


def document(p: Projection) -> dict[str, Any]:
    return {
        "format_version": "1.0",
        "generated_by": f"kg-{__version__}",
        "target_cytoscapejs_version": "~3.34",
        "data": {"name": f"kg negotiation graph ({p.view} view)", "view": p.view},
        "elements": elements(p),
        "style": cytoscape_style(),
        "layout": {"name": "preset"},
    }


def render(p: Projection) -> bytes:
    return (json.dumps(document(p), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
