"""Statements from the learned speech tagger (`kg_speech`) where kg's rules are silent.

Why: the rules of `kg.extract.statements` are precise but find about half of the reported
speech in news; the tagger (kg/nlp/speech.py) marks MESSAGE, SOURCE and CUE spans in the
sentences they miss.  A sentence without a rule statement that holds the start of a learned
MESSAGE becomes a statement; its speaker is the learned SOURCE next to it, mapped to kg's
actor mentions as the rules map theirs (a pronoun through the same resolution, a mention that
is a place or only an adjective never).  Without a `kg_speech` span group nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.eventsyntax import QUOTE_MARKS, ActorLookup, MentionRef, is_place
from kg.nlp.speech import SPANS_KEY

METHOD = "learned:kg_speech"
_MIN_WORDS = 4  # a message of fewer words is a fragment the tagger cut wrongly
_PRONOUNS = frozenset({"er", "sie", "dieser", "diese"})

#: (doc, pronoun, mentions, previous) -> actor key: the rules' pronoun resolution
Resolver = Callable[[Doc, Token, list[MentionRef], tuple[int, list[str]] | None], str | None]


@dataclass
class LearnedSpeech:
    """One learned message: speakers (may be empty), cue token, content, last sentence, and
    whether the tagger marked a SOURCE and a CUE for it."""

    speakers: list[str]
    cue: Token
    content: str
    direct: bool
    until: Span | None
    has_source: bool = False
    has_cue: bool = False
    cue_before: bool = True  # the cue stands before the message ("X sagte, ...")


class LearnedSpans:
    """The document's learned spans, consumed sentence by sentence in document order."""

    def __init__(self, doc: Doc, mentions: list[MentionRef], actors: ActorLookup) -> None:
        spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
        self.doc = doc
        self.messages = [s for s in spans if s.label_ == "MESSAGE" and _words(s) >= _MIN_WORDS]
        self.sources = [s for s in spans if s.label_ == "SOURCE"]
        self.cues = [s for s in spans if s.label_ == "CUE"]
        self.mentions = mentions
        self.actors = actors
        self.covered = 0  # token index up to which a learned statement already took the text

    def __bool__(self) -> bool:
        return bool(self.messages)

    def speech_in(
        self, sent: Span, sents: list[Span], previous: tuple[int, list[str]] | None, resolve: Resolver
    ) -> LearnedSpeech | None:
        """The learned message that starts in `sent` (and the sentences it runs into)."""
        msg = next((m for m in self.messages if sent.start <= m.start < sent.end and m.start >= self.covered),
                   None)
        if msg is None:
            return None
        last = next((s for s in sents if s.start < msg.end <= s.end), sent)
        self.covered = max(msg.end, sent.end)
        region = (sent.start, max(last.end, sent.end))
        cue = _nearest(msg, [c for c in self.cues if region[0] <= c.start < region[1]])
        source = _nearest(cue or msg, [s for s in self.sources if region[0] <= s.start < region[1]
                                       and not (msg.start <= s.start < msg.end)])
        speakers = self._speaker(source, previous, resolve) if source is not None else []
        text = msg.text.strip()
        return LearnedSpeech(
            speakers=speakers,
            cue=self.doc[cue.start] if cue is not None else msg[0],
            content=text.strip("".join(QUOTE_MARKS) + " "),
            direct=text[:1] in QUOTE_MARKS,
            until=last if last.end > sent.end else None,
            has_source=source is not None,
            has_cue=cue is not None,
            cue_before=cue is None or cue.start < msg.start,
        )

    def _speaker(self, source: Span, previous: tuple[int, list[str]] | None, resolve: Resolver) -> list[str]:
        """The actor of a SOURCE span: an actor mention inside it, else a resolved pronoun."""
        for m in self.mentions:
            if m.start < source.end and source.start < m.end and self._acceptable(m):
                return [m.key]
        for tok in source:
            if tok.lower_ in _PRONOUNS and tok.pos_ == "PRON":
                key = resolve(self.doc, tok, self.mentions, previous)
                return [key] if key else []
        return []

    def _acceptable(self, m: MentionRef) -> bool:
        """Not a speaker the rules would reject: a place, an adjective ("deutsche")."""
        tokens = self.doc[m.start : m.end]
        if all(t.pos_ == "ADJ" or t.text[:1].islower() for t in tokens):
            return False
        return not is_place(m.key, self.actors)


def _words(span: Span) -> int:
    return sum(1 for t in span if not (t.is_punct or t.is_space))


def _nearest(anchor: Span, spans: list[Span]) -> Span | None:
    """The span closest to `anchor` (by token distance between their edges)."""
    def gap(s: Span) -> int:
        return max(s.start - anchor.end, anchor.start - s.end, 0)

    return min(spans, key=gap) if spans else None
