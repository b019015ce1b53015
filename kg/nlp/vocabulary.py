"""The vocabulary: word lists of the cue and event extractors, read from
`kg/data/vocabulary.tsv`, and of the actor recogniser, read from
`kg/data/actor_vocabulary.tsv` (one engine in code, the German words in documented files).

Each row is (group, word, value). `kinds(group)` gives a group as a word -> class mapping
("gipfel" -> "summit"), `words(group)` as a tuple in file order (for `str.startswith` /
`str.endswith` tests) and `word_set(group)` as a frozenset. The file is parsed and checked
once per process; a malformed row raises `ValueError` naming the file, line and problem, so a
bad edit fails at import rather than silently dropping a word. `GROUPS` (event file) and
`ACTOR_GROUPS` (actor file) name every group and the values it allows: a group the code does
not read is an error too. The two files share the reader and the format; group names are
unique across them, so a caller names only the group.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

FILE = "vocabulary.tsv"
ACTOR_FILE = "actor_vocabulary.tsv"
PLAIN = frozenset({"-"})
MEETING_KINDS = frozenset({"meeting", "talks", "negotiation", "summit", "phone call", "visit", "conference"})
PROPOSAL_KINDS = frozenset(
    {"plan", "proposal", "draft", "framework", "offer", "demand", "condition", "agreement"}
)
STANCES = frozenset({"accept", "reject", "criticise", "consider"})
PROPOSAL_EVENTS = frozenset({"leaked", "presented", "revised"})

#: group -> allowed values; None: the value is a word (the infinitive of a strong form)
GROUPS: dict[str, frozenset[str] | None] = {
    # kg.nlp.cues
    "meeting_noun": MEETING_KINDS,
    "not_meeting": PLAIN,
    "meeting_verb": MEETING_KINDS,
    "proposal_noun": PROPOSAL_KINDS,
    "goods_sense_noun": PLAIN,
    "not_proposal": PLAIN,
    "proposal_verb": PROPOSAL_KINDS,
    "response_verb": STANCES,
    "response_adjective": STANCES,
    "response_noun": STANCES,
    "calling_verb": PLAIN,
    "qualified_response_noun": STANCES,
    "approving_adjective": PLAIN,
    "object_adjective": STANCES,
    "source_marker": PLAIN,
    "blocked_prefix": PLAIN,
    "strong_form": None,
    # kg.extract.meetings
    "planned": PLAIN,
    "ongoing": PLAIN,
    "start_verb": PLAIN,
    "hypothetical": PLAIN,
    "object_party_verb": PLAIN,
    "receiving_verb": PLAIN,
    "support_object": PLAIN,
    "scoring_noun": PLAIN,
    "body_verb": PLAIN,
    "gathering_verb": frozenset({"-", "reflexive", "intransitive"}),
    "convening_body": PLAIN,
    "partner_verb": PLAIN,
    "reflexive_meeting_verb": PLAIN,
    "agreement_noun": PLAIN,
    "continuation": PLAIN,
    "earlier_meeting": PLAIN,
    "status_predicate": PLAIN,
    "media_noun": PLAIN,
    "attended_place": PLAIN,
    "negotiator": PLAIN,
    "mediation": PLAIN,
    "conduct": PLAIN,
    "arranging_verb": PLAIN,
    "court_noun": PLAIN,
    "contest_noun": PLAIN,
    "absence": PLAIN,
    "cancelling_verb": PLAIN,
    "participation": PLAIN,
    "building_suffix": PLAIN,
    # kg.extract.proposals
    "presenting_verb": PLAIN,
    "condition_verb": PLAIN,
    "expectation_verb": PLAIN,
    "having_idiom": PLAIN,
    "proposal_event": PROPOSAL_EVENTS,
    "assent_noun": PLAIN,
    "readiness": PLAIN,
    "duration_noun": PLAIN,
    "casualty_noun": PLAIN,
    "necessity_adjective": PLAIN,
    "importance_adjective": PLAIN,
    "demand_verb": PROPOSAL_KINDS,
    "legal_instrument": PLAIN,
    "goal_modal": frozenset({"any", "first"}),
    "no_goal_verb": PLAIN,
    "past_meeting_attribute": PLAIN,
    "time_noun": PLAIN,
    "view_noun": PLAIN,
    "narrating_verb": PLAIN,
    "personal_step": PLAIN,
    # kg.extract.frames
    "claim_noun": PLAIN,
    "conduct_noun": PLAIN,
    "bare_reaction_verb": PLAIN,
    "wish_verb": PLAIN,
    "welcomed_person": PLAIN,
    "ability_idiom": PLAIN,
    "own_idea_verb": PLAIN,
    "open_outcome_adjective": PLAIN,
    "plain_theme_verb": PLAIN,
    # kg.extract.statements
    "konjunktiv2_form": PLAIN,
    "object_content_verb": PLAIN,
    "attempt_verb": PLAIN,
    "adverbial_infinitive_mark": PLAIN,
    # kg.nlp.frames
    "offer_modifier": PLAIN,
    "offerable_act": PLAIN,
    "shelving_place": PLAIN,
}

#: the groups of `ACTOR_FILE` (kg.nlp.actors): plain lists, source names and role classes with their kind
ACTOR_GROUPS: dict[str, frozenset[str] | None] = {
    "name_particle": PLAIN,
    "name_opener": PLAIN,
    "place_name_ending": PLAIN,
    "common_suffix": PLAIN,
    "treaty_head": PLAIN,
    "group_compound_head": PLAIN,
    "place_compound_head": PLAIN,
    "building_head": PLAIN,
    "institution_head": PLAIN,
    "adjective_ending": PLAIN,
    "name_adjective_suffix": PLAIN,
    "name_adjective": PLAIN,
    "not_title": PLAIN,
    "media_verb": PLAIN,
    "media_compound_head": PLAIN,
    "report_verb": PLAIN,
    "place_preposition": PLAIN,
    "hearsay_verb": PLAIN,
    "actor_preposition": PLAIN,
    "actor_postposition": PLAIN,
    "state_place_preposition": PLAIN,
    "site_preposition": PLAIN,
    "spokesperson_ending": PLAIN,
    "legal_form": PLAIN,
    "reporting_media": PLAIN,
    "source_name": frozenset({"media", "institute"}),
    "type_noun": frozenset({"media", "party", "company", "organisation", "spokesperson"}),
    "source_noun": PLAIN,
    "role_class": frozenset({"government", "state", "leader", "secretary", "mayor"}),
}

#: file -> its groups
FILES: dict[str, dict[str, frozenset[str] | None]] = {FILE: GROUPS, ACTOR_FILE: ACTOR_GROUPS}


def _check_row(
    cols: list[str], seen: set[tuple[str, str]], line: int, groups: dict[str, frozenset[str] | None]
) -> str | None:
    """The problem with one row, or None."""
    if len(cols) != 3:
        return f"expected 3 tab-separated columns (group, word, value), got {len(cols)}"
    group, word, value = cols
    if group not in groups:
        return f"unknown group {group!r}"
    if not word or word != word.strip().lower() or "\t" in word:
        return f"word {word!r} is not a trimmed lower-case word"
    allowed = groups[group]
    if allowed is None and not (value.isalpha() and value.islower() and value.endswith("n")):
        return f"value {value!r} of {group} is not an infinitive"
    if allowed is not None and value not in allowed:
        return f"value {value!r} is not one of {group}'s: {', '.join(sorted(allowed))}"
    if (group, word) in seen:
        return f"{word!r} is listed twice in {group}"
    return None


Table = dict[str, list[tuple[str, str]]]


def parse(
    text: str, name: str = f"kg/data/{FILE}", groups: dict[str, frozenset[str] | None] = GROUPS
) -> tuple[Table, dict[str, str]]:
    """(group -> [(word, value)] in file order, group -> its note) from the text of a file
    whose groups are `groups` (those of the event file unless told)."""
    table: Table = {}
    notes: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    header = True
    for n, raw in enumerate(text.splitlines(), start=1):
        if raw.startswith("# ["):
            group, _, note = raw[3:].partition("] ")
            notes[group] = note.strip()
            continue
        if not raw.strip() or raw.startswith("#"):
            continue
        if header:  # the column line
            header = False
            continue
        cols = raw.split("\t")
        problem = _check_row(cols, seen, n, groups)
        if problem:
            raise ValueError(f"{name}:{n}: {problem}")
        if cols[0] not in notes:
            raise ValueError(f"{name}:{n}: group {cols[0]!r} has no '# [{cols[0]}] note' line before it")
        seen.add((cols[0], cols[1]))
        table.setdefault(cols[0], []).append((cols[1], cols[2]))
    missing = sorted(set(groups) - set(table))
    if missing:
        raise ValueError(f"{name}: no rows for group(s) {', '.join(missing)}")
    return table, notes


@lru_cache(maxsize=len(FILES))
def _file_table(file: str) -> Table:
    text = resources.files("kg.data").joinpath(file).read_text(encoding="utf-8")
    return parse(text, f"kg/data/{file}", FILES[file])[0]


def _rows(group: str) -> list[tuple[str, str]]:
    """The (word, value) rows of a group, from the file that holds it."""
    return _file_table(ACTOR_FILE if group in ACTOR_GROUPS else FILE)[group]


def kinds(group: str) -> dict[str, str]:
    """word -> value of a group (a fresh dict: callers may keep it as a module constant)."""
    return dict(_rows(group))


def words(group: str) -> tuple[str, ...]:
    """The words of a group in file order."""
    return tuple(word for word, _ in _rows(group))


def word_set(group: str) -> frozenset[str]:
    """The words of a group as a set."""
    return frozenset(words(group))
