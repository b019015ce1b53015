"""The queries rewritten for speed answer exactly what they answered before.

tests/fixtures/queries-before/ holds the texts of queries/ before they were rewritten for
the million-triple benchmark (sub-queries that make the store join whole scans instead of
seeking per row, the one actor or proposal looked up first). Both versions run on a real
store built from our own corpus articles and the two test articles of tests/test_query.py;
their rows must be the same, in the same order
(evidence: the same rows, and the same order of its sort keys, since rows that tie on
all of them may come in either order).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.consolidate import consolidated
from kg.rdf.mapping import extraction_to_graph
from kg.store import Store
from tests.support.extractions import geneva_extraction, second_extraction
from tests.support.kgcli import ROOT
from tests.test_corpus import ALL, build

BEFORE = ROOT / "tests" / "fixtures" / "queries-before"
#: the placeholders of the parameterised queries, set to names that the store has
EDITS = [{'"Erik Sandberg"': '"macron"', '"Zehn-Punkte-Plan"': '"Pariser Klimaabkommen"'},
         {'"Erik Sandberg"': '"nordland"'}]
#: the edits under which a parameterised query must find rows (the others: with any edits)
FINDS_WITH = {"actor-timeline": 0, "said-by-actor": 1, "responses-to-proposal": 0}


def _rows(store: ox.Store, text: str, edits: dict[str, str]) -> tuple[list[str], list[tuple]]:
    for old, new in edits.items():
        text = text.replace(old, new)
    answer = store.query(text, use_default_graph_as_union=True)
    names = [v.value for v in answer.variables]
    return names, [tuple(None if s[n] is None else str(s[n]) for n in names) for s in answer]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> ox.Store:
    path = build(tmp_path_factory.mktemp("rewrites") / "store", [ALL])
    with Store(path) as s:
        graphs = {x.document.id: extraction_to_graph(x) for x in (geneva_extraction(), second_extraction())}
        s.replace_documents(graphs, replace=consolidated(graphs, s))
    return ox.Store.read_only(str(path))


@pytest.mark.parametrize("edits", range(len(EDITS)))
@pytest.mark.parametrize("before", sorted(BEFORE.glob("*.rq")), ids=lambda p: p.stem)
def test_rewritten_query_gives_the_same_rows(store, before: Path, edits: int):
    now = ROOT / "queries" / before.name
    assert now.read_text(encoding="utf-8") != before.read_text(encoding="utf-8")
    names, old = _rows(store, before.read_text(encoding="utf-8"), EDITS[edits])
    new_names, new = _rows(store, now.read_text(encoding="utf-8"), EDITS[edits])
    assert new_names == names
    if before.stem == "evidence":
        keys = [names.index(k) for k in ("confidence", "doc", "begin")]
        assert sorted(new, key=repr) == sorted(old, key=repr)
        assert [[r[k] for k in keys] for r in new] == [[r[k] for k in keys] for r in old]
    else:
        assert new == old
    if FINDS_WITH.get(before.stem, edits) == edits:
        assert old, f"{before.stem} finds nothing in the test store: the comparison would prove little"
