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

Later table formats (``TABLE_FIELDS``) add GeoNames place bits, a word-frequency bucket,
the case/number slots and gender of noun forms, and HanTa's out-of-context STTS classes.

Where the table lives: format 1 in the feature node's ``attrs`` (one copy per tok2vec,
saved with the model because thinc serialises node attrs); formats >= 2 once in the
pipeline's ``vocab.lookups``, shared by every tok2vec.  Either way loading needs none of
the source packages, only ``import kg.nlp.lexicon`` so that the architectures are registered.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import intify_attr
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Ints2d

NOUN_BITS = 5  # format 1: table value = cluster << NOUN_BITS | noun-class bit mask
#: Fields packed between the noun bits (lowest) and the cluster (the rest), lowest first.
#: Format 2 adds GeoNames place bits and a word-frequency bucket; format 3 adds the
#: case/number slots a noun form can fill (8 bits: nom/gen/dat/acc x sg/pl) and its
#: gender (m/f/n bits), so that the tagger and parser see what German inflection allows.
#: Format 4 adds the word's most likely STTS tag and its tag ambiguity class (the tags a
#: German morphological tagger, HanTa, allows for the form out of context).
TABLE_FIELDS: dict[int, tuple[tuple[str, int], ...]] = {
    1: (),
    2: (("place", 2), ("freq", 4)),
    3: (("slots", 8), ("gender", 3), ("place", 2), ("freq", 4)),
    4: (("slots", 8), ("gender", 3), ("place", 2), ("freq", 4), ("stts", 6), ("ambiguity", 10)),
}
#: columns per format: cluster prefix 4, prefix 8, full cluster, noun class, compound-head
#: noun class, then one per field
LEX_COLUMNS = {fmt: 5 + len(fields) for fmt, fields in TABLE_FIELDS.items()}
N_LEX_COLUMNS = LEX_COLUMNS[1]
N_LEX_COLUMNS_V2 = LEX_COLUMNS[2]
_NOUN_MASK = (1 << NOUN_BITS) - 1
_MIN_HEAD = 4  # shortest compound head looked up for format 3 ("Rat", "Amt" are too short)


def _lex_codes(table: dict[str, int], text: str) -> tuple[int, int, int, int, int]:
    """Return (cluster prefix 4, prefix 8, full cluster, noun class, compound-head noun class)."""
    return _lex_codes_packed(table, text, 1)  # type: ignore[return-value]


def pack_value(cluster: int, noun_bits: int, fields: dict[str, int], fmt: int) -> int:
    """The table value for a word: the inverse of :func:`_unpack` (used by build_lexicon.py)."""
    packed = cluster
    for name, bits in reversed(TABLE_FIELDS[fmt]):
        value = fields.get(name, 0)
        if not 0 <= value < (1 << bits):
            raise ValueError(f"field {name}={value} does not fit in {bits} bits")
        packed = (packed << bits) | value
    return (packed << NOUN_BITS) | (noun_bits & _NOUN_MASK)


def _unpack(v: int, fmt: int) -> tuple[int, int, list[int]]:
    """(noun bits, cluster, [field values]) of a packed table value."""
    n = v & _NOUN_MASK
    c = v >> NOUN_BITS
    fields = []
    for _name, bits in TABLE_FIELDS[fmt]:
        fields.append(c & ((1 << bits) - 1))
        c >>= bits
    return n, c, fields


def _compound_head_value(table: dict[str, int], text: str) -> int | None:
    """Table value of the longest known noun that ends `text` ("Regierungssprechers" ->
    "Sprechers"), for the inflection of compounds the lexicon does not list."""
    for k in range(1, len(text) - _MIN_HEAD + 1):
        tail = text[k].upper() + text[k + 1:]
        v = table.get(tail)
        if v is not None and v & _NOUN_MASK:
            return v
    return None


def _lex_codes_packed(table: dict[str, int], text: str, fmt: int) -> tuple[int, ...]:
    """Codes of `text` for a table of format `fmt` (see TABLE_FIELDS); 0 = unknown."""
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
            head = ((hv & _NOUN_MASK) + 1) if hv is not None else 0
    n_fields = len(TABLE_FIELDS[fmt])
    if v is None:
        codes = [0, 0, 0, 0, head] + [0] * n_fields
    else:
        n, c, fields = _unpack(v, fmt)
        codes = [0, 0, 0, n + 1, head] + [f + 1 for f in fields]
        if c:
            codes[:3] = [(c & 0xF) + 1, (c & 0xFF) + 1, c + 1]
    if fmt >= 3 and codes[5] <= 1 and text[:1].isupper() and len(text) > _MIN_HEAD + 1:
        hv = _compound_head_value(table, text.rsplit("-", 1)[-1] if "-" in text else text)
        if hv is not None:
            _n, _c, hfields = _unpack(hv, fmt)
            codes[5], codes[6] = hfields[0] + 1, hfields[1] + 1  # slots, gender of the head
    return tuple(codes)


#: per-table memo of word form -> codes (word forms repeat; the lookup is Python code).
#: Keyed by the table's id; the entry holds the table itself so that the id cannot be
#: reused while the entry exists.  A few tables at most, each memo emptied past the limit.
_MEMO: dict[tuple[int, int], tuple[dict[str, int], dict[str, tuple[int, ...]]]] = {}
_MEMO_LIMIT = 500_000
_MEMO_TABLES = 4


def _codes_for(table: dict[str, int], words: list[str], version: int = 1) -> list[tuple[int, ...]]:
    key = (id(table), version)
    entry = _MEMO.get(key)
    if entry is None or entry[0] is not table:
        while len(_MEMO) >= _MEMO_TABLES:
            del _MEMO[next(iter(_MEMO))]
        entry = _MEMO[key] = (table, {})
    memo = entry[1]
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    out = []
    for w in words:
        codes = memo.get(w)
        if codes is None:
            codes = memo[w] = _lex_codes_packed(table, w, version)
        out.append(codes)
    return out


def lookups_table_name(table_format: int) -> str:
    """Name of the shared table in ``nlp.vocab.lookups`` for lexicon format >= 2."""
    return f"kg_lexicon_v{table_format}"


def _table_for(model: Model, docs: list[Doc]) -> Any:
    """The word -> code table: the model's own (format 1, or models trained before the
    tables moved to the vocab) or the one shared through the docs' vocab lookups, so that
    several tok2vecs of a pipeline carry one copy of it."""
    own = model.attrs["lex_table"]
    version = model.attrs.get("table_format", 1)
    if own or version == 1 or not docs:
        return own
    name = lookups_table_name(version)
    lookups = docs[0].vocab.lookups
    if not lookups.has_table(name):
        raise ValueError(f"the pipeline's vocab lacks the lexicon table {name!r} (built with "
                         f"build_lexicon.py --format {version}); was the model saved without its vocab?")
    return lookups.get_table(name)


def _extract_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Any]:
    columns = model.attrs["columns"]
    table = _table_for(model, docs)
    version = model.attrs.get("table_format", 1)
    n_columns = LEX_COLUMNS[version]
    out = []
    for doc in docs:
        base = doc.to_array(columns)
        if base.ndim == 1:
            base = base.reshape((-1, 1))
        extra = numpy.asarray(_codes_for(table, [t.text for t in doc], version), dtype="uint64")
        if len(doc) == 0:
            extra = numpy.zeros((0, n_columns), dtype="uint64")
        feats = numpy.hstack([base.astype("uint64"), extra])
        out.append(model.ops.asarray2i(feats, dtype="uint64"))
    return out, lambda d_features: []


def _extract_init(model: Model, X: Any = None, Y: Any = None) -> None:
    """Fill the table from ``lexicon_path`` when the pipeline is initialised for training:
    format 1 into the model's attrs, later formats into the vocab's lookups (once)."""
    path = model.attrs.get("lexicon_path")
    version = model.attrs.get("table_format", 1)
    if model.attrs["lex_table"] or not path or not Path(path).is_file():
        return
    if version == 1:
        table = json.loads(Path(path).read_text("utf8"))
        model.attrs["lex_table"] = {str(k): int(v) for k, v in table.items()}
        return
    if not X:
        raise ValueError("kg lexicon features need sample docs to initialise (their vocab holds the table)")
    lookups = X[0].vocab.lookups
    name = lookups_table_name(version)
    if not lookups.has_table(name):
        table = json.loads(Path(path).read_text("utf8"))
        lookups.add_table(name, {str(k): int(v) for k, v in table.items()})


def find_lexicon_table(nlp: Any) -> Any | None:
    """The word -> code table a pipeline's tok2vec uses (in a node's attrs for format 1, in the
    vocab's lookups for later formats), or None.  The noun-class bits are the lowest
    ``NOUN_BITS`` of a value in every format, so other components can read them."""
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if node.name == "kg_lex_features" and node.attrs.get("lex_table"):
                return node.attrs["lex_table"]
    return vocab_lexicon_table(nlp.vocab)


def vocab_lexicon_table(vocab: Any) -> Any | None:
    """The kg lexicon table shared through a vocab's lookups (format >= 2), or None: a
    word list of ~400,000 German forms that rules may consult ("is this a word?")."""
    fmt = vocab_table_format(vocab)
    return vocab.lookups.get_table(lookups_table_name(fmt)) if fmt > 1 else None


def vocab_table_format(vocab: Any) -> int:
    """The format of the kg lexicon table in a vocab's lookups (1 when there is none there)."""
    present = [f for f in TABLE_FIELDS if f > 1 and vocab.lookups.has_table(lookups_table_name(f))]
    return max(present, default=1)


def table_field(table: Any, word: str, fmt: int, field: str) -> int | None:
    """One packed field ("place", "freq", ...) of a word's table value; None if the word is
    unknown or the format has no such field."""
    names = [name for name, _bits in TABLE_FIELDS[fmt]]
    v = table.get(word)
    if v is None or field not in names:
        return None
    return _unpack(v, fmt)[2][names.index(field)]


def _add_shared_table(lookups: Any, name: str, table: Any) -> None:
    if lookups.has_table(name):
        shared = lookups.get_table(name)
        if len(shared) != len(table) or any(shared.get(k) != v for k, v in table.items()):
            raise ValueError(f"two different lexicon tables {name!r} in one pipeline")
    else:
        lookups.add_table(name, dict(table))


def copy_lexicon_tables(source_vocab: Any, target_vocab: Any) -> list[str]:
    """Copy kg's shared lexicon tables into another vocab (when sourcing a component)."""
    names = [n for n in source_vocab.lookups.tables if n.startswith("kg_lexicon_v")]
    for name in names:
        _add_shared_table(target_vocab.lookups, name, source_vocab.lookups.get_table(name))
    return names


def move_tables_to_vocab(nlp: Any) -> int:
    """Move format >= 2 tables from model attrs into ``nlp.vocab.lookups`` (one shared copy).

    For pipelines assembled from components trained before the tables moved to the vocab;
    refuses two different tables under one format.  Returns the number of nodes changed.
    """
    moved = 0
    lookups = nlp.vocab.lookups
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None:
            continue
        for node in model.walk():
            if node.name != "kg_lex_features" or not node.attrs.get("lex_table"):
                continue
            version = node.attrs.get("table_format", 1)
            if version == 1:
                continue
            _add_shared_table(lookups, lookups_table_name(version), node.attrs["lex_table"])
            node.attrs["lex_table"] = {}
            moved += 1
    return moved


def LexFeatureExtractor(
    attrs: list[str], lexicon_path: str | None, table_format: int = 1
) -> Model[list[Doc], list[Ints2d]]:
    model_attrs: dict[str, Any] = {
        "columns": [intify_attr(a) for a in attrs],
        "lex_table": {},
        "lexicon_path": lexicon_path or "",
    }
    if table_format != 1:  # absent in format-1 models, which therefore load unchanged
        model_attrs["table_format"] = table_format
    return Model("kg_lex_features", _extract_forward, init=_extract_init, attrs=model_attrs)


def _lex_embed(width: int, attrs: list[str], rows: list[int], lex_rows: list[int],
               lexicon_path: str | None, table_format: int) -> Model[list[Doc], list[Any]]:
    all_rows = list(rows) + list(lex_rows)
    embeddings = [
        HashEmbed(width, r, column=i, seed=8 + i, dropout=0.0) for i, r in enumerate(all_rows)
    ]
    max_out = with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True))
    features = chain(
        LexFeatureExtractor(attrs, lexicon_path, table_format),
        list2ragged(),
        with_array(concatenate(*embeddings)),
    )
    model = chain(features, max_out, ragged2list())
    model.set_dim("nO", width)
    return model


def _architecture(table_format: int, doc: str) -> Callable[..., Model[list[Doc], list[Any]]]:
    """Register ``kg.LexMultiHashEmbed.v<table_format>``: spaCy's MultiHashEmbed plus one
    hashed column per lexicon field of that table format (see ``TABLE_FIELDS``)."""

    def build(
        width: int,
        attrs: list[str],
        rows: list[int],
        lex_rows: list[int],
        lexicon_path: str | None = None,
    ) -> Model[list[Doc], list[Any]]:
        if len(lex_rows) != LEX_COLUMNS[table_format]:
            raise ValueError(f"lex_rows needs {LEX_COLUMNS[table_format]} entries")
        return _lex_embed(width, attrs, rows, lex_rows, lexicon_path, table_format)

    build.__doc__ = doc
    suffix = f"V{table_format}" if table_format > 1 else ""
    build.__name__ = build.__qualname__ = "LexMultiHashEmbed" + suffix
    return registry.architectures.register(f"kg.LexMultiHashEmbed.v{table_format}", func=build)


LexMultiHashEmbed = _architecture(
    1, "spaCy's MultiHashEmbed plus hashed lexicon columns (clusters, noun classes).")
LexMultiHashEmbedV2 = _architecture(2, """v1 plus GeoNames place-name bits and a word-frequency bucket.

Why: most names the v1 model misses are rare places and rare surnames; "is this a
known place name?" and "how rare is this word form?" are what a reader uses there.
Needs a table built with ``build_lexicon.py --format 2``.
""")
LexMultiHashEmbedV3 = _architecture(3, """v2 plus the case/number slots and gender of noun forms.

Why: German case decides subject vs object, and a noun form often rules cases out
("Vätern" can only be dative plural); the UD training sentences alone see too few
forms.  Needs a table built with ``build_lexicon.py --format 3``.
""")
LexMultiHashEmbedV4 = _architecture(4, """v3 plus each word form's likely STTS tags out of context (HanTa).

Why: the UD training portion here has ~2,200 sentences; a tagger trained on the much
larger TIGER treebank knows which parts of speech a form can take ("die": article,
relative or demonstrative pronoun).  Only the table travels with the model; HanTa is
needed when the table is built (``build_lexicon.py --format 4``), not at run time.
""")
