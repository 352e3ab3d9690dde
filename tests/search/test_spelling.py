"""The database engine's word variants: plurals and verb forms, not unrelated words."""

from collections import Counter

from search.spelling import correct, variants

VOCABULARY = Counter(
    ["houston", "house", "houses", "housing", "settlement", "settlements", "logement", "logements"]
)


def test_variants_share_a_stem_and_leave_lookalike_words_out():
    assert sorted(variants("housing", VOCABULARY)) == ["house", "houses", "housing"]
    assert "houston" not in variants("housing", VOCABULARY)
    assert variants("logements", VOCABULARY) == ["logements", "logement"]


def test_a_typo_is_corrected_to_a_known_word():
    assert correct(["housng", "setlements"], VOCABULARY) == ["housing", "settlements"]
