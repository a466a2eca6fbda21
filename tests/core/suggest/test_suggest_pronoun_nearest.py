"""A pronoun after a quotation refers to the speaker of the sentence before it when that one
may be meant, before someone further back whose gender is known."""

from __future__ import annotations

from claimdesk.core.suggest import suggest_attributions


def test_the_nearest_speaker_before_a_person_of_known_gender() -> None:
    text = (
        "Mary Holt chairs the harbour board.\n"
        '"The board has not met since May," Kit Orlov said on Friday. '
        '"We will ask for a vote at the next meeting," she said.\n'
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["We will ask for a vote at the next meeting"] == "Kit Orlov"


def test_he_said_goes_on_with_the_speaker_named_last() -> None:
    text = (
        "“The ferries will run all winter,” Paul Dent said on Monday.\n"
        "The plan suits Dent well, Carl Ruiz said, since the mayor needs good news. "
        "“Nobody wants to sit at home in the dark,” he said.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["Nobody wants to sit at home in the dark"] == "Carl Ruiz"


def test_someone_named_after_the_last_speaker_is_not_passed_over() -> None:
    text = (
        "“The ferries will run all winter,” Paul Dent said on Monday.\n"
        "Carl Ruiz agreed with him. “Nobody wants to sit at home in the dark,” he said.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["Nobody wants to sit at home in the dark"] == "Carl Ruiz"


def test_the_one_person_of_the_sentence_before_whose_gender_is_unknown() -> None:
    text = (
        "“The ferries will run all winter,” Paul Dent said on Monday.\n"
        "The vote is on Friday.\n"
        "Quill Ardenne, the harbour master since 2019, this week opened the new ferry office.\n"
        "“It is simple, clear and easy to follow,” he said.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["It is simple, clear and easy to follow"] == "Quill Ardenne"


def test_capitalised_words_after_an_article_are_no_one() -> None:
    # "a Silver Bridge": a thing's name, not a person a pronoun may refer to
    text = (
        "Mayor Carl Ruiz seems fixated on the river.\n"
        "If the town could build a Silver Bridge, he observed this week, then it can build a "
        "new pier along the river.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["If the town could build a Silver Bridge"] == "Carl Ruiz"


def test_capitalised_words_right_after_a_quotation_mark_are_no_one() -> None:
    # the quoted "Silver Bridge of Tolls" names no person: nor does "a Silver Bridge" after it
    text = (
        'Mayor Carl Ruiz seems fixated on the river. He rails against its "Silver Bridge of '
        'Tolls" and its empty quays.\n'
        "If the town could build a Silver Bridge, he observed this week, then it can build "
        "a new pier along the river.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["If the town could build a Silver Bridge"] == "Carl Ruiz"


def test_someone_named_after_he_in_a_sentence_does_not_break_the_chain() -> None:
    # "He came …, though he may vote for Paul Dent": the sentence is about the last speaker
    text = (
        "Carl Ruiz, a ferry captain, said the harbour board should expect questions about fares. "
        "He came to the meeting, though he is still not sure whether he will vote for Mayor "
        "Mary Holt or Councillor Paul Dent. “I ask my crew what they want,” he said.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["I ask my crew what they want"] == "Carl Ruiz"
    # with no pronoun before him, the man named in between is the likelier one
    text = text.replace(
        "He came to the meeting, though he is still not sure whether he will vote",
        "Many at the meeting are still not sure whether to vote",
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["I ask my crew what they want"] == "Paul Dent"


def test_people_named_in_what_the_last_speaker_said_do_not_break_the_chain() -> None:
    text = (
        "Carl Ruiz, a ferry captain, said Paul Dent should expect questions about the fares. "
        "He came to the meeting, though he may still vote for Tom Avery. "
        "“It is going to be a long winter,” he said.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["It is going to be a long winter"] == "Carl Ruiz"
