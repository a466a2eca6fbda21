"""Charts (issue 19): pyqtgraph loaded on first use, a plot's PNG and SVG, and saving them.

pyqtgraph (with numpy) takes about a third of a second to import, so nothing imports it until
a chart is first shown (:func:`pyqtgraph`): the window starts without it
(tests/architecture/test_lean_imports.py). CONTRIBUTING.md ("Dependencies") says why pyqtgraph.

A plot is saved as the user chose in a real file dialog, PNG or SVG, through a temporary file
beside the target renamed over it once whole, so a failed write never leaves half a picture.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel, QWidget

from claimdesk.core.catalogue import written_atomically
from claimdesk.core.domain.errors import ExportFileError
from claimdesk.gui.errors import show_error
from claimdesk.gui.file_dialogs import save_file_name
from claimdesk.gui.settings import export_folder, remember_export_folder

_loaded: ModuleType | None = None
LIGHT_CHART = ("#ffffff", "#000000")
DARK_CHART = ("#1e1e1e", "#e8e8e8")
_colours = [LIGHT_CHART]
"""The charts' background and foreground (axes, labels): the theme's (set_chart_colours)."""


def chart_colours() -> tuple[str, str]:
    """The charts' background and foreground colours in the theme in use."""
    return _colours[0]


def set_chart_colours(dark: bool) -> None:
    """Draw charts on the ``dark`` (or light) theme's colours, those already shown too."""
    _colours[0] = DARK_CHART if dark else LIGHT_CHART
    if _loaded is None:
        return  # no chart yet: pyqtgraph takes the colours when first loaded
    background, foreground = _colours[0]
    _loaded.setConfigOptions(background=background, foreground=foreground)
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    for widget in QApplication.allWidgets():
        if isinstance(widget, _loaded.PlotWidget):
            widget.setBackground(background)
            plot_item = widget.getPlotItem()
            for name in ("left", "bottom", "right", "top"):
                axis = plot_item.getAxis(name)
                axis.setPen(foreground)
                axis.setTextPen(foreground)
            plot_item.titleLabel.setText(plot_item.titleLabel.text, color=foreground)


def pyqtgraph() -> ModuleType:
    """The pyqtgraph module, imported and set up (the theme's colours, smooth lines) once."""
    global _loaded  # noqa: PLW0603  (one module, loaded once)
    if _loaded is None:
        # the Qt binding the app uses, whatever else is installed
        os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
        import pyqtgraph as pg  # noqa: PLC0415  (lazily: see the module's docstring)
        import pyqtgraph.exporters  # noqa: PLC0415  (the PNG exporter)

        background, foreground = chart_colours()
        pg.setConfigOptions(background=background, foreground=foreground, antialias=True)
        _loaded = pg
    return _loaded


class PictureFormat(StrEnum):
    """The formats a chart is saved in."""

    PNG = "png"
    SVG = "svg"

    @property
    def file_filter(self) -> str:
        if self is PictureFormat.PNG:
            return QCoreApplication.translate("Charts", "PNG image (*.png)")
        return QCoreApplication.translate("Charts", "SVG drawing (*.svg)")


def picture_bytes(plot_item: Any, picture: PictureFormat) -> bytes:
    """The plot (a pyqtgraph PlotItem) as a PNG or SVG file's bytes."""
    if picture is PictureFormat.SVG:
        return _svg_bytes(plot_item)
    # at the size shown: pyqtgraph drops the axes' labels from a picture drawn larger
    exporter = pyqtgraph().exporters.ImageExporter(plot_item)
    image = exporter.export(toBytes=True)
    if not isinstance(image, QImage):
        raise TypeError("pyqtgraph's image exporter gave no image")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time; its stubs say bytes
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def _svg_bytes(plot_item: Any) -> bytes:
    """The plot drawn by Qt's SVG generator. pyqtgraph's own SVG exporter (0.14) rewrites the
    paths Qt writes and fails on the "Z" that closes a path in what Qt 6.11 writes; drawing
    the plot's scene into a QSvgGenerator gives the same picture as vector graphics."""
    from PySide6.QtSvg import QSvgGenerator  # noqa: PLC0415  (only when saving an SVG)

    scene = plot_item.scene()
    source = plot_item.sceneBoundingRect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(
        str(plot_item.titleLabel.text or QCoreApplication.translate("Charts", "Chart"))
    )
    painter = QPainter(generator)
    try:
        background = QColor(chart_colours()[0])
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), background)
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def save_chart(
    parent: QWidget, plot_item: Any, picture: PictureFormat, suggested_name: str
) -> Path | None:
    """Ask where to save the plot (a file dialog), then save it; the path saved, or None if
    the user cancelled or the file could not be written (the error is shown)."""
    chosen = save_file_name(
        parent,
        QCoreApplication.translate("Charts", "Save the chart as {format}").format(
            format=picture.name
        ),
        str(export_folder() / f"{suggested_name}.{picture.value}"),
        f"{picture.file_filter};;" + QCoreApplication.translate("Charts", "All files (*)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.casefold() != f".{picture.value}":
        path = path.with_name(path.name + f".{picture.value}")
    try:
        # as every export is written: whole or not at all, with the permissions a new file gets,
        # never through a link or over a catalogue
        with written_atomically(path) as stream:
            stream.write(picture_bytes(plot_item, picture))
    except ExportFileError as error:
        show_error(parent, error)
        return None
    remember_export_folder(path)
    return path


def short_label(text: str, limit: int = 28) -> str:
    """An axis label: ``text`` cut to ``limit`` characters with "…" (the tooltips and tables
    have it whole)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


SAVED_NOTE_MS = 8000
"""How long a chart's note says where the picture was saved before it shows its counts again."""


def save_chart_saying_where(
    parent: QWidget, note: QLabel, plot_item: Any, picture: PictureFormat, suggested_name: str
) -> Path | None:
    """:func:`save_chart`, then the chart's ``note`` says where it went for a few seconds (a
    chart window has no status bar, and saving said nothing at all); its tooltip holds the
    whole path."""
    path = save_chart(parent, plot_item, picture, suggested_name)
    if path is None:
        return None
    if note.property("savedNote") != note.text():  # the counts, not an earlier "Saved as"
        note.setProperty("countsNote", [note.text(), note.toolTip()])
    said = QCoreApplication.translate("Charts", "Saved as {file}").format(file=path.name)
    note.setText(said)
    note.setToolTip(str(path))
    note.setProperty("savedNote", said)

    def restore() -> None:
        if note.text() == said:  # unless saved again or the counts drawn again meanwhile
            text, tip = note.property("countsNote")
            note.setText(text)
            note.setToolTip(tip)

    QTimer.singleShot(SAVED_NOTE_MS, note, restore)
    return path
