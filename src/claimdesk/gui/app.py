"""Application start-up: build the main window for a catalogue and run the event loop.

``build_main_window`` is what ``main()`` and the tests share: it opens the catalogue and builds
the window without entering the event loop. ``main`` adds the command line, logging, the
uncaught-exception report and a readable way out when the catalogue cannot be opened (for a
damaged catalogue file, the offer to recover what is readable into a new one and open that).
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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from claimdesk import APP_AUTHOR, APP_NAME, __version__
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.db import ENV_VAR, default_database_path, user_log_dir
from claimdesk.core.errors import CatalogueDamagedError, CatalogueOpenError, ClaimDeskError
from claimdesk.core.store import set_default_user_name
from claimdesk.gui.errors import ExceptionReporter, setup_logging
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.settings import AppSettings

log = logging.getLogger("claimdesk.gui")

DESKTOP_FILE_ID = "com.claimdesk.ClaimDesk"
"""The launcher's file name without ".desktop" (resources/); ties windows to launcher and icon."""
ICON_FILE = Path(__file__).resolve().parent / "icons" / "claimdesk.svg"
"""The window icon: a copy of resources/icons/claimdesk.svg made by tools/make_icons.py."""


def set_application_identity() -> None:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(DESKTOP_FILE_ID)


def application_icon() -> QIcon:
    """ClaimDesk's icon (needs a QGuiApplication and Qt's SVG icon engine plugin)."""
    return QIcon(str(ICON_FILE))


def set_window_icon(app: QApplication) -> None:
    """Every window of ``app`` gets ClaimDesk's icon (the launcher's comes from the theme)."""
    icon = application_icon()
    if icon.isNull():
        log.warning("the application icon %s could not be loaded", ICON_FILE)
    app.setWindowIcon(icon)


def build_main_window(db: str | None = None, *, remember: bool = True) -> MainWindow:
    """The main window for the catalogue ``db`` (a path or URL; None for the default);
    ``remember`` False keeps it from becoming the catalogue opened at the next start.

    Raises CatalogueOpenError (with a readable message) if the catalogue cannot be opened.
    """
    # Who added and changed claims: the name set in preferences, else the OS user.
    set_default_user_name(AppSettings().user_name)
    catalogue = Catalogue.open(db)
    try:
        return MainWindow(catalogue, remember_catalogue=remember)
    except BaseException:
        catalogue.close()
        raise


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="claimdesk", description="Catalogue who said what in news articles."
    )
    parser.add_argument("--db", help="the catalogue: a file path or a database URL")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="check the app works on a throwaway catalogue, then exit (0 if it does)",
    )
    parser.add_argument("files", nargs="*", help="text files to open as articles")
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
        box.setWindowTitle(f"{APP_NAME} — cannot open the catalogue")
        box.setText(message)
        recover_button = None
        if damaged is not None:
            box.setInformativeText(
                "Recover what is readable into a new catalogue (the damaged file is left as "
                "it is), open another catalogue, start a new one, or quit."
            )
            recover_button = box.addButton(
                "Recover what is readable…", QMessageBox.ButtonRole.AcceptRole
            )
        else:
            box.setInformativeText("Open another catalogue, start a new one, or quit.")
        open_button = box.addButton("Open another…", QMessageBox.ButtonRole.AcceptRole)
        new_button = box.addButton("New catalogue…", QMessageBox.ButtonRole.ActionRole)
        box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
        if recover_button is not None:
            box.setDefaultButton(recover_button)
        box.exec()
        clicked = box.clickedButton()
        if damaged is not None and clicked is recover_button:
            path = _recover(damaged)
        elif clicked is open_button:
            path, _ = QFileDialog.getOpenFileName(
                None,
                "Open catalogue",
                str(default_database_path().parent),
                "Catalogues (*.sqlite *.db);;All files (*)",
            )
        elif clicked is new_button:
            path, _ = QFileDialog.getSaveFileName(
                None,
                "New catalogue",
                str(default_database_path().parent / "claims.sqlite"),
                "Catalogues (*.sqlite)",
            )
        else:
            return None
        if path:
            return path


def _recover(damaged: Path) -> str:
    """Ask where to recover the damaged catalogue to, recover it there and say what was
    recovered; the new catalogue's path, or "" if the user cancelled or it failed (said)."""
    target, _ = QFileDialog.getSaveFileName(
        None,
        "Recover into a new catalogue",
        str(damaged.with_name(f"{damaged.stem}-recovered.sqlite")),
        "Catalogues (*.sqlite)",
    )
    if not target:
        return ""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = Catalogue.recover_into(damaged, target)
    except ClaimDeskError as error:
        QApplication.restoreOverrideCursor()
        log.warning("recovering %s into %s failed: %s", damaged, target, error)
        failed = QMessageBox(QMessageBox.Icon.Warning, f"{APP_NAME} — recovery failed", str(error))
        failed.setObjectName("recoveryFailedMessage")
        failed.exec()
        return ""
    QApplication.restoreOverrideCursor()
    log.info("recovered %s into %s: %s", damaged, target, result.summary())
    done = QMessageBox(QMessageBox.Icon.Information, f"{APP_NAME} — catalogue recovered",
                       result.summary())  # fmt: skip
    done.setObjectName("recoveredMessage")
    done.setInformativeText(
        f"The damaged catalogue {damaged.name} was left as it is. ClaimDesk opens the "
        "recovered one now."
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


def open_window(db: str | None, *, remember: bool = True) -> MainWindow | None:
    """Build the window, asking for another catalogue for as long as opening fails (one the
    user chose there is remembered)."""
    location = db
    while True:
        try:
            return build_main_window(location, remember=remember or location != db)
        except CatalogueOpenError as error:
            log.warning("cannot open the catalogue %s: %s", location or "(default)", error)
            chosen = _ask_for_catalogue(str(error), _damaged_file(error))
            if chosen is None:
                return None
            location = chosen


def open_main_window(args: argparse.Namespace) -> MainWindow | None:
    """Show the main window for the command line ``args`` and open the files it names as new
    articles (how "Open with ClaimDesk" in a file manager arrives: the launcher's ``%F``).
    None if the user gave up on opening a catalogue."""
    db = args.db
    # a catalogue named on the command line or in the environment is for that run only
    remember = db is None and not os.environ.get(ENV_VAR)
    if db is None and not os.environ.get(ENV_VAR):
        db = AppSettings().last_catalogue
    window = open_window(db, remember=remember)
    if window is None:
        return None
    window.show()
    if args.files:
        window.open_files(args.files)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv if argv is None else argv)
    if "--version" in arguments[1:]:
        # before QApplication, which would need a display
        print(f"claimdesk {__version__}")
        return 0
    set_application_identity()
    app = QApplication.instance() or QApplication(arguments)
    assert isinstance(app, QApplication)
    set_window_icon(app)
    args = parse_arguments(QCoreApplication.arguments()[1:] if argv is None else arguments[1:])
    if args.smoke:
        from claimdesk.gui.smoke import run_smoke  # noqa: PLC0415  (only for --smoke)

        return run_smoke(app)
    log_file = setup_logging(user_log_dir())
    reporter = ExceptionReporter(log_file, app)
    reporter.install()
    log.info("%s %s starting", APP_NAME, __version__)
    window = open_main_window(args)
    if window is None:
        return 1
    try:
        return app.exec()
    finally:
        reporter.uninstall()
