"""Article text as the catalogue stores it: what is refused as not text at all."""

from __future__ import annotations

import pytest

from claimdesk.core.domain.article_text import normalise_article_text
from claimdesk.core.domain.errors import InvalidValueError


def test_binary_data_is_refused_and_text_with_a_few_control_characters_is_kept() -> None:
    random_bytes = bytes(range(1, 256)).decode("latin-1") * 20
    with pytest.raises(InvalidValueError, match="of the text is control characters"):
        normalise_article_text(random_bytes)
    with pytest.raises(InvalidValueError, match="NUL characters"):
        normalise_article_text("abc\x00def")
    # a form feed between pages, tabs, a stray escape or two in a long report: still text
    report = ("Министр заявил:\tпереговоры продолжатся.\f\n" * 200) + "\x1b[0m" * 3
    assert normalise_article_text(report).startswith("Министр")
    # at the threshold: 5% control characters over ten of them is binary
    borderline = "a" * 1000 + "\x07" * 49
    assert normalise_article_text(borderline)
    with pytest.raises(InvalidValueError):
        normalise_article_text("a" * 1000 + "\x07" * 60)
