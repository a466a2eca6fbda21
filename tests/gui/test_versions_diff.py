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


def long_article(paragraphs: int) -> str:
    return "\n\n".join(
        " ".join(f"Абзац {p}, фраза {s}: переговоры продолжатся в среду." for s in range(12))
        for p in range(paragraphs)
    )


def test_a_long_article_compared_in_pieces_marks_only_what_changed() -> None:
    """Lines, then sentences, then words: a sentence added in the middle of a long paragraph
    and a word changed in another are marked alone, as a word-by-word comparison marks them."""
    old = long_article(300)
    new = old.replace(
        "Абзац 150, фраза 6: переговоры продолжатся в среду. ",
        "Абзац 150, фраза 6: переговоры продолжатся в среду. Встреча назначена на май. ",
    ).replace("Абзац 200, фраза 3: переговоры", "Абзац 200, фраза 3: консультации")
    html = diff_html(old, new)
    assert marked(html, "underline") == ["Встреча назначена на май. ", "консультации"]
    assert marked(html, "line-through") == ["переговоры"]


def test_a_run_of_dashes_added_to_another_keeps_both_texts() -> None:
    """Slid over a long run of the same mark in one step; each side still reads whole. Past
    _MOST_TOKENS a changed sentence is shown removed and added whole."""
    old = "Итоги.\n" + "-" * 1000 + "\nКонец."
    html = diff_html(old, "Итоги.\n" + "-" * 2000 + "\nКонец.")
    assert "".join(marked(html, "underline")) == "-" * 1000
    assert marked(html, "line-through") == []
    html = diff_html(old, "Итоги.\n" + "-" * 5000 + "\nКонец.")
    assert "".join(marked(html, "line-through")) == "-" * 1000
    assert "".join(marked(html, "underline")) == "-" * 5000
