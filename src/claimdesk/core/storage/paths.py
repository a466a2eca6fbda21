"""Where ClaimDesk keeps its files: the default catalogue, the index cache, the logs.

Apart from :mod:`claimdesk.core.storage.db` so that the desktop app can find its log folder and the
default catalogue before it imports the database layer (SQLAlchemy), which it loads while its
window is already on screen.
"""

from __future__ import annotations

from pathlib import Path

import appdirs

from claimdesk import APP_AUTHOR, APP_NAME

ENV_VAR = "CLAIMDESK_DATABASE_URL"
DEFAULT_FILE_NAME = "catalogue.sqlite"


def _xdg_folder(found: str, default: Path) -> Path:
    """appdirs takes $XDG_DATA_HOME and friends as they are, even empty or relative, which would
    put the catalogue under the current folder; the XDG spec says to ignore such values."""
    path = Path(found)
    return path if path.is_absolute() else default


def user_data_dir() -> Path:
    return _xdg_folder(
        appdirs.user_data_dir(APP_NAME, APP_AUTHOR), Path.home() / ".local/share" / APP_NAME
    )


def user_cache_dir() -> Path:
    return _xdg_folder(
        appdirs.user_cache_dir(APP_NAME, APP_AUTHOR), Path.home() / ".cache" / APP_NAME
    )


def user_log_dir() -> Path:
    return _xdg_folder(
        appdirs.user_log_dir(APP_NAME, APP_AUTHOR), Path.home() / ".cache" / APP_NAME / "log"
    )


def default_database_path() -> Path:
    return user_data_dir() / DEFAULT_FILE_NAME
