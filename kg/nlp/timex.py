"""`kg_timex`: time expressions in German news, resolved against the article date.

News dates events relative to the day of publication ("am Dienstag", "gestern", "im
November"), so a time expression only means something together with `doc._.kg_date`. The
component finds expressions with a token Matcher, stores them in `doc.spans["kg_time"]` and
puts a `kg.records.TimeValue` on each span (`span._.kg_time`). Resolution lives in
`kg.extract.timeresolve`; it never falls back on today's clock: an undated article keeps its
relative expressions unresolved.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extract.timeresolve import MONTHS, WEEKDAYS, resolve
from kg.nlp.tense import PLAN_MODALS, clause_modals, clause_tense, governing_verb
from kg.records import TimeValue

SPAN_KEY = "kg_time"

if not Doc.has_extension("kg_date"):
    Doc.set_extension("kg_date", default=None)
if not Span.has_extension("kg_time"):
    Span.set_extension("kg_time", default=None)

# Closed word classes are spelled out as sets ("IN") rather than regular expressions: the
# Matcher tests a set in C, a regular expression by a Python call at every token.
_MONTHS = sorted(MONTHS)
_DAY_PARTS = ("", "s", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
_WEEKDAY_FORMS = sorted(day + part for day in WEEKDAYS for part in _DAY_PARTS)
_DAYNUMS = sorted({str(d) for d in range(1, 32)} | {f"{d:02d}" for d in range(1, 10)})
_DAYS = [d + "." for d in _DAYNUMS]
_YEARS = [str(y) for y in range(1800, 2100)]
_NUMDATE_RE = r"^(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d{4}|\d{2})?$"
_PREP = {"LOWER": {"IN": ["am", "vom", "bis", "seit", "ab", "an", "zum", "im", "in", "für"]}, "OP": "?"}
_EDGE = {"LOWER": {"IN": ["anfang", "mitte", "ende"]}, "OP": "?"}
_DAYTIME = {
    "LOWER": {"IN": ["morgen", "früh", "vormittag", "mittag", "nachmittag", "abend", "nacht"]},
    "OP": "?",
}
_LAST = [
    "vergangene",
    "vergangenen",
    "vergangenes",
    "letzte",
    "letzten",
    "letztes",
    "vorige",
    "vorigen",
    "voriges",
]
_NEXT = ["nächste", "nächsten", "nächstes", "kommende", "kommenden", "kommendes", "folgende", "folgenden"]
_THIS = ["diese", "diesen", "dieses", "dieser"]

PATTERNS: dict[str, list[list[dict]]] = {
    "DATE": [
        [
            _PREP,
            {"TEXT": {"IN": _DAYS}},
            {"LOWER": {"IN": _MONTHS}},
            {"TEXT": {"IN": _YEARS}, "OP": "?"},
        ],
        [
            _PREP,
            {"TEXT": {"IN": _DAYNUMS}},
            {"ORTH": "."},
            {"LOWER": {"IN": _MONTHS}},
            {"TEXT": {"IN": _YEARS}, "OP": "?"},
        ],
        [_PREP, {"TEXT": {"REGEX": _NUMDATE_RE}}, {"TEXT": {"IN": _YEARS}, "OP": "?"}],
    ],
    "MONTH": [
        [
            _PREP,
            _EDGE,
            {"LOWER": {"IN": _MONTHS}, "IS_TITLE": True},
            {"TEXT": {"IN": _YEARS}, "OP": "?"},
        ],
    ],
    "YEAR": [
        [
            {"LOWER": {"IN": ["im", "seit", "bis", "ab", "anfang", "mitte", "ende", "vor"]}},
            {"LOWER": {"IN": ["jahr", "jahre", "jahres"]}, "OP": "?"},
            {"TEXT": {"IN": _YEARS}},
        ],
        [{"LOWER": {"REGEX": r"jahr(es)?$"}}, {"TEXT": {"IN": _YEARS}}],
    ],
    "WEEKDAY": [
        [
            _PREP,
            {
                "LOWER": {
                    "IN": [
                        "frühen",
                        "späten",
                        "kommenden",
                        "vergangenen",
                        "letzten",
                        "nächsten",
                        "diesen",
                        "heutigen",
                    ]
                },
                "OP": "?",
            },
            {"LOWER": {"IN": _WEEKDAY_FORMS}},
            _DAYTIME,
        ],
    ],
    "DEICTIC": [
        [{"LOWER": {"IN": ["vorgestern", "gestern", "heute", "übermorgen"]}}, _DAYTIME],
        # "morgen" as an adverb (tomorrow), not the noun "am Morgen"
        [{"ORTH": "morgen"}, _DAYTIME],
        [
            {
                "LOWER": {
                    "IN": [
                        "kommende",
                        "kommenden",
                        "nächste",
                        "nächsten",
                        "vergangene",
                        "vergangenen",
                        "letzte",
                        "letzten",
                        "diese",
                        "dieser",
                        "diesen",
                    ]
                }
            },
            {"LOWER": {"IN": ["woche", "wochenende"]}},
        ],
        [
            {"LOWER": {"IN": ["in", "im", "am", "an"]}},
            {"LOWER": {"IN": ["der", "dem"]}, "OP": "?"},
            {"LOWER": {"IN": _LAST + _NEXT + _THIS}},
            {"LOWER": {"IN": ["woche", "wochenende"]}},
        ],
        [
            {"LOWER": {"IN": ["im", "in", "anfang", "mitte", "ende"]}},
            {"LOWER": {"IN": ["des", "dem", "der"]}, "OP": "?"},
            {"LOWER": {"IN": _LAST + _NEXT + _THIS}},
            {"LOWER": {"IN": ["monat", "monats", "jahr", "jahres"]}},
        ],
        [{"LOWER": {"IN": _LAST + _NEXT}}, {"LOWER": {"IN": ["monat", "monats", "jahr", "jahres"]}}],
    ],
}


def after_seit(span: Span) -> bool:
    """The time expression follows "seit" ("seit Montag", "seit dem 3. März")."""
    return _preceded_by(span, "seit")


def _preceded_by(span: Span, word: str) -> bool:
    before = span.doc[span.start - 1] if span.start > 0 else None
    return span[0].lower_ == word or (before is not None and before.lower_ == word)


def _tense_for(span: Span) -> str:
    verb = governing_verb(span.root)
    if verb is None:
        # a broken tree (the verb parsed as part of a name): the nearest finite verb of the
        # sentence decides, as German verb-second order puts it next to the adverbial
        finite = [
            t
            for t in span.sent
            if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not t.is_title
        ]
        if not finite:
            return "present"
        verb = min(finite, key=lambda t: abs(t.i - span.start))
    tense = clause_tense(verb)
    if tense == "present" and clause_modals(verb) & PLAN_MODALS:
        return "future"
    return tense


@Language.factory("kg_timex")
def make_timex(nlp: Language, name: str) -> TimexComponent:
    return TimexComponent(nlp, name)


class TimexComponent:
    """Marks time expressions and resolves them against `doc._.kg_date` (set before calling)."""

    def __init__(self, nlp: Language, name: str = "kg_timex") -> None:
        self.name = name
        self.matcher = Matcher(nlp.vocab)
        for label, patterns in PATTERNS.items():
            self.matcher.add(label, patterns)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            spans.append(Span(doc, start, end, label=label))
        spans = filter_spans(spans)
        anchor: dt.date | None = doc._.kg_date
        for span in spans:
            span._.kg_time = annotate(span, anchor)
        doc.spans[SPAN_KEY] = spans
        return doc


def annotate(span: Span, anchor: dt.date | None) -> TimeValue:
    """The TimeValue for a matched span, resolved against `anchor` where possible."""
    needs_tense = span.label_ in ("WEEKDAY", "DATE", "MONTH")
    tense = _tense_for(span) if needs_tense and span.doc.has_annotation("DEP") else "present"
    if needs_tense and after_seit(span):
        tense = "past"  # "seit Montag": a day that has begun what still goes on
    elif needs_tense and _preceded_by(span, "für"):
        tense = "future"  # "kündigte für Dienstag ein Treffen an": a day set ahead
    value, precision = resolve(span.text, span.label_, anchor, tense)
    return TimeValue(
        expression=span.text,
        value=value,
        precision=precision,
        start=span.start_char,
        end=span.end_char,
    )
