"""A throwaway X desktop for end-to-end walks: Xvfb on a free display, the openbox window manager,
and the tools that stand in for a person's hands and eyes: xdotool (keys, mouse, windows), xclip
(the clipboard and the primary selection) and ImageMagick's ``import`` (screenshots).

Nothing here reaches into the app: it is driven only through the X server, as a person would.
Every wait has a deadline, and :func:`x_desktop` kills everything it started (the app, the
clipboard owner, openbox, Xvfb) however the walk ends.
"""

from __future__ import annotations

import os
import re
import select
import shutil
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import numpy as np

T = TypeVar("T")
TOOLS = ("Xvfb", "openbox", "xdotool", "xclip", "import", "setxkbmap")
KEYBOARD_LAYOUTS = "us,ru"
"""Cyrillic in the keymap, so xdotool types it without remapping keys on the fly (which loses
letters when the app is busy while the next letter's mapping is already in place)."""
COMMAND_TIMEOUT = 20.0


class DesktopError(AssertionError):
    """Something the walk waited for did not happen in time (a test failure, with details)."""


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on the screen, in pixels."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def centre(self) -> tuple[int, int]:
        return (self.left + self.right) // 2, (self.top + self.bottom) // 2

    @property
    def height(self) -> int:
        return self.bottom - self.top + 1


def wait_until(
    what: str, check: Callable[[], T | None], timeout: float, interval: float = 0.05
) -> T:
    """Poll ``check`` until it gives something other than None (or False); fail after
    ``timeout`` seconds saying ``what`` was awaited."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value is not None and value is not False:
            return value
        if time.monotonic() > deadline:
            raise DesktopError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


@dataclass
class Desktop:
    """One running X display with a window manager; methods act on it like a person would."""

    display: str
    width: int
    height: int
    shots: Path
    environment: dict[str, str]
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    watch: Callable[[], None] = lambda: None
    """Called while waiting: raises if the app died or showed an error (set by the walk)."""

    # -- running X tools -----------------------------------------------------------------------

    def run(self, *command: str, timeout: float = COMMAND_TIMEOUT, check: bool = True) -> str:
        try:
            result = subprocess.run(
                command,
                env=self.environment,
                capture_output=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise DesktopError(f"{' '.join(command)} took more than {timeout:.0f} s") from error
        if check and result.returncode != 0:
            raise DesktopError(
                f"{' '.join(command)} failed ({result.returncode}): "
                f"{result.stderr.decode(errors='replace')}"
            )
        return result.stdout.decode("utf-8", errors="replace")

    def start(self, command: Sequence[str], **kwargs: object) -> subprocess.Popen[bytes]:
        """Start a process on this display; it is killed when the desktop goes away."""
        kwargs.setdefault("env", self.environment)
        process: subprocess.Popen[bytes] = subprocess.Popen(  # type: ignore[call-overload]
            list(command), start_new_session=True, **kwargs
        )
        self.processes.append(process)
        return process

    # -- keyboard and mouse --------------------------------------------------------------------

    def key(self, *keys: str, repeat: int = 1, delay_ms: int = 12) -> None:
        """Press keys (xdotool names: ``ctrl+shift+v``, ``Return``, ``F8``) one after another."""
        args = ["xdotool", "key", "--delay", str(delay_ms)]
        if repeat > 1:
            args += ["--repeat", str(repeat)]
        self.run(*args, *keys, timeout=COMMAND_TIMEOUT + repeat * 0.05)

    def type(self, text: str, delay_ms: int = 15) -> None:
        self.run("xdotool", "type", "--delay", str(delay_ms), "--", text)

    def move(self, x: int, y: int) -> None:
        # not --sync: that waits for the pointer to move, forever when it is there already
        self.run("xdotool", "mousemove", str(x), str(y))
        wait_until(
            f"the pointer at {x},{y}",
            lambda: self.run("xdotool", "getmouselocation", "--shell").startswith(
                f"X={x}\nY={y}\n"
            ),
            5,
        )

    def click(self, x: int, y: int, *, button: int = 1, times: int = 1) -> None:
        self.move(x, y)
        self.run("xdotool", "click", "--repeat", str(times), "--delay", "120", str(button))

    def drag(self, start: tuple[int, int], end: tuple[int, int], steps: int = 8) -> None:
        """Press the left button at ``start``, move to ``end`` in small steps, release."""
        self.move(*start)
        self.run("xdotool", "mousedown", "1")
        for step in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * step // steps
            y = start[1] + (end[1] - start[1]) * step // steps
            self.move(x, y)
            time.sleep(0.02)
        self.run("xdotool", "mouseup", "1")

    # -- windows -------------------------------------------------------------------------------

    def windows(self, name: str = "", *, class_name: str = "") -> list[int]:
        """Visible windows whose title matches the regular expression ``name`` (or of a class)."""
        how = ["--class", class_name] if class_name else ["--name", name]
        found = self.run("xdotool", "search", "--onlyvisible", *how, check=False)
        return [int(w) for w in found.split()]

    def geometry(self, window: int) -> Box:
        shown = self.run("xdotool", "getwindowgeometry", "--shell", str(window))
        values = dict(line.split("=", 1) for line in shown.split())
        x, y, w, h = (int(values[k]) for k in ("X", "Y", "WIDTH", "HEIGHT"))
        return Box(x, y, x + w - 1, y + h - 1)

    def wait_window(self, name: str, timeout: float = 15.0) -> int:
        """The visible window whose title matches ``name`` (exactly one), once it is shown."""

        def shown() -> int | None:
            self.watch()
            found = self.windows(name)
            return found[0] if len(found) == 1 else None

        return wait_until(f"a window titled /{name}/", shown, timeout)

    def wait_gone(self, name: str, timeout: float = 15.0) -> None:
        def gone() -> bool:
            self.watch()
            return not self.windows(name)

        wait_until(f"the window /{name}/ to close", gone, timeout)

    def activate(self, window: int) -> None:
        """Raise and focus a window through the window manager, as a click on it would."""
        self.run("xdotool", "windowactivate", "--sync", str(window), timeout=10)
        wait_until(
            f"window {window} to have the focus",
            lambda: self.run("xdotool", "getactivewindow", check=False).strip() == str(window),
            10,
        )

    # -- clipboard and selection ---------------------------------------------------------------

    def offer_clipboard(self, text: str) -> subprocess.Popen[bytes]:
        """Put ``text`` on the CLIPBOARD (xclip keeps serving it until someone else copies)."""
        owner = self.start(
            ["xclip", "-selection", "clipboard", "-quiet", "-i"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        assert owner.stdin is not None
        owner.stdin.write(text.encode("utf-8"))
        owner.stdin.close()
        wait_until("the clipboard to hold the text", lambda: self.read_selection() == text, 10)
        return owner

    def read_selection(self, which: str = "clipboard") -> str:
        """The text of an X selection: ``clipboard``, or ``primary`` (what is selected now)."""
        return self.run("xclip", "-o", "-selection", which, timeout=5, check=False)

    # -- eyes ----------------------------------------------------------------------------------

    def screenshot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.run("import", "-window", "root", str(path))
        return path

    def grab(self) -> np.ndarray:
        """The screen as a height × width × 3 array of RGB bytes."""
        raw = subprocess.run(
            ["import", "-window", "root", "-depth", "8", "rgb:-"],
            env=self.environment,
            capture_output=True,
            timeout=COMMAND_TIMEOUT,
            check=True,
        ).stdout
        return np.frombuffer(raw, dtype=np.uint8).reshape(self.height, self.width, 3)

    def settled_grab(self, timeout: float = 5.0) -> np.ndarray:
        """The screen once two grabs in a row agree (the last repaint has finished)."""
        deadline = time.monotonic() + timeout
        last = self.grab()
        while True:
            now = self.grab()
            if np.array_equal(now, last) or time.monotonic() > deadline:
                return now
            last = now


def changed_highlight(with_selection: np.ndarray, without: np.ndarray) -> np.ndarray:
    """Pixels painted in the selection colour in ``with_selection`` and not in ``without``. The
    selection colour is the most common coloured (not grey) one among the pixels that differ:
    text that changed elsewhere on the screen is drawn in greys."""
    differs = np.any(with_selection != without, axis=2)
    channels = with_selection.astype(np.int16)
    coloured: np.ndarray = differs & (channels.max(axis=2) - channels.min(axis=2) > 40)
    if not coloured.any():
        return coloured
    colours = Counter(map(tuple, with_selection[coloured].reshape(-1, 3).tolist()))
    colour = np.array(colours.most_common(1)[0][0], dtype=np.uint8)
    same: np.ndarray = coloured & np.all(with_selection == colour, axis=2)
    return same


def bounding_box(mask: np.ndarray) -> Box:
    rows = np.flatnonzero(mask.any(axis=1))
    columns = np.flatnonzero(mask.any(axis=0))
    return Box(int(columns[0]), int(rows[0]), int(columns[-1]), int(rows[-1]))


def _start_xvfb(width: int, height: int, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Xvfb on the first free display number (it writes the number it took to ``-displayfd``)."""
    read_end, write_end = os.pipe()
    with log.open("wb") as log_file:
        server = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                f"{width}x{height}x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_end,),
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            ready, _, _ = select.select([read_end], [], [], max(0.0, remaining))
            chunk = os.read(read_end, 64) if ready else b""
            if not chunk:
                _stop(server)
                raise DesktopError(f"Xvfb did not start: {log.read_text(errors='replace')}")
            number += chunk
    finally:
        os.close(read_end)
    return server, f":{int(number)}"


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


@contextmanager
def x_desktop(
    width: int, height: int, folder: Path, environment: dict[str, str]
) -> Iterator[Desktop]:
    """Xvfb at ``width``×``height``×24 with openbox running on it, keyboard layouts us and ru;
    screenshots go to ``folder``/shots. ``environment`` is the base for every process started
    on it (DISPLAY is added). Everything started is stopped on the way out."""
    shots = folder / "shots"
    shots.mkdir(parents=True, exist_ok=True)
    server, display = _start_xvfb(width, height, folder / "xvfb.log")
    desktop = Desktop(display, width, height, shots, {**environment, "DISPLAY": display})
    desktop.processes.append(server)
    try:
        desktop.run("setxkbmap", "-layout", KEYBOARD_LAYOUTS)
        with (folder / "openbox.log").open("wb") as log_file:
            desktop.start(["openbox", "--sm-disable"], stdout=log_file, stderr=subprocess.STDOUT)
        # openbox announces itself by setting the EWMH desktop properties on the root window
        wait_until(
            "openbox to manage the display",
            lambda: re.fullmatch(r"\d+\n", desktop.run("xdotool", "get_num_desktops", check=False)),
            20,
        )
        yield desktop
    finally:
        for process in reversed(desktop.processes):
            _stop(process)
