"""A web page's title, author, date, site name and canonical address, as trafilatura finds them.

trafilatura's own ``extract_metadata`` also looks for the page's categories, tags and licence,
which ClaimDesk does not keep: a tenth of a millisecond or more a page (two passes of regular
expressions over every link), a twentieth of the time reading a page takes. :func:`page_metadata`
takes the same steps in the same order, with trafilatura's own functions, for the fields an
article keeps, and leaves the three others out; each field it gives is the one
``extract_metadata`` gives (tests compare the two on varied pages).

Loaded on first use with trafilatura (see :mod:`claimdesk.core.importers.html`).
"""

from __future__ import annotations

import logging
from typing import Any

from trafilatura import metadata as _trafilatura_metadata
from trafilatura.settings import Document

log = logging.getLogger("claimdesk.importers")


def page_metadata(tree: Any, date_params: dict[str, Any]) -> Document:
    """The metadata of the parsed page ``tree`` (trafilatura's ``load_html``) that an article
    keeps: title, author, url, date and site name, each as ``extract_metadata(tree, None,
    date_params)`` gives it; ``tree`` is left as it was."""
    found = _trafilatura_metadata
    metadata = found.examine_meta(tree)
    if metadata.author and " " not in metadata.author:  # as extract_metadata: a lone word
        metadata.author = None
    try:
        metadata = found.extract_meta_json(tree, metadata)
    except Exception as error:  # as extract_metadata: its JSON-LD reader has bugs
        log.info("trafilatura's JSON-LD metadata failed: %s", error)
    if not metadata.title:
        metadata.title = found.extract_title(tree)
    if not metadata.author:
        metadata.author = found.extract_author(tree)
    if not metadata.url:
        metadata.url = found.extract_url(tree, None)
    metadata.date = found.find_date(tree, **{**date_params, "url": metadata.url})
    if not metadata.sitename:
        metadata.sitename = found.extract_sitename(tree)
    if metadata.sitename:
        site = metadata.sitename.lstrip("@")  # a Twitter handle
        metadata.sitename = (
            site.title() if site and "." not in site and not site[0].isupper() else site
        )
    elif metadata.url:
        from_url = found.META_URL.match(metadata.url)
        if from_url:
            metadata.sitename = from_url[1]
    metadata.clean_and_trim()
    return metadata
