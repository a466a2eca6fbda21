"""A news agency named next to the speech verb ("— сообщил РИА Новости …", "по данным РИА
Новости"): the capitalised common word after its capitals is the rest of its name, never a
person's surname (it was suggested as the speaker "Новость", lemmatised)."""

from __future__ import annotations

from suggest_helpers import by_text

from claimdesk.core.suggest import suggest_attributions

QUOTE = "Отопительный сезон в районе начнётся на неделю раньше обычного"


def speakers(text: str) -> dict[str, str]:
    return {s.text: s.speaker for s in suggest_attributions(text, language="ru")}


def test_the_agency_told_is_not_the_speaker() -> None:
    told_by_a_source = speakers(f"«{QUOTE}», — сообщил РИА Новости источник в администрации.")
    according = speakers(f"По данным РИА Новости, {QUOTE.lower()}.")
    for found in (told_by_a_source, according):
        assert not any("Новост" in speaker for speaker in found.values()), found


def test_the_person_after_the_agency_is_the_speaker() -> None:
    found = by_text(
        suggest_attributions(
            f"«{QUOTE}», — заявил РИА Новости глава района Павел Сомов.", language="ru"
        )
    )
    assert found[QUOTE].speaker == "Павел Сомов"


def test_a_name_after_capitals_is_still_a_name() -> None:
    # a first name (also a common noun: "лев") and a surname after an abbreviation
    assert speakers(f"«{QUOTE}», — сказал ректор НГУ Лев Орлов.")[QUOTE] == "Лев Орлов"
    # and a surname that is a common noun, after a first name, as before
    assert speakers(f"«{QUOTE}», — сказал Сергей Шелест.")[QUOTE] == "Сергей Шелест"


def test_a_source_in_a_body_is_the_source_not_the_body() -> None:
    """A source ("источник в администрации") is someone not named: a description, not the
    administration (which was given as the speaker)."""
    found = by_text(
        suggest_attributions(
            f"«{QUOTE}», — сообщил РИА Новости источник в администрации.", language="ru"
        )
    )
    source = found[QUOTE]
    assert (source.speaker, source.reference, source.unnamed) == ("Источник", "title", True)
