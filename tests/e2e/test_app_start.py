"""Starting ClaimDesk: --version without a display, --smoke on a throwaway catalogue, the window
icon and desktop file name, and files given on the command line ("Open with ClaimDesk")."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from claimdesk.core.catalogue import Catalogue
from claimdesk.gui import app as app_module
from claimdesk.gui import smoke
from claimdesk.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
CLAIMDESK = Path(sys.executable).parent / "claimdesk"


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def isolated_environment(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user whose home is ``home`` (and nothing else set up)."""
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "QT_", "CLAIMDESK_")) and k not in ("DISPLAY", "HOME")
    }
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    environment.update(HOME=str(home), TMPDIR=str(home / "tmp"), **extra)
    return environment


def run_claimdesk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    assert CLAIMDESK.is_file(), f"{CLAIMDESK} is missing: is the package installed (make venv)?"
    return subprocess.run(
        [str(CLAIMDESK), *args], check=False, capture_output=True, text=True, env=env, timeout=180
    )


def test_version_is_the_projects_and_needs_no_display(tmp_path: Path) -> None:
    # xcb with no DISPLAY aborts as soon as a QApplication is made: --version must not make one
    result = run_claimdesk("--version", env=isolated_environment(tmp_path, QT_QPA_PLATFORM="xcb"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"claimdesk {project_version()}\n"


def test_help_needs_no_display_and_speaks_the_users_language(tmp_path: Path) -> None:
    # it made the QApplication first, which aborts without a display ("could not connect")
    english = run_claimdesk("--help", env=isolated_environment(tmp_path, QT_QPA_PLATFORM="xcb"))
    assert english.returncode == 0, english.stderr
    assert english.stdout.startswith("usage: claimdesk")
    assert "--db" in english.stdout and "Catalogue who said what" in english.stdout
    russian = run_claimdesk(
        "-h", env=isolated_environment(tmp_path, QT_QPA_PLATFORM="xcb", LANG="ru_RU.UTF-8")
    )
    assert russian.returncode == 0, russian.stderr
    assert "--db" in russian.stdout and "Catalogue who said what" not in russian.stdout


@pytest.mark.slow
def test_smoke_passes_offscreen_and_touches_nothing_of_the_user(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run_claimdesk("--smoke", env=isolated_environment(home, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test passed" in result.stdout
    assert "schema at head" in result.stdout
    assert "similar claim and speaker found" in result.stdout
    # no catalogue, settings or log in the user's folders, and the temporary folder is gone
    assert sorted(p.name for p in home.iterdir()) == ["tmp"]
    assert list((home / "tmp").iterdir()) == []


def test_smoke_reports_a_failed_check_in_one_line(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(smoke, "head_revision", lambda: "9999")
    out = io.StringIO()
    assert smoke.run_smoke(qapp, out) == 1
    error_lines = capsys.readouterr().err.strip().splitlines()
    assert len(error_lines) == 1
    assert error_lines[0].startswith("claimdesk --smoke: FAILED: schema is at ")
    assert error_lines[0].endswith("newest migration is 9999")
    assert "smoke test passed" not in out.getvalue()


def test_smoke_checks_find_a_broken_matcher(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(Catalogue, "similar_claims", lambda self, text, limit=10: [])
    assert smoke.run_smoke(qapp, io.StringIO()) == 1
    assert "similar_claims did not find the new claim" in capsys.readouterr().err


def test_the_app_names_its_desktop_file_and_sets_its_icon(qapp: QApplication) -> None:
    app_module.set_application_identity()
    assert QGuiApplication.desktopFileName() == "com.claimdesk.ClaimDesk"
    app_module.set_window_icon(qapp)
    image = qapp.windowIcon().pixmap(64, 64).toImage()
    assert not image.isNull()
    assert image.pixelColor(32, 32).alpha() == 255  # drawn, not a transparent placeholder


@pytest.fixture
def accept_article_dialogs(qapp: QApplication) -> Iterator[list[str]]:
    """Press OK in every article-details dialog that opens (exec() blocks the test)."""
    seen: list[str] = []
    timer = QTimer()
    timer.setInterval(20)

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.objectName() == "articleDialog":
            seen.append(dialog.objectName())
            dialog.accept()

    timer.timeout.connect(accept)
    timer.start()
    yield seen
    timer.stop()


def open_from_command_line(qtbot: QtBot, *args: str) -> MainWindow:
    """What main() does with this command line, short of running the event loop."""
    window = app_module.open_main_window(app_module.parse_arguments(list(args)))
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_open_with_claimdesk_opens_the_file_as_a_new_article(
    qtbot: QtBot,
    settings_dir: Path,
    tmp_path: Path,
    sample_article_path: Path,
    accept_article_dialogs: list[str],
) -> None:
    # a file manager passes the absolute path of the file, whatever its name
    chosen = tmp_path / "Статья о встрече (копия).txt"
    chosen.write_bytes(sample_article_path.read_bytes())
    window = open_from_command_line(qtbot, "--db", str(tmp_path / "c.sqlite"), str(chosen))
    assert accept_article_dialogs == ["articleDialog"]  # one file: its details are asked for
    articles = window.catalogue.list_articles()
    assert len(articles) == 1
    assert articles[0].source_name == chosen.name
    text = window.catalogue.get_article_text(articles[0].id)
    assert "Джейхун Байрамов" in text
    assert window.reader.article_id == articles[0].id  # and it is the article on screen
    assert window.isVisible()
    window.close()


def test_open_with_claimdesk_on_several_files_adds_each(
    qtbot: QtBot, settings_dir: Path, tmp_path: Path, accept_article_dialogs: list[str]
) -> None:
    files = []
    for number in (1, 2):
        path = tmp_path / f"article {number}.txt"
        path.write_text(f"Статья номер {number}. Министр заявил, что всё идёт по плану.\n")
        files.append(str(path))
    window = open_from_command_line(qtbot, "--db", str(tmp_path / "c.sqlite"), *files)
    assert accept_article_dialogs == []  # several files go straight in
    names = sorted(a.source_name for a in window.catalogue.list_articles())
    assert names == ["article 1.txt", "article 2.txt"]
    window.close()
