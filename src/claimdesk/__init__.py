"""ClaimDesk: catalogue who said what in news articles."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("claimdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "ClaimDesk"
APP_AUTHOR = "ClaimDesk"
