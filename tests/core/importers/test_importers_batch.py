"""Batch import from the CLI (files and folders, one bad file skipped, JSON results) and the
near-duplicate search behind it."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.matching.article_match import ArticleMatcher, resemblance, shingles


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["import", "--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def syndicated(text: str) -> str:
    """The same story from another agency, a few words changed."""
    return text.replace("Sputnik", "РИА Новости").replace("во вторник", "в среду")


def test_cli_imports_a_folder_and_skips_the_bad_file(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str], sample_text: str
) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "1.txt").write_bytes(sample_text.encode("cp1251"))
    (folder / "sub" / "2.txt").write_text(syndicated(sample_text), encoding="utf-8")
    (folder / "3.pdf").write_bytes(b"%PDF-1.4 cut short")
    (folder / ".hidden.txt").write_text("скрытый файл", encoding="utf-8")
    single = tmp_path / "single.txt"
    single.write_bytes(sample_text.encode("utf-16"))  # the same text as 1.txt
    code, out, err = run(db_path, capsys, str(folder), str(single), "--json")
    assert code == 1  # one file failed
    results = json.loads(out)
    assert [Path(r["file"]).name for r in results] == ["1.txt", "3.pdf", "2.txt", "single.txt"]
    first, bad, copy, again = results
    assert (first["id"], first["created"], first["near_duplicate_of"]) == (1, True, None)
    assert bad["id"] is None and "3.pdf" in bad["error"] and "incomplete" in bad["error"]
    assert (copy["id"], copy["created"], copy["near_duplicate_of"]) == (2, True, 1)
    assert (again["id"], again["created"]) == (1, False)
    assert "error: 3.pdf" in err
    assert "2.txt: imported as article 2, a near-duplicate of article 1" in err
    assert "2 imported, 1 already there, 1 failed" in err
    with Catalogue.open(db_path) as catalogue:
        assert len(catalogue.list_articles()) == 2


def test_cli_single_file_near_duplicate_and_errors(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str], sample_text: str
) -> None:
    original, copy = tmp_path / "a.txt", tmp_path / "b.txt"
    original.write_text(sample_text, encoding="utf-8")
    copy.write_text(syndicated(sample_text), encoding="utf-8")
    assert json.loads(run(db_path, capsys, str(original), "--json")[1]) == {
        "id": 1,
        "created": True,
    }
    code, out, err = run(db_path, capsys, str(copy), "--json")
    assert code == 0
    assert json.loads(out) == {"id": 2, "created": True, "near_duplicate_of": 1}
    assert "near-duplicate of article 1" in err
    code, out, err = run(db_path, capsys, str(tmp_path))  # a folder: one id a line
    assert (code, out) == (0, "1\n2\n")
    assert "0 imported, 2 already there, 0 failed" in err
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run(db_path, capsys, str(empty))
    assert code == 1 and "No article files found" in err
    code, _, err = run(db_path, capsys, str(original), str(copy), "--title", "T")
    assert code == 1 and "--title names one article" in err


def test_near_duplicates_are_found_and_different_stories_are_not(
    catalogue: Catalogue, sample_text: str
) -> None:
    first = catalogue.add_article(sample_text).id
    other = catalogue.add_article(
        "Президент России провёл совещание с членами правительства по экономическим вопросам. "
        "Обсуждались бюджет, налоги, инфляция и поддержка малого бизнеса в регионах страны. "
        "Министр финансов доложил о исполнении бюджета за первое полугодие."
    ).id
    found = catalogue.find_near_duplicate(syndicated(sample_text))
    assert found is not None and found.article_id == first
    assert 0.8 < found.similarity < 1
    assert found.title and "alike" in found.describe()
    # a trimmed copy (the first half) is still the same story
    half = "\n".join(sample_text.splitlines()[:4])
    trimmed = catalogue.find_near_duplicate(half)
    assert trimmed is not None and trimmed.article_id == first
    # the same text, but excluded (the article just added), is not its own near-duplicate
    assert catalogue.find_near_duplicate(sample_text, exclude_id=first) is None
    assert catalogue.find_near_duplicate("Совсем другая короткая заметка.") is None
    unrelated = catalogue.find_near_duplicate(
        "Министр иностранных дел Азербайджана провёл переговоры в Анкаре с турецким коллегой; "
        "стороны обсудили транспортные коридоры, энергетику и торговлю между двумя странами.",
    )
    assert unrelated is None
    assert other != first


def test_the_matcher_notices_deleted_and_new_articles(catalogue: Catalogue) -> None:
    random.seed(5)
    vocabulary = [f"слово{i}" for i in range(400)]
    texts = [" ".join(random.choices(vocabulary, k=120)) for _ in range(30)]
    ids = [catalogue.add_article(text).id for text in texts]
    matcher = ArticleMatcher(catalogue)
    found = matcher.find(texts[7])
    assert found is not None and found.article_id == ids[7] and found.similarity == 1
    catalogue.delete_article(ids[7])
    assert matcher.find(texts[7]) is None  # the cache does not keep a deleted article alive
    new = catalogue.add_article(texts[7] + " дополнение").id
    found = matcher.find(texts[7])
    assert found is not None and found.article_id == new


def test_resemblance_needs_enough_words() -> None:
    short = shingles("Министр заявил о переговорах")
    assert resemblance(short, short) == 0.0
    long = shingles(" ".join(f"слово{i}" for i in range(50)))
    assert resemblance(long, long) == 1.0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_in_a_folder_is_refused_not_waited_on(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str], sample_text: str
) -> None:
    # nothing ever writes to the pipe: reading it would block the import for ever
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1.txt").write_text(sample_text, encoding="utf-8")
    os.mkfifo(folder / "2-pipe.txt")
    code, out, err = run(db_path, capsys, str(folder), "--json")
    assert code == 1
    first, pipe = json.loads(out)
    assert first["id"] == 1
    assert pipe["id"] is None
    assert pipe["error"].startswith("2-pipe.txt is not a file but a named pipe")
    assert "1 imported, 0 already there, 1 failed" in err
