"""The vocabulary files (`kg/data/vocabulary.tsv` for events, `kg/data/actor_vocabulary.tsv`
for actors): every row is well-formed, every group is documented and read by the code, a bad
edit fails with the file and line, and the lists the modules hold are the files'."""

from __future__ import annotations

import csv
import re
from importlib import resources
from pathlib import Path

import pytest

from kg.extract import meetings, proposals
from kg.nlp import actors, cues, vocabulary
from kg.nlp.cues import lemma_candidates

TEXT = resources.files("kg.data").joinpath(vocabulary.FILE).read_text(encoding="utf-8")
ACTOR_TEXT = resources.files("kg.data").joinpath(vocabulary.ACTOR_FILE).read_text(encoding="utf-8")
KG = Path(vocabulary.__file__).resolve().parents[1]
BOTH = pytest.mark.parametrize(
    ("text", "groups", "least"),
    [(TEXT, vocabulary.GROUPS, 500), (ACTOR_TEXT, vocabulary.ACTOR_GROUPS, 200)],
    ids=["events", "actors"],
)


def _rows(text: str = TEXT) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@BOTH
def test_every_row_is_well_formed_and_unique(
    text: str, groups: dict[str, frozenset[str] | None], least: int
) -> None:
    rows = _rows(text)
    assert len(rows) >= least
    seen: set[tuple[str, str]] = set()
    for row in rows:
        assert None not in row and None not in row.values(), row  # exactly three columns
        group, word, value = row["group"], row["word"], row["value"]
        assert group in groups, group
        assert word == word.strip().lower() and word, row
        allowed = groups[group]
        if allowed is None:
            assert value.endswith("n") and value.isalpha(), row
        else:
            assert value in allowed, row
        assert (group, word) not in seen, row
        seen.add((group, word))
    assert {r["group"] for r in rows} == set(groups)


@BOTH
def test_every_group_has_one_note_and_one_block(
    text: str, groups: dict[str, frozenset[str] | None], least: int
) -> None:
    notes = re.findall(r"^# \[(\w+)\] (.+)$", text, flags=re.M)
    names = [n for n, _ in notes]
    assert sorted(names) == sorted(groups) and len(set(names)) == len(names)
    assert all(len(note) > 20 for _, note in notes)
    order = [r["group"] for r in _rows(text)]
    blocks = [g for i, g in enumerate(order) if i == 0 or order[i - 1] != g]
    assert blocks == names  # each group's rows follow its note, in one block


def test_group_names_are_unique_across_the_files() -> None:
    assert not set(vocabulary.GROUPS) & set(vocabulary.ACTOR_GROUPS)  # callers name only the group
    assert set(vocabulary.FILES) == {vocabulary.FILE, vocabulary.ACTOR_FILE}


def test_every_group_is_read_by_the_code() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in KG.rglob("*.py"))
    read = set(re.findall(r"vocabulary\.(?:kinds|words|word_set)\(\"(\w+)\"\)", source))
    assert read == set(vocabulary.GROUPS) | set(vocabulary.ACTOR_GROUPS)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("meeting_noun\tgipfel", "expected 3 tab-separated columns"),
        ("meeting_nouns\tgipfel\tsummit", "unknown group 'meeting_nouns'"),
        ("meeting_noun\tGipfel\tsummit", "not a trimmed lower-case word"),
        ("meeting_noun\tgipfel\tparty", "value 'party' is not one of meeting_noun's"),
        ("strong_form\ttraf\ttreff", "is not an infinitive"),
        ("meeting_noun\ttreffen\tmeeting", "'treffen' is listed twice in meeting_noun"),
    ],
)
def test_a_bad_row_names_the_file_line_and_problem(row: str, problem: str) -> None:
    lines = TEXT.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.startswith("meeting_noun\t"))
    lines.insert(at + 1, row)
    with pytest.raises(ValueError, match=rf"^kg/data/vocabulary\.tsv:{at + 2}: .*{re.escape(problem)}"):
        vocabulary.parse("\n".join(lines))


def test_a_group_without_rows_or_note_is_an_error() -> None:
    without = "\n".join(ln for ln in TEXT.splitlines() if not ln.startswith("readiness\t"))
    with pytest.raises(ValueError, match="no rows for group.*readiness"):
        vocabulary.parse(without)
    unnoted = TEXT.replace("# [readiness]", "# readiness")
    with pytest.raises(ValueError, match=r"group 'readiness' has no '# \[readiness\] note'"):
        vocabulary.parse(unnoted)


def test_the_modules_hold_the_file_lists() -> None:
    table, _ = vocabulary.parse(TEXT)
    assert cues.MEETING_NOUNS == dict(table["meeting_noun"])
    assert cues.RESPONSE_VERBS["zurückweisen"] == "reject"
    assert "pressekonferenz" in cues._NOT_MEETING
    assert meetings._CONDUCT == tuple(w for w, _ in table["conduct"])
    assert proposals._EVENTS["durchgesickert"] == "leaked"
    assert cues.MEETING_NOUNS is not vocabulary.kinds("meeting_noun")  # callers get their own copy


def test_the_actor_recogniser_holds_the_actor_file_lists() -> None:
    table, notes = vocabulary.parse(ACTOR_TEXT, f"kg/data/{vocabulary.ACTOR_FILE}", vocabulary.ACTOR_GROUPS)
    assert actors._COMMON_SUFFIXES == tuple(w for w, _ in table["common_suffix"])  # endswith: file order
    assert actors._NAME_PARTICLES == frozenset(w for w, _ in table["name_particle"])
    assert actors._PLACE_PREPS == frozenset(w for w, _ in table["place_preposition"])
    assert {"berichtete", "melden"} <= actors._MEDIA_VERBS and "berichten" in actors._REPORT_VERBS
    assert all(w.islower() for w in actors._BUILDING_HEADS + actors._ADJECTIVE_ENDINGS)


def test_a_bad_actor_row_names_the_actor_file() -> None:
    lines = ACTOR_TEXT.splitlines()
    at = next(i for i, ln in enumerate(lines) if ln.startswith("treaty_head\t"))
    lines.insert(at + 1, "meeting_noun\tgipfel\tsummit")  # an event group has no place here
    where = rf"^kg/data/actor_vocabulary\.tsv:{at + 2}: "
    with pytest.raises(ValueError, match=where + "unknown group 'meeting_noun'"):
        vocabulary.parse("\n".join(lines), "kg/data/actor_vocabulary.tsv", vocabulary.ACTOR_GROUPS)
    without = "\n".join(ln for ln in ACTOR_TEXT.splitlines() if not ln.startswith("site_preposition\t"))
    with pytest.raises(ValueError, match="no rows for group.*site_preposition"):
        vocabulary.parse(without, "kg/data/actor_vocabulary.tsv", vocabulary.ACTOR_GROUPS)


def test_every_strong_form_leads_back_to_its_infinitive() -> None:
    for form, lemma in vocabulary.kinds("strong_form").items():
        assert lemma in lemma_candidates(form), (form, lemma)
