"""Irregular German verb lemmas (spaCy factory ``kg_verb_lemmas``).

The edit-tree lemmatizer, trained on ~2,200 UD sentences, leaves unseen strong verb
forms unchanged ("traf" -> "traf"), while kg's extraction keys on verb lemmas
("treffen").  This component runs after the lemmatizer and, for tokens tagged VERB or
AUX, replaces the lemma when the lower-cased form is in a table of irregular forms
(built by training/scripts/build_verb_lemmas.py from spacy-lookups-data, MIT).  The
table is saved in the pipeline directory (``kg_verb_lemmas/table.json``).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

VERB_POS = frozenset(("VERB", "AUX"))


class VerbLemmas:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.table: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        if table:
            for tok in doc:
                if tok.pos_ in VERB_POS:
                    lemma = table.get(tok.lower_)
                    if lemma is not None:
                        tok.lemma_ = lemma
        return doc

    def add(self, pairs: dict[str, str]) -> None:
        self.table.update(pairs)

    def to_disk(self, path: str | Path, exclude: Any = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "table.json").write_text(json.dumps(self.table, ensure_ascii=False, sort_keys=True), "utf8")

    def from_disk(self, path: str | Path, exclude: Any = ()) -> VerbLemmas:
        f = Path(path) / "table.json"
        self.table = json.loads(f.read_text("utf8")) if f.is_file() else {}
        return self

    def to_bytes(self, exclude: Any = ()) -> bytes:
        return json.dumps(self.table, ensure_ascii=False).encode("utf8")

    def from_bytes(self, data: bytes, exclude: Any = ()) -> VerbLemmas:
        self.table = json.loads(data.decode("utf8"))
        return self


@Language.factory("kg_verb_lemmas")
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    return VerbLemmas(nlp, name)
