"""Application start-up: show a window, open the catalogue behind it, run the event loop.

``main`` shows the window at once and opens the catalogue off the GUI thread
(:mod:`claimdesk.gui.startup`), with the command line, logging, the uncaught-exception report
and a readable way out when the catalogue cannot be opened (for a damaged catalogue file, the
offer to recover what is readable into a new one and open that). ``open_window`` does the same
and waits for the window (tests); ``build_main_window`` opens and builds it in one go.
``claimdesk --version`` answers before any Qt object exists (no display needed);
``claimdesk --smoke`` runs :mod:`claimdesk.gui.smoke` instead of the app.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from claimdesk import APP_NAME, __version__
from claimdesk.core.catalogue import ENV_VAR, default_database_path, user_log_dir
from claimdesk.core.domain.errors import CatalogueDamagedError, CatalogueOpenError, ClaimDeskError
from claimdesk.gui.collector import GuiThreadCollector
from claimdesk.gui.colours import HighlightPalette
from claimdesk.gui.errors import ExceptionReporter, setup_logging
from claimdesk.gui.file_dialogs import new_file_name, open_file_name, save_file_name
from claimdesk.gui.identity import DESKTOP_FILE_ID as DESKTOP_FILE_ID  # noqa: PLC0414
from claimdesk.gui.identity import ICON_FILE as ICON_FILE  # noqa: PLC0414
from claimdesk.gui.identity import set_application_identity, set_window_icon
from claimdesk.gui.settings import AppSettings
from claimdesk.gui.startup import CatalogueStartup
from claimdesk.gui.theme import Theme, apply_theme
from claimdesk.gui.translations import install_translations

if TYPE_CHECKING:
    from claimdesk.gui.main_window import MainWindow

# The core and the main window are imported where they are used, not here: the launcher shows a
# window before loading them (gui/startup.py), as they take many times longer than that.

log = logging.getLogger("claimdesk.gui")

SWITCH_INTERVAL = 0.0005
"""Seconds a thread holding Python's lock runs before another may take it (Python's default is
0.005). Each time the GUI thread calls into Python (an event handler, a paint, a signal) while a
worker thread computes (loading the matching index, suggestions) it waits up to this long for the
lock, so a window that calls into Python dozens of times for one frame stalled for tenths of a
second at 0.005 (benchmarks/startup_stall.py)."""


def build_main_window(db: str | None = None, *, remember: bool = True) -> MainWindow:
    """The main window for the catalogue ``db`` (a path or URL; None for the default);
    ``remember`` False keeps it from becoming the catalogue opened at the next start.

    Raises CatalogueOpenError (with a readable message) if the catalogue cannot be opened.
    """
    from claimdesk.core.catalogue import (  # noqa: PLC0415  (see the imports)
        Catalogue,
        set_default_user_name,
    )
    from claimdesk.gui.main_window import MainWindow  # noqa: PLC0415

    # Who added and changed claims: the name set in preferences, else the OS user.
    settings = AppSettings()
    set_default_user_name(settings.user_name)
    apply_theme(Theme(settings.theme), HighlightPalette(settings.highlight_palette))
    catalogue = Catalogue.open(db)
    try:
        return MainWindow(catalogue, remember_catalogue=remember)
    except BaseException:
        catalogue.close()
        raise


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="claimdesk",
        description=QCoreApplication.translate("App", "Catalogue who said what in news articles."),
    )
    parser.add_argument(
        "--db",
        help=QCoreApplication.translate("App", "the catalogue: a file path or a database URL"),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=QCoreApplication.translate(
            "App", "check the app works on a throwaway catalogue, then exit (0 if it does)"
        ),
    )
    parser.add_argument(
        "files", nargs="*", help=QCoreApplication.translate("App", "text files to open as articles")
    )
    # Qt's own options (-platform, -style, …) were removed from argv by QApplication already
    args, _unknown = parser.parse_known_args(list(argv))
    return args


def _ask_for_catalogue(message: str, damaged: Path | None = None) -> str | None:
    """The catalogue could not be opened: offer to open another, create one, or quit; for the
    damaged catalogue file ``damaged``, first to recover what is readable of it."""
    while True:
        box = QMessageBox()
        box.setObjectName("cannotOpenCatalogueMessage")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(
            QCoreApplication.translate("App", "{app} — cannot open the catalogue").format(
                app=APP_NAME
            )
        )
        box.setText(message)
        recover_button = None
        if damaged is not None:
            box.setInformativeText(
                QCoreApplication.translate(
                    "App",
                    "Recover what is readable into a new catalogue (the damaged file is left "
                    "as it is), open another catalogue, start a new one, or quit.",
                )
            )
            recover_button = box.addButton(
                QCoreApplication.translate("App", "Recover what is readable…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        else:
            box.setInformativeText(
                QCoreApplication.translate(
                    "App", "Open another catalogue, start a new one, or quit."
                )
            )
        open_button = box.addButton(
            QCoreApplication.translate("App", "Open another…"), QMessageBox.ButtonRole.AcceptRole
        )
        new_button = box.addButton(
            QCoreApplication.translate("App", "New catalogue…"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
        if recover_button is not None:
            box.setDefaultButton(recover_button)
        box.exec()
        clicked = box.clickedButton()
        if damaged is not None and clicked is recover_button:
            path = _recover(damaged)
        elif clicked is open_button:
            path = open_file_name(
                None,
                QCoreApplication.translate("App", "Open catalogue"),
                str(default_database_path().parent),
                QCoreApplication.translate("App", "Catalogues (*.sqlite *.db);;All files (*)"),
            )
        elif clicked is new_button:
            path = new_file_name(
                None,
                QCoreApplication.translate("App", "New catalogue"),
                str(default_database_path().parent / "claims.sqlite"),
                QCoreApplication.translate("App", "Catalogues (*.sqlite)"),
                QCoreApplication.translate(
                    "App", "{name} already exists. Give the new catalogue another name."
                ),
            )
        else:
            return None
        if path:
            return path


def _recover(damaged: Path) -> str:
    """Ask where to recover the damaged catalogue to, recover it there and say what was
    recovered; the new catalogue's path, or "" if the user cancelled or it failed (said)."""
    target = save_file_name(
        None,
        QCoreApplication.translate("App", "Recover into a new catalogue"),
        str(damaged.with_name(f"{damaged.stem}-recovered.sqlite")),
        QCoreApplication.translate("App", "Catalogues (*.sqlite)"),
    )
    if not target:
        return ""
    from claimdesk.core.catalogue import Catalogue  # noqa: PLC0415  (see the imports)

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = Catalogue.recover_into(damaged, target)
    except ClaimDeskError as error:
        QApplication.restoreOverrideCursor()
        log.warning("recovering %s into %s failed: %s", damaged, target, error)
        failed = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("App", "{app} — recovery failed").format(app=APP_NAME),
            str(error),
        )
        failed.setObjectName("recoveryFailedMessage")
        failed.exec()
        return ""
    QApplication.restoreOverrideCursor()
    log.info("recovered %s into %s: %s", damaged, target, result.summary())
    done = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("App", "{app} — catalogue recovered").format(app=APP_NAME),
        result.summary(),
    )
    done.setObjectName("recoveredMessage")
    done.setInformativeText(
        QCoreApplication.translate(
            "App",
            "The damaged catalogue {name} was left as it is. ClaimDesk opens the "
            "recovered one now.",
        ).format(name=damaged.name)
    )
    done.setDetailedText("\n".join(table.describe() for table in result.tables))
    done.exec()
    return target


def _damaged_file(error: CatalogueOpenError) -> Path | None:
    """The damaged catalogue file ``error`` is about, if it is one (a team catalogue on a
    server is recovered by its administrator, not here)."""
    if not isinstance(error, CatalogueDamagedError):
        return None
    location = error.location
    if isinstance(location, str | os.PathLike) and "://" not in str(location):
        path = Path(location)
        return path if path.is_file() else None
    return None


def ask_another(error: CatalogueOpenError) -> str | None:
    """The catalogue could not be opened: what to open instead (None: give up)."""
    return _ask_for_catalogue(str(error), _damaged_file(error))


def start_window(db: str | None, *, remember: bool = True) -> CatalogueStartup:
    """Show the window and start opening the catalogue ``db`` behind it, asking for another
    catalogue for as long as opening fails (one the user chose there is remembered); the
    startup's ``done`` says when the main window is up (or the user gave up)."""
    startup = CatalogueStartup(db, remember=remember, ask_another=ask_another)
    startup.start()
    return startup


def open_window(db: str | None, *, remember: bool = True) -> MainWindow | None:
    """:func:`start_window`, waiting for the main window (None if the user gave up)."""
    startup = start_window(db, remember=remember)
    if not startup.finished:
        loop = QEventLoop()
        startup.done.connect(loop.quit)
        loop.exec()
    return startup.window


def _catalogue_to_open(args: argparse.Namespace) -> tuple[str | None, bool]:
    """The catalogue the command line ``args`` asks for, and whether to remember it: one named
    on the command line or in the environment is for that run only."""
    db = args.db
    remember = db is None and not os.environ.get(ENV_VAR)
    if db is None and not os.environ.get(ENV_VAR):
        db = AppSettings().last_catalogue
    return db, remember


def open_main_window(args: argparse.Namespace) -> MainWindow | None:
    """Show the main window for the command line ``args`` and open the files it names as new
    articles (how "Open with ClaimDesk" in a file manager arrives: the launcher's ``%F``).
    None if the user gave up on opening a catalogue."""
    db, remember = _catalogue_to_open(args)
    window = open_window(db, remember=remember)
    if window is not None and args.files:
        window.articles.open_files(args.files)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # a frozen build's batch-import workers start the executable again: run them as such
        import multiprocessing  # noqa: PLC0415

        multiprocessing.freeze_support()
    arguments = list(sys.argv if argv is None else argv)
    if "--version" in arguments[1:]:
        # before QApplication, which would need a display
        print(f"claimdesk {__version__}")
        return 0
    if {"-h", "--help"} & set(arguments[1:]):
        # the help in the user's language, without a window system: a QCoreApplication needs
        # no display (a QApplication aborted without one); argparse prints it and exits
        QCoreApplication.instance() or QCoreApplication(arguments[:1])
        set_application_identity()
        install_translations()
        parse_arguments(arguments[1:])
    sys.setswitchinterval(SWITCH_INTERVAL)
    set_application_identity()
    app = QApplication.instance() or QApplication(arguments)
    assert isinstance(app, QApplication)
    # cycles are freed on this thread, never in a worker's (a Qt object freed there crashed)
    collector = GuiThreadCollector(app)
    collector.install()
    set_window_icon(app)
    install_translations()  # the preference ui/language, else the system's: before any widget
    args = parse_arguments(QCoreApplication.arguments()[1:] if argv is None else arguments[1:])
    if args.smoke:
        from claimdesk.gui.smoke import run_smoke  # noqa: PLC0415  (only for --smoke)

        try:
            return run_smoke(app)
        finally:
            collector.uninstall()
    log_file = setup_logging(user_log_dir())
    reporter = ExceptionReporter(log_file, app)
    reporter.install()
    log.info("%s %s starting", APP_NAME, __version__)
    settings = AppSettings()
    apply_theme(Theme(settings.theme), HighlightPalette(settings.highlight_palette))
    db, remember = _catalogue_to_open(args)
    startup = start_window(db, remember=remember)

    def started() -> None:
        if startup.window is None:  # the user gave up on opening a catalogue
            app.exit(1)
        elif args.files:
            startup.window.articles.open_files(args.files)

    startup.done.connect(started)
    try:
        return app.exec()
    finally:
        # a quit the last window's closing posted while exit(1) ended the loop first would
        # otherwise end the next event loop of this process at once (tests run main() in one)
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)
        startup.wait()
        reporter.uninstall()
        collector.uninstall()  # tests run main() in their own process: Python collects again
