"""The role a new speaker gets from the words before their name (core/suggest/roles.py), and
accepted suggestions that make a speaker with it."""

from __future__ import annotations

from pathlib import Path

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.suggest import accept_suggestions, pending_suggestions, suggest_attributions
from claimdesk.core.suggest.roles import with_roles


def roles(text: str, language: str) -> dict[str, str]:
    found = with_roles(text, suggest_attributions(text, language=language), language)
    return {s.speaker: s.role for s in found}


def test_a_russian_title_before_the_name_is_the_role_in_lower_case() -> None:
    text = (
        "Посол Михаил Бочарников отметил, что сотрудничество продолжается.\n"
        "Министр иностранных дел Азербайджана Джейхун Байрамов заявил: «Мы готовы к диалогу».\n"
        "Вчера Анна Петрова заявила, что всё идёт по плану.\n"
    )
    assert roles(text, "ru") == {
        "Михаил Бочарников": "посол",
        "Джейхун Байрамов": "министр иностранных дел Азербайджана",
        "Анна Петрова": "",  # "вчера" is no title
    }


def test_compound_russian_titles_of_the_news_are_roles() -> None:
    """A new speaker named after "Госсекретарь США" got no role: the titles lacked the
    compound ones Russian news writes as one word."""
    text = (
        "Госсекретарь США Энтони Блинкен заявил: «Мы продолжим поддерживать союзников».\n"
        "Генпрокурор Игорь Краснов сообщил, что дело передано в суд.\n"
        "Гендиректор завода Олег Смирнов отметил, что план выполнен.\n"
    )
    assert roles(text, "ru") == {
        "Энтони Блинкен": "госсекретарь США",
        "Игорь Краснов": "генпрокурор",
        "Олег Смирнов": "гендиректор завода",
    }


def test_a_title_in_another_case_gives_no_role_rather_than_a_wrong_one() -> None:
    text = "По словам посла Михаила Бочарникова, сотрудничество продолжается.\n"
    assert set(roles(text, "ru").values()) <= {""}


def test_a_title_the_speaker_is_referred_to_by_is_their_role() -> None:
    text = (
        "Глава МИД Джейхун Байрамов принял посла России Михаила Бочарникова.\n"
        "«Сотрудничество между странами продолжается», — сказал посол.\n"
    )
    found = roles(text, "ru")
    assert found.get("Михаил Бочарников") == "посол", found


def test_an_english_title_phrase_is_kept_and_a_clause_is_not_taken_for_one() -> None:
    text = (
        "Secretary of State Jane Roe said that the talks would go on.\n"
        "The judge the senator praised is John Moe, who said that the ruling stands.\n"
    )
    found = roles(text, "en")
    assert found["Jane Roe"] == "Secretary of State"
    assert found.get("John Moe", "") == ""


def test_accepting_suggestions_makes_the_speaker_with_the_role(tmp_path: Path) -> None:
    with Catalogue.open(tmp_path / "c.sqlite") as catalogue:
        article_id = catalogue.add_article(
            "Посол Михаил Бочарников отметил, что сотрудничество продолжается.\n",
            title="Встреча",
            language="ru",
        ).id
        pending = pending_suggestions(catalogue, article_id)
        assert [s.role for s in pending] == ["посол"]
        accept_suggestions(catalogue, article_id, pending)
        (speaker,) = catalogue.list_speakers()
        assert (speaker.name, speaker.role) == ("Михаил Бочарников", "посол")
