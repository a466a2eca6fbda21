"""claimdesk-cli import https://…: a page fetched from a local server is stored with its final
address as its URL; a failed fetch is one line, exit 1, and the catalogue is not touched."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue
from web_server import LocalSite, article_html, closed_port, local_site, sample_text


@pytest.fixture
def site() -> Iterator[LocalSite]:
    with local_site() as running:
        yield running


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["import", "--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def russian_page() -> bytes:
    return article_html(sample_text(), title="Байрамов принял посла").encode("cp1251")


def test_a_page_is_stored_with_its_final_address(
    site: LocalSite, catalogue_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    final = site.page("/2020/07/28/story.html", russian_page(), "text/html; charset=windows-1251")
    site.redirect("/short", "/2020/07/28/story.html", 301)
    code, out, err = run(catalogue_path, capsys, site.url("/short"), "--json")
    assert code == 0, err
    record = json.loads(out)
    assert (record["id"], record["created"], record["url"]) == (1, True, final)
    assert len(record["sha256"]) == 64
    with Catalogue.open(str(catalogue_path)) as catalogue:
        article = catalogue.get_article(1)
        text = catalogue.get_article_text(1)
    assert (article.url, article.source_name, article.source_format) == (final, final, "html")
    assert (article.title, article.outlet, article.language) == (
        "Байрамов принял посла",
        "Sputnik",
        "ru",
    )
    assert "Джейхун Байрамов во вторник принял" in text and "Главная" not in text
    # the same page again: already there, said on stderr
    code, out, err = run(catalogue_path, capsys, final)
    assert (code, out) == (0, "1\n")
    assert f"{final}: the same text is already article 1" in err
    # options still win over what the page says
    site.page("/other", article_html(sample_text() + "\nЕщё один абзац, которого не было."))
    code, out, err = run(catalogue_path, capsys, site.url("/other"), "--url", "https://x.ru/a")
    assert code == 0, err
    with Catalogue.open(str(catalogue_path)) as catalogue:
        assert catalogue.get_article(int(out)).url == "https://x.ru/a"
    assert "a near-duplicate of article 1" in err


@pytest.mark.parametrize(
    ("path", "said"),
    [
        ("/missing", "The server answered 404 Not Found: the page is not there (any more)."),
        ("/broken", "The server answered 500 Internal Server Error: the site has a problem"),
        ("/picture", "The address gives an image"),
    ],
)
def test_a_failed_fetch_is_one_line_and_leaves_the_catalogue_alone(
    site: LocalSite,
    catalogue_path: Path,
    capsys: pytest.CaptureFixture[str],
    path: str,
    said: str,
) -> None:
    site.page("/broken", "<html>oops</html>", status=500)
    site.page("/picture", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
    code, out, err = run(catalogue_path, capsys, site.url(path))
    assert (code, out) == (1, "")
    assert err.startswith(f"claimdesk-cli: error: {said}") and err.count("\n") == 1
    assert not catalogue_path.exists()  # not even created


def test_a_server_that_fails_mid_answer_keeps_its_traceback_off_the_cli_output(
    site: LocalSite, catalogue_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the client hanging up while the server writes used to print socketserver's traceback
    # into the stderr the CLI test reads (a flaky failure of the test above)
    def hang_up(handler: object) -> None:
        raise ConnectionResetError("the client went away")

    code, out, err = run(catalogue_path, capsys, site.respond("/gone", hang_up))
    assert (code, out) == (1, "")
    assert err.startswith("claimdesk-cli: error: ") and err.count("\n") == 1
    assert "Traceback" not in err and "Exception occurred" not in err
    assert [type(error) for error in site.server_errors] == [ConnectionResetError]


def test_refused_connections_and_other_schemes(
    catalogue_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    port = closed_port()
    for address, said in (
        (f"http://127.0.0.1:{port}/a", "127.0.0.1 refused the connection"),
        ("ftp://127.0.0.1/a.txt", "from http:// and https:// addresses only, not “ftp:”"),
        ("file:///etc/hostname", "For a file on this computer, import the file itself."),
    ):
        code, out, err = run(catalogue_path, capsys, address)
        assert (code, out) == (1, ""), address
        assert err.startswith("claimdesk-cli: error: ") and said in err and err.count("\n") == 1
    assert not catalogue_path.exists()


def test_several_addresses_store_what_came_and_report_the_rest(
    site: LocalSite, catalogue_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = site.page("/one", russian_page(), "text/html")
    code, out, err = run(catalogue_path, capsys, first, site.url("/gone"), "--json")
    assert code == 1
    records = json.loads(out)
    assert [(r["url"], r["id"]) for r in records] == [(first, 1), (site.url("/gone"), None)]
    assert "404 Not Found" in records[1]["error"]
    assert "claimdesk-cli: 1 imported, 0 already there, 1 failed" in err


def test_addresses_and_files_are_not_mixed(
    site: LocalSite, catalogue_path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    local = tmp_path / "a.txt"
    local.write_text(sample_text(), encoding="utf-8")
    code, _out, err = run(catalogue_path, capsys, str(local), site.url("/one"))
    assert code == 1 and "Give web addresses or files, not both" in err
    assert not catalogue_path.exists()


def test_a_changed_page_becomes_a_new_version_of_its_article(
    site: LocalSite, catalogue_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """import URL --version-of ID: the page fetched again, changed, is the article's new text,
    and its claims follow it; the page as first fetched stays as version 1."""
    first = sample_text()
    address = site.page("/story", article_html(first, title="Байрамов принял посла").encode())
    code, out, err = run(catalogue_path, capsys, address)
    assert (code, out) == (0, "1\n"), err
    quote = "Байрамов во вторник принял"
    assert (
        main(
            [
                "attribute",
                "--db",
                str(catalogue_path),
                "1",
                "--quote",
                quote,
                "--speaker",
                "Джейхун Байрамов",
            ]
        )
        == 0
    )
    capsys.readouterr()
    changed = "Обновлено: добавлен абзац в начало.\n\n" + first
    site.page("/story", article_html(changed, title="Байрамов принял посла").encode())
    code, out, err = run(catalogue_path, capsys, address, "--version-of", "1", "--json")
    assert code == 0, err
    (record,) = json.loads(out)
    assert record["state"] in {"exact", "moved"} and record["start"] is not None
    assert "now at version 2" in err
    with Catalogue.open(str(catalogue_path)) as catalogue:
        text = catalogue.get_article_text(1)
        (claim,) = catalogue.list_claims()
        versions = catalogue.list_article_versions(1)
    assert "Обновлено: добавлен абзац" in text and text[claim.start : claim.end] == quote
    assert [v.number for v in versions] == [1, 2]
    # a page that cannot be fetched changes nothing
    code, _out, err = run(catalogue_path, capsys, site.url("/gone"), "--version-of", "1")
    assert code == 1 and "404" in err
    with Catalogue.open(str(catalogue_path)) as catalogue:
        assert catalogue.get_article_text(1) == text


def cli(db: Path, capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(args[0]), "--db", str(db), *map(str, args[1:])])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_page_is_kept_as_fetched_and_a_changed_one_with_its_new_version(
    site: LocalSite, catalogue_path: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """import URL keeps the page with the article (snapshots lists it, snapshot --html writes
    it byte for byte); the same page again keeps nothing new; a changed page imported with
    --version-of is kept as the page of version 2."""
    body = russian_page()
    final = site.page("/2020/07/28/story.html", body, "text/html; charset=windows-1251")
    site.redirect("/short", "/2020/07/28/story.html", 301)
    code, out, err = run(catalogue_path, capsys, site.url("/short"), "--json")
    assert code == 0, err
    assert json.loads(out)["sha256"] == hashlib.sha256(body).hexdigest()
    code, out, err = cli(catalogue_path, capsys, "snapshots", "1", "--json")
    assert code == 0, err
    (kept,) = json.loads(out)
    assert (kept["article_id"], kept["version"], kept["url"], kept["address"]) == (
        1,
        1,
        final,
        site.url("/short"),
    )
    assert kept["redirects"] == [site.url("/short")] and kept["status"] == 200
    assert kept["content_type"] == "text/html; charset=windows-1251"
    assert (kept["size"], kept["sha256"]) == (len(body), hashlib.sha256(body).hexdigest())
    written = tmp_path / "страница.html"
    code, _out, err = cli(
        catalogue_path, capsys, "snapshot", str(kept["id"]), "--html", str(written)
    )
    assert code == 0, err
    assert written.read_bytes() == body
    # the same page again: nothing new kept
    assert run(catalogue_path, capsys, final)[:2] == (0, "1\n")
    code, out, _err = cli(catalogue_path, capsys, "snapshots", "1")
    assert code == 0 and len(out.splitlines()) == 1 and final in out
    # the page changed: imported as version 2, kept as version 2's page
    changed = article_html("Обновлено: добавлен абзац.\n\n" + sample_text(), title="Т").encode()
    site.page("/2020/07/28/story.html", changed)
    code, _out, err = run(catalogue_path, capsys, final, "--version-of", "1")
    assert code == 0, err
    code, out, err = cli(catalogue_path, capsys, "snapshots", "1", "--json")
    first, second = json.loads(out)
    assert (first["version"], second["version"]) == (1, 2) and first == kept
    assert second["sha256"] == hashlib.sha256(changed).hexdigest()
    code, _out, err = cli(
        catalogue_path, capsys, "snapshot", str(second["id"]), "--html", str(written)
    )
    assert code == 0 and written.read_bytes() == changed
    # what is not there is one line and exit 1
    code, _out, err = cli(catalogue_path, capsys, "snapshot", "99", "--html", str(written))
    assert code == 1 and "There is no page snapshot with id 99" in err
    code, _out, err = cli(catalogue_path, capsys, "snapshots", "7")
    assert code == 1 and "There is no article with id 7" in err
