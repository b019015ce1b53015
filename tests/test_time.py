"""Time expressions: resolution against the article date, tense direction, undated articles."""

from __future__ import annotations

import datetime as dt

import spacy

import kg.nlp.timex  # noqa: F401  (registers kg_timex)
from kg.extract.timeresolve import resolve, resolve_weekday, year_for_month
from tests.eventsupport import analyse, extract, needs_model

THURSDAY = dt.date(2025, 3, 13)


def test_weekday_past_goes_back_future_goes_forward() -> None:
    assert resolve_weekday(1, THURSDAY, "past") == dt.date(2025, 3, 11)
    assert resolve_weekday(1, THURSDAY, "future") == dt.date(2025, 3, 18)
    assert resolve_weekday(4, THURSDAY, "present") == dt.date(2025, 3, 14)  # Friday is tomorrow
    # the present tense looks ahead: "beraten am Dienstag" on a Thursday is next week's Tuesday
    assert resolve_weekday(1, THURSDAY, "present") == dt.date(2025, 3, 18)
    assert resolve_weekday(3, THURSDAY, "past") == THURSDAY  # same-day report
    assert resolve_weekday(3, THURSDAY, "present", "am kommenden Donnerstag") == dt.date(2025, 3, 20)
    assert resolve_weekday(0, THURSDAY, "future", "vergangenen Montag") == dt.date(2025, 3, 10)


def test_month_without_year_follows_tense() -> None:
    assert year_for_month(11, THURSDAY, "past") == 2024  # "im November" told in March, past tense
    assert year_for_month(11, THURSDAY, "future") == 2025
    assert year_for_month(1, THURSDAY, "future") == 2026
    assert resolve("im Oktober", "MONTH", THURSDAY, "past") == ("2024-10", "month")


def test_explicit_and_deictic_expressions() -> None:
    assert resolve("am 4. Dezember 2024", "DATE", None) == ("2024-12-04", "day")
    assert resolve("4.12.2024", "DATE", None) == ("2024-12-04", "day")
    assert resolve("am 2. Februar", "DATE", THURSDAY, "past") == ("2025-02-02", "day")
    assert resolve("gestern", "DEICTIC", THURSDAY) == ("2025-03-12", "day")
    assert resolve("morgen", "DEICTIC", THURSDAY) == ("2025-03-14", "day")
    assert resolve("im vergangenen Jahr", "DEICTIC", THURSDAY) == ("2024", "year")
    assert resolve("im Jahr 2014", "YEAR", None) == ("2014", "year")


def test_undated_article_keeps_relative_expressions_unresolved() -> None:
    assert resolve("am Dienstag", "WEEKDAY", None, "past") == (None, None)
    assert resolve("gestern", "DEICTIC", None) == (None, None)
    assert resolve("im November", "MONTH", None) == (None, None)


def test_component_marks_expressions_without_a_parser() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_timex")
    doc = nlp.make_doc("Die Außenminister kamen am Dienstag und gestern Abend in Lissabon zusammen.")
    doc._.kg_date = None
    doc = nlp(doc)
    found = {s.text: s._.kg_time for s in doc.spans["kg_time"]}
    assert set(found) == {"am Dienstag", "gestern Abend"}
    assert all(v.value is None for v in found.values())
    assert found["am Dienstag"].start == doc.text.index("am Dienstag")


def test_component_does_not_take_the_noun_morgen_for_tomorrow() -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("kg_timex")
    doc = nlp.make_doc("Am Morgen sprach die Ministerin.")
    doc._.kg_date = THURSDAY
    assert [s.text for s in nlp(doc).spans["kg_time"]] == []


@needs_model
def test_pipeline_resolves_weekday_by_tense() -> None:
    past = analyse("Die Ministerin hatte am Dienstag in Lissabon mit dem Präsidenten gesprochen.")
    future = analyse("Die Ministerin will am Dienstag in Lissabon mit dem Präsidenten sprechen.")
    assert [s._.kg_time.value for s in past.spans["kg_time"]] == ["2025-03-11"]
    assert [s._.kg_time.value for s in future.spans["kg_time"]] == ["2025-03-18"]
    undated = analyse("Die Ministerin will am Dienstag in Lissabon sprechen.", date=None)
    assert [s._.kg_time.value for s in undated.spans["kg_time"]] == [None]


@needs_model
def test_pipeline_keeps_undated_weekday_unresolved() -> None:
    ex = extract(
        "Am Dienstag hatten sich Außenministerin Anna Berg und Präsident Karl Lund in Oslo getroffen.",
        date=None,
    )
    assert ex.meetings
    assert ex.meetings[0].time is not None and ex.meetings[0].time.expression.endswith("Dienstag")
    assert ex.meetings[0].time.value is None


@needs_model
def test_konjunktiv1_of_t_stem_verbs_versus_weak_preterite() -> None:
    """ "enthalte", "arbeite" end in -te like the preterites "sagte", "dachte"; the word list
    of the pipeline (infinitive "enthalten", no "enthalen") tells them apart."""
    from kg.nlp.tense import is_konjunktiv1

    doc = analyse("Er enthalte viele Worte. Sie sagte nichts. Er arbeite hart. Er dachte nach. "
                  "Es gelte das Recht. Sie nannte Gründe.")
    verbs = {t.text: is_konjunktiv1(t) for t in doc if t.text in (
        "enthalte", "sagte", "arbeite", "dachte", "gelte", "nannte")}
    assert verbs == {"enthalte": True, "sagte": False, "arbeite": True, "dachte": False,
                     "gelte": True, "nannte": False}


@needs_model
def test_preterite_of_ern_and_eln_verbs_is_no_konjunktiv1() -> None:
    """ "erinnerte", "sammelte": the word list knows "erinnerten" (a past form) as well as
    "erinnern"; the -ern/-eln infinitive shows the -te is the preterite's."""
    from kg.nlp.tense import is_konjunktiv1

    doc = analyse("Er erinnerte an das Projekt. Sie sammelte Geld. Er änderte den Plan. Es gelte das Recht.")
    wanted = ("erinnerte", "sammelte", "änderte", "gelte")
    verbs = {t.text: is_konjunktiv1(t) for t in doc if t.text in wanted}
    assert verbs == {"erinnerte": False, "sammelte": False, "änderte": False, "gelte": True}


@needs_model
def test_a_present_form_the_morphology_calls_past_resolves_forward() -> None:
    """ "reist" (present of "reisen") is tagged past by the morphology; its form is the
    infinitive's stem plus "t", which no preterite has, so the trip lies ahead."""
    present = analyse("Der Kanzler reist am Dienstag nach Rom.")
    past = analyse("Der Kanzler reiste am Dienstag nach Rom.")
    assert [s._.kg_time.value for s in present.spans["kg_time"]] == ["2025-03-18"]
    assert [s._.kg_time.value for s in past.spans["kg_time"]] == ["2025-03-11"]
    ex = extract("Karl Lund reist am Dienstag nach Lissabon.")
    assert [m.status for m in ex.meetings] == ["planned"]
