"""A speaker's name and a colon at the start of a line: transcripts and headlines."""

from __future__ import annotations

from suggest_helpers import by_text, speakers

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


def test_a_byline_is_no_transcript_line() -> None:
    text = (
        "Posted: Thursday, April 21. By Jane Doe: The region cannot ignore the risk of new "
        "outbreaks, health officials warned.\n"
        "Jane Doe: We will publish the figures every week from now on.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert not any(t.startswith("The region cannot ignore") for t in found)
    assert found["We will publish the figures every week from now on"].speaker == "Jane Doe"


def test_a_name_ending_a_line_and_one_opening_the_next_are_two_words() -> None:
    """ "-Chinedum Okwudire" closing a line and "Okwudire cited …" opening the next made the
    speaker "Chinedum Okwudire\nOkwudire"."""
    text = (
        "“The printer slows down before it shakes,” said Chinedum Okwudire, a professor.\n"
        "The printer slows down before it shakes.\n"
        "-Chinedum Okwudire\n"
        "Okwudire cited figures from the makers of the printers.\n"
        "“It acts before the shaking starts,” Okwudire said.\n"
    )
    speakers = {s.speaker for s in suggest_attributions(text, language="en")}
    assert speakers == {"Chinedum Okwudire"}


def test_an_unnamed_speaker_right_before_the_verb() -> None:
    text = '"The queue was two hours long," one visitor wrote. "Never again," another added.\n'
    found = by_text(suggest_attributions(text, language="en"))
    visitor = found["The queue was two hours long"]
    assert (visitor.speaker, visitor.reference, visitor.unnamed) == (
        "One visitor",
        "description",
        True,
    )


def test_a_surname_that_is_also_a_preposition_stays_a_name() -> None:
    """ "By" opening a byline is no name; "From" may be one (Al From)."""
    text = (
        "“We rebuilt the party from the ground up,” said Al From, the council's founder.\n"
        "“Voters wanted a party that could govern,” From said.\n"
    )
    assert speakers(text) == ["Al From", "Al From"]


def test_a_lists_labels_are_no_speakers() -> None:
    """A recipe's "Maple Syrup: Feel free to …" and a page's "Strict Standards: Non-static …"
    were transcript lines: a speaker of a transcript is named in the article besides."""
    text = (
        "Ingredients\n"
        "Peanut Butter: The star ingredient, I use creamy peanut butter for this recipe.\n"
        "Maple Syrup: Feel free to substitute another liquid sweetener of your choice.\n"
        "Strict Standards: Non-static method get_option() should not be called statically.\n"
        "Strict Standards: Only variables should be passed by reference in the theme.\n"
        "Mayor Jane Doe spoke to the radio host on Friday.\n"
        "Jane Doe: It will stay open, and we will hire two more staff.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    assert [(t, s.speaker) for t, s in found.items()] == [
        ("It will stay open, and we will hire two more staff", "Jane Doe")
    ]


def test_a_headings_words_are_no_full_name_for_a_label() -> None:
    """ "Editors' Disclosures: Christine Laine …" and "Author Contributions: …" were transcript
    lines of "Disclosures" and "Contributions": the heading itself was taken for the full name
    that names someone so elsewhere."""
    text = (
        "Editors' Disclosures: Christine Laine, the editor, holds no shares in any drug company.\n"
        "Author Contributions: Conception and design by the three authors of the study.\n"
    )
    assert suggest_attributions(text, language="en") == []


def test_an_adverb_opening_a_sentence_is_no_first_name() -> None:
    """ "Afterwards Penny" was a person's name, given to every "she responds"."""
    text = (
        "Penny Walsh runs the library in Pelican Town.\n"
        '"I would rather not think about it." Afterwards Penny walks home. She responds, '
        '"I guess you are right about it."\n'
    )
    speakers = {s.speaker for s in suggest_attributions(text, language="en")}
    assert "Afterwards Penny" not in speakers


def test_a_numbered_heading_is_no_transcript_line() -> None:
    text = (
        "The guide opens with the Harbour Example and the Ferry Figure.\n"
        "Example 1: Change the font size of all the text in the chart.\n"
        "Figure 5: The new pier seen from the ferry landing in May.\n"
    )
    assert suggest_attributions(text, language="en") == []
