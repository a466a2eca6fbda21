"""The icon: one SVG source in resources/icons, and everything generated from it in step.

tools/make_icons.py renders the hicolor PNGs and copies the SVG into the package; these tests fail
when someone edits one of the generated files, or the source without running `make icons`.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from claimdesk.gui import app as app_module

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "tools" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_icons_match_the_source(qapp: QApplication, make_icons: ModuleType) -> None:
    assert make_icons.problems() == []


def test_hicolor_has_every_size_from_16_to_512(qapp: QApplication, make_icons: ModuleType) -> None:
    assert make_icons.SIZES == (16, 24, 32, 48, 64, 128, 256, 512)
    for size in make_icons.SIZES:
        image = QImage(str(ROOT / f"resources/icons/hicolor/{size}x{size}/apps/claimdesk.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()  # rounded corners stay transparent
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(size // 2, size // 8).alpha() == 255


def test_the_window_icon_is_the_package_copy_of_the_source() -> None:
    source = ROOT / "resources" / "icons" / "claimdesk.svg"
    assert app_module.ICON_FILE.read_bytes() == source.read_bytes()


def test_a_stale_png_or_package_copy_is_reported(
    qapp: QApplication, make_icons: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "claimdesk.svg"
    # the same icon in another colour: what an edit without `make icons` leaves behind
    source.write_text(
        make_icons.SOURCE.read_text(encoding="utf-8").replace("#1f4e79", "#c0392b"),
        encoding="utf-8",
    )
    copy = tmp_path / "package" / "claimdesk.svg"
    copy.parent.mkdir()
    shutil.copyfile(make_icons.SOURCE, copy)
    monkeypatch.setattr(make_icons, "SOURCE", source)
    monkeypatch.setattr(make_icons, "PACKAGE_COPY", copy)
    found = make_icons.problems()
    assert any("not a copy of the source" in line for line in found)
    assert sum("not rendered from the current source" in line for line in found) == len(
        make_icons.SIZES
    )
