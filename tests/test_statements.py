"""Statements: speaker attribution by grammar, continuation, unattributed quotes."""

from __future__ import annotations

from tests.eventsupport import extract, name, needs_model


def speakers(text: str) -> list[str | None]:
    """The speaker names of the statements extracted from `text`, in order."""
    ex = extract(text)
    return [name(ex, s.speaker) for s in ex.statements]


@needs_model
def test_inverted_speech_verb_names_the_speaker() -> None:
    ex = extract("„Wir werden keinen Zentimeter nachgeben“, sagte Präsident Karl Lund am Mittwoch.")
    assert len(ex.statements) == 1
    st = ex.statements[0]
    assert name(ex, st.speaker) == "Karl Lund"
    assert st.quote.startswith("Wir werden keinen Zentimeter")
    assert st.direct


@needs_model
def test_reported_speech_and_konjunktiv_continuation() -> None:
    ex = extract(
        "Kanzler Lars Brandt sagte, die Verhandlungen seien schwierig. "
        "Man sei aber zu weiteren Gesprächen bereit."
    )
    speakers = [name(ex, s.speaker) for s in ex.statements]
    assert speakers == ["Lars Brandt", "Lars Brandt"]
    assert not ex.statements[0].direct


@needs_model
def test_source_phrases() -> None:
    ex = extract(
        "Laut Außenministerin Anna Berg ist eine Einigung möglich. Karl Lund zufolge fehlt das Vertrauen."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Anna Berg", "Karl Lund"]


@needs_model
def test_quote_without_speaker_keeps_none_and_titles_are_no_statements() -> None:
    ex = extract("Auf einem Plakat am Eingang stand: „Wir wollen endlich Frieden haben“.")
    assert ex.statements and all(s.speaker is None for s in ex.statements)
    ex = extract("Im Kino lief am Abend der Film „Der lange Weg“.")
    assert ex.statements == []


@needs_model
def test_inverted_speech_with_auxiliary_first_and_pronoun_speaker() -> None:
    ex = extract(
        "Präsidentin Eva Roth traf am Montag in Wien ein. "
        "Man werde nicht nachgeben, hatte sie am Sonntag ihren Anhängern versprochen."
    )
    st = [s for s in ex.statements if "nachgeben" in s.quote]
    assert st and name(ex, st[0].speaker) == "Eva Roth"


@needs_model
def test_source_of_a_report_is_not_the_speaker() -> None:
    ex = extract("Wie die Zeitung Nordkurier berichtet, fügte Karl Lund hinzu, dass er keine Eile habe.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]


@needs_model
def test_unnamed_official_is_no_speaker() -> None:
    ex = extract("Die Gespräche in Oslo werden fortgesetzt, sagte ein EU-Diplomat.")
    assert all(s.speaker is None for s in ex.statements)


@needs_model
def test_topicalised_object_of_nennen_and_pronoun_inside_inverted_content() -> None:
    ex = extract(
        "Als Grund nannte Außenminister Karl Lund am Sonntag die Verletzung der Waffenruhe. "
        "Sie wollen uns zerstören, hatte Präsidentin Eva Roth am Abend geschrieben."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund", "Eva Roth"]


@needs_model
def test_second_position_konjunktiv_continues_but_indicative_does_not() -> None:
    ex = extract(
        "Kanzler Lars Brandt sagte, die Lage sei ernst. Portugal brauche jetzt Hilfe. "
        "Am Abend wurde die Sitzung vertagt."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Lars Brandt", "Lars Brandt"]


@needs_model
def test_so_listing_examples_and_prefix_sources_are_no_speakers() -> None:
    ex = extract("Nach dem Krieg wurden mehrere Staaten unabhängig, so Estland, Lettland und Litauen.")
    assert ex.statements == []
    ex = extract("Die Zahl der Anträge ist laut der EU-Statistikbehörde gestiegen.")
    assert all(s.speaker is None for s in ex.statements)


@needs_model
def test_inverted_speaker_keeps_name_particles() -> None:
    ex = extract("Der Plan sei nicht akzeptabel, sagte Faisal bin Salman.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Faisal bin Salman"]
    ex = extract(
        "Das Abkommen sei gut, sagte Ursula von der Leyen am Montag. Von der Leyen sagte, man sei bereit."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Ursula von der Leyen"] * 2
    assert [a.name for a in ex.actors if a.category == "Person"] == ["Ursula von der Leyen"]


@needs_model
def test_von_before_a_known_party_is_no_name_particle() -> None:
    ex = extract("Kanzler Olaf Scholz von der SPD sagte, man sei bereit.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Olaf Scholz"]
    assert "SPD" in {a.name for a in ex.actors}


@needs_model
def test_double_space_after_a_full_stop_still_ends_the_sentence() -> None:
    """Spaces after a full stop may end the previous sentence (rule-based splitter) or begin the
    next (parser): either way the evidence is one sentence and the continuation is found."""
    ex = extract(
        "Ministerin Petra Haldane sagte, das Land brauche neue Partner.  "
        "Die Industrie brauche billigere Energie.  Das Wetter war gut."
    )
    sentences = [s.evidence[0].sentence for s in ex.statements]
    assert sentences == [
        "Ministerin Petra Haldane sagte, das Land brauche neue Partner.",
        "Die Industrie brauche billigere Energie.",
    ]
    assert {name(ex, s.speaker) for s in ex.statements} == {"Petra Haldane"}


@needs_model
def test_wie_clause_names_the_source_of_the_main_clause() -> None:
    ex = extract("Wie die Zeitung Nordkurier berichtete, soll Minister Paul Ek bald zurücktreten.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Nordkurier"]
    assert ex.statements[0].quote.startswith("soll Minister Paul Ek")
    # negative: "wie" as a comparison is no source
    ex = extract("Wie im Vorjahr reiste Minister Paul Ek nach Oslo.")
    assert ex.statements == []


@needs_model
def test_possessive_office_speaks_for_its_owner() -> None:
    ex = extract(
        "Premierministerin Helga Sundberg empfing die Delegation. "
        "Oslo werde an den Zöllen festhalten, teilte ihr Büro mit."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Helga Sundberg"]
    # negative: an office without a possessive names nobody
    ex = extract("Oslo werde an den Zöllen festhalten, teilte ein Büro mit.")
    assert all(s.speaker is None for s in ex.statements)


@needs_model
def test_spokesperson_speaks_for_the_named_organisation() -> None:
    ex = extract("Ein Nato-Sprecher sagte der Agentur, man sei zu Gesprächen bereit.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Nato"]  # as the article writes it
    ex = extract("Ein Sprecher der Bundesregierung sagte, man prüfe den Vorschlag.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Bundesregierung"]
    # negative: an unnamed official of a state is still no named speaker
    ex = extract("Ein Nato-Vertreter sagte der Agentur, man sei zu Gesprächen bereit.")
    assert all(name(ex, s.speaker) != "Nato" for s in ex.statements)


@needs_model
def test_relative_clause_between_subject_and_speech_verb() -> None:
    ex = extract(
        "Handelsminister Olaf Dahl sagte, die Gespräche seien schwierig. "
        "Kommissarin Eva Lind traf ihn in Genf. "
        "Lind, die seit Mai die Gespräche führt, erklärte, Brüssel werde keine Zugeständnisse machen."
    )
    assert [name(ex, s.speaker) for s in ex.statements][-1] == "Eva Lind"
    # negative: a sentence-initial pronoun with a relative clause is inverted content
    ex = extract("Alle, die den Vertrag ablehnen, sollen gehen, sagte Olaf Dahl.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Olaf Dahl"]
    assert ex.statements[0].quote.startswith("Alle, die")


@needs_model
def test_plain_reported_main_clause_in_any_mood() -> None:
    ex = extract("Handelsminister Olaf Dahl sagte, beide Länder wollten gemeinsam auftreten.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Olaf Dahl"]
    assert ex.statements[0].quote.startswith("beide Länder wollten")
    # negative: a coordinated new clause after the comma is no content
    ex = extract("Olaf Dahl sagte zu, und die Delegation reiste ab.")
    assert ex.statements == []


@needs_model
def test_fuer_person_copula_dass_states_a_view() -> None:
    ex = extract("Minister Karl Moser sprach in Wien. Für Moser ist es undenkbar, dass die Zölle bleiben.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Moser"]
    # negative: a "für" phrase without a dass clause is no statement
    ex = extract("Für Karl Moser ist ein Treffen in Wien geplant.")
    assert ex.statements == []


@needs_model
def test_ierte_preterite_is_no_reported_continuation() -> None:
    ex = extract(
        "Ein Nato-Sprecher sagte, man sei zu Gesprächen bereit. "
        "Außenministerin Anna Berg telefonierte am Montag mit Kanzler Lars Brandt."
    )
    assert len(ex.statements) == 1
    # positive counterpart: Konjunktiv I of an -ieren verb still continues
    ex = extract("Ein Nato-Sprecher sagte, man sei zu Gesprächen bereit. Man akzeptiere jede Lösung.")
    assert len(ex.statements) == 2


@needs_model
def test_inverted_report_with_auxiliary_first_and_participle_last() -> None:
    """ "..., hatte X (noch ...) gesagt": the speaker sits between auxiliary and participle,
    whether the parser hangs it on the auxiliary or not at all."""
    ex = extract("Der Premier sprach am Abend vor dem Parlament. "
                 "Er werde kein zweiter Karl Brenner, hatte Malenkow noch vergangene Woche gesagt.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Malenkow", "Er werde kein zweiter Karl Brenner")]
    ex = extract("Er werde kein zweiter Karl Brenner, hatte Ministerpräsident Ivo Malenkow "
                 "noch vergangene Woche versprochen.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Ivo Malenkow"]


@needs_model
def test_speaker_in_apposition_and_content_after_it() -> None:
    """ "Als wichtig erachtet die Leiterin ..., Anna Berg, dass ...": the name in apposition to
    the subject speaks, and the content is the dass clause, not the apposition."""
    ex = extract("Als wichtig erachtet die Leiterin des Instituts, Anna Berg, "
                 "dass vor dem Treffen Druck entstanden sei.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Anna Berg", "dass vor dem Treffen Druck entstanden sei")]


@needs_model
def test_second_predicate_with_content_is_not_inverted_speech() -> None:
    """ "X lobte den Plan, kritisierte aber, dass ...": the second verb shares X as subject;
    the text before it is not its content."""
    ex = extract("Der frühere Gesandte in Norwegen, Karl Lund, lobte den Plan, "
                 "kritisierte aber, dass zu wenig Geld bereitstehe.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "dass zu wenig Geld bereitstehe")]


@needs_model
def test_second_predicate_after_comma_is_not_reported_content() -> None:
    """ "X lobte den Plan, forderte aber ...": a finite verb right after the comma continues X's
    actions, and the main clause after a subordinate one ("Nachdem X gesprochen hatte,
    wandten sich ...") is nobody's words; a "wie" clause still cites the source of its main
    clause."""
    ex = extract("Anna Berg lobte den Plan, forderte aber Nachbesserungen.")
    assert ex.statements == []
    assert [(name(ex, p.proposer), p.label) for p in ex.proposals] == [("Anna Berg", "Nachbesserungen")]
    ex = extract("Anna Berg kritisierte den Entwurf, sagte aber, sie sei zu Gesprächen bereit.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Anna Berg", "sie sei zu Gesprächen bereit")]
    ex = extract("Nachdem Karl Lund den Plan erläutert hatte, wandten sich die Verbände gegen die Reform.")
    assert ex.statements == []
    ex = extract("Denn wie Karl Lund am Montag verkündete, stiegen die Preise um vier Prozent.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "stiegen die Preise um vier Prozent")]


@needs_model
def test_what_is_stressed_is_said_even_without_a_clause() -> None:
    """ "betonte die Bedeutung der Zusammenarbeit", "unterstrich ihre Unabhängigkeit": the
    object of a verb of stressing is what was said; under "versuchen" it is only an aim. A
    dash ends the zu-infinitive that "betonte, ... zu wollen" reports."""
    ex = extract("Karl Lund betonte bei seinem Besuch die Bedeutung der Zusammenarbeit.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    ex = extract("Die Partei Nordbund versucht, die Bilanz ihres Bürgermeisters Karl Lund zu betonen.")
    assert ex.statements == []
    ex = extract("Karl Lund betonte am Abend, die Gespräche mit Anna Berg fortsetzen zu wollen – auch "
                 "wenn der Zeitplan knapp ist.")
    assert [s.quote for s in ex.statements] == ["die Gespräche mit Anna Berg fortsetzen zu wollen"]


@needs_model
def test_speech_act_without_content_passes_its_speaker_to_reported_speech() -> None:
    ex = extract("Peter Olsen kritisierte den Entwurf. Er enthalte viele Worte, aber wenig Inhalt. "
                 "Die Partei werde hart verhandeln.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Peter Olsen", "Peter Olsen"]
    assert ex.statements[0].quote.startswith("Er enthalte")
    # negatives: the act itself is no statement, and a weak preterite ("fehlte") is not
    # reported speech
    assert speakers("Peter Olsen kritisierte den Entwurf. Die Partei fehlte bei der Abstimmung.") == []


@needs_model
def test_fronted_object_is_not_the_speaker() -> None:
    """ "Der Ministerin X wirft Y ... vor": the name right after the verb is the subject."""
    assert speakers("Der Ministerin Anna Berg wirft Peter Olsen politische Motive vor.") == ["Peter Olsen"]
    assert speakers("Dem Kanzler Lars Brandt warf Peter Olsen Versagen vor.") == ["Peter Olsen"]


@needs_model
def test_inverted_speech_after_a_main_clause_with_a_comma() -> None:
    """ "Ich weiß, die Ministerin hat es schwer, gestand er ihr zu": the comma after "weiß"
    does not open a relative clause of a subject; the whole text before the verb is said."""
    ex = extract("Peter Olsen sprach in Wien. Ich weiß, die Ministerin hat es schwer, gestand er ihr zu.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Peter Olsen", "Ich weiß, die Ministerin hat es schwer")]
    # negative counterpart: a subject with a relative clause still speaks itself
    ex = extract("Karl Lund, der seit April Unterhändler ist, erklärte, man sei bereit.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [("Karl Lund", "man sei bereit")]


@needs_model
def test_demonstrative_speaker_agrees_in_gender() -> None:
    """ "Dieser" is the latest man mentioned, "Diese" the latest woman (by role nouns)."""
    met = "Präsident Karl Lund traf am Montag Kanzlerin Anna Berg. "
    assert speakers(met + "Dieser sprach von einem Erfolg.") == ["Karl Lund"]
    assert speakers(met + "Diese sprach von einem Erfolg.") == ["Anna Berg"]


@needs_model
def test_subject_of_an_earlier_clause_and_of_the_content_are_not_speakers() -> None:
    """ "X wurde konkret: Y betonte, ..." is Y's; "Z erklärte, Brüssel werde ..." is Z's."""
    assert speakers("Generalinspekteur Karl Lund wurde konkret: Ministerin Anna Berg betonte, "
                    "der Wechsel stelle einen Linksruck dar.") == ["Anna Berg"]
    assert speakers("Kommissarin Eva Lind erklärte, Brüssel werde keine Zugeständnisse machen.") == [
        "Eva Lind"]


@needs_model
def test_a_sentence_with_its_own_speaker_continues_no_one() -> None:
    """Konjunktiv I after a statement continues it, unless the sentence names another speaker
    that kg does not know as an actor ("begründen die Frankfurter ihren Schritt")."""
    said = "Ministerin Anna Berg sagte, man sei bereit. "
    assert speakers(said + "Die Lage sei ernst.") == ["Anna Berg", "Anna Berg"]
    assert speakers(said + "Die Lage sei ernst, begründen die Frankfurter ihren Schritt.") == ["Anna Berg"]
    # "begründen" is a verb of saying of its own
    assert speakers("Peter Olsen begründete den Schritt damit, dass die Lage ernst sei.") == ["Peter Olsen"]
    # a source of its own, named or not, ends the passage; a bare "hieß es" goes on with it
    assert speakers(said + "Die Kosten seien laut einem Gutachten gering.") == ["Anna Berg"]
    assert speakers(said + "Die Kosten seien gering, hieß es aus der Kammer.") == ["Anna Berg"]
    assert speakers(said + "Die Kosten seien gering, hieß es.") == ["Anna Berg", "Anna Berg"]
    fronted = speakers(said + "Aus der Kammer von Karl Lind (SPÖ) hieß es nur: Man sei skeptisch.")
    assert fronted[0] == "Anna Berg" and "Anna Berg" not in fronted[1:]


@needs_model
def test_quotation_over_two_sentences_is_one_statement() -> None:
    """ "„A. B“, sagte X.": one statement of X with the whole quotation; its evidence runs
    from the opening sentence to the closing one."""
    text = ("„Wir wollen keinen Krieg, das habe ich oft gesagt. Aber wenn sie angreifen, "
            "sind wir bereit“, sagte Präsident Karl Lund.")
    ex = extract(text)
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    st = ex.statements[0]
    assert st.direct and st.quote.startswith("Wir wollen keinen Krieg") and "sind wir bereit" in st.quote
    ev = st.evidence[0]
    assert text[ev.sentence_start : ev.sentence_end] == text


@needs_model
def test_er_is_not_a_woman() -> None:
    """ "er" skips the women (by role noun) mentioned since, back to the man."""
    assert speakers("Peter Olsen sprach lange. Die Ministerin Anna Berg (SPD) hörte zu. "
                    "Ich weiß, die Ministerin hat es schwer, gestand er ihr zu.") == ["Peter Olsen"]


@needs_model
def test_das_sagte_x_claims_the_quotation_before() -> None:
    """ "„…“ Das sagte X am Montag.": the quotation is X's; another sentence after it is not."""
    ex = extract("„Wir wollen keinen Krieg, wir wollen Frieden.“ Das sagte Präsident Karl Lund am Montag.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "Wir wollen keinen Krieg, wir wollen Frieden.")]
    assert ex.statements[0].evidence[0].method == "rule:quote-claimed-by-next-sentence"
    assert speakers("„Wir wollen keinen Krieg, wir wollen Frieden.“ Das Treffen endete am Montag.") == [None]


@needs_model
def test_open_quotation_after_a_colon_runs_on_to_its_closing_mark() -> None:
    """ "X sagte: „A. B.“": both sentences are X's, without their quotation marks; a sentence
    after the closing mark is not."""
    ex = extract("Präsident Karl Lund sagte: „Wir wollen keinen Krieg. Aber wir sind bereit.“ "
                 "Danach reiste die Delegation ab.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "Wir wollen keinen Krieg"), ("Karl Lund", "Aber wir sind bereit.")]


@needs_model
def test_indicative_sentence_of_another_named_actor_ends_the_reported_speech() -> None:
    ex = extract(
        "Kanzler Lars Brandt sagte, die Lage sei ernst. "
        "Den Vorwurf, die Regierung habe versagt, wies Ministerin Eva Roth am Montag zurück. "
        "Das Budget sei solide."
    )
    brandt = [s.quote for s in ex.statements if name(ex, s.speaker) == "Lars Brandt"]
    assert brandt and not any("Vorwurf" in q or "Budget" in q for q in brandt)


@needs_model
def test_verb_of_saying_with_particle_keeps_the_reported_speech_going() -> None:
    ex = extract(
        "Kanzler Lars Brandt sagte, die Lage sei ernst. "
        "Brandt sagte weiter, dass man die Grenzen nicht schließen könne. "
        "Es habe sich gezeigt, dass die Regeln nicht funktionierten."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Lars Brandt"] * 3


@needs_model
def test_compound_angaben_and_berichten_von_name_their_source() -> None:
    ex = extract("Nach Pentagon-Angaben wurden zwei Kommandeure getötet.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Pentagon"]
    ex = extract("Auch die Nachrichtenagentur Xinhua berichtete von schweren Kämpfen im Norden.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Xinhua"]
    assert "Kämpfen" in ex.statements[0].quote
    ex = extract("Nach Regierungsangaben blieb die Lage ruhig.")  # no named source in the compound
    assert all(s.speaker is None for s in ex.statements)


@needs_model
def test_konjunktiv2_right_after_reported_speech_continues_it_but_a_condition_does_not() -> None:
    ex = extract("Ein Sprecher der Armee, Oberst Jan Kowalski, sagte, die Lage sei ruhig. "
                 "Die Rebellen hätten in der Nacht zwei Dörfer angegriffen.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Jan Kowalski"] * 2
    ex = extract("Oberst Jan Kowalski sagte, die Lage sei ruhig. "
                 "Wenn es regnet, wären die Straßen unpassierbar.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Jan Kowalski"]


@needs_model
def test_hearsay_sollen_right_after_reported_speech_continues_it() -> None:
    ex = extract("Oberst Jan Kowalski sagte, die Lage sei ruhig. "
                 "Die Angreifer sollen zuvor die Grenze überquert haben.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Jan Kowalski"] * 2
    ex = extract("Oberst Jan Kowalski sagte, die Lage sei ruhig. Die Soldaten sollen morgen abziehen.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Jan Kowalski"]


@needs_model
def test_subject_of_the_content_clause_is_not_the_speaker() -> None:
    ex = extract("Ein US-Regierungsvertreter sagte, Li Wei wolle am Freitag ein neues System verkünden.")
    assert "Li Wei" not in [name(ex, s.speaker) for s in ex.statements]


@needs_model
def test_a_cited_document_names_its_author_as_source_but_not_a_time_phrase() -> None:
    ex = extract("Von den Abfällen sind laut Studie des Ökologie-Instituts in Wien zwei Drittel vermeidbar.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Ökologie-Institut"]
    ex = extract("Nach einem Bericht der Weltbank wächst die Wirtschaft langsamer.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Weltbank"]
    ex = extract("Nach dem Bericht der Kommission trat der Minister zurück.")
    assert ex.statements == []


@needs_model
def test_fuer_x_with_a_judging_predicate_is_x_s_view_but_a_reported_fact_is_not() -> None:
    ex = extract("Für Simone Berg, die Chefin der Inselregierung, ist allerdings Paris für die Probleme "
                 "verantwortlich.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Simone Berg"]
    ex = extract("Für Finanzminister Karl Huber (ÖVP) ist die Reform dringend notwendig.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Huber"]
    ex = extract("Für Karl Huber war es der dritte Besuch in Wien.")
    assert ex.statements == []


@needs_model
def test_first_person_sentences_continue_the_speaker_where_quotation_marks_are_stripped() -> None:
    stripped = (
        "Die Gewerkschafterin Petra Holm warnte, die Kürzungen seien gefährlich. "
        "Wir werden diese Pläne nicht hinnehmen. "
        "Die Verhandlungen beginnen am Montag."
    )
    ex = extract(stripped)
    assert [name(ex, s.speaker) for s in ex.statements] == ["Petra Holm", "Petra Holm"]
    assert ex.statements[1].quote.startswith("Wir werden diese Pläne")
    # where the text keeps its quotation marks, a first person outside them is the writer's
    marked = (
        "„Das ist falsch“, sagte Petra Holm. „Wir bleiben hart“, fügte sie hinzu. "
        "Wir haben beim Ministerium nachgefragt."
    )
    ex = extract(marked)
    assert not any(s.quote.startswith("Wir haben beim") for s in ex.statements)


@needs_model
def test_first_person_words_after_a_colon_are_those_of_the_one_actor_named_before_it() -> None:
    ex = extract(
        "Die Ministerin Eva Roth blieb am Montag hart: Wir zahlen keinen Cent mehr. "
        "Der Kanzler reiste nach Paris: Die Gespräche beginnen am Montag."
    )
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Eva Roth", "Wir zahlen keinen Cent mehr.")
    ]
    # with quotation marks kept, the colon rule is not needed and does not apply
    marked = extract(
        "„Das ist gut“, sagte Eva Roth. „Mehr nicht“, fügte sie hinzu. Eva Roth blieb hart: Wir zahlen nicht."
    )
    assert not any(s.quote.startswith("Wir zahlen") for s in marked.statements)


@needs_model
def test_a_postposed_adjective_of_conviction_names_its_own_speaker() -> None:
    ex = extract(
        "Der Minister Karl Lund sagte, die Lage sei ernst. "
        "Die Regierung habe versagt, ist die Abgeordnete Anna Berg überzeugt."
    )
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "die Lage sei ernst"),
        ("Anna Berg", "Die Regierung habe versagt."),
    ]


@needs_model
def test_a_closing_wie_clause_names_the_source_of_the_sentence() -> None:
    ex = extract("Die Zahl der Anträge stieg um zwölf Prozent, wie das Innenministerium am Montag mitteilte.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Innenministerium", "Die Zahl der Anträge stieg um zwölf Prozent")
    ]
    # an unnamed source ("Helfer") or an adjective names nobody: no statement
    ex = extract("In Tartus wurden zwei Menschen verletzt, wie syrische Helfer berichteten.")
    assert ex.statements == []
    # a comparison with "wie man ihn nennt" is no attribution
    ex = extract("Bald wurde es ruhig um den Gouverneur, wie man ihn in Linz nennt.")
    assert ex.statements == []


@needs_model
def test_demnach_and_dem_bericht_zufolge_continue_the_source_named_before() -> None:
    text = (
        "Die Zahl der Überfälle ist nach Angaben der Gewerkschaft Verdi gestiegen. "
        "Die Polizei registrierte demnach 412 Fälle. "
        "Dem Bericht zufolge wurden 31 Menschen verletzt. "
        "Wurden demnach auch Kinder verletzt?"
    )
    ex = extract(text)
    assert [name(ex, s.speaker) for s in ex.statements] == ["Verdi", "Verdi", "Verdi"]
    assert ex.statements[1].quote.startswith("Die Polizei registrierte demnach")
    # without a source before, "demnach" attributes nothing
    ex = extract("Die Polizei registrierte demnach 412 Fälle.")
    assert ex.statements == []
    # the "sollen" of a continued source is hearsay, no demand
    ex = extract("Laut der Nordlicht AG fielen 20 Stellen weg. Dem Bericht zufolge sollen mehr folgen.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Nordlicht AG", "Nordlicht AG"]
    assert ex.proposals == []


@needs_model
def test_the_source_of_nach_angaben_follows_the_noun_or_is_its_genitive() -> None:
    ex = extract("Die Lage in Mali droht nach Einschätzung der Vereinten Nationen zu eskalieren.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Vereinten Nationen"]
    # an unnamed source after the noun names nobody; the place before it is no source
    ex = extract("Bei Kämpfen in Mali ist nach Angaben unabhängiger Experten Giftgas eingesetzt worden.")
    assert ex.statements == []
    ex = extract("Eine Million Euro hat die ÖVP nach eigenen Angaben bereits ausgegeben.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["ÖVP"]


@needs_model
def test_a_spokesperson_von_a_person_speaks_for_that_person() -> None:
    ex = extract(
        "Ministerin Eva Lind empfing am Montag Gouverneur Paul Moor. "
        "Ein Sprecher von Moor sagte, der Besuch sei ein Erfolg gewesen."
    )
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Paul Moor", "der Besuch sei ein Erfolg gewesen")
    ]


@needs_model
def test_nested_speech_belongs_to_the_outer_reporter() -> None:
    # the reporter is unnamed, so no statement at all, and never one by the reported person
    ex = extract("Eine Beraterin sagte, Ministerin Eva Lind wolle am Freitag einen Plan verkünden.")
    assert all(name(ex, s.speaker) != "Eva Lind" for s in ex.statements)
    # negative: a plain report by the named person stays hers
    ex = extract("Ministerin Eva Lind sagte, sie wolle am Freitag einen Plan zur Reform verkünden.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Eva Lind"]


@needs_model
def test_question_before_so_keeps_its_content() -> None:
    ex = extract("Wozu noch warten, wenn alle Zahlen längst auf dem Tisch liegen?, so Lund.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Lund"]
    assert ex.statements[0].quote.startswith("Wozu noch warten")


@needs_model
def test_medium_of_a_zufolge_phrase_only_passes_the_words_on() -> None:
    ex = extract(
        "Die Gespräche seien gescheitert, erklärte Sprecher Olaf Dahl der Zeitung Nordkurier zufolge. "
        "Man wolle aber weiter verhandeln."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Olaf Dahl", "Olaf Dahl"]
    # negative: without a verb of saying the source phrase names the speaker
    ex = extract("Der Zeitung Nordkurier zufolge sind die Gespräche gescheitert.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Nordkurier"]


@needs_model
def test_reported_speech_goes_on_after_a_frame_statement() -> None:
    ex = extract(
        "Trotz des Regens zeigt sich Karl Lund davon überzeugt, dass das Hafenfest stattfinden werde. "
        "Ob dann zehn oder hundert Gäste kämen, sei gleich. "
        "Die Stadt könne jeden Ansturm bewältigen. Die Wetterdienste sehen das anders."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"] * 3
    # negative: the indicative sentence after the reported speech is the writer's
    assert not any(s.quote.startswith("Die Wetterdienste sehen") for s in ex.statements)


@needs_model
def test_wie_clause_with_a_time_apposition_names_the_source() -> None:
    ex = extract("Die Zahl der Pendler stieg, wie das Verkehrsministerium heute, Montag mitteilte.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Verkehrsministerium"]
    assert ex.statements[0].quote.startswith("Die Zahl der Pendler stieg")
    ex = extract("Wie das Verkehrsministerium heute, Montag, mitteilte, stieg die Zahl der Pendler.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Verkehrsministerium"]


@needs_model
def test_state_adjective_of_media_or_an_unnamed_person_is_no_speaker() -> None:
    ex = extract("Der Minister trete zurück, berichteten norwegische Medien. Ein Nachfolger stehe fest.")
    assert all(s.speaker is None for s in ex.statements)
    ex = extract("Man sei zu Gesprächen bereit, sagte ein norwegischer Offizier.")
    assert all(s.speaker is None for s in ex.statements)
    # negative: an organ of the state speaks for it
    ex = extract("Man sei zu Gesprächen bereit, erklärte die norwegische Armee.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Norwegen"]


@needs_model
def test_unnamed_speaker_ends_the_previous_speech() -> None:
    ex = extract(
        "Die Fähre werde ab Mai wieder fahren, sagte Karl Lund. "
        "Wir hoffen auf mehr Gäste, sagte ein Hafenvertreter. "
        "Die Gemeinde werde die Gebühren senken."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    # negative: a definite role noun may be the same speaker, the speech goes on
    ex = extract("Karl Lund sagte, die Lage sei ernst. Man sei aber zuversichtlich.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund", "Karl Lund"]


@needs_model
def test_named_title_holder_not_the_genitive_owner_is_the_source() -> None:
    ex = extract("Laut Russlands Präsident Wladimir Putin ist die Lage an der Grenze ruhig.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Wladimir Putin"]
    ex = extract("Nach Ansicht von Norwegens Ministerpräsident Karl Lund (SP) ist es nur eine Stellungnahme.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    # negative: a genitive source without a title after it stays the source
    ex = extract("Nach Angaben Russlands ist die Lage an der Grenze ruhig.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Russland"]


@needs_model
def test_media_and_institutes_named_like_common_words_are_sources_where_cited() -> None:
    ex = extract("Die Inflation sinke laut Wifo im Herbst deutlich.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Wifo"]
    ex = extract(
        "Der Umbau des Bahnhofs werde teurer, berichtete der Kurier am Montag. "
        "Demnach seien noch zwei Millionen Euro offen."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Kurier", "Kurier"]
    ex = extract("Die Mieten sind nach Angaben des Berliner Kuriers im Frühjahr gesunken.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Kurier"]
    # the same word that is not cited names nothing
    ex = extract("Ein Kurier brachte am Montag die Unterlagen ins Ministerium.")
    assert [a.name for a in ex.actors if a.name == "Kurier"] == []


@needs_model
def test_reported_speech_goes_on_past_a_verb_of_saying_with_a_plain_object() -> None:
    # "annehmen" can introduce speech ("nimmt an, dass"), but with an object it is accepting
    ex = extract(
        "Der Umbau werde teurer, sagte Karl Lund am Montag. Der Verband wolle die Einladung annehmen."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund", "Karl Lund"]


@needs_model
def test_the_reporter_of_a_wie_clause_speaks_not_the_agency_that_passed_it_on() -> None:
    ex = extract(
        "Das Abkommen wurde am Montag unterzeichnet, wie der Sender Radio Nord am Abend "
        "laut Reuters berichtete."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Radio Nord"]


@needs_model
def test_rejecting_a_claim_stated_in_a_clause_is_a_statement_of_denial() -> None:
    ex = extract("Sprecher Karl Lund weist den Vorwurf, dass die Behörde Akten zurückhalte, zurück.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "dass die Behörde Akten zurückhalte")
    ]
    # the object fronted ("Den Vorwurf ... wies der Minister zurück"), its speaker a role noun
    ex = extract(
        "Finanzminister Karl Lund hat die Regeln erlassen. "
        "Den Vorwurf, dass die Regierung uneins sei, wies der Minister am Montag zurück."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    # a claim without its content is denied, but nothing is quoted
    assert extract("Karl Lund wies die Vorwürfe am Montag zurück.").statements == []


@needs_model
def test_a_role_noun_refers_back_to_the_holder_of_the_same_office_under_another_title() -> None:
    ex = extract(
        "Premier Karl Lund wies die Forderungen zurück. Die Lage sei ernst, sagte der Ministerpräsident."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    # a seat of power stands for its state: "der Kremlchef" is Russia's president
    ex = extract("Russlands Präsident Karl Lund kam nach Oslo. Die Lage sei ernst, sagte der Kremlchef.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    # the head of something else is not the head of government
    ex = extract("Kampagnenchef Karl Lund kam nach Oslo. Die Lage sei ernst, sagte der Bundeskanzler.")
    assert [name(ex, s.speaker) for s in ex.statements] == []


@needs_model
def test_konjunktiv_ii_of_strong_verbs_continues_reported_speech() -> None:
    ex = extract("Karl Lund warnte vor neuen Engpässen. Die Lager befänden sich kurz vor dem Leerstand.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund", "Karl Lund"]  # the warning, then
    ex = extract("Karl Lund sagte, die Lage sei ernst. Es gäbe keine Alternative.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund", "Karl Lund"]
    # the writer's own indicative sentence after it is not his
    ex = extract("Karl Lund sagte, die Lage sei ernst. Die Lager befinden sich kurz vor dem Leerstand.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]


@needs_model
def test_a_negated_verb_of_saying_without_a_clause_says_nothing() -> None:
    assert extract("Abgeordneter Karl Lund äußerte sich nicht zu den Plänen seiner Partei.").statements == []
    assert extract("Zu den Plänen der Partei äußerte sich Karl Lund nicht.").statements == []
    # a negated denial still reports what was conceded
    ex = extract("Karl Lund bestritt nicht, dass er das Geld erhalten habe.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]


@needs_model
def test_an_age_noun_refers_back_to_the_person_named_before() -> None:
    ex = extract("Bürgermeister Karl Lund tritt an. Die Stadt brauche neue Ideen, sagte der 61-Jährige.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    ex = extract("Eva Lind wurde gewählt. Sie freue sich auf die Aufgabe, sagte die 45-Jährige.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Eva Lind"]
    # a plural age noun is a group of people, not the person before
    ex = extract("Bürgermeister Karl Lund tritt an. Die Stadt sei zu teuer, sagten die 20-Jährigen.")
    assert [s.speaker for s in ex.statements if "teuer" in s.quote] in ([], [None])


@needs_model
def test_reported_speech_after_a_stance_is_the_words_of_whoever_took_it() -> None:
    ex = extract(
        "Der Vorstand der Nordbank AG (NB), Karl Lund, zeigte sich in einer Mitteilung zufrieden "
        "mit dem Abschluss. Der Verkauf der Anteile sei ein richtiger Schritt. Künftig wolle sich "
        "die Bank auf ihr Kerngeschäft konzentrieren."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund", "Karl Lund"]
    assert ex.statements[0].quote.startswith("Der Verkauf der Anteile")
    # the writer's indicative sentence after the stance is nobody's statement
    ex = extract("Karl Lund zeigte sich enttäuscht über das Angebot. Der Verkauf ist ein Schritt.")
    assert ex.statements == []


@needs_model
def test_an_adverb_misread_as_a_verb_and_an_age_noun_leave_the_speaker_found() -> None:
    ex = extract("Der Rechnungshof stellte wiederholt fest, dass die Gemeinden ihre Budgets "
                 "verschieden führen.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Rechnungshof"]
    ex = extract("Karl Lund leitet die Stadt seit 2004. Der 58-Jährige hat wiederholt angekündigt, "
                 "im Herbst nicht mehr zu kandidieren.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]


@needs_model
def test_reported_speech_after_a_colon_is_the_main_clause_subjects() -> None:
    ex = extract("Karl Lund, Chef der Gewerkschaft, geht noch weiter: Es brauche mehr Pflegekräfte "
                 "statt neuer Dienstpläne.")
    assert [(name(ex, s.speaker), s.quote[:13]) for s in ex.statements] == [("Karl Lund", "Es brauche me")]
    # a topic before the colon, an indicative after it, or a quotation inside a relative clause: none
    assert extract("Zu den Plänen von Karl Lund: Es brauche mehr Pflegekräfte.").statements == []
    assert extract("Karl Lund hat ein Ziel: Die Steuern sinken.").statements == []
    ex = extract("Dort gilt eine andere Sicht, die der frühere Präsident Karl Lund so gefasst hat: "
                 "Sein Land habe genug gezahlt.")
    assert [name(ex, s.speaker) for s in ex.statements] != ["Karl Lund"]


@needs_model
def test_a_role_noun_with_its_holder_in_apposition_names_the_holder_for_later_role_nouns() -> None:
    ex = extract("Der Vizepräsident der Ärztekammer, Karl Lund, kritisierte die Pläne. Die Kammer sei "
                 "nicht gefragt worden. Am Abend sagte der Vizepräsident außerdem: Die Praxis habe "
                 "gezeigt, dass es auch ohne Gesetz gehe.")
    said = [(name(ex, s.speaker), s.quote[:10]) for s in ex.statements]
    assert ("Karl Lund", "Die Praxis") in said


@needs_model
def test_da_as_an_adverb_before_the_verb_opens_reported_words_not_a_subordinate_clause() -> None:
    ex = extract("Da sind einige Kosten nicht berücksichtigt, sagte der Ökonom Helmut Brand.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Helmut Brand"]
    # negative: a conjunction ("als", "da") opens a subordinate clause, which is no content
    ex = extract("Als der Plan scheiterte, sagte der Ökonom Helmut Brand nichts.")
    assert not ex.statements


@needs_model
def test_a_parenthetical_so_x_leaves_both_halves_of_the_sentence_in_the_quote() -> None:
    ex = extract("Die Reform der Pflege, so Lund, sei längst überfällig.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Lund", "Die Reform der Pflege sei längst überfällig.")]
    # an apposition after the speaker is no part of the quote
    ex = extract("Die Reform der Pflege sei längst überfällig, so Lund, der Chef der Kammer.")
    assert [s.quote for s in ex.statements] == ["Die Reform der Pflege sei längst überfällig"]


@needs_model
def test_an_interview_turn_ends_where_the_article_names_the_interviewee_by_a_noun_surname() -> None:
    ex = extract(
        "Die Gewerkschafterin Anna Stumpf im Gespräch über Löhne. "
        "STANDARD: Was fordern Sie? Stumpf: Wir wollen zehn Prozent mehr. Das ist nicht zu viel. "
        "STANDARD: Und wenn nicht? Stumpf: Dann streiken wir. "
        "Stumpf ist seit vier Jahren Vorsitzende der Gewerkschaft. Sie wohnt in Graz.")
    quotes = [s.quote for s in ex.statements if name(ex, s.speaker) == "Anna Stumpf"]
    assert any("zehn Prozent" in q for q in quotes), quotes
    assert not any("Vorsitzende" in q or "Graz" in q for q in quotes), quotes


@needs_model
def test_reported_speech_after_a_demand_is_the_demanders() -> None:
    """A demand or appeal made with a verb is a speech act: the Konjunktiv I after it goes on
    with the same person's words; a demand named by a noun has nobody speaking."""
    ex = extract("Die Ökonomin Petra Sommer plädiert für kürzere Arbeitszeiten. "
                 "Davon hätten am Ende alle etwas, weil die Beschäftigten gesünder blieben.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Petra Sommer"]
    assert ex.statements[0].quote.startswith("Davon hätten")
    ex = extract("Die Forderung der Gewerkschaft nach kürzeren Arbeitszeiten ist bekannt. "
                 "Davon hätten am Ende alle etwas, weil die Beschäftigten gesünder blieben.")
    assert [name(ex, s.speaker) for s in ex.statements] == []
    ex = extract("Die Ökonomin Petra Sommer plädiert für kürzere Arbeitszeiten. "
                 "Sommer sei das Risiko durchaus bewusst.")
    assert "Petra Sommer" not in [name(ex, s.speaker) for s in ex.statements]


@needs_model
def test_muessten_right_after_reported_speech_continues_it_as_a_demand() -> None:
    """ "müsste" is Konjunktiv II only (the indicative is "musste"): right after reported
    speech it goes on with the speaker's words, and what it calls necessary is demanded."""
    ex = extract("Oberst Jan Kowalski sagte, die Lage an der Grenze sei angespannt. "
                 "Es müssten dringend mehr Beobachter entsandt werden.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Jan Kowalski"] * 2
    assert [name(ex, p.proposer) for p in ex.proposals if p.kind == "demand"] == ["Jan Kowalski"]


@needs_model
def test_fuer_a_person_after_the_copula_of_a_judgement_states_their_view() -> None:
    """ "Dass ..., ist für X kein Widerspruch": X judges; the Konjunktiv after it goes on with
    X's words. A "für" phrase that only says whom something concerns states nothing."""
    ex = extract("Dass die Länder zusätzlich einen eigenen Vertrag schließen wollen, ist für "
                 "Finanzministerin Eva Lind auch kein Widerspruch. Der Inhalt sei derselbe.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Eva Lind"] * 2
    ex = extract("Das Treffen ist für Ministerin Eva Lind der dritte Besuch in Wien.")
    assert ex.statements == []


def test_a_noun_for_the_type_of_an_organisation_speaks_for_the_one_named_before() -> None:
    # a short name in brackets after the name is the same organisation, not a second one
    ex = extract("Die Fluglinie Nordic Airways (NAW) streicht im Winter viele Flüge. "
                 "Wie das Unternehmen am Dienstag mitteilte, sollen zwei Maschinen verkauft werden.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Nordic Airways"]
    ex = extract("Die Zeitung Nordkurier hat neue Zahlen veröffentlicht. Die Zahl der Einbrüche sei "
                 "gestiegen, schrieb die Zeitung am Freitag.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Nordkurier"]


def test_a_type_noun_with_two_candidates_in_view_or_as_an_object_stays_open() -> None:
    # two companies in view: "das Unternehmen" may be either
    ex = extract("Die Nordwind AG verhandelt mit der Baltica GmbH über eine Fusion. Das Unternehmen "
                 "teilte mit, man sei zuversichtlich.")
    assert [name(ex, s.speaker) for s in ex.statements] in ([], [None])
    # an object of the verb of saying is no speaker
    ex = extract("Die Partei Neue Mitte verliert Mitglieder. Viele Mitglieder werfen der Partei vor, "
                 "die Basis vergessen zu haben.")
    assert "Neue Mitte" not in [name(ex, s.speaker) for s in ex.statements]


def test_a_type_noun_refers_to_the_organisation_the_article_introduced_with_it() -> None:
    """ "Der Energiekonzern X ... die Y GmbH ... der Konzern": of two companies in view, the
    one named after a noun ending in the type noun is meant."""
    ex = extract("Der Energiekonzern Nordwerk verhandelt mit der Baltica GmbH über eine Fusion. "
                 "Die Verhandlungen kämen gut voran, erklärte der Konzern am Dienstag.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Nordwerk"]


def test_the_spokesperson_introduced_with_their_body_is_the_one_meant_again() -> None:
    """ "eine Sprecherin der Bezirksregierung ... sagte die Sprecherin": the same spokesperson,
    not one of the organisation named in between."""
    ex = extract("Die Lage sei unter Kontrolle, erklärte eine Sprecherin der Bezirksregierung. Das Feuer "
                 "brach in einer Halle der Hilfsorganisation Nordhilfe aus. Zwei Lagerräume seien "
                 "zerstört, erklärte die Sprecherin.")
    assert "Nordhilfe" not in [name(ex, s.speaker) for s in ex.statements]


@needs_model
def test_the_outlet_told_is_no_speaker_and_an_inverted_spokesperson_speaks_for_their_body() -> None:
    """ "X sagte der Nachrichtenagentur Y, ...": the parser may make the dative a second subject;
    a feminine noun after "der" is dative or genitive, never the speaker. "..., sagte eine
    Sprecherin der Regierung Norwegens": the spokesperson after the verb speaks for the body in
    their genitive, as before it."""
    ex = extract("Außenminister Karl Lund sagte der Zeitung Nordkurier, Norwegen sei offen für Gespräche.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    ex = extract("Die Lage sei ernst, sagte eine Sprecherin der Regierung Norwegens am Abend.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [("Norwegen", "Die Lage sei ernst")]


def test_a_possessive_source_marker_names_the_speaker() -> None:
    """ "seiner Ansicht nach", "nach ihrer Einschätzung": the owner is the source; the marker
    is no part of what is said."""
    ex = extract("Der Ökonom Karl Lund sprach in Bergen. Die Preise werden seiner Ansicht nach weiter "
                 "steigen.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "Die Preise werden weiter steigen.")
    ]
    ex = extract("Die Richterin Eva Lind kandidiert. Das Abkommen müssten ihrer Meinung nach alle Bewerber "
                 "unterzeichnen.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Eva Lind"]
    # an opinion named as the object of a verb is no source marker
    ex = extract("Der Minister Karl Lund sagte, er sei zufrieden. Es sei wichtig, seine Meinung zu "
                 "äußern, so wie es die Studenten getan hätten.")
    assert [s.quote for s in ex.statements][1:] == [
        "Es sei wichtig, seine Meinung zu äußern, so wie es die Studenten getan hätten."
    ]


def test_verbs_of_opinion_after_what_was_said_and_an_institute_as_speaker() -> None:
    ex = extract("Die Lage werde sich bald bessern, findet die Ökonomin Eva Lind.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Eva Lind", "Die Lage werde sich bald bessern")
    ]
    ex = extract("Ein Verbot wäre unverhältnismäßig, pflichtete ihm der Anwalt Karl Lund bei.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    # "finden" without a clause finds or judges something: no statement
    assert extract("Die Ökonomin Eva Lind findet die Lösung gut.").statements == []
    # an institute named without article is the speaker of an inverted verb of saying
    ex = extract("Die Zahl der Arbeitslosen würde deutlich steigen, sagt Wifo.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Wifo"]


def test_a_state_councillor_named_by_title_and_content_misread_as_adverbial() -> None:
    # "Landesrat"/"Landesrätin" is a person's title, and "der Landesrat" refers back to him
    ex = extract("Bildungslandesrat Karl Lund stellte eine Studie vor. Die Zahlen seien ein klarer "
                 "Auftrag, betonte der Landesrat.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    # "Wie andere Ämter auch, ..." read as an adverbial clause of the verb of saying
    ex = extract("Finanzminister Karl Lund will Ämter schließen. Wie andere Behörden auch, stehen wir "
                 "unter großem Spardruck, sagte der Minister.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "Wie andere Behörden auch, stehen wir unter großem Spardruck")
    ]
    # a temporal clause before the verb is no content
    assert extract("Finanzminister Karl Lund kam nach Oslo. Als er ankam, sagte der Minister "
                   "nichts.").statements == []


def test_dieser_refers_to_the_person_named_last_who_is_not_the_subject() -> None:
    ex = extract("Die Ministerin Eva Berg traf den Bürgermeister Ole Lund. Dieser forderte mehr Geld für "
                 "die Bahn.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Ole Lund")]
    ex = extract("Die Ministerin Eva Berg traf den Bürgermeister Ole Lund. Dieser sagte, er sei zufrieden.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Ole Lund"]


def test_reported_speech_after_a_sentence_about_a_named_subject_is_theirs() -> None:
    """Konjunktiv I right after a sentence whose only main clause has a named subject, though
    its verb is none of saying, reports that subject; not where the sentence has two main
    clauses, or the reported sentence names a source of its own."""
    ex = extract("Der Landesrat Karl Lund verteidigte am Montag das Budget. Die Ausgaben seien notwendig "
                 "gewesen.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "Die Ausgaben seien notwendig gewesen.")
    ]
    ex = extract("Zwar hat die Ministerin Eva Berg den Auftrag erteilt, der Prüfer fühlte sich aber "
                 "gebremst. Die Berichte seien viel zu aufwendig.")
    assert "Eva Berg" not in [name(ex, s.speaker) for s in ex.statements]
    ex = extract("Der Landesrat Karl Lund sah das Problem ganz woanders. Die Opposition sagte, die Lage "
                 "sei ernst.")
    assert "Karl Lund" not in [name(ex, s.speaker) for s in ex.statements]


def test_the_chief_of_an_international_body_is_its_secretary_general_not_a_partys() -> None:
    ex = extract("NATO-Generalsekretär Karl Lund besuchte am Montag Oslo. Die Allianz stehe zusammen, "
                 "betonte der NATO-Chef.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    # a party's secretary-general is not its chief, nor another party's
    for chef in ("FPÖ-Chef", "SPÖ-Chef"):
        ex = extract(f"FPÖ-Generalsekretär Karl Lund besuchte am Montag Linz. Die Partei stehe zusammen, "
                     f"betonte der {chef}.")
        assert "Karl Lund" not in [name(ex, s.speaker) for s in ex.statements], chef


def test_diese_with_a_singular_verb_is_the_woman_named_last() -> None:
    ex = extract("Der Minister Karl Lund traf die Bürgermeisterin Eva Berg. Diese forderte mehr Geld für "
                 "die Bahn.")
    assert [(p.kind, name(ex, p.proposer)) for p in ex.proposals] == [("demand", "Eva Berg")]
    # with a plural verb "diese" are several; as a determiner it points to a thing
    ex = extract("Der Minister Karl Lund traf die Bürgermeisterinnen Eva Berg und Anna Sand. Diese "
                 "forderten mehr Geld für die Bahn.")
    assert not {"Eva Berg", "Anna Sand"} & {name(ex, p.proposer) for p in ex.proposals}


def test_a_bare_spokesperson_speaks_for_the_one_organisation_in_view() -> None:
    ex = extract("Die Reederei Nordwind AG streicht Stellen. Es seien 300 Stellen betroffen, sagte ein "
                 "Sprecher.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Reederei Nordwind AG"]
    # a spokesperson with a genitive of his own, or one the article names, is not the company's
    ex = extract("Die Reederei Nordwind AG streicht Stellen. Es gebe keine Verletzten, sagte ein Sprecher "
                 "der Polizei.")
    assert "Reederei Nordwind AG" not in [name(ex, s.speaker) for s in ex.statements]
    ex = extract("Regierungssprecher Karl Lund trat auf. Die Reederei Nordwind AG streicht Stellen. Man "
                 "nehme das ernst, sagte der Sprecher.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]


@needs_model
def test_a_named_medium_after_a_state_adjective_is_the_source_after_laut() -> None:
    ex = extract("Die Brücke bleibt laut der spanischen Zeitung El Mundo bis Ende Mai gesperrt.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["El Mundo"]
    ex = extract("Laut dem französischen Sender TF1 wurde der Täter gefasst.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["TF1"]
    # negative: with no name after it, the state of the adjective stays the source
    ex = extract("Laut russischen Angaben wurde der Täter gefasst.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Russland"]


@needs_model
def test_a_negated_verb_of_saying_with_an_indirect_question_says_nothing() -> None:
    for text in (
        "Innenminister Karl Berger wollte sich nicht äußern, ob die Soldaten getötet wurden.",
        "Berger wollte nicht sagen, wann die Grenze geöffnet wird.",
        "Berger erinnert sich nicht, ob er das gesagt hat.",
    ):
        assert extract(text).statements == [], text
    # "nicht nur", an indirect question said, and a denial not made still report words
    for text in (
        "Berger sagte nicht nur, wann die Grenze geöffnet wird.",
        "Berger sagte, wann die Grenze geöffnet wird.",
        "Berger bestritt nicht, dass die Grenze geöffnet wird.",
    ):
        assert [name(extract(text), s.speaker) for s in extract(text).statements] == ["Berger"], text


@needs_model
def test_the_one_asked_and_the_one_seen_are_no_speakers() -> None:
    assert extract("Ministerin Eva Lind wurde gefragt, ob sie zurücktreten werde.").statements == []
    assert extract("Im Video ist Karl Lund zu sehen, wie er durch die Menge geht.").statements == []
    # the one asking speaks; "sehen" as an opinion stays a verb of saying
    ex = extract("Die Grünen fragten Ministerin Eva Lind, ob sie zurücktreten werde.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Die Grünen"]
    ex = extract("Lind sagte, sie sehe keinen Grund zurückzutreten.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Lind"]


@needs_model
def test_a_press_release_without_author_is_issued_by_the_subject_before_it() -> None:
    ex = extract("Die Arbeiterkammer ist zu raschen Gesprächen bereit, hieß es in der Presseaussendung.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Arbeiterkammer"]
    ex = extract("Die Arbeiterkammer hat am Montag ihre Zahlen vorgelegt. Alle Haushalte seien betroffen, "
                 "hieß es in einem Rundschreiben.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Arbeiterkammer"]
    # with nobody in view, the release has no known author
    ex = extract("Alle Haushalte seien betroffen, hieß es in einem Rundschreiben.")
    assert [s.speaker for s in ex.statements if s.speaker is not None] == []


@needs_model
def test_a_source_phrase_before_heisst_es_names_the_speaker() -> None:
    for text, who, words in (
        ("In einer Erklärung der Arbeiterkammer hieß es, die Preise seien zu hoch.", "Arbeiterkammer",
         "die Preise seien zu hoch"),
        ("Aus der SPÖ hieß es am Abend, man werde den Vorschlag prüfen.", "SPÖ",
         "man werde den Vorschlag prüfen"),
        ("Im Bericht des Rechnungshofs heißt es, die Kosten seien gestiegen.", "Rechnungshof",
         "die Kosten seien gestiegen"),
    ):
        ex = extract(text)
        assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [(who, words)], text
    # a place after "in" says where it was said, not who said it
    ex = extract("In Wien hieß es, man prüfe den Fall.")
    assert [s.speaker for s in ex.statements if s.speaker is not None] == []


@needs_model
def test_an_unnamed_subject_leaves_the_accused_out_of_the_speakers() -> None:
    for text in (
        "Kritiker werfen Karl Lund und seinem Kabinett seit Jahren vor, die Presse zu gängeln.",
        "Westliche Staaten werfen Norwegen vor, die Rebellen mit Geld zu versorgen.",
        "Ein bekannter norwegischer Historiker nannte das Verhalten von Karl Lund am Mittwoch absurd.",
    ):
        assert [s.speaker for s in extract(text).statements if s.speaker is not None] == [], text
    # a named subject speaks, and "Als Grund nannte X" keeps X
    ex = extract("Gewerkschaftschef Hans Moser warf Lund vor, die Armut zu fördern.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Hans Moser"]
    ex = extract("Als Grund nannte Außenminister Karl Lund am Sonntag die hohen Kosten.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]


@needs_model
def test_so_wie_compares_and_names_no_source() -> None:
    ex = extract("Die Mieten seien, so wie in Polen, viel zu hoch geworden.")
    assert [s.speaker for s in ex.statements if s.speaker is not None] == []
    ex = extract("Die Reform komme zu spät, so die Ministerin Anna Berg.")
    said = [(name(ex, s.speaker), s.quote) for s in ex.statements]
    assert said == [("Anna Berg", "Die Reform komme zu spät")]


@needs_model
def test_a_verb_of_saying_in_a_relative_clause_leaves_the_sentence_to_the_main_verb() -> None:
    """ "Alles, was X ankündigt, ..., glaubt Y": X's announcement is what Y talks about; "X,
    der die Reform kritisiert, trat zurück": the relative clause describes X, the rest of the
    sentence is not X's words. A relative clause with a subject of its own ("der sie ...
    vorwirft") is that subject's view, and one with its own clause keeps its content."""
    ex = extract("Alles, was Professor Tom Lake ankündigt, ist nicht finanzierbar, glaubt Anna Berg.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Anna Berg"]
    for text in ("Tom Lake, der die Reform scharf kritisiert, trat am Montag zurück.",
                 "Der polnische Botschafter in Wien, der der Kommission oft Einseitigkeit vorwirft, "
                 "blieb der Sitzung fern."):
        assert extract(text).statements == [], text
    ex = extract("Schuld daran trägt für Anna Berg die Kammer, der sie eine Blockade der Reform vorwirft.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Anna Berg"]
    ex = extract("Tom Lake, der am Montag ankündigte, dass er zurücktritt, blieb ruhig.")
    assert [(name(ex, s.speaker), s.quote.startswith("dass er zurücktritt")) for s in ex.statements] == [
        ("Tom Lake", True)
    ]


@needs_model
def test_a_question_someone_must_answer_is_not_answered_yet() -> None:
    assert extract("Die Ministerin Anna Berg muss erklären, warum die Kosten steigen.").statements == []
    ex = extract("Die Ministerin Anna Berg erklärte, warum die Kosten steigen.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Anna Berg"]


@needs_model
def test_seeing_something_in_a_thing_is_a_view_but_being_seen_says_nothing() -> None:
    ex = extract("Die Gewerkschaft Verdi sieht in der Reform einen Angriff auf die Rechte der Beschäftigten.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Verdi", "in der Reform einen Angriff auf die Rechte der Beschäftigten")
    ]
    for text in ("Tom Lake sah in Wien einen Film.",
                 "Der Sänger Tom Lake ist bald mit einer neuen Show im Fernsehen zu sehen."):
        assert extract(text).statements == [], text


@needs_model
def test_two_roles_of_one_person_before_the_name_name_the_speaker() -> None:
    ex = extract("Die Renten seien sicher, meint der Grazer Jurist und Sozialexperte Tom Lake.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Tom Lake"]


@needs_model
def test_a_compound_spokesperson_speaks_for_the_body_or_type_it_names() -> None:
    """ "eine Kommissionssprecherin" speaks for the Commission named before, "ein
    Konzernsprecher" for the company; "ein Parteisprecher" is nobody's here."""
    ex = extract("Die EU-Kommission legte am Montag einen Plan vor. "
                 "Es gibt keinen Plan für eine Armee, erklärte eine Kommissionssprecherin.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["EU-Kommission"]
    ex = extract("Der Stahlkonzern Alpina Stahl AG legte am Montag einen Sparplan vor. "
                 "Es gibt keinen Abbau, erklärte ein Konzernsprecher.")
    assert [s.speaker for s in ex.statements if s.speaker is not None] != []
    ex = extract("Die Alpina Stahl AG legte am Montag einen Sparplan vor. "
                 "Es gibt keinen Abbau, erklärte ein Parteisprecher.")
    assert [s.speaker for s in ex.statements if s.speaker is not None] == []


@needs_model
def test_das_sagte_x_claims_the_sentence_before() -> None:
    """ "A. Das meldete die Agentur X.": the sentence before is X's (the guidelines: a sentence
    that only attributes what precedes it is no entry of its own); "Das Militär drohte" opens
    with an article, and "So twitterte X" gives an example, neither claims anything."""
    ex = extract("Der Verdächtige wurde am Freitag in Gent festgenommen. "
                 "Das meldete die Nachrichtenagentur Belga.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Belga", "Der Verdächtige wurde am Freitag in Gent festgenommen.")
    ]
    for text in ("Nordkorea verschärft seine Drohungen. "
                 "Das Militär des Landes drohte Japan am Samstag mit Schlägen.",
                 "Auch aus der Wissenschaft kamen rasch Reaktionen. "
                 "So twitterte die Biologin Anna Berg: Peinlich."):
        first = text.split(".")[0]
        ex = extract(text)
        assert [s for s in ex.statements if s.evidence[0].sentence.startswith(first)] == [], text


@needs_model
def test_a_name_between_commas_after_the_subject_phrase_is_the_speaker() -> None:
    """ "sagte der Chef der Cyber-Polizei (CPU), Karim Nasiri, am Montag": the parser hangs
    the name on the verb, but it is the apposition of the subject."""
    ex = extract("Die Festgenommenen hätten Anhänger rekrutiert, sagte der Chef der Cyber-Polizei (CPU), "
                 "Karim Nasiri, am Montag der Agentur Isna.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karim Nasiri"]


@needs_model
def test_a_government_named_by_its_seat_speaks() -> None:
    ex = extract("Die Regierung in Warschau bestätigte am Freitag, dass zwei Bürger getötet worden seien.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Warschau"]


@needs_model
def test_bild_is_a_medium_where_it_reports() -> None:
    ex = extract("Die Firma plane keinen Abbau, meldete die Bild-Zeitung am Mittwoch.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Bild-Zeitung"]
    assert [a.name for a in extract("Das Bild zeigt den Minister vor dem Amt.").actors] == []


@needs_model
def test_words_after_a_colon_that_follows_a_proposal_or_response_are_the_subjects() -> None:
    """ "Die OECD forderte Panama auf, ...: Das Land muss ...": with the quotation marks stripped
    the words after the colon are indicative, and still the subject's; a colon after a verb
    that neither proposes nor answers ("hat drei Ziele: ...") introduces no words."""
    ex = extract("Die OECD forderte Panama auf, Standards einzuhalten: "
                 "Das Land muss seine Steuerregeln rasch ändern.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("OECD", "Das Land muss seine Steuerregeln rasch ändern.")
    ]
    ex = extract("Die SPÖ lehnte den Plan ab: Er ist unsozial und kommt zu spät.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["SPÖ"]
    ex = extract("Tom Lake hat drei Ziele: mehr Geld, weniger Steuern und bessere Schulen.")
    assert ex.statements == []


@needs_model
def test_a_capital_the_source_of_hearsay_speaks_for_its_state() -> None:
    ex = extract(
        "Kanada und die Schweiz verhandeln über ein Abkommen zum Fischfang. "
        "Aus Ottawa hieß es am Dienstag, man sei mit dem Verlauf zufrieden. "
        "Aus Bern verlautete, die Fangquoten seien noch offen."
    )
    speakers = {s.evidence[0].sentence[:8]: name(ex, s.speaker) for s in ex.statements}
    assert speakers == {"Aus Otta": "Kanada", "Aus Bern": "Schweiz"}


@needs_model
def test_a_capital_without_its_state_in_the_article_stays_the_speaker() -> None:
    ex = extract("Aus Ottawa verlautete am Dienstag, man sei mit dem Verlauf der Gespräche zufrieden.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Ottawa"]


@needs_model
def test_warning_against_something_states_it_being_warned_does_not() -> None:
    ex = extract("Die Hilfsorganisation Caritas hat vor einer Hungersnot im Sudan gewarnt.")
    found = [(name(ex, s.speaker), s.quote.startswith("vor einer Hungersnot")) for s in ex.statements]
    assert found == [("Caritas", True)]
    # "ist gewarnt": the state of the subject, who warns nobody
    ex = extract("Die Elf von Trainerin Anna Berg ist gewarnt vor dem Spiel in Köln.")
    assert ex.statements == []


@needs_model
def test_the_words_after_a_response_noun_and_a_colon_are_the_responders() -> None:
    for text in (
        "Die Stadt legte einen Plan für Radwege vor. Lob kam vom ÖAMTC: Endlich bewegt sich etwas.",
        "Die Stadt legte einen Plan für Radwege vor. Der ÖAMTC übte scharfe Kritik: Die Stadt träumt.",
    ):
        ex = extract(text)
        assert [(name(ex, s.speaker), s.evidence[0].method) for s in ex.statements] == [
            ("ÖAMTC", "rule:colon-reported")
        ]
    # a topic before the colon names no speaker
    ex = extract("Die Stadt legte einen Plan für Radwege vor. Zur Kritik des ÖAMTC: Die Stadt prüft alles.")
    assert ex.statements == []


@needs_model
def test_seeing_a_reason_a_need_or_a_chance_states_a_judgement() -> None:
    for text, speaker in (
        ("Bei den Zulagen sieht Stadträtin Eva Kramer keinen Spielraum.", "Eva Kramer"),
        ("Die Gewerkschaft GPA sieht Handlungsbedarf bei den Mieten.", "GPA"),
        ("Außenminister Tom Baker sieht einen Zusammenhang zwischen der Liste und dem Film.", "Tom Baker"),
    ):
        assert speakers(text) == [speaker], text
    # seeing a film, or saying no word, states nothing
    assert speakers("Eva Kramer sah am Abend einen Film.") == []
    assert speakers("Eva Kramer sagte kein Wort.") == []


@needs_model
def test_the_one_accused_is_never_the_speaker() -> None:
    assert speakers("Kritiker werfen Kanzler Tom Baker vor, die Wahl manipuliert zu haben.") == []
    assert speakers("Viele Beobachter werfen dem dänischen Premier vor, die Wahl verschoben zu haben.") == []
    assert speakers("Eva Kramer warf Kanzler Tom Baker vor, die Wahl manipuliert zu haben.") == ["Eva Kramer"]


@needs_model
def test_a_subjunctive_auxiliary_without_a_verb_form_opens_the_reported_clause() -> None:
    """The tagger gives "müssten" its mood but no VerbForm here; the clause after the comma
    is still a dependent main clause and what was said."""
    ex = extract("Karl Lund hatte gesagt, die Fraktionen müssten in alle Beschlüsse einbezogen werden.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "die Fraktionen müssten in alle Beschlüsse einbezogen werden")
    ]


@needs_model
def test_a_comma_closing_the_subjects_apposition_is_no_inverted_speech() -> None:
    """ "Vor kurzem hatte ein Sprecher, Omar Haddad, erklärt, ...": the auxiliary stands in
    the first clause, so what precedes the participle is its subject, and the clause after it
    is what was said; "..., sagte X" stays inverted."""
    ex = extract("Vor kurzem hatte ein Sprecher der Rebellen, Omar Haddad, erklärt, die Kämpfer würden "
                 "weitere Städte angreifen.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Omar Haddad", "die Kämpfer würden weitere Städte angreifen")
    ]
    ex = extract("Seit Montag haben wir keine Sorgen mehr, sagte der Polizeisprecher Omar Haddad.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Omar Haddad", "Seit Montag haben wir keine Sorgen mehr")
    ]


@needs_model
def test_the_party_leadership_speaks_for_the_party_just_named() -> None:
    ex = extract("Die Grünen kritisieren den Plan. Das Land brauche eine andere Politik, erklärte die "
                 "Parteispitze.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Die Grünen", "Das Land brauche eine andere Politik")
    ]


@needs_model
def test_a_promise_or_reproach_reports_its_infinitive_not_the_whole_sentence() -> None:
    ex = extract("Der Verein Nordbund hat versprochen, gegen die Randalierer vorzugehen.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Nordbund", "gegen die Randalierer vorzugehen")
    ]


@needs_model
def test_the_union_or_association_speaks_for_the_one_just_named() -> None:
    """ "sagte die Gewerkschaft" refers back to the union named before; "der Verband der
    Kaufleute" with a genitive of its own is another body."""
    ex = extract("Die Gewerkschaft Nordbund ruft zum Streik auf. Die Arbeitgeber hätten kein Angebot "
                 "vorgelegt, sagte die Gewerkschaft.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Nordbund"]
    ex = extract("Die Firma Nordbund wird verklagt. Mit seiner Beschwerde strebt der Verband der "
                 "Kaufleute ein Grundsatzurteil an.")
    assert all(name(ex, p.proposer) != "Nordbund" for p in ex.proposals)


@needs_model
def test_whom_the_words_were_said_to_is_never_the_speaker() -> None:
    """ "sagte ein Polizeisprecher dem NDR", "... der Zeitung Aftenposten": the medium in the
    dative was told; the unnamed spokesperson names no speaker, so there is no statement."""
    for text in ("Die Lage ist ruhig, sagte ein Polizeisprecher dem NDR.",
                 "Die Lage sei ruhig, sagte ein Polizeisprecher der Zeitung Aftenposten."):
        assert extract(text).statements == [], text
    ex = extract("Die Lage sei ruhig, sagte Eva Lind der Zeitung Aftenposten.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Eva Lind"]


@needs_model
def test_the_accused_of_a_passive_reproach_is_no_speaker() -> None:
    """ "X wird Betrug vorgeworfen": X is accused, and who accuses is not said."""
    for text in ("Ole Dahl wird Betrug vorgeworfen.",
                 "Ole Dahl und seinem Stellvertreter werden seit Jahren Untreue und Betrug vorgeworfen."):
        assert extract(text).statements == [], text


@needs_model
def test_of_two_subjects_before_the_verb_the_first_speaks() -> None:
    """ "Anna Berg hat Karl Lund Betrug vorgeworfen": the parser makes the dative a second
    subject; before the verb the first one is the speaker, after it the nearer one."""
    ex = extract("Anna Berg hat Karl Lund Betrug vorgeworfen.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Anna Berg"]


@needs_model
def test_a_participle_that_names_or_describes_says_nothing() -> None:
    """ "sein Sohn X, genannt Y", "– genannt Y –", "die ihm eingeräumte Frist": a participle of
    a verb of saying without an auxiliary, on a noun, is no speech act."""
    for text in ("Der Sohn Jan Berg, genannt Janni, wurde festgenommen.",
                 "Mit ihm sollen auch seine Frau und sein Sohn Jan Berg – genannt Janni – vor Gericht."):
        ex = extract(text)
        assert ex.statements == [] and ex.proposals == [], text


@needs_model
def test_the_speakers_own_act_in_konjunktiv_i_continues_their_words() -> None:
    """ "..., sagte X. Er hoffe auf ...": a verb of saying without a content clause, in
    Konjunktiv I, with the speaker just quoted as subject, is more of that speaker's words."""
    text = "Ein Verfahren habe keine Chance, sagte Karl Lund. Er hoffe auf einen raschen Kompromiss."
    ex = extract(text)
    assert [(name(ex, s.speaker), s.quote[:12]) for s in ex.statements] == [
        ("Karl Lund", "Ein Verfahre"), ("Karl Lund", "Er hoffe auf")]
    # in the indicative, the writer says what the speaker did; a colon announces the words
    assert len(extract(text.replace("hoffe", "hoffte")).statements) == 1
    colon = extract("Ein Verfahren habe keine Chance, sagte Karl Lund. Er kritisiere vor allem eines: "
                    "Die Regierung schweige.")
    assert [s.quote[:12] for s in colon.statements][:1] == ["Ein Verfahre"]
    assert all(not s.quote.startswith("Er kritisiere") for s in colon.statements)


@needs_model
def test_attesting_after_the_words_names_the_speaker() -> None:
    ex = extract("Das Gesetz sei verfassungswidrig, attestierte Richter Karl Lund am Montag.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "Das Gesetz sei verfassungswidrig")]


@needs_model
def test_a_person_named_after_a_prefixed_role_noun_speaks_not_the_prefix() -> None:
    """ "Bundesbank-Vorstand Karl Lund äußerte Zweifel": the board member speaks and
    responds, not the bank his title names (the parser hangs the name on the noun as "dep")."""
    ex = extract("Die Deutsche Bundesbank prüft einen Plan der EZB zur Abschaffung der Münzen. "
                 "Bundesbank-Vorstand Karl Lund äußerte am Montag Zweifel, "
                 "dass die Reform den Betrug verringere.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    assert [name(ex, r.actor) for r in ex.responses if r.stance == "criticise"] == ["Karl Lund"]


@needs_model
def test_the_source_of_hearsay_may_end_a_long_phrase_but_not_a_place_or_the_words() -> None:
    ex = extract("Die Anlage sei beschädigt worden, verlautete am späten Montagabend aus gut informierten "
                 "Kreisen der Kommission für Seerecht und Fischerei (NKSF).")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Kommission für Seerecht und Fischerei"]
    # where the circles sit is no source; nor is a name in the words after the colon
    ex = extract("Die Anlage sei beschädigt worden, hieß es aus Kreisen der Regierung in Lunden.")
    assert ex.statements == []
    ex = extract("In einer Mitteilung heißt es: Die von der APA genannten Zahlen sind falsch.")
    assert all(name(ex, s.speaker) != "APA" for s in ex.statements)


@needs_model
def test_an_impersonal_passive_of_saying_names_the_organisation_it_was_said_in() -> None:
    ex = extract("Im Finanzministerium wurde am Montag betont, dass die Reserve bis zum Sommer reiche.")
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Finanzministerium", "dass die Reserve bis zum Sommer reiche")]
    # a place or a state says where, not who; a passive with a subject names no speaker
    assert extract("In Lunden wurde betont, dass die Reserve bis zum Sommer reiche.").statements == []
    assert extract("In Norwegen wird befürchtet, dass die Reserve nicht reiche.").statements == []
    ex = extract("Der Plan wurde vom Finanzministerium scharf kritisiert.")
    assert ex.statements == []


@needs_model
def test_a_countered_clause_is_a_statement() -> None:
    ex = extract("Anna Berg konterte, dass die Zahlen des Ministeriums veraltet seien.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Anna Berg"]


@needs_model
def test_the_head_of_a_city_or_state_named_by_another_word_for_the_office_speaks() -> None:
    ex = extract("Bürgermeister Karl Lund will im Amt bleiben. Ich trete 2030 wieder an, "
                 "erklärte das Stadtoberhaupt am Montag.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]
    ex = extract("Präsident Karl Lund empfing Anna Berg. Wir wollen Frieden, sagte das Staatsoberhaupt.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Karl Lund"]


@needs_model
def test_words_only_supposed_in_a_condition_are_nobodys_statement() -> None:
    """ "Wenn Norwegen erklärt, es werde ..., reicht das nicht, sagte X": X speaks; Norway's
    words are only supposed. A concession ("auch wenn X einräumt, dass ...") reports words
    that were said."""
    ex = extract("Wenn Norwegen erklärt, dass es die Fischgründe allein überwacht, reicht das nicht aus, "
                 "sagte Ministerin Eva Lind in der Zeitung Nordpost.")
    assert {name(ex, s.speaker) for s in ex.statements} <= {"Eva Lind"}
    assert "Norwegen" not in {name(ex, p.proposer) for p in ex.proposals}
    ex = extract("Die Reform sei gescheitert, auch wenn Minister Karl Lund betont, dass die Zahlen "
                 "besser würden.")
    assert "Karl Lund" in {name(ex, s.speaker) for s in ex.statements}
