"""Opening a SQLite catalogue skips the full integrity check only while the check an earlier
session ran still holds (core/storage/checked.py): the file exactly as ClaimDesk left it when it
last closed it cleanly. Anything else (a change by another program, even at once and of the same
size, something left beside the file, damage met, an old check) checks it again.

``db.inspect_sqlite_file`` returns when the file last passed a full check: the recorded time
when the earlier check was trusted, the time it checked it otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import CatalogueDamagedError
from claimdesk.core.storage import checked, db


def _checked_at(path: Path) -> float | None:
    return db.inspect_sqlite_file(path)


@pytest.fixture
def closed(tmp_path: Path, sample_text: str) -> tuple[Path, float]:
    """A catalogue written and closed cleanly, and when it was first checked."""
    path = tmp_path / "каталог.sqlite"
    with Catalogue.open(path) as catalogue:
        article = catalogue.add_article(sample_text).id
        catalogue.attribute_quote(article, "Байрамов отметил", "Джейхун Байрамов")
    first = _checked_at(path)  # no record yet for a new file's first close: it is checked
    assert first is not None
    return path, first


def _damage(path: Path, text: str) -> None:
    """Overwrite, in place and keeping its size, the page of the file that holds ``text``."""
    data = bytearray(path.read_bytes())
    at = data.find(text.encode())
    assert at > 0
    page = 4096
    data[at // page * page : at // page * page + page] = bytes(range(256)) * (page // 256)
    with path.open("r+b") as file:  # the same file (inode), the same size
        file.write(bytes(data))


def test_a_catalogue_closed_cleanly_is_not_checked_again(closed: tuple[Path, float]) -> None:
    path, _ = closed
    with Catalogue.open(path) as catalogue:
        assert len(catalogue.list_claims()) == 1
    recorded = checked.trusted_check(path)
    assert recorded is not None
    assert _checked_at(path) == recorded  # the earlier check, trusted
    with Catalogue.open(path) as catalogue:  # a session that writes keeps the trust
        catalogue.add_speaker("Мария Захарова")
    assert checked.trusted_check(path) == recorded
    assert _checked_at(path) == recorded


def test_damage_written_the_moment_after_a_clean_close_is_found_on_opening(
    closed: tuple[Path, float],
) -> None:
    """Another program overwrites a page right after ClaimDesk closed the file (same inode,
    same size, within the same tick of the file system's clock): the next open checks it."""
    path, _ = closed
    with Catalogue.open(path) as catalogue:
        catalogue.add_speaker("Мария Захарова")
    _damage(path, "Байрамов отметил")
    before = path.read_bytes()
    with pytest.raises(CatalogueDamagedError):
        Catalogue.open(path)
    assert path.read_bytes() == before


def test_damage_with_the_old_times_put_back_is_still_found(closed: tuple[Path, float]) -> None:
    """A program that sets the modification time back cannot set the status-change time."""
    path, _ = closed
    Catalogue.open(path).close()
    status = os.stat(path)
    _damage(path, "Байрамов отметил")
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert os.stat(path).st_mtime_ns == status.st_mtime_ns
    with pytest.raises(CatalogueDamagedError):
        Catalogue.open(path)
    assert main(["claims", "--db", str(path)]) == 1


def test_a_copy_of_a_checked_catalogue_is_checked(closed: tuple[Path, float]) -> None:
    path, _ = closed
    Catalogue.open(path).close()
    copy = path.with_name("copy.sqlite")
    shutil.copyfile(path, copy)
    assert checked.trusted_check(copy) is None
    started = time.time()
    assert (_checked_at(copy) or 0) >= started


@pytest.mark.parametrize("left", ["-journal", "-wal holding changes"])
def test_changes_left_beside_the_catalogue_mean_it_is_checked(
    closed: tuple[Path, float], left: str
) -> None:
    """A -journal, or a -wal that holds anything: a writer at work, or a crash (SQLite's own
    sign of one)."""
    path, _ = closed
    Catalogue.open(path).close()
    assert checked.trusted_check(path) is not None
    beside = path.with_name(path.name + left.split(maxsplit=1)[0])
    beside.write_bytes(b"\0" * 32 if "holding" in left else b"")
    assert checked.trusted_check(path) is None
    started = time.time()
    assert (_checked_at(path) or 0) >= started


def test_the_empty_wal_a_read_only_reader_leaves_is_no_sign_of_changes(
    closed: tuple[Path, float],
) -> None:
    """SQLite's read-only readers (the sqlite3 shell's -readonly, a read-only connection)
    leave an empty -wal and a -shm beside a WAL-mode file: nothing waits in them."""
    path, _ = closed
    Catalogue.open(path).close()
    recorded = checked.trusted_check(path)
    assert recorded is not None
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    assert reader.execute("SELECT count(*) FROM claim").fetchone() == (1,)
    reader.close()
    assert path.with_name(path.name + "-wal").stat().st_size == 0
    assert path.with_name(path.name + "-shm").exists()
    assert checked.trusted_check(path) == recorded
    assert _checked_at(path) == recorded


def test_a_session_that_met_damage_leaves_no_trust_behind(closed: tuple[Path, float]) -> None:
    path, _ = closed
    Catalogue.open(path).close()
    with Catalogue.open(path) as catalogue:
        assert checked.record_path(path).exists()
        _damage(path, "Байрамов отметил")  # a failing disk, say, while it is open
        catalogue.engine.dispose()
        with pytest.raises(CatalogueDamagedError):
            catalogue.list_claims()
    assert not checked.record_path(path).exists()
    with pytest.raises(CatalogueDamagedError):
        Catalogue.open(path)


def test_an_old_check_is_run_again(closed: tuple[Path, float]) -> None:
    path, _ = closed
    Catalogue.open(path).close()
    record_file = checked.record_path(path)
    record = json.loads(record_file.read_text(encoding="utf-8"))
    assert record["path"] == str(path)
    assert checked.trusted_check(path) == record["checked_at"]
    record["checked_at"] -= checked.RECHECK_SECONDS + 1
    record_file.write_text(json.dumps(record), encoding="utf-8")
    assert checked.trusted_check(path) is None
    started = time.time()
    assert (_checked_at(path) or 0) >= started


def test_the_quick_listing_trusts_and_records_checks_as_opening_does(
    closed: tuple[Path, float], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = closed
    checked.forget(path)
    assert main(["articles", "--db", str(path)]) == 0  # quick: checks the file, records it
    assert "Байрамов" in capsys.readouterr().out
    recorded = checked.trusted_check(path)
    assert recorded is not None
    assert _checked_at(path) == recorded
    _damage(path, "Байрамов отметил")
    assert main(["articles", "--db", str(path)]) == 1
    assert "is damaged" in capsys.readouterr().err


def test_a_close_is_recorded_only_once_the_file_systems_clock_has_moved_on(
    closed: tuple[Path, float],
) -> None:
    """On a file system whose clock ticks every few milliseconds, a write in the same tick as
    the close would leave the file's times as recorded: the record waits for the next tick,
    or is not made."""
    path, first = closed
    with path.open("r+b") as file:  # the last change: just now
        file.write(path.read_bytes()[:100])
    assert not checked.file_state(path).settled()  # type: ignore[union-attr]
    assert checked.remember_clean_close(path, first, wait=False) is False
    assert checked.remember_clean_close(path, first) is True
    recorded = json.loads(checked.record_path(path).read_text(encoding="utf-8"))["state"]
    now = time.time_ns()
    assert now - max(recorded["modified_ns"], recorded["changed_ns"]) >= checked.SETTLE_NS
    assert checked.trusted_check(path) == first


def test_the_check_command_runs_the_full_check_on_demand(
    closed: tuple[Path, float], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = closed
    checked.forget(path)
    started = time.time()
    assert main(["check", "--db", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}: passed the full integrity check\n"
    recorded = checked.trusted_check(path)
    assert recorded is not None and recorded >= started  # opening now trusts this check
    assert main(["check", "--db", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"catalogue": str(path), "ok": True}
    _damage(path, "Байрамов отметил")
    before = path.read_bytes()
    assert main(["check", "--db", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "is damaged" in err
    assert path.read_bytes() == before and not checked.record_path(path).exists()
    for elsewhere in (str(path.with_name("missing.sqlite")), "postgresql+psycopg://me@/claims"):
        assert main(["check", "--db", elsewhere]) == 1
        out, err = capsys.readouterr()
        assert out == "" and err.startswith("claimdesk-cli: error: ") and err.count("\n") == 1
    assert not path.with_name("missing.sqlite").exists()
