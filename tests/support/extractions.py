"""Hand-built `Extraction` records for the graph-side tests.

The text is written for these tests (fictional states and people), and the records are
what a perfect extractor would produce from it, with offsets computed from the text so
that they are right by construction. Graph tests use them instead of the real extractor,
so they check the mapping, store and queries independently of model quality.
"""

from __future__ import annotations

import datetime as dt

from kg.document import Document
from kg.records import (
    Actor,
    Evidence,
    Extraction,
    Meeting,
    Mention,
    Proposal,
    ProposalEvent,
    Response,
    Statement,
    TimeValue,
)

TEXT = (
    "Gespräche in Genf\n"
    "Der Außenminister von Nordland, Erik Sandberg, traf am Dienstag in Genf die Außenministerin "
    "von Südmark, Lena Vogt. "
    "„Wir sind einer Einigung näher gekommen“, sagte Sandberg nach dem Treffen. "
    "Südmark legte einen Zehn-Punkte-Plan für einen Waffenstillstand vor. "
    "Nordland lehnte den Plan ab. "
    "Ein weiteres Treffen ist für März geplant."
)


def _find(text: str, needle: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(needle, pos + 1)
    return pos


def ev(text: str, needle: str, method: str = "test", confidence: float = 0.9,
       occurrence: int = 0) -> Evidence:
    """Evidence for the `occurrence`-th `needle` in `text`; sentences end at '. ' or a newline."""
    pos = _find(text, needle, occurrence)
    dot_before = text.rfind(". ", 0, pos)
    s0 = max(dot_before + 2 if dot_before >= 0 else 0, text.rfind("\n", 0, pos) + 1)
    dot = text.find(". ", pos + len(needle))
    s1 = len(text) if dot < 0 else dot + 1
    return Evidence(sentence=text[s0:s1], sentence_start=s0, sentence_end=s1, start=pos,
                    end=pos + len(needle), method=method, confidence=confidence)


def mention(text: str, needle: str, occurrence: int = 0) -> Mention:
    pos = _find(text, needle, occurrence)
    return Mention(needle, pos, pos + len(needle))


def geneva_extraction(doc_id: str = "genf-2025", text: str = TEXT, date: dt.date | None = dt.date(2025, 3, 6),
                      wikidata: bool = True) -> Extraction:
    """A complete extraction of `TEXT`: five actors, two meetings, a proposal, a response, a quote."""
    doc = Document(id=doc_id, text=text, date=date, lang="de", title="Gespräche in Genf",
                   url="https://example.org/news/genf")
    t = text
    actors = [
        Actor(key="erik-sandberg", name="Erik Sandberg", category="Person",
              mentions=[mention(t, "Erik Sandberg"), mention(t, "Sandberg", 1)],
              roles=["Außenminister"], affiliations=["nordland"], evidence=[ev(t, "Erik Sandberg", "ner")]),
        Actor(key="lena-vogt", name="Lena Vogt", category="Person", mentions=[mention(t, "Lena Vogt")],
              roles=["Außenministerin"], affiliations=["südmark"], evidence=[ev(t, "Lena Vogt", "ner")]),
        Actor(key="nordland", name="Nordland", category="Country", mentions=[mention(t, "Nordland")],
              evidence=[ev(t, "Nordland", "ner")],
              wikidata="Q111111" if wikidata else None, link_score=0.8765 if wikidata else None,
              link_method="label" if wikidata else None),
        Actor(key="südmark", name="Südmark", category="Country", mentions=[mention(t, "Südmark")],
              evidence=[ev(t, "Südmark", "ner")]),
        Actor(key="genf", name="Genf", category="Place", kind="city", mentions=[mention(t, "Genf")],
              evidence=[ev(t, "Genf", "ner", occurrence=1)],
              wikidata="http://www.wikidata.org/entity/Q71" if wikidata else None),
    ]
    meetings = [
        Meeting(key="m-genf", kind="meeting", label="Treffen Sandberg–Vogt in Genf",
                participants=["erik-sandberg", "lena-vogt"], location="genf",
                time=TimeValue("am Dienstag", "2025-03-04", "day", t.index("am Dienstag"),
                               t.index("am Dienstag") + len("am Dienstag")),
                status="held", evidence=[ev(t, "traf", "rule:meeting-verb", 0.8)]),
        Meeting(key="m-maerz", kind="meeting", label="weiteres Treffen im März",
                time=TimeValue("für März", "2025-03", "month"), status="planned",
                evidence=[ev(t, "Ein weiteres Treffen", "rule:meeting-noun", 0.6)]),
    ]
    proposals = [
        Proposal(key="zehn-punkte-plan", kind="plan", label="Zehn-Punkte-Plan für einen Waffenstillstand",
                 proposer="südmark", points=["Waffenstillstand"], number_of_points=10,
                 events=[ProposalEvent("presented", None, ev(t, "legte", "rule:proposal-event"))],
                 evidence=[ev(t, "Zehn-Punkte-Plan", "rule:proposal-noun", 0.75)]),
    ]
    responses = [
        Response(key="r-nordland", proposal="zehn-punkte-plan", actor="nordland", stance="reject",
                 evidence=[ev(t, "lehnte", "rule:stance-verb", 0.7)]),
    ]
    statements = [
        Statement(key="s-sandberg", speaker="erik-sandberg", quote="Wir sind einer Einigung näher gekommen",
                  direct=True, about=["lena-vogt"],
                  evidence=[ev(t, "„Wir sind einer Einigung näher gekommen“", "rule:quote")]),
    ]
    return Extraction(document=doc, actors=actors, meetings=meetings, proposals=proposals,
                      responses=responses, statements=statements, model="test-model 0.0")


SECOND_TEXT = "Der Gipfel in Ostburg endete ohne Ergebnis. Premierministerin Ada Kern verließ die Stadt."


def second_extraction(doc_id: str = "ostburg") -> Extraction:
    """A second, smaller document, for multi-document stores and union queries."""
    t = SECOND_TEXT
    doc = Document(id=doc_id, text=t, date=None, lang="de")
    return Extraction(
        document=doc,
        actors=[
            Actor(key="ada-kern", name="Ada Kern", category="Person", roles=["Premierministerin"],
                  evidence=[ev(t, "Ada Kern", "ner")]),
            Actor(key="ostburg", name="Ostburg", category="Place", evidence=[ev(t, "Ostburg", "ner")]),
        ],
        meetings=[Meeting(key="gipfel", kind="summit", label="Gipfel in Ostburg", participants=["ada-kern"],
                          location="ostburg", status="held", outcome="ohne Ergebnis",
                          evidence=[ev(t, "Gipfel", "rule:meeting-noun")])],
        model="test-model 0.0",
    )
