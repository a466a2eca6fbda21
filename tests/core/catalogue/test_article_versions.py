"""Catalogue.new_article_version: a corrected text replaces an article's, its earlier texts are
kept as versions, and every claim follows the text (exact, moved, approximate or orphaned) in
one undoable edit; orphans are kept, listed and placed by the user."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain import anchoring
from claimdesk.core.domain.article_text import MAX_ARTICLE_CHARS
from claimdesk.core.domain.errors import (
    ConflictError,
    DuplicateError,
    InvalidValueError,
    NotFoundError,
    UnchangedTextError,
    VersionNotFoundError,
)
from claimdesk.core.domain.records import AnchorState, ClaimAnchoring, ClaimInfo
from claimdesk.core.storage.models import CONTEXT_CHARS

RU = (
    "БАКУ, 3 декабря. Министр иностранных дел Джейхун Байрамов заявил, что «переговоры "
    "продолжатся в январе».\n\n"
    "Посол Михаил Бочарников отметил, что сотрудничество между странами растёт. Он добавил, "
    "что визит готовится давно.\n\n"
    "Пресс-служба МИД сообщила: «переговоры продолжатся в январе», если стороны договорятся 🙂.\n"
)
REPEATED = "переговоры продолжатся в январе"
DELETED = " Он добавил, что визит готовится давно."

EN = (
    "LONDON, Dec 3. The minister said the talks \u201cwill resume in January\u201d.\n\n"
    "A spokesman added that the visit had been planned for months. Nobody commented.\n\n"
    "Officials later confirmed the talks will resume in January, if both sides agree.\n"
)


def claims_of(catalogue: Catalogue, article_id: int) -> dict[str, ClaimInfo]:
    """The article's claims by their note (each test names its claims in their notes)."""
    return {c.note: c for c in catalogue.claims_for_article(article_id)}


def a_russian_article(catalogue: Catalogue) -> tuple[int, dict[str, ClaimInfo]]:
    article = catalogue.add_article(RU, title="Байрамов о переговорах", source_name="ru.txt").id
    catalogue.attribute_quote(article, REPEATED, "Джейхун Байрамов", note="министр")
    catalogue.attribute_quote(
        article, "сотрудничество между странами растёт", "Михаил Бочарников", note="посол"
    )
    catalogue.attribute_quote(
        article, "визит готовится давно", "Михаил Бочарников", kind="indirect", note="визит"
    )
    catalogue.attribute_quote(
        article, REPEATED, None, occurrence=2, tags=["МИД"], note="пресс-служба"
    )
    return article, claims_of(catalogue, article)


def where(text: str, claim: ClaimInfo | ClaimAnchoring) -> str:
    assert claim.start is not None and claim.end is not None
    return text[claim.start : claim.end]


def snapshot(catalogue: Catalogue, article_id: int) -> dict[str, Any]:
    """Everything a new version changes: the text, its versions, the claims (their row versions,
    which undo moves on, aside)."""
    article = catalogue.get_article(article_id)
    return {
        "text": catalogue.get_article_text(article_id),
        "hash": article.text_hash,
        "text_version": article.text_version,
        "versions": [
            (v.number, v.text_hash, v.length, v.source, v.current, v.claim_count)
            for v in catalogue.list_article_versions(article_id)
        ],
        "claims": [replace(c, version=0) for c in catalogue.claims_for_article(article_id)],
    }


def test_an_inserted_paragraph_moves_every_claim_with_its_words(catalogue: Catalogue) -> None:
    article, before = a_russian_article(catalogue)
    intro = "Срочно. Новость дополнена.\n\n"
    new = intro + RU
    results = catalogue.new_article_version(article, new, source="ru-исправлено.txt")
    assert len(results) == 4
    assert {r.state for r in results} == {AnchorState.MOVED}
    assert all(r.score == 1.0 for r in results)
    after = claims_of(catalogue, article)
    for note, old in before.items():
        claim = after[note]
        assert (claim.start, claim.end) == (old.start + len(intro), old.end + len(intro))
        assert claim.quote == old.quote == where(new, claim)
        assert (claim.text_version, claim.anchor_state) == (2, "moved")
        # the context stored is the new text's, for the next version to start from
        assert claim.context_before == new[max(0, claim.start - CONTEXT_CHARS) : claim.start]
        # speaker, kind, tags and note stay
        assert (claim.speaker_id, claim.kind, claim.tags) == (old.speaker_id, old.kind, old.tags)
    assert [(r.claim_id, r.start, r.end) for r in results] == [
        (after[n].id, after[n].start, after[n].end)
        for n in ("министр", "посол", "визит", "пресс-служба")
    ]
    assert catalogue.get_article_text(article) == new
    assert catalogue.get_article(article).text_version == 2
    versions = catalogue.list_article_versions(article)
    assert [(v.number, v.current, v.claim_count) for v in versions] == [
        (1, False, 0),
        (2, True, 4),
    ]
    assert (versions[0].source, versions[1].source) == ("ru.txt", "ru-исправлено.txt")
    assert versions[0].length == len(RU) and versions[1].length == len(new)
    assert versions[1].created_by == catalogue.user_name
    assert catalogue.get_article_version(article, 1).text == RU
    assert catalogue.get_article_version(article, 2).text == new


def test_a_corrected_paragraph_moves_a_reworded_claim_approximately(
    catalogue: Catalogue,
) -> None:
    article, before = a_russian_article(catalogue)
    new = RU.replace("между странами растёт", "между нашими странами растёт")
    results = {r.claim_id: r for r in catalogue.new_article_version(article, new)}
    after = claims_of(catalogue, article)
    # the claim before the correction is where it was; the ones after it moved on
    assert results[before["министр"].id].state is AnchorState.EXACT
    assert (after["министр"].start, after["министр"].anchor_state) == (
        before["министр"].start,
        "exact",
    )
    assert results[before["визит"].id].state is AnchorState.MOVED
    assert results[before["пресс-служба"].id].state is AnchorState.MOVED
    corrected = results[before["посол"].id]
    assert corrected.state is AnchorState.APPROXIMATE
    assert 0.7 <= corrected.score < 1.0
    assert where(new, corrected) == "сотрудничество между нашими странами растёт"
    claim = after["посол"]
    assert claim.quote == "сотрудничество между нашими странами растёт"
    assert (claim.anchor_state, claim.anchor_score, claim.text_version) == (
        "approximate",
        corrected.score,
        2,
    )
    assert claim.updated_by == catalogue.user_name


def test_a_deleted_sentence_orphans_its_claim_which_is_kept_listed_and_placed(
    catalogue: Catalogue,
) -> None:
    article, before = a_russian_article(catalogue)
    new = RU.replace(DELETED, "")
    results = {r.claim_id: r for r in catalogue.new_article_version(article, new)}
    gone = before["визит"]
    assert results[gone.id] == ClaimAnchoring(gone.id, AnchorState.ORPHANED, 0.0, None, None)
    assert {results[c.id].state for n, c in before.items() if n != "визит"} <= {
        AnchorState.EXACT,
        AnchorState.MOVED,
    }
    # kept, with its old span and text, in the version it was made on
    orphan = catalogue.get_claim(gone.id)
    assert (orphan.start, orphan.end, orphan.quote) == (gone.start, gone.end, gone.quote)
    assert (orphan.context_before, orphan.context_after) == (
        gone.context_before,
        gone.context_after,
    )
    assert (orphan.anchor_state, orphan.anchor_score, orphan.text_version) == ("orphaned", 0.0, 1)
    assert orphan.speaker_id == gone.speaker_id and orphan.kind == "indirect"
    assert where(catalogue.get_article_version(article, 1).text, orphan) == gone.quote
    assert [c.id for c in catalogue.orphaned_claims(article)] == [gone.id]
    assert [c.id for c in catalogue.orphaned_claims()] == [gone.id]
    versions = catalogue.list_article_versions(article)
    assert [(v.number, v.claim_count) for v in versions] == [(1, 1), (2, 3)]
    # the user places it on the span they select in the new text
    start = new.index("сотрудничество")
    placed = catalogue.place_orphaned_claim(gone.id, start, start + len("сотрудничество"))
    assert catalogue.history.undo_description == "Place orphaned claim “сотрудничество”"
    assert (placed.quote, placed.anchor_state, placed.anchor_score) == (
        "сотрудничество",
        "exact",
        1.0,
    )
    assert placed.text_version == 2 and catalogue.orphaned_claims(article) == []
    catalogue.undo()
    assert replace(catalogue.get_claim(gone.id), version=0) == replace(orphan, version=0)
    catalogue.redo()
    assert catalogue.get_claim(gone.id).quote == "сотрудничество"
    # a placed claim is no orphan: placing it again is refused readably
    with pytest.raises(InvalidValueError, match="is not orphaned"):
        catalogue.place_orphaned_claim(gone.id, 0, 4)


def test_an_orphan_is_found_again_when_a_later_version_has_its_words(
    catalogue: Catalogue,
) -> None:
    article, before = a_russian_article(catalogue)
    catalogue.new_article_version(article, RU.replace(DELETED, ""))
    restored = "Обновлено.\n" + RU
    results = {r.claim_id: r for r in catalogue.new_article_version(article, restored)}
    gone = before["визит"]
    assert results[gone.id].state is AnchorState.MOVED
    claim = catalogue.get_claim(gone.id)
    assert (claim.text_version, claim.anchor_state) == (3, "moved")
    assert where(restored, claim) == "визит готовится давно"
    assert [v.number for v in catalogue.list_article_versions(article)] == [1, 2, 3]
    assert catalogue.get_article_version(article, 2).text == RU.replace(DELETED, "")


def test_a_repeated_phrase_reworded_in_one_place_does_not_land_on_the_other(
    catalogue: Catalogue,
) -> None:
    """The minister's and the press service's words are the same; the minister's are corrected:
    his claim must stay in his sentence (approximately), not move onto the press service's."""
    article, before = a_russian_article(catalogue)
    new = RU.replace("что «переговоры продолжатся", "что «переговоры возобновятся")
    results = {r.claim_id: r for r in catalogue.new_article_version(article, new)}
    minister = results[before["министр"].id]
    press = results[before["пресс-служба"].id]
    assert minister.state is AnchorState.APPROXIMATE
    assert where(new, minister) == "переговоры возобновятся в январе"
    assert minister.end is not None and minister.end < new.index("Посол")
    # the press service's words moved by the one letter "возобновятся" has more
    assert press.state is AnchorState.MOVED
    shift = len("возобновятся") - len("продолжатся")
    assert (press.start, press.end) == (
        before["пресс-служба"].start + shift,
        before["пресс-служба"].end + shift,
    )
    assert new[: press.start or 0].endswith("Пресс-служба МИД сообщила: «")


def test_english_a_deleted_sentence_and_a_repeated_phrase(catalogue: Catalogue) -> None:
    article = catalogue.add_article(EN, title="Talks").id
    minister = catalogue.attribute_quote(article, "will resume in January", "The minister")
    officials = catalogue.attribute_quote(article, "will resume in January", None, occurrence=2)
    spokesman = catalogue.attribute_quote(
        article, "the visit had been planned for months", "A spokesman"
    )
    # the minister's sentence goes, and so does the spokesman's
    new = EN.replace(
        "The minister said the talks \u201cwill resume in January\u201d.", "The minister spoke."
    ).replace("A spokesman added that the visit had been planned for months. ", "")
    results = {r.claim_id: r for r in catalogue.new_article_version(article, new)}
    assert results[minister.id].state is AnchorState.ORPHANED  # not the officials' words
    assert results[spokesman.id].state is AnchorState.ORPHANED
    assert results[officials.id].state is AnchorState.MOVED
    assert where(new, results[officials.id]) == "will resume in January"
    assert new[: results[officials.id].start or 0].endswith("confirmed the talks ")
    assert [c.id for c in catalogue.orphaned_claims(article)] == [minister.id, spokesman.id]


def test_one_undo_restores_the_text_and_every_claim_and_redo_does_it_again(
    catalogue: Catalogue,
) -> None:
    article, _before = a_russian_article(catalogue)
    old_state = snapshot(catalogue, article)
    pushes = catalogue.history.push_count
    new = "Срочно.\n\n" + RU.replace(DELETED, "").replace("растёт", "быстро растёт")
    catalogue.new_article_version(article, new, source="правка")
    assert catalogue.history.push_count == pushes + 1
    assert catalogue.history.undo_description == "New version 2 of “Байрамов о переговорах”"
    new_state = snapshot(catalogue, article)
    assert new_state["text"] == new and new_state["text_version"] == 2
    assert {c.anchor_state for c in new_state["claims"]} == {"moved", "approximate", "orphaned"}
    catalogue.undo()
    assert snapshot(catalogue, article) == old_state
    assert catalogue.find_article_by_text(RU) is not None
    assert catalogue.find_article_by_text(new) is None
    catalogue.redo()
    assert snapshot(catalogue, article) == new_state
    catalogue.undo()
    assert snapshot(catalogue, article) == old_state


def test_claims_made_on_a_new_version_stand_in_it(catalogue: Catalogue) -> None:
    article, _before = a_russian_article(catalogue)
    new = "Срочно.\n" + RU
    catalogue.new_article_version(article, new)
    made = catalogue.attribute_quote(article, "Срочно", None)
    assert (made.text_version, made.anchor_state, where(new, made)) == (2, "exact", "Срочно")
    moved = catalogue.move_claim(made.id, 0, len("Срочно."))
    assert (moved.text_version, moved.quote) == (2, "Срочно.")


def test_deleting_an_article_with_versions_is_undone_whole(catalogue: Catalogue) -> None:
    article, _before = a_russian_article(catalogue)
    catalogue.new_article_version(article, RU.replace(DELETED, ""))
    state = snapshot(catalogue, article)
    assert catalogue.delete_article(article) == 4
    with pytest.raises(NotFoundError):
        catalogue.list_article_versions(article)
    catalogue.undo()
    assert snapshot(catalogue, article) == state
    assert catalogue.get_article_version(article, 1).text == RU


def test_errors_the_user_can_cause_are_typed_and_change_nothing(
    catalogue: Catalogue,
) -> None:
    article, _before = a_russian_article(catalogue)
    other = catalogue.add_article(EN, title="Talks").id
    state = snapshot(catalogue, article)
    pushes = catalogue.history.push_count
    with pytest.raises(NotFoundError, match="no article with id 999"):
        catalogue.new_article_version(999, RU)
    with pytest.raises(UnchangedTextError, match="has now: there is no new version"):
        catalogue.new_article_version(article, RU.replace("\n", "\r\n"))  # the same, as stored
    with pytest.raises(InvalidValueError, match="the limit is"):
        catalogue.new_article_version(article, "ы" * (MAX_ARTICLE_CHARS + 1))
    with pytest.raises(InvalidValueError, match="empty"):
        catalogue.new_article_version(article, "  \n ")
    with pytest.raises(DuplicateError, match=f"Article {other} already has this text"):
        catalogue.new_article_version(article, EN)
    stale = catalogue.get_article(article).version
    catalogue.update_article(article, note="заметка")
    with pytest.raises(ConflictError):
        catalogue.new_article_version(article, "Новый текст.", expected_version=stale)
    with pytest.raises(VersionNotFoundError, match=f"Article {article} has no version 2"):
        catalogue.get_article_version(article, 2)
    assert catalogue.history.push_count == pushes + 1  # the note only
    assert snapshot(catalogue, article) == state


def test_a_claim_edited_while_the_claims_were_placed_refuses_the_version(
    catalogue: Catalogue, catalogue_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A colleague edits one of the article's claims after its places in the new text were
    worked out and before they are written: nothing is stored, and ConflictError says so."""
    article, before = a_russian_article(catalogue)
    state = snapshot(catalogue, article)
    real = anchoring.anchor_all
    edited: list[int] = []

    def anchor_all_while_a_colleague_edits(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        if not edited:
            with Catalogue.open(catalogue_url) as colleague:
                colleague.update_claim(before["посол"].id, note="посол (правка)")
            edited.append(before["посол"].id)
        return found

    monkeypatch.setattr(anchoring, "anchor_all", anchor_all_while_a_colleague_edits)
    with pytest.raises(ConflictError, match="changed by someone else"):
        catalogue.new_article_version(article, "Срочно.\n" + RU)
    assert edited
    monkeypatch.undo()
    after = snapshot(catalogue, article)
    assert {k: v for k, v in after.items() if k != "claims"} == {
        k: v for k, v in state.items() if k != "claims"
    }
    assert [c.note for c in after["claims"]] == [
        "министр",
        "посол (правка)",
        "визит",
        "пресс-служба",
    ]
    # tried again, it goes through
    assert len(catalogue.new_article_version(article, "Срочно.\n" + RU)) == 4


def _migrate(catalogue: Catalogue, target: str, *, down: bool) -> None:
    from alembic import command

    from claimdesk.core.storage import db

    config = db.alembic_config()
    with catalogue.engine.connect().execution_options(claimdesk_write=True) as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, target)
        if connection.in_transaction():
            connection.commit()


def _columns(catalogue: Catalogue, table: str) -> set[str]:
    from sqlalchemy import inspect

    return {c["name"] for c in inspect(catalogue.engine).get_columns(table)}


def test_an_older_catalogue_upgrades_with_every_article_at_version_1_and_every_claim_exact(
    catalogue: Catalogue,
) -> None:
    """Migration 0007 on a catalogue made before it (its downgrade, then its upgrade): the
    articles are at version 1 with no versions stored, the claims exact on version 1, and a new
    version works on it."""
    article, _before = a_russian_article(catalogue)
    catalogue.new_article_version(article, "Срочно.\n" + RU)
    _migrate(catalogue, "0006", down=True)
    assert "text_version" not in _columns(catalogue, "claim") | _columns(catalogue, "article")
    assert "anchor_state" not in _columns(catalogue, "claim")
    from sqlalchemy import inspect

    assert "article_version" not in inspect(catalogue.engine).get_table_names()
    _migrate(catalogue, "head", down=False)
    catalogue.history.clear()  # its edits name rows the downgrade changed
    assert catalogue.get_article(article).text_version == 1
    assert {(c.text_version, c.anchor_state, c.anchor_score) for c in catalogue.list_claims()} == {
        (1, "exact", 1.0)
    }
    (only,) = catalogue.list_article_versions(article)
    assert (only.number, only.current, only.claim_count) == (1, True, 4)
    results = catalogue.new_article_version(article, RU)
    assert {r.state for r in results} == {AnchorState.MOVED}
    assert [v.number for v in catalogue.list_article_versions(article)] == [1, 2]


def test_a_span_chosen_on_the_text_a_new_version_replaced_meanwhile_is_refused(
    catalogue: Catalogue, catalogue_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user selected words of the text they saw; a colleague stores a new version before
    the claim is written: the offsets would not fit the new text, so nothing is stored."""
    from claimdesk.core.catalogue import claims as claims_module

    article, _before = a_russian_article(catalogue)
    real = claims_module.make_span
    replaced: list[bool] = []

    def make_span_while_a_colleague_corrects(*args: Any, **kwargs: Any) -> Any:
        span = real(*args, **kwargs)
        if not replaced:
            with Catalogue.open(catalogue_url) as colleague:
                colleague.new_article_version(article, "Срочно.\n" + RU)
            replaced.append(True)
        return span

    monkeypatch.setattr(claims_module, "make_span", make_span_while_a_colleague_corrects)
    start = RU.index("Посол")
    with pytest.raises(ConflictError, match="changed by someone else"):
        catalogue.attribute_span(article, start, start + len("Посол"))
    monkeypatch.undo()
    assert len(catalogue.claims_for_article(article)) == 4
    # tried again, the same offsets are read in the text as it is now
    made = catalogue.attribute_span(article, start, start + len("Посол"))
    now = "Срочно.\n" + RU
    assert (made.quote, made.text_version) == (now[start : start + len("Посол")], 2)
