"""The export dialog: where to, which claims (the catalogue view's filters), which format (CSV,
JSON Lines, JSON or W3C Web Annotation; see :class:`ExportFormat`), and CSV's options.

The export itself runs on :class:`~claimdesk.gui.export_worker.ExportThread` behind a cancellable
progress dialog; the core writes the file atomically, so a cancelled or failed export leaves
nothing behind. Messages are non-blocking boxes, and the outcome is also announced by signals so
that tests and the main window can follow it without a native file dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.catalogue import Catalogue, check_export_target
from claimdesk.core.domain.errors import ClaimDeskError
from claimdesk.core.domain.export_formats import ExportFormat, NetworkKind
from claimdesk.core.domain.records import ClaimFilter
from claimdesk.gui.claim_filter_bar import ClaimFilterBar
from claimdesk.gui.errors import ask_yes, open_message
from claimdesk.gui.export_worker import ExportThread
from claimdesk.gui.file_dialogs import save_file_name
from claimdesk.gui.kind_labels import network_label
from claimdesk.gui.settings import (
    AppSettings,
    default_folder,
    export_folder,
    remember_export_folder,
)
from claimdesk.gui.widths import fit_title, show_whole_placeholder

TITLE = str(QT_TRANSLATE_NOOP("ExportDialog", "Export claims"))
FORMAT_TEXTS: dict[ExportFormat, str] = {
    ExportFormat.CSV: str(QT_TRANSLATE_NOOP("ExportDialog", "CSV, for spreadsheets")),
    ExportFormat.JSONL: str(
        QT_TRANSLATE_NOOP("ExportDialog", "JSON Lines: every field, a claim a line")
    ),
    ExportFormat.JSON: str(QT_TRANSLATE_NOOP("ExportDialog", "JSON: every field, one document")),
    ExportFormat.WEB_ANNOTATION: str(
        QT_TRANSLATE_NOOP("ExportDialog", "W3C Web Annotation (JSON-LD)")
    ),
    ExportFormat.QDPX: str(
        QT_TRANSLATE_NOOP(
            "ExportDialog", "REFI-QDA project, for QualCoder, NVivo, ATLAS.ti, MAXQDA"
        )
    ),
    ExportFormat.GRAPHML: str(
        QT_TRANSLATE_NOOP("ExportDialog", "GraphML: a network of speakers, for Gephi")
    ),
    ExportFormat.GEXF: str(
        QT_TRANSLATE_NOOP("ExportDialog", "GEXF 1.3: a network of speakers over time, for Gephi")
    ),
}
"""What the format list shows for each format, in its order (English: translated where shown,
``ExportDialog.tr(text)``)."""


def default_file_name(today: date | None = None, suffix: str = ".csv") -> str:
    return f"claims-{(today or date.today()).isoformat()}{suffix}"


class ExportDialog(QDialog):
    """Export claims to a file in one of the export formats. ``finished_export(count, path)``,
    ``failed(message)`` and ``cancelled()`` report how an export ended."""

    finished_export = Signal(int, str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        parent: QWidget | None = None,
        claim_filter: ClaimFilter | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setAccessibleName(self.tr(TITLE))
        self.setWindowTitle(self.tr(TITLE))
        self.catalogue = catalogue
        self.export_thread: ExportThread | None = None
        self.progress: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self._destination: Path | None = None
        self._agreed: Path | None = None
        """A file the file chooser asked about replacing, and the user agreed."""

        # where and in what the last export was written: the next one starts there
        settings = AppSettings()
        self.path_edit = QLineEdit(str(export_folder() / default_file_name()), self)
        self.path_edit.setObjectName("exportPathEdit")
        self.path_edit.setAccessibleName(self.tr("File"))
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.setObjectName("exportBrowseButton")

        self.filter_bar = ClaimFilterBar(catalogue, self)
        # the search field as wide as what it says it searches: the dialog opens that wide (in
        # a new catalogue, with no long outlet or speaker name to widen it, the field showed
        # a dozen characters beside three lists at full HD)
        show_whole_placeholder(self.filter_bar.text_edit)
        if claim_filter is not None:
            self.filter_bar.set_claim_filter(claim_filter)
        self.match_label = QLabel(self)
        self.match_label.setObjectName("exportMatchLabel")

        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("exportFormatCombo")
        self.format_combo.setAccessibleName(self.tr("Format"))
        for export_format, text in FORMAT_TEXTS.items():
            self.format_combo.addItem(self.tr(text), export_format.value)

        self.network_combo = QComboBox(self)
        self.network_combo.setObjectName("exportNetworkCombo")
        self.network_combo.setAccessibleName(self.tr("Network"))
        for kind in NetworkKind:
            self.network_combo.addItem(network_label(kind), kind.value)
        self.network_combo.setToolTip(
            self.tr(
                "Which network the chosen claims draw: speakers linked by the clusters they "
                "share and the claims they contradict, or speakers with their tags or clusters."
            )
        )
        self.network_combo.setEnabled(False)

        self.excel_check = QCheckBox(self.tr("E&xcel-compatible (adds BOM)"), self)
        self.excel_check.setObjectName("exportExcelCheck")
        # on unless the user turned it off (here or in Preferences): without it Excel shows
        # Cyrillic as mojibake
        self.excel_check.setChecked(AppSettings().csv_excel_bom)
        self.excel_check.setToolTip(
            self.tr(
                "Starts the file with a byte-order mark so Excel reads Cyrillic and other "
                "non-Latin text correctly."
            )
        )
        self.neutralise_check = QCheckBox(self.tr("Neutralise spreadsheet &formulas"), self)
        self.neutralise_check.setObjectName("exportNeutraliseCheck")
        self.neutralise_check.setChecked(True)
        self.neutralise_check.setToolTip(
            self.tr(
                "Puts an apostrophe before cells starting with = + - @ so a spreadsheet never "
                "runs them as formulas."
            )
        )

        self.status_label = QLabel(self)
        self.status_label.setObjectName("exportStatusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setObjectName("exportStartButton")

        self._build_layout()

        self.browse_button.clicked.connect(self.browse)
        self.buttons.accepted.connect(self._export_clicked)
        self.buttons.rejected.connect(self.reject)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        last = self.format_combo.findData(settings.export_format)
        if last > 0:
            self.format_combo.setCurrentIndex(last)  # the file name's suffix follows
        self.filter_bar.filter_changed.connect(self._update_match_count)
        self._update_match_count()

    def _build_layout(self) -> None:
        file_row = QHBoxLayout()
        file_label = QLabel(self.tr("Sa&ve to:"), self)
        file_label.setBuddy(self.path_edit)
        file_row.addWidget(file_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)

        filters = QGroupBox(self.tr("Claims"), self)
        filters_layout = QVBoxLayout(filters)
        filters_layout.addWidget(self.filter_bar)
        filters_layout.addWidget(self.match_label)

        options = QGroupBox(self.tr("Format"), self)
        options_layout = QVBoxLayout(options)
        format_row = QHBoxLayout()
        format_label = QLabel(self.tr("For&mat:"), self)
        format_label.setBuddy(self.format_combo)
        format_row.addWidget(format_label)
        format_row.addWidget(self.format_combo, 1)
        options_layout.addLayout(format_row)
        network_row = QHBoxLayout()
        network_label = QLabel(self.tr("&Graph:"), self)  # Alt+N is the filters' Until
        network_label.setBuddy(self.network_combo)
        network_row.addWidget(network_label)
        network_row.addWidget(self.network_combo, 1)
        options_layout.addLayout(network_row)
        options_layout.addWidget(self.excel_check)
        options_layout.addWidget(self.neutralise_check)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(filters)
        layout.addWidget(options)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

    # -- choosing -------------------------------------------------------------------------

    def claim_filter(self) -> ClaimFilter:
        return self.filter_bar.claim_filter()

    def export_format(self) -> ExportFormat:
        return ExportFormat(self.format_combo.currentData())

    def _format_changed(self) -> None:
        """The file name follows the format (a suffix of another format is replaced); the
        spreadsheet options apply to CSV only."""
        chosen = self.export_format()
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            if path.suffix.lower() in {f.suffix for f in ExportFormat}:
                self.path_edit.setText(str(path.with_suffix(chosen.suffix)))
        is_csv = chosen is ExportFormat.CSV
        self.excel_check.setEnabled(is_csv)
        self.neutralise_check.setEnabled(is_csv)
        self.network_combo.setEnabled(chosen.is_network)

    def network(self) -> NetworkKind:
        return NetworkKind(self.network_combo.currentData())

    def _update_match_count(self) -> None:
        try:
            count = self.catalogue.count_claims(self.claim_filter())
        except ClaimDeskError as error:
            self.match_label.setText(str(error))
            return
        if count == 0 and (why := self.filter_bar.none_because(self.claim_filter())):
            self.match_label.setText(why)
            return
        self.match_label.setText(self.tr("%Ln claim(s) match these filters.", "", count))

    def browse(self) -> None:
        export_format = self.export_format()
        suffix = export_format.suffix
        chosen = save_file_name(
            self,
            self.tr(TITLE),
            self.path_edit.text() or str(default_folder() / default_file_name(suffix=suffix)),
            self.tr("{formats};;All files (*)").format(formats=export_format.file_filter),
        )
        if chosen:
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(suffix)
            else:
                self._agreed = path  # the chooser asked before a file of this name is replaced
            self.path_edit.setText(str(path))

    def _export_clicked(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.browse()
            text = self.path_edit.text().strip()
            if not text:
                return
        path = Path(text).expanduser()
        try:
            exists = check_export_target(path)
        except ClaimDeskError as error:  # a catalogue, a folder…: said at once, never asked
            self.status_label.setText(str(error))
            self._show_message(QMessageBox.Icon.Warning, str(error), "exportErrorMessage", self)
            return
        if exists and path != self._agreed and not self._replace_agreed(path):
            return
        self.start_export(path)

    def _replace_agreed(self, path: Path) -> bool:
        """Whether the user agrees to replace the file ``path`` typed in (an export replaced any
        file named so without a word)."""
        return ask_yes(
            self,
            self.tr(TITLE),
            self.tr("{file} already exists in {folder}. Replace it with the export?").format(
                file=path.name, folder=path.parent
            ),
            "exportReplaceQuestion",
        )

    # -- exporting ------------------------------------------------------------------------

    @property
    def is_running(self) -> bool:
        return self.export_thread is not None

    def start_export(self, path: Path) -> None:
        """Export the chosen claims to ``path`` on a worker thread (returns at once)."""
        if self.export_thread is not None:
            return
        self._destination = path
        if self.export_format() is ExportFormat.CSV:
            AppSettings().csv_excel_bom = self.excel_check.isChecked()  # the next one starts so
        self.status_label.setText(self.tr("Exporting to {path}…").format(path=path))
        self.export_button.setEnabled(False)

        progress = QProgressDialog(self.tr("Exporting claims…"), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("exportProgressDialog")
        progress.setWindowTitle(self.tr(TITLE))
        fit_title(progress)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # small exports finish before it would flash up
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel_export)
        self.progress = progress

        thread = ExportThread(
            self.catalogue,
            path,
            self.claim_filter(),
            export_format=self.export_format(),
            excel=self.excel_check.isChecked(),
            neutralise_formulas=self.neutralise_check.isChecked(),
            network=self.network(),
            parent=self,
        )
        thread.progressed.connect(self._on_progress)
        thread.succeeded.connect(self._on_succeeded)
        thread.cancelled.connect(self._on_cancelled)
        thread.failed.connect(self._on_failed)
        self.export_thread = thread
        thread.start()

    def cancel_export(self) -> None:
        if self.export_thread is not None:
            self.export_thread.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling…"))

    @Slot(int, int)
    def _on_progress(self, written: int, total: int) -> None:
        if self.progress is None:
            return
        if total and self.progress.maximum() != total:
            self.progress.setMaximum(total)
        self.progress.setLabelText(
            self.tr("Exporting claims… {written} of {total}").format(
                written=f"{written:,}", total=f"{total:,}"
            )
        )
        # last: a modal progress dialog's setValue runs the event loop, where the export's end
        # (queued behind this report) may close and drop the dialog
        self.progress.setValue(min(written, total) if total else 0)

    def _finish(self) -> None:
        if self.export_thread is not None:
            self.export_thread.wait()
            self.export_thread.deleteLater()
            self.export_thread = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel_export)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.export_button.setEnabled(True)

    @Slot(int)
    def _on_succeeded(self, count: int) -> None:
        if self.export_thread is None:  # a late signal from an export already abandoned
            return
        self._finish()
        path = str(self._destination)
        if self._destination is not None:
            remember_export_folder(self._destination)
            AppSettings().export_format = self.export_format().value
        if self.export_format().is_network:
            message = self.tr("The network of %Ln claim(s) written to {path}", "", count).format(
                path=path
            )
        else:
            message = self.tr("%Ln claim(s) written to {path}", "", count).format(path=path)
        self.status_label.setText(message)
        self.finished_export.emit(count, path)
        owner = self.parentWidget()
        self._show_message(QMessageBox.Icon.Information, message, "exportDoneMessage", owner)
        if owner is not None:
            self.accept()

    @Slot()
    def _on_cancelled(self) -> None:
        if self.export_thread is None:  # a late signal from an export already abandoned
            return
        self._finish()
        self.status_label.setText(self.tr("The export was cancelled; no file was written."))
        self.cancelled.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self.export_thread is None:  # a late signal from an export already abandoned
            return
        self._finish()
        self.status_label.setText(message)
        self.failed.emit(message)
        self._show_message(QMessageBox.Icon.Warning, message, "exportErrorMessage", self)

    def _show_message(
        self, icon: QMessageBox.Icon, text: str, name: str, owner: QWidget | None
    ) -> None:
        self.message_box = open_message(owner or self, text, name, icon=icon, title=self.tr(TITLE))

    # -- closing while an export runs -----------------------------------------------------

    def _abort(self) -> None:
        """Stop a running export before the dialog goes away, and wait for its thread."""
        thread = self.export_thread
        if thread is None:
            return
        thread.cancel()
        for signal in (thread.progressed, thread.succeeded, thread.cancelled, thread.failed):
            signal.disconnect()
        self._finish()
        self.status_label.setText(self.tr("The export was cancelled; no file was written."))
        self.cancelled.emit()

    def reject(self) -> None:
        self._abort()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._abort()
        super().closeEvent(event)
