"""Application start-up: build the main window for a catalogue and run the event loop."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QMainWindow

from claimdesk import APP_NAME, __version__
from claimdesk.core.catalogue import Catalogue


def build_main_window(db: str | None = None) -> QMainWindow:
    """The main window for the catalogue ``db`` (a path or URL; None for the default)."""
    catalogue = Catalogue.open(db)
    window = QMainWindow()
    window.setWindowTitle(f"{APP_NAME} — {catalogue.location}")
    window.resize(1200, 800)
    window.setProperty("catalogue_location", catalogue.location)
    window.destroyed.connect(catalogue.close)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv if argv is None else argv)
    app = QApplication.instance() or QApplication(args)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    db = args[args.index("--db") + 1] if "--db" in args[:-1] else None
    window = build_main_window(db)
    window.show()
    return app.exec()
