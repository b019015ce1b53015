"""Rule-based sentence boundaries for German news (spaCy factory ``kg_sentences``).

Why rules: the parser trained on ~2,200 UD sentences splits sentences unreliably
(quotes, datelines), and the extraction needs whole sentences.  The component runs before
the parser and sets ``is_sent_start`` on every token, which the parser respects.

Rules (the tokenizer already keeps "Dr.", "u.a.", "z.B." and ordinals such as "4." as
single tokens, so a stand-alone "." is a real full stop):

* a sentence ends after ``.``, ``!``, ``?``, ``…`` plus any closing quotes/brackets
  that follow (a colon before a quotation is not a boundary);
* an opening quote („ « » or a straight " preceded by a space and followed by a word)
  after a full stop begins the next sentence instead of closing the previous one;
* the next sentence must start with something that is not a lower-case word
  (so "ca. zehn" keeps going when an abbreviation is unknown to the tokenizer) nor a
  comma ("Warum nicht?, so Berg." is one sentence);
* a year with its full stop ("seit 2004."), one token for the tokenizer, ends a sentence as a
  full stop does;
* a blank line (headline, paragraph break) is always a boundary;
* a dateline dash ("Havanna – Am Montag ...") is never a boundary.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

FINAL = {".", "!", "?", "…", "...", "?!", "!?"}
# a year and its full stop, which the tokenizer keeps as one ordinal-like token ("seit 2004.
# Der Bürgermeister ..."): a sentence ends there when a capitalised word follows
_YEAR_AT_END = re.compile(r"^(1[5-9]|20)\d\d\.$")
CLOSING = {"“", "”", "’", "‘", ")", "]", "»", "«", "'", "''", '"'}
OPENING = {"„", "«", "»", "(", "‚", "``", "`"}


def _is_opening_quote(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.text in ("„", "‚", "("):
        return True
    if tok.text in ('"', "»", "«", "'"):
        # straight/guillemet quote: opening if preceded by whitespace and glued to the next word
        prev_space = i == 0 or bool(doc[i - 1].whitespace_)
        glued = not tok.whitespace_ and i + 1 < len(doc) and not doc[i + 1].is_punct
        return prev_space and glued
    return False


def set_sentence_starts(doc: Doc) -> Doc:
    """Set every token's sentence start at once: spaCy's `Token.is_sent_start` setter checks
    the whole doc for a parse each time, which made one token at a time quadratic."""
    if doc.has_annotation("DEP"):
        raise ValueError("kg_sentences must run before the parser: this doc is parsed already")
    starts = compute_sentence_starts(doc)
    if starts:
        values = numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64")
        doc.from_array([SENT_START], values.reshape(-1, 1))
    return doc


def compute_sentence_starts(doc: Doc) -> list[bool]:
    """One bool per token: does a sentence start here (rules of the module docstring)."""
    n = len(doc)
    if n == 0:
        return []
    starts = [False] * n
    starts[0] = True
    i = 0
    while i < n:
        tok = doc[i]
        if tok.is_space and "\n" in tok.text and tok.text.count("\n") >= 2 and i + 1 < n:
            starts[i + 1] = True
        elif "\n\n" in tok.whitespace_ and i + 1 < n:
            starts[i + 1] = True
        if tok.text in FINAL or _YEAR_AT_END.match(tok.text):
            j = i + 1
            while j < n and doc[j].text in CLOSING | FINAL and not _is_opening_quote(doc, j):
                j += 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n:
                k = j
                while k < n and (_is_opening_quote(doc, k) or doc[k].text in OPENING) and k + 1 < n:
                    k += 1
                first = doc[k].text
                if not first[:1].islower() and first not in (",", ";"):
                    starts[j] = True
            i = j
            continue
        i += 1
    return starts


@Language.component("kg_sentences")
def kg_sentences(doc: Doc) -> Doc:
    """Set every token's is_sent_start with German news rules (see module docstring)."""
    return set_sentence_starts(doc)

