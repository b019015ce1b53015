"""The text of a spaCy Doc, joined once per doc instead of on every read.

Why: `Doc.text` is not stored; spaCy joins the text of every token each time it is read.
Rules that read it per mention or per evidence (coreference, actor records, the offset of
a doc inside its article) turned that into a quadratic cost and one of the larger items of
the extraction profile.  A doc's text cannot change after tokenisation (retokenising keeps
it), so it is kept in `doc.user_data` under a key of kg's own.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed on the first call for this doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
