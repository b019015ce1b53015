"""GraphML: the format yEd, Gephi and Cytoscape desktop all open.

networkx writes it with typed `<key>` declarations (string, int) derived from the Python
types of the projection's flat attributes; keys are named after the attributes
(`named_key_ids`) so that a person reading the file or mapping properties in yEd sees
`label`, `category`, `weight` rather than `d0`, `d1`. Edge ids are the projection's stable
ids, so two exports of the same graph are byte-identical.
"""

from __future__ import annotations

import io

from kg.export.projection import Projection, to_networkx


def render(p: Projection) -> bytes:
    import networkx as nx

    graph = to_networkx(p)
    buf = io.BytesIO()
    nx.write_graphml_xml(graph, buf, encoding="utf-8", prettyprint=True, named_key_ids=True,
                         edge_id_from_attribute="id")
    return buf.getvalue()
