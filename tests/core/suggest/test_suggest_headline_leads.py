"""Headline leads before a colon in English: "Doe to Congress: …" (Doe speaks to Congress),
"Doe: ‘…’" in single marks, and a group named by one word ("Historians: …")."""

from __future__ import annotations

from claimdesk.core.suggest import suggest_attributions


def _found(text: str) -> dict[str, str]:
    return {s.text: s.speaker for s in suggest_attributions(text, language="en")}


def test_a_headline_naming_whom_the_speaker_addresses() -> None:
    text = (
        "Kolb to Council: Fares will not rise this year.\n"
        "Mayor Ann Kolb told the council on Monday that the ferry would stay city-owned.\n"
    )
    assert _found(text)["Fares will not rise this year"] == "Ann Kolb"


def test_a_headline_quotation_in_single_marks() -> None:
    text = (
        "Avery: ‘We will rebuild the pier by spring.’\n"
        "Tom Avery spoke to fishermen in Riverton on Friday.\n"
    )
    assert _found(text)["We will rebuild the pier by spring"] == "Tom Avery"


def test_a_group_before_the_colon() -> None:
    text = "Historians: The old bridge was built twice in one century.\n"
    assert _found(text) == {"The old bridge was built twice in one century": "Historians"}
