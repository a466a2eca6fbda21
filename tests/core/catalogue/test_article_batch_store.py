"""Storing a batch import's articles a part at a time: one transaction per part (a failure
leaves the catalogue as it was for that part), copies and near-duplicates found in memory
exactly as the one-by-one search found them (within a part, across parts, and with articles
stored before), the parts of one import one undo step, and shingles the same in every process
(the worker processes compute them)."""

from __future__ import annotations

import random
import re
import subprocess
import sys
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.catalogue.article_batch import STORE_EVERY, ArticleBatch, BatchArticle
from claimdesk.core.domain.article_text import (
    PREFIX_CHARS,
    Fingerprint,
    normalise_article_text,
    shingles,
)
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.domain.records import NewArticle

WORDS = (
    "министр заявил что переговоры продолжатся в ближайшие недели посол правительство ёлка "
    "the minister said talks would continue next week ambassador government budget"
).split()


def item(body: str, title: str = "", published: str | None = None) -> BatchArticle:
    """An article as a worker hands it over: normalised, hashed and shingled."""
    normal = normalise_article_text(body)
    fingerprint = Fingerprint.of(normal)
    article = NewArticle(normal, title=title, published=published, text_hash=fingerprint.digest)
    return BatchArticle(article, fingerprint)


def texts_with_copies(seed: int, count: int) -> list[str]:
    """Random texts, many of them copies (a few words changed) of earlier ones, some exact."""
    rng = random.Random(seed)
    texts: list[str] = []
    for number in range(count):
        if texts and rng.random() < 0.5:
            words = rng.choice(texts).split()
            for _change in range(rng.randint(0, 3)):
                words[rng.randrange(len(words))] = rng.choice(WORDS)
            texts.append(" ".join(words))
        else:
            length = rng.randint(5, 90)
            texts.append(" ".join(rng.choice(WORDS) for _ in range(length)) + f" {number}")
    return texts


def test_a_batch_finds_what_storing_one_by_one_found(tmp_path: object) -> None:
    """Copies and near-duplicates within a part, across parts and of articles stored before
    the batch: the same ids, similarities and "already there" as adding each text and
    searching the catalogue before the next (as imports did)."""
    texts = texts_with_copies(11, 3 * STORE_EVERY)
    before, batch_texts = texts[:20], texts[20:]
    with (
        Catalogue.open(f"{tmp_path}/one-by-one.sqlite") as one,
        Catalogue.open(f"{tmp_path}/batch.sqlite") as many,
    ):
        for body in before:
            one.add_article(body)
            many.add_article(body)
        expected = []
        for body in batch_texts:
            known = one.find_article_by_text(body)
            near = None if known is not None else one.find_near_duplicate(body)
            added = one.add_article(body)
            expected.append(
                (added.id, added.created, None if near is None else near.article_id,
                 None if near is None else near.similarity)
            )  # fmt: skip
        batch = ArticleBatch(many)
        got = []
        for start in range(0, len(batch_texts), STORE_EVERY // 2):  # several parts
            part = [item(body) for body in batch_texts[start : start + STORE_EVERY // 2]]
            for result in batch.store(part):
                assert result.article_id is not None and not result.error
                near = result.near
                got.append(
                    (result.article_id, result.created, None if near is None else near.article_id,
                     None if near is None else near.similarity)
                )  # fmt: skip
        assert got == expected
        assert sum(1 for e in expected if e[2] is not None) > 10  # near-duplicates were found
        assert any(not e[1] for e in expected)  # and exact copies
        stored_before = {a.id for a in many.list_articles()} - {e[0] for e in expected}
        assert any(e[2] in stored_before for e in expected)  # of articles stored before, too


def test_a_near_duplicate_in_the_same_part_is_described_with_its_new_id(
    catalogue: Catalogue,
) -> None:
    story = " ".join(f"слово{i}" for i in range(40))
    results = ArticleBatch(catalogue).store(
        [item(story, title="Первая"), item("Другое " * 3), item(story + " ещё", title="Копия")]
    )
    first, _other, copy = results
    assert first.created and copy.created and first.near is None
    assert copy.near is not None
    assert (copy.near.article_id, copy.near.title) == (first.article_id, "Первая")
    assert "Первая" in copy.near.describe()


def test_an_article_that_cannot_be_stored_is_reported_and_the_rest_go_in(
    catalogue: Catalogue,
) -> None:
    results = ArticleBatch(catalogue).store(
        [item("Первая статья."), item("Вторая статья.", published="вчера"), item("Третья.")]
    )
    assert [r.created for r in results] == [True, False, True]
    assert results[1].article_id is None and "not a date" in str(results[1].error)
    assert len(catalogue.list_articles()) == 2


def test_a_part_that_fails_to_be_written_leaves_nothing_of_it(catalogue: Catalogue) -> None:
    """The database refuses the third article of a part (a trigger, as a full disk or a lost
    server would): none of the part is stored, nothing is added to undo, and the batch goes on
    with the next part, its index not holding the articles that were not stored."""
    with catalogue.engine.begin() as connection:
        if catalogue.engine.dialect.name == "sqlite":
            connection.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON article WHEN NEW.title = 'boom' "
                    "BEGIN SELECT RAISE(ABORT, 'refused'); END"
                )
            )
        else:
            connection.execute(
                text(
                    "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                    "IF NEW.title = 'boom' THEN RAISE EXCEPTION 'refused'; END IF; "
                    "RETURN NEW; END $$ LANGUAGE plpgsql"
                )
            )
            connection.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON article "
                    "FOR EACH ROW EXECUTE FUNCTION refuse()"
                )
            )
    kept = catalogue.add_article("Статья, сохранённая до импорта.").id
    story = " ".join(f"слово{i}" for i in range(40))
    batch = ArticleBatch(catalogue, undo_as="Import folder “news”")
    pushes = catalogue.history.push_count
    with pytest.raises(ClaimDeskError):
        batch.store([item(story), item("Вторая статья."), item("Третья.", title="boom")])
    assert [a.id for a in catalogue.list_articles()] == [kept]
    assert catalogue.history.push_count == pushes
    # the next part: the story is new again (not a copy of the one that was not stored)
    first, second = batch.store([item(story), item(story + " и ещё")])
    assert first.created and first.near is None
    assert second.near is not None and second.near.article_id == first.article_id


def test_the_parts_of_one_import_are_one_undo_step(catalogue: Catalogue) -> None:
    kept = catalogue.add_article("Статья, сохранённая до импорта.").id
    batch = ArticleBatch(catalogue, undo_as="Import folder “news”")
    ids = []
    for part in range(3):
        results = batch.store([item(f"Статья {part}-{n}.") for n in range(4)])
        ids += [r.article_id for r in results]
    assert catalogue.history.undo_description == "Import folder “news”"
    # the undo step does not hold the imported texts (an import may be thousands of articles)
    step = catalogue.history.next_undo()
    assert len(step.changes) == 12
    assert all(c.after is not None and "text" not in c.after for c in step.changes)
    catalogue.undo()
    assert [a.id for a in catalogue.list_articles()] == [kept]
    catalogue.redo()
    assert sorted(a.id for a in catalogue.list_articles()) == sorted([kept, *ids])
    assert catalogue.get_article_text(ids[5]) == "Статья 1-1."
    catalogue.undo()  # and again, after the redo
    catalogue.redo()
    assert catalogue.get_article_text(ids[11]) == "Статья 2-3."
    # after another edit, a later part is an undo step of its own
    catalogue.update_article(kept, title="Новое название")
    (late,) = batch.store([item("Поздняя статья.")])
    catalogue.undo()
    assert late.article_id not in {a.id for a in catalogue.list_articles()}
    assert catalogue.get_article(kept).title == "Новое название"


def test_shingles_are_the_same_in_another_process() -> None:
    """Workers (other processes) shingle the texts the writing process compares: the hashes
    must not depend on the process (Python's hash() of a str does)."""
    body = "Министр иностранных дел заявил, что переговоры продолжатся. Ёлка у дома."
    code = (
        "from claimdesk.core.domain.article_text import shingles\n"
        f"print(sorted(shingles({body!r})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == str(sorted(shingles(body)))


def test_shingles_are_the_crc32_of_each_three_words_folded() -> None:
    # lower case, ё as е, words of letters and digits (punctuation dropped), three at a time
    assert shingles("Ёлка и дом — стоят!") == frozenset(
        zlib.crc32(w.encode()) for w in ("елка и дом", "и дом стоят")
    )
    assert shingles("Два слова") == frozenset(zlib.crc32(w.encode()) for w in ("два", "слова"))


def findall_shingles(text: str) -> frozenset[int]:
    """The shingles as the regular expression alone finds the words (the reference)."""
    words = re.findall(r"\w+", text[:PREFIX_CHARS].lower().replace("ё", "е"))
    if len(words) < 3:
        return frozenset(zlib.crc32(w.encode()) for w in words)
    trigrams = zip(words, words[1:], words[2:], strict=False)
    return frozenset(zlib.crc32(f"{a} {b} {c}".encode()) for a, b, c in trigrams)


WORD_PIECES = st.sampled_from(
    [bytes([b]).decode("cp1251", "replace") for b in range(32, 256)]
    + [bytes([b]).decode("cp1252", "replace") for b in range(32, 256)]
    + list("ёЁ_²µªºßİ\u0301\u00a0\t\nΣσς漢字")
    + ["слово ", "word ", "Ёлка ", "l'un "] * 5
)


@settings(max_examples=500, deadline=None)
@given(st.lists(WORD_PIECES, max_size=200).map("".join))
def test_shingles_split_in_bytes_are_those_of_the_regular_expression(text: str) -> None:
    assert shingles(text) == findall_shingles(text)
