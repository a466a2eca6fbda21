"""A pronoun refers to the subject of the sentence before it, not to someone named in a clause
that opens that sentence with a subordinator ("After Roe agreed, Doe …")."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import suggest_attributions


def test_he_after_a_sentence_that_opens_with_a_subordinate_clause() -> None:
    # neither first name tells a gender: only the clause structure says who "he" is
    text = (
        "Casey Marsh said the harbour board would meet in May. After Marsh agreed to take "
        "part in two of the meetings, Quinn Avery continued to call the board secretive.\n\n"
        "On Friday, he told the Harbour Gazette that the board was hiding its accounts.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["the harbour board would meet in May"].speaker == "Casey Marsh"
    assert found["the board was hiding its accounts"].speaker == "Quinn Avery"


def test_he_after_a_sentence_whose_subject_opens_it() -> None:
    text = (
        "Casey Marsh said the harbour board would meet in May. Marsh agreed to take part in "
        "two of the meetings after Quinn Avery called the board secretive.\n\n"
        "On Friday, he told the Harbour Gazette that the board would publish its accounts.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["the board would publish its accounts"].speaker == "Casey Marsh"


def test_a_title_whose_own_words_go_on_is_not_the_next_names() -> None:
    # "the official responsible for North Bay": North Bay is no official
    text = (
        "Ann Kolb will take over as the senior harbour official responsible for North Bay.\n\n"
        '"We found young people have begun to leave the harbour," the official said.\n'
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["We found young people have begun to leave the harbour"].speaker != "North Bay"


def test_a_title_right_before_a_name_is_still_the_names() -> None:
    text = (
        "The new harbour mayor Ann Kolb spoke first.\n\n"
        '"We found young people have begun to leave the harbour," the mayor said.\n'
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert found["We found young people have begun to leave the harbour"].speaker == "Ann Kolb"
