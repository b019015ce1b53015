"""GraphML: the format yEd, Gephi and Cytoscape desktop all open.

networkx writes it with typed `<key>` declarations (string, int) derived from the Python
types of the projection's flat attributes (`attr.name` is the attribute's name: `label`,
`category`, `weight` ...). Key ids stay networkx's `d0`, `d1`: naming them after the
attributes would give a node key and an edge key the same id (`start`), which GraphML
forbids. Edge ids are the projection's stable ids, so two exports of the same graph are
byte-identical.
"""

from __future__ import annotations

import io

from kg.export.projection import Projection, to_networkx


def render(p: Projection) -> bytes:
    import networkx as nx

    graph = to_networkx(p)
    buf = io.BytesIO()
    nx.write_graphml_xml(graph, buf, encoding="utf-8", prettyprint=True, edge_id_from_attribute="id")
    return buf.getvalue()
