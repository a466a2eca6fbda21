"""claimdesk-cli: every command, JSON output, one-line errors with a non-zero exit."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue


class Cli:
    def __init__(self, db: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main([args[0], "--db", str(self.db), *args[1:]])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> object:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(catalogue_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    """claimdesk-cli --db on a fresh catalogue: a SQLite file, then a PostgreSQL URL."""
    return Cli(catalogue_url, capsys)


@pytest.fixture
def sample(sample_path: Path) -> str:
    return str(sample_path)


def test_import_prints_id_and_finds_the_same_text_again(cli: Cli, sample: str) -> None:
    assert cli.json("import", sample, "--outlet", "Sputnik", "--date", "2024-07-28") == {
        "id": 1,
        "created": True,
    }
    assert cli.json("import", sample) == {"id": 1, "created": False}
    code, out, _ = cli("import", sample)
    assert (code, out) == (0, "1\n")
    articles = cli.json("articles")
    assert isinstance(articles, list) and len(articles) == 1
    assert articles[0]["outlet"] == "Sputnik" and articles[0]["published"] == "2024-07-28"


def test_attribute_alias_speakers_claims_workflow(cli: Cli, sample: str) -> None:
    cli("import", sample)
    code, out, err = cli(
        "attribute", "1", "--quote", "Байрамов отметил", "--speaker", "Джейхун Байрамов",
        "--kind", "indirect", "--tag", "МИД", "--tag", "визит",
    )  # fmt: skip
    assert code == 0, err
    assert out.strip() == "1"
    assert cli("alias", "Джейхун Байрамов", "глава МИД АР")[0] == 0
    # the alias resolves to the same speaker; no new speaker is created
    claim = cli.json("attribute", "1", "--quote", "Байрамов", "--occurrence", "2",
                     "--speaker", "ГЛАВА мид ар")  # fmt: skip
    assert isinstance(claim, dict) and claim["speaker"] == "Джейхун Байрамов"
    speakers = cli.json("speakers")
    assert isinstance(speakers, list)
    assert [(s["name"], s["aliases"], s["claim_count"]) for s in speakers] == [
        ("Джейхун Байрамов", ["глава МИД АР"], 2)
    ]
    claims = cli.json("claims", "--speaker", "джейхун байрамов", "--kind", "indirect")
    assert isinstance(claims, list) and len(claims) == 1
    assert claims[0]["quote"] == "Байрамов отметил"
    assert claims[0]["tags"] == "визит; МИД"  # as typed; sorted by the folded tags
    from claimdesk.core.export.csv_file import CSV_COLUMNS

    assert list(claims[0]) == list(CSV_COLUMNS)


def test_export_with_filters_and_excel(cli: Cli, tmp_path: Path, sample: str) -> None:
    cli("import", sample, "--outlet", "Sputnik", "--date", "2024-07-28")
    cli("attribute", "1", "--quote", "Байрамов отметил", "--speaker", "Джейхун Байрамов")
    cli("attribute", "1", "--quote", "Михаила Бочарникова", "--speaker", "Михаил Бочарников",
        "--kind", "claim")  # fmt: skip
    out = tmp_path / "claims.csv"
    code, _, err = cli("export", "--csv", str(out), "--speaker", "Михаил Бочарников", "--excel")
    assert code == 0 and "1 claim written" in err  # one claim, not "1 claims" (issue 21)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [r["speaker"] for r in rows] == ["Михаил Бочарников"]
    code, _, _ = cli("export", "--csv", str(out), "--since", "2024-08-01")
    assert code == 0
    assert len(list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("attribute", "7", "--quote", "x", "--speaker", "y"), "no article with id 7"),
        (("alias", "Никто", "X"), "No speaker is named"),
        (("claims", "--since", "вчера"), "is not a date"),
        (("claims", "--article", "999"), "no article with id 999"),  # it listed nothing, exit 0
        (("export", "--article", "999", "--output", "x.csv"), "no article with id 999"),
        (("import", "/nonexistent/file.txt"), "does not exist"),
    ],
)
def test_errors_are_one_line_on_stderr_with_non_zero_exit(
    cli: Cli,
    args: tuple[str, ...],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)  # a file named as given (x.csv) is never the repository's
    Catalogue.open(cli.db).close()  # an empty catalogue: only import makes one
    code, out, err = cli(*args)
    assert code == 1
    assert out == ""
    assert message in err
    assert err.count("\n") == 1 and err.startswith("claimdesk-cli: error: ")


@pytest.mark.parametrize("command", ["articles", "claims", "speakers", "stats", "check"])
def test_a_command_that_needs_a_catalogue_makes_none_where_there_is_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    """`articles` on a mistyped path made the folders and an empty catalogue there, and said
    nothing (exit 0): a script read it as an empty catalogue. On an empty file (a user's
    notes.txt) it made that file a catalogue."""
    missing = tmp_path / "нет такой папки" / "cat.sqlite"
    code, out, err = Cli(str(missing), capsys)(command)
    assert (code, out) == (1, "")
    assert (
        err == f"claimdesk-cli: error: There is no catalogue at {missing}: check the path "
        "(import makes a new one).\n"
    )
    assert not missing.parent.exists()
    empty = tmp_path / "notes.txt"
    empty.write_bytes(b"")
    code, out, err = Cli(str(empty), capsys)(command)
    assert (code, out) == (1, "")
    assert "notes.txt is an empty file, not a ClaimDesk catalogue" in err
    assert empty.read_bytes() == b""


def test_attributing_the_same_quote_again_stores_nothing_and_says_so(cli: Cli, sample: str) -> None:
    """A script run twice stored its claims twice (three identical claims became a cluster
    of "3 claims"): the claim already there is named, and nothing is stored."""
    cli("import", sample)
    args = ("attribute", "1", "--quote", "Байрамов отметил", "--speaker", "джейхун  байрамов")
    code, first, err = cli(*args[:-1], "Джейхун Байрамов")
    assert (code, err) == (0, "")
    code, again, err = cli(*args)  # the name in other case and spacing: the same speaker
    assert (code, again) == (0, first)
    assert err == (
        f"claimdesk-cli: claim {first.strip()} is already there (this quote, speaker and "
        "kind): nothing stored\n"
    )
    code, out, err = cli(*args, "--kind", "indirect")  # another kind: another claim
    assert code == 0 and out != first and err == ""
    claims = cli.json("claims")
    assert isinstance(claims, list) and len(claims) == 2


@pytest.mark.parametrize("blank", ["", "   "])
def test_a_blank_speaker_is_refused(cli: Cli, sample: str, blank: str) -> None:
    """--speaker "" stored the claim with no speaker, exit 0, as if the option were not
    required."""
    cli("import", sample)
    code, out, err = cli("attribute", "1", "--quote", "Байрамов отметил", "--speaker", blank)
    assert (code, out) == (1, "")
    assert "argument --speaker: the name is blank: give one (at least a letter)" in err
    assert cli.json("claims") == []
    # no speaker, said so
    code, out, err = cli("attribute", "1", "--quote", "Байрамов отметил", "--unattributed")
    assert (code, err) == (0, "")
    [claim] = cli.json("claims")  # type: ignore[misc]
    assert not claim["speaker"] and str(claim["claim_id"]) == out.strip()


def test_quote_missing_from_the_article(cli: Cli, sample: str) -> None:
    cli("import", sample)
    code, _, err = cli("attribute", "1", "--quote", "Этого нет", "--speaker", "X")
    assert code == 1 and "does not occur in the article" in err
    assert cli.json("claims") == []
    assert cli.json("speakers") == []


def test_binary_or_empty_files_are_refused(cli: Cli, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for path, message in ((binary, "binary"), (empty, "empty")):
        code, _, err = cli("import", str(path))
        assert code == 1 and message in err
    assert cli.json("articles") == []
    # a legacy encoding is detected now (issue 5), not refused
    cp1251 = tmp_path / "cp1251.txt"
    cp1251.write_bytes("Байрамов отметил".encode("cp1251"))
    assert cli("import", str(cp1251))[0] == 0
    assert cli.json("articles")[0]["title"] == "Байрамов отметил"  # type: ignore[index]


def test_environment_variable_chooses_the_catalogue(tmp_path: Path, sample: str) -> None:
    db = tmp_path / "env.sqlite"
    env = {**os.environ, "CLAIMDESK_DATABASE_URL": str(db)}
    result = subprocess.run(
        [sys.executable, "-m", "claimdesk.cli", "import", sample, "--json"],
        capture_output=True, text=True, env=env, check=False, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"id": 1, "created": True}
    with Catalogue.open(db) as catalogue:
        assert len(catalogue.list_articles()) == 1


def test_similar_and_speaker_match_print_scores(cli: Cli, sample: str) -> None:
    cli("import", sample)
    cli("attribute", "1", "--quote", "многоплановые азербайджано-российские отношения",
        "--speaker", "Джейхун Байрамов", "--kind", "indirect")  # fmt: skip
    cli("alias", "Джейхун Байрамов", "глава МИД АР")
    found = cli.json("similar", "Многоплановые азербайджано-российские отношения!")
    assert isinstance(found, list) and len(found) == 1
    assert found[0]["quote"] == "многоплановые азербайджано-российские отношения"
    # a perfect score, but three words are too few to flag as "almost certainly the same"
    assert found[0]["score"] >= 88 and found[0]["almost_certain"] is False
    assert cli.json("similar", "Цены на бензин выросли") == []
    code, out, _ = cli("similar", "азербайджано-российские многоплановые отношения")
    assert code == 0 and "Джейхун Байрамов" in out
    matches = cli.json("speakers", "--match", "Джейхуна Байрамова")
    assert isinstance(matches, list)
    assert [(m["name"], m["score"] >= 90) for m in matches] == [("Джейхун Байрамов", True)]
    code, out, _ = cli("speakers", "--match", "Jeyhun Bayramov")
    assert code == 0 and "Джейхун Байрамов" in out
    code, _, err = cli("similar", "   ")
    assert code == 1 and "Give the text" in err


def test_server_index_command_shows_rebuilds_and_merges(
    cli: Cli, sample: str, backend: str
) -> None:
    cli("import", sample)
    assert cli("attribute", "1", "--quote", "Азербайджан", "--speaker", "Байрамов")[0] == 0
    if backend == "sqlite":
        code, out, err = cli("server-index")
        assert code != 0 and out == ""
        assert "Only a team catalogue on PostgreSQL" in err and "Traceback" not in err
        return
    assert cli.json("server-index") == {"state": "missing", "claims": 0, "postings": 0,
                                        "delta_rows": 0}  # fmt: skip
    status = cli.json("server-index", "--rebuild")
    assert isinstance(status, dict)
    assert status["state"] == "ready" and status["claims"] == 1 and status["postings"] > 0
    assert cli("attribute", "1", "--quote", "Армении", "--speaker", "Байрамов")[0] == 0
    waiting = cli.json("server-index")
    assert isinstance(waiting, dict) and waiting["delta_rows"] > 0 and waiting["claims"] == 2
    code, out, _ = cli("server-index", "--merge")
    assert code == 0
    assert "ready: searches use it" in out and "2 claims indexed" in out
    assert "0 rows waiting to be merged" in out


def test_article_edit_changes_the_details_and_a_bad_date_is_one_readable_line(
    cli: Cli, sample: str
) -> None:
    cli("import", sample)  # undated, as a batch import leaves it
    cli("attribute", "1", "--quote", "Байрамов отметил", "--speaker", "Джейхун Байрамов")
    assert cli.json("claims", "--since", "2024-07-01") == []
    edited = cli.json(
        "article-edit", "1", "--title", "Байрамов принял посла", "--outlet", "Sputnik Азербайджан",
        "--date", "2024-07-28", "--url", "https://sputnik.az/x", "--language", "ru",
    )  # fmt: skip
    assert isinstance(edited, dict)
    assert (edited["title"], edited["outlet"], edited["published"]) == (
        "Байрамов принял посла",
        "Sputnik Азербайджан",
        "2024-07-28",
    )
    assert (edited["url"], edited["language"], edited["claim_count"]) == (
        "https://sputnik.az/x",
        "ru",
        1,
    )
    claims = cli.json("claims", "--since", "2024-07-01")
    assert isinstance(claims, list) and [c["published"] for c in claims] == ["2024-07-28"]
    code, out, err = cli("article-edit", "1", "--outlet", "Sputnik")
    assert (code, err) == (0, "")
    assert out == "1\t2024-07-28\tSputnik\tБайрамов принял посла\t1 claim\n"
    # as a Russian user writes dates, day first with dots
    assert cli.json("claims", "--since", "29.07.2024") == []
    july = cli.json("claims", "--since", "01.07.2024", "--until", "28.07.2024")
    assert isinstance(july, list) and len(july) == 1
    redated = cli.json("article-edit", "1", "--date", "5.7.2024")
    assert redated["published"] == "2024-07-05"  # type: ignore[index]
    assert cli.json("article-edit", "1", "--date", "")["published"] is None  # type: ignore[index]

    for args, message in (
        (("--date", "28/07/2024"), "“28/07/2024” is not a date: write it as YYYY-MM-DD"),
        (("--date", "2024-02-30"), "“2024-02-30” is not a real date"),
        ((), "Nothing to change"),
    ):
        code, out, err = cli("article-edit", "1", *args)
        assert (code, out) == (1, "")
        assert err.startswith("claimdesk-cli: error: ") and err.count("\n") == 1
        assert message in err
    code, _, err = cli("article-edit", "9", "--title", "X")
    assert code == 1 and "no article with id 9" in err
    articles = cli.json("articles")
    assert isinstance(articles, list)
    assert (articles[0]["outlet"], articles[0]["published"]) == ("Sputnik", None)


def test_article_delete_needs_yes_without_a_terminal(cli: Cli, sample: str) -> None:
    cli("import", sample)
    cli("attribute", "1", "--quote", "Байрамов отметил", "--speaker", "Джейхун Байрамов")
    cli("attribute", "1", "--quote", "Михаила Бочарникова", "--speaker", "Михаил Бочарников")
    code, out, err = cli("article-delete", "1")  # pytest's stdin is no terminal
    assert (code, out) == (1, "")
    assert err.startswith("claimdesk-cli: error: Deleting article 1 “Министр иностранных дел")
    assert "and its 2 claims needs --yes: there is no terminal to ask." in err
    assert err.count("\n") == 1
    assert len(cli.json("claims")) == 2  # type: ignore[arg-type]

    deleted = cli.json("article-delete", "1", "--yes")
    assert isinstance(deleted, dict)
    assert (deleted["id"], deleted["deleted_claims"]) == (1, 2)
    assert deleted["title"].startswith("Министр иностранных дел")
    assert cli.json("articles") == [] and cli.json("claims") == []
    code, _, err = cli("article-delete", "1", "--yes")
    assert code == 1 and "no article with id 1" in err and err.count("\n") == 1

    cli("import", sample)
    code, out, err = cli("article-delete", "2", "--yes")
    assert (code, err) == (0, "")
    assert out.startswith("Deleted article 2 “Министр иностранных дел") and out.endswith("”.\n")


@pytest.mark.parametrize(("answer", "deleted"), [("y", True), ("n", False), ("", False)])
def test_article_delete_asks_at_a_terminal(
    catalogue_url: str, sample: str, answer: str, deleted: bool
) -> None:
    with Catalogue.open(catalogue_url) as catalogue:
        article = catalogue.add_article(Path(sample).read_text(encoding="utf-8")).id
        catalogue.attribute_quote(article, "Байрамов отметил", "Джейхун Байрамов")
    terminal, process_side = os.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "claimdesk.cli", "article-delete", str(article),
             "--db", catalogue_url],
            stdin=process_side, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        os.close(process_side)
        os.write(terminal, f"{answer}\n".encode())
        out, err = process.communicate(timeout=60)
    finally:
        os.close(terminal)
    assert err.startswith(f"Delete article {article} “БАКУ, 28 июл"), err
    assert "and its 1 claim? This cannot be undone from the command line. [y/N] " in err
    with Catalogue.open(catalogue_url) as catalogue:
        left = catalogue.list_articles()
    if deleted:
        assert process.returncode == 0, err
        assert out.startswith(f"Deleted article {article} “") and out.endswith(
            " and its 1 claim.\n"
        )
        assert left == []
    else:
        assert process.returncode == 1 and out == ""
        assert err.endswith("claimdesk-cli: error: Not confirmed: nothing was deleted.\n")
        assert [a.id for a in left] == [article]


# -- issue 15: odd bytes, huge ids, long search text, control characters, batch imports -------

LATIN1_NAME = os.fsdecode(b"caf\xe9.txt")  # as Python hands over a Latin-1 name in a UTF-8 locale


def _one_line_error(code: int, out: str, err: str, message: str) -> None:
    assert (code, out) == (1, ""), err
    assert err.startswith("claimdesk-cli") and ": error: " in err, err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert message in err, err


def test_a_file_name_that_is_not_valid_text_still_imports(
    cli: Cli, tmp_path: Path, sample_text: str
) -> None:
    odd = tmp_path / LATIN1_NAME
    odd.write_text(sample_text, encoding="utf-8")
    code, out, err = cli("import", str(odd))
    assert (code, out, err) == (0, "1\n", "")
    articles = cli.json("articles")
    assert isinstance(articles, list) and articles[0]["source_name"] == "caf\ufffd.txt"
    code, out, err = cli("import", str(odd))
    assert code == 0 and "caf\\xe9.txt: the same text is already article 1" in err


def test_the_real_command_takes_latin1_bytes_in_a_file_name_and_refuses_them_as_text(
    catalogue_url: str, tmp_path: Path, sample_text: str
) -> None:
    """With the bytes of a real command line, as a shell passes $'caf\\xe9.txt'."""
    odd = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(odd, "w", encoding="utf-8") as stream:
        stream.write(sample_text)
    base = [sys.executable, "-m", "claimdesk.cli"]

    def run(*args: str | bytes) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [*base, *args, "--db", catalogue_url], capture_output=True, check=False, timeout=60
        )

    imported = run("import", odd)
    assert (imported.returncode, imported.stdout, imported.stderr) == (0, b"1\n", b"")
    refused = run("attribute", "1", "--quote", "Байрамов отметил", "--speaker", b"Bo\xe9")
    err = refused.stderr.decode()
    assert refused.returncode == 1 and refused.stdout == b"" and err.count("\n") == 1
    assert "argument --speaker: “Bo\\xe9” is not valid text in the locale's encoding" in err
    assert "Traceback" not in err
    with Catalogue.open(catalogue_url) as catalogue:
        assert catalogue.list_claims() == [] and catalogue.list_speakers() == []


@pytest.mark.parametrize(
    "args",
    [
        ("attribute", "1", "--quote", "Байрамов отметил", "--speaker", "Bo\udce9"),
        ("attribute", "1", "--quote", "Байрамов отметил", "--speaker", "Б", "--note", "\udcff"),
        ("alias", "Джейхун Байрамов", "caf\udce9"),
        ("article-edit", "1", "--outlet", "\udcc0\udcaf"),
    ],
)
def test_text_arguments_with_undecodable_bytes_are_refused(
    cli: Cli, sample: str, args: tuple[str, ...]
) -> None:
    cli("import", sample)
    cli("attribute", "1", "--quote", "Михаила Бочарникова", "--speaker", "Джейхун Байрамов")
    before = (cli.json("claims"), cli.json("speakers"), cli.json("articles"))
    code, out, err = cli(*args)
    _one_line_error(code, out, err, "is not valid text in the locale's encoding")
    assert "\\x" in err  # the odd byte is shown, escaped
    assert (cli.json("claims"), cli.json("speakers"), cli.json("articles")) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("claims", "--article", "9223372036854775808"), "is not an id"),
        (("export", "--csv", "x.csv", "--article", "99999999999999999999999"), "is not an id"),
        (("attribute", "18446744073709551616", "--quote", "x", "--speaker", "y"), "is not an id"),
        (("article-edit", "9223372036854775808", "--title", "x"), "is not an id"),
        (("article-delete", "9" * 5000, "--yes"), "is not an id"),
        (("suggest", "-1"), "is not an id"),
        (("claims", "--limit", "9223372036854775808"), "is not a count"),
        (("speakers", "--match", "x", "--limit", "0"), "is not a count"),
        (("attribute", "1", "--quote", "x", "--speaker", "y", "--occurrence", "1e99"), "count"),
        (("claims", "--kind", "rumour"), "invalid choice"),
    ],
)
def test_numbers_out_of_range_are_refused_as_they_are_read(
    cli: Cli, args: tuple[str, ...], message: str
) -> None:
    code, out, err = cli(*args)
    _one_line_error(code, out, err, message)
    assert len(err) < 300


def test_an_id_the_database_cannot_hold_is_a_readable_error(cli: Cli, sample: str) -> None:
    """A team catalogue's ids are 32-bit: a bigger one is refused by the server, readably."""
    cli("import", sample)
    code, out, err = cli("claims", "--article", "3000000000")
    assert "Traceback" not in err
    assert (code, out) == (0, "") or (code == 1 and err.count("\n") == 1), err
    code, out, err = cli("alias", "9223372036854775808", "x")  # too big an id: taken as a name
    _one_line_error(code, out, err, "No speaker is named “9223372036854775808”")


def test_search_text_has_a_bounded_length(cli: Cli, sample: str, tmp_path: Path) -> None:
    cli("import", sample)
    cli("attribute", "1", "--quote", "Байрамов отметил", "--speaker", "Джейхун Байрамов")
    long = "а" * 60_000
    for args in (
        ("claims", "--text", long),
        ("export", "--csv", str(tmp_path / "x.csv"), "--text", long),
        ("speakers", "--filter", long),
        ("articles", "--filter", long),
        ("claims", "--outlet", long),
    ):
        code, out, err = cli(*args)
        _one_line_error(code, out, err, "the search text is 60,000 characters long")
    assert not (tmp_path / "x.csv").exists()
    found = cli.json("claims", "--text", "«" + "отметил " * 100 + "»")  # a long phrase
    assert found == []
    assert len(cli.json("claims", "--text", "отметил " * 100)) == 1  # the one word, each time
    assert len(cli.json("claims", "--text", "Байрамов отметил")) == 1  # type: ignore[arg-type]


def test_control_characters_in_names_are_escaped_in_plain_output(cli: Cli, sample: str) -> None:
    cli("import", sample)
    evil = "Evil\x1b[31mRED\x1b[0m\tname\nline\u202eevil"
    assert cli("attribute", "1", "--quote", "Байрамов отметил", "--speaker", evil)[0] == 0
    assert cli("alias", "1", "alias\x07bell")[0] == 0
    code, out, err = cli("speakers")
    assert code == 0 and err == ""
    # (the catalogue itself turns the name's tab and line break into spaces)
    assert out == "1\tEvil\\x1b[31mRED\\x1b[0m name line\\u202eevil [alias\\x07bell]\t1 claim\n"
    code, out, _ = cli("claims")
    assert "\x1b" not in out and "Evil\\x1b[31m" in out and out.count("\n") == 1
    speakers = cli.json("speakers")  # JSON is escaped by JSON itself
    assert isinstance(speakers, list) and speakers[0]["name"] == " ".join(evil.split())
    code, out, err = cli("alias", "Ghost\x1b]0;title\x07", "x")
    _one_line_error(code, out, err, "No speaker is named “Ghost\\x1b]0;title\\x07”")


def test_a_folder_import_reports_bad_files_and_imports_the_rest(
    cli: Cli, tmp_path: Path, sample_text: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1-good.txt").write_text(sample_text, encoding="utf-8")
    (folder / "2-bad.docx").write_bytes(b"PK\x03\x04 cut short")
    (folder / "3-empty.txt").write_bytes(b"")
    (folder / LATIN1_NAME).write_text("Second article. “Quote,” said Bob.", encoding="utf-8")
    (folder / "4-good.md").write_text("# Third\n\nThird article's text.", encoding="utf-8")
    (folder / "5-notes.json").write_text("{}", encoding="utf-8")  # not an article: said, not tried
    code, out, err = cli("import", str(folder))
    assert code == 1  # some files failed
    assert out == "1\n2\n3\n"
    lines = err.splitlines()
    assert lines[0] == (
        "claimdesk-cli: 1 other file left out (.json 1): not a kind ClaimDesk imports."
    )
    lines = lines[1:]
    assert lines[-1] == "claimdesk-cli: 3 imported, 0 already there, 2 failed"
    assert len(lines) == 3 and "Traceback" not in err
    assert lines[0].startswith("claimdesk-cli: error: 2-bad.docx")
    assert lines[1] == "claimdesk-cli: error: 3-empty.txt is empty."
    articles = cli.json("articles")
    assert isinstance(articles, list)
    assert sorted(a["source_name"] for a in articles) == ["1-good.txt", "4-good.md",
                                                         "caf\ufffd.txt"]  # fmt: skip
    code, out, err = cli("import", str(folder), "--json")
    assert code == 1 and err.endswith("0 imported, 3 already there, 2 failed\n")
    results = json.loads(out)
    assert isinstance(results, list) and len(results) == 5
    assert [r["error"] is None for r in results] == [True, False, False, True, True]
    assert results[4]["file"].endswith("caf\ufffd.txt")


def test_export_onto_a_link_or_a_device_is_one_line_and_writes_nothing(
    cli: Cli, sample: str, tmp_path: Path
) -> None:
    cli("import", sample)
    cli("attribute", "1", "--quote", "Байрамов отметил", "--speaker", "Джейхун Байрамов")
    elsewhere = tmp_path / "elsewhere.csv"
    elsewhere.write_text("keep me", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(elsewhere)
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    for target, what in ((link, "a symbolic link"), (pipe, "a named pipe")):
        code, out, err = cli("export", "--csv", str(target))
        _one_line_error(
            code,
            out,
            err,
            f"Cannot write {target}: it is {what}, and an export only writes regular files",
        )
    assert link.is_symlink() and elsewhere.read_text(encoding="utf-8") == "keep me"
    written = sorted(p.name for p in tmp_path.iterdir() if "csv" in p.name or "part" in p.name)
    assert written == ["elsewhere.csv", "link.csv", "pipe.csv"]


def test_export_onto_the_catalogue_itself_is_refused_and_the_catalogue_kept(
    db_path: Path, sample: str, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(str(db_path), capsys)
    cli("import", sample)
    cli("attribute", "1", "--quote", "Байрамов отметил", "--speaker", "Джейхун Байрамов")
    for options in (["--csv", str(db_path)], ["--format", "jsonl", "--output", str(db_path)]):
        code, out, err = cli("export", *options)
        _one_line_error(code, out, err, "which an export never replaces")
    assert cli.json("claims", "--json")[0]["quote"] == "Байрамов отметил"


def test_an_address_or_a_language_that_is_not_one_is_refused(cli: Cli, sample: str) -> None:
    for option, value, said in (
        ("--url", "not a url", "is not a web address"),
        ("--language", "klingon", "is not a language code"),
    ):
        code, out, err = cli("import", sample, option, value)
        assert code != 0 and out == "" and said in err and "Traceback" not in err
    assert cli.json("import", sample, "--url", "https://sputnik.az/1", "--language", "ru")["id"]
    code, _out, err = cli("article-edit", "1", "--url", "javascript:alert(1)")
    assert code != 0 and "is not a web address" in err


def test_a_folder_import_stops_when_the_catalogue_cannot_be_written(
    db_path: Path, tmp_path: Path, sample_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    Catalogue.open(db_path).close()
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(3):
        (folder / f"{number}.txt").write_text(f"{number}. {sample_text}", encoding="utf-8")
    before = db_path.read_bytes()
    read_only = f"sqlite:///file:{db_path}?mode=ro&uri=true"
    code = main(["import", "--db", read_only, str(folder)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "claimdesk-cli: 0 imported, 0 already there, 0 failed, 3 not tried",
        f"claimdesk-cli: error: The catalogue {db_path} is read-only: nothing was changed.",
    ]
    assert db_path.read_bytes() == before


def test_a_file_with_a_stray_byte_imports_with_a_warning_saying_where(
    cli: Cli, tmp_path: Path
) -> None:
    text = "Министр заявил, что переговоры продолжатся.\nВторая строка без ошибок.\n"
    damaged = text.encode("utf-8").replace("Вторая".encode(), b"\xff" + "торая".encode())
    path = tmp_path / "stray.txt"
    path.write_bytes(damaged)
    code, out, err = cli("import", str(path), "--json")
    assert code == 0, err
    record = json.loads(out)
    assert record["created"] is True
    assert record["warnings"] and "line 2" in record["warnings"][0]
    assert "claimdesk-cli: warning: stray.txt:" in err and "line 2" in err
    stored = Catalogue.open(cli.db)
    try:
        body = stored.get_article_text(record["id"])
    finally:
        stored.close()
    assert "Министр заявил" in body and "\ufffdторая" in body


def test_options_that_were_ignored_act_or_say_why_not(cli: Cli, sample: str) -> None:
    """`speakers --limit 1` listed every speaker, and `clusters --links-only` without
    --gather listed the clusters and gathered none, without a word."""
    cli("import", sample)
    cli("attribute", "1", "--quote", "Байрамов отметил", "--speaker", "Джейхун Байрамов")
    cli("attribute", "1", "--quote", "Михаила Бочарникова", "--speaker", "Михаил Бочарников")
    speakers = cli.json("speakers", "--limit", "1")
    assert isinstance(speakers, list) and len(speakers) == 1
    code, out, _ = cli("speakers", "--limit", "1")
    assert code == 0 and len(out.splitlines()) == 1
    assert len(cli.json("speakers", "--match", "Байрамов", "--limit", "1")) == 1  # type: ignore[arg-type]
    code, out, err = cli("clusters", "--links-only")
    assert (code, out) == (1, "")
    assert err == "claimdesk-cli: error: --links-only says how to gather: give --gather too.\n"
