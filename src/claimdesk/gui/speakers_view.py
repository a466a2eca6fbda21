"""The speakers view: every speaker with claim counts; edit, aliases, merge and delete; their
claims (Show claims) and profile (Profile…, gui/speaker_profile_dialog.py).

Every change goes through the one :class:`~claimdesk.gui.undo.CatalogueUndoStack`, so Edit › Undo
takes back an edit, an alias, a merge or a deletion made here like any other.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from functools import partial

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ClaimDeskError, ServerUnavailableError
from claimdesk.core.domain.records import SEARCH_MAX_LENGTH, CatalogueChange, SpeakerInfo
from claimdesk.gui.bridge import CatalogueBridge
from claimdesk.gui.errors import SERVER_LOST_INPUT_KEPT, ask_yes, errors_text, open_message
from claimdesk.gui.field_checks import alias_check, passes
from claimdesk.gui.keep_input import accepted, save_keeping_input
from claimdesk.gui.merge_speakers_dialog import MergeSpeakersDialog
from claimdesk.gui.row_table_model import RowKeys, WidthsUntilResized
from claimdesk.gui.speaker_edit_dialog import SpeakerEditDialog
from claimdesk.gui.speakers_model import SPEAKER_COLUMNS, SpeakersTableModel
from claimdesk.gui.undo import CatalogueUndoStack
from claimdesk.gui.widths import show_whole_placeholder

log = logging.getLogger("claimdesk.gui")
WATCHED_TABLES = frozenset({"speaker", "speaker_alias", "claim"})
DEBOUNCE_MS = 250
ALIAS_SIDE_MIN_WIDTH = 200
"""The aliases beside the table are never squeezed narrower than this."""
COLUMN_SHARES = {"name": 0.28, "aliases": 0.26, "role": 0.23, "organisation": 0.23}
"""How the speakers table's width is shared among its columns of text (the claim count as wide
as its title), until the user resizes one."""
MIN_COLUMN_WIDTH = 90
"""The least width a shared column is given."""


class SameName(Enum):
    """What the user chose when a speaker was renamed to another speaker's name."""

    MERGE = "merge"
    KEEP_BOTH = "keep both"
    BACK = "back"


class SpeakersView(QWidget):
    """Speakers with their claim counts. ``speaker_filter_requested`` (speaker id) asks the main
    window to show that speaker's claims in the catalogue view. ``server_lost`` carries the
    message shown in a dialog kept open because the team server could not be reached.

    When the view is too narrow for the table and the aliases side by side (a small screen with
    the docks open), the aliases go under the table and the buttons wrap onto two rows, so every
    button stays on screen."""

    speaker_filter_requested = Signal(int)
    speaker_profile_requested = Signal(int)
    server_lost = Signal(str)

    def __init__(
        self,
        catalogue: Catalogue,
        bridge: CatalogueBridge,
        undo_stack: CatalogueUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("speakersView")
        self.setAccessibleName(self.tr("Speakers"))
        self.catalogue = catalogue
        self.undo_stack = undo_stack
        self.bridge = bridge
        self.last_error = ""

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setMaxLength(SEARCH_MAX_LENGTH)  # longer is too complex for SQLite
        self.filter_edit.setObjectName("speakerFilterEdit")
        self.filter_edit.setPlaceholderText(self.tr("Filter speakers by name or alias…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter speakers"))

        self.model = SpeakersTableModel(catalogue, undo_stack, self)
        self.table = QTableView(self)
        self.table.setObjectName("speakersTable")
        self.table.setAccessibleName(self.tr("Speakers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move in the table
        RowKeys(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in {
            "name": 200,
            "aliases": 200,
            "role": 180,
            "organisation": 180,
        }.items():
            self.table.setColumnWidth(SPEAKER_COLUMNS.index(column), width)

        self.edit_button = self._button(self.tr("Ed&it…"), "editSpeakerButton", self.edit_selected)
        self.merge_button = self._button(
            self.tr("&Merge…"), "mergeSpeakersButton", self.merge_selected
        )
        self.delete_button = self._button(
            self.tr("&Delete"), "deleteSpeakerButton", self.delete_selected
        )
        self.show_claims_button = self._button(
            self.tr("&Show claims"), "showSpeakerClaimsButton", self._request_claims
        )
        self.profile_button = self._button(
            self.tr("&Profile…"), "speakerProfileButton", self._request_profile
        )

        self.alias_title = QLabel(self.tr("Aliases (choose a speaker)"), self)
        self.alias_title.setTextFormat(Qt.TextFormat.PlainText)  # it names the speaker as typed
        self.alias_title.setWordWrap(True)  # a long name
        self.alias_list = QListView(self)
        self.alias_list.setObjectName("aliasList")
        self.alias_list.setAccessibleName(self.tr("Aliases"))
        self.alias_model = QStringListModel(self)
        self.alias_list.setModel(self.alias_model)
        self.alias_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.alias_edit = QLineEdit(self)
        self.alias_edit.setObjectName("aliasEdit")
        self.alias_edit.setAccessibleName(self.tr("New alias"))
        self.alias_edit.setPlaceholderText(self.tr("New alias, e.g. a surname or a title"))
        show_whole_placeholder(self.alias_edit)
        self.add_alias_button = self._button(
            self.tr("Add a&lias"), "addAliasButton", self.add_alias
        )
        self.remove_alias_button = self._button(
            self.tr("&Remove alias"), "removeAliasButton", self.remove_alias
        )

        self.delete_action = QAction(self.tr("Delete speaker"), self)
        self.delete_action.setObjectName("actionDeleteSpeaker")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        # The shortcut needs an active window; the key itself also works when it does not get one.
        self.table.installEventFilter(self)

        self._narrow = False
        WidthsUntilResized(self.table, self._share_columns)
        self._build_layout()

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(DEBOUNCE_MS)
        self._filter_timer.timeout.connect(self._apply_filter)
        # A change made by an in-place edit arrives while the table's editor is still open:
        # the reload waits for it (see _on_catalogue_changed).
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)

        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.filter_edit.returnPressed.connect(self._apply_filter)
        self.alias_edit.returnPressed.connect(self.add_alias)
        self.alias_edit.textChanged.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.selectionModel().currentChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.error.connect(self.show_error)
        self.model.name_taken.connect(self._renamed_in_place_to_a_name_taken)
        bridge.changed.connect(self._on_catalogue_changed)
        bridge.server_reachable.connect(self._on_server_reachable)
        self._missed_reload = False
        self._update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def _share_columns(self, header: QHeaderView, width: int) -> None:
        """Share the table's ``width`` among its columns, each at least as wide as its title
        (until the user resizes one: :class:`WidthsUntilResized`): at 1024×700, beside the
        aliases, their fixed widths hid Organisation and Claims behind a scroll bar."""
        metrics = header.fontMetrics()
        titles = [
            metrics.horizontalAdvance(str(self.model.headerData(n, Qt.Orientation.Horizontal)))
            + 30  # the sort arrow and margins
            for n in range(len(SPEAKER_COLUMNS))
        ]
        claims = SPEAKER_COLUMNS.index("claims")
        room = width - titles[claims]
        header.resizeSection(claims, titles[claims])
        for column, share in COLUMN_SHARES.items():
            n = SPEAKER_COLUMNS.index(column)
            header.resizeSection(n, max(int(room * share), titles[n], MIN_COLUMN_WIDTH))

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.table, 1)
        self._speaker_buttons = (
            self.edit_button,
            self.merge_button,
            self.delete_button,
            self.show_claims_button,
            self.profile_button,
        )
        self._button_grid = QGridLayout()
        self._button_grid.setColumnStretch(len(self._speaker_buttons), 1)
        left_layout.addLayout(self._button_grid)
        self._place_buttons(columns=len(self._speaker_buttons))

        right = self._alias_side = QWidget(self)
        right.setMinimumWidth(ALIAS_SIDE_MIN_WIDTH)  # as its contents need, once they are in
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.alias_title)
        right_layout.addWidget(self.alias_list, 1)
        right_layout.addWidget(self.alias_edit)
        alias_buttons = QHBoxLayout()
        alias_buttons.addWidget(self.add_alias_button)
        alias_buttons.addWidget(self.remove_alias_button)
        alias_buttons.addStretch(1)
        right_layout.addLayout(alias_buttons)
        self.alias_title.setWordWrap(True)

        self.splitter = QSplitter(self)
        self.splitter.setObjectName("speakersSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self._outer_layout = QVBoxLayout(self)
        self._outer_layout.addWidget(self.splitter)

    def _place_buttons(self, columns: int) -> None:
        for n, button in enumerate(self._speaker_buttons):
            self._button_grid.addWidget(button, n // columns, n % columns)

    def _side_by_side_width(self) -> int:
        """The width the table's buttons and the aliases take side by side at their preferred
        sizes (never less than the least width they need)."""
        spacing = max(self._button_grid.horizontalSpacing(), 0)
        buttons = sum(b.sizeHint().width() + spacing for b in self._speaker_buttons)
        margins = self._outer_layout.contentsMargins()
        return (
            buttons
            + self.splitter.handleWidth()
            + max(ALIAS_SIDE_MIN_WIDTH, self._alias_side.minimumSizeHint().width())
            + margins.left()
            + margins.right()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # In a scroll area the view is never narrower than its arrangement needs, so side by
        # side is kept only while the view is wider than its preferred width: stuck at its
        # least width, the view goes narrow; and narrow needs far less than side by side.
        narrow = event.size().width() <= self._side_by_side_width()
        if narrow != self._narrow:
            self._narrow = narrow
            self.splitter.setOrientation(
                Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
            )
            # as wide as its contents need: at 200 px its field cut its hint ("or a tit")
            side = max(ALIAS_SIDE_MIN_WIDTH, self._alias_side.minimumSizeHint().width())
            self._alias_side.setMinimumWidth(0 if narrow else side)
            self._place_buttons(columns=2 if narrow else len(self._speaker_buttons))

    # -- what is shown ------------------------------------------------------------------

    def focus_filter(self) -> None:
        """Put the cursor in the filter field, its text selected to type over (Ctrl+F)."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def reload(self) -> None:
        """Re-read the speakers, keeping the selection and current speaker where they still
        exist."""
        self._reload_timer.stop()
        selected = self.selected_speaker_ids()
        current = self.current_speaker()
        try:
            self.model.reload()
        except ServerUnavailableError:
            # keep showing what was read last; the main window says the server is away
            self._missed_reload = True
            return
        self._missed_reload = False
        self.select_speakers(selected, current.id if current is not None else None)

    def _on_catalogue_changed(self, change: CatalogueChange) -> None:
        """The view refreshes from the change every edit reports (its own, undone, redone, or
        colleagues'), at once, so it is current when the edit's caller goes on."""
        if not change.tables & WATCHED_TABLES:
            return
        if self.model.saving_in_place:
            self._reload_timer.start()  # once the editor that saved it is done with
        else:
            self.reload()

    def _on_server_reachable(self, reachable: bool) -> None:
        if reachable and self._missed_reload:
            self._reload_timer.start()

    def _apply_filter(self) -> None:
        self._filter_timer.stop()
        selected = self.selected_speaker_ids()
        self.model.set_filter_text(self.filter_edit.text().strip())
        self.select_speakers(selected)

    def selected_speakers(self) -> list[SpeakerInfo]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        speakers = (self.model.speaker_at(row) for row in rows)
        return [s for s in speakers if s is not None]

    def selected_speaker_ids(self) -> list[int]:
        return [s.id for s in self.selected_speakers()]

    def current_speaker(self) -> SpeakerInfo | None:
        """The speaker the buttons act on: the current row, when it looks chosen (selected).
        A row Qt made current on its own, with a focus frame and no highlight, was deleted by
        Delete although nothing looked selected."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.speaker_at(index.row())

    def select_speakers(self, speaker_ids: list[int], current_id: int | None = None) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        rows = [r for r in (self.model.row_of(i) for i in speaker_ids) if r >= 0]
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        current_row = self.model.row_of(current_id) if current_id is not None else -1
        if current_row < 0 and rows:
            current_row = rows[0]
        if current_row >= 0:
            selection.setCurrentIndex(
                self.model.index(current_row, 0), selection.SelectionFlag.NoUpdate
            )
        self._update_actions()

    def _update_actions(self) -> None:
        selected = self.selected_speakers()
        current = self.current_speaker()
        if current is None and len(selected) == 1:
            current = selected[0]
        self.edit_button.setEnabled(current is not None)
        self.delete_button.setEnabled(current is not None)
        self.show_claims_button.setEnabled(current is not None)
        self.profile_button.setEnabled(current is not None)
        self.merge_button.setEnabled(len(selected) == 2)
        # an alias of only spaces is no alias: the button waits for one
        self.add_alias_button.setEnabled(
            current is not None and bool(self.alias_edit.text().strip())
        )
        self.alias_edit.setEnabled(current is not None)
        self.remove_alias_button.setEnabled(current is not None and bool(current.aliases))
        # the empty list says why it is empty: no speaker chosen, or none given yet
        if current is None:
            title = self.tr("Aliases (choose a speaker)")
        elif current.aliases:
            title = self.tr("Aliases of {name}").format(name=current.name)
        else:
            title = self.tr("Aliases of {name}: none yet").format(name=current.name)
        self.alias_title.setText(title)
        aliases = list(current.aliases) if current is not None else []
        if self.alias_model.stringList() != aliases:
            self.alias_model.setStringList(aliases)

    # -- edits, all through the undo stack ------------------------------------------------

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            self.undo_stack.run(action)  # the change it reports reloads the view
        except ClaimDeskError as error:
            self.show_error(str(error))
            return False
        return True

    def edit_selected(self) -> None:
        """Edit the current speaker in the edit dialog. If the team server cannot be reached,
        nothing is saved and the dialog opens again with what was typed, to try again or cancel;
        the version shown is kept, so a colleague's change since then is a conflict."""
        speaker = self.current_speaker()
        if speaker is None:
            return
        dialog = SpeakerEditDialog(speaker, self)

        def ask() -> dict[str, str] | None:
            # cancelled, or OK with nothing changed: nothing to save. A name another speaker
            # has already (a rename made two speakers of one name without a word) asks first:
            # merge into them, keep both, or back to the dialog as it was
            while accepted(dialog):
                changes = dialog.changes()
                other = self.model.named_already(changes.get("name", ""), speaker.id)
                if other is None:
                    return changes or None
                choice = self._ask_same_name(other)
                if choice is SameName.MERGE:
                    self._run(partial(self.catalogue.merge_speakers, other.id, speaker.id))
                    return None
                if choice is SameName.KEEP_BOTH:
                    return changes
            return None

        try:
            # what it saves reloads the view, through the change the catalogue reports
            save_keeping_input(
                self.undo_stack,
                ask,
                lambda changes: self.catalogue.update_speaker(
                    speaker.id, expected_version=speaker.version, **changes
                ),
                dialog.show_problem,
                server_lost=self._note_server_lost,
                other_error=lambda error: self.show_error(str(error)),
            )
        finally:
            dialog.deleteLater()

    def _renamed_in_place_to_a_name_taken(
        self, speaker: SpeakerInfo, name: str, other: SpeakerInfo
    ) -> None:
        """A name typed in the table that another speaker has: the question the Edit dialog
        asks; going back opens the name's editor again with what was typed."""
        choice = self._ask_same_name(other)
        if choice is SameName.MERGE:
            self._run(partial(self.catalogue.merge_speakers, other.id, speaker.id))
        elif choice is SameName.KEEP_BOTH:
            self._run(
                partial(
                    self.catalogue.update_speaker,
                    speaker.id,
                    expected_version=speaker.version,
                    name=name,
                )
            )
        else:
            row = self.model.row_of(speaker.id)
            if row < 0:
                return
            index = self.model.index(row, SPEAKER_COLUMNS.index("name"))
            self.table.setCurrentIndex(index)
            self.table.edit(index)
            editor = self.table.focusWidget()
            if isinstance(editor, QLineEdit) and editor is not self.filter_edit:
                editor.setText(name)

    def _other_speaker_called(self, name: str, speaker_id: int) -> SpeakerInfo | None:
        """Another speaker whose name or alias is ``name`` (an alias given to one speaker
        that names another made both match it, and attributions could go to either)."""
        try:
            found = self.catalogue.find_speaker(name)
        except ClaimDeskError:
            return None  # only a question before adding: the adding says what is wrong
        return found if found is not None and found.id != speaker_id else None

    def _ask_alias_of_another(self, alias: str, other: SpeakerInfo) -> SameName:
        """Merge this speaker into ``other``, add the alias all the same, or go back."""
        template = self.tr(
            "“{alias}” is what another speaker is called: {name}{who} ({claims}). Merge this "
            "speaker into them (its claims and names move there), or add it as this speaker's "
            "other name all the same?"
        )
        return self._ask_merge_or(
            template.format(alias=alias, **self._described(other)),
            "aliasOfAnotherQuestion",
            self.tr("&Add all the same"),
        )

    def _ask_same_name(self, other: SpeakerInfo) -> SameName:
        """Merge into ``other``, keep two speakers of one name, or go back to the dialog."""
        template = self.tr(
            "Another speaker is already called “{name}”{who} ({claims}). Merge this speaker "
            "into them (its claims and names move there), or keep two speakers of this name?"
        )
        return self._ask_merge_or(
            template.format(**self._described(other)),
            "sameSpeakerNameQuestion",
            self.tr("&Keep both"),
        )

    def _described(self, other: SpeakerInfo) -> dict[str, str]:
        """The values naming ``other`` in a question: name, " — role, organisation", claims."""
        who = ", ".join(part for part in (other.role, other.organisation) if part)
        return {
            "name": other.name,
            "who": f" — {who}" if who else "",
            "claims": self.tr("%Ln claim(s)", "", other.claim_count),
        }

    def _ask_merge_or(self, text: str, name: str, other_way: str) -> SameName:
        """Ask ``text``: Merge into them (MERGE), ``other_way`` (KEEP_BOTH), or Cancel (BACK,
        the default)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Speakers"), text, parent=self)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)
        merge = box.addButton(self.tr("&Merge into them"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(other_way, QMessageBox.ButtonRole.ActionRole)
        back = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(back)
        try:
            box.exec()
            clicked = box.clickedButton()
        finally:
            box.deleteLater()
        if clicked is merge:
            return SameName.MERGE
        if clicked is keep:
            return SameName.KEEP_BOTH
        return SameName.BACK

    def add_alias(self) -> None:
        speaker = self.current_speaker()
        alias = self.alias_edit.text().strip()
        if speaker is None or not alias:
            return
        if not passes([alias_check(self.alias_edit)], self.show_error):
            return
        typing = self.alias_edit.hasFocus()
        other = self._other_speaker_called(alias, speaker.id)
        if other is not None:
            choice = self._ask_alias_of_another(alias, other)
            if choice is SameName.MERGE:
                if self._run(partial(self.catalogue.merge_speakers, other.id, speaker.id)):
                    self.alias_edit.clear()
                return
            if choice is SameName.BACK:
                self.alias_edit.setFocus()
                self.alias_edit.selectAll()
                return
        if self._run(lambda: self.catalogue.add_alias(speaker.id, alias)):
            self.alias_edit.clear()
        if typing and self.alias_edit.isEnabled():
            # the list reloaded under it (the field was disabled for a moment, and lost the
            # focus): the next alias goes where the last one was typed
            self.alias_edit.setFocus()

    def remove_alias(self) -> None:
        speaker = self.current_speaker()
        index = self.alias_list.currentIndex()
        if speaker is None or not index.isValid():
            return
        alias = str(index.data())
        self._run(lambda: self.catalogue.remove_alias(speaker.id, alias))

    def merge_selected(self) -> None:
        """Merge the two selected speakers into the one the user keeps in the merge dialog, as
        one undo step."""
        selected = self.selected_speakers()
        if len(selected) != 2:
            return
        dialog = MergeSpeakersDialog(selected[0], selected[1], self)
        try:
            if not accepted(dialog):
                return
            keep_id, merge_id = dialog.keep_id(), dialog.merge_id()
        finally:
            dialog.deleteLater()
        if self._run(lambda: self.catalogue.merge_speakers(keep_id, merge_id)):
            self.select_speakers([keep_id], keep_id)

    def delete_selected(self) -> None:
        speaker = self.current_speaker()
        if speaker is None or not self._confirm_delete(speaker):
            return
        self._run(lambda: self.catalogue.delete_speaker(speaker.id))

    def _request_claims(self) -> None:
        speaker = self.current_speaker()
        if speaker is not None:
            self.speaker_filter_requested.emit(speaker.id)

    def _request_profile(self) -> None:
        speaker = self.current_speaker()
        if speaker is not None:
            self.speaker_profile_requested.emit(speaker.id)

    # -- questions and messages -----------------------------------------------------------

    def _confirm_delete(self, speaker: SpeakerInfo) -> bool:
        """Ask in the modal box ``deleteSpeakerQuestion``; True if the user pressed Yes."""
        if speaker.claim_count:
            question = self.tr(
                "Delete {name}? Their %Ln claim(s) stay in the catalogue, unattributed. You can "
                "undo this with Edit › Undo.",
                "",
                speaker.claim_count,
            )
        else:
            question = self.tr("Delete {name}? You can undo this with Edit › Undo.")
        return ask_yes(
            self,
            self.tr("Delete speaker"),
            question.format(name=speaker.name),
            "deleteSpeakerQuestion",
        )

    def _note_server_lost(self, error: ServerUnavailableError) -> str:
        log.warning("%s", error)
        self.bridge.note_server_lost()  # the main window notes it until the server is back
        said = errors_text(SERVER_LOST_INPUT_KEPT)
        self.server_lost.emit(said)
        return said

    def show_error(self, message: str) -> None:
        """A readable, non-blocking message box (``last_error`` keeps the text)."""
        self.last_error = message
        open_message(self, message, "speakersErrorMessage")
