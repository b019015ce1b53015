"""What a SPARQL text will make the engine fetch from the network, found before it runs.

pyoxigraph evaluates `SERVICE <url> {...}` (and, in updates, `LOAD <url>`) by sending HTTP
requests from inside its Rust code, with no switch to turn that off. A server that answers
strangers must not send requests to arbitrary hosts on their behalf, and `kg query` wants to
name the endpoint when such a request fails. Both need the same answer: which remote
endpoints does this text name?

The scan is lexical, done the way the SPARQL grammar reads the text: `\\uXXXX` escapes are
decoded first (the grammar applies them before tokenising, so `\\u0053ERVICE` is SERVICE),
then comments, string literals and IRIs are skipped as whole tokens, so a keyword inside a
string (`"SERVICE"`) or an IRI does not count and a keyword outside them always does. It
errs on the safe side: a prefixed name or variable is never a keyword, anything else that
spells SERVICE or LOAD is one, even where the parser would later reject the query.
"""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKEN = re.compile(
    r"""(?P<comment>\#[^\n\r]*)
      | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                   |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<word>[?$]?[A-Za-z_\u00C0-\uFFFF][\w\u00B7\u00C0-\uFFFF.-]*(?::[^\s{}()<>,;]*)?
                 |:[^\s{}()<>,;]*)
    """,
    re.VERBOSE | re.DOTALL,
)
#: keywords whose evaluation makes oxigraph send an HTTP request
REMOTE_KEYWORDS = frozenset({"SERVICE", "LOAD"})


def decode_escapes(text: str) -> str:
    """The query text with SPARQL's `\\u` / `\\U` code point escapes applied."""
    def replace(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)

    return _ESCAPE.sub(replace, text)


def remote_targets(text: str) -> list[tuple[str, str]]:
    """(keyword, target) for every SERVICE or LOAD in the text, in order.

    The target is what follows the keyword (and an optional SILENT): the IRI without its
    angle brackets, a prefixed name or a variable as written, or "" if nothing follows.
    """
    tokens = [(m.lastgroup, m.group()) for m in _TOKEN.finditer(decode_escapes(text))]
    tokens = [(kind, value) for kind, value in tokens if kind != "comment"]
    found: list[tuple[str, str]] = []
    for i, (kind, value) in enumerate(tokens):
        if kind != "word" or value.upper() not in REMOTE_KEYWORDS:
            continue
        rest = tokens[i + 1:i + 3]
        if rest and rest[0][0] == "word" and rest[0][1].upper() == "SILENT":
            rest = rest[1:]
        target = ""
        if rest and rest[0][0] in ("iri", "word"):
            target = rest[0][1][1:-1] if rest[0][0] == "iri" else rest[0][1]
        found.append((value.upper(), target))
    return found


def service_endpoints(text: str) -> list[str]:
    """The distinct targets of SERVICE and LOAD, in order of appearance."""
    out: list[str] = []
    for _, target in remote_targets(text):
        if target not in out:
            out.append(target)
    return out
