"""Institutions named by compound common nouns (`kg/data/institutions.tsv`): every row's own
example sentence yields the organisation, and the row's limits hold (sentences of our own)."""

from __future__ import annotations

from importlib import resources

import pytest

from kg.nlp.actors import institution_tails
from tests.eventsupport import extract, name, needs_model

ROWS = [line.split("\t") for line in resources.files("kg.data").joinpath("institutions.tsv")
        .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


def _organisations(text: str) -> list[str]:
    ex = extract(text)
    return [a.name for a in ex.actors if a.category == "Organisation"]


def test_every_row_has_kind_and_example() -> None:
    assert len([r for r in ROWS if r[2] != "für"]) == len(institution_tails())
    for tail, kind, needs, example in ROWS:
        assert tail == tail.lower() and kind and needs in ("-", "für", "alone"), tail
        assert tail in example.lower(), tail
        assert needs != "für" or f"{tail} für" in example.lower(), tail


@needs_model
@pytest.mark.parametrize(("tail", "example"), [(r[0], r[3]) for r in ROWS], ids=[r[0] for r in ROWS])
def test_row_example_names_an_organisation(tail: str, example: str) -> None:
    orgs = _organisations(example)
    assert any(tail in o.lower() for o in orgs), (example, orgs)


@needs_model
def test_genitive_fuer_phrase_and_capitalised_adjective_are_part_of_the_name() -> None:
    assert "Finanzministerium" in _organisations(
        "Ein Sprecher des Finanzministeriums wollte das nicht bestätigen.")
    assert "Bundesamt für Migration und Flüchtlinge" in _organisations(
        "Das Bundesamt für Migration und Flüchtlinge meldete weniger Anträge.")
    orgs = _organisations("Das Statistische Bundesamt meldete einen Rückgang.")
    assert any("Statistische" in o for o in orgs)


@needs_model
def test_bare_heads_plurals_indefinites_and_union_descriptions_are_no_names() -> None:
    assert _organisations("Das Ministerium wollte sich nicht äußern.") == []
    assert _organisations("Die Landesministerien prüfen die Vorschläge.") == []
    assert _organisations("Ein Landgericht muss nun entscheiden.") == []
    orgs = _organisations("Die Zahl ist laut der EU-Statistikbehörde gestiegen.")
    assert not any("Statistikbehörde" in o for o in orgs)


@needs_model
def test_an_institution_speaks() -> None:
    ex = extract("Das Verteidigungsministerium teilte am Montag mit, die Übung sei beendet.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Verteidigungsministerium"]


@needs_model
def test_definite_bare_head_refers_to_the_latest_institution_of_its_kind() -> None:
    ex = extract("Das Finanzministerium veröffentlichte die Zahlen. Der Landesrechnungshof prüfte sie. "
                 "Wie das Ministerium am Montag mitteilte, sank das Defizit.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Finanzministerium"]
    ex = extract("Das Ressort sei zuständig, hieß es.")  # nothing named before: no one
    assert all(s.speaker is None for s in ex.statements)


@needs_model
def test_headings_in_capitals_are_no_organisations_but_acronyms_are() -> None:
    ex = extract("SCHULTYPEN Die Schüler schnitten besser ab. COMPUTERAUSSTATTUNG Die Geräte sind alt. "
                 "Laut UNICEF und FRONTEX ist das so.")
    orgs = [a.name for a in ex.actors if a.category == "Organisation"]
    assert "UNICEF" in orgs and "FRONTEX" in orgs
    assert not any(o in ("SCHULTYPEN", "COMPUTERAUSSTATTUNG") for o in orgs)


@needs_model
def test_places_joined_by_a_slash_are_two_places_with_their_own_offsets() -> None:
    text = "Die Regierung in Prag/Wien berät über die Grenze."
    ex = extract(text)
    places = {a.name: a for a in ex.actors if a.category == "Place"}
    assert {"Prag", "Wien"} <= set(places) and "Prag/Wien" not in places
    ev = [e for a in ex.actors if a.name == "Wien" for e in a.evidence]
    assert ev and all(text[e.start:e.end] == "Wien" for e in ev)


@needs_model
def test_heads_that_need_a_fuer_phrase_name_nothing_without_one() -> None:
    assert _organisations("Das Zentrum der Stadt ist leer. Der Rat der Ärzte war klar.") == []
    assert "Zentrum für Konfliktforschung" in _organisations("Das Zentrum für Konfliktforschung warnte.")


@needs_model
def test_a_tail_marked_alone_is_a_name_by_itself() -> None:
    assert "Rechnungshof" in _organisations("Der Rechnungshof kritisierte die Ausgaben.")
    assert _organisations("Der Gerichtshof wies die Klage ab.") == []


@needs_model
def test_members_named_after_a_chamber_or_association_stand_for_it() -> None:
    ex = extract(
        "Die Richtervereinigung legte am Montag ihren Jahresbericht vor. "
        "Die Politik schränke die Grundrechte ein, kritisieren die Richter."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Richtervereinigung"]
    # the plural's umlaut and ending are not in the compound ("Anwälte", "Anwaltskammertag")
    ex = extract(
        "Der Anwaltskammertag tagte in Bergen. Die Verfahren dauerten viel zu lange, beklagen die Anwälte."
    )
    assert [name(ex, s.speaker) for s in ex.statements] == ["Anwaltskammertag"]
    # "die Banken" after a bank are no members of it: no body of members was named
    ex = extract("Die Nationalbank hob den Zins an. Die Banken seien skeptisch, sagten die Banken.")
    assert [s.speaker for s in ex.statements] in ([], [None])


@needs_model
def test_a_place_right_after_an_institution_is_part_of_its_name() -> None:
    ex = extract("Die Preise steigen laut Verkehrsclub Norwegen weiter.")
    assert [name(ex, s.speaker) for s in ex.statements] == ["Verkehrsclub Norwegen"]
    ex = extract("Die Ärztekammer Oslo kritisierte den Plan von Karl Lund.")
    assert [name(ex, r.actor) for r in ex.responses] == ["Ärztekammer Oslo"]
    # a genitive names the state the institution belongs to, not part of its name
    ex = extract("Die Wirtschaftskammer Norwegens kritisierte den Plan von Karl Lund.")
    assert [name(ex, r.actor) for r in ex.responses] == ["Wirtschaftskammer"]


@needs_model
def test_an_acronym_of_an_organisation_named_in_the_article_is_that_organisation() -> None:
    ex = extract(
        "Die Preise steigen laut Verkehrsclub Norwegen. Der VCN forderte mehr Züge. "
        "Transporte seien zu billig, sagte VCN-Expertin Eva Lind."
    )
    assert [a.name for a in ex.actors if a.category == "Organisation"] == ["Verkehrsclub Norwegen"]


def test_abbreviates_takes_word_initials_and_letters_of_later_compound_parts() -> None:
    from kg.nlp.coref import abbreviates

    assert abbreviates("VCN", "Verkehrsclub Norwegen")
    assert abbreviates("ÖVP", "Österreichische Volkspartei")
    assert not abbreviates("VCN", "Verband der Norweger")  # no C in its capitalised words
    assert not abbreviates("UN", "Ukraine Nachrichten Agentur")  # every word needs its letter


@needs_model
def test_an_institutions_adjective_is_named_in_the_nominative_without_article() -> None:
    for text in ("Das Urteil des Obersten Gerichtshofs ist rechtskräftig.",
                 "Der Oberste Gerichtshof bestätigte das Urteil."):
        assert "Oberster Gerichtshof" in {a.name for a in extract(text).actors}, text
    # an adjective of a place does not decline ("Osloer", "Pariser")
    names = {a.name for a in extract("Die Osloer Staatsanwaltschaft ermittelt.").actors}
    assert not any(n.startswith("Osloe") and not n.startswith("Osloer") for n in names)


@needs_model
def test_the_words_before_an_acronym_in_brackets_name_the_organisation_in_full() -> None:
    ex = extract(
        "Die Kritik des Nordischen Küstenbundes (NKB) war deutlich. "
        "Die Quoten seien viel zu niedrig, erklärte der Küstenbund am Montag in Oslo."
    )
    orgs = [a.name for a in ex.actors if a.category == "Organisation"]
    assert orgs == ["Nordischer Küstenbund"]
    assert [name(ex, s.speaker) for s in ex.statements] == ["Nordischer Küstenbund"]


def test_name_adjectives_are_told_by_their_stem() -> None:
    from kg.nlp.actors import _name_adjective

    assert all(_name_adjective(w) for w in ("Pädagogischen", "Neue", "Obersten", "Heilige", "Kleinen"))
    assert not any(_name_adjective(w) for w in ("Supreme", "Umgebautes", "Tentative", "Zeitung", "NKB"))


@needs_model
def test_a_name_ending_in_an_institution_noun_is_an_organisation_named_in_the_nominative() -> None:
    ex = extract("Ein Sprecher des Auswärtigen Amtes bestätigte am Montag den Bericht.")
    assert {a.name: a.category for a in ex.actors}.get("Auswärtiges Amt") == "Organisation", \
        [(a.name, a.category) for a in ex.actors]
    ex = extract("Ein Sprecher des Robert Koch-Instituts bestätigte am Montag den Bericht.")
    assert {a.name: a.category for a in ex.actors}.get("Robert Koch-Institut") == "Organisation", \
        [(a.name, a.category) for a in ex.actors]
