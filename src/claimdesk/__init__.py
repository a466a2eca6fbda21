"""ClaimDesk: catalogue who said what in news articles."""

from __future__ import annotations

__version__ = "0.1.0"
"""The version pyproject.toml gives (tests/architecture/test_lean_imports.py checks they agree).
Written here rather than read with importlib.metadata, whose import and search of the installed
packages took longer than all the rest of ``claimdesk-cli --version``."""

APP_NAME = "ClaimDesk"
APP_AUTHOR = "ClaimDesk"
