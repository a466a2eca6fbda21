"""The versions dialog's difference, as it marks words: a sentence put in or taken out is marked
from its first word to the space after it, not from the full stop before it."""

from __future__ import annotations

import re

from claimdesk.gui.versions_dialog import diff_html

# (the longest-match diff alone marks ". Встреча назначена на май" here)
OLD = "Посол отметил это. Визит состоится весной."
NEW = "Посол отметил это. Встреча назначена на май. Визит состоится весной."


def marked(html: str, style: str) -> list[str]:
    return re.findall(rf"text-decoration: {style};[^>]*>([^<]*)</span>", html)


def test_a_sentence_added_is_marked_from_its_first_word() -> None:
    html = diff_html(OLD, NEW)
    assert marked(html, "underline") == ["Встреча назначена на май. "]
    assert marked(html, "line-through") == []


def test_a_sentence_taken_out_is_marked_from_its_first_word() -> None:
    html = diff_html(NEW, OLD)
    assert marked(html, "line-through") == ["Встреча назначена на май. "]
    assert marked(html, "underline") == []


def test_a_word_replaced_before_a_full_stop_keeps_the_stop_unmarked() -> None:
    html = diff_html(OLD, OLD.replace("весной.", "осенью."))
    assert (marked(html, "line-through"), marked(html, "underline")) == (["весной"], ["осенью"])
    # the text each side reads is whole
    plain = re.sub(r"<[^>]+>", "", html)
    assert "весной" in plain and "осенью." in plain
