"""Who speaks in English reporting clauses: a name with an apposition between it and the verb
after a quotation, a described subject ("the retired judge"), and what is not the subject (an
opening participle, a dateline, the body an official heads)."""

from __future__ import annotations

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
