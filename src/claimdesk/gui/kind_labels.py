"""The names of claim kinds, verdict statuses and network kinds in the user's language.

The core names them in English (``ClaimKind.label``, the default verdict labels, ``NetworkKind``)
and knows nothing of Qt; the GUI shows them through these tables, whose texts lupdate finds
(contexts "ClaimKind", "VerdictStatus", "NetworkKind"), translated when shown. A name the tables
do not know is shown as the core gives it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from claimdesk.core.domain.clusters import VerdictStatus
from claimdesk.core.domain.export_formats import NetworkKind
from claimdesk.core.domain.records import ClaimKind

KIND_LABELS: dict[str, str] = {
    ClaimKind.DIRECT.value: str(QT_TRANSLATE_NOOP("ClaimKind", "Direct quote")),
    ClaimKind.INDIRECT.value: str(QT_TRANSLATE_NOOP("ClaimKind", "Indirect quote")),
    ClaimKind.CLAIM.value: str(QT_TRANSLATE_NOOP("ClaimKind", "Claim")),
}
"""Each kind's English name, the same words as ``ClaimKind.label`` (a list, a column)."""

KIND_WORDS: dict[str, str] = {
    ClaimKind.DIRECT.value: str(QT_TRANSLATE_NOOP("ClaimKind", "direct")),
    ClaimKind.INDIRECT.value: str(QT_TRANSLATE_NOOP("ClaimKind", "indirect")),
    ClaimKind.CLAIM.value: str(QT_TRANSLATE_NOOP("ClaimKind", "claim")),
}
"""Each kind's short English name, within a line of text ("Jane Smith — direct") or in a
narrow column: in English the stored value itself."""


def kind_label(kind: str) -> str:
    """The name of the kind stored as ``kind`` ("direct", …), in the user's language."""
    text = KIND_LABELS.get(kind)
    return QCoreApplication.translate("ClaimKind", text) if text is not None else kind


def kind_word(kind: str) -> str:
    """The kind's short name (within a line of text, in a narrow column), in the user's
    language."""
    text = KIND_WORDS.get(kind)
    return QCoreApplication.translate("ClaimKind", text) if text is not None else kind


STATUS_LABELS: dict[str, str] = {
    VerdictStatus.UNCHECKED.value: str(QT_TRANSLATE_NOOP("VerdictStatus", "Unchecked")),
    VerdictStatus.IN_PROGRESS.value: str(QT_TRANSLATE_NOOP("VerdictStatus", "In progress")),
    VerdictStatus.TRUE.value: str(QT_TRANSLATE_NOOP("VerdictStatus", "True")),
    VerdictStatus.MOSTLY_TRUE.value: str(QT_TRANSLATE_NOOP("VerdictStatus", "Mostly true")),
    VerdictStatus.MIXED.value: str(QT_TRANSLATE_NOOP("VerdictStatus", "Mixed")),
    VerdictStatus.MOSTLY_FALSE.value: str(QT_TRANSLATE_NOOP("VerdictStatus", "Mostly false")),
    VerdictStatus.FALSE.value: str(QT_TRANSLATE_NOOP("VerdictStatus", "False")),
    VerdictStatus.UNVERIFIABLE.value: str(QT_TRANSLATE_NOOP("VerdictStatus", "Unverifiable")),
}
"""The default statuses' labels, the same words as the core's ``DEFAULT_LABELS``."""


def status_label(key: str, label: str) -> str:
    """A verdict status's label as shown: the desk's own label as it was written, or, while a
    default status keeps its default (English) label, that label in the user's language."""
    default = STATUS_LABELS.get(key)
    if default is not None and label == default:
        return QCoreApplication.translate("VerdictStatus", default)
    return label


NETWORK_LABELS: dict[str, str] = {
    NetworkKind.SPEAKERS.value: str(
        QT_TRANSLATE_NOOP("NetworkKind", "Speakers linked by shared or contradicting claims")
    ),
    NetworkKind.SPEAKER_TAG.value: str(QT_TRANSLATE_NOOP("NetworkKind", "Speakers and tags")),
    NetworkKind.SPEAKER_CLUSTER.value: str(
        QT_TRANSLATE_NOOP("NetworkKind", "Speakers and claim clusters")
    ),
}
"""Each network's English name, the same words as ``NetworkKind.label``."""


def network_label(kind: NetworkKind) -> str:
    """The name of the network ``kind`` in the user's language."""
    text = NETWORK_LABELS.get(kind.value)
    return QCoreApplication.translate("NetworkKind", text) if text is not None else kind.label
