"""kg_space_reparse: text with runs of spaces is analysed like the same text with single spaces."""

from __future__ import annotations

from tests.eventsupport import analyse, extract, name, needs_model


@needs_model
def test_double_spaces_get_the_analysis_of_single_spaces() -> None:
    """Scraped news text has runs of spaces; kg_space_reparse gives its tokens the analysis
    of the same text with single spaces, and the extra space tokens become SPACE."""
    single = ("Sie planen unseren Ruin, hatte Karl Lund, der konservative Innenminister, "
              "am Abend getwittert.")
    double = single.replace("unseren ", "unseren  ").replace("konservative ", "konservative  ")
    a, b = analyse(single), analyse(double)
    assert b.text == double  # offsets still point into the original text
    words = [t for t in b if not t.is_space]
    assert [(t.text, t.pos_, t.dep_, t.head.text, t.lemma_) for t in words] == [
        (t.text, t.pos_, t.dep_, t.head.text, t.lemma_) for t in a]
    assert [(e.text, e.label_) for e in b.ents] == [(e.text, e.label_) for e in a.ents]
    spaces = [t for t in b if t.is_space]
    assert len(spaces) == 2 and all(t.pos_ == "SPACE" and t.head.i == t.i - 1 for t in spaces)
    ex = extract(double)
    assert [(name(ex, s.speaker), s.quote) for s in ex.statements] == [
        ("Karl Lund", "Sie planen unseren  Ruin")]



@needs_model
def test_line_breaks_stay() -> None:
    """Only runs of spaces are bridged: a blank line still ends a headline."""
    doc = analyse("Gipfel in Wien\n\nKanzler Lars Brandt traf am Montag  Präsidentin Anna Berg.")
    assert next(iter(doc.sents)).text.strip() == "Gipfel in Wien"
    assert [t.pos_ for t in doc if t.is_space and "\n" not in t.text] == ["SPACE"]
    assert {e.text for e in doc.ents} >= {"Lars Brandt", "Anna Berg"}


def _analysis(doc):  # type: ignore[no-untyped-def]
    tokens = [(t.text, t.idx, t.pos_, t.tag_, t.dep_, t.head.i, t.lemma_, str(t.morph), t.is_sent_start)
              for t in doc]
    return tokens, [(e.start_char, e.end_char, e.label_) for e in doc.ents]


@needs_model
def test_compact_pass_equals_a_second_analysis() -> None:
    """kg_space_compact lets the statistical components analyse an article with runs of
    spaces once, batched with the others; the result is the one of the slower path (the
    components run on the article, then again on a compact copy), and the doc that comes
    out is the caller's, with its own text and extension values."""
    from kg.nlp.pipeline import load_base
    from kg.nlp.spaces import SpaceReparse
    from tests.eventsupport import TEST_MODEL, _extractor

    texts = ["Die Delegationen  trafen sich am Montag  in Genf.\n\nDer  Sprecher  sagte, alle seien froh.",
             "Ohne doppelte Leerzeichen sprach Ministerin Eva Roth mit Vertretern der Opposition.",
             "  Am Rande   des Gipfels   schlug Kanzler Lars Brandt   neue Gespräche vor.  "]
    nlp = _extractor().nlp
    assert nlp.pipe_names[0] == "kg_space_compact"
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        doc._.kg_date = None
        docs.append(doc)
    piped = list(nlp.pipe(docs, batch_size=3))
    assert [d is o for d, o in zip(piped, docs, strict=True)] == [True, True, True]
    for doc, text in zip(piped, texts, strict=True):
        assert doc.text == text and "kg_space_original" not in doc.user_data

    base = load_base(TEST_MODEL)  # the older path: full analysis, then a second one on a compact copy
    reparse = SpaceReparse(base)
    for text, doc in zip(texts, piped, strict=True):
        slow = base(text)
        assert _analysis(reparse(slow)) == _analysis(doc)
