"""The Preferences dialog (Edit › Preferences…, Ctrl+,): the name recorded on claims, the
interface language, CSV's Excel option, the reader's font size, the highlight colours and the
theme.

OK applies and closes, Apply applies and stays open, Cancel (Escape) closes and leaves what was
applied as it is. ``applied`` carries the :class:`Preferences` to apply; the controller
(gui/preferences.py) stores and applies them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from claimdesk.gui.colours import HighlightPalette
from claimdesk.gui.focus_order import set_tab_order
from claimdesk.gui.settings import MAX_FONT_SIZE, MIN_FONT_SIZE, AppSettings
from claimdesk.gui.theme import Theme

LANGUAGE_NAMES = {"en": "English", "ru": "Русский"}
"""Each language named in itself (whoever cannot read the current one still finds theirs)."""


@dataclass(frozen=True, slots=True)
class Preferences:
    """The user's preferences, as the dialog edits them."""

    user_name: str = ""
    """Recorded as who added and changed claims ("Added by"); "" for the OS user's name."""
    language: str = "system"
    excel_bom: bool = True
    reader_font_size: int | None = None
    """None: the reader's default size."""
    highlight_palette: HighlightPalette = HighlightPalette.SOFT
    theme: Theme = Theme.SYSTEM

    @classmethod
    def load(cls, settings: AppSettings) -> Preferences:
        return cls(
            user_name=settings.user_name,
            language=settings.ui_language,
            excel_bom=settings.csv_excel_bom,
            reader_font_size=settings.reader_font_size,
            highlight_palette=HighlightPalette(settings.highlight_palette),
            theme=Theme(settings.theme),
        )

    def save(self, settings: AppSettings) -> None:
        settings.user_name = self.user_name
        settings.ui_language = self.language
        settings.csv_excel_bom = self.excel_bom
        settings.reader_font_size = self.reader_font_size
        settings.highlight_palette = self.highlight_palette.value
        settings.theme = self.theme.value
        settings.sync()


class PreferencesDialog(QDialog):
    """Edits :class:`Preferences`; ``applied`` carries them when OK or Apply is pressed."""

    applied = Signal(object)

    def __init__(
        self,
        preferences: Preferences,
        *,
        default_font_size: int,
        user_placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self._default_font_size = default_font_size
        self._shown = preferences
        """The preferences as last applied (or as the dialog opened): Apply is enabled when the
        fields differ from them."""

        self.name_edit = QLineEdit(preferences.user_name, self)
        self.name_edit.setObjectName("preferencesNameEdit")
        if user_placeholder:
            self.name_edit.setPlaceholderText(
                self.tr("Your login name: {name}").format(name=user_placeholder)
            )
        self.name_edit.setToolTip(
            self.tr("Recorded as who added and changed each claim (“Added by”).")
        )

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("preferencesLanguageCombo")
        self.language_combo.addItem(self.tr("System"), "system")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(preferences.language))
        )
        self.language_note = QLabel(self.tr("The language changes the next time ClaimDesk starts."))
        self.language_note.setObjectName("preferencesLanguageNote")
        self.language_note.setWordWrap(True)

        self.excel_check = QCheckBox(self.tr("E&xcel-compatible (UTF-8 with BOM)"), self)
        self.excel_check.setObjectName("preferencesExcelCheck")
        self.excel_check.setChecked(preferences.excel_bom)
        self.excel_check.setToolTip(
            self.tr(
                "Starts CSV files with a byte-order mark, so Excel reads Cyrillic and other "
                "non-Latin text correctly. The export dialog remembers your last choice."
            )
        )

        self.font_spin = QSpinBox(self)
        self.font_spin.setObjectName("preferencesFontSize")
        self.font_spin.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        self.font_spin.setSuffix(self.tr(" pt"))
        self.font_spin.setValue(preferences.reader_font_size or default_font_size)

        self.palette_combo = QComboBox(self)
        self.palette_combo.setObjectName("preferencesPaletteCombo")
        for palette in HighlightPalette:
            self.palette_combo.addItem(palette.label, palette.value)
        self.palette_combo.setCurrentIndex(
            self.palette_combo.findData(preferences.highlight_palette.value)
        )
        self.kinds_note = QLabel(
            self.tr(
                "Underlines tell the kinds apart: solid, a direct quote; dashed, an indirect "
                "quote; wavy, a claim."
            )
        )
        self.kinds_note.setObjectName("preferencesKindsNote")
        self.kinds_note.setWordWrap(True)

        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("preferencesThemeCombo")
        for theme in Theme:
            self.theme_combo.addItem(theme.label, theme.value)
        self.theme_combo.setCurrentIndex(self.theme_combo.findData(preferences.theme.value))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply,
            self,
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setObjectName("preferencesApplyButton")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("preferencesOkButton")

        self._build_layout()

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.name_edit.textChanged.connect(self._update_apply)
        self.excel_check.toggled.connect(self._update_apply)
        self.font_spin.valueChanged.connect(self._update_apply)
        for combo in (self.language_combo, self.palette_combo, self.theme_combo):
            combo.currentIndexChanged.connect(self._update_apply)
        self._update_apply()

    def _build_layout(self) -> None:
        you = QGroupBox(self.tr("General"), self)
        you_form = QFormLayout(you)
        name_label = QLabel(self.tr("Your &name (“Added by”):"), self)
        name_label.setBuddy(self.name_edit)
        you_form.addRow(name_label, self.name_edit)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_combo)
        you_form.addRow(language_label, self.language_combo)
        you_form.addRow(self.language_note)

        export = QGroupBox(self.tr("CSV export"), self)
        export_layout = QVBoxLayout(export)
        export_layout.addWidget(self.excel_check)

        looks = QGroupBox(self.tr("Appearance"), self)
        looks_form = QFormLayout(looks)
        theme_label = QLabel(self.tr("&Theme:"), self)
        theme_label.setBuddy(self.theme_combo)
        looks_form.addRow(theme_label, self.theme_combo)
        font_label = QLabel(self.tr("Reader &font size:"), self)
        font_label.setBuddy(self.font_spin)
        looks_form.addRow(font_label, self.font_spin)
        palette_label = QLabel(self.tr("&Highlight colours:"), self)
        palette_label.setBuddy(self.palette_combo)
        looks_form.addRow(palette_label, self.palette_combo)
        looks_form.addRow(self.kinds_note)

        layout = QVBoxLayout(self)
        layout.addWidget(you)
        layout.addWidget(export)
        layout.addWidget(looks)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        # Tab in the order the fields show (the theme was made after the font and palette)
        set_tab_order(
            self.name_edit,
            self.language_combo,
            self.excel_check,
            self.theme_combo,
            self.font_spin,
            self.palette_combo,
            self.buttons,
        )

    def preferences(self) -> Preferences:
        """The preferences as the fields have them."""
        size: int | None = self.font_spin.value()
        if self._shown.reader_font_size is None and size == self._default_font_size:
            size = None  # left at the default: it follows the default
        return Preferences(
            user_name=self.name_edit.text().strip(),
            language=str(self.language_combo.currentData()),
            excel_bom=self.excel_check.isChecked(),
            reader_font_size=size,
            highlight_palette=HighlightPalette(self.palette_combo.currentData()),
            theme=Theme(self.theme_combo.currentData()),
        )

    def _update_apply(self) -> None:
        self.apply_button.setEnabled(self.preferences() != self._shown)

    def apply(self) -> None:
        """Apply what the fields say (Apply; OK too)."""
        chosen = self.preferences()
        if chosen != self._shown:
            self.applied.emit(chosen)
            self._shown = chosen
        self._update_apply()

    def accept(self) -> None:
        self.apply()
        super().accept()
