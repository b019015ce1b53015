"""The frame lexicon and its engine: every lexicon row fires on its own example sentence, and
the engine maps the parse to roles across voice, word order and mood; negatives stay silent."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from kg.nlp.frames import FrameMatch, default_lexicon, parse_lexicon
from kg.records import Extraction, Statement
from tests.eventsupport import analyse, extract, name, needs_model


def _rows() -> list[dict[str, str]]:
    text = resources.files("kg.data").joinpath("frames.tsv").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


ROWS = _rows()


def _frames(text: str) -> tuple[object, list[FrameMatch]]:
    doc = analyse(text)
    return doc, list(doc._.kg_frames)


def _role_text(doc, match: FrameMatch, role: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc[i].text for i in match.roles.get(role, [])]


def test_lexicon_rows_are_complete_and_unique() -> None:
    lexicon = default_lexicon()
    assert len(lexicon.entries) == len(ROWS) >= 100
    seen = set()
    for row in ROWS:
        key = (row["lemma"], row["pos"], row["value"])
        assert key not in seen, key
        seen.add(key)
        assert row["pos"] in {"VERB", "NOUN", "ADJ", "SUPPORT", "MARKER"}
        assert row["frame"] in {"proposal", "response", "statement", "support"}
        assert row["example"].strip(), row["lemma"]
        assert row["count"] == "-" or int(row["count"]) >= 0
    frames = {e.frame for e in lexicon.entries}
    assert frames == {"proposal", "response", "statement", "support"}


def test_parse_lexicon_reads_reflexives_and_multiword_entries() -> None:
    lexicon = parse_lexicon(
        [
            "lemma\tpos\tframe\tvalue\troles\trequires\tcount\texample",
            "sich einsetzen\tVERB\tproposal\tadvocacy\tagent:nsubj content:obl@für\tobl@für\t3\tx",
            "in Aussicht stellen\tVERB\tproposal\toffer\tagent:nsubj content:obj\t-\t1\tx",
        ]
    )
    (advocacy,) = lexicon.verbs["einsetzen"]
    assert advocacy.reflexive and advocacy.requires == ("obl@für",)
    assert advocacy.roles == {"agent": ("nsubj",), "content": ("obl@für",)}
    (offer,) = lexicon.verbs["stellen"]
    assert offer.noun == "aussicht" and not offer.reflexive


def test_compound_nouns_match_by_their_head() -> None:
    lexicon = default_lexicon()
    assert lexicon.noun_entries("Friedensplan")[0].lemma == "plan"
    assert lexicon.noun_entries("Kompromissvorschlag")[0].lemma == "vorschlag"
    assert lexicon.noun_entries("Plan")[0].value == "plan"
    assert lexicon.noun_entries("Planet") == ()


@needs_model
@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lemma']}-{r['pos']}" for r in ROWS])
def test_every_lexicon_row_fires_on_its_example(row: dict[str, str]) -> None:
    doc, matches = _frames(row["example"])
    if row["pos"] == "SUPPORT":
        hits = [m for m in matches if m.support is not None]
    elif row["frame"] == "statement":
        words = row["lemma"].lower().split()
        lemma = words[0] if row["pos"] == "MARKER" else words[-1]
        hits = [m for m in matches if m.lemma == lemma and m.frame == "statement"]
    else:
        lemma = row["lemma"].split()[-1].lower()
        hits = [m for m in matches if m.lemma == lemma and m.value == row["value"]]
    assert hits, f"{row['lemma']} did not fire on: {row['example']}"
    assert any("agent" in m.roles for m in hits), f"no agent for {row['lemma']}"


@needs_model
def test_passive_response_takes_the_von_phrase_as_agent() -> None:
    doc, matches = _frames("Der Entwurf wurde von der Opposition scharf kritisiert.")
    (m,) = [m for m in matches if m.lemma == "kritisieren" and m.frame == "response"]
    assert m.passive
    assert _role_text(doc, m, "agent") == ["Opposition"]
    assert _role_text(doc, m, "theme") == ["Entwurf"]


@needs_model
def test_separable_verb_in_perfect_and_subordinate_clause() -> None:
    doc, matches = _frames(
        "Die Regierung hat den Plan abgelehnt, weil die Kommission ihn vorgeschlagen hatte."
    )
    lemmas = {m.lemma for m in matches}
    assert {"ablehnen", "vorschlagen"} <= lemmas
    (reject,) = [m for m in matches if m.lemma == "ablehnen"]
    assert _role_text(doc, reject, "agent") == ["Regierung"]


@needs_model
def test_coordinated_verb_shares_the_subject() -> None:
    doc, matches = _frames("Die Gewerkschaft begrüßte den Kompromiss und forderte weitere Gespräche.")
    (demand,) = [m for m in matches if m.lemma == "fordern" and m.frame == "proposal"]
    assert _role_text(doc, demand, "agent") == ["Gewerkschaft"]


@needs_model
def test_participle_makes_the_modified_noun_the_content() -> None:
    doc, matches = _frames("Die von der Opposition geforderte Reform kommt nicht.")
    (m,) = [m for m in matches if m.participle]
    assert m.lemma == "fordern"
    assert _role_text(doc, m, "content") == ["Reform"]
    assert _role_text(doc, m, "agent") == ["Opposition"]


@needs_model
def test_conditionals_questions_and_negation_are_marked() -> None:
    _, cond = _frames("Wenn die Regierung neue Steuern fordert, wird die Opposition protestieren.")
    assert [m.hypothetical for m in cond if m.lemma == "fordern" and m.frame == "proposal"] == [True]
    _, question = _frames("Fordert die Regierung neue Steuern?")
    assert [m.hypothetical for m in question if m.lemma == "fordern" and m.frame == "proposal"] == [True]
    _, neg = _frames("Die Partei lehnte den Vorschlag nicht ab.")
    assert [m.negated for m in neg if m.lemma == "ablehnen"] == [True]
    _, conditioned = _frames("Wenn die Preise steigen, werden wir dem Vertrag nicht zustimmen.")
    assert [m.conditioned for m in conditioned if m.lemma == "zustimmen"] == [True]


@needs_model
def test_light_verb_turns_event_noun_into_response_with_theme_as_subject() -> None:
    doc, matches = _frames("Der Plan der Regierung stieß bei den Gewerkschaften auf scharfe Kritik.")
    (m,) = [m for m in matches if m.support is not None]
    assert (m.frame, m.value) == ("response", "criticise")
    assert _role_text(doc, m, "agent") == ["Gewerkschaften"]
    assert _role_text(doc, m, "theme") == ["Plan"]


@needs_model
def test_appeal_becomes_a_proposal_with_its_proposer() -> None:
    ex = extract("Außenministerin Clara Holm appellierte an die Nachbarstaaten, die Grenzen offen zu halten.")
    appeals = [p for p in ex.proposals if p.kind == "appeal"]
    assert appeals and name(ex, appeals[0].proposer) == "Clara Holm"
    assert appeals[0].evidence[0].method == "frame:appellieren"


@needs_model
def test_offer_in_aussicht_stellen_and_advocacy() -> None:
    ex = extract(
        "Kanzler Tomas Berg stellte den Bauern weitere Hilfen in Aussicht. "
        "Die Ministerin Lea Sand sprach sich für ein Verbot von Einwegplastik aus."
    )
    kinds = {(p.kind, name(ex, p.proposer)) for p in ex.proposals}
    assert ("offer", "Tomas Berg") in kinds
    assert "Lea Sand" in {proposer for _, proposer in kinds}  # the older rules call it "proposal"


@needs_model
def test_conditional_demand_is_no_proposal() -> None:
    ex = extract("Wenn Ministerin Lea Sand neue Steuern fordert, wird die Opposition protestieren.")
    assert not [p for p in ex.proposals if p.evidence[0].method.startswith("frame:")]


@needs_model
def test_response_idiom_links_to_the_proposal_named_before() -> None:
    ex = extract(
        "Ministerin Lea Sand legte einen Plan zur Reform der Pflege vor. "
        "Der Vorschlag stieß bei Senator Paul Weber auf scharfe Kritik."
    )
    (plan,) = [p for p in ex.proposals if name(ex, p.proposer) == "Lea Sand"]
    stances = {(name(ex, r.actor), r.stance, r.proposal) for r in ex.responses}
    assert ("Paul Weber", "criticise", plan.key) in stances


@needs_model
def test_first_person_readiness_in_a_quotation_belongs_to_the_speaker() -> None:
    ex = extract('Senator Paul Weber sagte: "Wir sind bereit, über eine Waffenruhe zu verhandeln."')
    ready = [p for p in ex.proposals if p.kind == "readiness"]
    assert ready and name(ex, ready[0].proposer) == "Paul Weber"


@needs_model
def test_adjective_is_never_the_responding_actor() -> None:
    ex = extract(
        "Präsident Karl Lund legte einen Friedensplan vor. Die russische Regierung lehnte den Plan ab."
    )
    assert all(name(ex, r.actor) not in ("russische",) for r in ex.responses)


@needs_model
def test_nobody_responds_to_their_own_proposal() -> None:
    ex = extract("Präsident Karl Lund legte einen Friedensplan vor. Lund begrüßte den Plan.")
    assert not [r for r in ex.responses if name(ex, r.actor) == "Karl Lund"]


@needs_model
def test_source_markers_and_postposed_speech_verbs_make_statements() -> None:
    ex = extract(
        "Senator Paul Weber war in der Stadt. "
        "Wir haben nichts zu verbergen, so Weber am Donnerstag im Ausschuss. "
        "Die Ministerin Lea Sand prophezeit: Diesen Streit gewinnt niemand."
    )
    said = {(name(ex, s.speaker), s.quote) for s in ex.statements}
    assert ("Paul Weber", "Wir haben nichts zu verbergen") in said
    assert ("Lea Sand", "Diesen Streit gewinnt niemand") in {(who, q.rstrip(".")) for who, q in said}


@needs_model
def test_a_question_about_speech_is_no_statement() -> None:
    ex = extract("Senator Paul Weber war in der Stadt. Sagte Weber, dass die Lage ernst sei?")
    assert not [s for s in ex.statements if s.evidence[0].method.startswith("frame:")]


def _interview_answers(ex: Extraction) -> list[Statement]:
    return [s for s in ex.statements if s.evidence[0].method == "rule:interview-answer"]


@needs_model
def test_interview_answers_belong_to_the_labelled_interviewee() -> None:
    ex = extract(
        "Die Archäologin Iris Gerlach leitet die Grabung seit Jahren. "
        "STANDARD: Wie ist die Lage vor Ort? Gerlach: Die Lage ist ernst. Wir arbeiten trotzdem weiter. "
        "STANDARD: Gibt es Hoffnung? Gerlach: Ja, ein wenig."
    )
    answers = _interview_answers(ex)
    assert [s.quote for s in answers] == [
        "Die Lage ist ernst.",
        "Wir arbeiten trotzdem weiter.",
        "Ja, ein wenig.",
    ]
    assert {name(ex, s.speaker) for s in answers} == {"Iris Gerlach"}
    assert not [s for s in ex.statements if "Hoffnung" in s.quote]  # the interviewer asks


@needs_model
def test_one_label_alone_is_no_interview() -> None:
    ex = extract("Die Archäologin Iris Gerlach leitet die Grabung. Gerlach: eine Bilanz. Die Lage ist ernst.")
    assert not _interview_answers(ex)


@needs_model
def test_a_name_before_a_colon_attributes_that_sentence_only() -> None:
    ex = extract(
        "Die Archäologin Iris Gerlach leitet die Grabung seit Jahren. "
        "Grabungsleiterin Gerlach: Ohne neue Mittel muss das Team im Herbst aufhören. "
        "Das Museum sucht Spender. Die Einzelfunde von Gerlach: drei Krüge und eine Münze."
    )
    answers = _interview_answers(ex)
    assert [(name(ex, s.speaker), s.quote) for s in answers] == [
        ("Iris Gerlach", "Ohne neue Mittel muss das Team im Herbst aufhören.")
    ]
    # a label with more than the name ("Gerlachs Antwort:") still attributes a clause
    ex = extract(
        "Die Archäologin Iris Gerlach leitet die Grabung. Die Stadt fragte nach den Kosten. "
        "Gerlachs Antwort: Das Team kann ohne neue Mittel nicht weitergraben. Das Museum sucht Spender."
    )
    answers = _interview_answers(ex)
    assert [(name(ex, s.speaker), s.quote) for s in answers] == [
        ("Iris Gerlach", "Das Team kann ohne neue Mittel nicht weitergraben.")
    ]


@needs_model
def test_a_verb_first_condition_makes_the_demand_conditional_and_no_proposal() -> None:
    _, cond = _frames("Sollten die Verhandlungen scheitern, fordert die Opposition Neuwahlen.")
    assert [m.conditioned for m in cond if m.lemma == "fordern" and m.frame == "proposal"] == [True]
    _, plain = _frames("Nach dem Scheitern der Verhandlungen fordert die Opposition Neuwahlen.")
    assert [m.conditioned for m in plain if m.lemma == "fordern" and m.frame == "proposal"] == [False]
    assert extract("Sollten die Verhandlungen scheitern, fordert die Opposition Neuwahlen.").proposals == []


@needs_model
def test_a_negated_predicative_adjective_and_a_causative_verb() -> None:
    _, matches = _frames("Die Gewerkschaft zeigte sich mit dem Angebot nicht zufrieden.")
    satisfied = [m for m in matches if m.lemma == "zufrieden"]
    assert len(satisfied) == 1 and satisfied[0].negated
    # "X stellte Y zufrieden": Y is satisfied, so X is no responder
    _, matches = _frames("Das Angebot stellte die Gewerkschaft nicht zufrieden.")
    assert not [m for m in matches if m.lemma == "zufrieden"]


@needs_model
def test_rejecting_an_accusation_or_welcoming_a_visitor_answers_no_proposal() -> None:
    ex = extract("Die Regierung Moldaus wies den Vorwurf der Opposition zurück.")
    assert ex.responses == [] and ex.proposals == []
    ex = extract("Im Mai begrüßte Präsidentin Lena Vogt den tausendsten Besucher im Landtag.")
    assert ex.responses == [] and ex.proposals == []
    # a plan as theme still is one, even when the article does not say whose
    ex = extract("Die Grünen lehnten die Erhöhung der Mineralölsteuer ab.")
    assert [r.stance for r in ex.responses] == ["reject"]
    assert len(ex.proposals) == 1


@needs_model
def test_a_pronominal_adverb_lets_the_clause_after_it_fill_the_prepositional_slot() -> None:
    # "sich für X aussprechen" with "dafür" and a zu-infinitive or dass-clause in place of X
    ex = extract("Ministerpräsident Karl Lund hat sich am Sonntag dafür ausgesprochen, die Zölle zu senken.")
    assert [(p.kind, name(ex, p.proposer), p.label) for p in ex.proposals] == [
        ("advocacy", "Karl Lund", "die Zölle zu senken")
    ]
    ex = extract("Eva Lind setzte sich dafür ein, dass Norwegen mehr Geld erhält.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Eva Lind"]
    # the adverb alone refers back; without a clause there is nothing to put forward
    assert extract("Karl Lund hat sich dafür ausgesprochen.").proposals == []


@needs_model
def test_a_proposal_or_response_that_comes_from_someone() -> None:
    ex = extract("Der Vorstoß zur Senkung der Zölle kam von Eva Lind.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("proposal", "Eva Lind")]
    ex = extract("Die Regierung legte einen Plan vor. Kritik kam von den Grünen und der SPD.")
    assert sorted((name(ex, r.actor), r.stance) for r in ex.responses) == [
        ("Die Grünen", "criticise"), ("SPD", "criticise")
    ]
    # criticism of a person answers no proposal
    ex = extract("Die Regierung legte einen Plan vor. Kritik an Karl Lund kam auch von den Grünen.")
    assert ex.responses == []


@needs_model
def test_a_name_in_apposition_holds_the_role_not_an_earlier_holder_of_the_title() -> None:
    ex = extract(
        "Präsident Karl Lund legte einen Plan vor. "
        "Ablehnung kam vom Präsidenten der Kammer, Björn Berg."
    )
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Björn Berg", "reject")]


@needs_model
def test_idioms_of_stance_and_responses_on_conditions() -> None:
    plan = "Die Regierung legte einen Plan vor. "
    # "können" belongs to the idiom "etwas abgewinnen können": a stance is given
    ex = extract(plan + "Karl Lund kann dem Entwurf durchaus einiges abgewinnen.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Karl Lund", "consider")]
    ex = extract(plan + "Karl Lund kann dem Entwurf nichts abgewinnen.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Karl Lund", "reject")]
    # "infrage stellen" criticises; in the idiom "stellen" presents nothing
    ex = extract("Die SPD stellte den Entwurf der Regierung infrage.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("SPD", "criticise")]
    assert [p.proposer for p in ex.proposals] == [None]
    # agreement on a condition is consideration; a rejection on a condition is none yet
    ex = extract(plan + "Die SPD stimmte dem Plan zu, wenn die Steuern sinken.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("SPD", "consider")]
    assert extract(plan + "Die SPD lehnt den Plan ab, wenn die Steuern steigen.").responses == []


@needs_model
def test_being_for_something_and_speaking_against_it() -> None:
    ex = extract("Ich bin dafür, dass man die Zölle senkt, sagt Karl Lund.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("advocacy", "Karl Lund")]
    ex = extract("Die Grünen sind dafür, das Wahlalter zu senken.")
    assert [(p.kind, name(ex, p.proposer), p.label) for p in ex.proposals] == [
        ("advocacy", "Die Grünen", "das Wahlalter zu senken")
    ]
    # "dafür sorgen" ensures, it advocates nothing
    assert extract("Eva Lind sorgte dafür, dass die Zölle sinken.").proposals == []
    # speaking against something rejects it; a "mit"-partner of the noun is not its proposer,
    # and the preposition is not part of the label
    ex = extract("Die SPD spricht sich gegen ein Bündnis mit den Grünen aus.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("SPD", "reject")]
    assert [(p.proposer, p.label) for p in ex.proposals] == [(None, "ein Bündnis mit den Grünen")]


@needs_model
def test_an_initiative_that_goes_out_from_someone() -> None:
    ex = extract("Die Initiative für längere Öffnungszeiten ging von Eva Lind aus.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("proposal", "Eva Lind")]


@needs_model
def test_a_light_verb_names_the_proposer_of_a_proposal_noun_found_without_one() -> None:
    ex = extract("Die SPD vertritt die Forderung nach höheren Löhnen.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "SPD")]
    ex = extract("Die Regierung legte einen Plan vor. Die SPD erneuerte ihre Forderung nach höheren Löhnen.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals if p.kind == "demand"] == [("demand", "SPD")]


@needs_model
def test_what_someone_considers_is_their_own_plan_and_blocking_a_road_answers_nothing() -> None:
    ex = extract("Ministerin Eva Lind erwägt eine Senkung der Steuern.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("plan", "Eva Lind")]
    assert ex.responses == []
    ex = extract("Ministerin Eva Lind denkt über eine Senkung der Gebühren nach.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("plan", "Eva Lind")]
    ex = extract("Die SPD blockierte die Straße zum Parlament.")
    assert ex.proposals == [] and ex.responses == []
    # a proposal named as one is still answered
    ex = extract("Die Regierung legte einen Plan vor. Die SPD blockierte den Plan.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("SPD", "reject")]


@needs_model
def test_an_interview_turn_ends_where_the_text_names_the_interviewee() -> None:
    ex = extract(
        "Die Ökonomin Eva Lind leitet das Institut seit Jahren. "
        "STANDARD: Wie ist die Lage? Lind: Die Lage ist ernst. Wir arbeiten trotzdem weiter. "
        "STANDARD: Gibt es Hoffnung? Lind: Ja, ein wenig. "
        "Linds Kritik weist die Kammer zurück. Die Zahlen seien seit Jahren stabil."
    )
    answers = [s.quote for s in _interview_answers(ex)]
    assert answers == ["Die Lage ist ernst.", "Wir arbeiten trotzdem weiter.", "Ja, ein wenig."]


@needs_model
def test_a_zu_infinitive_fills_the_clause_slot_whatever_its_label() -> None:
    # the copula clause "nicht Eigentümer ... zu sein" is parsed as a loose dependent
    ex = extract("Karl Lund beteuert, nicht Eigentümer der Wohnung zu sein.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "nicht Eigentümer der Wohnung zu sein")
    ]
    # the separated first part of the lemma ("bekannt" of "bekanntgeben") is no part of what is said
    ex = extract("Die SPÖ gab bekannt, den Vertrag zu kündigen.")
    assert [s.quote for s in ex.statements] == ["den Vertrag zu kündigen"]
    # a purpose clause is no content
    doc, matches = _frames("Karl Lund reiste nach Oslo, um dort zu verhandeln.")
    assert [m for m in matches if m.frame == "statement"] == []


@needs_model
def test_a_separated_particle_makes_another_verb() -> None:
    # "schreibt ... vor" is "vorschreiben" (prescribe), not "schreiben" (write)
    doc, matches = _frames("Das reicht nicht: Die Union schreibt jedem Land einen festen Plan vor.")
    assert [m for m in matches if m.lemma == "schreiben"] == []
    # "sagte ... weiter" goes on saying; "gab ... bekannt" is the fixed expression
    ex = extract("Die Lage sei ernst, sagte Ministerin Eva Lind am Montag weiter.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Eva Lind"]
    ex = extract("Die SPÖ gab bekannt, den Vertrag zu kündigen.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["SPÖ"]


@needs_model
def test_a_response_noun_whose_outcome_is_open_is_no_response() -> None:
    """ "Ein Veto des Senats ist unsicher" names a rejection that has not been given; "Das
    Veto des Senats kam prompt" reports one."""
    plan = "Die Regierung legte einen Plan für neue Zölle vor. "
    ex = extract(plan + "Ein Veto des Senats gegen den Plan ist unsicher.")
    assert ex.responses == []
    ex = extract(plan + "Das Veto des Senats gegen den Plan kam prompt.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Senat", "reject")]


@needs_model
def test_a_denied_claim_or_an_urged_response_is_no_response() -> None:
    """Rejecting criticism or a press report denies a claim; a response someone is urged to
    give ("drängte Y, den Vorschlag anzunehmen") has not been given. Rejecting a plan is one."""
    for text in ("Die Ministerin Eva Lind wies Kritik zurück, dass die Studie oberflächlich sei.",
                 "Die EU-Kommission hat einen britischen Pressebericht zurückgewiesen.",
                 "Die Kommission legte einen Plan vor. Die EU-Kommission drängte Griechenland, den "
                 "Vorschlag anzunehmen."):
        ex = extract(text)
        assert ex.responses == [], text
        assert not [p for p in ex.proposals if p.kind == "criticise"], text
    ex = extract("Die Regierung legte einen Plan vor. Die Grünen wiesen den Plan zurück.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Die Grünen", "reject")]


def test_a_prepositional_object_the_parser_hung_on_the_subject_is_the_verbs() -> None:
    """ "Nun dringt die Industrie auf X": the model attaches "auf X" to "Industrie"; the verb's
    valency says it is the verb's. Before the verb, or with a preposition that nouns take
    themselves ("die Regierung von X"), it stays the noun's."""
    ex = extract("Nach Berichten der Presse dringt vor allem die heimische Industrie auf die Gründung "
                 "einer stabilen Regierung.")
    assert [(p.kind, p.label) for p in ex.proposals] == [
        ("demand", "die Gründung einer stabilen Regierung")
    ]
    # the same on an adverbial phrase: "trat bei einer Pressekonferenz für X ein"
    ex = extract("Die Kandidatin Eva Lind trat bei einer Pressekonferenz für ein Fairnessabkommen ein.")
    assert [(p.kind, name(ex, p.proposer), p.label) for p in ex.proposals] == [
        ("advocacy", "Eva Lind", "ein Fairnessabkommen")
    ]
    doc = analyse("Nun fordert die Regierung von Kanada mehr Geld.")
    demands = [m for m in doc._.kg_frames if m.lemma == "fordern" and m.frame == "proposal"]
    assert len(demands) == 1 and "addressee" not in demands[0].roles


def test_a_relative_pronoun_in_a_role_stands_for_the_noun_of_its_clause() -> None:
    ex = extract("Die Ministerin Eva Lind, die seit Jahren eine Steuer auf Kerosin fordert, reiste ab.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Eva Lind")]
    ex = extract("Die EU-Kommission, die im Mai Vorschläge für eine gemeinsame Bahnaufsicht vorgelegt "
                 "hat, wartet auf Antworten.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["EU-Kommission"]


def test_praise_and_adopting_a_name_answer_only_a_proposal_named_as_one() -> None:
    """ "loben" and "annehmen" take plain objects that nobody put forward (efforts, a name):
    those make no proposal; a plan named before is still answered."""
    for text in ("Die Ministerin Eva Lind lobte den großen Einsatz der Feuerwehr beim Hochwasser.",
                 "Die Sängerin Eva Lind heiratete 1990 und nahm den Namen ihres Mannes an."):
        ex = extract(text)
        assert (ex.proposals, ex.responses) == ([], []), text
    ex = extract("Die Gewerkschaft Nordbund legte einen Plan für kürzere Schichten vor. Die Ministerin "
                 "Eva Lind lobte den Plan.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Eva Lind", "accept")]


def test_praise_that_there_was_from_someone_for_a_plan() -> None:
    ex = extract("Lob gab es von der Ministerin Eva Lind für die Ankündigung der norwegischen Regierung.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Eva Lind", "accept")]


def test_criticising_her_after_a_person_named_is_no_response() -> None:
    # "sie" refers to the person met, not to the plan of the sentence before
    ex = extract("Der Verein Nordbund legte einen Plan vor. Der Abgeordnete Karl Lund traf am Montag "
                 "Eva Berg und kritisierte sie danach scharf.")
    assert ex.responses == []
    ex = extract("Der Verein Nordbund legte einen Plan vor. Der Abgeordnete Karl Lund kritisierte ihn "
                 "danach scharf.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Karl Lund", "criticise")]


def test_supporting_a_person_the_parser_read_as_a_second_subject_is_no_response() -> None:
    # the parser reads "Joe Biden" as a second subject; a person is no proposal to answer
    ex = extract("Die Regierung forderte eine Reform. Baker unterstützt Joe Biden, dem viele den Sieg "
                 "zutrauen.")
    assert ex.responses == []
    ex = extract("Die Regierung forderte eine Reform. Senator Baker unterstützt das.")
    assert [r.stance for r in ex.responses] == ["accept"]


def test_agreeing_to_do_something_and_holding_on_to_it() -> None:
    """ "vereinbarten X und Y, ... zu verhandeln" puts an agreed plan forward (the parser may
    call the subject after the verb its object); "hält daran fest, ... zu" advocates; a time
    after "am" is nothing held on to."""
    ex = extract("2019 vereinbarten Norwegen und Schweden, vor dem Winter ein gemeinsames Abkommen "
                 "auszuhandeln.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("plan", "Norwegen")]
    ex = extract("Die Ministerin Eva Lind hält daran fest, die Gebühren für Studierende abzuschaffen.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("advocacy", "Eva Lind")]
    ex = extract("Der Spieler Karl Lund hielt im Interview am Sonntagabend fest, dass er zufrieden sei.")
    assert ex.proposals == []
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]



def test_examining_a_plain_thing_is_no_answer_to_a_proposal() -> None:
    """ "prüfte die Geschäfte" audits; only a proposal named as one is considered."""
    ex = extract("Der Prüfer Karl Lund prüfte zunächst die Geschäfte der Bank in Bergen.")
    assert (ex.proposals, ex.responses) == ([], [])
    ex = extract("Die Gewerkschaft Nordbund legte einen Vorschlag vor. Die Ministerin Eva Lind prüft "
                 "den Vorschlag.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Eva Lind", "consider")]


@needs_model
def test_being_of_an_opinion_states_its_content() -> None:
    ex = extract("Die Richterin Jana Holm ist der Ansicht, dass das Verfahren zu lange dauert.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Jana Holm", "dass das Verfahren zu lange dauert")
    ]
    # the noun without a clause says nothing, and a shared opinion is no statement of its holder
    ex = extract(
        "Jana Holm ist eine Richterin mit klarer Meinung. Die Ansicht von Jana Holm teilt der Senat."
    )
    assert not ex.statements


def test_a_call_to_protest_is_an_appeal_and_a_subject_after_the_auxiliary_puts_it_forward() -> None:
    """ "hat Nordbund zu Protesten aufgerufen": the protest is what is called for, not a
    judgement of it; the parser, finding no subject, calls the name after "hat" an object or
    leaves it unlabelled, and German puts the subject there."""
    ex = extract("Für Samstag hat die Gewerkschaft Nordbund in allen Städten zu Protesten aufgerufen.")
    assert [(p.kind, name(ex, p.proposer), p.label) for p in ex.proposals] == [
        ("appeal", "Nordbund", "Protesten")
    ]
    # a proposal judged in its own clause stays unproposed
    ex = extract("Die Partei Nordbund schlug Ideen vor, die der Senat für inakzeptabel hält.")
    assert not [p for p in ex.proposals if name(ex, p.proposer) == "Nordbund"]


def test_a_subject_read_as_an_object_fills_the_agent_and_not_the_content() -> None:
    """ "hatte Dänemark angekündigt, Kontrollen einzuführen": the plan is the fused
    zu-infinitive, not the country that announces it; "fordern aber eine Änderung" after a
    first conjunct shares its subject even where the parser made the object a subject."""
    ex = extract("Schon im März hatte Dänemark als erster Staat angekündigt, Grenzkontrollen wieder "
                 "einzuführen.")
    plans = [(name(ex, p.proposer), p.label) for p in ex.proposals]
    assert plans == [("Dänemark", "Grenzkontrollen wieder einzuführen")]
    ex = extract("Die Grünen haben den Erlass begrüßt, fordern jedoch weiterhin eine Änderung der Satzung.")
    demands = [(name(ex, p.proposer), p.label) for p in ex.proposals if p.kind == "demand"]
    assert demands == [("Die Grünen", "eine Änderung der Satzung")]


def test_a_reported_clause_the_parser_made_a_conjunct_or_infinitive_is_the_content() -> None:
    """ "gab an, sein Land müsse ... haben": the Konjunktiv I clause after the comma is what
    was said, whether the parser calls it a conjunct or an infinitive complement; a second
    predicate of the same subject is not."""
    ex = extract("Präsident Karl Lund gab an, sein Land müsse das Recht haben, sich zu verteidigen.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "sein Land müsse das Recht haben, sich zu verteidigen")
    ]
    ex = extract("Präsident Karl Lund gab nach, entschuldigte sich und verließ den Saal.")
    assert ex.statements == []


def test_narrating_reports_words_but_not_a_story() -> None:
    """ "..., erzählt X" reports what X said; with a noun object of its own ("erzählt die
    Geschichte zweier Brüder") or after a fronted free relative it tells a story."""
    ex = extract("Früher habe es im Tal nur einen Bäcker gegeben, erzählt die Wirtin Anna Berg.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Anna Berg", "Früher habe es im Tal nur einen Bäcker gegeben")
    ]
    ex = extract("Als Rückblende gebaut, erzählt der Regisseur Karl Lund die Geschichte zweier Brüder.")
    assert ex.statements == []
    ex = extract("Was danach geschah, erzählt der Regisseur Karl Lund in seinem neuen Film.")
    assert ex.statements == []


def test_a_multiword_verb_of_saying_after_its_content() -> None:
    """ "..., gab X zu bedenken": the verb of the fixed expression stands where a single verb
    of saying would, so the clause before the comma is what X said; with a colon after the
    expression the words follow it."""
    ex = extract("Letztlich sei ein Festpreis oft nur scheinbar günstig, gab Gewerkschaftschef Karl Lund am "
                 "Montag zu bedenken.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "Letztlich sei ein Festpreis oft nur scheinbar günstig")
    ]


@needs_model
def test_a_headline_names_its_source_before_the_colon() -> None:
    """ "Vizekanzler: ..." at the head of an article: the one person the article gives that
    role speaks, verb or not; an organisation that is the whole label too; a topic word, a
    newspaper or a question says nothing; the headline's source speaks that line only."""
    ex = extract("Vizekanzler: Pläne nicht im Einklang mit dem Gesetz. Wien – Vizekanzler Karl Lund (ÖVP) "
                 "kritisierte am Montag die Pläne. Die Kosten seien zu hoch.")
    headline = [s for s in ex.statements if s.evidence[0].method == "rule:headline-source"]
    assert [(name(ex, s.speaker), s.quote) for s in headline] == [
        ("Karl Lund", "Pläne nicht im Einklang mit dem Gesetz.")
    ]
    for text in (
        "Hochwasser: Pegel steigen weiter an. Wien – Die Feuerwehr ist im Einsatz.",
        "Zeitung: Anklage umfasst 300 Seiten. Berlin – Der Prozess beginnt im Mai.",
        "Vizekanzler: Kommt die Reform noch heuer? Wien – Vizekanzler Karl Lund schweigt.",
    ):
        ex = extract(text)
        assert not [s for s in ex.statements if s.evidence[0].method == "rule:headline-source"], text


@needs_model
def test_a_headline_label_attributes_a_quotation_no_other_rule_could() -> None:
    """ "Lund über die Reform: „...“" heads the article: the quotation is Lund's, not a
    quotation without speaker; a name inside a topic label ("Umbau des Lund-Baus:") is none."""
    ex = extract('Lund über die Reform: "Ein historischer Schritt für das Land". Wien – Finanzminister '
                 "Karl Lund hat am Montag seine Pläne vorgestellt.")
    said = [(name(ex, s.speaker), s.evidence[0].sentence_start) for s in ex.statements]
    assert said == [("Karl Lund", 0)]
    ex = extract("Umbau des alten Lund-Baus: Wohnungen oder Büros. Wien – Der Architekt Karl Lund baute "
                 "das Haus 1930.")
    assert ex.statements == []


def test_announcing_to_do_something_is_a_plan_and_a_participle_needs_its_fixed_word() -> None:
    """ "gab X bekannt, ... zu gehen" (the parser may call the infinitive a clausal subject)
    puts a plan forward; "bekannt" itself fills no slot, and a participle of "geben" without
    it ("die in Auftrag gegebene Studie") is no announcement."""
    ex = extract("Unterdessen gab die Partei Nordbund bekannt, künftig mit den Liberalen einen neuen Kurs "
                 "zu fahren.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("plan", "Nordbund")]
    ex = extract("Der Beschluss wurde am Montag bekannt gegeben.")
    assert ex.proposals == []
    ex = extract("Die Preise steigen, besagt eine von der Kammer Nordbund in Auftrag gegebene Studie.")
    assert ex.proposals == []


def test_a_reason_given_after_damit_is_what_was_said() -> None:
    ex = extract("Die Abgeordnete Anna Berg hatte ihren Rückzug damit begründet, der Fraktion nicht "
                 "schaden zu wollen.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Anna Berg", "der Fraktion nicht schaden zu wollen")
    ]


def test_a_verb_the_parser_coordinated_with_the_object_shares_the_clauses_subject() -> None:
    """ "Sie nannte ihre Ziele und trat für X ein" parsed with "trat" a conjunct of "Ziele"
    (a hand-built parse of that error): the subject is the one of the verb governing the noun;
    a conjunct of a subject noun keeps looking up as before."""
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import Doc

    from kg.nlp.frames import _subject_via_coordination

    words = ["Sie", "nannte", "ihre", "Ziele", "und", "trat", "für", "Reformen", "ein", "."]
    pos = ["PRON", "VERB", "DET", "NOUN", "CCONJ", "VERB", "ADP", "NOUN", "ADP", "PUNCT"]
    heads = [1, 1, 3, 1, 5, 3, 7, 5, 5, 1]
    deps = ["nsubj", "ROOT", "det:poss", "obj", "cc", "conj", "case", "obl", "compound:prt", "punct"]
    doc = Doc(spacy.blank("de").vocab, words=words, pos=pos, heads=heads, deps=deps)
    assert [t.text for t in _subject_via_coordination(doc[5])] == ["Sie"]
    # a verb coordinated with the first verb directly: that verb's subject, as before
    heads[5] = 1
    doc = Doc(spacy.blank("de").vocab, words=words, pos=pos, heads=heads, deps=deps)
    assert [t.text for t in _subject_via_coordination(doc[5])] == ["Sie"]


@needs_model
def test_the_label_of_a_truncated_compound_keeps_its_coordinated_noun() -> None:
    """ "ein Zoll- und Handelsabkommen": the label does not stop at the truncated part."""
    ex = extract("Eva Lind ist Ministerin. Am Dienstag erklärte sie bei einem Treffen in Bergen "
                 "ihren Rückzug und warb zugleich für ein Zoll- und Handelsabkommen im Norden.")
    assert [p.label for p in ex.proposals] == ["ein Zoll- und Handelsabkommen"]


@needs_model
def test_a_perfect_with_haben_is_active_whatever_the_subject_label() -> None:
    """ "Sie hatte empfohlen, ...": the parser now and then labels the subject of an active perfect
    as a passive subject; with "haben" and no passive auxiliary it is the agent, not the content."""
    ex = extract("Die Behörde Finavo prüfte den Fall. Sie hatte empfohlen, das Urteil zu bestätigen.")
    assert [(name(ex, p.proposer), p.label) for p in ex.proposals] == [("Finavo", "das Urteil zu bestätigen")]


@needs_model
def test_a_light_verb_with_a_shelving_phrase_puts_nothing_forward() -> None:
    """ "legte die Pläne auf Eis": shelved, not put forward; "legte ein Angebot auf den Tisch" is
    an offer."""
    assert extract("Nach den Streiks legte Kanzler Karl Lund die Reform vorerst auf Eis.").proposals == []
    assert extract("Die Regierung Norvias legte den Antrag zu den Akten.").proposals == []
    ex = extract("Kanzler Karl Lund legte ein Angebot auf den Tisch.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("offer", "Karl Lund")]


@needs_model
def test_a_definite_noun_answers_the_proposal_named_with_it_long_before() -> None:
    """ "Die Grünen lobten die Verordnung", paragraphs after "die Verordnung von Minister X":
    the article's regulation, even beyond the sentences a bare response looks back over."""
    filler = " ".join(f"Im Bezirk {i} gibt es {i} Höfe mit Kühen und Schweinen." for i in range(1, 40))
    ex = extract("Die Verordnung von Agrarminister Karl Lund ist fertig. " + filler
                 + " Die Grünen lobten am Abend die Verordnung.")
    by_key = {p.key: p for p in ex.proposals}
    answered = [(name(ex, r.actor), r.stance, name(ex, by_key[r.proposal].proposer)) for r in ex.responses]
    assert answered == [("Die Grünen", "accept", "Karl Lund")]


@needs_model
def test_a_proposal_put_forward_by_a_light_verb_is_the_one_named_again_later() -> None:
    """ "X legte ein Angebot ... Y will das Angebot von X annehmen": one offer, put forward in the
    first sentence and named again in the second, not two."""
    ex = extract("Der Konzern Finavo legte ein verbindliches Angebot für die Reederei. "
                 "Demnach wolle die Norvia-Gruppe das Angebot von Finavo annehmen.")
    assert [(p.kind, name(ex, p.proposer), len(p.evidence)) for p in ex.proposals] == [("offer", "Finavo", 2)]


@needs_model
def test_a_name_before_a_coordinated_verb_is_its_subject_not_the_first_clauses() -> None:
    """ "X und Y unterstützten den Vorschlag, Italien äußerte Bedenken": the parser hangs
    "Italien" on the proposal; it is who voices the doubts, not the first clause's subject."""
    ex = extract("Die EU-Kommission schlug vor, die Zölle zu senken. Deutschland und Frankreich "
                 "unterstützten den Vorschlag, Italien äußerte Bedenken.")
    assert sorted((name(ex, r.actor), r.stance) for r in ex.responses) == [
        ("Deutschland", "accept"), ("Frankreich", "accept"), ("Italien", "criticise")]


@needs_model
def test_a_proposal_from_a_capital_is_its_states() -> None:
    """ "wies den Vorschlag aus Stockholm zurück": the Swedish proposal, where the article names
    Sweden; a capital alone, with its state unnamed, proposes nothing of its own."""
    ex = extract("Schweden und Norwegen streiten über die Fischerei. Die Regierung in Oslo wies "
                 "den Vorschlag aus Stockholm als unannehmbar zurück.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Schweden"]
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Norwegen", "reject")]


def test_a_conditional_opened_by_its_verb_makes_satisfaction_a_consideration() -> None:
    """ "Sollte X nachbessern, wäre Y zufrieden": a conditional without a conjunction, hung by
    the parser on the copula; agreement on a condition is consideration, as with "wenn"."""
    plan = "Die Regierung schlug vor, die Steuern zu erhöhen. "
    ex = extract(plan + "Sollte die Regierung nachbessern, wäre Karl Lund zufrieden.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Karl Lund", "consider")]
    ex = extract(plan + "Karl Lund zeigte sich mit dem Plan zufrieden.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Karl Lund", "accept")]


def test_a_person_criticised_whom_the_parser_left_unattached_answers_no_proposal() -> None:
    """The parse of "Der Abgeordnete kritisierte beim Thema Fischerei Minister Karl Lund." as the
    model reads such sentences: the person criticised hangs in apposition on the noun of the
    adverbial, so the verb has no theme; the person after the verb says no proposal is meant.
    A person who is the agent ("Kritik kam von Karl Lund") is no such sign."""
    import spacy
    from spacy.tokens import Doc, Span

    from kg.extract.frames import _person_after

    words = ["Der", "Abgeordnete", "kritisierte", "beim", "Thema", "Fischerei", "Minister", "Karl", "Lund",
             "."]
    heads = [1, 2, 2, 4, 2, 4, 5, 6, 7, 2]
    deps = ["det", "nsubj", "ROOT", "case", "obl", "nmod", "appos", "appos", "flat", "punct"]
    doc = Doc(spacy.blank("de").vocab, words=words, heads=heads, deps=deps)
    doc.ents = [Span(doc, 7, 9, label="PER")]
    assert _person_after(doc[2], agents=[1])
    assert not _person_after(doc[2], agents=[6])  # the person is the agent's phrase
    plan = "Die Regierung schlug vor, die Steuern zu erhöhen. "
    ex = extract(plan + "Scharfe Kritik kam von Karl Lund.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Karl Lund", "criticise")]


def test_rebuffing_a_relative_or_rejecting_travellers_answers_no_proposal() -> None:
    """A person named by a plain noun (kin, travellers, neighbours) is no proposal: "wies die
    Tochter zurück" rebuffs someone, "lehnt die Touristen ab" rejects people."""
    for text in ("Er werde nicht kommen, weist Karl Lund die Tochter scharf zurück.",
                 "Der Verband Nordbund lehnt die Touristen ab.",
                 "Karl Lund begrüßte die Nachbarn herzlich."):
        ex = extract(text)
        assert ex.responses == [] and ex.proposals == [], text
    ex = extract("Karl Lund wies die Forderung der Opposition scharf zurück.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Karl Lund", "reject")]


def test_an_object_before_the_comma_of_an_infinitive_is_the_main_verbs() -> None:
    """ "begrüßte den Vorschlag aus X, Gespräche zu führen", parsed with the proposal as the
    infinitive's object: it is what the main verb answers."""
    ex = extract("Der Kreml begrüßte den Vorschlag aus Washington, Gespräche auf Ebene der "
                 "Außenminister zu führen.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Kreml", "accept")]


def test_a_bare_reaction_answers_the_proposal_just_reported() -> None:
    """ "Kiew reagierte zurückhaltend" right after a plan answers it; after a report of another
    event in between, the reaction is to that event, not to the plan."""
    plan = "Die USA legten der Ukraine am Freitag einen Friedensplan vor. "
    ex = extract(plan + "Kiew reagierte zurückhaltend.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Ukraine", "criticise")]
    ex = extract(plan + "In der Nacht griffen Drohnen erneut die Hauptstadt an, dabei wurden nach "
                 "Angaben der Behörden zwölf Menschen getötet und mehr als vierzig verletzt, darunter "
                 "mehrere Kinder. Die Feuerwehr war bis zum Morgen im Einsatz, um die Brände in den "
                 "Wohnhäusern zu löschen. Präsident Karl Lund reagierte empört.")
    assert ex.responses == []


def test_praising_or_criticising_conduct_answers_no_proposal() -> None:
    """ "lobte die Hilfsbereitschaft der Bürger", "kritisierte die Haltung der Regierung": what
    a party did or how it stands is praised or criticised; nothing was proposed. The use or
    deployment of something ("billigte den Einsatz der Marine") is a plan that is answered."""
    ex = extract("Der Bischof Karl Lund lobte die Hilfsbereitschaft vieler Bürger.")
    assert ex.responses == [] and ex.proposals == []
    ex = extract("Die Regierung schlug vor, die Steuern zu erhöhen. Karl Lund kritisierte die Haltung "
                 "der Regierung.")
    assert ex.responses == []
    ex = extract("Das Parlament Norwegens billigte den Einsatz der Marine vor der Küste.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Norwegen", "accept")]


def test_a_passive_proposal_verb_with_neither_proposer_nor_content_proposes_nothing() -> None:
    """ "Über das Menü werden weitere Einstellungen aufgerufen", "Wer zu spät kommt, wird
    namentlich aufgerufen": called up, called out; with a content the passive is an appeal."""
    for text in ("Über das Menü am unteren Rand werden weitere Einstellungen aufgerufen.",
                 "Wer zu spät kommt, wird am Eingang namentlich aufgerufen."):
        assert extract(text).proposals == [], text
    ex = extract("Die Bürger wurden aufgerufen, Wasser zu sparen.")
    assert [p.kind for p in ex.proposals] == ["appeal"]
