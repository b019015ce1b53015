"""kg_space_reparse: text with runs of spaces is analysed like the same text with single spaces."""

from __future__ import annotations

from tests.eventsupport import analyse, extract, name, needs_model


@needs_model
def test_double_spaces_get_the_analysis_of_single_spaces() -> None:
    """Scraped news text has runs of spaces; kg_space_reparse gives its tokens the analysis
    of the same text with single spaces, and the extra space tokens become SPACE."""
    single = ("Sie wollen unsere Zerstörung, hatte Karl Lund, der konservative Innenminister, "
              "am Abend getwittert.")
    double = single.replace("unsere ", "unsere  ").replace("konservative ", "konservative  ")
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
        ("Karl Lund", "Sie wollen unsere  Zerstörung")]



@needs_model
def test_line_breaks_stay() -> None:
    """Only runs of spaces are bridged: a blank line still ends a headline."""
    doc = analyse("Gipfel in Wien\n\nKanzler Lars Brandt traf am Montag  Präsidentin Anna Berg.")
    assert next(iter(doc.sents)).text.strip() == "Gipfel in Wien"
    assert [t.pos_ for t in doc if t.is_space and "\n" not in t.text] == ["SPACE"]
    assert {e.text for e in doc.ents} >= {"Lars Brandt", "Anna Berg"}
