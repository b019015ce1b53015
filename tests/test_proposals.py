"""Proposals and responses: proposer from grammar, points, anaphora, stance with negation."""

from __future__ import annotations

from tests.eventsupport import extract, name, needs_model


@needs_model
def test_proposal_with_genitive_proposer_and_points() -> None:
    ex = extract("Im Februar war ein Friedensplan mit 14 Punkten der Regierung Norwegens bekannt geworden.")
    plans = [p for p in ex.proposals if p.kind == "plan"]
    assert plans and plans[0].number_of_points == 14


@needs_model
def test_proposer_is_subject_of_presenting_verb_and_response_rejects() -> None:
    ex = extract(
        "Die Regierung Schwedens legte am Montag einen Gegenvorschlag vor. "
        "Präsident Karl Lund lehnte den Vorschlag ab."
    )
    assert ex.proposals
    assert ex.proposals[0].kind == "counter-proposal"
    assert ex.responses and ex.responses[0].stance == "reject"
    assert name(ex, ex.responses[0].actor) == "Karl Lund"
    assert ex.responses[0].proposal == ex.proposals[0].key


@needs_model
def test_negated_acceptance_is_rejection() -> None:
    ex = extract(
        "Kanzler Lars Brandt präsentierte einen Plan für die Grenzregion. "
        "Präsidentin Eva Roth akzeptierte den Plan nicht."
    )
    assert [r.stance for r in ex.responses] == ["reject"]


@needs_model
def test_demand_verb_makes_a_demand() -> None:
    ex = extract("Präsidentin Eva Roth fordert, dass die Truppen bis zum Sommer abgezogen werden.")
    demands = [p for p in ex.proposals if p.kind == "demand"]
    assert demands and name(ex, demands[0].proposer) == "Eva Roth"
