"""Who speaks in English reporting clauses: a name with an apposition between it and the verb
after a quotation, a described subject ("the retired judge"), and what is not the subject (an
opening participle, a dateline, the body an official heads)."""

from __future__ import annotations

from suggest_helpers import speakers

from claimdesk.core.suggest import suggest_attributions


def _speakers(text: str) -> dict[str, str]:
    return {s.text: s.speaker for s in suggest_attributions(text, language="en")}


def test_a_name_and_an_apposition_before_the_verb_after_a_quotation() -> None:
    text = (
        '"We sold out of bread by nine in the morning," Lena Marsh, a baker on Quay Street, '
        "said on Friday.\n"
        '"The queue went round the block," Ivo Brandt, 61, told the local paper.\n'
    )
    assert _speakers(text) == {
        "We sold out of bread by nine in the morning": "Lena Marsh",
        "The queue went round the block": "Ivo Brandt",
    }


def test_a_relative_clause_is_no_apposition() -> None:
    text = '"It will rain," Lena Marsh, who said nothing else, left the room.\n'
    assert "It will rain" not in _speakers(text)


def test_a_described_subject_speaks() -> None:
    text = (
        "Answering questions about his finances, the retired surgeon acknowledged that he "
        "had sold the farm in 2019.\n"
    )
    assert _speakers(text) == {"he had sold the farm in 2019": "The retired surgeon"}


def test_an_opening_participle_is_not_the_speaker() -> None:
    text = (
        "Jane Roe chairs the board. Reacting to the vote, Roe, who spoke after the meeting, "
        "said that the board would appeal.\n"
    )
    assert _speakers(text) == {"the board would appeal": "Jane Roe"}


def test_a_dateline_is_not_the_speaker() -> None:
    text = (
        "Riverton (Ledger) – Mayor Ann Kolb has criticised the ferry plan, saying that the "
        "fares would double within a year.\n"
    )
    assert _speakers(text) == {"the fares would double within a year": "Ann Kolb"}


def test_the_apposed_name_of_an_official_speaks_not_the_body() -> None:
    text = (
        "On Monday, the director of the Federal Ferry Board, Ann Kolb, said that the "
        "port would close for a week.\n"
    )
    assert _speakers(text) == {"the port would close for a week": "Ann Kolb"}


def test_the_words_of_a_body_and_a_capitalised_title_before_a_name() -> None:
    text = (
        '"The pier will not reopen this year," said Harbor Board Chair Lena Marsh.\n'
        '"We will keep counting," said Northfield University pollster Ivo Brandt.\n'
        '"Fares stay as they are," said Council Majority Leader Tom Avery.\n'
    )
    assert set(_speakers(text).values()) == {"Lena Marsh", "Ivo Brandt", "Tom Avery"}


def test_a_state_or_a_legislature_is_no_person() -> None:
    text = (
        "Ann Kolb toured the farms this week. Asked which Iowa county was her favourite, "
        'she demurred: "Every one of them has fed this country for a century."\n'
        '"Nothing will pass this year," Lena Marsh said, suggesting that the only way to do '
        "that with this Congress might be to wait for the elections.\n"
    )
    speakers = _speakers(text)
    assert speakers["Every one of them has fed this country for a century"] == "Ann Kolb"
    assert "Congress" not in speakers.values()


def test_someone_described_after_or_before_the_verb_of_a_quotation() -> None:
    text = (
        '"How long will the bridge be shut?" asked the boy in the front row.\n'
        '"We were told nothing," said one fisherman at the meeting.\n'
        '"The fees will ruin us," the long-serving independent harbour pilot told the '
        "paper.\n"
        'Another wrote, "Nobody asked the people who use the ferry every day."\n'
    )
    speakers = _speakers(text)
    assert speakers["How long will the bridge be shut?"] == "The boy"
    assert speakers["We were told nothing"] == "One fisherman"
    assert speakers["The fees will ruin us"] == ("The long-serving independent harbour pilot")
    assert speakers["Nobody asked the people who use the ferry every day"] == "Another"


def test_the_subject_of_a_clause_joined_by_and_speaks() -> None:
    text = (
        "Mayor Kolb's office declined to comment and harbour officials later said the "
        "crossing would reopen in June.\n"
    )
    assert _speakers(text) == {"the crossing would reopen in June": "Harbour officials"}


def test_a_title_with_a_body_before_the_name_of_the_subject() -> None:
    text = "Secretary of State Ann Kolb said the ferry would be sold to the county.\n"
    assert _speakers(text) == {"the ferry would be sold to the county": "Ann Kolb"}


def test_a_name_that_modifies_the_subject_is_not_the_speaker() -> None:
    text = (
        "Mary Holt leads the harbour board. A Holt ally suggested she would back the new pier "
        "once the vote was over.\n"
    )
    found = {s.text: s for s in suggest_attributions(text, language="en")}
    pier = found["she would back the new pier once the vote was over"]
    assert (pier.speaker, pier.reference) == ("A Holt ally", "description")


def test_a_name_with_an_adverb_before_the_verb_still_speaks() -> None:
    text = "Mary Holt leads the harbour board. Holt repeatedly said the pier would be safe.\n"
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["the pier would be safe"] == "Mary Holt"


def test_a_group_counted_before_of_is_described_whole() -> None:
    text = (
        "That is a big boost for Mayor Helen Marsh. A majority of her backers say they plan "
        "to vote for her again.\n"
    )
    found = {s.text: s.speaker for s in suggest_attributions(text, language="en")}
    assert found["they plan to vote for her again"] == "A majority of her backers"


def test_but_opens_a_clause_with_its_own_subject() -> None:
    speakers = _speakers(
        "Carl Ruiz gave $5,000 to the ferry campaign that year, but the foundation reported to "
        "the tax office that his salary was $31,000.\n"
    )
    assert speakers["his salary was $31,000"] == "The foundation"


def test_quoted_words_before_the_verb_are_no_subject() -> None:
    speakers = _speakers(
        "Last year, he played down the plan as “just part of the harbour campaign” and "
        "reportedly argued that attacking the mayor would only help her.\n"
    )
    assert "the harbour campaign" not in {v.casefold() for v in speakers.values()}


def test_an_adverb_before_the_verb_is_no_part_of_a_described_speaker() -> None:
    """ "The letter also argues that …" gave the speaker "The letter also"."""
    text = (
        "The letter also argues that the public cares deeply about the harbour.\n"
        "His wife publicly warned that the pier would close.\n"
        "The family ally said that the ferry would run again in May.\n"
    )
    assert speakers(text) == ["The letter", "His wife", "The family ally"]
