"""The lexicon-feature tables behind kg's tok2vec (kg.nlp.lexicon), on made-up entries."""
from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from kg.nlp.lexicon import (  # noqa: E402
    LEX_COLUMNS,
    TABLE_FIELDS,
    _codes_for,
    _lex_codes,
    _lex_codes_packed,
    pack_value,
)


@pytest.mark.parametrize("fmt", sorted(TABLE_FIELDS))
def test_packed_fields_come_back_as_columns(fmt):
    fields = {name: (1 << bits) - 2 for name, bits in TABLE_FIELDS[fmt]}
    table = {"Zollstreit": pack_value(300, 1, fields, fmt)}
    codes = _lex_codes_packed(table, "Zollstreit", fmt)
    assert len(codes) == LEX_COLUMNS[fmt]
    assert codes[:5] == ((300 & 0xF) + 1, (300 & 0xFF) + 1, 301, 2, 0)
    assert list(codes[5:]) == [fields[name] + 1 for name, _ in TABLE_FIELDS[fmt]]


def test_unknown_word_is_all_zero_but_keeps_compound_head():
    table = {"Streit": pack_value(0, 1, {}, 1)}
    assert _lex_codes(table, "Blorf") == (0, 0, 0, 0, 0)
    assert _lex_codes(table, "Zoll-Streit") == (0, 0, 0, 0, 2)


def test_field_overflow_is_refused():
    with pytest.raises(ValueError, match="place"):
        pack_value(0, 1, {"place": 4}, 2)


def test_format_3_falls_back_to_the_inflection_of_a_compound_head():
    dative_plural = 1 << 5
    masculine = 1
    table = {"Händlern": pack_value(0, 1, {"slots": dative_plural, "gender": masculine}, 3)}
    codes = _lex_codes_packed(table, "Gemüsehändlern", 3)
    assert codes[3] == 0  # the compound itself is unknown ...
    assert codes[5:7] == (dative_plural + 1, masculine + 1)  # ... its head's slots are used
    assert _lex_codes_packed(table, "Gemüsehändlern", 2)[5:] == (0, 0)  # not in format 2


def test_memo_is_per_table_and_format():
    t1 = {"Rat": pack_value(5, 1, {"place": 1}, 2)}
    assert _codes_for(t1, ["Rat"], 2) == [_lex_codes_packed(t1, "Rat", 2)]
    assert _codes_for(t1, ["Rat"], 1) == [_lex_codes_packed(t1, "Rat", 1)]
    t2 = {"Rat": pack_value(9, 1, {}, 1)}
    assert _codes_for(t2, ["Rat"], 1) == [_lex_codes(t2, "Rat")]


def test_find_lexicon_table_reads_attrs_or_vocab_lookups():
    import spacy

    from kg.nlp.lexicon import find_lexicon_table, lookups_table_name
    from kg.nlp.model import load_base_model

    shipped = find_lexicon_table(load_base_model())
    assert shipped is not None and shipped.get("Regierung", 0) & 1  # a common noun

    nlp = spacy.blank("de")
    assert find_lexicon_table(nlp) is None
    nlp.vocab.lookups.add_table(lookups_table_name(4), {"Brenner": pack_value(3, 8, {"freq": 9}, 4)})
    table = find_lexicon_table(nlp)
    assert table is not None and table.get("Brenner") & 31 == 8  # surname bit, any format
