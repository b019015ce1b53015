"""A proposal in a headline joins the proposal its article's body reports."""

from __future__ import annotations

from kg.extract.headlines import body_start, is_headline
from tests.eventsupport import extract, name, needs_model


def test_the_body_starts_at_a_dateline_near_the_top() -> None:
    text = "Präsident drängt auf Einigung. Rom/Mailand – Der Präsident sagte am Montag ..."
    assert text[body_start(text):].startswith("Rom/Mailand –")
    assert is_headline(text, 0, len("Präsident drängt auf Einigung."))
    assert body_start("Die Gespräche – so hieß es – dauern an. Nichts.") == 0
    # a line without final punctuation before a line break is a heading wherever it stands
    lines = "Er kam an.\nGespräche ohne Ergebnis\nDie Delegationen reisten ab."
    start = lines.index("Gespräche")
    assert is_headline(lines, start, start + len("Gespräche ohne Ergebnis"))


@needs_model
def test_a_headline_proposal_is_the_one_the_body_reports() -> None:
    ex = extract(
        "Französischer Präsident drängt auf Einigung im Haushaltsstreit\n\n"
        "Paris – Der französische Präsident Emmanuel Macron hat die Regierung am Montag zu einer "
        "raschen Einigung aufgefordert."
    )
    assert len(ex.proposals) == 1
    proposal = ex.proposals[0]
    assert name(ex, proposal.proposer) == "Emmanuel Macron"
    assert len(proposal.evidence) == 2
    assert proposal.evidence[1].sentence.startswith("Französischer Präsident drängt")


@needs_model
def test_a_headline_proposal_without_a_body_report_stays() -> None:
    ex = extract(
        "Gewerkschaft Verdi fordert höhere Löhne\n\n"
        "Berlin – Die Tarifverhandlungen gehen am Montag weiter."
    )
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Verdi"]
