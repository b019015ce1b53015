"""German titles, functions and group nouns: how news text says *who* someone is.

German writes functions as (compound) nouns before a name ("Frankreichs Präsident X",
"Kremlchef X", "SPD-Fraktionssprecherin X"), after it as an apposition
(", Schwiegertochter von ...", ", der Außenminister Chiles") or alone as a definite noun
phrase that refers back to a person ("der Präsident"). Recognising the *head* of such a
noun ("-präsident", "-chef", "-sprecherin") by suffix covers the open class of compounds
without listing them; the part before the head ("US", "Kreml", "SPD") is the affiliation
when the gazetteer or the article knows it as a name.

Sources of the lists: the heads are the offices, functions and relations of German
political and diplomatic reporting (government, parliament, diplomacy, military, parties,
associations, media, science, family ties that news use to introduce people), written down
from general knowledge of German; the organisation and place heads are the appositive
nouns that German puts before a proper name ("die Partei X", "die Hafenstadt Y"). None is
taken from a particular article: each list is meant to be complete for its kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.nlp.frames import verbs_of_speakers

#: role heads (lower case, base form). Longer heads are tried first.
ROLE_HEADS: tuple[str, ...] = (
    "präsident",
    "kanzler",
    "minister",
    "premier",
    "regierungschef",
    "staatschef",
    "chef",
    "sprecher",
    "botschafter",
    "unterhändler",
    "verhandlungsführer",
    "berater",
    "schwiegersohn",
    "schwiegertochter",
    "schwiegervater",
    "ehefrau",
    "ehemann",
    "witwe",
    "lebensgefährte",
    "lebensgefährtin",
    "generalsekretär",
    "staatssekretär",
    "sekretär",
    "kommissar",
    "senator",
    "gouverneur",
    "bürgermeister",
    "oberhaupt",  # "Staatsoberhaupt", "Stadtoberhaupt"
    "könig",
    "kronprinz",
    "prinz",
    "papst",
    "general",
    "oberbefehlshaber",
    "kommandeur",
    "experte",
    "analyst",
    "politologe",
    "leiter",
    "direktor",
    "gründer",
    "richter",
    "diplomat",
    "anführer",
    "führer",
    "emir",
    "scheich",
    "monarch",
    "herrscher",
    "wortführer",
    "repräsentant",
    "stellvertreter",
    "funktionär",
    "blogger",
    "journalist",
    "korrespondent",
    "reporter",
    "redakteur",
    "moderator",
    "aktivist",
    "anwalt",
    "politiker",
    "parlamentarier",
    "ökonom",
    "historiker",
    "wissenschaftler",
    "forscher",
    "professor",
    "unternehmer",
    "manager",
    "vermittler",
    "mediator",
    "ermittler",
    "kommandant",
    "admiral",
    "präfekt",
    "landrat",
    "geschäftsführer",
    "landeshauptmann",
    "landesrat",  # an Austrian state government member; no body is called so
    "landesrät",  # "Landesrätin"
    "ombudsmann",
    "kandidat",
    "vize",
    "abgeordnete",
    "vorsitzende",
    "gesandte",
    "beauftragte",
    "beamte",
    "außenbeauftragte",
)
# heads that inflect like adjectives (der Gesandte / ein Gesandter / den Gesandten)
_ADJECTIVAL = ("abgeordnete", "vorsitzende", "gesandte", "beauftragte", "beamte")
_NOUN_ENDINGS = ("", "in", "innen", "en", "n", "s", "e", "es", "nen")
_ADJ_ENDINGS = ("", "r", "n", "m", "s")

#: heads that name a collective acting body, not a person
GROUP_HEADS: dict[str, str] = {
    "delegation": "delegation",
    "verhandlungsdelegation": "delegation",
    "regierungsdelegation": "delegation",
    "vertreter": "delegation",
    "unterhändler": "delegation",
    "verhandler": "delegation",
    "diplomaten": "delegation",
    "gesandte": "delegation",
    "mächte": "group",
    "regierung": "government",
    "führung": "government",
    "staatsführung": "government",
}
#: group heads that denote persons and therefore only form a group in the plural
PERSON_GROUP_HEADS = {"vertreter", "unterhändler", "verhandler", "diplomaten", "gesandte"}

#: nouns that introduce the name of an organisation ("die Partei X", "die Nachrichtenagentur Y")
ORG_HEADS: dict[str, str | None] = {
    "partei": "party",
    "kleinpartei": "party",
    "splitterpartei": "party",
    "regierungspartei": "party",
    "oppositionspartei": "party",
    "schwesterpartei": "party",
    "fraktion": "party",
    "bewegung": "group",
    "protestbewegung": "group",
    "bündnis": "group",
    "allianz": "group",
    "verband": None,
    "dachverband": None,
    "verein": None,
    "netzwerk": None,
    "initiative": None,
    "rebellengruppe": "group",
    "terrorgruppe": "group",
    "terrororganisation": "group",
    "terrormiliz": "group",
    "rebellenmiliz": "group",
    "organisation": None,
    "hilfsorganisation": None,
    "gruppe": "group",
    "miliz": "group",
    "gewerkschaft": None,
    "firma": None,
    "konzern": None,
    "unternehmen": None,
    "nachrichtenagentur": "media",
    "presseagentur": "media",
    "agentur": "media",
    "zeitung": "media",
    "tageszeitung": "media",
    "wochenzeitung": "media",
    "boulevardzeitung": "media",
    "zeitschrift": "media",
    "magazin": "media",
    "nachrichtenmagazin": "media",
    "sender": "media",
    "fernsehsender": "media",
    "nachrichtensender": "media",
    "radiosender": "media",
    "staatssender": "media",
    "staatsfernsehen": "media",
    "rundfunk": "media",
    "nachrichtenportal": "media",
    "onlineportal": "media",
    "portal": "media",
    "nachrichtendienst": "media",
    "kurznachrichtendienst": "media",
    "onlinedienst": "media",
    "plattform": None,
    "institut": None,
    "stiftung": None,
    "universität": None,
    "uni": None,
    "bank": None,
    "holding": None,
    "versicherung": None,
    "hersteller": None,
    "kette": None,
    "fluglinie": None,
    "reederei": None,
    "ministerium": "government",
    "behörde": "government",
}
#: heads whose compounds introduce a name too ("der Stahlkonzern X", "die Lokalzeitung Y",
#: "die Bauarbeitergewerkschaft Z"): the compound only says which trade or area
COMPOUND_ORG_HEADS = ("konzern", "firma", "unternehmen", "gewerkschaft", "zeitung", "sender", "agentur",
                      "verband", "stiftung", "institut", "miliz", "holding", "gesellschaft", "bank",
                      "versicherung", "hersteller", "anbieter", "kette", "fluglinie",
                      "reederei")


@lru_cache(maxsize=1 << 14)
def org_head(word: str) -> tuple[str, str | None] | None:
    """(head, kind) when a noun introduces the name of an organisation: an entry of
    `ORG_HEADS`, or a compound of at least three letters before one of `COMPOUND_ORG_HEADS`
    ("Fluggesellschaft X"; the bare "Gesellschaft" is as often society and the bare
    "Anbieter" a plural of people, and a dealer, "Händler" or "Waffenhändler", is as often a
    person: "die Händler X und Y")."""
    low = word.lower()
    if low in ORG_HEADS:
        return low, ORG_HEADS[low]
    for head in COMPOUND_ORG_HEADS:
        if low.endswith(head) and len(low) - len(head) >= 3 and low[-len(head) - 1] != "-":
            return head, ORG_HEADS.get(head)
    return None


#: nouns that introduce the name of a place ("die Hauptstadt X", "der Luftwaffenstützpunkt Y")
PLACE_HEADS: dict[str, str] = {
    "hauptstadt": "city",
    "stadt": "city",
    "hafenstadt": "city",
    "großstadt": "city",
    "kleinstadt": "city",
    "metropole": "city",
    "dorf": "city",
    "ort": "city",
    "ortschaft": "city",
    "region": "region",
    "provinz": "region",
    "bundesland": "region",
    "bundesstaat": "region",
    "kanton": "region",
    "bezirk": "region",
    "halbinsel": "region",
    "insel": "region",
    "stützpunkt": "site",
    "militärstützpunkt": "site",
    "luftwaffenstützpunkt": "site",
    "flughafen": "site",
    "hafen": "site",
    "palast": "site",
    "residenz": "site",
    "platz": "site",
}

#: verbs whose pronoun subject is the previous speaker: saying and responding, from the frame
#: lexicon (kg/data/frames.tsv)
SPEECH_VERBS = verbs_of_speakers()


@dataclass(frozen=True)
class RoleWord:
    """A token analysed as a role noun: `head` normalised, `prefix` the part before it."""

    text: str
    head: str
    prefix: str  # "" or the compound's first part as written ("US", "Kreml", "Ärztekammer")
    feminine: bool


_HEADS_SORTED = sorted(ROLE_HEADS, key=len, reverse=True)
_GROUP_HEADS_SORTED = sorted(GROUP_HEADS.items(), key=lambda kv: -len(kv[0]))


def _role_suffixes() -> dict[str, list[tuple[int, str, str]]]:
    """head + ending -> (rank, head, ending), rank the order in which `analyse_role` tries them
    (longer heads first, endings in table order): a word is looked up by its suffixes instead
    of being tested against every head and ending."""
    index: dict[str, list[tuple[int, str, str]]] = {}
    pairs = [(h, e) for h in _HEADS_SORTED for e in (_ADJ_ENDINGS if h in _ADJECTIVAL else _NOUN_ENDINGS)]
    for rank, (head, ending) in enumerate(pairs):
        index.setdefault(head + ending, []).append((rank, head, ending))
    return index


_ROLE_SUFFIXES = _role_suffixes()
_WORD = re.compile(r"^[A-ZÄÖÜ][\wäöüß\-]*$")


@lru_cache(maxsize=1 << 16)
def analyse_role(word: str) -> RoleWord | None:
    """Split a capitalised noun into prefix and role head, or None if it is no role noun.

    Cached: the rules ask about the same words many times per article (every capitalised
    token, from several passes), and the answer depends on the word alone.
    """
    if not _WORD.match(word):
        return None
    low = word.lower()
    found = sorted(c for k in range(len(low)) for c in _ROLE_SUFFIXES.get(low[k:], ()))
    for _rank, head, ending in found:
        cut = len(word) - len(head) - len(ending)
        prefix = word[:cut].rstrip("-")
        if prefix and not prefix[-1].isalpha() and not word[cut - 1] == "-":
            continue
        # a bare prefix must be a word of its own ("Kreml", "Vize"); "Ge" + "neral" is not
        if prefix and len(prefix) < 2:
            continue
        feminine = ending in ("in", "innen") or (head in _ADJECTIVAL and ending == "" and False)
        return RoleWord(text=word, head=head, prefix=prefix, feminine=feminine)
    return None


@lru_cache(maxsize=1 << 16)
def group_head(word: str) -> tuple[str, str] | None:
    """(kind, head) if a noun names a collective actor ("Delegation", "US-Vertreter"); cached
    like `analyse_role`."""
    low = word.lower()
    for head, kind in _GROUP_HEADS_SORTED:
        for ending in ("", "n", "en"):
            if low.endswith(head + ending) and (
                low == head + ending or low[: -len(head + ending)].rstrip("-").isalpha()
            ):
                return kind, head
    return None


def compound_prefix(word: str, head_len: int) -> str:
    """The first part of a compound before a head of `head_len` characters."""
    return word[: len(word) - head_len].rstrip("-")
