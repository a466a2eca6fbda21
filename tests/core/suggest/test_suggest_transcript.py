"""A speaker's name and a colon at the start of a line: transcripts and headlines."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import DIRECT, suggest_attributions


def test_transcript_lines_and_a_headline() -> None:
    text = (
        "Doe: Taxes will not rise next year\n"
        "Mayor Jane Doe spoke to the radio host Tom Reyes on Friday.\n"
        "REYES: Will the library stay open in August?\n"
        "Jane Doe: It will stay open, and we will hire two more staff.\n"
        "Revealed: the plans for the new harbour wall.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    headline = found["Taxes will not rise next year"]
    assert (headline.speaker, headline.kind) == ("Jane Doe", DIRECT)
    assert found["Will the library stay open in August?"].speaker == "Tom Reyes"
    assert found["It will stay open, and we will hire two more staff"].speaker == "Jane Doe"
    assert "the plans for the new harbour wall" not in found  # "Revealed" names nobody


def test_a_chart_caption_is_no_transcript_line() -> None:
    """A chart's "Source: …" under a line ending in "American" was read as a transcript line
    of "Source", as if "American Source" had named someone in full."""
    text = (
        "Mayor Jane Doe asked for racial data on the outbreak.\n"
        "- 68% of deaths in the county were African American\n"
        "Source: County Department of Public Health, weekly report\n"
        "Doe: We will publish the figures every week from now on.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert "County Department of Public Health, weekly report" not in found
    assert found["We will publish the figures every week from now on"].speaker == "Jane Doe"


def test_an_unnamed_speaker_right_before_the_verb() -> None:
    text = '"The queue was two hours long," one visitor wrote. "Never again," another added.\n'
    found = by_text(suggest_attributions(text, language="en"))
    visitor = found["The queue was two hours long"]
    assert (visitor.speaker, visitor.reference, visitor.unnamed) == (
        "One visitor",
        "description",
        True,
    )
