"""The formats claims can be exported in, named once for the CLI, the GUI and the core.

Each format has its name on the command line (``claimdesk-cli export --format``), a label and a
file-dialog filter for the export dialog, and the suffix a file of it gets by default.
"""

from __future__ import annotations

from enum import StrEnum

from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP, Message


class ExportFormat(StrEnum):
    """An export format: CSV for spreadsheets, JSON and JSON Lines with every field of a claim
    (``claimdesk/core/export/schemas/claims-v1.schema.json``), W3C Web Annotation JSON-LD, a
    REFI-QDA project for QDA programs, and the networks of speakers as GraphML or GEXF (for
    Gephi; see :class:`NetworkKind`)."""

    CSV = "csv"
    JSONL = "jsonl"
    JSON = "json"
    WEB_ANNOTATION = "webannotation"
    QDPX = "qdpx"
    GRAPHML = "graphml"
    GEXF = "gexf"

    @property
    def is_network(self) -> bool:
        """A network of speakers rather than a list of claims."""
        return self in (ExportFormat.GRAPHML, ExportFormat.GEXF)

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def suffix(self) -> str:
        """The file suffix an export of this format gets when its name has none."""
        return _SUFFIXES[self]

    @property
    def file_filter(self) -> str:
        """The filter a save-file dialog offers for it (``"CSV files (*.csv)"``), in the
        user's language."""
        return f"{Message(_LABELS[self])} (*{self.suffix})"


_LABELS = {
    ExportFormat.CSV: QT_TRANSLATE_NOOP("Errors", "CSV files"),
    ExportFormat.JSONL: QT_TRANSLATE_NOOP("Errors", "JSON Lines files"),
    ExportFormat.JSON: QT_TRANSLATE_NOOP("Errors", "JSON files"),
    ExportFormat.WEB_ANNOTATION: QT_TRANSLATE_NOOP("Errors", "W3C Web Annotation files"),
    ExportFormat.QDPX: QT_TRANSLATE_NOOP("Errors", "REFI-QDA projects"),
    ExportFormat.GRAPHML: QT_TRANSLATE_NOOP("Errors", "GraphML networks"),
    ExportFormat.GEXF: QT_TRANSLATE_NOOP("Errors", "GEXF networks"),
}
"""Each format's name in a save-file dialog's filter (English; shown translated)."""
_SUFFIXES = {
    ExportFormat.CSV: ".csv",
    ExportFormat.JSONL: ".jsonl",
    ExportFormat.JSON: ".json",
    ExportFormat.WEB_ANNOTATION: ".jsonld",
    ExportFormat.QDPX: ".qdpx",
    ExportFormat.GRAPHML: ".graphml",
    ExportFormat.GEXF: ".gexf",
}


class NetworkKind(StrEnum):
    """Which network a GraphML or GEXF export draws from the chosen claims."""

    SPEAKERS = "speakers"
    """One mode: speakers, linked when they made claims of one cluster (agreement) or claims
    linked as contradicting each other; weight = shared clusters + contradictions."""
    SPEAKER_TAG = "speaker-tag"
    """Two modes: speakers and tags; weight = the speaker's claims with the tag."""
    SPEAKER_CLUSTER = "speaker-cluster"
    """Two modes: speakers and claim clusters; weight = the speaker's claims in the cluster."""

    @property
    def label(self) -> str:
        return _NETWORK_LABELS[self]


_NETWORK_LABELS = {
    NetworkKind.SPEAKERS: "Speakers linked by shared or contradicting claims",
    NetworkKind.SPEAKER_TAG: "Speakers and tags",
    NetworkKind.SPEAKER_CLUSTER: "Speakers and claim clusters",
}
