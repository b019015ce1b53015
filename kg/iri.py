"""Minting the IRIs of everything kg writes.

IRIs must be stable: rebuilding the same article must give the same IRIs (so that a
document's named graph can be replaced and output compared byte for byte), and two
different things must never share one. So every IRI is derived from the document id and
the record's `key` (or, for evidence and time expressions, from offsets and a content
hash), never from counters or Python object identity.

Scheme (all under `kg.namespace.RESOURCE_BASE`, `…/id/`):

    doc/{doc}                              the article (neg:Document)
    doc/{doc}/actor/{key}                  neg:Actor and subclasses
    doc/{doc}/role/{label}                 neg:Role
    doc/{doc}/meeting/{key}                neg:Meeting
    doc/{doc}/proposal/{key}               neg:Proposal
    doc/{doc}/proposal/{key}/event/{hash}  neg:ProposalEvent
    doc/{doc}/response/{key}               neg:Response
    doc/{doc}/statement/{key}              neg:Statement
    doc/{doc}/time/{start}-{end}-{hash}    neg:TimeExpression
    doc/{doc}/evidence/{start}-{end}-{hash} neg:Evidence

Corpus level (kg.consolidate; one node per real-world thing across all documents, in the
named graph `kg.namespace.CORPUS_GRAPH`):

    entity/wd/{QID}                        neg:CorpusActor with a Wikidata id (linked or gazetteer)
    entity/{category}/{name}               neg:CorpusActor without one: category + normalised full name
    meeting/{date}/{hash}                  neg:CorpusMeeting: date + hash of its participants' IRIs
    proposal/{label}/{hash}                neg:CorpusProposal: label + hash of the first report's IRI

and the named graph of a document is `kg.namespace.GRAPH_BASE + {doc}`. `{doc}` keeps the
document id's case (ids are case-sensitive) and percent-encodes everything outside the
unreserved ASCII characters; `{key}` and `{label}` are slugs: NFC, case-folded,
punctuation dropped, spaces turned into `-`, then percent-encoded, so that any Unicode
input gives a valid, readable IRI.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import URIRef

from kg.namespace import GRAPH_BASE, RESOURCE_BASE, WIKIDATA_ENTITY

#: characters left as they are in a path segment (RFC 3986 "unreserved")
_SAFE = "-._~"
#: a slug longer than this is cut and made unique by a hash suffix
MAX_SLUG = 80
_QID = re.compile(r"^Q[1-9][0-9]*$")


def digest(*parts: object, length: int = 10) -> str:
    """A short, stable hash of `parts` (their `repr`s joined), for content-derived IRIs."""
    text = "\x1f".join(repr(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def segment(value: str) -> str:
    """`value` as one path segment: case kept, everything non-unreserved percent-encoded.

    Used for document ids, which are identifiers chosen by the user (file stems, corpus
    ids); they are case-sensitive, so they are not case-folded.
    """
    value = unicodedata.normalize("NFC", str(value))
    if not value:
        raise ValueError("an empty string cannot be an IRI segment")
    if value in (".", ".."):  # would be resolved away as a relative path
        return quote(value, safe="").replace(".", "%2E")
    return quote(value, safe=_SAFE)


def slug(value: str) -> str:
    """A readable, case-insensitive IRI segment for a name or key.

    NFC, case-folded, punctuation and symbols dropped, runs of white space and dashes
    turned into one `-`, then percent-encoded. A value with nothing left ("…", "!!") or a
    very long one gets a hash so that the segment is never empty and stays unique.
    """
    text = unicodedata.normalize("NFC", str(value)).casefold()
    kept: list[str] = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] in "LN" or ch in "_":
            kept.append(ch)
        elif cat[0] == "Z" or ch.isspace() or cat in ("Pd",):
            kept.append("-")
        elif cat[0] == "M":  # combining marks that NFC could not compose
            kept.append(ch)
        # P (other punctuation), S (symbols), C (controls, format chars) are dropped
    out = re.sub(r"-{2,}", "-", "".join(kept)).strip("-")
    if not out:
        return "_" + digest(value)
    if len(out) > MAX_SLUG:
        out = out[:MAX_SLUG].rstrip("-") + "-" + digest(value)
    return quote(out, safe=_SAFE)


def _doc_base(doc_id: str) -> str:
    return f"{RESOURCE_BASE}doc/{segment(doc_id)}"


def doc_iri(doc_id: str) -> URIRef:
    """The article itself (neg:Document)."""
    return URIRef(_doc_base(doc_id))


def graph_iri(doc_id: str) -> URIRef:
    """The named graph holding everything extracted from the article."""
    return URIRef(GRAPH_BASE + segment(doc_id))


def doc_id_from_graph(iri: str) -> str | None:
    """The document id of a graph IRI minted by `graph_iri`, or None for other graphs."""
    from urllib.parse import unquote

    if not iri.startswith(GRAPH_BASE):
        return None
    rest = iri[len(GRAPH_BASE):]
    if not rest or "/" in rest or rest == "wikidata":
        return None
    return unquote(rest)


def _keyed(doc_id: str, kind: str, key: str) -> URIRef:
    return URIRef(f"{_doc_base(doc_id)}/{kind}/{slug(key)}")


def actor_iri(doc_id: str, key: str) -> URIRef:
    return _keyed(doc_id, "actor", key)


def role_iri(doc_id: str, label: str) -> URIRef:
    """A role as written ("US-Präsident"); actors with the same role label share the node."""
    return _keyed(doc_id, "role", label)


def meeting_iri(doc_id: str, key: str) -> URIRef:
    return _keyed(doc_id, "meeting", key)


def proposal_iri(doc_id: str, key: str) -> URIRef:
    return _keyed(doc_id, "proposal", key)


def proposal_event_iri(proposal: URIRef, *content: object) -> URIRef:
    """An event of a proposal, named by a hash of what it says (kind, time, evidence)."""
    return URIRef(f"{proposal}/event/{digest(*content)}")


def response_iri(doc_id: str, key: str) -> URIRef:
    return _keyed(doc_id, "response", key)


def statement_iri(doc_id: str, key: str) -> URIRef:
    return _keyed(doc_id, "statement", key)


def time_iri(doc_id: str, expression: str, value: str | None, precision: str | None,
             start: int | None, end: int | None) -> URIRef:
    """A time expression: its offsets (when known) for readability plus a content hash."""
    where = f"{start}-{end}-" if start is not None and end is not None else ""
    return URIRef(f"{_doc_base(doc_id)}/time/{where}{digest(expression, value, precision, start, end)}")


def evidence_iri(doc_id: str, sentence_start: int, sentence_end: int, start: int, end: int,
                 method: str, confidence: float) -> URIRef:
    """Evidence: the span's offsets plus a hash of everything else that distinguishes it.

    Identical evidence supporting two assertions is one node; evidence differing in any
    field (method, confidence, sentence bounds) gets its own.
    """
    h = digest(sentence_start, sentence_end, start, end, method, round(confidence, 4))
    return URIRef(f"{_doc_base(doc_id)}/evidence/{start}-{end}-{h}")


def corpus_actor_iri(category: str, name: str, qid: str | None = None) -> URIRef:
    """The corpus node of an actor: from its Wikidata id when known, else category + name."""
    if qid and _QID.match(qid):
        return URIRef(f"{RESOURCE_BASE}entity/wd/{qid}")
    return URIRef(f"{RESOURCE_BASE}entity/{slug(category)}/{slug(name)}")


def corpus_meeting_iri(date: str | None, *identity: object) -> URIRef:
    """A meeting across documents: its date (or `undated`) and a hash of what identifies it."""
    return URIRef(f"{RESOURCE_BASE}meeting/{slug(date or 'undated')}/{digest(*identity)}")


def corpus_proposal_iri(label: str, *identity: object) -> URIRef:
    """A named proposal across documents: its label and a hash of what identifies it."""
    return URIRef(f"{RESOURCE_BASE}proposal/{slug(label)}/{digest(*identity)}")


def wikidata_iri(qid: str) -> URIRef | None:
    """`Q42` or `http(s)://www.wikidata.org/entity/Q42` (or `/wiki/Q42`) as the entity IRI; else None."""
    value = qid.strip()
    tail = value.rsplit("/", 1)[-1]
    if value != tail and "wikidata.org/" not in value:
        return None
    if not _QID.match(tail):
        return None
    return URIRef(WIKIDATA_ENTITY + tail)
