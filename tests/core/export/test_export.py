"""CSV export: columns, round trip, formula neutralising, Excel BOM, atomic writes."""

from __future__ import annotations

import csv
import io
import os
import shutil
import stat
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ClaimDeskError, ExportFileError
from claimdesk.core.domain.records import ClaimFilter
from claimdesk.core.export.csv_file import (
    CSV_COLUMNS,
    ExportCancelledError,
    claim_record,
    export_claims_csv,
    neutralise,
    write_claims_csv,
)

REQUIRED = (
    "claim_id speaker speaker_role speaker_organisation kind quote context_before context_after "
    "start end article_id article_title outlet published url language tags note "
    "linked_claim_ids created_at version anchor_state made_on_version"
).split()

AWKWARD = [
    'Он сказал: "да, конечно", а потом — «нет»',
    "строка один\nстрока два\n\nтри",
    "эмодзи 🙂👍🏽 и флаг 🇦🇿",
    "עברית: הוא אמר שלום",
    "العربية: قال الوزير",
    '=HYPERLINK("http://evil")',
]


def _read(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as stream:
        return list(csv.DictReader(stream))


def _fill(catalogue: Catalogue, quotes: list[str]) -> int:
    text = "\n\n".join(f"{i}. {q} ." for i, q in enumerate(quotes))
    article = catalogue.add_article(
        text, title="Тест, «кавычки»", outlet="Outlet, Inc.", url="https://example.org/a?b=1",
        published="2024-07-28", language="ru",
    ).id  # fmt: skip
    speaker = catalogue.add_speaker("Джейхун Байрамов", role="министр, МИД", organisation="АР")
    for i, quote in enumerate(quotes):
        start = text.index(f"{i}. ") + len(f"{i}. ")
        catalogue.attribute_span(
            article, start, start + len(quote), speaker.id, kind="direct",
            tags=["тег", "two words"], note=f"заметка {i}, \"q\"",
        )  # fmt: skip
    return article


def test_header_has_every_required_column(catalogue: Catalogue, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert export_claims_csv(catalogue, out) == 0
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == list(CSV_COLUMNS)
    assert set(REQUIRED) <= set(header)


def test_round_trip_with_awkward_text(catalogue: Catalogue, tmp_path: Path) -> None:
    _fill(catalogue, AWKWARD)
    first, second = catalogue.list_claims()[:2]
    catalogue.link_claims(first.id, second.id)
    out = tmp_path / "out.csv"
    assert export_claims_csv(catalogue, out, neutralise_formulas=False) == len(AWKWARD)
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw  # RFC 4180 record separator
    rows = _read(out)
    expected = [{k: str(v) for k, v in claim_record(c).items()} for c in catalogue.list_claims()]
    assert rows == expected
    assert [r["quote"] for r in rows] == AWKWARD
    assert rows[0]["linked_claim_ids"] == str(second.id)
    assert rows[0]["tags"] == "two words; тег"  # sorted


def test_each_row_says_which_version_its_span_is_in_and_how_it_followed_the_text(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """After a corrected text: the moved claim is on version 2, the reworded one approximate,
    the one whose sentence went orphaned on version 1 (its offsets count in that text)."""
    text = "Министр сказал: «Мы готовы к диалогу». Посол отметил, что визит готовится давно.\n"
    article = catalogue.add_article(text, title="Версии").id
    ready = catalogue.attribute_quote(article, "Мы готовы к диалогу", "Министр")
    visit = catalogue.attribute_quote(article, "визит готовится давно", "Посол")
    said = catalogue.attribute_quote(article, "Министр сказал", None)
    new = "Срочно.\n" + text.replace("Мы готовы к диалогу", "Мы готовы к дилогу").replace(
        " Посол отметил, что визит готовится давно.", ""
    )
    catalogue.new_article_version(article, new)
    out = tmp_path / "out.csv"
    assert export_claims_csv(catalogue, out) == 3
    rows = {int(r["claim_id"]): r for r in _read(out)}
    assert (rows[said.id]["version"], rows[said.id]["anchor_state"]) == ("2", "moved")
    assert (rows[ready.id]["version"], rows[ready.id]["anchor_state"]) == ("2", "approximate")
    assert rows[ready.id]["quote"] == "Мы готовы к дилогу"  # the words, not the » after them
    assert (rows[visit.id]["version"], rows[visit.id]["anchor_state"]) == ("1", "orphaned")
    assert rows[visit.id]["start"] == str(text.index("визит"))
    expected = {
        c.id: {k: str(v) for k, v in claim_record(c).items()} for c in catalogue.list_claims()
    }
    assert rows == expected  # the database's lines are what claim_record makes


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.text(
            st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"),
            min_size=1,
            max_size=40,
        ).filter(lambda s: s.strip() != ""),
        min_size=1,
        max_size=5,
        unique=True,
    )
)
def test_round_trip_property(tmp_path_factory: pytest.TempPathFactory, quotes: list[str]) -> None:
    path = tmp_path_factory.mktemp("prop") / "c.sqlite"
    with Catalogue.open(path) as catalogue:
        # quotes of any characters, control characters too, in an article of ordinary text
        # (one mostly of control characters is refused as binary data)
        lead = "x" * 5000
        article = catalogue.add_article("\n".join([lead, *quotes])).id
        text = catalogue.get_article_text(article)
        stored = []
        position = len(lead) + 1
        for quote in quotes:
            claim = catalogue.attribute_span(article, position, position + len(quote))
            stored.append(claim.quote)
            position += len(quote) + 1
        buffer = io.StringIO(newline="")
        write_claims_csv(catalogue.iter_claims(), buffer, neutralise_formulas=False)
        rows = list(csv.DictReader(io.StringIO(buffer.getvalue(), newline="")))
        assert [r["quote"] for r in rows] == stored
        assert all(text[int(r["start"]) : int(r["end"])] == r["quote"] for r in rows)


def test_formulas_are_neutralised_by_default_and_kept_on_request(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    dangerous = ["=1+1", "+7 (495) 123", "-5%", "@SUM(A1)", "\tTAB"]
    _fill(catalogue, dangerous)
    safe = tmp_path / "safe.csv"
    raw = tmp_path / "raw.csv"
    export_claims_csv(catalogue, safe)
    export_claims_csv(catalogue, raw, neutralise_formulas=False)
    assert [r["quote"] for r in _read(safe)] == ["'" + q for q in dangerous]
    assert [r["quote"] for r in _read(raw)] == dangerous
    assert all(not r["context_before"].startswith(("=", "+", "-", "@")) for r in _read(safe))


def test_excel_option_writes_a_bom(catalogue: Catalogue, tmp_path: Path) -> None:
    _fill(catalogue, ["Байрамов отметил"])
    out = tmp_path / "excel.csv"
    export_claims_csv(catalogue, out, excel=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert _read(out, "utf-8-sig")[0]["speaker"] == "Джейхун Байрамов"


def test_filters_apply_to_the_export(catalogue: Catalogue, tmp_path: Path) -> None:
    article = _fill(catalogue, ["первая цитата", "вторая цитата"])
    catalogue.attribute_quote(article, "вторая", "Мария Захарова", kind="indirect")
    out = tmp_path / "f.csv"
    speaker = catalogue.find_speaker("мария захарова")
    assert speaker is not None
    assert export_claims_csv(catalogue, out, ClaimFilter(speaker_id=speaker.id)) == 1
    assert [r["speaker"] for r in _read(out)] == ["Мария Захарова"]
    assert export_claims_csv(catalogue, out, ClaimFilter(kind="direct")) == 2


def test_cancelled_export_leaves_no_file(catalogue: Catalogue, tmp_path: Path) -> None:
    _fill(catalogue, [f"цитата номер {i}" for i in range(600)])
    out = tmp_path / "cancel.csv"
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 500

    with pytest.raises(ExportCancelledError):
        export_claims_csv(catalogue, out, progress=progress)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    assert seen[0] == (500, 600)


def test_failed_export_keeps_the_previous_file(catalogue: Catalogue, tmp_path: Path) -> None:
    _fill(catalogue, ["одна цитата"])
    out = tmp_path / "keep.csv"
    out.write_text("previous export", encoding="utf-8")

    def explode(done: int, total: int) -> bool:
        raise OSError(28, "No space left on device")

    with pytest.raises(ClaimDeskError, match="No space left"):
        export_claims_csv(catalogue, out, progress=explode)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_unwritable_folder_gives_a_readable_error(catalogue: Catalogue, tmp_path: Path) -> None:
    with pytest.raises(ClaimDeskError, match="Cannot write"):
        export_claims_csv(catalogue, tmp_path / "missing-folder" / "out.csv")


# -- issue 15: only regular files, permissions kept, long names, stale temporary files --------


@pytest.fixture
def file_catalogue(db_path: Path) -> Iterator[Catalogue]:
    """A SQLite catalogue with one claim: these tests are about the exported file, not the
    backend."""
    with Catalogue.open(db_path) as opened:
        _fill(opened, ["Байрамов отметил"])
        yield opened


@contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_export_refuses_to_write_through_a_symbolic_link(
    file_catalogue: Catalogue, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("someone else's file", encoding="utf-8")
    link = tmp_path / "out.csv"
    link.symlink_to(elsewhere)
    with pytest.raises(
        ExportFileError, match="it is a symbolic link, and an export only writes regular"
    ):
        export_claims_csv(file_catalogue, link)
    assert link.is_symlink() and os.readlink(link) == str(elsewhere)
    assert elsewhere.read_text(encoding="utf-8") == "someone else's file"
    assert _parts(tmp_path) == []


def _locks_held() -> int:
    """How many file locks this process holds (Linux's /proc/locks)."""
    with open("/proc/locks", encoding="ascii") as table:
        return sum(1 for line in table if line.split()[4:5] == [str(os.getpid())])


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="no /proc/locks to read")
def test_refusing_to_export_over_the_open_catalogue_keeps_its_locks(
    file_catalogue: Catalogue, db_path: Path
) -> None:
    """To tell a catalogue, the export read the file's first bytes; opening and closing the
    open catalogue's file so dropped every SQLite lock this process held on it, and another
    program could then take the catalogue for unused and delete its write-ahead log. A file
    the process has open is refused unread."""
    shm = db_path.with_name(db_path.name + "-shm")
    with file_catalogue.engine.connect() as connection:  # a connection holds its locks
        connection.exec_driver_sql("SELECT count(*) FROM claim").fetchone()
        held = _locks_held()
        assert held > 0
        for target in (db_path, shm):
            with pytest.raises(ExportFileError, match="which an export never replaces"):
                export_claims_csv(file_catalogue, target)
            assert _locks_held() == held, target


def test_no_export_replaces_a_catalogue_or_its_working_files(
    file_catalogue: Catalogue, db_path: Path, tmp_path: Path
) -> None:
    """An export given the open catalogue's own path replaced it with its CSV (a user lost a
    whole catalogue so): every format refuses a SQLite database and its -wal, -shm and -journal
    files, which stay as they were; another file of that name is replaced as before."""
    from claimdesk.core.domain.export_formats import ExportFormat, NetworkKind
    from claimdesk.core.export.claim_json import export_claims_json
    from claimdesk.core.export.networks import export_network
    from claimdesk.core.export.qdpx import export_qdpx

    other = tmp_path / "другой каталог.sqlite"
    Catalogue.open(other).close()
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists()  # the open catalogue's write-ahead log
    journal = other.with_name(other.name + "-journal")
    journal.write_bytes(b"\x00" * 512)
    writes = (
        lambda target: export_claims_csv(file_catalogue, target),
        lambda target: export_claims_json(file_catalogue, target, ExportFormat.JSONL),
        lambda target: export_qdpx(file_catalogue, target),
        lambda target: export_network(
            file_catalogue, target, ExportFormat.GRAPHML, NetworkKind.SPEAKERS
        ),
    )
    for target in (db_path, other, wal, journal):
        before = target.read_bytes()
        for write in writes:
            with pytest.raises(ExportFileError, match="which an export never replaces"):
                write(target)
            assert target.read_bytes() == before, target
    assert _parts(tmp_path) == []
    assert [c.quote for c in file_catalogue.list_claims()] == ["Байрамов отметил"]
    # a file merely named like one is an export's to replace
    named = tmp_path / "notes.sqlite"
    named.write_text("not a database", encoding="utf-8")
    export_claims_csv(file_catalogue, named)
    assert named.read_text(encoding="utf-8-sig").startswith("claim_id,")


def _device(tmp_path: Path) -> Path:
    """A character device to export onto: as root a null device made in ``tmp_path`` (never
    /dev/null itself: code with the bug replaces it, and as root it can), otherwise /dev/null,
    whose folder others cannot write to."""
    if os.geteuid() != 0:
        return Path("/dev/null")
    device = tmp_path / "device.csv"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return device


def test_export_refuses_devices_pipes_and_folders(
    file_catalogue: Catalogue, tmp_path: Path
) -> None:
    device = _device(tmp_path)
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    for target, what in ((device, "a device"), (pipe, "a named pipe"), (folder, "a folder")):
        with pytest.raises(
            ExportFileError, match=f"it is {what}, and an export only writes regular"
        ):
            export_claims_csv(file_catalogue, target)
    assert device.is_char_device() and stat.S_ISFIFO(os.lstat(pipe).st_mode) and folder.is_dir()
    assert _parts(tmp_path) == [] and _parts(device.parent) == []


def test_export_keeps_the_permissions_of_the_file_it_replaces(
    file_catalogue: Catalogue, tmp_path: Path
) -> None:
    shared = tmp_path / "shared.csv"
    shared.write_text("old", encoding="utf-8")
    shared.chmod(0o644)
    with umask(0o077):
        export_claims_csv(file_catalogue, shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644
    assert "Байрамов отметил" in shared.read_text(encoding="utf-8")
    new = tmp_path / "new.csv"
    with umask(0o022):
        export_claims_csv(file_catalogue, new)
    assert stat.S_IMODE(new.stat().st_mode) == 0o644  # as any new file, the umask applied


def test_export_takes_the_longest_file_names_the_system_allows(
    file_catalogue: Catalogue, tmp_path: Path
) -> None:
    longest = os.pathconf(tmp_path, "PC_NAME_MAX")
    for name in ("ц" * ((longest - 4) // 2) + ".csv", "c" * (longest - 4) + ".csv"):
        assert len(name.encode()) >= longest - 5
        out = tmp_path / name
        assert export_claims_csv(file_catalogue, out) == 1
        assert _read(out)[0]["quote"] == "Байрамов отметил"
    assert _parts(tmp_path) == []


def test_export_removes_temporary_files_left_by_a_killed_export(
    file_catalogue: Catalogue, tmp_path: Path
) -> None:
    day_ago = time.time() - 24 * 3600
    stale = tmp_path / ".claimdesk-export-0123456789ab.part"
    stale_earlier_version = tmp_path / ".out.csv.k2j4h5g6.part"
    fresh = tmp_path / ".claimdesk-export-ba9876543210.part"  # an export running right now
    someone_elses = tmp_path / "notes.part"
    for path in (stale, stale_earlier_version, fresh, someone_elses):
        path.write_text("half a file", encoding="utf-8")
    for path in (stale, stale_earlier_version, someone_elses):
        os.utime(path, (day_ago, day_ago))
    export_claims_csv(file_catalogue, tmp_path / "out.csv")
    assert _parts(tmp_path) == [fresh.name, someone_elses.name]


DISGUISED_FORMULAS = [
    " =1+1",
    '  =HYPERLINK("http://evil")',
    "\u00a0=1+1",  # no-break space
    "\u200b=1+1",  # zero-width space
    "\ufeff=1+1",  # byte-order mark
    "\u202e=1+1",  # right-to-left override
    "\n=1+1",
    "\r\n+1",
    " \u3000-1",
    "\uff1d1+1",  # full-width ＝
    "\uff0b1",  # ＋
    "\uff0d1",  # －
    "\uff20SUM(A1)",  # ＠
    "\u200e \uff1dA1",
]


HARMLESS = ["— сказал он", " пробел в начале", "ＡＢＣ полноширинные буквы", "\u200bневидимый", "'"]


@pytest.mark.parametrize("value", DISGUISED_FORMULAS)
def test_disguised_formulas_are_neutralised(value: str) -> None:
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", HARMLESS)
def test_text_that_only_looks_odd_is_left_alone(value: str) -> None:
    assert neutralise(value) == value


def test_export_neutralises_disguised_formulas(catalogue: Catalogue, tmp_path: Path) -> None:
    stored = [q for q in DISGUISED_FORMULAS if "\r" not in q] + HARMLESS[:4]
    _fill(catalogue, stored)
    assert [c.quote for c in catalogue.list_claims()] == stored
    out = tmp_path / "safe.csv"
    export_claims_csv(catalogue, out)
    assert [r["quote"] for r in _read(out)] == [
        "'" + q if q in DISGUISED_FORMULAS else q for q in stored
    ]


def test_libreoffice_runs_none_of_the_neutralised_cells(tmp_path: Path) -> None:
    """What LibreOffice Calc evaluates when it opens a CSV (the finding in export.py), checked on
    the real program where it is installed: with its default import options and with "Trim
    spaces" on, no neutralised cell becomes a formula, while the unneutralised "=" ones do."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    cells = [*DISGUISED_FORMULAS, "=1+1", "+1+1", "-1+1", "@SUM(1,1)"]
    source = tmp_path / "cells.csv"
    with source.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerows([[neutralise(c)] for c in cells] + [["=6*7"], [" =6*7"]])
    formulas = {}
    profile = (tmp_path / "profile").as_uri()
    for options in ("44,34,76,1,,1033", "44,34,76,1,,1033,false,true,false,false,true,-1,true"):
        out = tmp_path / options.replace(",", "_")
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless",
             f"--infilter=CSV:{options}", "--convert-to", "fods", "--outdir", str(out),
             str(source)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        flat = (out / "cells.fods").read_text(encoding="utf-8")
        formulas[options] = flat.count("table:formula=")
    # only the two unneutralised "=6*7" rows at the end (the second needs "Trim spaces")
    assert list(formulas.values()) == [1, 2]
