"""ClaimDesk on an X desktop, watched from outside: the installed binary started for a fresh user
with its own catalogue, its output and log, the catalogue read through ``claimdesk-cli``, and the
moves a person makes in it (keys in the reader, the speaker picker, finding text on the screen).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from test_app_start import isolated_environment
from x11_desktop import Box, Desktop, DesktopError, bounding_box, changed_highlight, wait_until

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CLAIMDESK = BIN / "claimdesk"
CLI = BIN / "claimdesk-cli"
ARTICLE = (ROOT / "tests" / "data" / "ru-sputnik-baku-ambassador.txt").read_text(encoding="utf-8")

# window titles, as the GUI code sets them
UNEXPECTED_ERROR = r"^ClaimDesk — unexpected error$"
PICKER = r"^Attribute$"
ARTICLE_DIALOG = r"^Article details$"
EDIT_ARTICLE_DIALOG = r"^Edit article details$"
EXPORT = r"^Export claims$"
MERGE = r"^Merge speakers$"
NOTHING_COPIED = "(nothing copied)"
"""Put on the clipboard before a Ctrl+C whose result the walk reads."""


def main_window_title(db: Path) -> str:
    """The title names the file and its folder ("ClaimDesk — walk.sqlite in /tmp/…")."""
    return rf"^ClaimDesk — {re.escape(db.name)} in {re.escape(str(db.parent))}$"


def app_environment(home: Path) -> dict[str, str]:
    """A fresh user; the installed scripts run this checkout's code (its src first on the path)."""
    environment = isolated_environment(home, QT_QPA_PLATFORM="xcb")
    environment["PYTHONPATH"] = str(ROOT / "src")
    environment.setdefault("LANG", "C.UTF-8")
    return environment


@dataclass(frozen=True, slots=True)
class Quote:
    """A claim the walk makes: its exact text in the sample article, its speaker and kind."""

    text: str
    speaker: str
    kind: str

    @property
    def start(self) -> int:
        assert ARTICLE.count(self.text) == 1, f"not one place in the article: {self.text!r}"
        return ARTICLE.index(self.text)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class RunningApp:
    """``claimdesk --db folder/walk.sqlite`` on ``desktop``, and what the walk does with it."""

    def __init__(self, desktop: Desktop, folder: Path, label: str) -> None:
        self.desktop = desktop
        self.folder = folder
        self.label = label
        self.home = Path(desktop.environment["HOME"])
        self.db = folder / "walk.sqlite"
        self.main_window = main_window_title(self.db)
        self.shot_number = 0
        self.began = time.monotonic()
        self.output = folder / "app-output.txt"
        assert CLAIMDESK.is_file(), f"{CLAIMDESK} is missing: is the package installed?"
        with self.output.open("wb") as output:
            self.process = desktop.start(
                [str(CLAIMDESK), "--db", str(self.db)], stdout=output, stderr=subprocess.STDOUT
            )
        desktop.watch = self.check

    # -- watching it -----------------------------------------------------------------------------

    def diagnostics(self) -> str:
        logs = sorted(self.home.rglob("claimdesk.log"))
        log = logs[0].read_text(errors="replace")[-4000:] if logs else "(no log file)"
        output = self.output.read_text(errors="replace")[-4000:]
        return f"\n--- app output ---\n{output}\n--- app log ---\n{log}"

    def check(self) -> None:
        """Fail at once if the app has gone, or shows its unexpected-error box."""
        code = self.process.poll()
        if code is not None:
            raise DesktopError(f"the app exited with code {code}{self.diagnostics()}")
        if self.desktop.windows(UNEXPECTED_ERROR):
            self.shot("unexpected-error")
            raise DesktopError(f"the app met an unexpected error{self.diagnostics()}")

    def shot(self, name: str) -> Path:
        self.shot_number += 1
        print(f"{self.label}: {time.monotonic() - self.began:5.1f} s  {name}")
        return self.desktop.screenshot(f"{self.shot_number:02d}-{name}")

    def note(self, text: str) -> None:
        print(f"{self.label}: {text}")

    def quit(self) -> None:
        """Ctrl+Q in the main window; the app must end cleanly."""
        self.desktop.activate(self.desktop.wait_window(self.main_window))
        self.desktop.key("ctrl+q")
        try:
            code = self.process.wait(timeout=30)
        except subprocess.TimeoutExpired as error:
            raise DesktopError(f"the app did not quit on Ctrl+Q{self.diagnostics()}") from error
        assert code == 0, f"the app quit with code {code}{self.diagnostics()}"

    # -- the catalogue, read from outside --------------------------------------------------------

    def cli(self, *args: str) -> Any:
        """``claimdesk-cli --db walk.sqlite ARGS --json``, parsed."""
        result = subprocess.run(
            [str(CLI), "--db", str(self.db), *args, "--json"],
            env=self.desktop.environment,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def claims(self) -> list[dict[str, Any]]:
        return sorted(self.cli("claims"), key=lambda c: c["claim_id"])

    def speakers(self) -> dict[str, dict[str, Any]]:
        return {s["name"]: s for s in self.cli("speakers")}

    def check_new_claim(self, quote: Quote, count: int) -> dict[str, Any]:
        """Wait for the ``count``-th claim; it must be ``quote`` (text, span, speaker, kind)."""

        def stored() -> list[dict[str, Any]] | None:
            self.check()
            claims = self.claims()
            return claims if len(claims) >= count else None

        claims = wait_until(f"{count} claims in the catalogue", stored, 20, interval=0.2)
        assert len(claims) == count, claims
        claim = claims[-1]
        found = (claim["quote"], claim["speaker"], claim["kind"], claim["start"], claim["end"])
        assert found == (quote.text, quote.speaker, quote.kind, quote.start, quote.end), (
            f"claim {count} is {found}, expected {quote}"
        )
        return claim

    # -- the reader ------------------------------------------------------------------------------

    def to_reader(self) -> None:
        """Ctrl+2: the reader tab, with the keyboard focus in the article."""
        self.desktop.key("ctrl+2")

    def press(self, key: str, times: int = 1) -> None:
        if times > 0:
            self.desktop.key(key, repeat=times, delay_ms=1)

    def selected(self) -> str:
        """What is selected in the app now (the X primary selection)."""
        return self.desktop.read_selection("primary")

    def wait_selected(self, text: str) -> None:
        wait_until(f"the selection {text[:60]!r}…", lambda: self.selected() == text, 10)

    def wait_selection_changes(self, before: str) -> str:
        def changed() -> str | None:
            now = self.selected()
            return now if now and now != before else None

        return wait_until("the selection to change", changed, 10)

    def copy(self, timeout: float = 5.0) -> str:
        """Ctrl+C, and what it copied (fails if nothing was copied within ``timeout``)."""

        def copied() -> str | None:
            text = self.desktop.read_selection()
            return text if text and text != NOTHING_COPIED else None

        self.desktop.offer_clipboard(NOTHING_COPIED)
        self.desktop.key("ctrl+c")
        return wait_until("something copied", copied, timeout)

    def locate(self, keys: list[tuple[str, int]], start: int, end: int) -> Box:
        """Where the article's characters ``start``–``end`` are on the screen: select them with
        ``keys`` (key, times), note which pixels take the selection colour, clear the selection
        again (the walk's eyes: the mouse then acts on that place)."""
        self.to_reader()
        for key, times in keys:
            self.press(key, times)
        self.wait_selected(ARTICLE[start:end])
        with_selection = self.desktop.settled_grab()
        self.desktop.key("Right")

        def cleared() -> np.ndarray | None:
            mask = changed_highlight(with_selection, self.desktop.settled_grab())
            return mask if mask.sum() > 20 else None

        box = bounding_box(wait_until("the selection to be painted away", cleared, 10))
        assert box.right - box.left > 3 and box.height > 8, f"not text: {box}"
        return box

    # -- dialogs ---------------------------------------------------------------------------------

    def answer_picker(
        self,
        name: str = "",
        *,
        role: str = "",
        organisation: str = "",
        kind_key: str = "",
        shot: str,
    ) -> None:
        """In the speaker picker: type the name (Alt+S; none keeps what it proposes), for a new
        speaker the role (Alt+R) and organisation (Alt+O), the kind by its first letter (Alt+K),
        then Enter."""
        d = self.desktop
        d.activate(d.wait_window(PICKER))
        if name:
            d.key("alt+s", "ctrl+a")
            d.type(name)
        if role:
            d.key("alt+r")
            d.type(role)
        if organisation:
            d.key("alt+o")
            d.type(organisation)
        if kind_key:
            d.key("alt+k", kind_key)
        self.shot(shot)
        d.key("Return")
        d.wait_gone(PICKER)
