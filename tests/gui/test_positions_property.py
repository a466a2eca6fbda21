"""Property tests: spans selected in the reader are stored exactly as the reader shows them, in any
script, and PositionMap agrees with a plain UTF-16 encoding."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from claimdesk.gui.main_window import MainWindow
from claimdesk.gui.positions import PositionMap
from claimdesk.gui.speaker_picker import Attribution

FRAGMENTS = [
    "Глава МИД ",
    "Джейхун Байрамов",
    " «сказал он» ",
    "🙂",
    "👍🏽",
    "👨‍👩‍👧",
    "𝔘𝔫𝔦",
    "e\u0301",
    "Zoe\u0308 ",
    "\u0915\u093f",
    "שָׁלוֹם ",
    "مرحبا بالعالم ",
    "\u202bRTL\u202c",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    " ",
    "\t",
    "word",
    "“quoted”",
]
texts = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(alphabet="абв xyz🙂é\u0301אב عر.,", min_size=1, max_size=6),
    ),
    min_size=1,
    max_size=25,
).map("".join)


def inside_surrogate_pair(text: str, position: int) -> bool:
    """Whether UTF-16 ``position`` falls between the two halves of a surrogate pair (worked out
    from the encoding itself, not from PositionMap)."""
    units = text.encode("utf-16-le")
    if not 0 < position < len(units) // 2:
        return False
    unit = int.from_bytes(units[2 * position : 2 * position + 2], "little")
    return 0xDC00 <= unit <= 0xDFFF


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=texts, data=st.data())
def test_attributed_span_is_stored_as_the_reader_shows_it(
    main_window: MainWindow, text: str, data: st.DataObject
) -> None:
    window = main_window
    assume(text.strip() and "\x00" not in text)
    article_id = window.articles.add_article_text(text, ask=False)
    assert article_id is not None
    assert window.reader.article_id == article_id
    stored_text = window.catalogue.get_article_text(article_id)
    qt_length = len(stored_text.encode("utf-16-le")) // 2
    assert window.reader.document().characterCount() - 1 == qt_length

    a = data.draw(st.integers(0, qt_length), label="anchor")
    b = data.draw(st.integers(0, qt_length), label="position")
    assume(a != b)
    assume(not inside_surrogate_pair(stored_text, a))
    assume(not inside_surrogate_pair(stored_text, b))
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    shown = window.reader.textCursor().selection().toPlainText()
    assume(shown.strip())

    # as if Alt were held: the span is taken exactly as selected
    claim = window.claims.attribute_selection(
        snap=False, attribution=Attribution(new_speaker="Ліна Костенко")
    )
    assert claim is not None
    stored = window.catalogue.get_claim(claim.id)
    assert stored.quote == shown
    assert stored_text[stored.start : stored.end] == shown
    highlighted = [s.cursor.selection().toPlainText() for s in window.reader.claim_selections()]
    assert shown in highlighted


@settings(max_examples=200, deadline=None)
@given(text=texts, data=st.data())
def test_position_map_agrees_with_utf16(text: str, data: st.DataObject) -> None:
    positions = PositionMap(text)
    assert positions.qt_length == len(text.encode("utf-16-le")) // 2
    offset = data.draw(st.integers(0, len(text)))
    qt = positions.to_qt(offset)
    assert qt == len(text[:offset].encode("utf-16-le")) // 2
    assert positions.to_py(qt) == offset
    position = data.draw(st.integers(0, positions.qt_length))
    back = positions.to_py(position)
    # a position inside a surrogate pair rounds down to its character's start
    assert positions.to_qt(back) == position - inside_surrogate_pair(text, position)
