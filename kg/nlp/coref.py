"""`kg_coref`: group the mentions of `kg_actors` into one entity per real-world actor.

A negotiation graph is only useful if "Frankreichs Präsidentin Anne Moreau", "Moreau", "die
Präsidentin" and "er sagte" are one node. The rules are deliberately simple and precise,
because a wrong merge (two people made one) does more harm than a missed one:

* the same gazetteer entry is the same entity, whatever the surface form ("USA", "US-",
  "amerikanische");
* a name and its genitive ("Moreaus") are one; a person's surname alone, or a shorter tail
  of the name ("Moreau", "Ali Hassan" of "Omar Ali Hassan"), joins the full name; when two
  people share a surname the nearest preceding one wins;
* a compound prefix that is a name of the article ("Likud-Fraktion") joins that name;
* a definite role noun ("der Präsident", "Kreml-Chef") joins the most recent person who was
  given that role (with a compatible affiliation); if there was none before, the only person
  with that role anywhere in the article; otherwise it stays unresolved;
* "er"/"sie" as the subject of a verb of saying joins the most recent person mentioned as a
  subject in the same or the previous two sentences;
* unnamed groups with the same kind and affiliation ("ukrainische Delegation", "Vertreter
  aus Kiew") are one group.

The result is `doc._.kg_entities` (key -> `EntityInfo`), each mention's `key`, and the
getters `token._.kg_actor` / `span._.kg_actor` that return the key an expression refers to.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp.actors import ActorMention
from kg.nlp.doctext import doc_text
from kg.nlp.gazetteer import Gazetteer, gazetteer, slug
from kg.nlp.roles import SPEECH_VERBS

if not Doc.has_extension("kg_entities"):
    Doc.set_extension("kg_entities", default=None)
if not Doc.has_extension("kg_mentions"):
    Doc.set_extension("kg_mentions", default=None)


@dataclass
class EntityInfo:
    """One actor of the article as seen by the pipeline (converted to `kg.records.Actor` by kg.extract)."""

    key: str
    name: str
    category: str
    kind: str | None = None
    entry: str | None = None  # gazetteer id
    roles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)  # keys
    stands_for: str | None = None  # key
    mentions: list[ActorMention] = field(default_factory=list)
    named: bool = True  # False for unnamed groups and for states known only from adjectives
    method: str = "ner"
    confidence: float = 1.0


# --------------------------------------------------------------------------------------------


def _mention_for_chars(doc: Doc, start: int, end: int, whole_token: bool) -> ActorMention | None:
    best: ActorMention | None = None
    for m in doc._.kg_mentions or []:
        if m.key is None or m.end <= start or m.start >= end:
            continue
        if m.type == "adjective" and whole_token:
            pass
        # prefer the mention that covers the whole expression over a compound prefix
        rank = (m.type == "prefix", m.type == "adjective", -(min(end, m.end) - max(start, m.start)))
        if best is None or rank < (
            best.type == "prefix",
            best.type == "adjective",
            -(min(end, best.end) - max(start, best.start)),
        ):
            best = m
    return best


def _token_actor(token: Token) -> str | None:
    m = _mention_for_chars(token.doc, token.idx, token.idx + len(token.text), True)
    return m.key if m else None


def _span_actor(span: Span) -> str | None:
    m = _mention_for_chars(span.doc, span.start_char, span.end_char, False)
    return m.key if m else None


if not Token.has_extension("kg_actor"):
    Token.set_extension("kg_actor", getter=_token_actor)
if not Span.has_extension("kg_actor"):
    Span.set_extension("kg_actor", getter=_span_actor)


@Language.factory("kg_coref", default_config={"lang": None, "pronouns": True, "role_nouns": True})
def make_coref(nlp: Language, name: str, lang: str | None, pronouns: bool, role_nouns: bool) -> ActorCoref:
    return ActorCoref(name, lang or nlp.lang, pronouns=pronouns, role_nouns=role_nouns)


class ActorCoref:
    """Adds `doc._.kg_entities` and sets `ActorMention.key` (see the module docstring)."""

    def __init__(
        self, name: str = "kg_coref", lang: str = "de", *, pronouns: bool = True, role_nouns: bool = True
    ) -> None:
        self.name = name
        self.gaz = gazetteer(lang)
        self.pronouns = pronouns
        self.role_nouns = role_nouns

    def __call__(self, doc: Doc) -> Doc:
        if doc._.kg_mentions is None:
            raise ValueError("kg_coref needs kg_actors before it in the pipeline")
        doc._.kg_entities = resolve(
            doc, doc._.kg_mentions, self.gaz, pronouns=self.pronouns, role_nouns=self.role_nouns
        )
        return doc


# --------------------------------------------------------------------------------------------


class _Clusters:
    """Union-find over provisional refs."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, r: str) -> str:
        self.parent.setdefault(r, r)
        while self.parent[r] != r:
            self.parent[r] = self.parent[self.parent[r]]
            r = self.parent[r]
        return r

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # gazetteer refs stay representatives, so that the entity keeps its entry
            if rb.startswith("gaz:") and not ra.startswith("gaz:"):
                ra, rb = rb, ra
            self.parent[rb] = ra


def _base(name: str, known: set[str]) -> str:
    """A genitive name without its -s when the base form is also in the article ("Moreaus")."""
    for suffix in ("s", "es", "'"):
        if name.endswith(suffix) and name[: -len(suffix)] in known:
            return name[: -len(suffix)]
    return name


def resolve(
    doc: Doc, mentions: list[ActorMention], gaz: Gazetteer, *, pronouns: bool = True, role_nouns: bool = True
) -> dict[str, EntityInfo]:
    uf = _Clusters()
    named = [m for m in mentions if m.type == "name"]
    name_texts = {m.name for m in named if m.ref and m.ref.startswith("name:") and m.name}
    # "Mittermaiers" after "Jakob Mittermaier": the genitive of a surname
    name_texts |= {
        n.split()[-1] for m in named if m.category == "Person" and (n := m.name or "") and " " in n
    }
    for m in named:
        if m.ref and m.ref.startswith("name:") and m.name:
            base = _base(m.name, name_texts)
            if base != m.name:
                m.ref = "name:" + base
                m.name = base
        uf.find(m.ref or "")

    # person names: tails join full names (nearest preceding full name wins)
    persons = [m for m in named if m.category == "Person" and m.ref and m.ref.startswith("name:")]
    full = [m for m in persons if len((m.name or "").split()) >= 2]
    for m in named:
        if not m.ref or not m.ref.startswith("name:"):
            continue
        words = (m.name or "").split()
        cands = [
            f
            for f in full
            if f.ref != m.ref
            and len((f.name or "").split()) > len(words)
            and (f.name or "").split()[-len(words) :] == words
        ]
        if not cands:
            continue
        before = [f for f in cands if f.start < m.start]
        target = max(before, key=lambda f: f.start) if before else min(cands, key=lambda f: f.start)
        if len({uf.find(f.ref or "") for f in cands}) > 1 and not before:
            continue  # ambiguous surname before any full name: leave it alone
        uf.union(target.ref or "", m.ref)

    # "Grüne Liste (GL)", "GL (Grüne Liste)": a name and its short form
    ordered = sorted(named, key=lambda m: m.start)
    text = doc_text(doc)
    for a, b in zip(ordered, ordered[1:], strict=False):
        between = text[a.end : b.start].strip()
        after = text[b.end : b.end + 2].strip()[:1]
        if between == "(" and after == ")" and a.category != "Person" and a.ref and b.ref:
            uf.union(a.ref, b.ref)
        # "VfB, dem kleinen Verein Blau-Weiß Nord": an organisation and its apposition
        if (
            a.category == b.category == "Organisation"
            and re.fullmatch(r",\s*(?:(?:der|die|das|des|dem|den)\s+)?(?:[a-zäöüß]+\s+){0,2}", between + " ")
            and b.name_start is not None
            and b.start < b.name_start
            and a.ref
            and b.ref
        ):
            uf.union(a.ref, b.ref)

    # compound prefixes that name an actor of the article ("Likud-Fraktion", "Moreau-Regierung")
    by_name: dict[str, str] = {}
    for m in named:
        if m.name:
            by_name.setdefault(m.name, m.ref or "")
            by_name.setdefault((m.name or "").split()[-1], m.ref or "")
    prefixes = [m for m in mentions if m.type == "prefix"]
    for m in prefixes:
        if m.ref and m.ref.startswith("name:"):
            target = by_name.get(m.name or "")
            if target:
                m.ref = target
            else:
                m.ref = None  # an unknown first part ("Hightech-") is not an actor
    # affiliations by article name ("name:Likud") resolve the same way
    for m in mentions:
        fixed = []
        for a in m.affiliations:
            if a.startswith("name:"):
                t = by_name.get(a[5:])
                if t:
                    fixed.append(t)
            else:
                fixed.append(a)
        m.affiliations = fixed

    # groups: one per kind and affiliation
    for m in mentions:
        if m.type == "group":
            m.ref = f"group:{m.kind}:" + "|".join(sorted(uf.find(a) for a in m.affiliations))

    # gather clusters
    clusters: dict[str, list[ActorMention]] = defaultdict(list)
    for m in mentions:
        if m.type in ("name", "prefix", "adjective", "group") and m.ref:
            clusters[uf.find(m.ref)].append(m)

    entities: dict[str, EntityInfo] = {}
    ref_key: dict[str, str] = {}
    used_keys: set[str] = set()

    def make_key(base: str) -> str:
        key, n = base, 2
        while key in used_keys:
            key, n = f"{base}-{n}", n + 1
        used_keys.add(key)
        return key

    def ensure_gaz(ref: str) -> str:
        """The key of a gazetteer entity, creating an unnamed one (known only by reference) if needed."""
        root = uf.find(ref)
        if root in ref_key:
            return ref_key[root]
        entry = gaz.entries[root[4:]]
        key = make_key(slug(entry.name))
        entities[key] = EntityInfo(
            key=key,
            name=entry.name,
            category=entry.category,
            kind=entry.kind,
            entry=entry.id,
            named=False,
            method="gazetteer",
        )
        ref_key[root] = key
        return key

    order = sorted(clusters, key=lambda r: min(m.start for m in clusters[r]))
    for root in order:
        ms = sorted(clusters[root], key=lambda m: m.start)
        entry = gaz.entries.get(root[4:]) if root.startswith("gaz:") else None
        is_named = any(m.type in ("name", "prefix") for m in ms)
        if root.startswith("group:"):
            first = ms[0]
            text = " ".join(
                w
                for w in (first.name or first.text).split()
                if w.lower()
                not in (
                    "ein",
                    "eine",
                    "einer",
                    "einen",
                    "einem",
                    "eines",
                    "der",
                    "die",
                    "das",
                    "den",
                    "dem",
                    "des",
                )
            )
            aff_names = [
                gaz.entries[a[4:]].name if a.startswith("gaz:") else a.split(":", 1)[-1]
                for a in sorted(set(uf.find(a) for a in first.affiliations))
            ]
            key = make_key(slug(" ".join(aff_names + [first.kind or "group"])))
            entities[key] = EntityInfo(
                key=key,
                name=text,
                category="Organisation",
                kind=first.kind,
                named=False,
                method="rule:group",
                confidence=0.7,
            )
        elif entry is not None:
            texts = [m.text for m in ms if m.type == "name" and m.text in entry.forms]
            if not texts and entry.category != "Country":
                # "FPÖ-Chef X": the party as the article writes it, not its long official name
                texts = [m.text for m in ms if m.type == "prefix" and m.text in entry.forms]
            name = (
                entry.name if entry.seat or not texts else max(texts, key=lambda t: (len(t.split()), len(t)))
            )
            key = make_key(slug(entry.name if entry.category == "Country" else name))
            entities[key] = EntityInfo(
                key=key,
                name=name,
                category=entry.category,
                kind=entry.kind,
                entry=entry.id,
                named=is_named,
                method="gazetteer",
            )
        else:
            names = [m for m in ms if m.type == "name"]
            if not names:
                continue
            best = max(names, key=lambda m: (len((m.name or "").split()), len(m.name or ""), -m.start))
            category = _vote(names)
            kind = next((m.kind for m in names if m.kind), None)
            key = make_key(slug(best.name or best.text))
            conf = max(m.confidence for m in names)
            entities[key] = EntityInfo(
                key=key,
                name=best.name or best.text,
                category=category,
                kind=kind,
                named=True,
                method=names[0].method,
                confidence=conf,
            )
        ref_key[root] = key
        for m in ms:
            m.key = key
        entities[key].mentions.extend(ms)

    # roles and affiliations of named mentions
    for ent in entities.values():
        for m in ent.mentions:
            for r in m.roles:
                if r not in ent.roles:
                    ent.roles.append(r)

    # role nouns and pronouns refer to persons
    if role_nouns:
        _resolve_role_nouns(mentions, entities)
    if pronouns:
        _resolve_pronouns(doc, mentions, entities)

    for ent in list(entities.values()):
        for m in ent.mentions:
            for a in m.affiliations:
                root = uf.find(a)
                if root in ref_key:
                    k = ref_key[root]
                elif root.startswith("gaz:") and root[4:] in gaz.entries:
                    k = ensure_gaz(root)
                else:
                    continue
                if k != ent.key and k not in ent.affiliations:
                    ent.affiliations.append(k)
        if ent.entry:
            entry = gaz.entries[ent.entry]
            state = f"gaz:{entry.state}" if entry.state else None
            if state and entry.seat:
                sk = ensure_gaz(state)
                ent.stands_for = sk
                if sk not in ent.affiliations:
                    ent.affiliations.append(sk)
            elif state and entry.capital_of and any(m.actor_use for m in ent.mentions):
                ent.stands_for = ensure_gaz(state)
            if entry.part_of and not ent.affiliations:
                ent.affiliations.append(ensure_gaz("gaz:" + entry.part_of))
            elif (
                entry.category == "Organisation"
                and entry.kind == "party"
                and entry.state
                and any(m.type == "name" for m in ent.mentions)
            ):
                pass  # a party's country is background knowledge, not stated by the article
    for ent in entities.values():
        ent.mentions.sort(key=lambda m: (m.start, m.end))
    return dict(
        sorted(
            entities.items(), key=lambda kv: (min((m.start for m in kv[1].mentions), default=10**9), kv[0])
        )
    )


def _vote(names: list[ActorMention]) -> str:
    weight = {
        "gazetteer": 5.0,
        "rule:title": 3.0,
        "rule:apposition": 3.0,
        "rule:org-head": 3.0,
        "rule:place-head": 3.0,
        "rule:surname": 2.0,
        "ner": 1.0,
    }
    score: dict[str, float] = defaultdict(float)
    for m in names:
        if m.category:
            score[m.category] += weight.get(m.method, 1.5)
    return max(sorted(score), key=lambda c: score[c]) if score else "Organisation"


def _person_roles(ent: EntityInfo, before: int | None = None) -> list[tuple[int, str, list[str]]]:
    out = []
    for m in ent.mentions:
        if before is not None and m.start >= before:
            continue
        for h in m.role_heads:
            out.append((m.start, h, m.affiliations))
    return out


def _compatible(affs: list[str], others: list[str]) -> bool:
    """Affiliations do not contradict: one side has none, or they share one."""
    return not affs or not others or bool(set(affs) & set(others))


def _resolve_role_nouns(mentions: list[ActorMention], entities: dict[str, EntityInfo]) -> None:
    persons = [e for e in entities.values() if e.category == "Person" and e.named]
    for m in sorted((m for m in mentions if m.type == "role"), key=lambda m: m.start):
        head = m.role_heads[0]

        best: tuple[int, EntityInfo] | None = None
        for e in persons:
            for pos, h, aff in _person_roles(e, before=m.start):
                if h == head and _compatible(m.affiliations, aff) and (best is None or pos > best[0]):
                    best = (pos, e)
        if best is None:
            cands = {
                e.key: e
                for e in persons
                for _, h, aff in _person_roles(e)
                if h == head and _compatible(m.affiliations, aff)
            }
            if len(cands) == 1:
                best = (0, next(iter(cands.values())))
        if best is not None:
            m.key = best[1].key
            best[1].mentions.append(m)
            for r in m.roles:
                if r not in best[1].roles and "-" in r:
                    best[1].roles.append(r)


def _resolve_pronouns(doc: Doc, mentions: list[ActorMention], entities: dict[str, EntityInfo]) -> None:
    has_sents = doc.has_annotation("SENT_START")
    person_keys = {e.key for e in entities.values() if e.category == "Person"}
    feminine = {e.key for e in entities.values() if any(m.feminine for m in e.mentions)}
    resolved = sorted(
        (m for m in mentions if m.key in person_keys and m.type in ("name", "role")), key=lambda m: m.start
    )
    for p in (m for m in mentions if m.type == "pronoun"):
        tok = doc[p.tok_start]
        verb = tok.head
        lemmas = {verb.lemma_.lower(), verb.lower_}
        if not lemmas & SPEECH_VERBS:
            continue
        sent_start = tok.sent.start if has_sents else 0
        prev_sents = []
        if has_sents:
            s = tok.sent
            for _ in range(2):
                if s.start == 0:
                    break
                s = doc[s.start - 1].sent
                prev_sents.append(s.start)
        window_start = doc[min([sent_start, *prev_sents])].idx
        cands = [m for m in resolved if window_start <= m.start < p.start]
        if p.feminine:
            cands = [m for m in cands if m.key in feminine]
        else:
            cands = [m for m in cands if m.key not in feminine]
        if not cands:
            continue
        subjects = [
            m
            for m in cands
            if doc[m.head_i].dep_.startswith("nsubj")
            or any(doc[i].dep_.startswith("nsubj") for i in range(m.tok_start, m.tok_end))
        ]
        target = (subjects or cands)[-1]
        p.key = target.key
        entities[target.key].mentions.append(p)
