"""The Web Annotation collection carries the articles it annotates (``claimdesk:articles``), so
an import restores the claims into a catalogue that lacks them: the articles stored with the
claims in one edit, reused when already there, nothing doubled by a second import; an
annotation whose text is in neither the file nor the catalogue, or whose span does not fit the
carried text, refused in one line with nothing stored. Each test runs on SQLite and on
PostgreSQL (the importing catalogue is the ``catalogue`` fixture)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from web_annotation_shape import annotation_problems, collection_problems

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.article_text import text_hash
from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.importers.limits import MAX_ARTICLE_CHARS

RUSSIAN = (
    "Министр иностранных дел Ёлкин заявил журналистам: «Переговоры продолжатся в среду».\n"
    "По словам Ёлкина, стороны «близки к соглашению» 🙂, хотя споры о границе остаются.\n"
    "Депутат Щукина возразила, что никакого соглашения нет.\n"
)
ENGLISH = (
    "The mayor, Zoë Brontë-Øster, said the bridge would reopen “by the end of March”.\n"
    "Critics doubted it: the council’s engineer called the date “wishful thinking”.\n"
)
SHORT = "Ёлкин повторил: «Переговоры продолжатся в среду». Больше ничего."


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def colleague(folder: Path) -> Path:
    """A colleague's catalogue (SQLite) with three articles and claims of every kind, speakers
    with roles, tags and notes, one claim unattributed; exported as Web Annotations."""
    with Catalogue.open(folder / "colleague.sqlite") as c:
        ru = c.add_article(
            RUSSIAN,
            title="Переговоры о границе",
            outlet="Вести Юга",
            url="https://example.org/ru/talks",
            published="2025-03-14",
            language="ru",
        ).id
        en = c.add_article(
            ENGLISH,
            title="Bridge to reopen",
            outlet="Daily Ledger",
            published="2025-02",
            language="en",
        ).id  # fmt: skip  (no url: named by its text's hash)
        short = c.add_article(SHORT, title="", language="ru").id
        c.attribute_span(
            ru, *span(RUSSIAN, "Переговоры продолжатся в среду"), kind="direct",
            new_speaker="Пётр Ёлкин", new_speaker_role="министр",
            new_speaker_organisation="МИД", tags=["переговоры", "граница"], note="первое",
        )  # fmt: skip
        elkin = c.find_speaker("Пётр Ёлкин")
        assert elkin is not None
        c.add_alias(elkin.id, "П. Ёлкин")
        c.add_alias(elkin.id, "глава МИД")
        c.attribute_span(ru, *span(RUSSIAN, "близки к соглашению"), elkin.id, kind="indirect")
        c.attribute_span(
            ru, *span(RUSSIAN, "никакого соглашения нет"), kind="claim",
            new_speaker="Анна Щукина", note="возражение",
        )  # fmt: skip
        c.attribute_span(
            en, *span(ENGLISH, "by the end of March"), kind="direct",
            new_speaker="Zoë Brontë-Øster", new_speaker_role="mayor", tags=["bridge"],
        )  # fmt: skip
        c.attribute_span(en, *span(ENGLISH, "wishful thinking"), kind="indirect", note="unnamed")
        c.attribute_span(short, *span(SHORT, "Переговоры продолжатся в среду"), elkin.id)
        exported = folder / "claims.jsonld"
        assert c.export_claims(exported, "webannotation") == 6
    return exported


Claim = tuple[Any, ...]


def claims(catalogue: Catalogue) -> list[Claim]:
    """Every field of every claim an import carries, with its article's details and text."""
    rows = []
    for c in catalogue.list_claims():
        article = catalogue.get_article(c.article_id)
        rows.append(
            (
                c.quote, c.start, c.end, c.context_before, c.context_after, c.speaker_name,
                c.speaker_role, c.speaker_organisation, c.kind, c.tags, c.note,
                article.title, article.outlet, article.url, article.published, article.language,
                article.text_hash, catalogue.get_article_text(c.article_id),
            )
        )  # fmt: skip
    return sorted(rows)


def aliases(catalogue: Catalogue) -> dict[str, list[str]]:
    return {s.name: sorted(s.aliases) for s in catalogue.list_speakers()}


def counts(catalogue: Catalogue) -> tuple[int, int, int]:
    return len(catalogue.list_articles()), catalogue.count_claims(), len(catalogue.list_speakers())


def test_the_collection_carries_its_articles_and_keeps_the_w3c_shape(tmp_path: Path) -> None:
    document = json.loads(colleague(tmp_path).read_text("utf-8"))
    assert collection_problems(document) == []
    assert all(annotation_problems(a) == [] for a in document["first"]["items"])
    assert {"claimdesk": "urn:claimdesk:ns:"} in document["@context"]
    carried = {a["claimdesk:text"]: a for a in document["claimdesk:articles"]}
    assert sorted(carried) == sorted([RUSSIAN, ENGLISH, SHORT])  # each once, in full
    ru = carried[RUSSIAN]
    assert ru == {
        "id": f"urn:claimdesk:text:sha256:{text_hash(RUSSIAN)}",
        "type": "claimdesk:Article",
        "claimdesk:textHash": text_hash(RUSSIAN),
        "claimdesk:title": "Переговоры о границе",
        "claimdesk:outlet": "Вести Юга",
        "claimdesk:url": "https://example.org/ru/talks",
        "claimdesk:published": "2025-03-14",
        "claimdesk:language": "ru",
        "claimdesk:text": RUSSIAN,
    }
    hashes = {a["target"]["claimdesk:textHash"] for a in document["first"]["items"]}
    assert hashes == {a["claimdesk:textHash"] for a in carried.values()}


def test_annotations_restore_claims_and_articles_into_an_empty_catalogue(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    exported = colleague(tmp_path)
    result = catalogue.import_annotations(exported)
    assert (len(result.claims), result.new_articles, result.new_speakers) == (6, 3, 3)
    with Catalogue.open(tmp_path / "colleague.sqlite") as source:
        assert claims(catalogue) == claims(source)
        # the speakers made come with their other names (the file carries them)
        assert aliases(catalogue) == aliases(source)
    assert aliases(catalogue)["Пётр Ёлкин"] == sorted(["П. Ёлкин", "глава МИД"])
    assert {a.source_name for a in catalogue.list_articles()} == {"claims.jsonld"}
    # the same file again: the articles found by their texts, no claim doubled
    again = catalogue.import_annotations(exported)
    assert (again.claims, again.skipped, again.new_articles) == ((), 6, 0)
    assert counts(catalogue) == (3, 6, 3)
    catalogue.undo()  # the first import was one edit: articles, speakers and claims go
    assert counts(catalogue) == (0, 0, 0)


def test_articles_already_in_the_catalogue_are_reused(catalogue: Catalogue, tmp_path: Path) -> None:
    exported = colleague(tmp_path)
    mine = catalogue.add_article(ENGLISH, title="My own title").id
    catalogue.attribute_span(mine, *span(ENGLISH, "wishful thinking"), kind="indirect")
    result = catalogue.import_annotations(exported)
    assert (len(result.claims), result.new_articles, result.skipped) == (5, 2, 1)
    assert len(catalogue.list_articles()) == 3
    assert catalogue.get_article(mine).title == "My own title"  # found, not stored again
    assert len(catalogue.claims_for_article(mine)) == 2


def edited(exported: Path, how: str) -> Path:
    document = json.loads(exported.read_text("utf-8"))
    items = document["first"]["items"]
    carried = document["claimdesk:articles"]
    english = next(a for a in carried if a["claimdesk:text"] == ENGLISH)
    on_english = next(a for a in items if a["target"]["claimdesk:textHash"] == text_hash(ENGLISH))
    if how == "text left out":
        carried.remove(english)
    elif how == "offsets moved":
        on_english["target"]["selector"][1]["start"] += 1
        on_english["target"]["selector"][1]["end"] += 1
    elif how == "quote changed":
        on_english["target"]["selector"][0]["exact"] = "by the end of April"
    elif how == "text changed":
        english["claimdesk:text"] = ENGLISH.replace("March", "April")
    elif how == "text too long":
        english["claimdesk:text"] = "ж" * (MAX_ARTICLE_CHARS + 1)
    elif how == "bad date":
        english["claimdesk:published"] = "весной"
    elif how == "no text":
        del english["claimdesk:text"]
    bad = exported.with_name(f"{how.replace(' ', '-')}.jsonld")
    bad.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return bad


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("text left out", "is neither in this catalogue (by its text or its address) nor carried"),
        ("offsets moved", "is not at"),
        ("quote changed", "the quote “by the end of April” is not at"),
        ("text changed", "is not the one its claimdesk:textHash names"),
        ("text too long", "articles of up to 5,000,000 are stored"),
        ("bad date", "“весной” is not a date"),
        ("no text", "it has no text (claimdesk:text)"),
    ],
)
def test_an_annotation_without_a_fitting_text_is_refused_and_nothing_is_stored(
    catalogue: Catalogue, tmp_path: Path, how: str, message: str
) -> None:
    bad = edited(colleague(tmp_path), how)
    pushes = catalogue.history.push_count
    with pytest.raises(ImportFileError) as raised:
        catalogue.import_annotations(bad)
    assert message in str(raised.value) and "\n" not in str(raised.value)
    assert counts(catalogue) == (0, 0, 0)  # not even the articles and claims before it
    assert catalogue.history.push_count == pushes


def test_a_refusal_names_the_carried_article(catalogue: Catalogue, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as raised:
        catalogue.import_annotations(edited(colleague(tmp_path), "offsets moved"))
    assert "of the article “Bridge to reopen” carried in the file" in str(raised.value)


def test_an_old_file_without_the_articles_imports_as_before(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    document = json.loads(colleague(tmp_path).read_text("utf-8"))
    del document["claimdesk:articles"]
    old = tmp_path / "old.jsonld"
    old.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    with pytest.raises(ImportFileError, match="nor carried in the file"):
        catalogue.import_annotations(old)  # an empty catalogue: nowhere to put the claims
    assert counts(catalogue) == (0, 0, 0)
    for text in (RUSSIAN, ENGLISH, SHORT):
        catalogue.add_article(text)
    result = catalogue.import_annotations(old)
    assert (len(result.claims), result.new_articles) == (6, 0)
    assert len(catalogue.list_articles()) == 3
