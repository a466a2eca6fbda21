"""Checks of an article's web address and language as a person types them (the article details
dialog, ``claimdesk-cli import`` and ``article-edit``): "not a url" and "klingon" were stored,
and the reader showed "not a url" as a link that opened nothing. Files and projects imported
keep what they say; these checks are for what is typed."""

from __future__ import annotations

import re

from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.messages import QT_TRANSLATE_NOOP

_WEB_ADDRESS = re.compile(r"https?://[^\s/?#]+[^\s]*", re.IGNORECASE)
"""http or https, a host, then anything without spaces."""
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*", re.IGNORECASE)
"""A language code: two or three letters (ISO 639), perhaps with a region or script ("pt-BR")."""


def is_http_address(text: str) -> bool:
    """Whether ``text`` is an http or https address, the only ones a link may open (not
    :func:`claimdesk.core.importers.addresses.is_web_address`, which tells any address with a
    scheme from a file name)."""
    return _WEB_ADDRESS.fullmatch(text.strip()) is not None


def check_article_url(text: str) -> str:
    """``text`` stripped: empty, or an http or https address; else InvalidValueError."""
    text = text.strip()
    if text and not is_http_address(text):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{url}” is not a web address: write it as https://… (or leave it empty).",
            ),
            url=text[:200],
        )
    return text


def check_language(text: str) -> str:
    """``text`` stripped: empty, or a language code such as "ru", "en", "pt-BR"; else
    InvalidValueError."""
    text = text.strip()
    if text and _LANGUAGE.fullmatch(text) is None:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{language}” is not a language code: write it as two letters, such as ru or "
                "en (or leave it empty).",
            ),
            language=text[:200],
        )
    return text
