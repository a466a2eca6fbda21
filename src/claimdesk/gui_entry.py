"""The ``claimdesk`` launcher (the desktop app's console script): it imports the application,
Qt and the main window, only when it runs, so that importing this module loads none of them.

A batch import's worker processes import it: they are started by "spawn", which runs the
launching script again in each worker (the script pip writes imports its entry point's module
at the top), and with the application's module as the entry point every worker loaded PySide6
and the GUI (a third of a second of CPU and some 40 MB each) before reading a single file. The
bundles have their own entry script (``packaging/claimdesk_main.py``), which does the same.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from claimdesk.gui.app import main as app_main  # noqa: PLC0415  (see the module's docstring)

    return app_main(argv)
