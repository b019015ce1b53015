"""Building SPARQL text from untrusted names without letting them break or change the query.

Every string `kg` puts into a query comes from a news article (a name, a mention, a role
prefix), and articles contain quotes, backslashes, line breaks and braces. We never paste
such text into a query: it goes through `string_literal`, which produces a SPARQL
`STRING_LITERAL2` ("...") in which every character that could end the literal or start an
escape is itself escaped. Identifiers (QIDs, property ids, language tags) are not escaped
but validated against a strict pattern, so anything else is rejected before a query exists.
"""

from __future__ import annotations

import re

#: ECHAR escapes of the SPARQL grammar (`[tbnrf\"']`); quote and backslash are the two that
#: could end the literal or swallow the closing quote, the others keep the query on one line.
_ECHAR = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
_QID = re.compile(r"^Q[1-9][0-9]{0,11}$")
_PID = re.compile(r"^P[1-9][0-9]{0,7}$")
_LANG = re.compile(r"^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")


def string_literal(value: str) -> str:
    """`value` as a quoted SPARQL string literal that denotes exactly `value`.

    Backslash and double quote get their ECHAR escapes; other control characters (and the
    Unicode line/paragraph separators, which some lexers treat as line ends) become UCHAR
    `\\uXXXX` escapes, so the literal is always one line of printable text. A backslash is
    escaped before anything else, so `\\u0022` in a name stays the six characters it is.
    """
    out: list[str] = ['"']
    for ch in value:
        if ch in _ECHAR:
            out.append(_ECHAR[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or ch in "\u2028\u2029\u0085":
            out.append(f"\\u{ord(ch):04X}")
        elif 0xD800 <= ord(ch) <= 0xDFFF:  # a lone surrogate cannot be sent as UTF-8
            out.append("\\uFFFD")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def lang_literal(value: str, lang: str) -> str:
    """`"value"@lang` with `value` escaped and `lang` checked to be a BCP 47-shaped tag."""
    if not _LANG.match(lang):
        raise ValueError(f"not a language tag: {lang!r}")
    return f"{string_literal(value)}@{lang}"


def lang_tag(value: str) -> str:
    """`value` if it is a BCP 47-shaped language tag ("de", "en-GB"); raises ValueError otherwise."""
    if not isinstance(value, str) or not _LANG.match(value):
        raise ValueError(f"not a language tag: {value!r}")
    return value


def qid(value: str) -> str:
    """`value` if it is a Wikidata item id (Q42); raises ValueError for anything else."""
    if not isinstance(value, str) or not _QID.match(value):
        raise ValueError(f"not a Wikidata item id: {value!r}")
    return value


def pid(value: str) -> str:
    """`value` if it is a Wikidata property id (P31); raises ValueError for anything else."""
    if not isinstance(value, str) or not _PID.match(value):
        raise ValueError(f"not a Wikidata property id: {value!r}")
    return value


def is_qid(value: str | None) -> bool:
    return bool(value) and bool(_QID.match(value or ""))
