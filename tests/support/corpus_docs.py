"""Small articles of our own about the same people, written differently, for the corpus tests.

Each document is built as a perfect extractor would record it (offsets from the text), so
the tests check the consolidation, not the model: the same person as full name, surname,
title + surname and genitive; namesakes ("Olaf Scholz", "Anna Scholz", a bare "Scholz");
an alliance as "Nato"/"NATO", the EU as "EU"/"Europäische Union"; one meeting reported by
two articles; a named agreement discussed in two.
"""

from __future__ import annotations

import datetime as dt

from kg.document import Document
from kg.records import Actor, Extraction, Meeting, Proposal, Response, TimeValue
from tests.support.extractions import ev, mention

#: doc id -> (date, text, actors [(key, name, category, needle)], meetings, proposals, responses)
DOCS: dict[str, tuple] = {
    "a": ("2026-05-18",
          "Präsident Emmanuel Macron traf am Montag in Berlin Olaf Scholz. "
          "Die Nato begrüßte das Pariser Klimaabkommen.",
          [("macron", "Emmanuel Macron", "Person", "Emmanuel Macron"),
           ("scholz", "Olaf Scholz", "Person", "Olaf Scholz"),
           ("berlin", "Berlin", "Place", "Berlin"), ("nato", "Nato", "Organisation", "Nato")],
          [("m1", ["macron", "scholz"], "berlin", "2026-05-18", "traf")],
          [("p1", "Pariser Klimaabkommen", None, "Pariser Klimaabkommen")],
          [("r1", "p1", "nato", "accept", "begrüßte")]),
    "b": ("2026-05-19",
          "Macron und Olaf Scholz haben sich am Montag in Berlin getroffen. "
          "Die NATO lehnte das Pariser Klimaabkommen ab.",
          [("macron", "Macron", "Person", "Macron"), ("scholz", "Olaf Scholz", "Person", "Olaf Scholz"),
           ("berlin", "Berlin", "Place", "Berlin"), ("nato", "NATO", "Organisation", "NATO")],
          [("m1", ["macron", "scholz"], "berlin", "2026-05-18", "getroffen")],
          [("p1", "das Pariser Klimaabkommen", None, "Pariser Klimaabkommen")],
          [("r1", "p1", "nato", "reject", "lehnte")]),
    "c": ("2026-06-03",
          "Präsident Macron reiste nach Rom. Dort traf er am Dienstag erneut Olaf Scholz.",
          [("macron", "Präsident Macron", "Person", "Präsident Macron"),
           ("scholz", "Olaf Scholz", "Person", "Olaf Scholz"), ("rom", "Rom", "Place", "Rom")],
          [("m2", ["macron", "scholz"], "rom", "2026-06-02", "traf")], [], []),
    "d": ("2026-06-10",
          "Macrons Vorschlag stieß bei Olaf Scholz und in der Europäischen Union auf Kritik.",
          [("macron", "Macrons", "Person", "Macrons"), ("scholz", "Olaf Scholz", "Person", "Olaf Scholz"),
           ("eu", "Europäische Union", "Organisation", "Europäischen Union")], [], [], []),
    "e": ("2026-06-11",
          "Die EU ehrte Anna Scholz, die Bürgermeisterin von Kiel.",
          [("eu", "EU", "Organisation", "EU"), ("anna", "Anna Scholz", "Person", "Anna Scholz"),
           ("kiel", "Kiel", "Place", "Kiel")], [], [], []),
    "f": ("2026-06-12",
          "Scholz sagte in Rom, die Gespräche gingen weiter.",
          [("scholz", "Scholz", "Person", "Scholz"), ("rom", "Rom", "Place", "Rom")], [], [], []),
    "g": ("2026-06-13",
          "Anna Scholz eröffnete den Hafen. Scholz sagte später, sie sei zufrieden.",
          [("anna", "Anna Scholz", "Person", "Anna Scholz"), ("scholz2", "Scholz", "Person", "Scholz sagte")],
          [], [], []),
    "h": ("2026-06-14", "Sebastian gewann das Rennen in Monza.",
          [("sebastian", "Sebastian", "Person", "Sebastian"), ("monza", "Monza", "Place", "Monza")],
          [], [], []),
    "i": ("2026-06-15", "Sebastian kocht seit Jahren in Graz.",
          [("sebastian", "Sebastian", "Person", "Sebastian"), ("graz", "Graz", "Place", "Graz")], [], [], []),
}


def extraction(doc_id: str, links: dict[str, str] | None = None, text: str | None = None) -> Extraction:
    """The extraction of `DOCS[doc_id]`; `links` gives actor key -> QID as a linker would."""
    date, default_text, actors, meetings, proposals, responses = DOCS[doc_id]
    t = text or default_text
    x = Extraction(document=Document(id=doc_id, text=t, date=dt.date.fromisoformat(date), lang="de"),
                   model="test-model 0.0")
    for key, name, category, needle in actors:
        if needle not in t:
            continue
        qid = (links or {}).get(key)
        x.actors.append(Actor(key=key, name=name, category=category, mentions=[mention(t, needle)],
                              evidence=[ev(t, needle, "ner")], wikidata=qid,
                              link_score=0.9 if qid else None, link_method="label" if qid else None))
    present = {a.key for a in x.actors}
    for key, who, place, day, cue in meetings:
        if cue in t and set(who) <= present:
            x.meetings.append(Meeting(key=key, kind="meeting", label=f"Treffen in {place}", participants=who,
                                      location=place, time=TimeValue("am Montag", day, "day"),
                                      evidence=[ev(t, cue, "rule:meeting-verb")]))
    for key, label, proposer, needle in proposals:
        if needle in t:
            x.proposals.append(Proposal(key=key, kind="agreement", label=label, proposer=proposer,
                                        evidence=[ev(t, needle, "rule:proposal-noun")]))
    for key, proposal, actor, stance, cue in responses:
        if cue in t and actor in present and any(p.key == proposal for p in x.proposals):
            x.responses.append(Response(key=key, proposal=proposal, actor=actor, stance=stance,
                                        evidence=[ev(t, cue, "rule:stance-verb")]))
    return x
