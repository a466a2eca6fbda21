"""Test set-up shared by every test: no test touches the real user's settings or catalogue.

Runs at import time, before any test module imports Qt or appdirs: Qt is told to draw offscreen,
and the XDG folders and HOME that appdirs and QSettings use point into one temporary folder.
No Qt import here, so the core tests run without Qt installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Property tests have no deadline: a deadline is a wall-clock assertion, and on a shared machine
# under load an example that takes 200 ms is slow, not wrong.
settings.register_profile("claimdesk", deadline=None)
settings.load_profile("claimdesk")

# The catalogue fixtures (a catalogue on SQLite and on PostgreSQL per test, the sample article).
pytest_plugins = ["catalogue_backends"]

SESSION_DIR = Path(tempfile.mkdtemp(prefix="claimdesk-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
for variable, folder in (
    ("HOME", "home"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_RUNTIME_DIR", "runtime"),
):
    (SESSION_DIR / folder).mkdir(mode=0o700)
    os.environ[variable] = str(SESSION_DIR / folder)
os.environ.pop("CLAIMDESK_DATABASE_URL", None)
# The command line speaks English in the tests whatever the machine's locale (claimdesk.i18n_text);
# the tests of its Russian set the language themselves.
os.environ["CLAIMDESK_LANG"] = "en"

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_ARTICLE = REPO_ROOT / "tests" / "data" / "ru-sputnik-baku-ambassador.txt"
"""The project's sample article, copied from ../shared/samples so every clone has it."""


def _build_translations() -> None:
    """Compile the translations into the package if they are missing or older than their .ts
    files, as ``make translations`` does (tools/translations.py), so that a test run never depends
    on someone having run make: the app, the CLI in a subprocess and the bundle all read them
    where a user's install has them. Missing Qt tools stop the run with a message saying so."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "claimdesk_translations_tool", REPO_ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    try:
        tool.build(quiet=True)
    except SystemExit as error:
        pytest.exit(f"cannot build the translations for the tests: {error}", returncode=1)


def pytest_sessionstart(session: pytest.Session) -> None:
    _build_translations()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(SESSION_DIR, ignore_errors=True)


@pytest.fixture
def catalogue_path(tmp_path: Path) -> Path:
    """A path for a fresh catalogue file (created when first opened)."""
    return tmp_path / "catalogue.sqlite"


@pytest.fixture
def sample_article_path() -> Iterator[Path]:
    if not SAMPLE_ARTICLE.exists():
        pytest.fail(f"the sample article is missing: {SAMPLE_ARTICLE}")
    yield SAMPLE_ARTICLE


@pytest.fixture
def settings_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """QSettings in a fresh folder for this test (Qt is imported here, not at module level)."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield folder
    QSettings().clear()


class ErrorBoxAnswerer:
    """Answers every error message box that opens modally (object name "errorMessage") with its
    OK button, as a user reading it would, and keeps its text."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "errorMessage" and box.isVisible():
            self.texts.append(box.text())
            box.buttons()[0].click()

    def stop(self) -> None:
        self.timer.stop()


def build_translations(sources: list[Path], target: Path) -> Path:
    """The .ts files ``sources`` compiled into the .qm file ``target`` with pyside6-lrelease."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    command = [str(lrelease if lrelease.exists() else "pyside6-lrelease")]
    subprocess.run(
        [*command, *map(str, sources), "-qm", str(target)], check=True, capture_output=True
    )
    return target


@pytest.fixture(scope="session")
def english_plurals(qapp: Any) -> Iterator[None]:
    """English as the app speaks it: "1 claim", "2 claims". Qt's plural forms ("%n claim(s)")
    need an English translation, built here from the English .ts files."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    translations = REPO_ROOT / "resources" / "translations"
    sources = sorted(translations.glob("claimdesk_en.ts")) + sorted(
        translations.glob("parts/en_*.ts")
    )
    translator = QTranslator()
    if sources:
        assert translator.load(str(build_translations(sources, SESSION_DIR / "english.qm")))
        QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _english_in_qt_tests(request: pytest.FixtureRequest) -> None:
    """Every test that uses Qt sees the English plural forms (tests without Qt load no Qt)."""
    if "qapp" in request.fixturenames:
        request.getfixturevalue("english_plurals")


_COLLECTORS: list[Any] = []
"""The running Qt test's GuiThreadCollector, if it uses Qt."""


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Once a Qt test's body returns, nothing is collected until its teardown has had Qt
    delete the widgets it made: its local names are gone, and a window of its own (a view a
    test built) could otherwise be collected as a cycle while Qt still had it, its Python
    half cleared under a live widget (a model without its attributes, still painted)."""
    try:
        return (yield)
    finally:
        for collector in _COLLECTORS:
            collector.pause()


@pytest.fixture(autouse=True)
def _cycles_freed_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """A Qt test collects reference cycles on the GUI thread, as the app does (a widget freed
    by a worker thread's collection crashed a later test); the rest as Python does. The
    windows the test made and left are deleted by Qt, then the cycles are collected."""
    if "qapp" not in request.fixturenames:
        yield
        return
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from claimdesk.gui.collector import GuiThreadCollector

    collector = GuiThreadCollector(request.getfixturevalue("qapp"))
    before = QApplication.topLevelWidgets()  # held: their ids stay theirs
    known = set(map(id, before))
    collector.install()
    _COLLECTORS.append(collector)
    yield
    _COLLECTORS.remove(collector)
    collector.pause()
    for widget in QApplication.topLevelWidgets():
        if (
            id(widget) not in known
            and shiboken6.createdByPython(widget)
            and shiboken6.ownedByPython(widget)
        ):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    collector.uninstall()
    collector.deleteLater()
    left = qt_objects_left_to_the_collector()
    assert not left, f"ClaimDesk's Qt objects left to Python's garbage collector: {left}"


def qt_objects_left_to_the_collector() -> list[str]:
    """The live Qt objects of ClaimDesk's own classes among the reference cycles no longer
    reachable (the young generations'), which are then deleted by Qt. Collecting one itself
    clears its Python half while Qt still has it: a slot or an overridden method then runs
    without its attributes (a table model without its row count, still painted), or crashes."""
    import gc

    import shiboken6
    from PySide6.QtCore import QObject

    gc.set_debug(gc.DEBUG_SAVEALL)  # the unreachable kept in gc.garbage, not freed
    try:
        gc.collect(1)
    finally:
        gc.set_debug(0)
    found, gc.garbage[:] = gc.garbage[:], []
    left = [
        thing
        for thing in found
        if isinstance(thing, QObject)
        and shiboken6.isValid(thing)
        and type(thing).__module__.startswith("claimdesk.")
    ]
    names = [type(thing).__qualname__ for thing in left]
    for thing in left:
        thing.deleteLater()
    return names


@pytest.fixture
def russian_ui(qapp: Any) -> Iterator[None]:
    """The app speaks Russian from here to the end of the test, as a user whose system or
    preference is Russian sees it: the package's translations, installed as the app installs them
    at start (request it before ``main_window``: a widget's texts are set when it is built)."""
    from claimdesk.gui.translations import install_translations, remove_translations

    assert install_translations("ru") == "ru"
    yield
    remove_translations()


@pytest.fixture
def error_boxes(qapp: Any) -> Iterator[list[str]]:
    """The texts of the error message boxes answered during the test (see ErrorBoxAnswerer)."""
    answerer = ErrorBoxAnswerer()
    yield answerer.texts
    answerer.stop()


@pytest.fixture(scope="session")
def russian_parser_loaded() -> None:
    """The Russian parser loaded once for the session, as in an app that has read a Russian
    article before: a window's suggestions for a short article then come at once (the first
    load, read off the window's thread, is tested in tests/gui/test_suggestions_first_load.py)."""
    from claimdesk.core.suggest.russian_nlp import models

    models()


@pytest.fixture
def main_window(
    qtbot: Any,
    catalogue_path: Path,
    settings_dir: Path,
    error_boxes: list[str],
    russian_parser_loaded: None,
) -> Iterator[Any]:
    """The ClaimDesk main window over a fresh catalogue, shown. Its error message boxes really
    open; ``error_boxes`` answers them (OK) and keeps their texts; the window's ``error_shown``
    signal carries them too."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from claimdesk.gui.app import build_main_window, set_application_identity

    set_application_identity()
    assert QCoreApplication.applicationName() == "ClaimDesk"
    window = build_main_window(str(catalogue_path))
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    yield window
    window.close()
    # destroyed here, not in whatever event loop the next test runs first: anything its
    # destruction sets off is then this test's
    if shiboken6.isValid(window):
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
