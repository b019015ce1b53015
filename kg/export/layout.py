"""Node positions computed once, at export time, so that viewers need no layout run.

A force-directed layout in the browser takes seconds to minutes for a few thousand nodes
and gives a different picture on every load; a seeded networkx spring layout gives the
same picture every time and costs the viewer nothing. Each connected component is laid out
on its own (a spring layout of a disconnected graph pushes the small components to the
rim) and the components are packed on rows, largest first.

The force layout is a Fruchterman-Reingold variant written here with numpy rather than
networkx's `spring_layout`: networkx needs scipy above 500 nodes and its dense solver took
over 30 s for 3000 nodes on a shared machine. Repulsion is exact for small components and
estimated from a fixed-size random sample of other nodes for large ones (O(n·m) instead of
O(n²)), which keeps a few thousand nodes well under a few seconds.
"""

from __future__ import annotations

import math
from typing import Any

#: above this many nodes repulsion is estimated from a sample of `_SAMPLE` nodes
_EXACT = 400
_SAMPLE = 32
_ITERATIONS = 120


def force_layout(n: int, edges: list[tuple[int, int]], seed: int) -> Any:
    """Positions (an n×2 numpy array, roughly unit edge length) for nodes 0..n-1."""
    import numpy as np

    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1.0, 1.0, size=(n, 2)) * math.sqrt(n)
    if n == 1:
        return np.zeros((1, 2))
    src = np.array([u for u, _ in edges], dtype=np.int64)
    dst = np.array([v for _, v in edges], dtype=np.int64)
    if n <= 3:  # a pair or a triple: a line or a triangle, no simulation needed
        return np.array([(0.0, 0.0), (1.0, 0.0), (0.5, -0.87)][:n])
    k = 1.0
    # small components settle quickly; the numpy overhead per iteration dominates there
    iterations = min(_ITERATIONS, 30 + 2 * n)
    temperature = math.sqrt(n) * 0.5
    cooling = (0.01 / temperature) ** (1.0 / iterations) if temperature > 0.01 else 1.0
    for _ in range(iterations):
        # repulsion k²/d along (dx, dy), computed on n×m matrices (m = n or the sample size)
        x, y = pos[:, 0], pos[:, 1]
        if n <= _EXACT:
            dx, dy = x[:, None] - x[None, :], y[:, None] - y[None, :]
            factor = 1.0
        else:
            sample = rng.integers(0, n, size=(n, _SAMPLE))
            dx, dy = x[:, None] - x[sample], y[:, None] - y[sample]
            factor = n / _SAMPLE
        dist2 = dx * dx + dy * dy
        dist2[dist2 == 0] = np.inf  # a node itself (or one exactly on top: jitter comes from the sample)
        w = (k * k * factor) / dist2
        disp = np.stack(((dx * w).sum(1), (dy * w).sum(1)), axis=1)
        if len(src):
            d = pos[src] - pos[dst]
            dist = np.sqrt((d**2).sum(-1)) + 1e-9
            pull = d * (dist / k)[:, None]
            for axis in (0, 1):  # bincount: a much faster np.add.at
                disp[:, axis] += (np.bincount(dst, weights=pull[:, axis], minlength=n)
                                  - np.bincount(src, weights=pull[:, axis], minlength=n))
        disp -= pos * 0.05 * math.sqrt(n) / (np.sqrt((pos**2).sum(-1))[:, None] + 1.0)  # gravity
        length = np.sqrt((disp**2).sum(-1)) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= cooling
    pos -= pos.mean(0)
    return pos


def positions(graph: Any, scale: float = 60.0, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Deterministic (x, y) per node of a networkx graph, in screen-like units.

    `scale` is the typical distance between neighbouring nodes, so labels of a small graph
    do not overlap and a large graph spreads out instead of becoming one blot.
    """
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    for u, v in sorted((min(a, b), max(a, b)) for a, b in graph.edges()):
        if u != v:
            simple.add_edge(u, v)
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    # each component's positions relative to its bounding box's top-left corner
    boxes: list[tuple[dict[str, tuple[float, float]], float, float]] = []
    margin = scale * 0.8
    for nodes in components:
        if len(nodes) == 1:
            pos = {nodes[0]: (0.0, 0.0)}
        else:
            index = {n: i for i, n in enumerate(nodes)}
            edges = [(index[u], index[v]) for u, v in sorted(simple.subgraph(nodes).edges())]
            raw = force_layout(len(nodes), edges, seed) * scale
            pos = {n: (float(raw[i][0]), float(raw[i][1])) for n, i in index.items()}
        xs = [x for x, _ in pos.values()]
        ys = [y for _, y in pos.values()]
        x0, y0 = min(xs), min(ys)
        # a lone node still needs room for its label beside it
        width = max(max(xs) - x0 + margin, scale * 2.2)
        boxes.append(({n: (x - x0, y - y0) for n, (x, y) in pos.items()}, width, max(ys) - y0 + margin))
    # shelf packing, tallest first: rows about as wide as a square of the same total area
    # (wider than tall, to suit a screen), so the whole picture fits the view at a zoom
    # where labels can still be read
    order = sorted(range(len(boxes)), key=lambda i: (-boxes[i][2], -boxes[i][1], i))
    area = sum(w * h for _, w, h in boxes)
    row_width = max(max((w for _, w, _ in boxes), default=0.0), math.sqrt(area) * 1.15)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for i in order:
        pos, w, h = boxes[i]
        if x > 0 and x + w > row_width:
            x, y = 0.0, y + row_height
            row_height = 0.0
        for n, (px, py) in pos.items():
            out[n] = (round(x + px, 2), round(y + py, 2))
        x += w
        row_height = max(row_height, h)
    return out
