"""kg.extract.memo: a step computed once per document, each caller with records of its own."""

from __future__ import annotations

import spacy

from kg.extract.memo import once_per_doc


def test_once_per_doc_runs_once_and_hands_out_copies() -> None:
    calls: list[str] = []

    @once_per_doc("test_step")
    def step(doc, actors, document):  # type: ignore[no-untyped-def]
        calls.append(document)
        return [{"speaker": actors[0], "words": [t.text for t in doc]}]

    nlp = spacy.blank("de")
    doc, other = nlp("Die Ministerin sprach."), nlp("Der Minister schwieg.")
    actors, document = ["a"], "doc-1"
    first = step(doc, actors, document)
    first[0]["words"].append("edited")  # a caller edits what it got
    second = step(doc, actors, document)
    assert calls == ["doc-1"]
    assert second == [{"speaker": "a", "words": ["Die", "Ministerin", "sprach", "."]}]
    assert step(doc, ["a"], document) == second and len(calls) == 2  # another actor index: recomputed
    assert step(other, ["a"], "doc-2")[0]["words"][0] == "Der" and len(calls) == 3
