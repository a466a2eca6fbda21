"""claimdesk-cli export-qdpx and import-qdpx: a catalogue out to a REFI-QDA project and back into
an empty one, and a bad project refused in one line with nothing stored."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from claimdesk.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_and_import_a_project(
    catalogue_url: str, tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = catalogue_url
    assert _run(capsys, "import", "--db", db, str(sample_path), "--outlet", "Sputnik")[0] == 0
    code, _, err = _run(
        capsys, "attribute", "--db", db, "1", "--quote", "Байрамов отметил",
        "--speaker", "Джейхун Байрамов", "--tag", "МИД",
    )  # fmt: skip
    assert code == 0, err
    assert _run(capsys, "alias", "--db", db, "Джейхун Байрамов", "Байрамов")[0] == 0
    out = tmp_path / "проект.qdpx"
    code, printed, err = _run(capsys, "export-qdpx", "--db", db, "--output", str(out), "--json")
    assert code == 0, err
    assert json.loads(printed)["claims"] == 1
    assert "1 article, 1 claim and 1 speaker written to" in err
    with zipfile.ZipFile(out) as archive:
        assert "project.qde" in archive.namelist()

    empty = str(tmp_path / "empty.sqlite")
    code, printed, err = _run(capsys, "import-qdpx", "--db", empty, str(out), "--json")
    assert code == 0, err
    assert json.loads(printed) == {
        "articles_created": 1,
        "articles_found": 0,
        "speakers_created": 1,
        "speakers_found": 0,
        "claims": 1,
        "claims_skipped": 0,
        "links": 0,
    }
    code, printed, _ = _run(capsys, "claims", "--db", empty, "--json")
    (claim,) = json.loads(printed)
    assert (claim["speaker"], claim["quote"], claim["tags"]) == (
        "Джейхун Байрамов",
        "Байрамов отметил",
        "МИД",  # the tag as typed, through the project and back
    )
    code, printed, _ = _run(capsys, "speakers", "--db", empty, "--json")
    assert json.loads(printed)[0]["aliases"] == ["Байрамов"]


def test_a_bad_project_is_one_line_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.qdpx"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr(
            "project.qde",
            '<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>',
        )
    db = str(tmp_path / "c.sqlite")
    code, out, err = _run(capsys, "import-qdpx", "--db", db, str(bad))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "DTD" in err and err.startswith("claimdesk-cli: error:")
    assert _run(capsys, "articles", "--db", db, "--json")[1].strip() == "[]"


def test_a_bad_project_is_refused_in_russian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from claimdesk.i18n_text import set_language

    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"PK\x03\x04 cut short")
    untitled = tmp_path / "untitled.qdpx"
    with zipfile.ZipFile(untitled, "w") as archive:
        archive.writestr(
            "project.qde",
            '<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources>'
            '<TextSource guid="s1" plainTextPath="internal://s1.txt"/></Sources></Project>',
        )
    db = str(tmp_path / "c.sqlite")
    set_language("ru")
    try:
        damaged = _run(capsys, "import-qdpx", "--db", db, str(bad))
        missing = _run(capsys, "import-qdpx", "--db", db, str(untitled))
    finally:
        set_language("en")
    assert damaged[0] == 1
    assert damaged[2] == (
        "claimdesk-cli: ошибка: Файл bad.qdpx повреждён или это не проект REFI-QDA (.qdpx) (это "
        "не полный ZIP-архив).\n"
    )
    assert (
        "untitled.qdpx: источник без названия ссылается на sources/s1.txt, а этой части в файле "
        "нет." in missing[2]
    )
    english = _run(capsys, "import-qdpx", "--db", db, str(untitled))
    missing_english = (
        "untitled.qdpx: an untitled source refers to sources/s1.txt, which is missing."
    )
    assert missing_english in english[2]
