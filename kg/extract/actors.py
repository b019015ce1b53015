"""Actors of one article as `kg.records.Actor`, and the resolver the event extractors use.

The spaCy components `kg_actors` and `kg_coref` (kg.nlp) find and group the mentions; this
module turns their result into records with evidence and offers one object that answers
"which actor does this expression refer to?" for every later step, so that meetings,
proposals and statements all point at the same actor keys.

API (stable; the event extractors code against it)::

    index = build_actor_index(doc, document)      # doc: spaCy Doc after kg_actors + kg_coref
    index.actors: list[Actor]                      # sorted by first mention
    index.actor(key) -> Actor                      # KeyError if unknown
    index.get(key) -> Actor | None
    index.key_for_span(span) -> str | None         # name, title+name, role noun ("der Präsident"),
                                                   # pronoun ("er" with a verb of saying),
                                                   # capital/seat as actor ("Moskau", "der Kreml"),
                                                   # unnamed group ("eine ukrainische Delegation")
    index.key_for_token(token) -> str | None       # same for one token; the whole-token actor wins
                                                   # over a compound prefix ("US-Präsident" -> the
                                                   # president if resolved, else the USA)
    index.keys_in_span(span) -> list[str]          # all actors mentioned in a span, in text order
                                                   # (coordinations: "Berg und Moreau")
    index.party(key) -> str                        # the named party an actor acts for: an unnamed
                                                   # group -> its state/region; otherwise the key itself
    index.is_place_use(span) -> bool               # a capital/place used as a location ("in Moskau")
    index.mark_used(key)                           # events call this for every actor they reference;
                                                   # unreferenced unnamed groups are dropped at the end
    index.final_actors() -> list[Actor]            # the actors to publish (see kg.extract.Extractor)

Keys are normalised names ("anna-berg", "usa", "ukraine-delegation"), unique within the
document and deterministic for the same text and model.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from kg.document import Document
from kg.nlp.actors import ActorMention
from kg.nlp.coref import EntityInfo
from kg.nlp.doctext import doc_text
from kg.nlp.gazetteer import gazetteer
from kg.records import Actor, Evidence, Mention

_UNNAMED_KINDS = ("delegation", "group", "government")


def _sentence(doc: Doc, start_char: int, end_char: int) -> tuple[str, int, int]:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return doc_text(doc), 0, len(doc_text(doc))
    sent = span[0].sent
    return sent.text, sent.start_char, sent.end_char


class ActorIndex:
    """The actors of one document and a resolver from text to actor keys (see module docstring)."""

    def __init__(self, doc: Doc, entities: dict[str, EntityInfo], actors: list[Actor]) -> None:
        self.doc = doc
        self.entities = entities
        self.actors = actors
        self._by_key = {a.key: a for a in actors}
        self.used: set[str] = set()
        self._mentions: list[ActorMention] = sorted(
            (m for m in (doc._.kg_mentions or []) if m.key is not None and m.key in self._by_key),
            key=lambda m: (m.start, m.end),
        )
        # for `_best`: the mention starts (sorted) and the longest mention bound the candidates
        self._starts = [m.start for m in self._mentions]
        self._longest = max((m.end - m.start for m in self._mentions), default=0)
        self._token_keys: dict[int, str | None] = {}  # token index -> key: rules ask per token, often

    # -- lookups -----------------------------------------------------------------------------
    def actor(self, key: str) -> Actor:
        return self._by_key[key]

    def get(self, key: str | None) -> Actor | None:
        return self._by_key.get(key) if key else None

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def _best(self, start: int, end: int) -> ActorMention | None:
        best: ActorMention | None = None
        best_rank: tuple = ()
        # only mentions that start before `end` and not so early that they end before `start`
        lo = bisect_left(self._starts, start - self._longest)
        for m in self._mentions[lo : bisect_left(self._starts, end)]:
            if m.end <= start or m.start >= end:
                continue
            overlap = min(end, m.end) - max(start, m.start)
            # whole expressions beat compound prefixes and adjectives; then the larger overlap;
            # then names over roles and pronouns
            rank = (m.type in ("prefix", "adjective"), -overlap, m.type != "name", m.start)
            if best is None or rank < best_rank:
                best, best_rank = m, rank
        return best

    def holders_of_role(self, role: str) -> list[str]:
        """Keys of the persons given this role word anywhere in the article ("Vizekanzler"),
        compared without case."""
        low = role.lower()
        return [a.key for a in self.actors
                if a.category == "Person" and any(r.lower() == low for r in a.roles)]

    def capital_state(self, key: str) -> str | None:
        """The state whose capital `key` is, where the article names that state ("bei ihrem
        Besuch in Oslo" -> Norwegen), from the gazetteer whether or not the capital acts for it."""
        ent = self.entities.get(key)
        if ent is None or not ent.entry:
            return None
        entry = gazetteer(self.doc.lang_).entries.get(ent.entry)
        if entry is None or not entry.capital_of:
            return None
        return next(
            (k for k, e in self.entities.items() if e.entry == entry.capital_of and k in self._by_key), None
        )

    def key_for_span(self, span: Span) -> str | None:
        m = self._best(span.start_char, span.end_char)
        return m.key if m else None

    def key_for_token(self, token: Token) -> str | None:
        i = token.i
        if i in self._token_keys:
            return self._token_keys[i]
        m = self._best(token.idx, token.idx + len(token.text))
        key = self._token_keys[i] = m.key if m else None
        return key

    def keys_in_span(self, span: Span) -> list[str]:
        out: list[str] = []
        covered: list[tuple[int, int]] = []
        cands = [m for m in self._mentions if m.start >= span.start_char and m.end <= span.end_char]
        # whole-expression mentions first, so that "US-Präsident Miller" yields Miller, not also the USA
        cands.sort(key=lambda m: (m.type in ("prefix", "adjective"), m.start))
        for m in cands:
            if any(m.start < e and m.end > s for s, e in covered):
                continue
            covered.append((m.start, m.end))
        keep = sorted(((s, e) for s, e in covered))
        for s, e in keep:
            m = next(x for x in cands if x.start == s and x.end == e)
            if m.key and m.key not in out:
                out.append(m.key)
        return out

    def party(self, key: str) -> str:
        a = self._by_key.get(key)
        if a is None:
            return key
        ent = self.entities.get(key)
        if ent is not None and not ent.named and a.kind in _UNNAMED_KINDS and a.affiliations:
            return a.affiliations[0]
        return key

    def is_place_use(self, span: Span) -> bool:
        m = self._best(span.start_char, span.end_char)
        return bool(m and m.type == "name" and not m.actor_use and self._by_key[m.key].category == "Place")

    def mark_used(self, key: str | None) -> None:
        if key:
            self.used.add(key)

    # -- publishing ----------------------------------------------------------------------------
    def final_actors(self) -> list[Actor]:
        """Actors to publish: every named entity; unnamed groups and states known only from an
        adjective only when an event refers to them (directly or as a group's affiliation)."""
        keep: set[str] = set()
        for a in self.actors:
            ent = self.entities[a.key]
            if ent.named or a.key in self.used:
                keep.add(a.key)
        # what kept actors point to must exist
        changed = True
        while changed:
            changed = False
            for a in self.actors:
                if a.key not in keep:
                    continue
                ent = self.entities[a.key]
                targets = ([a.stands_for] if a.stands_for else []) + (a.affiliations if not ent.named else [])
                for t in targets:
                    if t not in keep and t in self._by_key:
                        keep.add(t)
                        changed = True
        out = []
        for a in self.actors:
            if a.key not in keep:
                continue
            a.affiliations = [k for k in a.affiliations if k in keep]
            if a.stands_for and a.stands_for not in keep:
                a.stands_for = None
            out.append(a)
        return out


def _to_actor(doc: Doc, ent: EntityInfo) -> Actor:
    mentions: list[Mention] = []
    seen: set[tuple[int, int]] = set()
    text = doc_text(doc)
    for m in ent.mentions:
        if m.type == "pronoun" or (m.start, m.end) in seen:
            continue
        seen.add((m.start, m.end))
        mentions.append(Mention(text=text[m.start : m.end], start=m.start, end=m.end))
    mentions.sort(key=lambda x: (x.start, x.end))
    first = next((m for m in ent.mentions if m.type in ("name", "group")), None) or ent.mentions[0]
    sentence, s0, s1 = _sentence(doc, first.start, first.end)
    evidence = Evidence(
        sentence=sentence,
        sentence_start=s0,
        sentence_end=s1,
        start=first.start,
        end=first.end,
        method=first.method,
        confidence=round(first.confidence, 3),
    )
    return Actor(
        key=ent.key,
        name=ent.name,
        category=ent.category,  # type: ignore[arg-type]
        kind=ent.kind,
        mentions=mentions,
        roles=list(ent.roles),
        affiliations=list(ent.affiliations),
        stands_for=ent.stands_for,
        evidence=[evidence],
    )


def build_actor_index(doc: Doc, document: Document | None = None) -> ActorIndex:
    """The ActorIndex of a processed Doc (needs `kg_actors` and `kg_coref` in the pipeline)."""
    entities: dict[str, EntityInfo] | None = doc._.kg_entities
    if entities is None:
        raise ValueError("the Doc was not processed by kg_actors and kg_coref")
    actors = [_to_actor(doc, e) for e in entities.values() if e.mentions]
    actors.sort(key=lambda a: (a.mentions[0].start if a.mentions else 10**9, a.key))
    return ActorIndex(doc, entities, actors)
