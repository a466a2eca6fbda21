"""File dialogs that never open the files they list: the catalogue's safety depends on it.

SQLite keeps its locks on a catalogue as POSIX advisory locks, which belong to the process: when
the process closes *any* descriptor of the catalogue file or of its ``-shm`` file, every lock it
holds on that file is gone, though SQLite's own descriptors stay open. Qt's file dialog guesses
each listed file's type from its first bytes when its name does not say (``claims.sqlite-shm``
has no known extension) and so opened and closed the catalogue's working files as soon as a
dialog showed their folder (Open catalogue starts there; Open article, once the user typed that
folder). Another program on the same catalogue (``claimdesk-cli``) then found no one else
holding it and, closing, deleted the write-ahead log the window was still writing to: claims
saved in the window were lost when it closed.

Every file dialog of the app is made here, with an icon provider that names a file's type from
its name alone, and always as Qt's own dialog: a desktop's native dialog runs in this process
too and may read the files it lists. ``QFileDialog``'s static functions are not used.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QMessageBox, QWidget


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from a file's name, never from its contents."""

    def __init__(self) -> None:
        super().__init__()
        self._types = QMimeDatabase()

    def icon(self, what: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        if not isinstance(what, QFileInfo):
            return super().icon(what)
        if what.isDir():
            return super().icon(QAbstractFileIconProvider.IconType.Folder)
        mime = self._types.mimeTypeForFile(what, QMimeDatabase.MatchMode.MatchExtension)
        themed = QIcon.fromTheme(mime.iconName())
        return (
            themed if not themed.isNull() else super().icon(QAbstractFileIconProvider.IconType.File)
        )

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return super().type(info)  # "Folder", in the user's language
        mime = self._types.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)
        if mime.isDefault() and info.suffix():  # a name Qt does not know: "sqlite File"
            template = QCoreApplication.translate("QFileDialog", "%1 File")  # Qt's own text
            return template.replace("%1", info.suffix())
        return mime.comment()


@cache
def name_only_icons() -> NameOnlyIconProvider:
    """The one provider every dialog shares (made on first use, once there is an application)."""
    return NameOnlyIconProvider()


def _dialog(parent: QWidget | None, caption: str, directory: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, caption, directory, filters)
    dialog.setObjectName("QFileDialog")  # as the static functions' dialogs are named
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setIconProvider(name_only_icons())
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()


def open_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> str:
    """An existing file the user chose, or "" (as ``QFileDialog.getOpenFileName``)."""
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def open_file_names(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> list[str]:
    """The existing files the user chose, or none (as ``QFileDialog.getOpenFileNames``)."""
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def save_file_name(
    parent: QWidget | None, caption: str, directory: str = "", filters: str = ""
) -> str:
    """Where to save, asked as ``QFileDialog.getSaveFileName`` asks (an existing file needs a
    yes to be replaced), or ""."""
    dialog = _dialog(parent, caption, directory, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def new_file_name(
    parent: QWidget | None, caption: str, directory: str, filters: str, exists: str
) -> str:
    """A file to make, which must not exist yet, or "". A name that exists is refused with
    ``exists`` (its ``{name}`` the file's name) and the dialog asked again in that folder: the
    save dialog's own "replace it?" would have been answered yes for a file the app then
    refuses to touch. ``directory`` may name a file: a free name like it is proposed."""
    proposed = free_name(Path(directory)) if Path(directory).suffix else Path(directory)
    while True:
        dialog = _dialog(parent, caption, str(proposed), filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
        chosen = _run(dialog)
        if not chosen:
            return ""
        path = Path(chosen[0])
        if not path.exists():
            return str(path)
        box = QMessageBox(
            QMessageBox.Icon.Warning, caption, exists.format(name=path.name), parent=parent
        )
        box.setObjectName("fileExistsMessage")
        box.exec()
        box.deleteLater()
        proposed = free_name(path)


def free_name(path: Path) -> Path:
    """``path`` if no file has that name, else the first free of ``name-2.ext``, ``-3``…"""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """A folder the user chose, or "" (as ``QFileDialog.getExistingDirectory``)."""
    dialog = _dialog(parent, caption, directory, "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    # Qt's Russian names the field "Каталог:" and its type "Каталоги", and a catalogue is the
    # app's word for something else: "Папка:", and no type to choose for a folder
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileName, QCoreApplication.translate("FileDialogs", "&Folder:")
    )
    for name in ("fileTypeCombo", "fileTypeLabel"):
        part = dialog.findChild(QWidget, name)
        if part is not None:
            part.hide()
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
