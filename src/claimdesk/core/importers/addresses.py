"""Telling a web address from a file name, without loading the web fetcher: ``claimdesk-cli
import`` asks this of every argument before it starts its readers, and a folder of files should
not pay for importing urllib3 (a tenth of a second) to learn that none of them is an address."""

from __future__ import annotations

import re

SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
"""An address's scheme, as it starts the text."""
NOT_HOSTS = frozenset({"file", "data", "ftp", "ftps", "mailto", "javascript", "about", "blob"})
"""Schemes written without ``//`` that still make the text an address (refused when fetched)."""


def is_web_address(text: str) -> bool:
    """Whether ``text`` is written as an address with a scheme (``https://…``, ``ftp://…``,
    ``data:…``, ``file:…``) rather than a file name: such text goes to the web fetcher
    (:func:`claimdesk.core.importers.web.fetch_page`), which fetches http and https and refuses
    the rest with a readable reason."""
    found = SCHEME.match(text.strip())
    if found is None or len(found.group(1)) < 2:  # C:\\… is a drive, not a scheme
        return False
    return "://" in text or found.group(1).lower() in NOT_HOSTS
