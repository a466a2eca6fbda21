"""The names of claim kinds in the user's language.

The core names its kinds in English (``ClaimKind.label``) and knows nothing of Qt; the GUI
shows them through these tables, whose texts lupdate finds (context "ClaimKind"), translated
when shown. A kind the tables do not know is shown as the core stores it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
