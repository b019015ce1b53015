"""Proposals and responses: proposer from grammar, points, anaphora, stance with negation."""

from __future__ import annotations

import pytest

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


@needs_model
def test_passive_agent_criticises_and_refusal_with_keinen_fall() -> None:
    ex = extract(
        "Ein Vorschlag, den die Regierung Portugals am Montag vorlegte, wurde von Kanzler Lars Brandt "
        "scharf kritisiert. Präsidentin Eva Roth will dem Vorschlag auf keinen Fall zustimmen."
    )
    stances = {(name(ex, r.actor), r.stance) for r in ex.responses}
    assert ("Lars Brandt", "criticise") in stances
    assert ("Eva Roth", "reject") in stances


@needs_model
def test_evaluation_inside_reported_speech_belongs_to_the_speaker() -> None:
    ex = extract(
        "Die Regierung Portugals legte einen Friedensplan vor. "
        "Präsident Karl Lund sagte, der Plan sei für sein Land inakzeptabel."
    )
    assert ("Karl Lund", "reject") in {(name(ex, r.actor), r.stance) for r in ex.responses}


@needs_model
def test_deontic_reported_speech_is_a_demand_of_the_speaker() -> None:
    ex = extract("Kanzler Lars Brandt sagte, die Grenze müsse sofort geöffnet werden.")
    demands = [p for p in ex.proposals if p.kind == "demand"]
    assert demands and name(ex, demands[0].proposer) == "Lars Brandt"


@needs_model
def test_reported_necessity_is_a_demand_of_the_speaker() -> None:
    ex = extract(
        "Ministerin Eva Lind sprach am Montag vor dem Landtag. "
        "Es sei notwendig, die alten Brücken bald zu sanieren, sagte Lind. "
        "Außerdem sei eine neue Regel für die Gemeinden nötig."
    )
    demands = {p.evidence[0].sentence[:20]: name(ex, p.proposer) for p in ex.proposals if p.kind == "demand"}
    assert demands == {"Es sei notwendig, di": "Eva Lind", "Außerdem sei eine ne": "Eva Lind"}


@needs_model
def test_reported_importance_of_an_act_is_a_demand_of_the_speaker() -> None:
    ex = extract(
        "Die Bürgermeisterin Eva Lind sprach mit Journalisten. "
        "Sie sagte, entscheidend sei, dass die Schulen im Winter offen bleiben. "
        "Laut Lind habe der Landrat Paul Ries geantwortet, dass es wichtig sei, zuerst die Kosten zu klären."
    )
    demands = {p.evidence[0].sentence[:12]: name(ex, p.proposer) for p in ex.proposals if p.kind == "demand"}
    assert demands == {"Sie sagte, e": "Eva Lind", "Laut Lind ha": "Paul Ries"}


@needs_model
def test_importance_of_a_thing_a_past_act_or_a_personal_priority_demands_nothing() -> None:
    ex = extract(
        "Karl Lund sagte, die Abstimmung sei wichtig für die Region. "
        "Lund sagte, wichtig sei, dass man überhaupt miteinander geredet habe. "
        "Lund sagte, aus eigener Erfahrung sei es ihm wichtig, den Vereinen zu helfen."
    )
    assert [p.label for p in ex.proposals] == []


@needs_model
def test_necessity_said_of_the_past_or_of_a_pronoun_demands_nothing() -> None:
    ex = extract(
        "Karl Lund sagte, eine Reform sei nicht nötig. "
        "Lund sagte, das sei notwendig. "
        "Lund sagte, der Umbau war damals nötig."
    )
    assert [p.label for p in ex.proposals] == []


@needs_model
def test_what_a_rule_in_force_requires_is_no_demand_of_the_speaker() -> None:
    for text in (
        "Nach der geltenden Verordnung müssten Betriebe alle Abfälle trennen, sagte Sprecher Hans Moser.",
        "Laut Gesetz müssen alle Gemeinden einen Bericht vorlegen, sagte Moser.",
        "Moser sagte, gemäß der Bauordnung müsse jedes Dach begrünt werden.",
    ):
        assert [p.kind for p in extract(text).proposals] == [], text
    # the speaker's own view or a time after "nach" still makes the demand
    for text in (
        "Nach der Wahl müsse die Regierung sofort handeln, sagte Umweltsprecher Hans Moser.",
        "Nach Meinung von Umweltsprecher Hans Moser müssen alle Gemeinden einen Bericht vorlegen.",
    ):
        assert [p.kind for p in extract(text).proposals] == ["demand"], text


@needs_model
def test_co_proposers_accept_and_quoted_proposal_names_keep_their_proposer() -> None:
    ex = extract(
        "Nach den Gesprächen erklärten Kanzler Lars Brandt und Präsidentin Eva Roth, "
        'sie hätten einen "neuen Friedensrahmen" ausgearbeitet.'
    )
    frameworks = [p for p in ex.proposals if p.kind == "framework"]
    assert frameworks and name(ex, frameworks[0].proposer) == "Lars Brandt"
    assert ("Eva Roth", "accept") in {(name(ex, r.actor), r.stance) for r in ex.responses}


@needs_model
def test_points_in_words_on_an_anaphor_and_headline_merge() -> None:
    ex = extract(
        "Portugal legt neuen Vorschlag für eine Waffenruhe vor\n\n"
        "Der Vorschlag wurde am Montag in Lissabon vorgestellt. Der Plan sieht zwölf Punkte vor."
    )
    assert len(ex.proposals) == 1
    p = ex.proposals[0]
    assert name(ex, p.proposer) == "Portugal"
    assert p.number_of_points == 12
    assert [(e.kind, e.time.value if e.time else None) for e in p.events] == [("presented", "2025-03-10")]


@needs_model
def test_a_headline_compound_joins_the_body_proposal_named_by_its_head() -> None:
    ex = extract(
        "Ex-Ministerin fordert Transparenzabkommen von allen Parteien\n\n"
        "Graz – Die frühere Ministerin Eva Kramer schlug am Montag ein Abkommen vor, das für "
        "den Wahlkampf gelten soll."
    )
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Eva Kramer"]
    assert len(ex.proposals[0].evidence) == 2  # the headline is one more mention of it


@needs_model
def test_passive_suggestion_and_definite_noun_with_attribute_is_a_new_proposal() -> None:
    ex = extract(
        "Kanzler Lars Brandt legte einen Friedensplan vor. "
        "Vorgeschlagen wurde auch eine Pufferzone an der Grenze. "
        "Den Vorschlag zur Grenzsicherung lehnte Präsidentin Eva Roth ab."
    )
    labels = [p.label for p in ex.proposals]
    assert any("Pufferzone" in label for label in labels)
    border = [p for p in ex.proposals if "Grenzsicherung" in p.label]
    assert border and border[0].proposer is None
    assert ("Eva Roth", "reject", border[0].key) in {
        (name(ex, r.actor), r.stance, r.proposal) for r in ex.responses
    }


@needs_model
def test_proposal_label_is_a_readable_noun_phrase_without_article_or_verb_particle() -> None:
    ex = extract("Ministerin Vera Holm legte einen Plan mit sechs Punkten vor.")
    assert [p.label for p in ex.proposals] == ["Plan mit sechs Punkten"]
    ex = extract("Die EU-Kommission legte am Montag einen Gegenvorschlag vor.")
    assert [p.label for p in ex.proposals] == ["Gegenvorschlag"]


@needs_model
def test_openness_and_scepticism_take_their_object_with_fuer_or_gegenueber() -> None:
    ex = extract(
        "Die Regierung Schwedens legte am Montag einen Friedensplan vor. "
        "Präsident Karl Lund zeigte sich offen für den Plan. "
        "Kanzlerin Eva Roth zeigte sich skeptisch gegenüber dem Vorschlag."
    )
    stances = {(name(ex, r.actor), r.stance) for r in ex.responses}
    assert stances == {("Karl Lund", "consider"), ("Eva Roth", "criticise")}


@needs_model
def test_open_questions_are_no_response() -> None:
    ex = extract(
        "Die Regierung Schwedens legte einen Friedensplan vor. "
        "Es gebe noch offene Fragen, sagte Präsident Karl Lund."
    )
    assert not ex.responses


@needs_model
def test_rejecting_the_initiative_and_an_organisation_calling_it_one_sided() -> None:
    ex = extract(
        "Die Regierung Schwedens legte am Montag einen Friedensplan vor. "
        "Präsident Karl Lund lehnte die Initiative ab. Die Regierung Dänemarks nannte den Plan einseitig."
    )
    stances = {(name(ex, r.actor), r.stance) for r in ex.responses}
    assert ("Karl Lund", "reject") in stances
    assert ("Dänemark", "criticise") in stances


@needs_model
def test_ideas_proposed_inside_a_rejection_are_no_new_proposal() -> None:
    ex = extract(
        "Die Regierung Schwedens legte einen Gegenvorschlag vor. Präsident Karl Lund hatte gesagt, "
        "die Nachbarn wollten die Gespräche sabotieren, indem sie Ideen vorschlugen, die für Finnland "
        "völlig inakzeptabel seien."
    )
    assert len(ex.proposals) == 1
    assert {(name(ex, r.actor), r.stance) for r in ex.responses} == {("Karl Lund", "reject")}


@needs_model
def test_article_is_no_pronoun_and_an_obligation_is_no_response() -> None:
    ex = extract(
        "Präsident Karl Lund sagte, die Regierung müsse den Haushalt kürzen. "
        "Kanzlerin Eva Roth kritisierte das Verfahren als undemokratisch. "
        "Nun muss das Parlament Finnlands zustimmen."
    )
    assert not ex.responses


@needs_model
def test_ruling_out_assent_rejects_the_proposal_under_discussion() -> None:
    ex = extract(
        "Die Regierung Schwedens legte einen Friedensplan vor. "
        "Präsidentin Eva Roth hat eine Zustimmung ausgeschlossen."
    )
    assert {(name(ex, r.actor), r.stance) for r in ex.responses} == {("Eva Roth", "reject")}


@needs_model
def test_hearsay_soll_is_no_demand() -> None:
    ex = extract(
        "Laut Reuters soll Präsident Karl Lund im Amt bleiben. "
        "Kanzlerin Eva Roth soll gesagt haben, sie werde zurücktreten."
    )
    assert not [p for p in ex.proposals if p.kind == "demand"]
    ex = extract("Präsident Karl Lund sagte, die Regierung solle zurücktreten.")
    assert [p for p in ex.proposals if p.kind == "demand"]


@needs_model
def test_acceptance_in_reported_speech_belongs_to_the_subject_of_the_reported_clause() -> None:
    ex = extract(
        "Die Regierung Schwedens legte am Montag einen Friedensplan vor. "
        "Das Außenministerium Dänemarks teilte am Dienstag mit, Präsident Karl Lund habe den Plan akzeptiert."
    )
    assert {(name(ex, r.actor), r.stance) for r in ex.responses} == {("Karl Lund", "accept")}


@needs_model
def test_reported_clause_without_subject_keeps_the_reporter() -> None:
    ex = extract(
        "Die Regierung Schwedens legte am Montag einen Friedensplan vor. "
        "Die Regierung Dänemarks erklärte, man lehne den Plan ab."
    )
    assert {(name(ex, r.actor), r.stance) for r in ex.responses} == {("Dänemark", "reject")}


@needs_model
def test_rejection_targets_the_proposal_its_noun_names_not_the_latest() -> None:
    ex = extract(
        "Präsidentin Eva Roth forderte den Abzug aller Truppen. "
        "Kanzler Lars Brandt legte daraufhin einen Gegenvorschlag vor. "
        "Präsidentin Eva Roth lehnte den Gegenvorschlag ab. "
        "Kanzler Lars Brandt lehnte die Forderung ab."
    )
    kinds = {p.key: p.kind for p in ex.proposals}
    got = {(name(ex, r.actor), r.stance, kinds[r.proposal]) for r in ex.responses}
    assert got == {("Eva Roth", "reject", "counter-proposal"), ("Lars Brandt", "reject", "demand")}
    assert len(ex.proposals) == 2  # the definite "den Gegenvorschlag" is no new proposal


@needs_model
def test_plan_anaphor_skips_a_later_counter_proposal() -> None:
    ex = extract(
        "Die Regierung Schwedens legte am Montag einen Friedensplan vor. "
        "Präsidentin Eva Roth legte einen Gegenvorschlag vor. Kanzler Lars Brandt lehnte den Plan ab."
    )
    labels = {p.key: p.label for p in ex.proposals}
    got = [(name(ex, r.actor), labels[r.proposal]) for r in ex.responses]
    assert got == [("Lars Brandt", "Friedensplan")]


_PLAN = "Die Regierung Schwedens legte am Montag einen Friedensplan vor. "


@needs_model
def test_evaluations_without_a_response_word_criticise_with_their_holder() -> None:
    cases = {
        "Laut Präsidentin Eva Roth ist der Plan eine gefährliche Drohung.": "Eva Roth",
        "Der Plan geht Kanzler Lars Brandt nicht weit genug.": "Lars Brandt",
        "Dass die Truppen bleiben sollen, ist Präsidentin Eva Roth zu wenig.": "Eva Roth",
        "Präsidentin Eva Roth sagte, der Plan gehe nicht weit genug.": "Eva Roth",
    }
    for sentence, holder in cases.items():
        ex = extract(_PLAN + sentence)
        assert {(name(ex, r.actor), r.stance) for r in ex.responses} == {(holder, "criticise")}, sentence


@needs_model
def test_no_evaluation_without_its_verb_or_holder() -> None:
    for sentence in (
        "Präsidentin Eva Roth hat zu wenig Geld für den Plan.",
        "Der Plan macht Sinn, sagte Präsidentin Eva Roth.",
        "Der Plan Schwedens ist eine Drohung.",
        "Die Drohung des Militärs ist ernst, schrieb Präsidentin Eva Roth.",
    ):
        assert not extract(_PLAN + sentence).responses, sentence


@needs_model
def test_the_actor_inside_a_subject_phrase_proposes_not_the_addressee() -> None:
    ex = extract(
        "Ein Kommentar in der Süddeutschen Zeitung forderte Olaf Scholz zu einer härteren Linie auf."
    )
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Süddeutschen Zeitung"]


@needs_model
def test_elliptic_participle_with_von_agent_is_a_proposal() -> None:
    ex = extract(
        "Dass der Tarif bis Mai gilt, wie von der Gewerkschaft Verdi gefordert, schließt Eva Lind aus."
    )
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Verdi"]


@needs_model
def test_attributive_participle_takes_the_von_phrase_before_it() -> None:
    ex = extract("Die von Karl Lund im Frühjahr angekündigte Reform der Hafenverwaltung kommt voran.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Karl Lund"]


@needs_model
def test_subjunctive_need_in_reported_speech_is_a_demand() -> None:
    ex = extract("Es brauche mehr Lehrkräfte an den Schulen statt größerer Klassen, sagte Eva Lind.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Eva Lind"]
    ex = extract("Karl Lund sagte, die Reform brauche Zeit.")
    assert ex.proposals == []


@needs_model
def test_demand_noun_with_nach_attribute_is_put_forward() -> None:
    ex = extract("Der Verband bleibt bei seiner Forderung nach einer Senkung der Mieten.")
    assert [p.kind for p in ex.proposals] == ["demand"]


@needs_model
def test_conditions_abilities_and_negations_are_no_proposals() -> None:
    ex = extract(
        "Stichwort Daten: Sollte die Regierung planen, alle Daten zu speichern, sei das ein Problem, "
        "so Karl Lund."
    )
    assert ex.proposals == []
    ex = extract(
        "Sie könne Probleme ansprechen, sachliche Debatten fordern und zu Reformen ermutigen, sagte Eva Lind."
    )
    assert ex.proposals == []
    ex = extract("Von einer Partei wurde mir weder Geld zugesagt, noch habe ich um Spenden geworben.")
    assert ex.proposals == []


@needs_model
def test_wishing_and_championing_are_proposals() -> None:
    ex = extract("Zudem wünscht sich Eva Lind spürbare Sanktionen.")
    assert [(name(ex, p.proposer), p.label) for p in ex.proposals] == [("Eva Lind", "spürbare Sanktionen")]
    ex = extract("Die Grünen machen sich für ein Tempolimit stark.")
    assert [p.kind for p in ex.proposals] == ["advocacy"]
    ex = extract("Karl Lund wünschte ihr viel Glück.")
    assert ex.proposals == []


@needs_model
def test_negative_phrase_flips_and_a_place_of_service_does_not_respond() -> None:
    ex = extract("Die Grünen legten einen Plan vor. Die SPD will dem Plan auf keinen Fall zustimmen.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("SPD", "reject")]
    ex = extract(
        "Eva Lind legte einen Plan vor. Der frühere Botschafter in Norwegen, Karl Lund, begrüßte den Plan."
    )
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Karl Lund", "accept")]


@needs_model
def test_claimed_lives_are_no_demand() -> None:
    assert extract("Der Anschlag in Oslo forderte mindestens zwölf Todesopfer.").proposals == []
    ex = extract("Eva Lind forderte mehr Schutz für die Opfer.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Eva Lind"]


@needs_model
def test_a_pronoun_puts_forward_the_proposal_of_the_person_it_refers_to() -> None:
    # no role says that Eva Lind is a woman, but she is the one person in view
    ex = extract("Eva Lind trat am Montag in Oslo an. Sie fordert strengere Regeln für Spenden.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Eva Lind"]
    # "er" with a masculine role in view
    ex = extract("Minister Karl Lund trat zurück. Er habe vorgeschlagen, dass Eva Lind die Gespräche leite.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Karl Lund"]
    # a minister ("der Minister") is no "sie"; nor is the plural "sie"
    ex = extract("Minister Karl Lund trat am Montag an. Sie fordert daher Transparenz.")
    assert [p.proposer for p in ex.proposals] == [None]
    # what someone is able to demand is no demand
    ex = extract("Eva Lind trat am Montag an. Sie könne höhere Löhne fordern.")
    assert ex.proposals == []


@needs_model
def test_a_pronoun_chain_keeps_the_proposer_in_view_past_the_name() -> None:
    ex = extract(
        "Eva Lind kandidiert. Das sei richtig, so Lind. Sie fordert daher mehr Transparenz bei "
        "den Spenden. Die Regeln müssten alle einhalten. Außerdem wünscht sie sich härtere Strafen."
    )
    assert {name(ex, p.proposer) for p in ex.proposals} == {"Eva Lind"}
    # "Die Regeln müssten alle einhalten" right after her demand goes on with her words
    assert len(ex.proposals) == 3
    # a name in view wins over the chain: "er" is the person named in the sentence before
    ex = extract(
        "Karl Lund kandidiert. Er fordert mehr Geld für Schulen. Der Kandidat Per Holm widerspricht. "
        "Zudem wünscht er sich höhere Steuern."
    )
    taxes = [p for p in ex.proposals if "Steuern" in p.label or "Steuern" in p.evidence[0].sentence]
    assert [name(ex, p.proposer) for p in taxes] == ["Per Holm"]


@needs_model
def test_a_goal_said_in_a_copula_clause_is_its_owners_plan() -> None:
    cases = {
        "Ziel der SPÖ sei es, die Steuern zu senken.": ("SPÖ", "die Steuern zu senken"),
        "Das Ziel der SPÖ ist eine Senkung der Steuern.": ("SPÖ", "eine Senkung der Steuern"),
        "Karl Lund kandidiert in Tromsø. Sein Ziel bleibt eine eigene Verwaltung für den Norden.": (
            "Karl Lund", "eine eigene Verwaltung für den Norden"),
    }
    for text, (proposer, label) in cases.items():
        ex = extract(text)
        assert [(name(ex, p.proposer), p.label, p.kind) for p in ex.proposals] == [(proposer, label, "plan")]
    # goals missed, destinations and goals of nobody are no plans
    for text in ("Die Klimaziele der EU wurden verfehlt.",
                 "Eva Lind reiste ab. Ihr erstes Ziel war Norwegen.",
                 "Immerhin ist das Ziel jetzt erreicht.",
                 "Der Berg ist das Ziel vieler Wanderer."):
        assert extract(text).proposals == [], text


@needs_model
def test_a_possessive_names_the_proposer_of_its_noun() -> None:
    ex = extract("Karl Lund kandidiert. Sein Vorschlag stößt auf Kritik.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Karl Lund"]
    ex = extract("Die Ministerin Eva Lind kandidiert. Ihre Forderung nach mehr Geld stieß auf Ablehnung.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Eva Lind"]
    # "ihre" is as often "their": a person not known as a woman does not own it
    ex = extract("Jonas Berg wurde verhaftet. Die Polizei stoppte die Umsetzung ihrer Pläne.")
    assert [name(ex, p.proposer) for p in ex.proposals if p.proposer] == []


@needs_model
def test_a_subject_pronoun_of_any_verb_keeps_the_person_in_view_for_the_next_one() -> None:
    """'Sie habe lange gezögert' is no event, but its 'Sie' is the candidate; the 'sie' two
    sentences later, after a quoted first-person sentence, is the same woman."""
    ex = extract(
        "Die Bewerberin Irma Holm trat am Freitag vor die Presse. "
        "Sie habe lange mit der Entscheidung gerungen. "
        "Ich weiß, was auf mich zukommt. "
        "Im Amt wolle sie sich für eine offenere Verwaltung einsetzen.")
    advocacy = [p for p in ex.proposals if "Verwaltung" in p.label]
    assert [name(ex, p.proposer) for p in advocacy] == ["Irma Holm"]


@needs_model
def test_a_plan_someone_has_is_theirs_but_not_one_they_lack() -> None:
    ex = extract("Die Grünen haben einen Plan für den Kohleausstieg.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Die Grünen"]
    ex = extract("Die Grünen haben keinen Plan für den Kohleausstieg.")
    assert not any(name(ex, p.proposer) == "Die Grünen" for p in ex.proposals)


@needs_model
def test_the_passive_of_a_demanded_clause_does_not_make_the_demand_passive() -> None:
    ex = extract("Die Abgeordnete Vera Holm hatte gefordert, die Grenzen sollten geschlossen werden.")
    demands = [p for p in ex.proposals if "Grenzen" in p.label]
    assert [name(ex, p.proposer) for p in demands] == ["Vera Holm"]
    # a real passive keeps its "von"-agent
    ex = extract("Ein Ausschuss wurde von den Grünen gefordert.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Die Grünen"]


@needs_model
def test_the_government_in_a_capital_is_its_state() -> None:
    ex = extract("Norwegen will Strom billiger machen. "
                 "Die Regierung in Oslo legte am Montag einen Plan zur Senkung der Stromsteuer vor.")
    assert [name(ex, p.proposer) for p in ex.proposals if "Stromsteuer" in p.label] == ["Norwegen"]
    # negative: people in a capital are not its state
    ex = extract("Die Minister trafen sich am Montag in Oslo und legten einen Plan für den Fischfang vor.")
    assert not any(name(ex, p.proposer) in ("Oslo", "Norwegen") for p in ex.proposals)


@needs_model
def test_a_modal_in_an_indirect_question_or_under_a_condition_demands_nothing() -> None:
    """Reported "soll"/"müsse" in an indirect question ("wie groß ... werden soll", "ob ...
    gelten soll") or in the main clause of a condition ("würde man ..., müsste man ...",
    "wenn ..., müsse ...") is no demand; a plain reported "müsse" is."""
    for text in (
        "Karl Lund sagte, noch sei offen, wie groß die neue Abgabe werden soll.",
        "Karl Lund sagte, würde man eine Umfrage machen, müsste man nach dem Einkommen fragen.",
        "Karl Lund sagte, das Gericht könne prüfen, ob die Regel gelten soll.",
        "Karl Lund sagte, wenn die Preise steigen, müsse die Regierung die Steuern senken.",
    ):
        assert [p for p in extract(text).proposals if p.kind == "demand"] == [], text
    ex = extract("Karl Lund sagte, die Regierung müsse die Steuern senken.")
    assert [name(ex, p.proposer) for p in ex.proposals if p.kind == "demand"] == ["Karl Lund"]


@needs_model
def test_no_appeal_without_an_addressee_or_aim_and_no_offer_of_goods_on_sale() -> None:
    """ "Die Zeit drängt" urges nobody to anything; "Objekte, die auf Auktionen angeboten
    werden" are on sale, nobody offers a deal. "X drängt Y zu Z" is an appeal."""
    assert extract("Die Verhandlungen laufen. Die Zeit drängt.").proposals == []
    for text in ("Die Polizei prüft regelmäßig Objekte, die auf Auktionen angeboten werden.",
                 "Wir prüfen Bilder, die in Lagern stehen oder im Internet angeboten werden.",
                 "Das Amt prüft, welche Objekte angeboten werden."):
        assert [p for p in extract(text).proposals if p.kind == "offer"] == [], text
    ex = extract("Die Ministerin Eva Lind drängt die Partner zu einer raschen Einigung.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("appeal", "Eva Lind")]


@needs_model
def test_circumstances_are_no_condition_but_a_condition_put_forward_is() -> None:
    """ "Bedingungen" without a named proposer are a condition only where a verb puts them
    forward ("stellte Bedingungen"): "volatile Finanzierungsbedingungen" and "Bedingungen
    schaffen" are circumstances."""
    for text in ("Die Banken leiden unter hoch volatilen Finanzierungsbedingungen.",
                 "Mein Ziel ist es, menschenwürdige Bedingungen für alle zu schaffen."):
        assert [p for p in extract(text).proposals if p.kind == "condition"] == [], text
    ex = extract("Die Gewerkschaft stellte harte Bedingungen für eine Einigung.")
    assert [p.kind for p in ex.proposals] == ["condition"]


@needs_model
def test_plots_offers_to_buy_and_reflexive_senses_are_no_proposals() -> None:
    """ "Terrorpläne" are plots, "Bildungsangebote" what is on offer to use; "kündigt sich
    an" (is looming), "verspricht sich von" (expects), "bietet sich an" (lends itself) are
    other senses of the verbs. "bot sich als Vermittler an" is an offer."""
    for text in ("Die Polizei vereitelte Terrorpläne einer Zelle.",
                 "Der Verband bietet ständig neue Bildungsangebote für Lehrer.",
                 "Am Abend kündigt sich eine spannende Partie an.",
                 "Die Stadt verspricht sich von dem Umbau mehr Besucher.",
                 "Für den Versuch würden sich die Gemeinden im Süden anbieten."):
        assert extract(text).proposals == [], text
    ex = extract("Der Minister Karl Lund bot sich als Vermittler an.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("offer", "Karl Lund")]


@needs_model
def test_anbieten_offers_an_act_or_to_someone_but_goods_are_on_sale() -> None:
    """ "anbieten" with only a thing as object puts it on sale ("bietet schnelles Internet
    an"); an offer has a recipient, a zu-infinitive or an act a party can offer (talks, a
    ceasefire, mediation). Compounds of "Angebot" name an offer only with a first part of
    negotiation ("Gesprächsangebot"), not what is on offer to use ("Medienangebot")."""
    for text in ("Der Provider Netzfix bietet schnelles Internet ohne Vertragsbindung an.",
                 "Im Sommer werden in den Bergdörfern rund 900 Ferienwohnungen angeboten.",
                 "Das Medienangebot des Verlags wächst seit Jahren.",
                 "Die Firma Nordlicht baut ihr Zusatzangebot für Familien aus."):
        assert [p for p in extract(text).proposals if p.kind == "offer"] == [], text
    for text, proposer in (
        ("Die Hamas bot eine Waffenruhe an.", "Hamas"),
        ("Kanzler Tom Lake bot der Opposition Gespräche an.", "Tom Lake"),
        ("Kanzler Tom Lake bot an, noch im Sommer zurückzutreten.", "Tom Lake"),
        ("Eva Lind bot Polens Präsidenten am Montag 50 Soldaten an.", "Eva Lind"),
        ("Der Iran bot sich an, zwischen den Parteien zu vermitteln.", "Iran"),
    ):
        ex = extract(text)
        assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("offer", proposer)], text
    ex = extract("Eva Lind bot Polens Präsidenten am Montag 50 Soldaten an.")
    assert [p.label for p in ex.proposals] == ["50 Soldaten"]  # the recipient is no content
    ex = extract("Die Rebellen lehnten das Gesprächsangebot der Regierung ab.")
    assert [p.kind for p in ex.proposals] == ["offer"]


@needs_model
def test_who_is_gefordert_is_called_upon_not_demanding() -> None:
    """ "X sei gefordert, ... zu tun" (state passive) calls upon X; X demands nothing."""
    for text in ("Die Innenministerin Eva Lind ist gefordert, die Hilfe des Heeres anzufordern.",
                 "Innenministerin Eva Lind besuchte am Montag das Lager. Die Innenministerin sei "
                 "gefordert, die Hilfe des Heeres anzufordern, sagte Karl Lund."):
        ex = extract(text)
        assert "Eva Lind" not in [name(ex, p.proposer) for p in ex.proposals], text
    ex = extract("Die Ministerin Eva Lind forderte mehr Geld für Schulen.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Eva Lind"]


def test_the_dateline_of_a_report_is_neither_proposer_nor_content() -> None:
    ex = extract("Trondheim – Die Umweltministerin Eva Lind hat am Montag eine Abgabe auf Plastik gefordert.")
    assert [(p.kind, name(ex, p.proposer), p.label) for p in ex.proposals] == [
        ("demand", "Eva Lind", "eine Abgabe")
    ]


def test_a_newspaper_reporting_what_shall_happen_demands_nothing() -> None:
    """ "solle" in a medium's report passes on someone else's plan; in a minister's words it
    is his demand."""
    ex = extract("Die Zeitung Nordkurier meldete am Dienstag, das Konzept solle bis nach der Wahl "
                 "geheim bleiben.")
    assert ex.proposals == []
    assert [name(ex, s.speaker) for s in ex.statements] == ["Nordkurier"]
    ex = extract("Der Minister Karl Lund sagte am Freitag, der Plan solle bis nach der Wahl geheim bleiben.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Karl Lund")]


def test_a_name_between_commas_after_a_role_with_a_phrase_holds_the_role() -> None:
    # "der Sprecher im Parlament, Karl Lund, ...": the parser reads the name as a conjunct
    ex = extract("Auch der SPD-Verkehrssprecher im Europäischen Parlament, Karl Lund, hat sich am Montag "
                 "für eine gemeinsame Bahnaufsicht ausgesprochen.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("advocacy", "Karl Lund")]


def test_expectations_forecasts_and_reasons_with_a_modal_demand_nothing() -> None:
    """ "müsse mit Streiks rechnen" expects, "werde ... aufbringen müssen" forecasts, a
    "da"/"weil" clause gives a reason; "müsse die Steuern senken" demands."""
    for text in ("Die Gewerkschafterin Eva Lind sagte, ohne Gespräche müsse die Firma mit Streiks rechnen.",
                 "Die Ökonomin Eva Lind sagte, der Bund werde bis 2030 mehr Geld aufbringen müssen.",
                 "Die Ökonomin Eva Lind sagte, es sei belegt, dass die Ausgaben steigen, weil stetig mehr "
                 "Zuschüsse gezahlt werden müssen."):
        assert extract(text).proposals == [], text
    ex = extract("Die Ökonomin Eva Lind sagte, die Regierung müsse die Steuern senken.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Eva Lind")]


def test_the_consequence_of_a_condition_demands_nothing() -> None:
    ex = extract("Die Ökonomin Eva Lind sagte: Wenn es die Märkte verlangen, dann muss man eben sparen.")
    assert ex.proposals == []
    ex = extract("Die Ökonomin Eva Lind sagte: Wir müssen sparen, dann wird es besser.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Eva Lind")]
    # an infinitive clause inside the condition does not end it
    ex = extract("Die Gewerkschafterin Eva Lind warnt vor der Reform: Wenn etwa ein Hafen beginne, "
                 "die Schichten der Lotsen kürzer zu planen, müssten die anderen Häfen folgen.")
    assert ex.proposals == []


def test_what_should_have_happened_demands_nothing() -> None:
    """ "hätte ... sollen/müssen" looks back at what did not happen: a reproach, no proposal."""
    for text in ("Mit den Stimmen der Grünen hätte es für die Wahl reichen sollen, sagte Tom Lake.",
                 "Man hätte viel früher handeln müssen, sagte Tom Lake."):
        assert extract(text).proposals == [], text
    ex = extract("Man müsse viel früher handeln, sagte Tom Lake.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Tom Lake")]


@needs_model
def test_what_had_to_be_done_in_the_perfect_demands_nothing() -> None:
    """ "habe ... zahlen müssen" reports what was required then: no demand of the speaker."""
    for text in ("Die Firma habe bisher hohe Zinsen zahlen müssen, sagte Jan Berg.",
                 "Jan Berg sagte, man habe die Grenze schließen müssen."):
        assert extract(text).proposals == [], text
    ex = extract("Jan Berg sagte, die Firma habe Schulden und müsse zahlen.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Jan Berg")]


@needs_model
def test_the_label_of_a_proposal_verb_leaves_out_its_subject_time_and_particle() -> None:
    """After an inverted verb the subject, a time and the separated particle are no part of
    what is put forward; after an addressee it is the zu-infinitive; a fronted object before
    an inverted subject is what is demanded."""
    cases = {
        "Ole Dahl lehnte das ab. Danach schlug er eine Anhebung der Steuer vor.": "eine Anhebung der Steuer",
        "Am Montag forderte Ole Dahl erneut eine Senkung der Mieten.": "eine Senkung der Mieten",
        "Ole Dahl forderte am Montag eine Senkung der Mieten.": "eine Senkung der Mieten",
        "Ole Dahl schlug am 3. Mai vor, die Mieten zu senken.": "die Mieten zu senken",
        "Ole Dahl forderte den Senat auf, die Mieten zu senken.": "die Mieten zu senken",
        "Mehr Geld verlangt Ole Dahl von der Regierung.": "Mehr Geld",
        "Ole Dahl forderte Gespräche, um den Streit zu beenden.": "Gespräche, um den Streit zu beenden",
    }
    for text, label in cases.items():
        ex = extract(text)
        assert [(p.label, name(ex, p.proposer)) for p in ex.proposals] == [(label, "Ole Dahl")], text


def test_haben_with_a_zu_infinitive_in_reported_words_is_an_obligation() -> None:
    ex = extract("Ministerien haben sich solcher Äußerungen zu enthalten, so Karl Lund.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Karl Lund")]
    for text in ("Der Plan habe nichts damit zu tun, Ersparnisse zu kürzen, sagte Karl Lund.",
                 "Die Stadt habe viel zu bieten, sagte Karl Lund.",
                 "Karl Lund sagte, der Angeklagte habe gestanden, Tipps gegeben zu haben."):
        assert extract(text).proposals == [], text


def test_soll_in_a_sentence_a_report_claims_is_hearsay() -> None:
    """ "Y soll 2017 erscheinen. Das berichtet X.": X passes on what is planned, no demand."""
    ex = extract("Die neue Spielkonsole soll noch vor Weihnachten in den Handel kommen. "
                 "Das berichtet das Fachportal Gamestar.")
    assert ex.statements and ex.proposals == []


def test_vorhaben_is_a_plan_and_a_bare_compound_nobody_puts_forward_is_generic() -> None:
    """ "das Vorhaben" names a plan and refers back to one; "Bauvorhaben" is a building
    project; a compound without article and proposer ("Drehpläne mussten ...", "über künftige
    Gesetzesvorhaben beraten") names no proposal put forward here."""
    ex = extract("Die Innenministerin Anna Berg hält an ihrem Plan fest, die Daten zu speichern. "
                 "Die SPÖ kritisierte das Vorhaben.")
    assert [(r.stance, name(ex, r.actor)) for r in ex.responses] == [("criticise", "SPÖ")]
    for text in ("Das Bauvorhaben am Stadtrand verzögert sich.",
                 "Die Behörden sollen über bestehende und künftige Gesetzesvorhaben beraten.",
                 "Ambitionierte Drehpläne mussten mehrmals verschoben werden."):
        assert extract(text).proposals == [], text


@needs_model
def test_a_capital_responding_for_its_state_is_the_state() -> None:
    ex = extract(
        "Die Europäische Union legte am Montag einen Friedensplan für die Region vor. "
        "Kanada hatte lange auf einen solchen Schritt gedrängt. "
        "Aus Ottawa hieß es, man werde den Plan genau prüfen."
    )
    assert {(name(ex, r.actor), r.stance) for r in ex.responses} == {("Kanada", "consider")}


@needs_model
@pytest.mark.parametrize(
    ("reaction", "stance"),
    [
        ("Der Plan fand bei der FDP breite Zustimmung.", "accept"),
        ("Die FDP stellte sich hinter den Plan.", "accept"),
        ("Die FDP stellte sich gegen den Plan.", "reject"),
        ("Die FDP winkte ab.", "reject"),
        ("Die FDP äußerte Bedenken gegen den Plan.", "criticise"),
        ("Die FDP zeigte sich erfreut über den Plan.", "accept"),
        ("Die FDP sprach sich für den Plan aus.", "accept"),
        ("Die FDP setzt sich für den Vorschlag ein.", "accept"),
    ],
)
def test_idioms_of_responding_answer_the_proposal_named_before(reaction: str, stance: str) -> None:
    ex = extract("Der Stadtrat Jan Ort legte am Montag einen Plan für neue Radwege vor. " + reaction)
    assert {(name(ex, r.actor), r.stance) for r in ex.responses} == {("FDP", stance)}
    # advocating the plan named before answers it; it puts no proposal of its own forward
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Jan Ort"]


@needs_model
def test_reported_time_to_act_is_a_demand_of_the_speaker() -> None:
    ex = extract("Es sei höchste Zeit, die Mieten zu deckeln, sagte die Stadträtin Jana Holm.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Jana Holm")]
    # time that is short, or a time in which things happen, asks for nothing
    for text in (
        "Die Zeit sei knapp, sagte die Stadträtin Jana Holm.",
        "Es sei die Zeit, in der alle sparen, sagte die Stadträtin Jana Holm.",
    ):
        assert extract(text).proposals == []


@needs_model
def test_a_demand_reported_before_its_verb_is_one_proposal_labelled_by_its_words() -> None:
    ex = extract("Die Stadt solle einen Plan für Radwege vorlegen, forderte die Verkehrsexpertin Ulla Berg.")
    assert [(p.kind, name(ex, p.proposer), p.label) for p in ex.proposals] == [
        ("demand", "Ulla Berg", "Die Stadt solle einen Plan für Radwege vorlegen")
    ]


@needs_model
def test_a_von_phrase_of_the_responding_verb_does_not_propose_the_plan() -> None:
    for text in (
        "Die Stadt legte einen Plan für Radwege vor. Lob gab es vom ÖAMTC für den Plan.",
        "Die Stadt legte einen Plan für Radwege vor. Kritik kam vom ÖAMTC: Der Plan sei teuer.",
    ):
        ex = extract(text)
        assert [(p.label, name(ex, p.proposer)) for p in ex.proposals] == [("Plan für Radwege", None)]
        assert [name(ex, r.actor) for r in ex.responses] == ["ÖAMTC"]
    # "der von X am Montag vorgelegte Plan": X proposes
    ex = extract("Der vom ÖAMTC am Montag vorgelegte Plan sieht mehr Parkplätze vor.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["ÖAMTC"]


@needs_model
def test_a_modal_in_a_relative_clause_describes_it_demands_nothing() -> None:
    ex = extract("Das Gesetz lasse Fragen, die geklärt werden müssten, offen, sagte die Ärztin Ulla Berg.")
    assert ex.proposals == []
    ex = extract("Die Kasse müsse die Fragen, die offen sind, rasch klären, sagte die Ärztin Ulla Berg.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Ulla Berg")]


@needs_model
def test_a_goal_stated_in_reported_words_is_a_plan_of_its_holder() -> None:
    # the speaker's own goal: "man", "wir", "ich" (indicative forms only with the first person)
    for text in (
        "Finanzministerin Eva Kramer sagte, man wolle die Verwaltung bis Jahresende vereinfachen.",
        "Wir wollen die Schulden abbauen, sagte Finanzministerin Eva Kramer.",
    ):
        ex = extract(text)
        assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("plan", "Eva Kramer")]
    # the goal of the actor the reported words name
    ex = extract(
        "Ein Sprecher der Nordlicht AG erklärte, das Unternehmen wolle sich auf den Export konzentrieren."
    )
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("plan", "Nordlicht AG")]


@needs_model
def test_refusals_comments_wishes_in_passing_and_past_goals_state_no_goal() -> None:
    for text in (
        "Eva Kramer sagte, sie wolle sich dazu nicht äußern.",
        "Eva Kramer sagte, sie wolle keine neuen Schulden machen.",
        "Eva Kramer sagte, man wolle niemanden unter Verdacht stellen.",
        "Eva Kramer sagte, sie wolle die Vorschläge prüfen lassen.",
        "Eva Kramer sagte, die Gegner wollten das Land spalten.",
        "Wir können tun, was wir wollen, sagte Eva Kramer.",
        "Das will ich nicht hoffen, sagte Eva Kramer.",
        "Die Firma will ihre Preise senken, sagte Eva Kramer.",
    ):
        assert extract(text).proposals == [], text


@needs_model
def test_a_frame_of_the_sentence_supersedes_the_stated_goal() -> None:
    ex = extract("Premier Tom Baker hatte angekündigt, dass er 2027 ein Referendum abhalten wolle.")
    assert [(p.evidence[0].method, name(ex, p.proposer)) for p in ex.proposals] == [
        ("frame:ankündigen", "Tom Baker")
    ]


@needs_model
def test_satisfaction_with_a_plain_noun_or_welcoming_people_answers_no_proposal() -> None:
    for text in (
        "Ministerin Eva Kramer zeigte sich mit dem Arbeitstempo der Regierung zufrieden.",
        "Die NEOS begrüßten die Kinder in der Schule.",
    ):
        ex = extract(text)
        assert (ex.proposals, ex.responses) == ([], []), text
    # satisfaction with a proposal named before still accepts it
    ex = extract(
        "Die Stadt legte einen Plan für Radwege vor. Ministerin Eva Kramer war mit dem Vorschlag zufrieden."
    )
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Eva Kramer", "accept")]


@needs_model
def test_excluding_someone_from_something_rejects_no_proposal() -> None:
    ex = extract("Die Regierung legte einen Plan vor. Es war falsch, Peru von der Konferenz auszuschließen.")
    assert ex.responses == []
    ex = extract("Die Regierung legte einen Plan vor. Kanzler Tom Baker schloss eine Zustimmung aus.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Tom Baker", "reject")]


@needs_model
def test_criticism_given_with_ueben_in_any_tense_or_word_order_answers_the_plan() -> None:
    for second in (
        "Karl Lind übt scharfe Kritik an dem Plan.",  # present: a two-letter stem, "üb-t"
        "Scharfe Kritik an dem Plan übte Karl Lind.",  # fronted noun, parsed as the subject
    ):
        ex = extract("Die Regierung legte einen Plan vor. " + second)
        assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Karl Lind", "criticise")], second


@needs_model
def test_a_stance_right_after_a_question_answers_the_question() -> None:
    ex = extract("Die Regierung legte einen Plan vor. Kommt die Steuer heuer? Zu früh, winkt Karl Lind ab.")
    assert ex.responses == []
    ex = extract("Die Regierung legte einen Plan vor. Minister Karl Lind winkt ab.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Karl Lind", "reject")]


@needs_model
def test_sie_with_no_person_in_view_is_the_feminine_organisation_before_it() -> None:
    for text, org in (
        ("Die Gewerkschaft Verdi prüfte den Fall. Sie fordert höhere Löhne.", "Verdi"),
        ("Die EU-Kommission prüfte den Fall. Sie fordert höhere Zölle.", "EU-Kommission"),
    ):
        ex = extract(text)
        assert [name(ex, p.proposer) for p in ex.proposals] == [org], text
    # a woman in view is who "sie" is; a masculine name ("der Verband") is no "sie"
    ex = extract("Ministerin Eva Kramer traf die Gewerkschaft Verdi. Sie fordert höhere Löhne.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Eva Kramer"]
    ex = extract("Der Verband Nordlicht prüfte den Fall. Sie fordert höhere Löhne.")
    assert [name(ex, p.proposer) for p in ex.proposals] == [None]


@needs_model
def test_announcing_a_step_in_ones_own_career_or_vote_is_no_plan() -> None:
    for text in (
        "Bürgermeister Karl Lind hat angekündigt, bei der Wahl nicht mehr anzutreten.",
        "Minister Karl Lind kündigte seinen Rücktritt an.",
        "Die Partei kündigte an, den Kandidaten Tom Baker nicht zu wählen.",
    ):
        assert extract(text).proposals == [], text
    ex = extract("Minister Karl Lind kündigte eine Steuerreform an.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("plan", "Karl Lind")]


@needs_model
def test_a_reform_or_package_presented_is_its_presenters_plan() -> None:
    """ "stellte ihre Reform der Schulverwaltung vor", "präsentierte ein Maßnahmenpaket": the
    subject of the presenting verb proposes, and the label is the noun's phrase, not the
    sentence. The genitive of a reform names what is reformed, not who reforms."""
    ex = extract("Die Bildungsministerin Eva Lind stellte am Montag ihre Reform der Schulverwaltung vor.")
    assert [(p.kind, name(ex, p.proposer), p.label) for p in ex.proposals] == [
        ("plan", "Eva Lind", "ihre Reform der Schulverwaltung")]
    ex = extract("Die Regierung Norwegens präsentierte ein Maßnahmenpaket gegen die Inflation.")
    assert [(name(ex, p.proposer), p.label) for p in ex.proposals] == [
        ("Norwegen", "ein Maßnahmenpaket gegen die Inflation")]
    ex = extract("Die Reform der Europäischen Union kommt nur langsam voran.")
    assert ex.proposals == []


@needs_model
def test_a_relative_clause_describing_a_kind_of_agent_puts_nothing_forward() -> None:
    """ "Vereine, die zur Gewalt aufrufen": a bare or indefinite noun with a relative clause names
    a kind of agent; no one is reported calling for anything. A definite one still does."""
    for text in ("Für Vereine, die zur Gewalt aufrufen, gebe es hier keinen Raum, sagte Eva Lind.",
                 "Eva Lind warnte vor einer Partei, die den Austritt aus der Union fordert."):
        assert extract(text).proposals == [], text
    ex = extract("Die Demonstranten, die den Rücktritt der Regierung forderten, zogen vor das Parlament.")
    assert [p.label for p in ex.proposals] == ["den Rücktritt der Regierung"]


@needs_model
def test_a_name_after_a_verb_of_urging_is_the_addressee_not_the_proposer() -> None:
    """ "Der Verband forderte X auf, ...": the parser may make both nouns subjects; the one
    before the verb urges, the one after it is urged."""
    for text in ("Der Mieterbund forderte Ole Dahl auf, die Mieten zu senken.",
                 "Die Stadtregierung fordert Ole Dahl zum Rücktritt auf."):
        ex = extract(text)
        assert ex.proposals and all(name(ex, p.proposer) != "Ole Dahl" for p in ex.proposals), text
    ex = extract("Die Gewerkschaft Verdi forderte Ole Dahl auf, die Mieten zu senken.")
    assert [(name(ex, p.proposer), p.label) for p in ex.proposals] == [("Verdi", "die Mieten zu senken")]


@needs_model
def test_a_readiness_needs_a_named_holder_and_is_no_career_step() -> None:
    """A share of respondents or money standing by declares nothing a party could answer;
    readiness to stand as a candidate is a step in one's own career."""
    for text in ("Knapp zwei Drittel aller Haushalte sind bereit, mehr für Strom zu zahlen.",
                 "Für die Kosten steht der staatliche Hilfsfonds bereit, allerdings dauert das.",
                 "Ich bin bereit zu kandidieren, und dafür kämpfe ich, sagte Eva Lind."):
        assert extract(text).proposals == [], text
    ex = extract("Eva Lind ist bereit, über einen Waffenstillstand zu verhandeln.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("readiness", "Eva Lind")]


@needs_model
def test_goods_on_offer_are_no_offer_unless_presented_or_answered() -> None:
    """ "Angebot" names a range of goods as often as an offer to a party: without a proposer
    it counts only where its clause presents or answers it."""
    for text in ("Das Paket gilt als preiswertes Angebot für Familien mit Kindern.",
                 "Die Tickets sollen unter den bisher günstigsten Angeboten der Konkurrenz liegen."):
        assert [p for p in extract(text).proposals if p.kind == "offer"] == [], text
    ex = extract("Die Stadt hatte den Eigentümern ein Angebot gemacht, war aber abgeblitzt.")
    assert [p.kind for p in ex.proposals] == ["offer"]


@needs_model
def test_im_rahmen_is_a_preposition_not_a_framework() -> None:
    """ "im Rahmen der Hilfe" (also with a run of spaces) and "in diesem Rahmen" name no
    framework; a framework that is presented still is one."""
    for text in ("Die Stadt vergibt im  Rahmen der Sommerhilfe Aufträge an Vereine.",
                 "In diesem Rahmen soll die Forschung ausgebaut werden."):
        assert extract(text).proposals == [], text
    ex = extract("Die EU-Kommission legte einen Rahmen für die Verhandlungen vor.")
    assert [p.kind for p in ex.proposals] == ["framework"]


@needs_model
def test_reported_words_about_the_proposal_just_made_are_no_new_demand() -> None:
    """ "X forderte eine Waffenruhe. Diese müsse sofort gelten, sagte X": the demonstrative
    subject spells out the proposal before it, which gains the sentence as evidence."""
    ex = extract("Karl Lund forderte eine Waffenruhe. Diese müsse sofort gelten, sagte Lund.")
    assert [(p.label, len(p.evidence)) for p in ex.proposals] == [("eine Waffenruhe", 2)]
    ex = extract("Karl Lund forderte eine Waffenruhe. Die Regierung müsse sofort handeln, sagte Lund.")
    assert len(ex.proposals) == 2


@needs_model
def test_a_goal_nobody_owns_in_a_speakers_words_is_the_speakers() -> None:
    """ "Ziel sei es, ... zu tun, sagte X": the goal is X's (also with the "zu" fused into a
    particle verb's infinitive); a goal with an owner of its own stays that owner's."""
    ex = extract("Ziel sei es, die Züge im Winter gleichmäßig auszulasten, sagte Bahnchef Karl Lund.")
    plans = [p for p in ex.proposals if p.kind == "plan"]
    assert [(name(ex, p.proposer), p.label) for p in plans] == [
        ("Karl Lund", "die Züge im Winter gleichmäßig auszulasten")]
    ex = extract("Ziel der Reform sei es, die Kosten zu senken, sagte Bahnchef Karl Lund.")
    assert all(name(ex, p.proposer) != "Karl Lund" for p in ex.proposals if p.kind == "plan")


@needs_model
def test_showing_readiness_puts_it_forward_but_showing_oneself_critical_does_not() -> None:
    ex = extract("Die Nordbund AG zeigte am Montag Bereitschaft zu Gesprächen mit der Gewerkschaft.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("readiness", "Nordbund AG")]
    ex = extract("Den Plänen mit der Schweiz gegenüber zeigte sich Anna Berg sehr kritisch.")
    assert all(name(ex, p.proposer) != "Anna Berg" for p in ex.proposals)


@needs_model
def test_wanting_that_someone_acts_is_a_named_partys_demand() -> None:
    ex = extract("Gewerkschaftschef Karl Lund will, dass der Tarifvertrag für die Pfleger verlängert wird.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Karl Lund")]
    assert ex.proposals[0].label.startswith("dass der Tarifvertrag")
    # unnamed people wishing, or a state wished for, demand nothing
    assert extract("Viele Leute wollen, dass die Mieten in Lunden sinken.").proposals == []
    ex = extract("Wir wollen, dass der Vertrag für beide Seiten fair ist, sagte Karl Lund.")
    assert all(p.kind != "demand" for p in ex.proposals)


@needs_model
def test_wanting_a_proposal_noun_puts_it_forward() -> None:
    ex = extract("Karl Lund will eine Reform der Nordbund-Institutionen.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("plan", "Karl Lund")]


@needs_model
def test_a_proposal_noun_in_a_mit_phrase_is_the_subjects() -> None:
    """ "begann seine Amtszeit mit einem Aufruf zur Versöhnung": the subject of the verb puts
    forward the proposal the phrase names; a package is tied up by those who tie it."""
    ex = extract("Präsident Karl Lund hat seine Amtszeit mit einem Aufruf zur Versöhnung begonnen.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("appeal", "Karl Lund")]
    ex = extract("Norwegen und Schweden haben ein neues Hilfspaket für die Fischer geschnürt.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("plan", "Norwegen")]


@needs_model
def test_what_a_meeting_is_to_do_is_a_schedule_not_a_demand() -> None:
    """ "Die Gespräche sollen im April beginnen, teilte X mit": "sollen" with a meeting as its
    subject says when it takes place; with a party as subject it still asks something of it."""
    assert extract("Die Gespräche sollen im April in Stockholm beginnen, teilte das norwegische "
                   "Außenministerium am Dienstag mit.").proposals == []
    ex = extract("Die Regierung solle die Steuern senken, sagte Ministerin Anna Berg.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Anna Berg")]


@needs_model
def test_a_plan_called_a_mistake_or_a_milestone_is_answered() -> None:
    """ "nannte den Plan einen Fehler", "bezeichnete ihn als Provokation", "sei ein Meilenstein":
    a noun of judgement as what the plan is called is a stance; the same noun elsewhere is none."""
    cases = {
        "Karl Lund nannte den Plan einen Fehler.": ("Karl Lund", "criticise"),
        "Schweden bezeichnete den Plan als Provokation.": ("Schweden", "reject"),
        "Der Plan sei ein Meilenstein, sagte Anna Berg.": ("Anna Berg", "accept"),
        "Karl Lund nannte den Plan eine Kapitulation.": ("Karl Lund", "reject"),
        "Anna Berg bezeichnete den Plan als Chance.": ("Anna Berg", "accept"),
    }
    for sentence, expected in cases.items():
        ex = extract("Norwegen legte einen Friedensplan vor. " + sentence)
        assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [expected], sentence
    ex = extract("Norwegen legte einen Friedensplan vor. "
                 "Nach einem Fehler des Piloten stürzte das Flugzeug ab.")
    assert ex.responses == []


@needs_model
def test_a_plan_called_a_good_basis_is_accepted_only_with_the_approving_word() -> None:
    """ "nannte den Plan eine gute Grundlage", "ein Schritt in die richtige Richtung": approval;
    "eine Grundlage für Gespräche" alone judges nothing."""
    for sentence, expected in (
        ("Karl Lund nannte den Plan eine gute Grundlage.", [("Karl Lund", "accept")]),
        ("Der Plan sei ein Schritt in die richtige Richtung, sagte Anna Berg.", [("Anna Berg", "accept")]),
        ("Der Plan sei eine Grundlage für Gespräche, sagte Anna Berg.", []),
    ):
        ex = extract("Norwegen legte einen Friedensplan vor. " + sentence)
        assert [(name(ex, r.actor), r.stance) for r in ex.responses] == expected, sentence


@needs_model
def test_a_response_inside_a_conditional_clause_is_none_given() -> None:
    """ "Ob die Arbeiter das Angebot annehmen, ist offen", "wenn ...": the acceptance is only
    asked about or imagined; the same verb in a main clause answers the offer."""
    offer = "Der Konzern Finavo legte ein neues Angebot vor. "
    ex = extract(offer + "Ob die Arbeiter das Angebot annehmen, ist offen, sagte Karl Lund.")
    assert ex.responses == []
    ex = extract(offer + "Wenn ich jemanden zwinge, ein solches Angebot anzunehmen, dann ist das ein "
                 "doppelter Verlust, sagte Gewerkschafter Karl Lund.")
    assert ex.responses == []
    ex = extract(offer + "Gewerkschafter Karl Lund nahm das Angebot an.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Karl Lund", "accept")]


@needs_model
def test_a_pronoun_subject_is_the_responder_not_the_proposal_answered() -> None:
    """ "dass sie nur Touristen akzeptierten": "sie" is who accepts; with a plain noun as
    the thing accepted, the demand of the sentence before is not answered. As an object, the
    pronoun stands for that demand."""
    demand = "Die Regierung Schwedens forderte strengere Grenzkontrollen. "
    ex = extract(demand + "Finnland und Estland hatten bekanntgegeben, dass sie nur Touristen mit "
                 "gültigen Papieren akzeptierten.")
    assert ex.responses == []
    ex = extract(demand + "Die Regierung Finnlands hatte bekanntgegeben, dass sie diese akzeptiere.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Finnland", "accept")]


@needs_model
def test_a_plan_named_with_its_number_of_points_has_its_genitive_proposer() -> None:
    """ "den 28-Punkte-Plan der USA": the tagger reads the compound as a numeral; it is the
    noun of its phrase, and the genitive after it names the proposer."""
    ex = extract("Karl Lund lehnte den 28-Punkte-Plan der USA ab.")
    assert [(p.kind, name(ex, p.proposer), p.number_of_points) for p in ex.proposals] == [("plan", "USA", 28)]
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Karl Lund", "reject")]


@needs_model
def test_who_is_asked_with_von_is_the_addressee_not_the_proposer() -> None:
    """ "Schweden fordert von Norwegen bessere Bedingungen": Sweden sets the conditions and
    asks Norway; inside the noun phrase ("der von Norwegen vorgelegte Plan") "von" names
    who put the plan forward."""
    ex = extract("Schweden fordert von Norwegen bessere Bedingungen für die Rückzahlung der Kredite.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Schweden"]
    ex = extract("Der von der Regierung Norwegens am Montag vorgelegte Plan stieß auf Kritik.")
    assert [name(ex, p.proposer) for p in ex.proposals] == ["Norwegen"]


@needs_model
def test_an_appeal_whose_particle_the_parser_read_as_a_preposition() -> None:
    for text in ("Die Regierung Schwedens rief die Bürger auf, Wasser zu sparen.",
                 "Die Regierung Schwedens rief die Bürger dazu auf, Wasser zu sparen."):
        ex = extract(text)
        assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("appeal", "Schweden")], text


@needs_model
def test_what_need_not_be_done_is_no_demand() -> None:
    """ "muss nicht": a negated "müssen" says what is not required. "nicht nur ..., sondern"
    negates nothing, and a "nicht" of another coordinated verb leaves "müsse" a demand."""
    for text in ("Die Regierung muss nicht alles akzeptieren, sagte Karl Lund.",
                 "Ich bin froh, dass wir nicht gegen sie spielen müssen, sagte Karl Lund."):
        assert extract(text).proposals == [], text
    for text in ("Die Regierung muss nicht nur sparen, sondern auch investieren, sagte Karl Lund.",
                 "Man dürfe sich nicht blenden lassen und müsse die Zahlen prüfen, sagte Karl Lund."):
        ex = extract(text)
        assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Karl Lund")], text


@needs_model
def test_a_negated_duerfen_forbids_and_is_a_demand() -> None:
    """ "Norwegen dürfe nicht länger zögern": a prohibition demands as "müssen" does; what
    nobody should have done ("hätte ... dürfen") or may not have happened ("dürfe ... gegeben
    haben") demands nothing, nor does "dürfte" (probably)."""
    ex = extract("Norwegen dürfe mit der Reform nicht länger zögern, sagte Karl Lund.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Karl Lund")]
    for text in ("Über das Ergebnis hätte niemand klagen dürfen, sagte Karl Lund.",
                 "Bei der Wahl dürfe es keine Fälschungen gegeben haben, sagte Karl Lund.",
                 "Das dürfte nicht lange dauern, sagte Karl Lund."):
        assert extract(text).proposals == [], text


@needs_model
def test_not_only_but_also_negates_no_response() -> None:
    plan = "Die Regierung legte einen Plan vor. "
    ex = extract(plan + "Die Partei Nordbund lehnte nicht nur den Plan ab, sondern kündigte Widerstand an.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Nordbund", "reject")]
    ex = extract(plan + "Die Partei Nordbund lehnte den Plan nicht ab.")
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Nordbund", "accept")]
