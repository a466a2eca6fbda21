"""The freedesktop launcher in resources/: valid, and tied to the app's window, icon and files."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

from claimdesk import APP_NAME
from claimdesk.gui.app import DESKTOP_FILE_ID

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_FILE = ROOT / "resources" / f"{DESKTOP_FILE_ID}.desktop"
# What the importers read; "Open with ClaimDesk" is offered for these.
OPENED_TYPES = {
    "text/plain",
    "text/markdown",
    "text/html",
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


class CaseKeepingParser(configparser.ConfigParser):
    """Desktop-entry keys are case-sensitive (configparser lowercases them by default)."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def desktop_entry() -> dict[str, str]:
    parser = CaseKeepingParser(interpolation=None)
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_file_passes_desktop_file_validate() -> None:
    validator = shutil.which("desktop-file-validate")
    assert validator, "desktop-file-validate is missing: make sysdeps (desktop-file-utils)"
    result = subprocess.run(
        [validator, str(DESKTOP_FILE)], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # no warnings or hints either


def test_launcher_names_the_app_and_opens_files() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["GenericName"] and entry["Comment"]
    assert entry["Categories"].rstrip(";").split(";")
    # %F: the file manager passes every chosen file; main() opens each as a new article
    assert entry["Exec"].split() == ["claimdesk", "%F"]
    assert set(entry["MimeType"].rstrip(";").split(";")) == OPENED_TYPES


def test_launcher_matches_the_running_window_and_the_icon() -> None:
    entry = desktop_entry()
    # Qt sets WM_CLASS to (program name, application name): docks match StartupWMClass to the
    # class, and Wayland compositors match the app id (the desktop file name) to this file.
    assert entry["StartupWMClass"] == APP_NAME
    assert DESKTOP_FILE.name == f"{DESKTOP_FILE_ID}.desktop"
    icon = entry["Icon"]
    assert icon == "claimdesk"
    assert (ROOT / "resources" / "icons" / "hicolor" / "48x48" / "apps" / f"{icon}.png").is_file()
    assert (ROOT / "resources" / "icons" / f"{icon}.svg").is_file()
