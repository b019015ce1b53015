"""The names kg recognises without a model: states, capitals, seats of power, bodies, regions.

Two sources are merged once per process: `kg/data/gazetteer.json` (names from the CC0
Wikidata subset, built by `tools/build_gazetteer.py`) and the hand-written German forms of
`kg.nlp.states` (adjectives, compound prefixes, colloquial names, seats of power). The NER
model alone misses many of these or types them inconsistently ("Kreml" as LOC, "USA" as
ORG); a lookup gives every state and capital a stable id and category, so that "USA",
"US-" and "amerikanische" all land on the same actor.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from kg.nlp.states import BODIES, EXTRA_STATES, STATES, Body, StateForms

_INFLECTION = re.compile(r"(?:e[mnrs]?|s)$")


def inflection_key(name: str) -> tuple[str, ...]:
    """ "Obersten Gerichtshofs" and "Oberste Gerichtshof" -> ("oberst", "gerichtshof"): the
    words of a name without the case endings of German adjectives and the genitive -s, so
    that the forms of one name of several words in different cases meet."""
    return tuple(_INFLECTION.sub("", w.lower()) or w.lower() for w in name.split())

#: preferred display names where the Wikidata label is not what German news write
DISPLAY = {"US": "USA", "GB": "Großbritannien"}
_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")


@dataclass
class Entry:
    """One gazetteer item. `id` is a QID or `body:<id>`/`seat:<id>`/`iso:<code>`."""

    id: str
    name: str
    category: str  # Person | Organisation | Country | Place
    kind: str | None = None
    state: str | None = None  # for capitals, seats and national parties: the state's entry id
    capital_of: str | None = None
    part_of: str | None = None
    seat: bool = False  # a seat of power ("Kreml") that stands for the state's government
    qid: str | None = None
    forms: set[str] = field(default_factory=set)


def slug(text: str) -> str:
    """A stable ASCII key for a name: lower case, umlauts spelled out, hyphen-separated."""
    t = text.lower()
    for a, b in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("ß", "ss"),
        ("é", "e"),
        ("è", "e"),
        ("á", "a"),
        ("à", "a"),
        ("ó", "o"),
        ("í", "i"),
        ("ú", "u"),
        ("č", "c"),
        ("ć", "c"),
        ("š", "s"),
        ("ž", "z"),
        ("ñ", "n"),
        ("ç", "c"),
        ("ş", "s"),
        ("ğ", "g"),
        ("ı", "i"),
    ):
        t = t.replace(a, b)
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t or "x"


def _wikidata_forms(raw: dict[str, Any], own: list[str], other: list[str]) -> list[str]:
    """The surface forms of a Wikidata entry besides its display name: its labels in this
    language; English labels of places without one (and of cities, mostly written the same
    way); acronyms, which are language-neutral ("FPÖ", "NATO"); and pronounceable acronyms in
    title case as German news write them ("Nato", "Opec", "Unicef")."""
    forms = list(own)
    if not own or (raw["category"] == "Place" and raw.get("kind") == "city"):
        forms += [n for n in other if raw["category"] != "Country"]
    forms += [n for n in other if re.fullmatch(r"[A-ZÄÖÜ0-9][A-ZÄÖÜa-z0-9\-]{1,7}", n) and n.upper() == n]
    forms += [f[0] + f[1:].lower() for f in forms if len(f) >= 4 and f.isupper() and f.isalpha()]
    return forms


#: which entry a form names when it names several: states first, then organisations, places
_RANK = {"Country": 0, "Organisation": 1, "Place": 2, "Person": 3}


class Gazetteer:
    """Lookup of surface forms, adjective stems and compound prefixes to entries."""

    def __init__(self, lang: str = "de") -> None:
        self.lang = lang
        self.entries: dict[str, Entry] = {}
        self.by_form: dict[str, list[str]] = {}
        self._inflection_index: dict[tuple[str, ...], list[str]] | None = None
        self.adjectives: dict[str, str] = {}
        self.prefixes: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        #: first words of the forms of more than one word: a quick "no" for the name matcher
        self.multiword_starts: set[str] = set()
        self._load()

    # -- building ---------------------------------------------------------------------------
    def _add_form(self, form: str, entry_id: str) -> None:
        form = " ".join(form.split())
        if not form:
            return
        if " " in form:
            self.multiword_starts.add(form.split(" ", 1)[0])
        ids = self.by_form.setdefault(form, [])
        if entry_id not in ids:
            ids.append(entry_id)
        self.entries[entry_id].forms.add(form)

    def _load(self) -> None:
        """Merge the sources in this order: Wikidata entries, the states Wikidata lacks, the
        hand-written state forms, then the bodies (which merge into Wikidata items by name),
        and last the bodies' `part_of` references, which may name any of them."""
        data = json.loads(resources.files("kg.data").joinpath("gazetteer.json").read_text(encoding="utf-8"))
        iso_to_id: dict[str, str] = {}
        for raw in data["entries"]:
            e = self._add_wikidata_entry(raw)
            if raw.get("iso"):
                iso_to_id[raw["iso"]] = e.id
        for iso, (de, en) in EXTRA_STATES.items():
            if iso not in iso_to_id:
                eid = f"iso:{iso}"
                self.entries[eid] = Entry(id=eid, name=de if self.lang == "de" else en, category="Country")
                self._add_form(self.entries[eid].name, eid)
                iso_to_id[iso] = eid
        for iso, forms in STATES.items():
            sid = iso_to_id.get(iso)
            if sid is not None:
                self._add_state_forms(sid, forms)
        for bid, body in BODIES.items():
            self._add_body(bid, body)
        for e in self.entries.values():  # resolve body-id references
            if e.part_of and e.part_of in iso_to_id:
                e.part_of = iso_to_id[e.part_of]
            elif e.part_of and e.part_of in BODIES:
                target = next((i for i in self.by_form.get(BODIES[e.part_of].name, [])), None)
                e.part_of = target

    def _add_wikidata_entry(self, raw: dict[str, Any]) -> Entry:
        """One entry of `gazetteer.json` with its forms in this language (display names of
        `DISPLAY` win over Wikidata labels)."""
        names = raw["names"]
        own = names.get(self.lang) or []
        other = names.get("en") or []
        if raw["category"] == "Country" and raw.get("iso") in DISPLAY:
            name = DISPLAY[raw["iso"]]
        else:
            name = (own or other or [raw["qid"]])[0]
        e = Entry(
            id=raw["qid"],
            name=name,
            category=raw["category"],
            kind=raw.get("kind"),
            state=raw.get("capital_of") or raw.get("country"),
            capital_of=raw.get("capital_of"),
            qid=raw["qid"],
        )
        self.entries[e.id] = e
        for f in [name, *_wikidata_forms(raw, own, other)]:
            self._add_form(f, e.id)
        return e

    def _add_state_forms(self, sid: str, forms: StateForms) -> None:
        """The hand-written forms of one state (`kg.nlp.states`): names, adjective stems,
        compound prefixes, demonyms, capitals and seats of power."""
        for n in forms.names:
            self._add_form(n, sid)
        for a in forms.adjectives:
            self.adjectives[a.lower()] = sid
        for p in forms.prefixes:
            self.prefixes[p] = sid
        for d in forms.demonyms:
            self.demonyms[d] = sid
        for c in forms.capitals:
            self._add_capital(c, sid)
        for s in forms.seats:
            base = re.sub(r"(e[sn]?)\s+Haus$", "e Haus", s)  # Weißes/Weißen Haus -> one seat
            sid_seat = f"seat:{slug(base)}"
            if sid_seat not in self.entries:
                self.entries[sid_seat] = Entry(
                    id=sid_seat, name=s, category="Organisation", kind="government", state=sid, seat=True
                )
            self._add_form(s, sid_seat)

    def _add_capital(self, c: str, sid: str) -> None:
        """A state's capital: the Wikidata city of that name if there is one (it learns its
        state), else a new place entry."""
        existing = [i for i in self.by_form.get(c, []) if self.entries[i].kind == "city"]
        cid = existing[0] if existing else f"capital:{slug(c)}"
        if cid not in self.entries:
            self.entries[cid] = Entry(
                id=cid, name=c, category="Place", kind="city", state=sid, capital_of=sid
            )
        else:
            self.entries[cid].capital_of = self.entries[cid].capital_of or sid
            self.entries[cid].state = self.entries[cid].state or sid
        self._add_form(c, cid)

    def _add_body(self, bid: str, body: Body) -> None:
        """A hand-written body (`kg.nlp.states.BODIES`), merged with the Wikidata item of the
        same name and category where there is one, so that both sources give one entity."""
        match = next(
            (
                i
                for f in (body.name, *body.names)
                for i in self.by_form.get(f, [])
                if self.entries[i].category == body.category
            ),
            None,
        )
        eid = match or f"body:{bid}"
        if match is None:
            self.entries[eid] = Entry(id=eid, name=body.name, category=body.category, kind=body.kind)
        e = self.entries[eid]
        e.name = body.name
        e.kind = body.kind or e.kind
        for f in (body.name, *body.names):
            self._add_form(f, eid)
        for a in body.adjectives:
            self.adjectives[a.lower()] = eid
        for p in body.prefixes:
            self.prefixes[p] = eid
        if body.part_of:
            e.part_of = body.part_of

    # -- lookup ------------------------------------------------------------------------------
    def lookup(self, form: str) -> Entry | None:
        """The entry a surface form names, preferring states over homonymous places."""
        ids = self.by_form.get(" ".join(form.split()))
        if not ids:
            return None
        if len(ids) == 1:
            return self.entries[ids[0]]
        best = sorted(
            ids, key=lambda i: (_RANK.get(self.entries[i].category, 9), self.entries[i].capital_of is None, i)
        )
        return self.entries[best[0]]

    def lookup_inflected(self, form: str) -> Entry | None:
        """Like `lookup`, also for genitive forms ("Russlands", "des Kremls", "Moskaus"), a
        space for a hyphen ("Saudi Arabien") and the case forms of names of several words
        ("der Vereinigten Arabischen Emirate")."""
        e = self.lookup(form)
        if e is not None:
            return e
        for suffix in ("s", "es", "n"):
            if form.endswith(suffix) and len(form) > len(suffix) + 2:
                base = form[: -len(suffix)]
                e = self.lookup(base)
                if e is not None and suffix == "s" and e.category == "Organisation" and base.endswith("e"):
                    continue  # "Grünes (Licht)" is an adjective: "die Grüne(n)" take no genitive s
                if e is not None:
                    return e
        words = form.split()
        if len(words) < 2:
            return None
        e = self.lookup("-".join(words))
        if e is not None:
            return e
        ids = self._by_inflection_key().get(inflection_key(form))
        return self.entries[ids[0]] if ids and len(ids) == 1 else None

    def _by_inflection_key(self) -> dict[tuple[str, ...], list[str]]:
        """Entries by the case-free key of their forms of several words (built on first use)."""
        if self._inflection_index is None:
            index: dict[tuple[str, ...], list[str]] = {}
            for f, ids in self.by_form.items():
                if " " in f:
                    bucket = index.setdefault(inflection_key(f), [])
                    bucket.extend(i for i in ids if i not in bucket)
            self._inflection_index = index
        return self._inflection_index

    def adjective(self, word: str) -> Entry | None:
        """The state or region an adjective refers to ("ukrainischen" -> Ukraine)."""
        w = word.lower()
        for ending in _ADJ_ENDINGS:
            if ending and not w.endswith(ending):
                continue
            stem = w[: len(w) - len(ending)] if ending else w
            if stem in self.adjectives:
                return self.entries[self.adjectives[stem]]
        return None

    def prefix(self, part: str) -> Entry | None:
        """The entry a compound's first part names ("US" in "US-Präsident", "Kreml")."""
        if part in self.prefixes:
            return self.entries[self.prefixes[part]]
        return self.lookup_inflected(part)

    def state_of(self, entry: Entry) -> Entry | None:
        return self.entries.get(entry.state) if entry.state else None


@lru_cache(maxsize=4)
def gazetteer(lang: str = "de") -> Gazetteer:
    return Gazetteer(lang)
