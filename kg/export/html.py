"""The interactive explorer: one self-contained HTML page, no network at view time.

The page inlines Cytoscape.js (vendored from the npm registry, see `static/VENDOR.md`),
the explorer script and the graph. The graph travels as JSON inside
`<script type="application/json">`, with `<`, `>`, `&`, U+2028 and U+2029 escaped as
`\\uXXXX`: the browser never parses the data as HTML, the JSON stays valid, and a name such
as `</script><script>alert(1)</script>` cannot end the block. The script renders all text
with `textContent`. A Content-Security-Policy of `default-src 'none'` makes the page unable
to fetch anything, so it works offline and leaks nothing about who views it.

Positions come from the export-time layout (`kg.export.layout`), so a few thousand nodes
open instantly; the explorer switches Cytoscape to its cheap rendering modes above 1500.
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from typing import Any

from kg.export.cytoscape import elements
from kg.export.projection import CATEGORIES, RELATIONS, Projection
from kg.export.style import CATEGORY_STYLE, cytoscape_style

#: the vendored library (file name in kg/export/static)
LIBRARY = "cytoscape.min.js"
_PLACEHOLDER = re.compile(r"__KG_(TITLE|DATA|LIBRARY|APP)__")


def _static(name: str) -> str:
    return (resources.files("kg.export") / "static" / name).read_text(encoding="utf-8")


def json_for_script(value: Any) -> str:
    """JSON that is safe inside an HTML `<script>` element.

    `<`, `>` and `&` as `\\u003c` ... so that `</script>` or `<!--` in the data cannot close
    or alter the element; U+2028/U+2029 because older JavaScript engines treat them as line
    ends. All of these are still the same characters once JSON.parse has read them.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _inline_script(code: str, name: str) -> str:
    """Script source for an inline `<script>`; refuses code that would end the element early."""
    lowered = code.lower()
    if "</script" in lowered or "<!--" in lowered:
        raise ValueError(f"{name} contains '</script' or '<!--' and cannot be inlined")
    return code


def page_data(p: Projection) -> dict[str, Any]:
    """Everything the explorer script reads from the page."""
    node_ids = set(p.nodes)
    details = {k: {kk: vv for kk, vv in v.items() if kk != "iris"}
               for k, v in p.details.items() if k in node_ids}
    referenced: set[str] = set()
    for d in details.values():
        for key in ("meetings", "proposals", "affiliations", "participants"):
            referenced.update(d.get(key) or [])
        for key in ("location", "proposer"):
            if d.get(key):
                referenced.add(d[key])
        for entry in (d.get("responses") or []) + (d.get("statements") or []):
            ends = (entry.get("actor"), entry.get("proposal"), entry.get("speaker"))
            referenced.update(x for x in ends if x)
            referenced.update(entry.get("about") or [])
    # nodes that details name but this view does not show (meetings in the actor view,
    # nodes a filter removed): their labels, so the panel can still say what they are
    context = p.context or p.nodes
    labels = {k: {"label": context[k].label, "category": context[k].category, "start": context[k].start}
              for k in sorted(referenced - node_ids) if k in context}
    dates = sorted(x for n in p.nodes.values() for x in (n.start, n.end) if x)
    docs = {k: {"url": v.url, "title": v.title, "date": v.date} for k, v in p.documents.items()}
    return {
        "view": p.view,
        "elements": elements(p),
        "style": cytoscape_style(),
        "details": details,
        "documents": docs,
        "labels": labels,
        "categories": list(CATEGORIES),
        "colours": {c: s[0] for c, s in CATEGORY_STYLE.items()},
        "relations": {k: v[0] for k, v in RELATIONS.items()},
        "dateRange": [dates[0], dates[-1]] if dates else None,
    }


def render(p: Projection, title: str | None = None) -> bytes:
    title = title or ("kg explorer: who met whom" if p.view == "actors" else "kg explorer: negotiation graph")
    parts = {
        "TITLE": html.escape(title),
        "DATA": json_for_script(page_data(p)),
        "LIBRARY": _inline_script(_static(LIBRARY), LIBRARY),
        "APP": _inline_script(_static("explorer.js"), "explorer.js"),
    }
    # one pass, so that text inside the data can never be taken for a placeholder
    page = _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _static("explorer.html"))
    return page.encode("utf-8")
