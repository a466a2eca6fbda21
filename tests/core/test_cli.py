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
    assert claims[0]["tags"] == "визит; мид"
    from claimdesk.core.export import CSV_COLUMNS

    assert list(claims[0]) == list(CSV_COLUMNS)


def test_export_with_filters_and_excel(cli: Cli, tmp_path: Path, sample: str) -> None:
    cli("import", sample, "--outlet", "Sputnik", "--date", "2024-07-28")
    cli("attribute", "1", "--quote", "Байрамов отметил", "--speaker", "Джейхун Байрамов")
    cli("attribute", "1", "--quote", "Михаила Бочарникова", "--speaker", "Михаил Бочарников",
        "--kind", "claim")  # fmt: skip
    out = tmp_path / "claims.csv"
    code, _, err = cli("export", "--csv", str(out), "--speaker", "Михаил Бочарников", "--excel")
    assert code == 0 and "1 claims written" in err
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
        (("import", "/nonexistent/file.txt"), "does not exist"),
    ],
)
def test_errors_are_one_line_on_stderr_with_non_zero_exit(
    cli: Cli, args: tuple[str, ...], message: str
) -> None:
    code, out, err = cli(*args)
    assert code == 1
    assert out == ""
    assert message in err
    assert err.count("\n") == 1 and err.startswith("claimdesk-cli: error: ")


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
    assert out == "1\t2024-07-28\tSputnik\tБайрамов принял посла\t1 claims\n"
    assert cli.json("article-edit", "1", "--date", "")["published"] is None  # type: ignore[index]

    for args, message in (
        (("--date", "28.07.2024"), "“28.07.2024” is not a date: write it as YYYY-MM-DD"),
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
