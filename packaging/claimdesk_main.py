"""Entry point of the PyInstaller bundles: the same ``main`` as the ``claimdesk`` command."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    # A batch import's reader processes start the bundle's executable again: freeze_support
    # runs such a process as the worker it is (and exits) before anything of the app loads.
    multiprocessing.freeze_support()
    from claimdesk.gui.app import main

    sys.exit(main())
