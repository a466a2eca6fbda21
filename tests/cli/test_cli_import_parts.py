"""claimdesk-cli import of a folder bigger than one part (the articles are stored a few dozen per
transaction): copies and near-duplicates found across parts, results in file order, and Ctrl-C
keeping what was stored, with the summary saying how much."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.catalogue.article_batch import STORE_EVERY

STORY = (
    "Министр иностранных дел Азербайджана Джейхун Байрамов заявил во вторник, что переговоры "
    "с армянской стороной продолжатся в ближайшие недели, а рабочая группа по границе соберётся "
    "в Баку. По его словам, стороны договорились обменяться предложениями до конца месяца."
)


def write_folder(folder: Path, count: int) -> None:
    """``count`` short articles (Russian in Windows-1251, English in Latin-1), with a story at
    the start, its syndicated copy and an exact copy of it near the end (a later part)."""
    folder.mkdir()
    for number in range(count):
        if number % 2:
            data = f"Статья {number}: министр заявил, что переговоры идут.\n".encode("cp1251")
        else:
            data = f"Article {number}: the minister said the café stays open.\n".encode("latin-1")
        (folder / f"{number:04d}.txt").write_bytes(data)
    (folder / "0000-story.txt").write_text(STORY, encoding="utf-8")
    syndicated = STORY.replace("во вторник", "в среду").replace("в Баку", "в Баку (Sputnik)")
    (folder / "9998-syndicated.txt").write_text(syndicated, encoding="utf-16")
    (folder / "9999-same.txt").write_text(STORY, encoding="utf-8")


def test_a_folder_of_several_parts_reports_copies_across_parts(
    catalogue_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    count = 2 * STORE_EVERY + 5
    write_folder(tmp_path / "in", count)
    code = main(["import", "--db", catalogue_url, str(tmp_path / "in"), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    results = json.loads(out)
    names = sorted(p.name for p in (tmp_path / "in").iterdir())
    assert [Path(r["file"]).name for r in results] == names  # file order
    by_name = {Path(r["file"]).name: r for r in results}
    story = by_name["0000-story.txt"]
    assert by_name["9998-syndicated.txt"]["created"] is True
    assert by_name["9998-syndicated.txt"]["near_duplicate_of"] == story["id"]
    assert (by_name["9999-same.txt"]["id"], by_name["9999-same.txt"]["created"]) == (
        story["id"],
        False,
    )
    assert (
        f"9998-syndicated.txt: imported as article {by_name['9998-syndicated.txt']['id']}, "
        f"a near-duplicate of article {story['id']} “Министр иностранных дел"
    ) in err
    assert f"9999-same.txt: the same text is already article {story['id']}" in err
    assert err.splitlines()[-1] == f"claimdesk-cli: {count + 2} imported, 1 already there, 0 failed"
    with Catalogue.open(catalogue_url) as catalogue:
        assert len(catalogue.list_articles()) == count + 2
        texts = {a.source_name: catalogue.get_article_text(a.id) for a in catalogue.list_articles()}
    assert texts["0001.txt"] == "Статья 1: министр заявил, что переговоры идут.\n"
    assert texts["9998-syndicated.txt"].startswith("Министр иностранных дел")


def interrupted_import(tmp_path: Path, count: int, ctrl_c: signal.Handlers) -> tuple[str, str, int]:
    """``claimdesk-cli import`` of ``count`` files, started with SIGINT's disposition
    ``ctrl_c`` (default, or ignored as in a shell's background job, whatever the test run's
    own), sent SIGINT once its first part is stored; its stdout, stderr and exit status."""
    write_folder(tmp_path / "in", count)
    db = tmp_path / "c.sqlite"
    Catalogue.open(db).close()  # made (and migrated) before, so the import starts at once
    process = subprocess.Popen(
        [sys.executable, "-m", "claimdesk.cli", "import", "--db", str(db), str(tmp_path / "in")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, ctrl_c),  # noqa: PLW1509 (no threads)
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            connection = sqlite3.connect(db)
            try:
                if connection.execute("SELECT count(*) FROM article").fetchone()[0]:
                    break
            finally:
                connection.close()
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    return out, err, process.returncode


def test_ctrl_c_ignored_by_the_shell_stays_ignored(tmp_path: Path) -> None:
    """An import started with Ctrl+C ignored (a background job of a shell: SIGINT is ignored
    there) is not stopped by it: every file is stored."""
    count = 10 * STORE_EVERY
    _out, err, returncode = interrupted_import(tmp_path, count, signal.SIG_IGN)
    assert returncode == 0, err
    assert err.splitlines()[-1] == f"claimdesk-cli: {count + 2} imported, 1 already there, 0 failed"


def test_ctrl_c_keeps_what_was_stored_and_the_summary_says_how_much(tmp_path: Path) -> None:
    """Interrupted as a person would (SIGINT) once some articles are in: the parts stored stay,
    whole, the last line counts them and the files not tried, and the ids of what was stored
    are on stdout (a script's ids.txt was empty: they came only at the end). The import starts
    with Ctrl+C at its default: run as a shell's background job, the test suite ignores it, and
    so did the import it started, but for the moments its handler for a part was in place (when
    the signal came between two parts, it ran to the end: exit status 0, now and then)."""
    count = 60 * STORE_EVERY
    out, err, returncode = interrupted_import(tmp_path, count, signal.SIG_DFL)
    db = tmp_path / "c.sqlite"
    assert returncode == 130, err
    lines = err.splitlines()
    assert lines[-1] == "claimdesk-cli: interrupted"
    summary = lines[-2]
    assert summary.startswith("claimdesk-cli: ") and " not tried" in summary
    imported = int(summary.removeprefix("claimdesk-cli: ").split()[0])
    with Catalogue.open(db) as catalogue:
        assert len(catalogue.list_articles()) == imported
        assert sorted(int(i) for i in out.split()) == sorted(
            a.id for a in catalogue.list_articles()
        )
    assert 0 < imported < count
    assert imported % STORE_EVERY == 0  # whole parts (the first holds the story too)
