"""Hand-built extractions of three short German articles (written for these tests; all
actors are fictional) and the RDF the graph side maps them to: the example graph of the
export tests.

The records are what a perfect extractor would produce, so the export tests do not depend
on the extractor's quality. Offsets are computed from the texts, so the evidence is real.
One article carries hostile text (a name that is an HTML script tag, a role that looks like
SQL, a quote with U+2028 and `</script>`), which every export must treat as text.
"""

from __future__ import annotations

import datetime as dt
import re

from rdflib import Graph

from kg.document import Document
from kg.records import (
    Actor,
    Evidence,
    Extraction,
    Meeting,
    Mention,
    Proposal,
    Response,
    Statement,
    TimeValue,
)

EVIL_NAME = "<script>alert(1)</script>"
EVIL_ROLE = '"; DROP TABLE akteure; --'

TEXT_1 = (
    "Nordland und Südland verhandeln in Bergstadt\n"
    "Die nordländische Außenministerin Katrin Albers hat sich am Dienstag in Bergstadt mit dem "
    "südländischen Außenminister Paulo Mendes getroffen. "
    "Südland legte dabei einen Fünf-Punkte-Plan für eine Waffenruhe vor. "
    "Albers sagte: „Wir prüfen den Plan sorgfältig.“ "
    "Die Regierung von Ostmark lehnte den Plan ab."
)
TEXT_2 = (
    "Zweite Runde in Seehafen\n"
    "Katrin Albers und Paulo Mendes sind am 21. April in Seehafen erneut zusammengekommen. "
    "Auch der Vermittler Jonas Brandt von der Union der Küstenstaaten nahm teil. "
    "Nordland nahm den Fünf-Punkte-Plan grundsätzlich an. "
    "Brandt sagte, Ostmark müsse an den Tisch zurückkehren."
)
TEXT_3 = (
    "Streit um ein Protokoll\n"
    f"Der Sprecher {EVIL_NAME} traf im Mai in Bergstadt die Außenministerin Katrin Albers. "
    f"Er nannte sich selbst „{EVIL_ROLE}“. "
    "Er sagte: „Das ist </script> kein\u2028Zufall & kein <b>Fehler</b>.“"
)


def _ev(text: str, sentence_start_marker: str, span: str, method: str = "test") -> Evidence:
    """Evidence for `span` in the sentence that starts with `sentence_start_marker`."""
    s0 = text.index(sentence_start_marker)
    # a sentence ends at a full stop (not one after a day number: "am 21. April"), optionally
    # followed by a closing quotation mark, or at the end of the headline line
    m = re.compile(r"(?<!\d)\.“?(?=\s|$)|\n").search(text, s0)
    s1 = m.end() if m and m.group() != "\n" else (m.start() if m else len(text))
    start = text.index(span, s0)
    return Evidence(text[s0:s1], s0, s1, start, start + len(span), method)


def _mention(text: str, span: str) -> Mention:
    start = text.index(span)
    return Mention(span, start, start + len(span))


def extraction_1() -> Extraction:
    t = TEXT_1
    doc = Document("verhandlung-bergstadt", t, date=dt.date(2026, 4, 16), title=t.split("\n")[0],
                   url="https://example.org/nachrichten/bergstadt?id=1&lang=de")
    s_meet, s_plan, s_quote, s_reject = "Die nordländische", "Südland legte", "Albers sagte", "Die Regierung"
    return Extraction(
        document=doc,
        actors=[
            Actor("albers", "Katrin Albers", "Person", mentions=[_mention(t, "Katrin Albers")],
                  roles=["Außenministerin"], affiliations=["nordland"],
                  evidence=[_ev(t, s_meet, "Katrin Albers", "ner")]),
            Actor("mendes", "Paulo Mendes", "Person", mentions=[_mention(t, "Paulo Mendes")],
                  roles=["Außenminister"], affiliations=["suedland"],
                  evidence=[_ev(t, s_meet, "Paulo Mendes", "ner")]),
            Actor("nordland", "Nordland", "Country", evidence=[_ev(t, "Nordland und", "Nordland")]),
            Actor("suedland", "Südland", "Country", wikidata="Q999001",
                  evidence=[_ev(t, s_plan, "Südland")]),
            Actor("ostmark", "Regierung von Ostmark", "Organisation", kind="government",
                  evidence=[_ev(t, s_reject, "Regierung von Ostmark")]),
            Actor("bergstadt", "Bergstadt", "Place", kind="city", evidence=[_ev(t, s_meet, "Bergstadt")]),
        ],
        meetings=[
            Meeting("m1", "meeting", "Treffen Albers–Mendes in Bergstadt", participants=["albers", "mendes"],
                    location="bergstadt", time=TimeValue("am Dienstag", "2026-04-14", "day"),
                    evidence=[_ev(t, s_meet, "getroffen", "rule:meeting-verb")]),
        ],
        proposals=[
            Proposal("plan", "plan", "Fünf-Punkte-Plan für eine Waffenruhe", proposer="suedland",
                     number_of_points=5, evidence=[_ev(t, s_plan, "Fünf-Punkte-Plan")]),
        ],
        responses=[
            Response("r1", "plan", "ostmark", "reject", evidence=[_ev(t, s_reject, "lehnte")]),
            Response("r2", "plan", "albers", "consider", evidence=[_ev(t, s_quote, "prüfen")]),
        ],
        statements=[
            Statement("q1", "albers", "Wir prüfen den Plan sorgfältig.", about=["plan"],
                      evidence=[_ev(t, s_quote, "Wir prüfen den Plan sorgfältig.", "rule:quote")]),
        ],
        model="hand-built",
    )


def extraction_2() -> Extraction:
    t = TEXT_2
    doc = Document("verhandlung-seehafen", t, date=dt.date(2026, 4, 22), title=t.split("\n")[0])
    s_meet, s_med, s_acc, s_q = "Katrin Albers und", "Auch der", "Nordland nahm", "Brandt sagte"
    return Extraction(
        document=doc,
        actors=[
            Actor("katrin albers", "Katrin Albers", "Person", affiliations=["nordland"],
                  evidence=[_ev(t, s_meet, "Katrin Albers", "ner")]),
            Actor("paulo mendes", "Paulo Mendes", "Person", evidence=[_ev(t, s_meet, "Paulo Mendes", "ner")]),
            Actor("brandt", "Jonas Brandt", "Person", roles=["Vermittler"], affiliations=["union"],
                  evidence=[_ev(t, s_med, "Jonas Brandt", "ner")]),
            Actor("union", "Union der Küstenstaaten", "Organisation", kind="alliance",
                  evidence=[_ev(t, s_med, "Union der Küstenstaaten", "ner")]),
            Actor("nordland", "Nordland", "Country", evidence=[_ev(t, s_acc, "Nordland")]),
            Actor("ostmark", "Ostmark", "Country", evidence=[_ev(t, s_q, "Ostmark")]),
            # linked in this article only: merged with "Südland" of article 1 by the Wikidata id
            Actor("suedland", "Südland", "Country", wikidata="Q999001"),
            Actor("seehafen", "Seehafen", "Place", kind="city", evidence=[_ev(t, s_meet, "Seehafen")]),
        ],
        meetings=[
            Meeting("m2", "talks", "Zweite Gesprächsrunde in Seehafen",
                    participants=["katrin albers", "paulo mendes", "brandt"], location="seehafen",
                    time=TimeValue("am 21. April", "2026-04-21", "day"),
                    evidence=[_ev(t, s_meet, "zusammengekommen", "rule:meeting-verb"),
                              _ev(t, s_med, "nahm teil", "rule:meeting-verb")]),
        ],
        proposals=[
            Proposal("plan", "plan", "Fünf-Punkte-Plan für eine Waffenruhe", proposer="suedland",
                     evidence=[_ev(t, s_acc, "Fünf-Punkte-Plan")]),
        ],
        responses=[Response("r1", "plan", "nordland", "accept", evidence=[_ev(t, s_acc, "nahm")])],
        statements=[
            Statement("q1", "brandt", "Ostmark müsse an den Tisch zurückkehren", direct=False,
                      about=["ostmark"], evidence=[_ev(t, s_q, "Ostmark müsse", "rule:reported")]),
        ],
        model="hand-built",
    )


def extraction_3() -> Extraction:
    t = TEXT_3
    doc = Document("streit-protokoll", t, date=dt.date(2026, 5, 20), title=t.split("\n")[0])
    s_meet, s_role, s_q = "Der Sprecher", "Er nannte", "Er sagte"
    return Extraction(
        document=doc,
        actors=[
            Actor("evil", EVIL_NAME, "Person", roles=[EVIL_ROLE],
                  evidence=[_ev(t, s_meet, EVIL_NAME, "ner"), _ev(t, s_role, EVIL_ROLE, "rule:role")]),
            Actor("albers", "Katrin Albers", "Person", roles=["Außenministerin"],
                  evidence=[_ev(t, s_meet, "Katrin Albers", "ner")]),
            Actor("bergstadt", "Bergstadt", "Place", kind="city", evidence=[_ev(t, s_meet, "Bergstadt")]),
        ],
        meetings=[
            Meeting("m3", "meeting", f"Treffen mit {EVIL_NAME}", participants=["evil", "albers"],
                    location="bergstadt", time=TimeValue("im Mai", "2026-05", "month"),
                    evidence=[_ev(t, s_meet, "traf", "rule:meeting-verb")]),
        ],
        statements=[
            Statement("q1", "evil", "Das ist </script> kein\u2028Zufall & kein <b>Fehler</b>.",
                      about=["albers"], evidence=[_ev(t, s_q, "Das ist", "rule:quote")]),
        ],
        model="hand-built",
    )


def example_extractions() -> list[Extraction]:
    return [extraction_1(), extraction_2(), extraction_3()]


def example_graph() -> Graph:
    """The union of the three documents' graphs, as `kg.rdf.mapping` produces them."""
    from kg.rdf.mapping import extraction_to_graph

    g = Graph()
    for x in example_extractions():
        g += extraction_to_graph(x)
    return g


#: what the projection of the example graph must contain (checked by the tests)
EXPECTED_ACTORS = {"Katrin Albers", "Paulo Mendes", "Nordland", "Südland", "Regierung von Ostmark", "Ostmark",
                   "Bergstadt", "Seehafen", "Jonas Brandt", "Union der Küstenstaaten", EVIL_NAME}
EXPECTED_MEETINGS = 3
EXPECTED_PROPOSALS = 1


def test_example_evidence_is_real() -> None:
    """Every evidence span of the fixture lies inside its sentence and its document text."""
    for x in example_extractions():
        records = [*x.actors, *x.meetings, *x.proposals, *x.responses, *x.statements]
        for rec in records:
            for ev in rec.evidence:
                assert x.document.text[ev.sentence_start:ev.sentence_end] == ev.sentence
                assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end
