"""The learned speech tagger (kg_speech) and the statements it adds where the rules are silent.

Sentences written for these tests.  The tagger tests skip when the speech model
(kg/models/de_kg_speech) is not installed; the last test checks that kg works without it.
"""

from __future__ import annotations

import pytest

import kg.nlp.speech as speech
from tests.eventsupport import _extractor, analyse, extract, name, needs_model

needs_speech = pytest.mark.skipif(not speech.available(), reason="kg/models/de_kg_speech not installed")

# "klarstellen" is not one of the rules' speech verbs: only the tagger finds this one
MISSED_BY_RULES = "Eva Roth stellte klar, dass es keinen weiteren Streik geben werde."


def _spans(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    doc = analyse(text)
    for span in doc.spans.get(speech.SPANS_KEY, []):
        out.setdefault(span.label_, []).append(span.text)
    return out


@needs_model
@needs_speech
def test_tagger_marks_message_and_source() -> None:
    spans = _spans("Die Kanzlerin Anna Berg hat deutlich gemacht, dass die Steuern nicht steigen werden.")
    assert any("Anna Berg" in s for s in spans.get("SOURCE", []))
    assert any(s.startswith("dass die Steuern") for s in spans.get("MESSAGE", []))
    assert not any("Anna Berg" in s for s in spans.get("MESSAGE", []))


@needs_model
@needs_speech
def test_learned_statement_where_the_rules_are_silent() -> None:
    ex = extract(MISSED_BY_RULES)
    assert [name(ex, s.speaker) for s in ex.statements] == ["Eva Roth"]
    st = ex.statements[0]
    assert st.evidence[0].method == "learned:kg_speech"
    assert st.quote.startswith("dass es keinen weiteren Streik")
    assert not st.direct
    with _extractor().nlp.select_pipes(disable=["kg_speech"]):
        assert extract(MISSED_BY_RULES).statements == []  # the rules alone miss it


@needs_model
@needs_speech
def test_no_speech_no_message_no_statement() -> None:
    text = "Der Zug fuhr um acht Uhr von Hamburg nach Berlin ab."
    assert "MESSAGE" not in _spans(text)
    assert extract(text).statements == []


@needs_model
@needs_speech
def test_rule_statements_keep_their_method() -> None:
    ex = extract("„Wir werden keinen Zentimeter nachgeben“, sagte Präsident Karl Lund am Mittwoch.")
    assert [s.evidence[0].method for s in ex.statements] == ["rule:speech-verb-quote"]


@needs_model
def test_pipeline_loads_without_the_speech_model(tmp_path, monkeypatch) -> None:
    from kg.nlp.pipeline import load_pipeline

    monkeypatch.setattr(speech, "default_path", lambda: tmp_path / "de_kg_speech")
    assert not speech.available()
    nlp = load_pipeline()
    assert "kg_speech" not in nlp.pipe_names
    assert {"kg_actors", "kg_frames"} <= set(nlp.pipe_names)
    doc = nlp("Anna Berg reiste am Montag nach Paris.")
    assert speech.SPANS_KEY not in doc.spans
    assert any(e.text == "Anna Berg" for e in doc.ents)


def test_join_spans_merges_message_pieces_across_a_sentence_start() -> None:
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("de")
    doc = nlp("Sie sagte : Das geht . Es bleibt so .")
    pieces = [Span(doc, 3, 6, "MESSAGE"), Span(doc, 6, 10, "MESSAGE"), Span(doc, 0, 1, "SOURCE")]
    joined = speech.join_spans(doc, sorted(pieces, key=lambda s: s.start))
    expected = [("SOURCE", "Sie"), ("MESSAGE", "Das geht . Es bleibt so .")]
    assert [(s.label_, s.text) for s in joined] == expected
