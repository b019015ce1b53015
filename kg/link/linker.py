"""Entity linking: from an `Actor` of one article to a Wikidata item, or to NIL.

For each actor the linker (1) asks the backend for every item whose German or English
label or alias is one of the actor's spellings (`kg.link.normalise.variants` of its name,
plus the name-like suffixes of its mentions), (2) checks how well each returned label
matches (exact, normalised, transliterated), and (3) scores each candidate:

    score = match x type  (+ context) (+ office)  [x ambiguity]

* match: label-exact 1.0, alias-exact 0.95, label-normalised 0.9, alias-normalised 0.85,
  label-transliterated 0.8, alias-transliterated 0.75; x 0.95 when only a mention (not
  the actor's fullest name) matched, x 0.75 when only part of the name (the surname) did.
* type: the candidate's P31 classes against the actor's category (`kg.link.classes`):
  preferred for the kind 1.0, allowed 0.95, untyped 0.8, a related category 0.6, a class
  the kind rules out 0.45, anything else 0.3 (so a person never links to a city).
* context: the countries the text ties the actor to (its affiliations, a role prefix such
  as "Kreml-" or "US-", a country adjective such as "serbischer") against the candidate's
  P27/P17: +0.1 when they agree, x 0.8 when they disagree.
* office: a person holding, at the article date, a position whose label shares a word
  with the actor's role: +0.1 (only where the endpoint has P39 with qualifiers).
* stands-for: a Place standing for a state ("Washington" for the USA) also gets the
  state's capital (P36) as a candidate when the capital's label starts with the name
  (match 0.9, "capital-of-state"), and +0.1 when it matched by label as well.
* ambiguity: when the best two candidates are within 0.05, popularity (sitelinks on
  WDQS, otherwise the number of facts and capital-of links) picks one and its score is
  multiplied by 0.9; an exact tie with equal popularity multiplies by 0.75.

The best candidate is linked if its score reaches the threshold; otherwise the actor is
NIL (kept, reported with its best candidate). Countries and organisations are linked
before people, so that a person's affiliation is already resolved to a country. A
surname-only Person ("Tsipras") takes the link of the document's fuller Person name
("Alexis Tsipras") before anything is looked up.

Backend failures never escape: the actor stays unlinked with the failure's cause recorded,
and the caller warns once per cause (see `kg.link.apply`).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field

from kg.link import classes, queries
from kg.link.backend import Backend, BackendError
from kg.link.escape import is_qid
from kg.link.normalise import basic_key, clean, match_kind, suffixes, variants
from kg.records import Actor, Extraction

log = logging.getLogger(__name__)

ENTITY = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"

MATCH_SCORE = {
    ("label", "exact"): 1.0,
    ("alias", "exact"): 0.95,
    ("label", "normalised"): 0.9,
    ("alias", "normalised"): 0.85,
    ("label", "transliterated"): 0.8,
    ("alias", "transliterated"): 0.75,
    ("label", "inflected"): 0.8,
    ("alias", "inflected"): 0.75,
    ("capital", "of-state"): 0.9,  # the capital of the state the place stands for
}
MENTION_FACTOR = 0.95
#: only part of the name matched ("Putin" for "Wladimir Wladimirowitsch Putin")
PARTIAL_FACTOR = 0.75
#: most lookup strings for one actor (each sent as @de and @en)
MAX_LOOKUPS = 96
_ORDER = {"Country": 0, "Organisation": 1, "Place": 2, "Person": 3}
_ADJECTIVE = re.compile(r"^(\w{4,}?)isch(e|er|en|em|es)?$")


@dataclass
class Candidate:
    qid: str
    matches: dict[tuple[str, str], float] = field(default_factory=dict)  # (how, kind) -> factor
    classes: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)  # P27 / P17
    capital_of: set[str] = field(default_factory=set)
    sitelinks: int | None = None
    offices: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)

    @property
    def popularity(self) -> float:
        if self.sitelinks is not None:
            return float(self.sitelinks)
        return float(len(self.classes) + len(self.countries) + 3 * len(self.capital_of) + len(self.matches))

    def country_set(self) -> set[str]:
        """The countries this item stands for or belongs to (itself, if it is a country)."""
        if self.classes & classes.COUNTRY:
            return {self.qid}
        return set(self.countries)


@dataclass
class LinkResult:
    qid: str | None
    score: float
    method: str
    best: str | None = None  # best candidate when NIL
    error: str | None = None  # BackendError cause when the lookup failed
    candidates: int = 0


class Linker:
    """Links the actors of extractions against one backend; keeps nothing between runs."""

    def __init__(self, backend: Backend, *, threshold: float = 0.5):
        self.backend = backend
        self.threshold = threshold
        self.errors: dict[str, list[str]] = {}  # cause -> details (first few)
        self.last_error: str | None = None
        self._prefix_countries: dict[str, set[str]] = {}

    # -- the backend, with failures recorded instead of raised ----------------------------
    def _select(self, query: str) -> list | None:
        try:
            return self.backend.select(query)
        except BackendError as exc:
            self.errors.setdefault(exc.cause, []).append(exc.detail)
            self.last_error = exc.cause
            return None

    # -- candidates -----------------------------------------------------------------------
    @staticmethod
    def lookup_forms(actor: Actor) -> tuple[list[str], set[str]]:
        """Strings to look up for `actor`, and which of them come from its name."""
        name = clean(actor.name)
        from_name = variants(name)
        if actor.name != name and actor.name.strip():
            from_name.insert(0, actor.name)  # as written, in case a label keeps the line break
        forms = list(from_name)
        for mention in actor.mentions:
            for suffix in suffixes(mention.text):
                if not suffix[:1].isupper() and not suffix[:1].isdigit():
                    continue  # "deutsche Kanzlerin Angela Merkel": a lowercase word starts no name
                for v in variants(suffix, limit=6):
                    if v not in forms:
                        forms.append(v)
        return forms[:MAX_LOOKUPS], set(from_name)

    def candidates(self, actor: Actor) -> dict[str, Candidate] | None:
        """Candidates by label/alias for `actor`; None when the backend failed."""
        forms, name_forms = self.lookup_forms(actor)
        if not forms:
            return {}
        rows = self._select(queries.candidates_query(forms))
        if rows is None:
            return None
        found: dict[str, Candidate] = {}
        self._add_rows(found, rows, actor, name_forms)
        return found

    def capital_candidates(self, actor: Actor, states: set[str], found: dict[str, Candidate]) -> None:
        """Add the capitals of `states` whose label starts with the actor's name."""
        rows = self._select(queries.capitals_query(states))
        if not rows:
            return
        name = basic_key(actor.name)
        fitting = [r for r in rows
                   if "label" in r and (basic_key(r["label"].value) + " ").startswith(name + " ")]
        capitals: dict[str, Candidate] = {}
        self._add_rows(capitals, fitting, actor, set())
        for q, cand in capitals.items():
            cand.matches = {k: v for k, v in cand.matches.items() if k[0] == "capital"} or cand.matches
            cand.matches[("capital", "of-state")] = 1.0
            if q in found:
                found[q].matches.update(cand.matches)
            else:
                found[q] = cand

    @staticmethod
    def _how_well(actor: Actor, names: list[str], label: str, name_forms: set[str]) -> tuple[str, float]:
        """(match kind, factor): the label against the name (1.0), another mention (0.95) or
        only a part of the name such as the surname (0.8). The best combination wins."""
        options: list[tuple[float, str, float]] = []
        kind = match_kind(actor.name, label)
        if kind is None and label in name_forms:
            kind = "transliterated"
        if kind is not None:
            options.append((MATCH_SCORE[("label", kind)], kind, 1.0))
        name_key = basic_key(actor.name)
        for text in names:
            for suffix in suffixes(text):
                k = match_kind(suffix, label)
                if k is None:
                    continue
                key = basic_key(suffix)
                partial = key != name_key and name_key.endswith(" " + key)
                factor = PARTIAL_FACTOR if partial else (1.0 if key == name_key else MENTION_FACTOR)
                options.append((MATCH_SCORE[("label", k)] * factor, k, factor))
        if not options:  # one of our generated spellings matched: the weakest kind
            return "transliterated", 1.0 if label in name_forms else MENTION_FACTOR
        _s, kind, factor = max(options)
        return kind, factor

    def _add_rows(self, found: dict[str, Candidate], rows: list, actor: Actor, name_forms: set[str]) -> None:
        names = [clean(actor.name)] + [clean(m.text) for m in actor.mentions]
        for row in rows:
            item = row.get("item")
            label = row.get("label")
            if item is None or label is None or not item.value.startswith(ENTITY):
                continue
            q = item.value[len(ENTITY):]
            if not is_qid(q):
                continue
            cand = found.setdefault(q, Candidate(q))
            how = row["how"].value if "how" in row else "label"
            if how != "capital":  # capital_candidates sets that match itself
                kind, factor = self._how_well(actor, names, label.value, name_forms)
                key = (how, kind)
                cand.matches[key] = max(cand.matches.get(key, 0.0), factor)
            p, o = row.get("p"), row.get("o")
            if p is not None and o is not None and o.value.startswith(ENTITY):
                oq = o.value[len(ENTITY):]
                if p.value == WDT + "P31":
                    cand.classes.add(oq)
                elif p.value in (WDT + "P27", WDT + "P17"):
                    cand.countries.add(oq)
                elif p.value == queries.CAPITAL_OF:
                    cand.capital_of.add(oq)
            if "sitelinks" in row:
                try:
                    cand.sitelinks = int(float(row["sitelinks"].value))
                except ValueError:
                    pass

    # -- context from the text ------------------------------------------------------------
    def context_countries(self, actor: Actor, extraction: Extraction,
                          linked: dict[str, Candidate]) -> tuple[set[str], str]:
        """Countries the text ties `actor` to, and which evidence ("affiliation"/"role")."""
        countries: set[str] = set()
        for key in actor.affiliations:
            countries |= self._actor_countries(key, extraction, linked, depth=0)
        if countries:
            return countries, "affiliation"
        for role in actor.roles:
            countries |= self._role_countries(role, actor, extraction, linked)
        return countries, "role" if countries else ""

    def _actor_countries(self, key: str, extraction: Extraction, linked: dict[str, Candidate],
                         depth: int) -> set[str]:
        cand = linked.get(key)
        if cand is not None:
            found = cand.country_set()
            if found:
                return found
        other = extraction.actor(key)
        if other is None or depth > 1:
            return set()
        out: set[str] = set()
        for k in other.affiliations + ([other.stands_for] if other.stands_for else []):
            if k != key:
                out |= self._actor_countries(k, extraction, linked, depth + 1)
        return out

    def _role_countries(self, role: str, actor: Actor, extraction: Extraction,
                        linked: dict[str, Candidate]) -> set[str]:
        """"US-Präsident", "Kremlchef", "serbischer Premier" -> the country they name."""
        role_key = basic_key(role).replace(" ", "")
        words = clean(role).split(" ")
        prefixes = [w.split("-")[0] for w in words if "-" in w and w[:1].isupper()]
        out: set[str] = set()
        for other in extraction.actors:
            if other.key == actor.key or other.category == "Person":
                continue
            forms = {basic_key(other.name).replace(" ", "")} | {
                basic_key(m.text).replace(" ", "") for m in other.mentions}
            forms.discard("")
            hit = any(len(f) >= 4 and role_key.startswith(f) for f in forms)
            hit = hit or any(basic_key(p).replace(" ", "") in forms for p in prefixes)
            if other.category == "Country" and not hit:
                for w in words:
                    m = _ADJECTIVE.match(basic_key(w))
                    if m and any(f.startswith(m.group(1)) for f in forms):
                        hit = True
            if not hit and prefixes and other.category == "Country":
                # "US-" for the actor "USA": a prefix of at least two letters of the name
                hit = any(len(p) >= 2 and p.isupper() and basic_key(other.name).startswith(basic_key(p))
                          for p in prefixes)
            if hit:
                out |= self._actor_countries(other.key, extraction, linked, depth=0)
        if not out:
            for p in prefixes:
                out |= self._lookup_prefix(p)
        return out

    def _lookup_prefix(self, prefix: str) -> set[str]:
        """A role prefix not named in the document ("Kreml-") looked up as a label itself."""
        if len(prefix) < 2 or not prefix[:1].isupper():
            return set()
        if prefix not in self._prefix_countries:
            probe = Actor(key="_prefix", name=prefix, category="Organisation")
            cands = self.candidates(probe) or {}
            exact = [c for c in cands.values() if any(k == "exact" for (_h, k) in c.matches)]
            countries: set[str] = set()
            for c in exact:
                countries |= c.country_set()
            # only an unambiguous answer is evidence
            self._prefix_countries[prefix] = countries if len(countries) == 1 else set()
        return self._prefix_countries[prefix]

    # -- offices --------------------------------------------------------------------------
    def add_offices(self, cands: list[Candidate]) -> None:
        rows = self._select(queries.offices_query([c.qid for c in cands]))
        if not rows:
            return
        by_qid = {c.qid: c for c in cands}
        for row in rows:
            item, position = row.get("item"), row.get("position")
            if item is None or position is None:
                continue
            cand = by_qid.get(item.value[len(ENTITY):])
            if cand is None:
                continue
            label = row["positionLabel"].value if "positionLabel" in row else ""
            start = row["start"].value[:10] if "start" in row else None
            end = row["end"].value[:10] if "end" in row else None
            cand.offices.append((position.value, label, start, end))

    # -- scoring --------------------------------------------------------------------------
    def score(self, actor: Actor, cand: Candidate, context: set[str], evidence: str,
              date: dt.date | None) -> tuple[float, str]:
        (how, kind), factor = max(cand.matches.items(), key=lambda kv: MATCH_SCORE[kv[0]] * kv[1])
        s = MATCH_SCORE[(how, kind)] * factor
        suffix = {1.0: "", MENTION_FACTOR: "-mention", PARTIAL_FACTOR: "-partial"}.get(factor, "")
        method = [f"{how}-{kind}{suffix}"]
        if ("capital", "of-state") in cand.matches and how != "capital":
            s += 0.1  # named like the place *and* the capital of the state it stands for
            method.append("stands-for")
        allowed = classes.ALLOWED.get(actor.category, frozenset())
        preferred = classes.preferred(actor.category, actor.kind)
        if cand.classes & preferred:
            method.append("type")
        elif cand.classes & allowed:
            s *= 0.95 if preferred == allowed else 0.45
            method.append("type" if preferred == allowed else "kind-mismatch")
        elif not cand.classes:
            s *= 0.8
            method.append("untyped")
        elif cand.classes & classes.RELATED.get(actor.category, frozenset()):
            s *= 0.6
            method.append("related-type")
        else:
            s *= 0.3
            method.append("wrong-type")
        if context and actor.category != "Country":
            have = cand.country_set()
            if have & context:
                s += 0.1
                method.append(evidence)
            elif have:
                s *= 0.8
                method.append("other-country")
        if cand.offices and date is not None:
            role_words = {w for r in actor.roles
                          for w in basic_key(r).replace("-", " ").split() if len(w) > 3}
            for _pos, label, start, end in cand.offices:
                if (start is None or start <= date.isoformat()) and (end is None or date.isoformat() <= end):
                    label_words = set(basic_key(label).split())
                    if any(any(lw.startswith(rw[:6]) or rw.endswith(lw) for lw in label_words if len(lw) > 3)
                           for rw in role_words):
                        s += 0.1
                        method.append("office")
                        break
        return s, "+".join(method)  # uncapped, so bonuses still rank; capped at 1.0 when reported

    def link_actor(self, actor: Actor, extraction: Extraction,
                   linked: dict[str, Candidate], date: dt.date | None) -> tuple[LinkResult, Candidate | None]:
        found = self.candidates(actor)
        if found is None:
            return LinkResult(None, 0.0, "error", error=self.last_error), None
        if actor.category == "Place" and actor.stands_for and actor.stands_for in linked:
            states = linked[actor.stands_for].country_set()
            if states:
                self.capital_candidates(actor, states, found)
        if not found:
            return LinkResult(None, 0.0, "no-candidate"), None
        context, evidence = self.context_countries(actor, extraction, linked)
        if actor.category == "Person" and len(found) > 1 and date is not None:
            self.add_offices(list(found.values()))
        scored = sorted(
            ((*self.score(actor, c, context, evidence, date), c) for c in found.values()),
            key=lambda t: (t[0], t[2].popularity, -int(t[2].qid[1:])),
            reverse=True,
        )
        best_score, best_method, best = scored[0]
        if len(scored) > 1:
            runner_score, _m, runner = scored[1]
            if best_score - runner_score < 0.05 - 1e-9:
                tie = best.popularity == runner.popularity
                best_score *= 0.75 if tie else 0.9
                best_method += "+popularity"
        best_score = round(min(1.0, best_score), 3)
        if best_score < self.threshold:
            return LinkResult(None, best_score, best_method, best=best.qid, candidates=len(found)), None
        return LinkResult(best.qid, best_score, best_method, candidates=len(found)), best

    # -- documents ------------------------------------------------------------------------
    def link_extraction(self, extraction: Extraction) -> dict[str, LinkResult]:
        """Link every actor of one document in place; returns key -> result."""
        date = extraction.document.date
        linked: dict[str, Candidate] = {}
        results: dict[str, LinkResult] = {}
        persons_full = [a for a in extraction.actors
                        if a.category == "Person" and len(clean(a.name).split()) > 1]
        order = sorted(extraction.actors, key=lambda a: (_ORDER.get(a.category, 9),
                                                         len(clean(a.name).split()) == 1))
        for actor in order:
            fuller = self._fuller_person(actor, persons_full)
            if fuller is not None and fuller.key in results:
                prior = results[fuller.key]
                result = LinkResult(prior.qid, prior.score, prior.method + "+surname", best=prior.best,
                                    error=prior.error, candidates=prior.candidates)
                cand = linked.get(fuller.key)
            else:
                result, cand = self.link_actor(actor, extraction, linked, date)
            results[actor.key] = result
            if cand is not None and result.qid:
                linked[actor.key] = cand
            actor.wikidata = result.qid
            actor.link_score = result.score if result.qid else None
            actor.link_method = result.method if result.qid else None
        return results

    @staticmethod
    def _fuller_person(actor: Actor, persons_full: list[Actor]) -> Actor | None:
        """The document's fuller Person whose name ends with this one-word Person name."""
        if actor.category != "Person" or len(clean(actor.name).split()) != 1:
            return None
        key = basic_key(actor.name)
        matches = [p for p in persons_full if basic_key(p.name).split()[-1] == key]
        return matches[0] if len(matches) == 1 else None
