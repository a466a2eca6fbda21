"""Highlights stay readable and tell claim kinds apart without colour (issue 21).

Text over every highlight colour the palettes produce (many speakers, blends of overlapping
claims, the unattributed grey, the selection that shows the current claim) reaches WCAG AA,
4.5:1, against the text colour of its theme, in every palette and theme; and the reader really
draws them so: its claims' formats carry those colours and an underline per kind.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise, product

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from claimdesk.gui.colours import (
    MIN_CONTRAST,
    SELECTED_TEXT,
    HighlightPalette,
    HighlightScheme,
    contrast_ratio,
    current_scheme,
    relative_luminance,
)
from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.preferences_dialog import Preferences
from claimdesk.gui.reader import KIND_PROPERTY, SUGGESTION_PROPERTY
from claimdesk.gui.theme import Theme, apply_theme, dark_palette, light_palette

SCHEMES = [HighlightScheme(p, dark) for p, dark in product(HighlightPalette, (False, True))]
SPEAKERS: list[int | None] = [None, *range(0, 400), 1_000_003, 2**31 - 1]
Underline = QTextCharFormat.UnderlineStyle


@pytest.fixture(autouse=True)
def system_look_afterwards(qapp: object) -> Iterator[None]:
    """The app's look is global: give the tests after this one the system's again."""
    yield
    apply_theme(Theme.SYSTEM, HighlightPalette.SOFT)


def test_wcag_contrast_is_computed_as_the_standard_says() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert relative_luminance(QColor("#ff0000")) == pytest.approx(0.2126)


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: f"{s.palette.value}-{s.dark}")
def test_text_reads_on_every_highlight_colour(scheme: HighlightScheme) -> None:
    text = scheme.text
    colours = {speaker: scheme.speaker(speaker) for speaker in SPEAKERS}
    low = {s: round(contrast_ratio(c, text), 2) for s, c in colours.items()}
    assert min(low.values()) >= MIN_CONTRAST, sorted(low.items(), key=lambda i: i[1])[:5]
    # overlapping claims: two and three speakers, and a speaker with unattributed text
    ids = [s for s in SPEAKERS if s is not None][:120]
    groups = [[a, b] for a, b in pairwise(ids)]
    groups += [[a, b, c] for a, b, c in zip(ids, ids[7:], ids[13:], strict=False)]
    groups += [[a, None] for a in ids[:40]]
    for group in groups:
        blended = scheme.blend([colours[s] for s in group])
        assert contrast_ratio(blended, text) >= MIN_CONTRAST, (group, blended.name())
    assert contrast_ratio(scheme.unattributed, text) >= MIN_CONTRAST
    assert contrast_ratio(scheme.selection, SELECTED_TEXT) >= MIN_CONTRAST
    # and they are still colours that tell speakers apart: neighbouring ids differ
    assert len({colours[s].name() for s in range(1, 8)}) == 7


def test_the_themes_palettes_use_the_checked_colours() -> None:
    for palette, dark in ((light_palette(), False), (dark_palette(), True)):
        scheme = HighlightScheme(dark=dark)
        assert palette.color(QPalette.ColorRole.Text) == scheme.text
        assert palette.color(QPalette.ColorRole.Highlight) == scheme.selection
        assert palette.color(QPalette.ColorRole.HighlightedText) == SELECTED_TEXT
        assert (palette.color(QPalette.ColorRole.Base).lightness() < 128) is dark


TEXT = (
    "Мария Захарова заявила: «Москва внимательно следит за ситуацией». По её словам, "
    "Запад вмешивается в дела региона. Джейхун Байрамов 🙂 сказал, что переговоры идут.\n"
    "Посол Михаил Бочарников отметил: «Сотрудничество между странами продолжается».\n"
)


def test_the_reader_underlines_each_kind_in_its_own_style_readably_in_every_theme(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    catalogue = window.catalogue
    article_id = window.articles.add_article_text(TEXT, ask=False)
    assert article_id is not None
    direct = catalogue.attribute_quote(
        article_id, "Москва внимательно следит за ситуацией", "Мария Захарова", kind="direct"
    )
    indirect = catalogue.attribute_quote(
        article_id, "Запад вмешивается в дела региона", "Мария Захарова", kind="indirect"
    )
    claim = catalogue.attribute_quote(
        article_id, "переговоры идут", "Джейхун Байрамов", kind="claim"
    )
    # an unattributed claim inside the direct quote: the overlap is drawn too
    inner = catalogue.attribute_quote(article_id, "следит за", None, kind="claim")
    reader = window.reader
    qtbot.waitUntil(lambda: len(reader.claims) == 4)
    expected = {
        direct.quote: Underline.SingleUnderline,
        indirect.quote: Underline.DashUnderline,
        claim.quote: Underline.WaveUnderline,
        inner.quote: Underline.WaveUnderline,
    }
    qtbot.waitUntil(lambda: bool(reader.suggestion_spans), timeout=10_000)
    for theme, palette in product(Theme, HighlightPalette):
        window.preferences.apply(Preferences(theme=theme, highlight_palette=palette))
        # the suggestions' dashed underline stays visible on the theme's ground (WCAG's 3:1
        # for marks that are not text)
        dark = current_scheme().dark
        # the application's palette reaches widgets through events
        qtbot.waitUntil(
            lambda dark=dark: (
                (reader.palette().color(QPalette.ColorRole.Base).lightness() < 128) is dark
            )
        )
        base = reader.palette().color(QPalette.ColorRole.Base)
        shown = reader.extraSelections()
        marks = [s for s in shown if s.format.property(SUGGESTION_PROPERTY)]
        assert marks
        assert contrast_ratio(marks[0].format.underlineColor(), base) >= 3, (theme, base.name())
        drawn: dict[str, QTextCharFormat.UnderlineStyle] = {}
        overlaps = 0
        for selection in reader.claim_selections():
            fmt = selection.format
            text = selection.cursor.selection().toPlainText()
            background = fmt.background().color()
            foreground = fmt.foreground().color()
            ratio = contrast_ratio(background, foreground)
            assert ratio >= MIN_CONTRAST, (theme, palette, text, round(ratio, 2))
            if fmt.property(KIND_PROPERTY) is None:
                continue
            if bool(fmt.property(fmt.Property.UserProperty)):
                overlaps += 1
                # the overlap carries the innermost claim's underline
                assert text == inner.quote
                assert fmt.underlineStyle() == Underline.WaveUnderline
                continue
            drawn[text] = fmt.underlineStyle()
        assert drawn == expected, (theme, palette)
        assert overlaps == 1
        # three different underlines: kinds differ without colour
        assert len({drawn[direct.quote], drawn[indirect.quote], drawn[claim.quote]}) == 3


def icon_colour(button_icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The mean colour of an icon's opaque pixels, drawn at toolbar size."""
    image = button_icon.pixmap(QSize(24, 24), mode).toImage()
    seen = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert seen, "the icon draws nothing"
    mean = [sum(getattr(c, part)() for c in seen) / len(seen) for part in ("red", "green", "blue")]
    return QColor(*(round(v) for v in mean))


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_undo_and_redo_buttons_stand_out_on_either_theme(
    qtbot: QtBot, main_window: MainWindow, theme: Theme
) -> None:
    """Fusion draws its arrows black whatever the palette: Undo and Redo were black on the dark
    theme's grey toolbar. They follow the theme's text colour now, enabled and disabled."""
    apply_theme(theme, HighlightPalette.SOFT)
    palette = QApplication.palette()
    ground = palette.color(QPalette.ColorRole.Button)
    for name in ("Undo", "Redo"):
        action = next(a for a in main_window.findChildren(QAction) if a.iconText() == name)
        drawn = icon_colour(action.icon())
        assert contrast_ratio(drawn, ground) >= 4.5, (name, theme, drawn.name(), ground.name())
        faded = icon_colour(action.icon(), QIcon.Mode.Disabled)
        assert (
            faded.name()
            == palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name()
        )
