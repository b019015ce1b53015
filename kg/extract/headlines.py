"""A proposal in a headline is the proposal its article reports.

Why: news puts the gist first ("Präsident drängt auf Einigung") and reports it in the body
("Präsident X forderte am Montag eine rasche Einigung"). Read alone, the headline gives a
second proposal, usually with a vaguer proposer (a nationality adjective or a bare role
noun). One proposal is what happened: the headline's evidence joins the body's proposal,
whose sentence says who proposed what, and responses to the headline proposal answer it.
Meetings do the same in `kg.extract.meetings` (a headline and the body reporting one call).
"""

from __future__ import annotations

import re

from kg.records import Extraction, Proposal

_FINAL = (".", "!", "?", "…", '"', "“", "”", "»", "«")
_MIN_WORD = 5  # content words shared by the two labels: "Einigung", "Waffenruhe"
_MIN_HEAD = 6  # the head of a compound that stands for it: "Abkommen", "Reform"


# "Jerusalem/Ramallah – ", "Wien – ": the dateline that opens an agency report's body
_DATELINE = re.compile(r"(?:^|(?<=[.!?] )|(?<=\n))[A-ZÄÖÜ][\w.-]*(?:/[A-ZÄÖÜ][\w.-]*)* ?[–—-] ?(?=[A-ZÄÖÜ])")
_HEAD_CHARS = 400  # a dateline further in is no body start


def body_start(text: str) -> int:
    """Where the body starts after a headline that a dateline follows (0 when there is none)."""
    match = _DATELINE.search(text, 1, _HEAD_CHARS)
    return match.start() if match else 0


def is_headline(text: str, sentence_start: int, sentence_end: int, body: int | None = None) -> bool:
    """A line without final punctuation that a line break ends (a headline or cross-heading),
    or a sentence before the dateline ("Präsident drängt auf Einigung. Ramallah – ...");
    `body` is `body_start(text)` where the caller has it."""
    if sentence_end <= (body_start(text) if body is None else body):
        return True
    sentence = text[sentence_start:sentence_end].rstrip()
    rest = text[sentence_end : sentence_end + 4]
    return bool(sentence) and not sentence.endswith(_FINAL) and (sentence_end >= len(text) or "\n" in rest)


def _words(label: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", label) if len(w) >= _MIN_WORD}


def _share_word(headline: set[str], body: set[str]) -> bool:
    """A content word in common, or a compound and its head ("Fairnessabkommen" in the headline,
    "ein entsprechendes Abkommen" in the body): headlines name the thing in one word."""
    return bool(headline & body) or any(
        len(short) >= _MIN_HEAD and long.endswith(short)
        for h in headline for b in body
        for short, long in ((h, b), (b, h)) if len(short) < len(long)
    )


def join_headline_proposals(extraction: Extraction) -> None:
    """Merge each headline proposal into the first later proposal whose label shares a content
    word with it (in place)."""
    text = extraction.document.text
    body_at = body_start(text)
    merged: dict[str, str] = {}  # headline proposal key -> body proposal key
    kept: list[Proposal] = []
    for proposal in extraction.proposals:
        ev = proposal.evidence[0] if proposal.evidence else None
        if ev is None or not is_headline(text, ev.sentence_start, ev.sentence_end, body_at):
            kept.append(proposal)
            continue
        words = _words(proposal.label)
        body = next(
            (p for p in extraction.proposals
             if p.evidence and p.evidence[0].start >= ev.sentence_end
             and _share_word(words, _words(p.label))),
            None,
        )
        if body is None:
            kept.append(proposal)
            continue
        body.evidence.extend(proposal.evidence)
        merged[proposal.key] = body.key
    if not merged:
        return
    extraction.proposals = kept
    for response in extraction.responses:
        response.proposal = merged.get(response.proposal, response.proposal)
