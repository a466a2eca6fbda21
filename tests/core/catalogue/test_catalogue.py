"""The service layer: articles, speakers, claims, links, filters, undo and redo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import (
    DuplicateError,
    EmptySpanError,
    InvalidValueError,
    NotFoundError,
    NothingToUndoError,
    QuoteNotFoundError,
    SpanOutOfRangeError,
    UndoConflictError,
)
from claimdesk.core.domain.records import CatalogueChange, ClaimFilter


def _snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, except the versions: undo and redo move those on."""
    connection = sqlite3.connect(path)
    try:
        tables = ["article", "speaker", "speaker_alias", "claim", "claim_tag", "claim_link"]
        snapshot = {}
        for t in tables:
            names = [r[1] for r in connection.execute(f"PRAGMA table_info({t})")]
            columns = ", ".join(f'"{n}"' for n in names if n != "version")
            snapshot[t] = connection.execute(f"SELECT {columns} FROM {t} ORDER BY 1, 2").fetchall()
        return snapshot
    finally:
        connection.close()


def test_same_text_again_finds_the_existing_article(catalogue: Catalogue, sample_text: str) -> None:
    first = catalogue.add_article(sample_text, outlet="Sputnik")
    again = catalogue.add_article(sample_text.replace("\n", "\r\n"), outlet="Other")
    assert first.created and not again.created
    assert again.id == first.id
    assert len(catalogue.list_articles()) == 1


def test_article_metadata_and_title_guess(catalogue: Catalogue, sample_text: str) -> None:
    article = catalogue.get_article(
        catalogue.add_article(sample_text, published="2024-07", language="ru").id
    )
    assert article.title.startswith("БАКУ, 28 июл - Sputnik.")
    assert article.published == "2024-07"
    assert article.length == len(sample_text)
    updated = catalogue.update_article(article.id, title="Байрамов принял посла", published=None)
    assert updated.title == "Байрамов принял посла" and updated.published is None
    assert catalogue.get_article_text(article.id) == sample_text


def test_a_guessed_title_ends_without_the_punctuation_joining_it_on(catalogue: Catalogue) -> None:
    text = "  Посол ответил на вопросы;  \nБАКУ, 28 июл - Sputnik. Посол сказал, что всё хорошо."
    assert catalogue.get_article(catalogue.add_article(text).id).title == "Посол ответил на вопросы"


@pytest.mark.parametrize("bad", ["", "   \n  ", "abc\x00def"])
def test_bad_article_text_is_refused(catalogue: Catalogue, bad: str) -> None:
    with pytest.raises(InvalidValueError):
        catalogue.add_article(bad)
    assert catalogue.list_articles() == []


@pytest.mark.parametrize("bad", ["28/07/2024", "28.07.24", "2024-13-01", "2024-02-30", "yesterday"])
def test_malformed_dates_are_refused(catalogue: Catalogue, bad: str) -> None:
    with pytest.raises(InvalidValueError):
        catalogue.add_article("Some text.", published=bad)


def test_a_role_or_organisation_longer_than_a_team_catalogue_holds_is_refused(
    catalogue: Catalogue, sample_article: int
) -> None:
    """A team catalogue's columns hold 300 characters: a SQLite one refuses more too, naming
    the field, rather than keep what could not be moved to a team catalogue."""
    with pytest.raises(InvalidValueError, match="role is longer than 300"):
        catalogue.add_speaker("Джейхун Байрамов", role="м" * 301)
    with pytest.raises(InvalidValueError, match="organisation is longer than 300"):
        catalogue.attribute_span(
            sample_article, 0, 5, new_speaker="Байрамов", new_speaker_organisation="о" * 301
        )
    assert catalogue.list_speakers() == [] and catalogue.claims_for_article(sample_article) == []
    speaker = catalogue.add_speaker("Джейхун Байрамов", role="  " + "м" * 300 + " ")
    assert speaker.role == "м" * 300
    with pytest.raises(InvalidValueError, match="organisation is longer than 300"):
        catalogue.update_speaker(speaker.id, organisation="о" * 301)
    assert catalogue.get_speaker(speaker.id).organisation == ""


def test_attribute_quote_resolves_speaker_by_alias_ignoring_case_and_yo(
    catalogue: Catalogue, sample_article: int
) -> None:
    speaker = catalogue.add_speaker("Джейхун Байрамов", role="министр", aliases=["Байрамов"])
    claim = catalogue.attribute_quote(sample_article, "Байрамов отметил", "БАЙРАМОВ")
    assert claim.speaker_id == speaker.id
    text = catalogue.get_article_text(sample_article)
    assert text[claim.start : claim.end] == claim.quote == "Байрамов отметил"
    assert claim.context_after == text[claim.end : claim.end + 32]
    assert catalogue.find_speaker("мехрибан алиёва") is None
    catalogue.add_speaker("Мехрибан Алиева")
    assert catalogue.find_speaker("МЕХРИБАН АЛИЁВА") is not None


def test_unknown_speaker_is_created_with_the_claim_and_undone_together(
    catalogue: Catalogue, sample_article: int
) -> None:
    catalogue.attribute_quote(sample_article, "Байрамов отметил", "Джейхун Байрамов")
    assert [s.name for s in catalogue.list_speakers()] == ["Джейхун Байрамов"]
    catalogue.undo()
    assert catalogue.list_speakers() == []
    assert catalogue.count_claims() == 0


def test_span_errors_are_typed_and_readable(catalogue: Catalogue, sample_article: int) -> None:
    with pytest.raises(SpanOutOfRangeError, match="outside the article"):
        catalogue.attribute_span(sample_article, 10, 100_000)
    with pytest.raises(EmptySpanError):
        catalogue.attribute_span(sample_article, 10, 10)
    with pytest.raises(QuoteNotFoundError):
        catalogue.attribute_quote(sample_article, "этого нет в статье", "X")
    with pytest.raises(NotFoundError, match="no article with id 999"):
        catalogue.attribute_span(999, 0, 5)
    with pytest.raises(InvalidValueError, match="Unknown kind"):
        catalogue.attribute_span(sample_article, 0, 5, kind="rumour")
    assert catalogue.count_claims() == 0


def test_overlapping_claims_are_allowed(catalogue: Catalogue, sample_article: int) -> None:
    a = catalogue.attribute_span(sample_article, 100, 200)
    b = catalogue.attribute_span(sample_article, 150, 250)
    assert {c.id for c in catalogue.claims_for_article(sample_article)} == {a.id, b.id}


def test_database_constraints_guard_offsets(
    db_path: Path, catalogue: Catalogue, sample_article: int
) -> None:
    connection = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute(
            'INSERT INTO claim (article_id, start, "end", quote, quote_folded, context_before,'
            " context_after, kind, note, created_at, updated_at) VALUES"
            " (?, 10, 5, 'x', 'x', '', '', 'claim', '', '2024-01-01', '2024-01-01')",
            (sample_article,),
        )
    connection.close()


def test_search_folds_cyrillic_case_and_yo(catalogue: Catalogue, sample_article: int) -> None:
    catalogue.attribute_quote(sample_article, "Байрамов отметил", "Джейхун Байрамов")
    catalogue.attribute_quote(
        sample_article, "Мехрибан Алиевой", "Мехрибан Алиева", kind="claim", tags=["Визит"]
    )
    assert [c.quote for c in catalogue.list_claims(ClaimFilter(text="ОТМЕТИЛ"))] == [
        "Байрамов отметил"
    ]
    # the free text also searches speaker names and article titles (which name Байрамов)
    assert len(catalogue.list_claims(ClaimFilter(text="байрам"))) == 2
    assert [c.quote for c in catalogue.list_claims(ClaimFilter(text="АЛИЕВОЙ"))] == [
        "Мехрибан Алиевой"
    ]
    assert [s.name for s in catalogue.list_speakers("БАЙРАМ")] == ["Джейхун Байрамов"]
    assert [a.id for a in catalogue.list_articles("спутник")] == []
    assert [a.id for a in catalogue.list_articles("SPUTNIK")] == [sample_article]
    assert len(catalogue.list_claims(ClaimFilter(tag="визит"))) == 1
    assert len(catalogue.list_claims(ClaimFilter(kind="direct"))) == 1
    # LIKE wildcards in the user's text are literal
    assert catalogue.list_claims(ClaimFilter(text="%")) == []
    assert catalogue.list_claims(ClaimFilter(text="_")) == []


def test_yo_and_ye_match_in_claims(catalogue: Catalogue) -> None:
    article = catalogue.add_article("Он сказал: «Всё решено, ёлки зелёные».").id
    catalogue.attribute_quote(article, "Всё решено", None)
    assert len(catalogue.list_claims(ClaimFilter(text="все решено"))) == 1
    assert len(catalogue.list_claims(ClaimFilter(text="ВСЁ РЕШЕНО"))) == 1


def test_filters_by_outlet_and_partial_dates(catalogue: Catalogue) -> None:
    july = catalogue.add_article("Мэр заявил: бюджет вырастет.", outlet="РИА", published="2024-07")
    day = catalogue.add_article("Министр: цены снизятся.", outlet="ТАСС", published="2024-08-15")
    unknown = catalogue.add_article("Посол: визит состоится.", outlet="ТАСС")
    for article, quote in ((july.id, "бюджет вырастет"), (day.id, "цены снизятся"),
                           (unknown.id, "визит состоится")):  # fmt: skip
        catalogue.attribute_quote(article, quote, "Кто-то")

    def quotes(**kwargs: object) -> set[str]:
        return {c.quote for c in catalogue.list_claims(ClaimFilter(**kwargs))}  # type: ignore[arg-type]

    assert quotes(outlet="тасс") == {"цены снизятся", "визит состоится"}
    assert quotes(since="2024-07-20") == {"бюджет вырастет", "цены снизятся"}
    assert quotes(until="2024-07-31") == {"бюджет вырастет"}
    assert quotes(since="2024-08-01", until="2024-08-31") == {"цены снизятся"}
    with pytest.raises(InvalidValueError):
        quotes(since="15/08/2024")


def test_edit_tags_note_kind_and_reattribute(catalogue: Catalogue, sample_article: int) -> None:
    claim = catalogue.attribute_quote(sample_article, "Байрамов отметил", "Джейхун Байрамов")
    other = catalogue.add_speaker("Михаил Бочарников")
    edited = catalogue.update_claim(
        claim.id, kind="indirect", tags=["МИД", "мид", " Визит "], note="проверить"
    )
    # one tag each, by its folded form; shown as first typed in the edit
    assert (edited.kind, edited.tags, edited.note) == ("indirect", ("Визит", "МИД"), "проверить")
    assert catalogue.reattribute(claim.id, other.id).speaker_name == "Михаил Бочарников"
    assert catalogue.reattribute(claim.id, None).speaker_id is None
    catalogue.undo()
    assert catalogue.get_claim(claim.id).speaker_id == other.id
    catalogue.undo()
    catalogue.undo()
    restored = catalogue.get_claim(claim.id)
    assert (restored.kind, restored.tags, restored.note) == ("direct", (), "")


def test_merge_moves_claims_and_aliases_and_undo_restores_both(
    db_path: Path, catalogue: Catalogue, sample_article: int
) -> None:
    keep = catalogue.add_speaker("Джейхун Байрамов", aliases=["Jeyhun Bayramov"])
    merged = catalogue.add_speaker("Байрамов", aliases=["глава МИД АР"])
    claim = catalogue.attribute_span(sample_article, 0, 4, merged.id)
    before = _snapshot(db_path)

    result = catalogue.merge_speakers(keep.id, merged.id)
    assert set(result.aliases) == {"Jeyhun Bayramov", "Байрамов", "глава МИД АР"}
    assert catalogue.get_claim(claim.id).speaker_id == keep.id
    with pytest.raises(NotFoundError):
        catalogue.get_speaker(merged.id)
    assert catalogue.history.undo_description == "Merge Байрамов into Джейхун Байрамов"

    catalogue.undo()
    assert _snapshot(db_path) == before
    catalogue.redo()
    assert catalogue.get_claim(claim.id).speaker_id == keep.id


def test_delete_speaker_keeps_claims_unattributed(
    catalogue: Catalogue, sample_article: int
) -> None:
    claim = catalogue.attribute_quote(sample_article, "Байрамов отметил", "Джейхун Байрамов")
    assert claim.speaker_id is not None
    catalogue.delete_speaker(claim.speaker_id)
    assert catalogue.get_claim(claim.id).speaker_id is None
    assert len(catalogue.list_claims(ClaimFilter(unattributed=True))) == 1


def test_links_are_symmetric_in_listings_and_not_duplicated(
    catalogue: Catalogue, sample_article: int
) -> None:
    a = catalogue.attribute_span(sample_article, 0, 10)
    b = catalogue.attribute_span(sample_article, 20, 30)
    catalogue.link_claims(a.id, b.id, "same")
    assert catalogue.get_claim(b.id).linked_claim_ids == (a.id,)
    with pytest.raises(DuplicateError):
        catalogue.link_claims(b.id, a.id, "same")
    with pytest.raises(InvalidValueError):
        catalogue.link_claims(a.id, a.id)
    catalogue.link_claims(a.id, b.id, "contradicts")
    assert {link.relation for link in catalogue.links_for_claim(a.id)} == {"same", "contradicts"}


def test_every_edit_undoes_to_the_exact_previous_state(
    db_path: Path, catalogue: Catalogue, sample_text: str
) -> None:
    states = [_snapshot(db_path)]
    article = catalogue.add_article(sample_text).id
    states.append(_snapshot(db_path))
    edits = [
        lambda: catalogue.add_speaker("Джейхун Байрамов", role="министр"),
        lambda: catalogue.add_alias(1, "Байрамов"),
        lambda: catalogue.attribute_quote(article, "Байрамов отметил", "Байрамов", tags=["мид"]),
        lambda: catalogue.attribute_quote(article, "Михаила Бочарникова", "Михаил Бочарников"),
        lambda: catalogue.link_claims(1, 2, "similar"),
        lambda: catalogue.update_speaker(1, organisation="МИД Азербайджана"),
        lambda: catalogue.update_claim(1, tags=["визит"], note="n"),
        lambda: catalogue.merge_speakers(1, 2),
        lambda: catalogue.remove_alias(1, "Байрамов"),
        lambda: catalogue.delete_claim(2),
        lambda: catalogue.update_article(article, outlet="Sputnik"),
        lambda: catalogue.delete_article(article),
    ]
    for edit in edits:
        edit()
        states.append(_snapshot(db_path))
    for expected in reversed(states[:-1]):
        catalogue.undo()
        assert _snapshot(db_path) == expected
    with pytest.raises(NothingToUndoError):
        catalogue.undo()
    for expected in states[1:]:
        catalogue.redo()
        assert _snapshot(db_path) == expected
    with pytest.raises(NothingToUndoError):
        catalogue.redo()


def test_undo_refuses_to_overwrite_a_later_change_from_elsewhere(
    db_path: Path, catalogue: Catalogue, sample_article: int
) -> None:
    claim = catalogue.attribute_quote(sample_article, "Байрамов отметил", "X", kind="direct")
    with Catalogue.open(db_path) as other_window:
        other_window.update_claim(claim.id, note="изменено в другом окне")
    with pytest.raises(UndoConflictError, match="changed since"):
        catalogue.undo()
    assert catalogue.get_claim(claim.id).note == "изменено в другом окне"


def test_a_new_edit_clears_redo_and_history_is_bounded(catalogue: Catalogue) -> None:
    small = Catalogue(catalogue.engine, undo_limit=3)
    for n in range(5):
        small.add_speaker(f"Speaker {n}")
    for _ in range(3):
        small.undo()
    with pytest.raises(NothingToUndoError):
        small.undo()
    assert [s.name for s in small.list_speakers()] == ["Speaker 0", "Speaker 1"]
    small.add_speaker("Another")
    with pytest.raises(NothingToUndoError):
        small.redo()


def test_subscribers_hear_of_each_change_with_what_it_touched(
    catalogue: Catalogue, sample_article: int
) -> None:
    heard: list[CatalogueChange] = []
    unsubscribe = catalogue.subscribe(heard.append)
    claim = catalogue.attribute_quote(sample_article, "Байрамов отметил", "Джейхун Байрамов")
    catalogue.undo()
    unsubscribe()
    catalogue.redo()
    assert len(heard) == 2
    assert heard[0].tables == {"speaker", "claim"}
    assert heard[0].article_ids == {sample_article}
    assert heard[0].claim_ids == {claim.id}
    assert heard[1].description == heard[0].description


def test_failed_edit_changes_nothing(
    db_path: Path, catalogue: Catalogue, sample_article: int
) -> None:
    before = _snapshot(db_path)
    edits = catalogue.history.push_count
    with pytest.raises(InvalidValueError):
        catalogue.attribute_span(sample_article, 0, 10, new_speaker="   ")
    with pytest.raises(NotFoundError):
        catalogue.update_claim(12345, note="x")
    assert _snapshot(db_path) == before
    assert catalogue.history.push_count == edits


def test_ids_are_never_reused_after_delete(catalogue: Catalogue, sample_article: int) -> None:
    first = catalogue.attribute_span(sample_article, 0, 10)
    catalogue.delete_claim(first.id)
    second = catalogue.attribute_span(sample_article, 0, 10)
    assert second.id > first.id


def test_reattribute_to_a_new_speaker_is_one_edit(
    catalogue: Catalogue, sample_article: int
) -> None:
    claim = catalogue.attribute_quote(sample_article, "Байрамов отметил", None)
    edits = catalogue.history.push_count
    updated = catalogue.update_claim(
        claim.id, new_speaker="Михаил Бочарников", new_speaker_role="посол"
    )
    assert catalogue.history.push_count == edits + 1
    assert (updated.speaker_name, updated.speaker_role) == ("Михаил Бочарников", "посол")
    assert catalogue.history.undo_description == (
        "Re-attribute “Байрамов отметил” to Михаил Бочарников"
    )
    catalogue.undo()
    assert catalogue.get_claim(claim.id).speaker_id is None
    assert catalogue.list_speakers() == []
