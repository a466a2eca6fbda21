"""The thread that runs an export (any format), so the window stays responsive in a big one."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ClaimDeskError, ExportCancelledError
from claimdesk.core.domain.export_formats import ExportFormat, NetworkKind
from claimdesk.core.domain.records import ClaimFilter

log = logging.getLogger("claimdesk.gui.export")


class ExportThread(QThread):
    """Runs ``Catalogue.export_claims`` once. Its signals arrive in the GUI thread (queued):
    ``progressed(written, total)``, then one of ``succeeded(count)``, ``cancelled()`` or
    ``failed(message)``."""

    progressed = Signal(int, int)
    succeeded = Signal(int)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(
        self,
        catalogue: Catalogue,
        destination: Path,
        claim_filter: ClaimFilter,
        *,
        export_format: ExportFormat = ExportFormat.CSV,
        excel: bool,
        neutralise_formulas: bool,
        network: NetworkKind = NetworkKind.SPEAKERS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.destination = destination
        self.claim_filter = claim_filter
        self.export_format = export_format
        self.excel = excel
        self.neutralise_formulas = neutralise_formulas
        self.network = network
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the export to stop; it stops at its next progress report and writes nothing."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, written: int, total: int) -> bool:
        self.progressed.emit(written, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        if self._cancel.is_set():
            self.cancelled.emit()
            return
        try:
            count = self.catalogue.export_claims(
                self.destination,
                self.export_format,
                self.claim_filter,
                excel=self.excel,
                neutralise_formulas=self.neutralise_formulas,
                progress=self._progress,
                network=self.network.value,
            )
        except ExportCancelledError:
            self.cancelled.emit()
        except ClaimDeskError as error:
            log.info("export to %s failed: %s", self.destination, error)
            self.failed.emit(str(error))
        except Exception as error:  # a bug: report it readably, never as a traceback
            log.exception("unexpected error while exporting to %s", self.destination)
            self.failed.emit(
                self.tr("The export failed unexpectedly: {kind}: {error}").format(
                    kind=type(error).__name__, error=error
                )
            )
        else:
            self.succeeded.emit(count)
