"""Render ClaimDesk's icon from its one SVG source into everything that ships it.

    make icons                       # or: .venv/bin/python tools/make_icons.py
    .venv/bin/python tools/make_icons.py --check   # exit 1 if a generated file is out of date

The source is ``resources/icons/claimdesk.svg``; edit only that file. From it this script writes
the hicolor PNGs (``resources/icons/hicolor/NxN/apps/claimdesk.png``, used by the launcher, the
install scripts and the .deb) and the copy inside the package (``src/claimdesk/gui/icons/``, the
window icon at run time, so an installed wheel or a bundle has it). The generated files are
committed; ``tests/e2e/test_icons.py`` fails when they drift from the source.

Rendering uses QtSvg on the offscreen platform, so no display is needed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "claimdesk.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
PACKAGE_COPY = ROOT / "src" / "claimdesk" / "gui" / "icons" / "claimdesk.svg"
ICON_NAME = "claimdesk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Colour channels may differ by a few levels between Qt versions' antialiasing; a stale PNG
# (rendered from an older SVG) differs by far more than this on average.
MAX_MEAN_DIFFERENCE = 3.0


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"


def _application() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if QGuiApplication.instance() is None:
        # kept alive by Qt for the rest of the process
        QGuiApplication([sys.argv[0]])


def render(size: int, source: Path | None = None) -> QImage:
    """The icon (``source``, by default the project's) as a ``size`` x ``size`` ARGB QImage."""
    _application()
    source = source or SOURCE
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def mean_difference(first: QImage, second: QImage) -> float:
    """Mean absolute difference per channel (0–255) of two images of the same size."""
    a = first.convertToFormat(QImage.Format.Format_RGBA8888)
    b = second.convertToFormat(QImage.Format.Format_RGBA8888)
    if a.size() != b.size():
        return 255.0
    data_a = bytes(a.constBits())[: a.sizeInBytes()]
    data_b = bytes(b.constBits())[: b.sizeInBytes()]
    return sum(abs(x - y) for x, y in zip(data_a, data_b, strict=True)) / len(data_a)


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def problems() -> list[str]:
    """What is out of date: one line per generated file that does not match the source."""
    found = []
    if not PACKAGE_COPY.exists() or PACKAGE_COPY.read_bytes() != SOURCE.read_bytes():
        found.append(f"{_shown(PACKAGE_COPY)} is not a copy of the source")
    for size in SIZES:
        path = png_path(size)
        image = QImage(str(path))
        if image.isNull():
            found.append(f"{_shown(path)} is missing or not an image")
        elif (image.width(), image.height()) != (size, size):
            found.append(f"{_shown(path)} is {image.width()}x{image.height()}")
        elif mean_difference(image, render(size)) > MAX_MEAN_DIFFERENCE:
            found.append(f"{_shown(path)} was not rendered from the current source")
    return found


def generate() -> list[Path]:
    written = []
    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        image = render(size)
        if not image.save(str(path)):  # the format follows the .png suffix
            raise OSError(f"cannot write {path}")
        written.append(path)
    PACKAGE_COPY.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, PACKAGE_COPY)
    written.append(PACKAGE_COPY)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check; exit 1 if stale")
    args = parser.parse_args(argv)
    _application()
    if args.check:
        stale = problems()
        for line in stale:
            print(f"make_icons: {line}", file=sys.stderr)
        if stale:
            print("make_icons: run `make icons` and commit the result", file=sys.stderr)
        return 1 if stale else 0
    for path in generate():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
