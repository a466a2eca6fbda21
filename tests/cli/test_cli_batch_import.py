"""claimdesk-cli import of a folder big enough to be read in worker processes."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.importers.batch import POOL_FROM_FILES

COUNT = POOL_FROM_FILES + 6
CLI = (sys.executable, "-m", "claimdesk.cli")


def write_folder(folder: Path) -> None:
    """Russian and English articles in several encodings, a copy of one, and a bad file."""
    folder.mkdir()
    for number in range(COUNT):
        if number % 3 == 0:
            text = f"The minister said the talks would go on. Article {number}, naïve café.\n"
            data = text.encode("latin-1")
        else:
            text = f"Министр заявил, что переговоры продолжатся. Статья {number}.\n"
            data = text.encode("cp1251" if number % 3 == 1 else "utf-16")
        (folder / f"{number:02d}-article.txt").write_bytes(data)
    (folder / "05-copy.txt").write_bytes((folder / "05-article.txt").read_bytes())
    (folder / "07-broken.docx").write_bytes(b"PK\x03\x04 cut short")


def test_a_folder_is_imported_in_file_order_with_bad_files_reported(
    catalogue_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_folder(tmp_path / "in")
    code = main(["import", "--db", catalogue_url, str(tmp_path / "in"), "--json"])
    out, err = capsys.readouterr()
    assert code == 1  # one file failed
    results = json.loads(out)
    names = sorted(p.name for p in (tmp_path / "in").iterdir())
    assert [Path(r["file"]).name for r in results] == names  # file order
    by_name = {Path(r["file"]).name: r for r in results}
    assert by_name["07-broken.docx"]["error"].startswith("07-broken.docx")
    assert by_name["05-copy.txt"]["id"] == by_name["05-article.txt"]["id"]
    assert by_name["05-copy.txt"]["created"] is False
    assert err.splitlines()[-1] == (f"claimdesk-cli: {COUNT} imported, 1 already there, 1 failed")
    with Catalogue.open(catalogue_url) as catalogue:
        texts = {a.source_name: catalogue.get_article_text(a.id) for a in catalogue.list_articles()}
    assert len(texts) == COUNT
    assert texts["01-article.txt"] == "Министр заявил, что переговоры продолжатся. Статья 1.\n"
    assert texts["02-article.txt"] == "Министр заявил, что переговоры продолжатся. Статья 2.\n"
    assert texts["03-article.txt"].endswith("Article 3, naïve café.\n")


def test_the_command_reads_with_worker_processes_and_with_none(tmp_path: Path) -> None:
    """As a real process (the workers start from the command's own entry point), with one
    worker per core and with ``--workers 1``: the same catalogue either way."""
    write_folder(tmp_path / "in")
    outputs = []
    for workers in ("2", "1"):
        db = tmp_path / f"workers-{workers}.sqlite"
        done = subprocess.run(
            [*CLI, "import", "--db", str(db), str(tmp_path / "in"), "--workers", workers],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        outputs.append(done.stdout)
        with Catalogue.open(db) as catalogue:
            assert len(catalogue.list_articles()) == COUNT
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == COUNT + 1  # the copy prints its original's id


def test_a_catalogue_that_cannot_be_opened_stops_the_reading_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The workers start on the files before the catalogue is opened: when it cannot be, the
    command says why and leaves no worker behind."""
    write_folder(tmp_path / "in")
    bad = tmp_path / "not-a-catalogue.sqlite"
    bad.write_bytes(b"this is not a SQLite database\n" * 200)
    code = main(["import", "--db", str(bad), str(tmp_path / "in")])
    err = capsys.readouterr().err
    assert code == 1
    assert "error:" in err and "Traceback" not in err
    started = time.monotonic()
    while multiprocessing.active_children() and time.monotonic() - started < 15:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


def test_files_read_by_worker_processes_are_refused_in_the_commands_language(
    tmp_path: Path,
) -> None:
    """The workers have no translator: each bad file's error reaches the command as the error
    itself and is said in the command's language, Russian with CLAIMDESK_LANG=ru (the file left
    out too); in English the same lines are as they always were."""
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(POOL_FROM_FILES - 3):
        text = f"Министр заявил, что переговоры продолжатся. Статья {number}.\n"
        (folder / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 64)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    old = tmp_path / "old.doc"  # given by name: a folder import leaves .doc files out
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    said = {}
    for language in ("ru", "en"):
        db = tmp_path / f"{language}.sqlite"
        done = subprocess.run(
            [*CLI, "import", "--db", str(db), str(folder), str(old), "--workers", "2"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**os.environ, "CLAIMDESK_LANG": language},
            check=False,
            timeout=120,
        )
        assert done.returncode == 1, done.stderr
        said[language] = done.stderr.splitlines()
    assert said["ru"][0] == (
        "claimdesk-cli: Пропущен 1 файл другого типа (.png 1): такие файлы ClaimDesk не "
        "импортирует."
    )
    assert (
        "claimdesk-cli: ошибка: binary.txt — не текстовый файл: в нём двоичные данные."
        in (said["ru"])
    )
    assert "claimdesk-cli: ошибка: Файл empty.txt пуст." in said["ru"]
    assert (
        "claimdesk-cli: ошибка: old.doc — файл Word старого формата (.doc): откройте его в Word "
        "или LibreOffice, сохраните как .docx и импортируйте новый файл."
    ) in said["ru"]
    assert said["en"][0] == (
        "claimdesk-cli: 1 other file left out (.png 1): not a kind ClaimDesk imports."
    )
    assert (
        "claimdesk-cli: error: binary.txt is not a text file: it holds binary data." in (said["en"])
    )
    assert "claimdesk-cli: error: empty.txt is empty." in said["en"]
