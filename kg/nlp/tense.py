"""Tense, mood and modality of German clauses, for time resolution and meeting status.

Why a module of its own: the time resolver (is "am Dienstag" last Tuesday or next?), the
meeting extractor (held, planned or ongoing?) and the statement extractor (is this sentence
reported speech in Konjunktiv I?) all ask the same question of a clause. The answer combines
the parser's morphology with a closed-class lexicon of auxiliary and modal verb forms: these
few hundred forms decide German tense and mood, and a small statistical model gets them wrong
often enough ("hatten" tagged present) that spelling them out is the robust choice.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Span, Token

from kg.nlp.lexicon import vocab_lexicon_table

Tense = Literal["past", "present", "future"]

# finite forms of the auxiliaries and modals: form -> (lemma, tense, mood)
# mood: "ind" indicative, "sub1" Konjunktiv I (reported speech), "sub2" Konjunktiv II (irrealis)
_AUX_FORMS: dict[str, tuple[str, str, str]] = {}


def _add(lemma: str, tense: str, mood: str, forms: str) -> None:
    for form in forms.split():
        _AUX_FORMS.setdefault(form, (lemma, tense, mood))


_add("haben", "present", "ind", "habe hast hat haben habt")
_add("haben", "past", "ind", "hatte hattest hatten hattet")
_add("haben", "present", "sub1", "habest")
_add("haben", "past", "sub2", "hätte hättest hätten hättet")
_add("sein", "present", "ind", "bin bist ist sind seid")
_add("sein", "past", "ind", "war warst waren wart")
_add("sein", "present", "sub1", "sei seiest seist seien seiet")
_add("sein", "past", "sub2", "wäre wärest wärst wären wäret")
_add("werden", "present", "ind", "werde wirst wird werden werdet")
_add("werden", "past", "ind", "wurde wurdest wurden wurdet ward")
_add("werden", "present", "sub1", "werdest werdet")
_add("werden", "past", "sub2", "würde würdest würden würdet")
_add("können", "present", "ind", "kann kannst können könnt")
_add("können", "past", "ind", "konnte konntest konnten konntet")
_add("können", "present", "sub1", "könne könnest")
_add("können", "past", "sub2", "könnte könntest könnten könntet")
_add("müssen", "present", "ind", "muss muß musst müssen müsst")
_add("müssen", "past", "ind", "musste mußte musstest mussten musstet")
_add("müssen", "present", "sub1", "müsse müssest")
_add("müssen", "past", "sub2", "müsste müßte müsstest müssten")
_add("sollen", "present", "ind", "soll sollst sollen sollt")
_add("sollen", "past", "ind", "sollte solltest sollten solltet")
_add("sollen", "present", "sub1", "sollest")
_add("wollen", "present", "ind", "will willst wollen wollt")
_add("wollen", "past", "ind", "wollte wolltest wollten wolltet")
_add("wollen", "present", "sub1", "wolle wollest")
_add("dürfen", "present", "ind", "darf darfst dürfen dürft")
_add("dürfen", "past", "ind", "durfte durften")
_add("dürfen", "present", "sub1", "dürfe")
_add("dürfen", "past", "sub2", "dürfte dürften")
_add("mögen", "present", "ind", "mag magst mögen")
_add("mögen", "past", "sub2", "möchte möchtest möchten möchtet")

MODALS = frozenset({"können", "müssen", "sollen", "wollen", "dürfen", "mögen"})
# modals that announce an intention or plan ("will treffen", "soll stattfinden")
PLAN_MODALS = frozenset({"wollen", "sollen", "mögen"})
# Konjunktiv I forms of frequent full verbs (the -e ending is ambiguous with 1st person
# indicative, which news prose rarely uses outside quotes)
_SUB1_SUFFIX_EXCEPTIONS = frozenset({"habe", "werde", "gebe"})

CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", "(", ")", '"', "„", "“", "”", "«", "»", ".", "!", "?"})


# preterite forms of frequent strong and mixed verbs of news prose: a small tagger often calls
# them adverbs or present tense ("empfing", "trafen"), and their form alone says "past"
_STRONG_PRETERITES = frozenset(
    f + ending
    for f in (
        "traf empfing sprach kam saß beriet schlug bot nahm wies schrieb hieß schloss stand warf "
        "gab ging hielt rief fand lud verwarf widersprach versprach erwog flog fuhr zog trat "
        "begann gewann verlor entschied unterschrieb verließ sah lag blieb"
    ).split()
    for ending in ("", "en")
)


def aux_info(token: Token) -> tuple[str, str, str] | None:
    """(lemma, tense, mood) of an auxiliary or modal form, or None."""
    return _AUX_FORMS.get(token.lower_)


def fused_zu_infinitive(token: Token) -> bool:
    """ "festzulegen", "anzubringen": a particle verb's infinitive with its "zu" inside the
    word, which the tagger gives no separate "zu" token to mark."""
    low = token.lower_
    return "zu" in low and low.replace("zu", "", 1) == token.lemma_.lower()


def is_participle(token: Token) -> bool:
    if token.tag_ == "VVPP" or token.tag_ == "VAPP" or token.tag_ == "VMPP":
        return True
    if "Part" in token.morph.get("VerbForm"):
        return True
    low = token.lower_
    stem = next((low[len(p) :] for p in _SEPARABLE if low.startswith(p + "ge")), low)
    return stem.startswith("ge") and stem.endswith(("t", "en")) and len(stem) > 5 and token.is_alpha


# separable prefixes, for participles like "vorgeschlagen", "zurückgewiesen"
_SEPARABLE = (
    "zusammen",
    "gegenüber",
    "zurück",
    "hinzu",
    "bekannt",
    "vor",
    "ab",
    "zu",
    "an",
    "mit",
    "aus",
    "ein",
    "fest",
    "dar",
    "fort",
    "weiter",
    "nach",
    "auf",
)


def is_infinitive(token: Token) -> bool:
    if token.tag_ in ("VVINF", "VAINF", "VMINF", "VVIZU"):
        return True
    return "Inf" in token.morph.get("VerbForm")


def is_verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("V")


def clause_window(token: Token) -> Span:
    """The tokens around `token` up to the nearest clause punctuation on either side.

    A linear approximation of the clause that does not depend on the parser; used as the
    fallback scope when the dependency tree is unreliable.
    """
    sent = token.sent
    start = token.i
    while start > sent.start and token.doc[start - 1].text not in CLAUSE_PUNCT:
        start -= 1
    end = token.i + 1
    while end < sent.end and token.doc[end].text not in CLAUSE_PUNCT:
        end += 1
    return token.doc[start:end]


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` in the tree (or `token` itself when it is a verb)."""
    cur = token
    for _ in range(12):
        if is_verbal(cur) and cur.dep_ not in ("amod",):
            return cur
        if cur.head is cur:
            break
        cur = cur.head
    return None


def verb_group(verb: Token) -> list[Token]:
    """The verb with its auxiliaries: the parser's aux children, plus the finite verbs of
    the linear clause window when the parser attached them elsewhere."""
    group = [verb]
    for child in verb.children:
        if child.dep_ in ("aux", "aux:pass", "cop") or (aux_info(child) and child.dep_ != "xcomp"):
            group.append(child)
    if verb.dep_ in ("xcomp",) and is_verbal(verb.head):
        group.append(verb.head)
    for tok in clause_window(verb):
        if tok not in group and aux_info(tok) is not None:
            group.append(tok)
    if aux_info(verb) is not None and len(group) == 1:
        # the parser made the auxiliary the head ("X haben ihre Gespräche vertagt"): the
        # clause-final full verb belongs to its group
        tail = [t for t in clause_window(verb) if t.i > verb.i and t.pos_ == "VERB" and aux_info(t) is None]
        if tail:
            group.append(tail[-1])
    return sorted(group, key=lambda t: t.i)


def _finite_tense(token: Token) -> str | None:
    info = aux_info(token)
    if info:
        return info[1]
    low = token.lower_
    if low in _STRONG_PRETERITES or _strong_after_particle(low):
        return "past"  # before the morphology, which calls "trafen" present
    lemma = (token.lemma_ or "").lower()
    stem = lemma.removesuffix("en")
    if ("Fin" in token.morph.get("VerbForm") and stem != lemma and low in (stem + "t", stem + "et")
            and not is_participle(token)):
        # "reist" (reisen), "arbeitet": the present, which the morphology may call past (a
        # participle such as "verkauft" has the same form and is left to the morphology)
        return "present"
    tenses = token.morph.get("Tense")
    if low.endswith(("ierte", "ierten")) or (
        "Sub" in token.morph.get("Mood") and low.endswith(("te", "ten")) and not low.startswith("ge")
    ):
        # "-ierte(n)" is only ever a preterite (or the identical Konjunktiv II), and a weak
        # Konjunktiv II is the preterite form: the morphology reads "telefonierte" as present
        return "past"
    finite = "Fin" in token.morph.get("VerbForm") or token.tag_.endswith("FIN")
    if tenses and (finite or (token.pos_ in ("VERB", "AUX") and not is_participle(token))):
        return "past" if "Past" in tenses else "present"
    if (token.pos_ in ("VERB", "AUX") and low.endswith(("te", "ten", "tet")) and not low.startswith("ge")
            and low != (token.lemma_ or "").lower()):
        return "past"  # weak preterite: "erklärten", "legte" (not the infinitive "beraten")
    return None


def _strong_after_particle(low: str) -> bool:
    """ "zusammenkamen", "vortrug": a separable particle glued to a strong preterite."""
    return any(low.startswith(p) and low[len(p) :] in _STRONG_PRETERITES for p in _SEPARABLE)


def clause_tense(verb: Token) -> Tense:
    """Past, present or future of the clause headed by `verb`.

    Perfect and pluperfect (haben/sein + participle) count as past; werden + infinitive as
    future; werden + participle is the passive of the tense of "werden".
    """
    group = verb_group(verb)
    auxes = [(t, aux_info(t)) for t in group if aux_info(t)]
    has_part = any(is_participle(t) for t in group if aux_info(t) is None)
    has_inf = any(is_infinitive(t) for t in group if aux_info(t) is None) or any(
        t.lower_.endswith("en") and aux_info(t) is None and t.i > a.i for t in group for a, _ in auxes
    )
    if _substitute_infinitive(auxes):
        return "past"  # "haben ... errichten dürfen": the perfect of a modal
    for _tok, info in auxes:
        assert info is not None
        lemma, tense, _mood = info
        if lemma == "werden":
            if has_part and not has_inf:
                return "past" if tense == "past" else "present"  # passive
            if tense == "present":
                return "future"
            return "past"
        if lemma in ("haben", "sein") and has_part:
            return "past"
    if any(info[0] in ("haben", "sein") for _t, info in auxes if info) and not any(
        info[0] in MODALS or info[0] == "werden" for _t, info in auxes if info
    ):
        # perfect with a participle that looks like an infinitive ("hat ... empfangen",
        # "haben ... begonnen", "hat ... vertagt"): haben/sein + a full verb is never a
        # present tense, except "hat ... zu tun" (zu-infinitive)
        for tok in group:
            if aux_info(tok) is None and is_verbal(tok) and tok.i > min(t.i for t, _ in auxes):
                if not (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "zu") and tok.pos_ != "AUX":
                    return "past"
    for _tok, info in auxes:
        assert info is not None
        if info[1] == "past" and info[2] == "ind":
            return "past"
    tense = _finite_tense(verb)
    if tense == "past":
        return "past"
    if tense is None and is_participle(verb) and not auxes and not _present_plural(verb):
        return "past"
    return "present"


def _substitute_infinitive(auxes: list[tuple[Token, tuple[str, str, str] | None]]) -> bool:
    """ "hat ... kommen können", "haben ... errichten dürfen": "haben" with a modal in the
    infinitive after it (the Ersatzinfinitiv) is the modal's perfect."""
    haben = [t for t, info in auxes if info and info[0] == "haben"]
    return bool(haben) and any(
        info and info[0] in MODALS and t.lower_ == info[0] and t.i > haben[0].i for t, info in auxes
    )


def _present_plural(verb: Token) -> bool:
    """ "Die Minister beraten am Donnerstag": a verb whose participle is its infinitive
    ("beraten", "empfangen", "vertreten"), tagged a participle, without an auxiliary but with a
    plural subject is the present tense of that subject."""
    return (verb.lower_ == (verb.lemma_ or "").lower()
            and any(c.dep_ == "nsubj" and "Plur" in c.morph.get("Number") for c in verb.children))


def clause_modals(verb: Token) -> set[str]:
    """Lemmas of the modal verbs in the clause of `verb` ("wollen", "sollen", ...)."""
    out = set()
    for tok in verb_group(verb):
        info = aux_info(tok)
        if info and info[0] in MODALS:
            out.add(info[0])
    return out


def is_konjunktiv1(token: Token) -> bool:
    """Is `token` a Konjunktiv I form (the mood of reported speech)?"""
    info = aux_info(token)
    low = token.lower_
    if low in ("habe", "werde"):  # 1st person indicative only next to "ich"
        near = token.doc[max(0, token.i - 2) : token.i + 3]
        return not any(t.lower_ == "ich" for t in near)
    if info:
        return info[2] == "sub1"
    if low in _SUB1_SUFFIX_EXCEPTIONS:
        return False
    if low.endswith("ierte"):
        # "-ieren" verbs: "-ierte" is always preterite (Konjunktiv I is "-iere"), whatever the
        # tagger says ("telefonierte" tagged Mood=Sub|Tense=Pres)
        return False
    moods = token.morph.get("Mood")
    if "Sub" in moods and "Past" not in token.morph.get("Tense"):
        return True
    # 3rd person singular Konjunktiv I ends in -e where the indicative ends in -t
    if "Inf" in token.morph.get("VerbForm") or "Part" in token.morph.get("VerbForm") or not token.is_lower:
        return False
    return (
        (token.tag_ in ("VVFIN", "VAFIN", "VMFIN") or (not token.tag_ and token.pos_ in ("VERB", "AUX")))
        and token.lower_.endswith("e")
        and len(token.text) > 3
        and (not token.lower_.endswith("te") or _t_stem_present(token))
        and "Plur" not in token.morph.get("Number")
    )


def _t_stem_present(token: Token) -> bool:
    """ "enthalte", "arbeite", "gelte": -te ends the Konjunktiv I of a verb whose stem ends in
    t (infinitive "enthalten"), not the weak preterite of another ("sagte" from "sagen").
    Decided with the pipeline's word list (kg's lexicon table); without one, -te is read
    as preterite, as before."""
    table = vocab_lexicon_table(token.vocab)
    low = token.lower_
    if table is None or len(low) < 5:
        return False
    infinitive, weak_infinitive = low + "n", low[:-2] + "en"
    if token.lemma_ and token.lemma_ != infinitive and token.lemma_ in table:
        return False  # an irregular preterite the verb table knows ("dachte" -> "denken")
    if low[:-2].endswith(("er", "el")) and low[:-2] + "n" in table:
        return False  # the preterite of an -ern/-eln verb ("erinnerte" -> "erinnern")
    return infinitive in table and weak_infinitive not in table


def is_konjunktiv2(token: Token) -> bool:
    info = aux_info(token)
    if info:
        return info[2] == "sub2"
    return token.lower_ in ("käme", "kämen", "gäbe", "gäben", "ginge", "gingen", "träfe", "träfen")


def sentence_has_konjunktiv1(sent: Span) -> bool:
    """Does the sentence contain a Konjunktiv I finite verb outside quotation marks?"""
    return any(is_konjunktiv1(t) for t in sent if t.pos_ in ("VERB", "AUX") or aux_info(t))
