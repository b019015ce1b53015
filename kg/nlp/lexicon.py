"""Lexicon features for kg's German tok2vec (registered spaCy architecture).

Why: German capitalises every noun, so "is it capitalised?" says little about whether a
token is a name.  Two open resources separate names from common nouns far better than
the ~9,000 NER training sentences can on their own:

* Brown clusters of 1M German word forms (``spacy-lookups-data``, table
  ``de_lexeme_cluster``, MIT licence): "Merkel" and "Putin" share a cluster, "Regierung"
  lives elsewhere.  Cluster-path prefixes of 4, 8 bits and the full cluster are hashed.
* The Wiktionary noun lexicon (``german-nouns``, CC BY-SA 4.0): for every inflected
  form a bit mask common noun / toponym / first name / surname / other proper name;
  also looked up for the head of hyphenated compounds ("NATO-Mitgliedschaft" ->
  "Mitgliedschaft" is a common noun).

The word -> code table lives in the model's ``attrs`` and is therefore saved inside the
pipeline directory (thinc serialises node attrs), so loading needs neither of the two
packages, only ``import kg.nlp.lexicon`` so that the architecture is registered.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import intify_attr
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Ints2d

N_LEX_COLUMNS = 5
NOUN_BITS = 5  # table value = cluster << NOUN_BITS | noun-class bit mask


def _lex_codes(table: dict[str, int], text: str) -> tuple[int, int, int, int, int]:
    """Return (cluster prefix 4, prefix 8, full cluster, noun class, compound-head noun class)."""
    v = table.get(text)
    if v is None:
        v = table.get(text.lower())
    head = 0
    if "-" in text and len(text) > 2:
        tail = text.rsplit("-", 1)[1]
        if tail:
            hv = table.get(tail)
            if hv is None and tail[:1].islower():
                hv = table.get(tail[:1].upper() + tail[1:])
            head = ((hv & ((1 << NOUN_BITS) - 1)) + 1) if hv is not None else 0
    if v is None:
        return (0, 0, 0, 0, head)
    c = v >> NOUN_BITS
    n = v & ((1 << NOUN_BITS) - 1)
    if c:
        return ((c & 0xF) + 1, (c & 0xFF) + 1, c + 1, n + 1, head)
    return (0, 0, 0, n + 1, head)


#: per-table memo of word form -> codes (word forms repeat; the lookup is Python code).
#: Keyed by the table's id; the entry holds the table itself so that the id cannot be
#: reused while the entry exists.  A few tables at most, each memo emptied past the limit.
_MEMO: dict[int, tuple[dict[str, int], dict[str, tuple[int, int, int, int, int]]]] = {}
_MEMO_LIMIT = 500_000
_MEMO_TABLES = 4


def _codes_for(table: dict[str, int], words: list[str]) -> list[tuple[int, int, int, int, int]]:
    entry = _MEMO.get(id(table))
    if entry is None or entry[0] is not table:
        while len(_MEMO) >= _MEMO_TABLES:
            del _MEMO[next(iter(_MEMO))]
        entry = _MEMO[id(table)] = (table, {})
    memo = entry[1]
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    out = []
    for w in words:
        codes = memo.get(w)
        if codes is None:
            codes = memo[w] = _lex_codes(table, w)
        out.append(codes)
    return out


def _extract_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Any]:
    columns = model.attrs["columns"]
    table = model.attrs["lex_table"]
    out = []
    for doc in docs:
        base = doc.to_array(columns)
        if base.ndim == 1:
            base = base.reshape((-1, 1))
        extra = numpy.asarray(_codes_for(table, [t.text for t in doc]), dtype="uint64")
        if len(doc) == 0:
            extra = numpy.zeros((0, N_LEX_COLUMNS), dtype="uint64")
        feats = numpy.hstack([base.astype("uint64"), extra])
        out.append(model.ops.asarray2i(feats, dtype="uint64"))
    return out, lambda d_features: []


def _extract_init(model: Model, X: Any = None, Y: Any = None) -> None:
    """Fill the table from ``lexicon_path`` when the pipeline is initialised for training."""
    path = model.attrs.get("lexicon_path")
    if not model.attrs["lex_table"] and path and Path(path).is_file():
        table = json.loads(Path(path).read_text("utf8"))
        model.attrs["lex_table"] = {str(k): int(v) for k, v in table.items()}


def LexFeatureExtractor(attrs: list[str], lexicon_path: str | None) -> Model[list[Doc], list[Ints2d]]:
    return Model(
        "kg_lex_features",
        _extract_forward,
        init=_extract_init,
        attrs={
            "columns": [intify_attr(a) for a in attrs],
            "lex_table": {},
            "lexicon_path": lexicon_path or "",
        },
    )


@registry.architectures("kg.LexMultiHashEmbed.v1")
def LexMultiHashEmbed(
    width: int,
    attrs: list[str],
    rows: list[int],
    lex_rows: list[int],
    lexicon_path: str | None = None,
) -> Model[list[Doc], list[Any]]:
    """spaCy's MultiHashEmbed plus hashed lexicon columns (clusters, noun classes)."""
    if len(lex_rows) != N_LEX_COLUMNS:
        raise ValueError(f"lex_rows needs {N_LEX_COLUMNS} entries")
    all_rows = list(rows) + list(lex_rows)
    embeddings = [
        HashEmbed(width, r, column=i, seed=8 + i, dropout=0.0) for i, r in enumerate(all_rows)
    ]
    max_out = with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True))
    features = chain(
        LexFeatureExtractor(attrs, lexicon_path),
        list2ragged(),
        with_array(concatenate(*embeddings)),
    )
    model = chain(features, max_out, ragged2list())
    model.set_dim("nO", width)
    return model

