"""The formats claims can be exported in, named once for the CLI, the GUI and the core.

Each format has its name on the command line (``claimdesk-cli export --format``), a label and a
file-dialog filter for the export dialog, and the suffix a file of it gets by default.
"""

from __future__ import annotations

from enum import StrEnum


class ExportFormat(StrEnum):
    """An export format: CSV for spreadsheets, JSON and JSON Lines with every field of a claim
    (``claimdesk/core/export/schemas/claims-v1.schema.json``), W3C Web Annotation JSON-LD."""

    CSV = "csv"
    JSONL = "jsonl"
    JSON = "json"
    WEB_ANNOTATION = "webannotation"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def suffix(self) -> str:
        """The file suffix an export of this format gets when its name has none."""
        return _SUFFIXES[self]

    @property
    def file_filter(self) -> str:
        """The filter a save-file dialog offers for it (``"CSV files (*.csv)"``)."""
        return f"{self.label} (*{self.suffix})"


_LABELS = {
    ExportFormat.CSV: "CSV files",
    ExportFormat.JSONL: "JSON Lines files",
    ExportFormat.JSON: "JSON files",
    ExportFormat.WEB_ANNOTATION: "W3C Web Annotation files",
}
_SUFFIXES = {
    ExportFormat.CSV: ".csv",
    ExportFormat.JSONL: ".jsonl",
    ExportFormat.JSON: ".json",
    ExportFormat.WEB_ANNOTATION: ".jsonld",
}
