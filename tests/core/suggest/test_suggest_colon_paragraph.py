"""A colon that ends its line introduces the paragraph after it ("Jane Doe said:" and a
paragraph), and a quotation that goes on over several paragraphs, each opening with a mark and
only the last one closed, is said whole."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import DIRECT, suggest_attributions


def test_the_paragraph_after_a_line_ending_colon() -> None:
    text = (
        "The harbour board met on Monday.\n\n"
        "In a speech last July, Jane Doe said:\n\n"
        "Let no one be mistaken – the new pier is a burden on the harbour, and it must be "
        "stopped.\n\n"
        "Carl Ruiz left the meeting early.\n"
    )
    found = by_text(suggest_attributions(text, language="en"))
    said = found[
        "Let no one be mistaken – the new pier is a burden on the harbour, and it must be stopped"
    ]
    assert (said.speaker, said.kind) == ("Jane Doe", DIRECT)
    assert not any(t.startswith("Carl Ruiz") for t in found)


def test_a_quotation_of_several_paragraphs_after_a_line_ending_colon() -> None:
    text = (
        "Carl Ruiz stated:\n\n"
        '"The board is not about the “public good” anymore. It is about money.\n\n'
        '"The latest example is the pier. We have gone far enough."\n\n'
        "Ann Kolb did not answer.\n"
    )
    found = suggest_attributions(text, language="en")
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Carl Ruiz",
            "The board is not about the “public good” anymore. It is about money.\n\n"
            '"The latest example is the pier. We have gone far enough',
        )
    ]


def test_a_line_ending_colon_before_a_closed_quotation_is_the_direct_rules() -> None:
    text = 'Carl Ruiz said:\n\n"We have waited long enough for the pier."\n'
    found = suggest_attributions(text, language="en")
    assert [(s.text, s.basis) for s in found] == [
        ("We have waited long enough for the pier", "quote before/full name")
    ]


def test_the_paragraph_after_a_russian_line_ending_colon() -> None:
    text = (
        "Сроки ремонта снова сдвинулись.\n\n"
        "Министр Пётр Иванов заявил:\n\n"
        "Мост откроют только в мае, денег на ремонт пока нет.\n\n"
        "Анна Сидорова промолчала.\n"
    )
    found = by_text(suggest_attributions(text, language="ru"))
    assert found["Мост откроют только в мае, денег на ремонт пока нет"].speaker == "Пётр Иванов"
