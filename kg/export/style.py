"""Colours and shapes shared by every visual export, so a category looks the same everywhere.

The palette is Okabe and Ito's, which stays distinguishable for colour-blind readers.
"""

from __future__ import annotations

from typing import Any

#: category -> (fill colour, Cytoscape.js shape, Graphviz shape)
CATEGORY_STYLE: dict[str, tuple[str, str, str]] = {
    "Person": ("#0072B2", "ellipse", "ellipse"),
    "Organisation": ("#E69F00", "round-rectangle", "box"),
    "Country": ("#009E73", "hexagon", "hexagon"),
    "Place": ("#56B4E9", "triangle", "triangle"),
    "Meeting": ("#CC79A7", "diamond", "diamond"),
    "Proposal": ("#D55E00", "rectangle", "note"),
}
DEFAULT_STYLE = ("#999999", "ellipse", "ellipse")
#: relation -> edge colour; "responded" edges are coloured by stance instead
RELATION_COLOUR: dict[str, str] = {
    "participant": "#888888",
    "proposed_by": "#D55E00",
    "responded": "#555555",
    "affiliated_with": "#E69F00",
    "located_in": "#56B4E9",
    "said_about": "#0072B2",
    "stands_for": "#009E73",
    "met": "#666666",
}
STANCE_COLOUR: dict[str, str] = {
    "accept": "#009E73",
    "reject": "#C0392B",
    "criticise": "#E69F00",
    "consider": "#7F7F7F",
}


def colour(category: str) -> str:
    return CATEGORY_STYLE.get(category, DEFAULT_STYLE)[0]


def edge_colour(relation: str, stance: str | None) -> str:
    if stance and stance in STANCE_COLOUR:
        return STANCE_COLOUR[stance]
    return RELATION_COLOUR.get(relation, "#888888")


def rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def cytoscape_style() -> list[dict[str, Any]]:
    """A Cytoscape.js stylesheet (JSON form): colour and shape by category, width by weight."""
    style: list[dict[str, Any]] = [
        {"selector": "node", "style": {
            "label": "data(label)", "font-size": 12, "text-valign": "bottom", "text-halign": "center",
            "text-margin-y": 3, "color": "#222", "text-outline-color": "#fff", "text-outline-width": 2,
            "text-wrap": "ellipsis", "text-max-width": "160px", "min-zoomed-font-size": 7,
            "width": "mapData(degree, 0, 20, 16, 48)", "height": "mapData(degree, 0, 20, 16, 48)",
            "background-color": DEFAULT_STYLE[0], "border-width": 1, "border-color": "#fff"}},
        {"selector": "edge", "style": {
            "width": "mapData(weight, 1, 5, 1, 6)", "line-color": "#bbb", "target-arrow-color": "#bbb",
            "curve-style": "bezier", "opacity": 0.8, "arrow-scale": 0.8}},
        {"selector": "edge[?directed]", "style": {"target-arrow-shape": "triangle"}},
    ]
    for category, (fill, shape, _) in CATEGORY_STYLE.items():
        style.append({"selector": f'node[category = "{category}"]',
                      "style": {"background-color": fill, "shape": shape}})
    for relation, col in RELATION_COLOUR.items():
        style.append({"selector": f'edge[relation = "{relation}"]',
                      "style": {"line-color": col, "target-arrow-color": col}})
    for stance, col in STANCE_COLOUR.items():
        style.append({"selector": f'edge[stance = "{stance}"]',
                      "style": {"line-color": col, "target-arrow-color": col}})
    style.append({"selector": 'edge[relation = "said_about"]', "style": {"line-style": "dashed"}})
    style.append({"selector": "node:selected", "style": {"border-width": 4, "border-color": "#222"}})
    return style
