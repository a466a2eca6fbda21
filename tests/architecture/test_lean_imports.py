"""claimdesk-cli and the desktop app's launcher import only what a command needs.

Each check runs in a fresh Python (a subprocess) and looks at ``sys.modules`` afterwards: whether
a module was imported, never how long anything took. Listing or editing records must not load
Alembic (only needed to change a schema), the matching modules (numpy, rapidfuzz, stemmers) or
the importers; parsing arguments must not load the core at all.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import claimdesk
from claimdesk.core.catalogue import Catalogue

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "alembic",
    "numpy",
    "rapidfuzz",
    "snowballstemmer",
    "claimdesk.core.matching.similarity",
    "claimdesk.core.matching.claim_index",
    "claimdesk.core.matching.server_index",
    "claimdesk.core.importers",
    "claimdesk.core.suggest",
)


def imported_after(code: str, watched: tuple[str, ...] = HEAVY) -> list[str]:
    """Which of ``watched`` a fresh Python has imported after running ``code``."""
    script = (
        f"{code}\nimport json, sys\nprint(json.dumps([m for m in {watched!r} if m in sys.modules]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout.strip().splitlines()[-1]))


def cli(*args: str) -> str:
    """Run claimdesk-cli with ``args`` (the exit status is not checked: --version exits)."""
    return f"from claimdesk.cli import main\nmain({list(args)!r})"


def test_the_version_is_the_one_pyproject_gives() -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        assert claimdesk.__version__ == tomllib.load(file)["project"]["version"]


def test_the_console_script_answers_its_version_before_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The installed claimdesk-cli runs claimdesk.cli_entry: --version imports neither argparse
    nor the command line module, and says what the full parser says."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        scripts = tomllib.load(file)["project"]["scripts"]
    assert scripts["claimdesk-cli"] == "claimdesk.cli_entry:main"
    entry = "from claimdesk.cli_entry import main\nmain(['--version'])"
    assert imported_after(entry, ("argparse", "claimdesk.cli")) == []
    from claimdesk.cli import main as full_main
    from claimdesk.cli_entry import main as entry_main

    assert entry_main(["--version"]) == 0
    short = capsys.readouterr().out
    assert full_main(["--version"]) == 0
    assert short == capsys.readouterr().out == f"claimdesk-cli {claimdesk.__version__}\n"
    # anything else is the full command line
    assert entry_main(["articles", "--bogus"]) != 0
    assert "--bogus" in capsys.readouterr().err


def test_parsing_the_command_line_imports_no_database_layer() -> None:
    watched = (
        *HEAVY,
        "sqlalchemy",
        "sqlmodel",
        "claimdesk.core.domain.records",
        "importlib.metadata",
    )
    assert imported_after("import claimdesk.cli", watched) == []
    assert imported_after(cli("--version"), watched) == []
    assert imported_after(cli("articles", "--help"), watched) == []


def test_listing_and_attributing_load_no_migrations_matching_or_importers(
    tmp_path: Path, sample_path: Path
) -> None:
    db = str(tmp_path / "c.sqlite")
    with Catalogue.open(db) as catalogue:  # made (and migrated) here, not by the commands
        article = catalogue.add_article(sample_path.read_text(encoding="utf-8")).id
    # listing a SQLite catalogue does not even load the database layer (core/storage/quick_read.py)
    database_layer = (*HEAVY, "sqlalchemy", "sqlmodel", "claimdesk.core.catalogue.service")
    assert imported_after(cli("--db", db, "articles"), database_layer) == []
    assert imported_after(cli("--db", db, "articles", "--json"), database_layer) == []
    assert imported_after(cli("--db", db, "claims", "--json"), database_layer) == []
    assert imported_after(cli("--db", db, "claims", "--limit", "5"), database_layer) == []
    assert imported_after(cli("--db", db, "speakers"), database_layer) == []
    assert imported_after(cli("--db", db, "speakers", "--filter", "мид")) == []
    # an article's versions are listed without the anchoring (rapidfuzz) a new version needs
    assert imported_after(cli("--db", db, "versions", str(article))) == []
    # nor does attributing a quote (core/storage/quick_attribute.py), a new speaker or a known one
    attribute = cli("--db", db, "attribute", str(article), "--quote", "Байрамов отметил",
                    "--speaker", "Джейхун Байрамов")  # fmt: skip
    assert imported_after(attribute, database_layer) == []
    again = cli("--db", db, "attribute", str(article), "--quote", "Михаила Бочарникова",
                "--speaker", "джейхун байрамов", "--tag", "посол", "--json")  # fmt: skip
    assert imported_after(again, database_layer) == []
    with Catalogue.open(db) as catalogue:
        claims = catalogue.list_claims()
    assert [(c.quote, c.speaker_name) for c in claims] == [
        ("Байрамов отметил", "Джейхун Байрамов"),
        ("Михаила Бочарникова", "Джейхун Байрамов"),
    ]


def test_attributing_on_the_full_path_loads_only_what_it_needs(
    tmp_path: Path, sample_path: Path
) -> None:
    """A catalogue the quick path leaves to the full one (here: changed by another program
    since ClaimDesk closed it) loads the database layer, but not what only other commands
    need: the PostgreSQL dialect, recovery, the CSV export, matching, Alembic."""
    db = tmp_path / "c.sqlite"
    with Catalogue.open(db) as catalogue:
        article = catalogue.add_article(sample_path.read_text(encoding="utf-8")).id
    connection = sqlite3.connect(db)
    with connection:
        connection.execute("UPDATE article SET note = 'изменено' WHERE id = ?", (article,))
    connection.close()
    unneeded = (
        "sqlalchemy.dialects.postgresql",
        "claimdesk.core.storage.recovery",
        "claimdesk.core.export.csv_file",
    )
    attribute = cli("--db", str(db), "attribute", str(article), "--quote", "Байрамов отметил",
                    "--speaker", "Джейхун Байрамов")  # fmt: skip
    assert imported_after(attribute, (*HEAVY, *unneeded, "sqlalchemy")) == ["sqlalchemy"]
    with Catalogue.open(db) as catalogue:
        assert [c.quote for c in catalogue.list_claims()] == ["Байрамов отметил"]


def test_matching_commands_still_load_the_matching_modules(tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    Catalogue.open(db).close()
    assert "claimdesk.core.matching.similarity" in imported_after(
        cli("--db", db, "similar", "Мы готовы")
    )


def test_the_desktop_launcher_imports_no_database_layer() -> None:
    # the main window is shown first (its modules are Qt and the light core only); the database
    # layer and the matching modules are loaded while it is on screen
    watched = (*HEAVY, "sqlalchemy", "sqlmodel", "claimdesk.core.catalogue.service")
    assert imported_after("import claimdesk.gui.app", watched) == []


def test_the_window_loads_the_charts_library_only_for_a_chart() -> None:
    # pyqtgraph (and numpy) take a third of a second to import: the window and its tabs are
    # made without them; the first chart shown loads them (gui/charts.py)
    window = (
        "import claimdesk.gui.main_window, claimdesk.gui.browse_tabs, claimdesk.gui.chart_windows"
    )
    assert imported_after(window, ("pyqtgraph",)) == []
    chart = "from claimdesk.gui.charts import pyqtgraph\npyqtgraph()"
    assert imported_after(chart, ("pyqtgraph",)) == ["pyqtgraph"]


def test_importing_files_loads_no_web_fetcher(tmp_path: Path, sample_path: Path) -> None:
    """``import`` asks of each argument whether it is a web address before its readers start:
    that question needs no urllib3 (a tenth of a second), only an address does."""
    db = str(tmp_path / "c.sqlite")
    folder = tmp_path / "статьи"
    folder.mkdir()
    (folder / "посол.txt").write_text(sample_path.read_text(encoding="utf-8"), encoding="utf-8")
    web = ("claimdesk.core.importers.web", "urllib3")
    assert imported_after(cli("--db", db, "import", str(folder)), web) == []
    with Catalogue.open(db) as catalogue:
        assert [a.title for a in catalogue.list_articles()] != []
    # an address does load it (and is refused here: nothing is fetched from file: addresses)
    assert imported_after(cli("--db", db, "import", "file:///etc/hostname"), web) == list(web)
