"""Meetings: parties, place, time, status, merging of mentions, hypothetical meetings."""

from __future__ import annotations

from kg.nlp.cues import lemma_candidates
from tests.eventsupport import analyse, extract, name, needs_model


def test_cue_verbs_are_recognised_from_strong_and_participle_forms() -> None:
    assert "treffen" in lemma_candidates("getroffen")
    assert "treffen" in lemma_candidates("trafen")
    assert "empfangen" in lemma_candidates("empfing")
    assert "vorlegen" in lemma_candidates("vorgelegt")
    assert "zurückweisen" in lemma_candidates("zurückgewiesen")


@needs_model
def test_held_meeting_with_coordinated_subject_partner_place_and_date() -> None:
    ex = extract(
        "Die Außenministerin Anna Berg und der Gesandte Paul Moor hatten sich am Dienstag in Oslo "
        "mit Präsident Karl Lund getroffen."
    )
    assert len(ex.meetings) == 1
    m = ex.meetings[0]
    assert {name(ex, p) for p in m.participants} >= {"Anna Berg", "Paul Moor", "Karl Lund"}
    assert name(ex, m.location) == "Oslo"
    assert m.status == "held"
    assert m.time is not None and m.time.value == "2025-03-11"
    assert m.evidence and m.evidence[0].method.startswith("rule:meeting")


@needs_model
def test_planned_meeting_from_modal_verb() -> None:
    ex = extract("Kanzler Lars Brandt will am Montag in Wien mit Präsidentin Eva Roth verhandeln.")
    assert len(ex.meetings) == 1
    assert ex.meetings[0].status == "planned"
    assert ex.meetings[0].time is not None and ex.meetings[0].time.value == "2025-03-17"


@needs_model
def test_anaphoric_mentions_merge_and_add_outcome() -> None:
    ex = extract(
        "Präsident Karl Lund traf am Mittwoch in Oslo Kanzler Lars Brandt. "
        "Das Treffen dauerte fünf Stunden. Das Gespräch brachte keinen Durchbruch."
    )
    assert len(ex.meetings) == 1
    m = ex.meetings[0]
    assert len(m.evidence) >= 2
    assert m.outcome is not None and "Durchbruch" in m.outcome


@needs_model
def test_hypothetical_meeting_is_not_extracted() -> None:
    ex = extract("Ein Treffen von Präsident Karl Lund mit Kanzler Lars Brandt ist nicht ausgeschlossen.")
    assert ex.meetings == []
    ex = extract("Falls es zu Gesprächen zwischen Anna Berg und Karl Lund käme, wäre das ein Erfolg.")
    assert all(m.status != "held" for m in ex.meetings)


@needs_model
def test_parties_of_talks_named_as_an_adjunct_are_the_clause_subject() -> None:
    ex = extract(
        "Bei Gesprächen in Lissabon erklärten Kanzler Lars Brandt und Präsidentin Eva Roth, "
        "man sei sich näher gekommen."
    )
    assert len(ex.meetings) == 1
    m = ex.meetings[0]
    assert {name(ex, p) for p in m.participants} == {"Lars Brandt", "Eva Roth"}
    assert name(ex, m.location) == "Lissabon"


@needs_model
def test_negated_meeting_is_not_extracted() -> None:
    ex = extract("Kanzler Lars Brandt und Präsidentin Eva Roth haben sich in Wien nicht getroffen.")
    assert ex.meetings == []


@needs_model
def test_expected_delegation_is_a_planned_visit_merged_with_the_talks() -> None:
    ex = extract(
        "Am Freitag wird eine schwedische Delegation in Norwegen erwartet. "
        "Außenministerin Anna Berg will in Oslo mit Vertretern aus Stockholm sprechen."
    )
    planned = [m for m in ex.meetings if m.status == "planned"]
    assert len(planned) == 1
    m = planned[0]
    assert m.time is not None and m.time.value == "2025-03-14"
    assert name(ex, m.location) == "Oslo"
    assert len(m.evidence) == 2


@needs_model
def test_travel_with_talks_in_an_infinitive_clause_is_one_planned_visit() -> None:
    ex = extract(
        "Kanzler Lars Brandt will kommende Woche nach Oslo reisen, um mit Präsidentin Eva Roth "
        "über die Grenze zu beraten."
    )
    assert len(ex.meetings) == 1
    m = ex.meetings[0]
    assert {name(ex, p) for p in m.participants} == {"Lars Brandt", "Eva Roth"}
    assert m.status == "planned"
    assert name(ex, m.location) == "Oslo"


@needs_model
def test_meeting_that_is_not_planned_is_dropped() -> None:
    ex = extract("Ein Treffen von Kanzler Lars Brandt mit Präsidentin Eva Roth sei derzeit nicht geplant.")
    assert ex.meetings == []


@needs_model
def test_round_of_named_parties_and_mandate_for_talks() -> None:
    ex = extract(
        "Nach der Runde der Außenminister der Nato in Brüssel flog Anna Berg zurück. "
        "Das Parlament gab ihr ein Mandat zu Verhandlungen mit der EU."
    )
    statuses = {tuple(sorted(name(ex, p) or "" for p in m.participants)): m.status for m in ex.meetings}
    assert any("NATO" in k or "Nato" in k for k in statuses)
    assert statuses.get(("EU",)) == "planned"


@needs_model
def test_strong_preterite_and_perfect_with_infinitive_like_participle_are_held() -> None:
    ex = extract("Die Ministerin Vera Holm empfing am Dienstag den Gesandten Paul Moor.")
    assert [m.status for m in ex.meetings] == ["held"]
    ex = extract("Präsident Karl Lund hat am Montag die Kanzlerin Eva Roth empfangen.")
    assert [m.status for m in ex.meetings] == ["held"]
    ex = extract("Die Minister Jan Berg und Ole Dahl trafen sich in Bergen.")
    assert [m.status for m in ex.meetings] == ["held"]


@needs_model
def test_a_present_tense_that_looks_like_a_participle_is_no_past() -> None:
    """ "Die Außenminister der EU beraten am Donnerstag": "beraten" is infinitive, present
    plural and participle at once; without an auxiliary and with a plural subject it is the
    present tense (a day set: planned), and its "-ten" is no weak preterite ending."""
    ex = extract("Die Außenminister der EU beraten am Donnerstag in Brüssel über weitere Hilfen.")
    assert [m.status for m in ex.meetings] == ["planned"]
    ex = extract("Die Außenminister der EU haben am Donnerstag in Brüssel über weitere Hilfen beraten.")
    assert [m.status for m in ex.meetings] == ["held"]
    # "haben ... treffen können": the perfect of a modal (its infinitive stands for the participle)
    ex = extract("Die Minister Jan Berg und Ole Dahl haben sich trotz des Streiks in Bergen treffen können.")
    assert [m.status for m in ex.meetings] == ["held"]


@needs_model
def test_talks_since_a_day_are_ongoing_and_talks_on_a_day_in_the_present_lie_ahead() -> None:
    """ "verhandeln seit Montag": begun on the Monday before the article and still going on;
    "verhandeln am Montag" in the present tense: the coming Monday, planned."""
    def meetings(text: str) -> list[tuple[str, str | None]]:
        ex = extract(text, date="2025-12-02")  # a Tuesday
        return [(m.status, m.time.value if m.time else None) for m in ex.meetings]

    assert meetings("Karl Lund und Anna Berg verhandeln seit Montag in Oslo.") == [("ongoing", "2025-12-01")]
    assert meetings("Karl Lund und Anna Berg verhandeln am Montag in Oslo.") == [("planned", "2025-12-08")]
    assert meetings("Karl Lund und Anna Berg verhandelten am Montag in Oslo.") == [("held", "2025-12-01")]
    # a day "für" which a meeting is announced lies ahead, whatever the tense of the announcement
    assert meetings("Karl Lund kündigte für Montag ein Treffen mit Anna Berg in Oslo an.") == [
        ("planned", "2025-12-08")]


@needs_model
def test_talks_begun_in_the_perfect_are_ongoing_and_adjourned_talks_held_with_subject_parties() -> None:
    ex = extract("Kanada und Chile haben am Montag in Lima neue Gespräche über Fischerei begonnen.")
    assert [m.status for m in ex.meetings] == ["ongoing"]
    ex = extract("Kanada und Chile haben ihre Verhandlungen über Zölle am Mittwoch ohne Einigung vertagt.")
    assert len(ex.meetings) == 1
    assert {name(ex, p) for p in ex.meetings[0].participants} == {"Kanada", "Chile"}
    assert ex.meetings[0].status == "held"


@needs_model
def test_who_conducts_talks_with_a_partner_takes_part_in_them() -> None:
    """ "X führte Gespräche mit Y", "X nahm Verhandlungen mit Y auf": the subject of a verb of
    conducting is a party beside the noun's own partner, and the parties keep their order."""
    ex = extract("Die Regierung Norwegens führte am Montag Gespräche mit der EU.")
    assert [[name(ex, p) for p in m.participants] for m in ex.meetings] == [["Norwegen", "EU"]]
    ex = extract("Anna Berg nahm am Dienstag in Oslo Verhandlungen mit Karl Lund auf.")
    assert [[name(ex, p) for p in m.participants] for m in ex.meetings] == [["Anna Berg", "Karl Lund"]]


@needs_model
def test_talks_demanded_offered_or_refused_are_no_meeting() -> None:
    """ "forderte Gespräche mit Y", "sei zu Verhandlungen bereit", "lehnte ein Treffen ab": a
    proposal or a response, not a meeting held or planned; an invitation is a planned one."""
    for text in ("Anna Berg forderte am Montag Gespräche mit Karl Lund.",
                 "Anna Berg sei zu Verhandlungen mit Karl Lund bereit.",
                 "Anna Berg lehnte ein Treffen mit Karl Lund ab.",
                 "Anna Berg schlug ein Treffen mit Karl Lund vor."):
        assert extract(text).meetings == [], text
    ex = extract("Anna Berg lud Karl Lund zu Gesprächen ein.")
    assert [m.status for m in ex.meetings] == ["planned"]


@needs_model
def test_an_ambassador_summoned_meets_the_ministry() -> None:
    """ "bestellte den Botschafter ein": a summoned ambassador is received at the ministry."""
    ex = extract("Das Außenministerium in Oslo bestellte am Montag den Botschafter Igor Petrow ein.")
    assert [({name(ex, p) for p in m.participants}, m.status) for m in ex.meetings] == [
        ({"Außenministerium", "Igor Petrow"}, "held")]


@needs_model
def test_a_clause_with_a_subject_of_its_own_after_a_comma_is_another_event() -> None:
    """ "X ist empfangen worden, der Präsident kurz vom Gipfel in Brüssel zurückgekommen": the
    second clause (its auxiliary left out) has its own subject, and the summit it names is
    not where X was received."""
    ex = extract("Der Premier Karl Lund ist empfangen worden, der Präsident kurz vom EU-Gipfel in "
                 "Brüssel zurückgekommen.")
    assert sorted((m.kind, [name(ex, p) for p in m.participants]) for m in ex.meetings) == [
        ("summit", ["EU"]), ("visit", ["Karl Lund"])]


@needs_model
def test_the_state_of_a_named_titles_genitive_is_no_party() -> None:
    """ "X, der Präsident Norwegens, traf Y", "Der Präsident Norwegens, X, traf Y": the state is
    the office of the person named beside the title, not a party of its own; an unnamed title
    or a group of representatives stands for its state ("Die Außenminister Frankreichs und
    Deutschlands trafen sich")."""
    for text in ("Karl Lund, der Präsident Norwegens, traf am Montag Anna Berg.",
                 "Der Präsident Norwegens, Karl Lund, traf am Montag Anna Berg."):
        ex = extract(text)
        assert [[name(ex, p) for p in m.participants] for m in ex.meetings] == [["Karl Lund", "Anna Berg"]]
    ex = extract("Der Präsident Norwegens traf am Montag Anna Berg.")
    assert [[name(ex, p) for p in m.participants] for m in ex.meetings] == [["Norwegen", "Anna Berg"]]
    ex = extract("Die Außenminister Frankreichs und Deutschlands trafen sich in Paris.")
    assert [{name(ex, p) for p in m.participants} for m in ex.meetings] == [{"Frankreich", "Deutschland"}]


@needs_model
def test_object_after_a_time_adverbial_is_a_party() -> None:
    ex = extract("Präsident Karl Lund traf am Montag Kanzlerin Eva Roth in Graz.")
    assert {name(ex, p) for p in ex.meetings[0].participants} == {"Karl Lund", "Eva Roth"}


@needs_model
def test_uninvited_or_absent_actor_is_no_participant() -> None:
    ex = extract("Ministerin Vera Holm war zu dem Treffen nicht eingeladen.")
    assert ex.meetings == []
    ex = extract(
        "Präsident Karl Lund traf am Montag Kanzlerin Eva Roth in Graz. "
        "Minister Ole Dahl nahm an dem Treffen nicht teil."
    )
    assert len(ex.meetings) == 1
    assert "Ole Dahl" not in {name(ex, p) for p in ex.meetings[0].participants}
    # a positive control: taking part makes a participant
    ex = extract("Minister Ole Dahl nahm an den Gesprächen mit Präsident Karl Lund teil.")
    assert {name(ex, p) for p in ex.meetings[0].participants} == {"Ole Dahl", "Karl Lund"}


@needs_model
def test_prenominal_genitive_state_is_affiliation_and_mediators_take_part() -> None:
    ex = extract(
        "Kanadas Premierministerin Ann Ross und Chiles Präsident Luis Vera haben miteinander telefoniert."
    )
    assert {name(ex, p) for p in ex.meetings[0].participants} == {"Ann Ross", "Luis Vera"}
    ex = extract(
        "Unter Vermittlung Norwegens haben Vertreter Kolumbiens und Venezuelas in Oslo Gespräche begonnen."
    )
    assert {name(ex, p) for p in ex.meetings[0].participants} == {"Norwegen", "Kolumbien", "Venezuela"}


@needs_model
def test_dateline_is_the_place_of_a_lead_meeting_but_not_of_a_phone_call_nor_a_speaker() -> None:
    ex = extract(
        "Lissabon – Die Minister Jan Berg und Ole Dahl haben am Montag Gespräche über Fischerei geführt."
    )
    assert name(ex, ex.meetings[0].location) == "Lissabon"
    ex = extract("Ottawa – Premierministerin Ann Ross und Präsident Luis Vera haben am Montag telefoniert.")
    assert ex.meetings[0].location is None
    ex = extract("Kairo – Minister Jan Berg sagte, man sei zufrieden.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Jan Berg"]


@needs_model
def test_location_is_the_named_place_not_the_state_adjective() -> None:
    ex = extract("Die Minister Jan Berg und Ole Dahl trafen sich im norwegischen Bergen.")
    assert name(ex, ex.meetings[0].location) != "Norwegen"


@needs_model
def test_a_place_after_a_unit_of_time_is_the_meetings_not_an_attribute() -> None:
    """ "am Donnerstag vergangener Woche in Oslo": a week has no place, so Oslo is where they
    met; a place after another noun belongs to that noun ("die Dürre in Spanien")."""
    ex = extract("Die Minister Jan Berg und Ole Dahl trafen sich am Donnerstag vergangener Woche in Oslo.")
    assert [name(ex, m.location) for m in ex.meetings] == ["Oslo"]
    ex = extract("Jan Berg sprach beim Treffen mit Ole Dahl über die Folgen der Dürre in Spanien.")
    assert [m.location for m in ex.meetings] == [None]


@needs_model
def test_host_receiving_the_delegations_joins_the_meeting_just_reported() -> None:
    ex = extract(
        "Vertreter Kolumbiens und Venezuelas haben am Montag in Oslo Gespräche begonnen. "
        "Der norwegische Minister Ole Dahl empfing die Delegationen am Vormittag."
    )
    assert len(ex.meetings) == 1
    assert "Ole Dahl" in {name(ex, p) for p in ex.meetings[0].participants}


@needs_model
def test_headline_call_between_capitals_merges_with_the_call_of_their_leaders() -> None:
    ex = extract(
        "Telefonat zwischen Lima und Santiago\n\n"
        "Perus Präsidentin Ana Ruiz und Chiles Präsident Luis Vera haben am Montag miteinander telefoniert."
    )
    assert len(ex.meetings) == 1


@needs_model
def test_name_with_particle_is_not_cut_by_a_sentence_break() -> None:
    ex = extract("Ministerin Karin Lund telefonierte am Sonntag mit Außenminister Badr bin Hamad Al Busaidi.")
    assert {name(ex, p) for p in ex.meetings[0].participants} == {"Karin Lund", "Badr bin Hamad Al Busaidi"}


@needs_model
def test_headline_and_the_ministers_of_the_same_states_in_the_next_sentence_are_one_meeting() -> None:
    ex = extract(
        "Zollgespräche zwischen Kanada und Chile vertagt\n\n"
        "Kanada und Chile haben ihre Gespräche über Zölle am Mittwoch vertagt. "
        "Der kanadische Minister Tom Reid und die chilenische Ministerin Ana Soto hatten zwei Tage "
        "lang in Lima verhandelt."
    )
    assert len(ex.meetings) == 1
    m = ex.meetings[0]
    assert m.status == "held"
    assert {"Kanada", "Chile", "Tom Reid", "Ana Soto"} <= {name(ex, p) for p in m.participants}


@needs_model
def test_place_after_a_state_adjective_and_a_seat_building_are_locations() -> None:
    ex = extract("Präsident Karl Lund traf am Montag Kanzlerin Eva Roth im norwegischen Tromsø.")
    assert ex.meetings and name(ex, ex.meetings[0].location) == "Tromsø"
    assert ("Tromsø", "Place") in {(a.name, a.category) for a in ex.actors}
    ex = extract(
        "Präsident Karl Lund traf am Montag Kanzlerin Eva Roth. Das Treffen fand im Kanzleramt statt."
    )
    assert len(ex.meetings) == 1 and name(ex, ex.meetings[0].location) == "Kanzleramt"


@needs_model
def test_adjective_before_a_common_noun_makes_no_place() -> None:
    ex = extract("Die Minister trafen sich im norwegischen Parlament.")
    assert not ex.actors
    ex = extract(
        "Präsident Karl Lund traf am Montag Kanzlerin Eva Roth. Das Auswärtige Amt kritisierte das Treffen."
    )
    assert ex.meetings and ex.meetings[0].location is None


@needs_model
def test_participant_speaking_at_a_place_after_the_meeting_locates_it() -> None:
    ex = extract(
        "Präsident Karl Lund traf am Montag Kanzlerin Eva Roth. "
        "Wir sind uns näher gekommen, sagte Roth in der Hofburg."
    )
    assert name(ex, ex.meetings[0].location) == "Hofburg"
    ex = extract(
        "Präsident Karl Lund traf am Montag Kanzlerin Eva Roth. "
        "Wir sind uns näher gekommen, sagte Kanzler Paul Weber in der Hofburg."
    )
    assert ex.meetings[0].location is None  # not a participant


@needs_model
def test_agreement_between_two_named_parties_is_talks_one_party_is_none() -> None:
    ex = extract("Rom und Madrid hatten sich zuvor auf einen gemeinsamen Kurs verständigt.")
    assert ex.meetings and {name(ex, p) for p in ex.meetings[0].participants} == {"Rom", "Madrid"}
    assert ex.meetings[0].status == "held"
    assert not extract("Die Koalition hat sich am Montag auf einen Haushalt geeinigt.").meetings
    assert not extract("Die Parteien einigten sich nicht.").meetings


@needs_model
def test_representatives_genitive_names_the_party() -> None:
    ex = extract(
        "Die Staats- und Regierungschefs der EU haben sich bei ihrem Gipfel in Brüssel "
        "auf ein Budget geeinigt."
    )
    assert ex.meetings and [name(ex, p) for p in ex.meetings[0].participants] == ["EU"]
    assert name(ex, ex.meetings[0].location) == "Brüssel"
    ex = extract("Die Außenminister Frankreichs und Deutschlands trafen sich am Montag in Paris.")
    assert {name(ex, p) for p in ex.meetings[0].participants} == {"Frankreich", "Deutschland"}
    ex = extract("Die Regierungschefs der Nato-Staaten berieten am Mittwoch in Den Haag.")
    assert ex.meetings
    # one representative of one organisation speaking is no meeting
    assert not extract("Der Sprecher der Nato sprach am Mittwoch in Den Haag.").meetings


@needs_model
def test_return_visit_and_return_from_talks() -> None:
    ex = extract("Eine indische Delegation soll im Mai nach Brüssel zurückkehren.")
    assert ex.meetings and ex.meetings[0].status == "planned"
    assert name(ex, ex.meetings[0].location) == "Brüssel"
    ex = extract("Sergej Lawrow kehrte am Freitag von den Gesprächen mit Antony Blinken in Genf zurück.")
    assert {name(ex, p) for p in ex.meetings[0].participants} == {"Sergej Lawrow", "Antony Blinken"}
    # coming home without a meeting is none
    assert not extract("Der Außenminister kehrte am Montag nach Berlin zurück.").meetings


@needs_model
def test_second_round_is_a_new_meeting_of_the_previous_parties() -> None:
    ex = extract(
        "Vertreter Israels und der Hamas haben am Montag in Kairo verhandelt. "
        "Ministerin Eva Roth telefonierte am Sonntag mit Kanzler Karl Lund. "
        "Laut Reuters soll eine zweite Runde in Doha folgen."
    )
    rounds = [m for m in ex.meetings if name(ex, m.location) == "Doha"]
    assert len(rounds) == 1 and rounds[0].status == "planned"
    assert {name(ex, p) for p in rounds[0].participants} == {"Israel", "Hamas"}  # not the phone call
    # without an earlier meeting a round is nothing
    assert not extract("Eine zweite Runde ist nicht geplant.").meetings


@needs_model
def test_second_round_does_not_copy_the_mediators_or_hosts_of_the_first() -> None:
    ex = extract(
        "Unter Vermittlung Norwegens und Schwedens haben Vertreter Kolumbiens und Venezuelas am "
        "Montag in Oslo Gespräche begonnen. Der norwegische Außenminister Per Dahl empfing die "
        "Delegationen. Eine zweite Runde soll in Caracas folgen."
    )
    first = [m for m in ex.meetings if name(ex, m.location) == "Oslo"]
    assert first and {"Norwegen", "Schweden", "Kolumbien", "Venezuela"} <= {
        name(ex, p) for p in first[0].participants
    }
    rounds = [m for m in ex.meetings if name(ex, m.location) == "Caracas"]
    assert len(rounds) == 1
    assert {name(ex, p) for p in rounds[0].participants} == {"Kolumbien", "Venezuela"}


@needs_model
def test_preterite_phone_call_with_a_broken_tree_is_held() -> None:
    ex = extract("Minister Karl Lund telefonierte am Sonntag mit Kanzlerin Eva Roth.")
    assert ex.meetings and ex.meetings[0].status == "held"
    assert ex.meetings[0].time is not None and ex.meetings[0].time.value == "2025-03-09"


@needs_model
def test_accession_talks_are_held_with_the_organisation_joined_where_the_article_names_it() -> None:
    ex = extract(
        "Die Nato will im Sommer über ihre Ostflanke beraten. Finnland hat am Montag "
        "Beitrittsverhandlungen begonnen, sagte Ministerin Eva Roth."
    )
    talks = [m for m in ex.meetings if any(name(ex, p) == "Finnland" for p in m.participants)]
    assert talks and {name(ex, p) for p in talks[0].participants} == {"Finnland", "Nato"}
    # no organisation in the article: the state alone, nothing invented
    ex = extract("Finnland hat am Montag Beitrittsverhandlungen begonnen, sagte Ministerin Eva Roth.")
    assert all(
        {name(ex, p) for p in m.participants} <= {"Finnland", "Eva Roth"} for m in ex.meetings
    )


@needs_model
def test_talks_about_an_agreement_are_held_by_the_parties_the_article_gives_the_agreement() -> None:
    ex = extract(
        "Im Herbst sollen die Gespräche über das Handelsabkommen fortgesetzt werden. "
        "Das Abkommen zwischen Kanada und Chile soll Zölle senken, sagte Ministerin Eva Roth."
    )
    talks = [m for m in ex.meetings if m.evidence[0].sentence.startswith("Im Herbst")]
    assert talks and {name(ex, p) for p in talks[0].participants} == {"Kanada", "Chile"}
    # an agreement without named parties gives the talks none
    ex = extract(
        "Im Herbst sollen die Gespräche über das Handelsabkommen fortgesetzt werden. "
        "Das Abkommen soll Zölle senken, sagte Ministerin Eva Roth."
    )
    assert not ex.meetings


@needs_model
def test_bare_compound_head_refers_to_the_named_organisation() -> None:
    """ "die Tarun-Rebellen ... Vertreter der Rebellen": the bare head joins the one
    organisation named with it; with two such organisations it stays open."""
    ex = extract("Die Tarun-Rebellen kämpfen seit Jahren gegen Russland. Am Samstag hatten sich "
                 "Vertreter der Rebellen und Russlands erstmals in Genf getroffen.")
    assert [sorted(name(ex, p) for p in m.participants) for m in ex.meetings] == [
        ["Russland", "Tarun-Rebellen"]]
    one = analyse("Die Tarun-Rebellen kämpfen. Vertreter der Rebellen trafen sich in Genf.")
    two = analyse("Die Tarun-Rebellen und die Sokko-Rebellen kämpfen. "
                  "Vertreter der Rebellen trafen sich in Genf.")
    bare = [[t for t in doc if t.text == "Rebellen"][0] for doc in (one, two)]
    assert bare[0]._.kg_actor is not None and bare[0]._.kg_actor == one[1]._.kg_actor
    assert bare[1]._.kg_actor is None


@needs_model
def test_plural_role_noun_is_no_person() -> None:
    """ "die Runde der Eurozonenchefs" is a group, not the "Chef" named before."""
    doc = analyse("Karl Lund, der Chef der Liberalen, reiste ab. "
                  "In der Runde der Eurozonenchefs wurde am Montag verhandelt.")
    chefs = next(t for t in doc if t.text == "Eurozonenchefs")
    assert doc[0]._.kg_actor is not None and chefs._.kg_actor != doc[0]._.kg_actor
    # the singular still joins the person ("der Parteichef" after "Chef der Liberalen")
    doc = analyse("Karl Lund, der Chef der Liberalen, reiste ab. Der Parteichef sagte nichts.")
    chef = next(t for t in doc if t.text == "Parteichef")
    assert chef._.kg_actor is not None and chef._.kg_actor == doc[0]._.kg_actor


@needs_model
def test_a_body_meeting_by_itself_is_a_meeting_without_named_participants() -> None:
    ex = extract("Die Arbeitsgruppe der Regierung tagte am Montag erneut.")
    assert [(m.participants, m.status) for m in ex.meetings] == [([], "held")]
    # negative: a body that is not the subject of a meeting verb makes no meeting
    assert not extract("Die Arbeitsgruppe der Regierung legte am Montag einen Bericht vor.").meetings


@needs_model
def test_people_by_office_gathering_are_a_meeting_without_named_participants() -> None:
    for text in (
        "Die Gesundheitsminister der Länder berieten am Freitag in Salzburg über die Reform der Spitäler.",
        "Die Fraktionschefs trafen sich am Dienstag im Parlament.",
        "Am Mittwoch kommen in Graz alle Personalvertreter zu einer Versammlung zusammen.",
    ):
        assert [m.participants for m in extract(text).meetings] == [[]], text
    # envoys of a named party who sat down together: a meeting of that party
    ex = extract("Die Taliban kämpfen seit Jahren gegen die Regierung in Kabul. Am Montag haben sich "
                 "Gesandte der Taliban und der Regierung zum ersten Mal an einem Tisch gegenüber gesessen.")
    assert [[name(ex, p) for p in m.participants] for m in ex.meetings] == [["Taliban"]]
    # negatives: advice to someone, one person, a crowd, "treffen" without "sich"
    for text in (
        "Die Experten beraten die Regierung seit Jahren.",
        "Der Minister beriet am Montag über das Budget.",
        "Tausende Menschen kamen am Samstag in Linz zusammen.",
        "Die Abgeordneten trafen am Montag eine Entscheidung.",
    ):
        assert not extract(text).meetings, text


@needs_model
def test_talks_with_unnamed_partners_keep_the_one_named_participant() -> None:
    ex = extract("Außenministerin Clara Holm sprach am Montag in Wien mit Vertretern der Opposition.")
    assert [(sorted(name(ex, p) for p in m.participants), name(ex, m.location)) for m in ex.meetings] == [
        (["Clara Holm"], "Wien")
    ]
    # negative: "mit" and a thing is no partner
    assert not extract("Außenministerin Clara Holm sprach am Montag mit großem Ernst.").meetings


@needs_model
def test_interviews_press_events_and_returns_are_no_meetings() -> None:
    for text in (
        "Die Lage sei ernst, sagte Kanzler Tomas Berg im Gespräch mit dem STANDARD.",
        "Kanzler Tomas Berg ist als Nachfolger von Präsident Ivan Petrow im Gespräch.",
        "Kanzler Tomas Berg lud am Montag zur Antrittspressekonferenz.",
        "Präsident Ivan Petrow kehrte am Montag nach Sofia zurück.",
    ):
        assert not extract(text).meetings, text
    # negative: talks with a named party remain talks
    ex = extract("Kanzler Tomas Berg war am Montag im Gespräch mit Präsident Ivan Petrow.")
    parties = [sorted(name(ex, p) for p in m.participants) for m in ex.meetings]
    assert parties == [["Ivan Petrow", "Tomas Berg"]]


@needs_model
def test_possessive_on_the_meeting_noun_names_the_subject_as_participant() -> None:
    ex = extract("Tschechiens Außenminister Karel Novak zeigte sich am Montag nach seiner Begegnung mit "
                 "dem russischen Botschafter Igor Petrow besorgt.")
    parties = [sorted(name(ex, p) for p in m.participants) for m in ex.meetings]
    assert parties == [["Igor Petrow", "Karel Novak"]]


@needs_model
def test_the_host_state_of_a_visit_takes_part() -> None:
    ex = extract("Chinas Präsident Li Wei will seinen ersten Besuch in den USA für Ankündigungen nutzen.")
    assert [sorted(name(ex, p) for p in m.participants) for m in ex.meetings] == [["Li Wei", "USA"]]
    ex = extract("Ministerin Eva Roth traf am Montag in Frankreich ihren Amtskollegen Karel Novak.")
    assert ex.meetings and all("Frankreich" not in [name(ex, p) for p in m.participants] for m in ex.meetings)


@needs_model
def test_a_body_that_convenes_holds_a_meeting() -> None:
    ex = extract("Der Bundesrat ist im vergangenen Jahr zu 48 Sitzungen zusammengetreten.")
    assert [[name(ex, p) for p in m.participants] for m in ex.meetings] == [["Bundesrat"]]
    assert ex.meetings[0].status == "held"


@needs_model
def test_a_party_conference_is_a_meeting_of_the_party_but_a_congress_is_not_named_as_one() -> None:
    ex = extract("Die SPD hielt am Samstag in Hannover ihren Parteitag ab.")
    assert [(sorted(name(ex, p) for p in m.participants), name(ex, m.location)) for m in ex.meetings] == [
        (["SPD"], "Hannover")
    ]
    # "Kongress" is mostly a parliament ("im Kongress abstimmen"), not a meeting
    assert extract("Die Opposition will im Kongress über das Gesetz abstimmen lassen.").meetings == []


@needs_model
def test_hyphenated_compounds_are_meeting_nouns_and_name_their_party() -> None:
    ex = extract("Die Regierungschefs wollen am Sonntag beim G7-Treffen in Lübeck über Zölle beraten.")
    assert len(ex.meetings) == 1
    m = ex.meetings[0]
    assert [name(ex, p) for p in m.participants] == ["G7"]
    assert name(ex, m.location) == "Lübeck"
    assert m.status == "planned"
    # a region before the hyphen says where, not who: no party, so only its own place keeps it
    ex = extract("Die Nahost-Gespräche in Kairo wurden am Montag fortgesetzt.")
    assert len(ex.meetings) == 1 and ex.meetings[0].participants == []


@needs_model
def test_an_agency_interview_in_a_compound_is_no_meeting() -> None:
    ex = extract("Das sagte Landesrat Otto Gruber am Montag im APA-Gespräch.")
    assert ex.meetings == []


@needs_model
def test_a_meeting_with_its_own_place_or_time_counts_without_named_parties() -> None:
    ex = extract("Für Donnerstag waren Gespräche der Fraktionen in Graz geplant.")
    assert len(ex.meetings) == 1
    assert ex.meetings[0].participants == [] and ex.meetings[0].status == "planned"
    # the time of a verb of saying around it does not anchor talks that nobody is named in
    ex = extract("Der Kanzler hatte am Dienstag gesagt, die Opposition wolle die Gespräche torpedieren.")
    assert ex.meetings == []
    # a plain mention without place or time stays unreported
    ex = extract("Gespräche allein lösen keine Probleme.")
    assert ex.meetings == []


@needs_model
def test_the_organiser_of_an_announced_meeting_takes_part_and_it_is_planned() -> None:
    text = (
        "Krisentreffen der Afrikanischen Union am Dienstag in Addis Abeba.\n\n"
        "Die Afrikanische Union kündigte für Dienstag ein Krisentreffen in Addis Abeba an."
    )
    ex = extract(text)
    assert len(ex.meetings) == 1
    m = ex.meetings[0]
    assert [name(ex, p) for p in m.participants] == ["Afrikanische Union"]
    assert m.status == "planned" and name(ex, m.location) == "Addis Abeba"
    ex = extract("Parteichef Karl Moser hat für den 3. Juni eine Strategiekonferenz in Graz einberufen.")
    assert len(ex.meetings) == 1
    assert [name(ex, p) for p in ex.meetings[0].participants] == ["Karl Moser"]
    assert ex.meetings[0].status == "planned"


@needs_model
def test_a_hearing_of_a_candidate_is_a_meeting() -> None:
    ex = extract(
        "Die Grünen hatten die Kandidatin Eva Lind am Dienstag zu einem Hearing in Salzburg geladen."
    )
    assert len(ex.meetings) == 1
    assert {name(ex, p) for p in ex.meetings[0].participants} >= {"Die Grünen", "Eva Lind"}


@needs_model
def test_a_session_of_a_parliament_is_a_meeting_a_press_talk_is_none() -> None:
    ex = extract("Die Grünen stimmten bei der Landtagssitzung am Donnerstag gegen den Haushalt.")
    assert [{name(ex, p) for p in m.participants} for m in ex.meetings] == [{"Die Grünen"}]
    ex = extract("Minister Karl Lund wies den Vorwurf bei einem Mediengespräch am Montag zurück.")
    assert ex.meetings == []


@needs_model
def test_an_adverb_after_a_comma_opens_a_new_clause() -> None:
    # "ausgeschlossen" belongs to the first clause and makes the hearing no hypothetical one
    ex = extract(
        "Eine Spende hat Eva Lind im Vorfeld ausgeschlossen, dennoch war sie bei der SPD zu einem "
        "Hearing geladen."
    )
    assert len(ex.meetings) == 1
    assert "SPD" in {name(ex, p) for p in ex.meetings[0].participants}


@needs_model
def test_a_truncated_compound_shares_the_preposition_of_its_phrase() -> None:
    ex = extract("Beim Bildungs- und Forschungsgipfel der Regierung am Freitag wird nach Geld gesucht.")
    assert len(ex.meetings) == 1
    assert ex.meetings[0].status == "planned"


@needs_model
def test_im_rahmen_einer_konferenz_makes_the_subject_take_part() -> None:
    ex = extract("Die CDU diskutierte am Freitag im Rahmen einer Zukunftskonferenz über Steuern.")
    assert [{name(ex, p) for p in m.participants} for m in ex.meetings] == [{"CDU"}]


@needs_model
def test_the_place_after_the_genitive_parties_of_a_meeting_noun_is_its_place() -> None:
    ex = extract("Beim Treffen der EU-Finanzminister in Brüssel wurde über Schulden beraten.")
    assert len(ex.meetings) == 1
    assert name(ex, ex.meetings[0].location) == "Brüssel"


@needs_model
def test_a_meeting_agreed_on_or_invited_to_is_planned() -> None:
    ex = extract("Eva Lind und Karl Lund vereinbarten ein Treffen im Mai.")
    assert len(ex.meetings) == 1
    assert {name(ex, p) for p in ex.meetings[0].participants} == {"Eva Lind", "Karl Lund"}
    assert ex.meetings[0].status == "planned"
    ex = extract("Präsident Karl Lund hatte Ministerin Eva Lind zu Gesprächen nach Oslo eingeladen.")
    assert [m.status for m in ex.meetings] == ["planned"]
    # agreed at the meeting: the meeting itself is no plan (and a possessive does not hang)
    ex = extract("Bei ihrem Treffen vereinbarten Eva Lind und Karl Lund einen Waffenstillstand.")
    assert len(ex.meetings) == 1 and ex.meetings[0].status != "planned"


@needs_model
def test_a_pronoun_subject_of_a_meeting_verb_is_the_traveller() -> None:
    ex = extract(
        "Ministerin Eva Lind traf am Montag Karl Lund in Oslo. Am Dienstag traf sie Björn Berg in Bergen."
    )
    parties = [{name(ex, p) for p in m.participants} for m in ex.meetings]
    assert parties == [{"Eva Lind", "Karl Lund"}, {"Eva Lind", "Björn Berg"}]


@needs_model
def test_a_meeting_in_an_open_question_is_hypothetical() -> None:
    assert extract("Ob er in Oslo auf Eva Lind oder Karl Lund treffen werde, sei offen.").meetings == []
    # a question that is the topic of held talks leaves them held
    ex = extract("Eva Lind und Karl Lund berieten am Montag, ob ein Waffenstillstand möglich ist.")
    assert [m.status for m in ex.meetings] == ["held"]


@needs_model
def test_a_session_of_a_court_alone_is_no_meeting() -> None:
    ex = extract("Der Oberste Gerichtshof hat am Dienstag in einer nichtöffentlichen Sitzung entschieden.")
    assert ex.meetings == []
    ex = extract("Die Grünen stimmten in der Sitzung des Landtags am Dienstag dagegen.")
    assert len(ex.meetings) == 1


@needs_model
def test_a_visit_and_the_travellers_meeting_with_another_partner_stay_apart() -> None:
    ex = extract(
        "Kanadas Premier Tom Carter will seinen ersten Besuch in Japan für Handelsgespräche nutzen. "
        "Ministerpräsident Kenji Sato will bei seinem Treffen mit Carter auch Fischereifragen ansprechen."
    )
    parties = sorted(sorted(name(ex, p) or "" for p in m.participants) for m in ex.meetings)
    assert ["Kenji Sato", "Tom Carter"] in parties
    assert all("Kenji Sato" not in p or "Japan" not in p for p in parties)


@needs_model
def test_things_and_anonymous_crowds_that_visit_hold_no_meeting() -> None:
    # only actors meet: ships, tourists or pupils that "visit" leave the places without a partner
    assert extract("Zwei Kriegsschiffe besuchen Norwegen und Schweden.").meetings == []
    # a role or a name in the subject keeps the visit
    ex = extract("Die Außenminister Eva Lind und Karl Lund besuchten am Montag Norwegen.")
    assert [{name(ex, p) for p in m.participants} >= {"Eva Lind", "Karl Lund"} for m in ex.meetings] == [True]
    ex = extract("Die Delegation aus Schweden besuchte am Montag Norwegen.")
    assert len(ex.meetings) == 1


@needs_model
def test_talks_agreed_on_in_a_zu_infinitive_are_planned_talks_of_those_who_agreed() -> None:
    # the inverted subject after "vereinbarten" is often parsed as its object
    ex = extract(
        "Im Jahr 2019 vereinbarten Norwegen und Schweden, "
        "bis März 2020 ein neues Fischereiabkommen zu verhandeln."
    )
    assert [({name(ex, p) for p in m.participants}, m.status) for m in ex.meetings] == [
        ({"Norwegen", "Schweden"}, "planned")
    ]


@needs_model
def test_the_last_meeting_of_the_same_parties_at_a_time_of_its_own_is_an_earlier_one() -> None:
    ex = extract(
        "Karl Lund und Eva Lind haben am Dienstag über die Fischereirechte telefoniert. "
        "Das letzte Treffen der beiden fand im März 2019 statt."
    )
    assert [sorted(name(ex, p) or "" for p in m.participants) for m in ex.meetings] == [
        ["Eva Lind", "Karl Lund"], ["Eva Lind", "Karl Lund"]
    ]
    # without an earlier word the noun refers back to the meeting just reported
    ex = extract(
        "Karl Lund und Eva Lind trafen sich am Montag in Oslo. Das Treffen der beiden dauerte drei Stunden."
    )
    assert len(ex.meetings) == 1


@needs_model
def test_a_slash_dateline_names_where_the_report_is_from_and_no_party() -> None:
    ex = extract("Oslo/Wien – Norwegens Außenminister Karl Lund traf am Montag den schwedischen "
                 "Botschafter Per Holm.")
    assert len(ex.meetings) == 1
    m = ex.meetings[0]
    assert {name(ex, k) for k in m.participants} == {"Karl Lund", "Per Holm"}
    assert name(ex, m.location) == "Oslo"
    # nor is the dateline the speaker of the lead sentence
    ex = extract("Oslo/Wien – Verbandspräsident Karl Lund hat einen Bericht dementiert, wonach er "
                 "bald zurücktreten werde.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]


@needs_model
def test_a_visited_capital_makes_its_state_the_host_and_a_visited_place_the_location() -> None:
    ex = extract("Norwegens Regierung lud ein. Schwedens Präsidentin Eva Lind war 2006 bei ihrem "
                 "Besuch in Oslo dabei.")
    visit = next(m for m in ex.meetings if "Eva Lind" in {name(ex, k) for k in m.participants})
    assert {name(ex, k) for k in visit.participants} == {"Eva Lind", "Norwegen"}
    # a city that is no capital has no host
    ex = extract("Norwegens Regierung lud ein. Schwedens Präsidentin Eva Lind war bei ihrem Besuch "
                 "in Bergen dabei.")
    visit = next(m for m in ex.meetings if "Eva Lind" in {name(ex, k) for k in m.participants})
    assert "Norwegen" not in {name(ex, k) for k in visit.participants}
    ex = extract("Die Ministerin Eva Lind besuchte Oslo.")
    assert [name(ex, m.location) for m in ex.meetings] == ["Oslo"]


@needs_model
def test_talking_about_a_relation_between_two_parties_is_no_meeting_of_them() -> None:
    ex = extract("Die Ministerin Hedda Voss sprach am Montag über das Verhältnis zwischen Polen und Litauen.")
    assert not ex.meetings, [[name(ex, p) for p in m.participants] for m in ex.meetings]
    # the verb's own "zwischen" still names the parties
    ex = extract("Zwischen Polen und Litauen wurde am Montag in Riga verhandelt.")
    assert [sorted(name(ex, p) for p in m.participants) for m in ex.meetings] == [["Litauen", "Polen"]]


@needs_model
def test_treffen_with_a_decision_or_measure_as_object_is_no_meeting() -> None:
    for text in ("Die Ministerin Hedda Voss traf am Montag eine Entscheidung.",
                 "Der Landesvorstand um Karl Lund traf am Dienstag weitere Personalentscheidungen.",
                 "Die Behörden unter Karl Lund trafen Vorkehrungen gegen das Hochwasser."):
        ex = extract(text)
        assert not ex.meetings, (text, [[name(ex, p) for p in m.participants] for m in ex.meetings])
    # a person as object is still met
    ex = extract("Die Ministerin Hedda Voss traf am Montag den Präsidenten Karl Lund.")
    assert [sorted(name(ex, p) for p in m.participants) for m in ex.meetings] == [["Hedda Voss", "Karl Lund"]]


@needs_model
def test_meeting_words_in_other_senses_and_media_interviews_are_no_meetings() -> None:
    """ "Das hat die Bank getroffen" (affected), "eine Schule besuchen" (attend), "ins Treffen
    führen" (put forward), "sprach von X als ..." (mentioned), a talk with a newspaper or a
    news agency (an interview): none is a meeting. Talks with someone are."""
    for text in (
        "Die Sanktionen treffen viele Banken. Das hat auch die Bank Rossija getroffen.",
        "Die Ministerin Eva Lind besuchte als Kind eine Schule in Graz.",
        "Auch Karl Lund führt die Verschwiegenheit als Argument ins Treffen.",
        "Karl Lund hatte Eva Lind selbst ins Gespräch für den Posten gebracht.",
        "Der Kandidat Karl Lund sprach von Eva Lind als Leichtgewicht.",
        "Das sei falsch, sagte Karl Lund im Gespräch mit der Wirtschafts-Nachrichtenagentur Reuters.",
    ):
        assert extract(text).meetings == [], text
    for text in ("Außenminister Karl Lund sprach mit Eva Lind über die Krise.",
                 "Karl Lund und Eva Lind sprachen über die Krise."):
        ex = extract(text)
        parties = [sorted(name(ex, p) for p in m.participants) for m in ex.meetings]
        assert parties == [["Eva Lind", "Karl Lund"]], text


def test_a_meeting_on_a_day_in_the_present_tense_is_planned_without_an_article_date() -> None:
    """ "am Dienstag" with a present-tense verb is a date set, even where the article has no
    date to resolve it; "nach" that the verb governs ("nach einer Lösung suchen") says nothing
    about the meeting, "nach" of a phrase around it does ("nach dem Scheitern in der Runde")."""
    ex = extract("Beim Treffen der Regierung Norwegens am Dienstag wird nach einer Lösung für den "
                 "Hafen gesucht.", date=None)
    assert [m.status for m in ex.meetings] == ["planned"]
    ex = extract("Nach dem Scheitern in der Runde der Ministerpräsidenten Norwegens und Schwedens "
                 "muss Eva Lind nun das Parlament überzeugen.", date=None)
    assert [m.status for m in ex.meetings] == ["held"]


def test_the_subject_after_a_meeting_with_someone_met_them() -> None:
    """ "Nach dem Treffen mit X sagte Y": Y was the other party. Without "mit", or where the
    clause is about another meeting, the subject is no party of it."""
    ex = extract("Nach einem Gespräch mit dem Präsidenten Karl Lund zeigte sich die Ministerin Eva Lind "
                 "zufrieden.")
    assert [sorted(name(ex, k) for k in m.participants) for m in ex.meetings] == [["Eva Lind", "Karl Lund"]]
    ex = extract("Nach dem Gipfel von Karl Lund und Eva Berg kritisierte die Opposition Norwegens die Pläne.")
    assert [sorted(name(ex, k) for k in m.participants) for m in ex.meetings] == [["Eva Berg", "Karl Lund"]]


def test_an_interview_with_a_paper_or_a_programme_of_a_broadcaster_is_no_meeting() -> None:
    for text in ("Grenzen müssten geschützt werden, sagte Karl Lund in einem Gespräch mit dem Standard.",
                 "Das sei ein Fehler, meinte Karl Lund im Gespräch mit dem Morgenecho des ORF."):
        assert extract(text).meetings == [], text


@needs_model
def test_the_round_of_an_election_or_a_tournament_is_no_meeting() -> None:
    """ "Runde zwei der Regionalwahl" is a stage of a vote, whoever takes part in it;
    "die Runde der Außenminister" stays a meeting."""
    for text in ("Tom Lake unterlag bei der zweiten Runde der polnischen Präsidentenwahl knapp.",
                 "Die Front National verlor die zweite Runde der französischen Regionalwahlen deutlich.",
                 "Die dritte Runde der spanischen Meisterschaft gewann der FC Nordstadt."):
        assert extract(text).meetings == [], text
    ex = extract("Die Runde der Außenminister Frankreichs und Polens tagte in Paris.")
    assert [sorted(name(ex, p) for p in m.participants) for m in ex.meetings] == [["Frankreich", "Polen"]]


@needs_model
def test_words_said_in_a_conversation_without_a_named_partner_are_an_interview() -> None:
    """ "klagte X in einem Gespräch am Rande der Messe": a conversation with the reporter;
    "in einem Gespräch mit Y" stays talks between X and Y."""
    ex = extract("Alle Parteien wollen Geld, klagte Tom Lake in einem Gespräch am Rande der Messe.")
    assert ex.meetings == []
    ex = extract("Tom Lake sagte in einem Gespräch mit Anna Berg, man werde klagen.")
    assert [sorted(name(ex, p) for p in m.participants) for m in ex.meetings] == [["Anna Berg", "Tom Lake"]]


@needs_model
def test_conferring_with_sich_is_a_meeting_exchanging_things_is_not() -> None:
    ex = extract("Die Ministerin Eva Lind tauschte sich am Montag in Wien mit Bürgermeister Paul Ries aus.")
    assert [sorted(name(ex, p) for p in m.participants) for m in ex.meetings] == [["Eva Lind", "Paul Ries"]]
    ex = extract("Die Nachbarländer Estland und Lettland tauschten am Montag Gefangene aus.")
    assert ex.meetings == []


@needs_model
def test_the_subject_of_a_clause_set_at_a_congress_takes_part_in_it() -> None:
    # "auf dem/einem ..." (dative) says where the subject acts; "holds a congress" makes it the host
    for text in (
        "Die Linzer ÖVP wird auf einem Parteitag am 12. April einen neuen Obmann wählen.",
        "Die Linzer ÖVP hält am 12. April einen Parteitag ab.",
    ):
        ex = extract(text)
        found = [([name(ex, p) for p in m.participants], m.status) for m in ex.meetings]
        assert found == [(["ÖVP"], "planned")]
    # "drängt auf Gespräche" (accusative): talks the subject wants, held by nobody yet
    ex = extract("Die Linzer ÖVP drängt auf Gespräche.")
    assert ex.meetings == []


@needs_model
def test_a_meeting_before_which_the_clause_happened_is_still_to_come() -> None:
    for text in (
        "Wenige Stunden vor dem Staatsbesuch von Tom Baker in Laos wurde ein Blogger freigelassen.",
        "Zwei Tage vor dem Start des Gipfels von Eva Kramer und Tom Baker in Wien stieg der Ölpreis.",
        "Im Vorfeld des Treffens von Eva Kramer und Tom Baker in Graz gab es Proteste.",
    ):
        ex = extract(text)
        assert [m.status for m in ex.meetings] == ["planned"], text
    # a participle that places the meeting in the past keeps it held
    ex = extract("Schon vor dem gescheiterten Gipfel von Eva Kramer und Tom Baker in Wien gab es Streit.")
    assert [m.status for m in ex.meetings] == ["held"]


@needs_model
def test_a_journey_of_nobody_the_article_names_is_no_visit() -> None:
    for text in (
        "Wer ohne Visum nach Österreich reist, wird zurückgewiesen.",
        "Der Mann wurde in Wien verhaftet. Zuvor sei er nach Belgien und Marokko gereist.",
        "Viele Familien, die nach Schweden reisen wollen, warten an der Grenze.",
    ):
        assert extract(text).meetings == [], text
    ex = extract("Ministerin Eva Kramer traf in Wien ein. Danach reiste sie nach Belgien.")
    # a known traveller's journey is a visit, with the state travelled to as its host
    assert [[name(ex, p) for p in m.participants] for m in ex.meetings] == [["Eva Kramer", "Belgien"]]


@needs_model
def test_dort_is_the_place_named_in_or_into_before_it() -> None:
    """ "flog nach Stockholm und traf dort Y", "reist nach Stockholm. Dort will er Y treffen":
    the meeting is where the traveller went."""
    for text in ("Eva Lind flog am Montag nach Stockholm und traf dort Ole Dahl.",
                 "Eva Lind reist am Montag nach Stockholm. Dort will sie Ole Dahl treffen."):
        ex = extract(text)
        met = [m for m in ex.meetings if {name(ex, k) for k in m.participants} >= {"Eva Lind", "Ole Dahl"}]
        assert [name(ex, m.location) for m in met] == ["Stockholm"], text


@needs_model
def test_die_beiden_meet_as_the_parties_of_the_meeting_just_reported() -> None:
    """ "Die beiden wollen sich im Mai erneut treffen": the two parties of the last meeting, a
    meeting of their own when its status, time or place differs, the same one otherwise."""
    ex = extract("Eva Lind traf Ole Dahl in Oslo. Die beiden wollen sich dort im Mai erneut treffen.")
    assert [([name(ex, k) for k in m.participants], m.status) for m in ex.meetings] == [
        (["Eva Lind", "Ole Dahl"], "held"), (["Eva Lind", "Ole Dahl"], "planned")]
    ex = extract("Eva Lind traf Ole Dahl in Oslo. Die beiden sprachen über die Fischerei.")
    assert len(ex.meetings) == 1
    assert extract("Die beiden wollen sich im Mai treffen.").meetings == []


@needs_model
def test_a_body_that_convenes_meets_without_a_named_member() -> None:
    """ "das Gremium traf sich", "der Ausschuss kam zusammen": a council, board or committee that
    gathers is a meeting with no named participant; advising someone is none."""
    for text in ("Das Gremium traf sich am Abend erneut.",
                 "Der Ausschuss kam am Montag zusammen.",
                 "Die Innenministerkonferenz trifft sich im Juni in Bremen."):
        assert len(extract(text).meetings) == 1, text
    for text in ("Der Verrat traf ihn schwer.",
                 "Der Berater Tom Lake, der unter anderem Karl Lund und Anna Berg beriet, ist tot."):
        assert extract(text).meetings == [], text


@needs_model
def test_the_subject_of_a_relative_clause_is_the_noun_it_describes() -> None:
    ex = extract("Karl Lund, der am Montag Anna Berg traf, lobte das Abkommen.")
    assert [{name(ex, p) for p in m.participants} for m in ex.meetings] == [{"Karl Lund", "Anna Berg"}]


@needs_model
def test_a_next_round_with_its_own_date_is_a_meeting_even_without_a_series_before() -> None:
    """ "Der nächste Parteitag soll am 16. Januar stattfinden": a next meeting with its own time
    is one even when no earlier one is reported; after one, it is the next of the same parties."""
    ex = extract("Der nächste Parteitag soll am 16. Januar in Bonn stattfinden.")
    assert [(m.status, name(ex, m.location)) for m in ex.meetings] == [("planned", "Bonn")]
    ex = extract("Am Montag beginnt die Lohnrunde der Metaller.")
    assert [m.kind for m in ex.meetings] == ["negotiation"]
    ex = extract("Karl Lund und Anna Berg trafen sich am Montag in Genf. "
                 "Die nächste Verhandlungsrunde ist für Mai geplant.")
    assert [({name(ex, p) for p in m.participants}, m.status) for m in ex.meetings] == [
        ({"Karl Lund", "Anna Berg"}, "held"), ({"Karl Lund", "Anna Berg"}, "planned")]


@needs_model
def test_a_name_ends_the_phrase_before_a_titled_partner() -> None:
    """ "traf bei seinem Besuch in Warschau Präsidentin X": the place closes the "in" phrase, so
    the titled person after it is the one met, not another place word."""
    ex = extract("Kanzler Karl Lund traf bei seinem Besuch in Warschau Präsidentin Anna Berg.")
    assert [{name(ex, p) for p in m.participants} for m in ex.meetings] == [{"Karl Lund", "Anna Berg"}]


@needs_model
def test_scoring_in_a_match_report_is_no_meeting() -> None:
    assert extract("Neben dem Stürmer trafen in Lunden Karl Lund mit einem Eigentor und "
                   "Ole Dahl für die Gäste.").meetings == []
    ex = extract("Karl Lund traf sich am Brandenburger Tor mit Anna Berg.")
    assert [{name(ex, p) for p in m.participants} for m in ex.meetings] == [{"Karl Lund", "Anna Berg"}]


@needs_model
def test_a_meeting_called_off_is_neither_held_nor_planned() -> None:
    for text in ("Kanzler Karl Lund sagte seinen Besuch in Schweden ab.",
                 "Der Besuch von Kanzler Karl Lund in Schweden wurde abgesagt.",
                 "Das für Mai geplante Treffen von Karl Lund und Anna Berg wurde abgeblasen.",
                 "Das Gipfeltreffen von Karl Lund und Anna Berg platzte."):
        assert extract(text).meetings == [], text
    ex = extract("Kanzler Karl Lund besucht im Mai Schweden.")
    assert [(m.kind, m.status) for m in ex.meetings] == [("visit", "planned")]


@needs_model
def test_talks_agreed_on_at_a_meeting_are_planned_and_not_held_where_it_was() -> None:
    """ "haben sich bei einem Treffen in Oslo auf neue Verhandlungen verständigt": the meeting in
    Oslo is held; the negotiations agreed on there are still to come, and Oslo is not their place."""
    ex = extract("Karl Lund und Anna Berg haben sich bei einem Treffen in Oslo auf neue Verhandlungen "
                 "über die Fischerei verständigt.")
    found = sorted((m.kind, m.status, name(ex, m.location)) for m in ex.meetings)
    assert found == [("meeting", "held", "Oslo"), ("negotiation", "planned", None)]


@needs_model
def test_a_talk_on_the_margin_of_a_summit_is_the_talk_not_the_summit() -> None:
    """ "führten am Rande des Gipfels ein Gespräch": the two talked; the summit is the setting,
    not a summit of the two."""
    ex = extract("Karl Lund und Anna Berg führten am Rande des Gipfels ein Gespräch.")
    assert [(m.kind, {name(ex, p) for p in m.participants}) for m in ex.meetings] == [
        ("talks", {"Karl Lund", "Anna Berg"})]


@needs_model
def test_a_journey_to_a_state_visits_it() -> None:
    """ "reist nach Polen": the state travelled to hosts the visit, as with "besuchen"."""
    ex = extract("Außenminister Ole Dahl reist am Wochenende nach Polen.")
    assert [({name(ex, p) for p in m.participants}, name(ex, m.location)) for m in ex.meetings] == [
        ({"Ole Dahl", "Polen"}, "Polen")]


@needs_model
def test_office_holders_named_in_a_coordinated_subject_gather_without_a_named_party() -> None:
    """ "Staats- und Regierungschefs kamen zusammen": the office stands in the second conjunct
    of the subject; a crowd of farmers and fishers gathering is no meeting."""
    ex = extract("Nordische Staats- und Regierungschefs kamen am Sonntag in Oslo zu einem "
                 "Krisentreffen zusammen.")
    assert [(m.participants, name(ex, m.location), m.status) for m in ex.meetings] == [([], "Oslo", "held")]
    assert extract("Bauern und Fischer kamen am Sonntag in Lunden zusammen.").meetings == []


@needs_model
def test_being_open_to_a_meeting_is_readiness_not_a_meeting() -> None:
    """ "zeigte sich offen für ein Treffen mit X": no meeting is held or arranged; the subject
    declares readiness to meet (a proposal of its own, answered by nobody)."""
    ex = extract("Präsident Karl Lund zeigte sich offen für ein Treffen mit Ole Dahl.")
    assert ex.meetings == [] and ex.responses == []
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("readiness", "Karl Lund")]
    ex = extract("Präsident Karl Lund traf sich am Montag mit Ole Dahl.")
    assert [sorted(name(ex, p) for p in m.participants) for m in ex.meetings] == [["Karl Lund", "Ole Dahl"]]


@needs_model
def test_a_relative_wo_places_the_meeting_and_the_one_receiving_is_the_host() -> None:
    """ "reiste nach Washington zurück, wo er Y empfing": the meeting is in Washington; the
    one who receives hosts it, so the state is no party of its own."""
    ex = extract("US-Präsident Tom Lake traf am Freitag in Anchorage Kremlchef Ole Dahl. Danach reiste "
                 "Lake nach Washington zurück, wo er am Montag den ukrainischen Präsidenten Karl Lund "
                 "empfing.")
    last = ex.meetings[-1]
    assert name(ex, last.location) == "Washington"
    assert sorted(name(ex, p) for p in last.participants) == ["Karl Lund", "Tom Lake"]


@needs_model
def test_a_round_of_a_league_is_no_meeting() -> None:
    ex = extract("Die nächste Runde der norwegischen Eliteserien-Liga beginnt am Samstag in Oslo.")
    assert ex.meetings == []
    ex = extract("Die nächste Runde der Gespräche zwischen Norwegen und Schweden beginnt am Samstag in Oslo.")
    assert len(ex.meetings) == 1


@needs_model
def test_talks_a_proposal_is_about_are_no_meeting_and_talks_agreed_on_are_planned() -> None:
    """ "begrüßte den Vorschlag Norwegens, Gespräche zu führen": the talks are what is proposed;
    the welcome answers the proposal. "vereinbarten, im Mai Gespräche zu führen": planned."""
    ex = extract("Die Regierung Schwedens begrüßte den Vorschlag Norwegens, Gespräche über die "
                 "Fischerei zu führen.")
    assert ex.meetings == []
    assert [(name(ex, r.actor), r.stance) for r in ex.responses] == [("Schweden", "accept")]
    ex = extract("Schweden und Norwegen vereinbarten, im Mai Gespräche über die Fischerei zu führen.")
    assert [(m.status, m.time.value if m.time else None) for m in ex.meetings] == [("planned", "2025-05")]


@needs_model
def test_delegations_negotiating_are_a_negotiation_without_named_participants() -> None:
    ex = extract("Die Delegationen verhandelten bis tief in die Nacht in Istanbul.")
    assert [(m.kind, m.participants, name(ex, m.location)) for m in ex.meetings] == [
        ("negotiation", [], "Istanbul")]
    # a crowd is no party to a negotiation
    assert extract("Die Kunden verhandelten lange über den Preis.").meetings == []
