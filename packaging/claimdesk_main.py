"""Entry point of the PyInstaller bundles: the same ``main`` as the ``claimdesk`` command."""

from __future__ import annotations

import sys

from claimdesk.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
