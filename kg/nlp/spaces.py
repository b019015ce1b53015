"""`kg_space_compact` + `kg_space_reparse`: analyse text with runs of spaces as if they were
single spaces.

Why: text scraped from news sites is full of double spaces ("sagte  er"), and spaCy keeps
every extra space as a token of its own.  A pipeline trained on treebanks without such
tokens (like kg's de_kg_news) tags them as words and hangs parts of the clause on them,
which breaks the subjects, objects and clause boundaries that kg's event rules read.
`kg_space_compact`, the first component, hands the statistical components a copy of the doc
without the space tokens (the original doc rides along in the copy's `user_data`), so the
article is analysed once, in the same batches as the others; `kg_space_reparse`, after them,
writes the analysis back onto the original tokens and returns the original doc, so that
character offsets (the provenance of every assertion) still point into the original text.
The space tokens themselves become SPACE, attached to the token before them.  Line breaks are
left alone: they mark headlines and paragraphs, and the sentence rules use them.
Docs without such tokens pass both components unchanged, at no cost.  A pipeline without
`kg_space_compact` still works: `kg_space_reparse` then runs the statistical components a
second time on a compact copy (the behaviour before the two were split, at twice the cost).
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token


def is_extra_space(token: Token) -> bool:
    """A token made only of spaces or tabs (no line break)."""
    return token.is_space and "\n" not in token.text and "\r" not in token.text


def _relative(offset: int) -> int:
    """A relative head offset as Doc.from_array reads it (uint64, two's complement)."""
    return offset % (1 << 64)


#: `user_data` key of a compact doc: the original doc it stands for
_ORIGINAL = "kg_space_original"


def _kept(doc: Doc) -> list[int]:
    """Indices of the tokens that are not extra spaces."""
    return [t.i for t in doc if not is_extra_space(t)]


def compact_copy(doc: Doc, keep: list[int]) -> Doc:
    """A new doc of the tokens `keep`, a kept token followed by whitespace where its own
    trailing space or a dropped space token follows it."""
    words = [doc[i].text for i in keep]
    spaces = [bool(doc[i].whitespace_) or (i + 1 < len(doc) and is_extra_space(doc[i + 1])) for i in keep]
    return Doc(doc.vocab, words=words, spaces=spaces)


@Language.factory("kg_space_compact")
def make_space_compact(nlp: Language, name: str) -> SpaceCompact:
    return SpaceCompact()


class SpaceCompact:
    """Swaps a doc with extra space tokens for its compact copy (see module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        keep = _kept(doc)
        if len(keep) == len(doc) or not keep:
            return doc
        compact = compact_copy(doc, keep)
        compact.user_data[_ORIGINAL] = doc
        return compact


@Language.factory("kg_space_reparse")
def make_space_reparse(nlp: Language, name: str) -> SpaceReparse:
    return SpaceReparse(nlp, name)


class SpaceReparse:
    """Re-runs the components before it on a space-free copy of the doc (see module docstring)."""

    def __init__(self, nlp: Language, name: str = "kg_space_reparse") -> None:
        self.nlp = nlp
        self.name = name

    def _components_before(self) -> list[tuple[str, object]]:
        out = []
        for name, proc in self.nlp.pipeline:
            if name == self.name:
                break
            out.append((name, proc))
        return out

    def __call__(self, doc: Doc) -> Doc:
        original = doc.user_data.pop(_ORIGINAL, None)
        if original is not None:  # analysed compact by the components before: write it back
            compact, doc = doc, original
            keep = _kept(doc)
        else:
            keep = _kept(doc)
            if len(keep) == len(doc) or not keep:
                return doc
            compact = compact_copy(doc, keep)
            for name, proc in self._components_before():
                if name != "kg_space_compact":
                    compact = proc(compact)  # type: ignore[operator]
        self._write_back(doc, compact, keep, {i: j for j, i in enumerate(keep)})
        return doc

    @staticmethod
    def _write_back(doc: Doc, compact: Doc, keep: list[int], position: dict[int, int]) -> None:
        attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
        values = numpy.zeros((len(doc), len(attrs)), dtype="uint64")
        space_pos = doc.vocab.strings.add("SPACE")
        space_tag = doc.vocab.strings.add("_SP")
        dep_label = doc.vocab.strings.add("dep")
        has_parse = compact.has_annotation("DEP")
        last_kept: int | None = None
        first_kept = keep[0]
        for tok in doc:
            j = position.get(tok.i)
            if j is None:
                head = last_kept if last_kept is not None else first_kept
                values[tok.i] = [space_tag, space_pos, 0, tok.orth, dep_label if has_parse else 0,
                                 _relative(head - tok.i) if has_parse else 0]
                continue
            c = compact[j]
            head = keep[c.head.i] if has_parse else tok.i
            values[tok.i] = [c.tag, c.pos, c.morph.key, c.lemma, c.dep if has_parse else 0,
                             _relative(head - tok.i)]
            last_kept = tok.i
        if not has_parse:
            attrs, values = attrs[:4], values[:, :4]
        doc.from_array(attrs, values)
        if compact.has_annotation("ENT_IOB"):
            doc.ents = [Span(doc, keep[e.start], keep[e.end - 1] + 1, label=e.label_) for e in compact.ents]
        if not has_parse and compact.has_annotation("SENT_START"):
            for tok in doc:
                j = position.get(tok.i)
                tok.is_sent_start = compact[j].is_sent_start if j is not None else False
