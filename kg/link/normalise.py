"""Name normalisation and spelling variants for label lookup.

Wikidata labels are matched exactly by the endpoint (an exact-literal lookup is what both
the Wikidata Query Service and a local Oxigraph answer from an index; a case-insensitive
FILTER would scan every label). So the flexible part happens here, in two halves:

* `variants(name)` generates the spellings we *ask for*: the name as written, in title case
  and upper case ("Syriza" -> "SYRIZA"), without diacritics ("Vučić" -> "Vucic"), and with
  the general German-to-English transliteration rules applied (w -> v, j -> y, word-initial
  s -> z, sch -> sh, tsch -> ch, final -ij/-yj -> -y, final -i -> -y, and the reverse
  v -> w, y -> j for English input), so "Wladimir" also asks for "Vladimir" and "Selenskyj"
  for "Zelensky"/"Zelenskyy". The rules are general spelling correspondences, not a list
  of names.
* `basic_key` and `translit_key` decide *how well* a returned label matches: equal as
  written, equal after case/diacritics/punctuation folding ("normalised"), or equal only
  after the transliteration folding ("transliterated"). A label that none of the keys
  equates with the name is not a match, whatever the endpoint returned.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

#: most spellings sent for one name (each is sent as @de and @en)
MAX_VARIANTS = 48

_PUNCT = re.compile(r"[\-‐‑‒–—_.,'’‘`´\"„“”«»()]+")
_SPACE = re.compile(r"\s+")


def strip_diacritics(text: str) -> str:
    """Remove combining marks (é -> e, č -> c) and fold ß/ø/æ-type letters that NFKD keeps."""
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return out.translate(str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                                        "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i"}))


def clean(text: str) -> str:
    """Collapse whitespace (articles wrap lines inside names) and trim."""
    return _SPACE.sub(" ", text).strip()


def basic_key(text: str) -> str:
    """Case-, diacritics-, punctuation- and space-insensitive form: "Saudi-Arabien" == "saudi arabien"."""
    folded = strip_diacritics(clean(text)).casefold()
    folded = _PUNCT.sub(" ", folded)
    return _SPACE.sub(" ", folded).strip()


# (pattern, replacement) applied in order to a basic key; both spellings fold to one form.
_TRANSLIT_FOLD: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"tsch"), "ch"),
    (re.compile(r"sch"), "sh"),
    (re.compile(r"zh"), "sh"),
    (re.compile(r"w"), "v"),
    (re.compile(r"[jy]"), "i"),
    (re.compile(r"\bz"), "s"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"(?<=[aou])e"), ""),  # ae/oe/ue: the umlaut spelt out ("Schroeder" = "Schröder")
    (re.compile(r"ph"), "f"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"(.)\1+"), r"\1"),  # doubled letters: "Selenskyy" / "Selenskij" / "Sélenski"
]


def translit_key(text: str) -> str:
    """A coarser key under which German and English transliterations of one name coincide.

    "Wladimir Putin" / "Vladimir Putin", "Dmitri Peskow" / "Dmitry Peskov",
    "Selenskyj" / "Zelenskyy" / "Zelensky", "Tschernenko" / "Chernenko" all fold together.
    """
    key = basic_key(text)
    for pattern, repl in _TRANSLIT_FOLD:
        key = pattern.sub(repl, key)
    return key


# Rewrite rules that produce the spellings to ask for. Each is applied to all its matches
# at once; combinations of rules are tried in order of how many rules they use.
_FORWARD: list[tuple[str, re.Pattern[str], str]] = [
    ("w>v", re.compile(r"w"), "v"),
    ("W>V", re.compile(r"W"), "V"),
    ("sch>sh", re.compile(r"(?<![Tt])sch"), "sh"),
    ("Sch>Sh", re.compile(r"(?<![Tt])Sch"), "Sh"),
    ("tsch>ch", re.compile(r"tsch"), "ch"),
    ("Tsch>Ch", re.compile(r"Tsch"), "Ch"),
    ("ij>y", re.compile(r"[iy]j\b"), "y"),
    ("j>y", re.compile(r"j"), "y"),
    ("J>Y", re.compile(r"\bJ"), "Y"),
    ("S>Z", re.compile(r"\bS(?=[aeiou])"), "Z"),
    ("i>y", re.compile(r"(?<=[^aeiou])i\b"), "y"),
    ("v>w", re.compile(r"v"), "w"),
    ("V>W", re.compile(r"\bV"), "W"),
    ("y>j", re.compile(r"y\b"), "j"),
]


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _case_forms(text: str) -> list[str]:
    """The name, its title-case form and, for a short single word (an acronym), upper case."""
    forms = [text]
    title = " ".join(w[:1].upper() + w[1:].lower() if w.isupper() or w.islower() else w
                     for w in text.split(" "))
    candidates = [title]
    if " " not in text and len(text) <= 8:
        candidates.append(text.upper())
    for f in candidates:
        if f not in forms:
            forms.append(f)
    return forms


def variants(name: str, *, limit: int = MAX_VARIANTS) -> list[str]:
    """Spellings of `name` to look up exactly, most faithful first, at most `limit`.

    The first element is always the name itself (whitespace collapsed).
    """
    base = clean(name)
    if not base:
        return []
    out: list[str] = []

    def add(s: str) -> None:
        if s and s not in out and len(out) < limit:
            out.append(s)

    for f in _case_forms(base):
        add(f)
    plain = strip_diacritics(base)
    for f in _case_forms(plain):
        add(f)
    spelt = base.translate(_UMLAUTS)
    if spelt != base:
        add(spelt)
    for f in uninflected(base):
        add(f)
    applicable = [rule for rule in _FORWARD if rule[1].search(plain)]
    for size in range(1, len(applicable) + 1):
        for combo in itertools.combinations(applicable, size):
            s = plain
            for _name, pattern, repl in combo:
                s = pattern.sub(repl, s)
            if s != plain:
                add(s)
            if len(out) >= limit:
                return out
    return out


def match_kind(form: str, label: str) -> str | None:
    """How `label` (from Wikidata) matches `form` (from the text).

    exact, normalised, transliterated, or inflected (the German genitive "-s"/"-es":
    "Griechenlands", "Jemens").
    """
    if clean(form) == clean(label):
        return "exact"
    if basic_key(form) == basic_key(label):
        return "normalised"
    if translit_key(form) == translit_key(label):
        return "transliterated"
    if basic_key(label) in {basic_key(f) for f in uninflected(form)}:
        return "inflected"
    return None


def uninflected(name: str) -> list[str]:
    """The name without a German genitive ending: "Griechenlands" -> "Griechenland"."""
    base = clean(name)
    out = []
    if len(base) > 4 and base.endswith("s") and not base.endswith("ss"):
        out.append(base[:-1])
        if base.endswith("es") and len(base) > 5:
            out.append(base[:-2])
    return out


def suffixes(mention: str) -> list[str]:
    """Word suffixes of a mention, longest first: "Kremlchef Wladimir Putin" -> ..., "Putin".

    Mentions carry titles ("US-Präsident Donald Trump"); the name is one of their suffixes.
    """
    words = clean(mention).split(" ")
    return [" ".join(words[i:]) for i in range(len(words))]
