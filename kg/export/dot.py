"""Graphviz DOT, for static pictures (`dot -Tsvg`, or `sfdp -Tsvg` for large graphs).

Everything from the text is written inside double-quoted DOT strings with backslash, quote
and line breaks escaped, and control characters dropped; DOT's own label escapes (`\\N`,
`\\G`, `\\l` ...) therefore cannot be triggered by a name, and Graphviz escapes the text
again when it writes SVG. Node ids are the IRIs, quoted the same way.
"""

from __future__ import annotations

import re

from kg.export.projection import Projection
from kg.export.style import CATEGORY_STYLE, DEFAULT_STYLE, edge_colour

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


def quote(value: str) -> str:
    """`value` as a DOT double-quoted string that Graphviz shows literally."""
    text = _CONTROL.sub(" ", str(value).replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


def _wrap(label: str, width: int = 28) -> str:
    """Long labels on several lines, so a node is not a line across the picture."""
    words, lines, line = label.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    lines.append(line)
    return "\n".join(lines)


def render(p: Projection) -> bytes:
    directed = p.view == "full"
    arrow = "->" if directed else "--"
    out = [
        f"{'digraph' if directed else 'graph'} {quote('kg ' + p.view)} {{",
        '  graph [charset="UTF-8", overlap=false, splines=true, fontname="Helvetica", rankdir=LR];',
        '  node [fontname="Helvetica", fontsize=10, style="filled", fontcolor="#111111"];',
        '  edge [fontname="Helvetica", fontsize=8, fontcolor="#444444"];',
    ]
    for node in p.sorted_nodes():
        fill, _, shape = CATEGORY_STYLE.get(node.category, DEFAULT_STYLE)
        label = _wrap(node.label)
        if node.roles:
            label += "\n" + _wrap(", ".join(node.roles))
        tooltip = f"{node.category}: {node.label}" + (f" ({node.wikidata})" if node.wikidata else "")
        attrs = [f"label={quote(label)}", f"shape={shape}", f"fillcolor={quote(fill + '66')}",
                 f"color={quote(fill)}", f"tooltip={quote(tooltip)}"]
        if node.wikidata:
            attrs.append(f"URL={quote('https://www.wikidata.org/wiki/' + node.wikidata)}")
        if node.start:
            attrs.append(f"comment={quote(' – '.join(x for x in (node.start, node.end) if x))}")
        out.append(f"  {quote(node.id)} [{', '.join(attrs)}];")
    for edge in p.sorted_edges():
        col = edge_colour(edge.relation, edge.stance)
        label = edge.label + (f" ×{edge.weight}" if edge.weight > 1 else "")
        attrs = [f"label={quote(label)}", f"color={quote(col)}", f"penwidth={min(1 + edge.weight, 6)}"]
        if edge.relation == "said_about":
            attrs.append("style=dashed")
        out.append(f"  {quote(edge.source)} {arrow} {quote(edge.target)} [{', '.join(attrs)}];")
    out.append("}")
    return ("\n".join(out) + "\n").encode("utf-8")
