"""A web page's title, author, date, site name and canonical address, as trafilatura finds them.

trafilatura's own ``extract_metadata`` also looks for the page's categories, tags and licence,
which ClaimDesk does not keep: a tenth of a millisecond or more a page (two passes of regular
expressions over every link), a twentieth of the time reading a page takes. :func:`page_metadata`
takes the same steps in the same order, with trafilatura's own functions, for the fields an
article keeps, and leaves the three others out; each field it gives is the one
``extract_metadata`` gives (tests compare the two on varied pages).

The author, when the page's ``<meta>`` tags and JSON-LD do not name one, is looked for by
trafilatura's XPath expressions, whose regular-expression tests lxml hands to Python element by
element: a third of the metadata's time. They are run here as trafilatura wrote them, except that
each such test of an attribute is first asked whether the element has the attribute at all
(natively, in libxml2): an absent attribute tests as the empty string, which none of those
patterns matches (:func:`_quicker` leaves any test that could), so the same elements are found.

Loaded on first use with trafilatura (see :mod:`claimdesk.core.importers.html`).
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy
from typing import Any

from htmldate import find_date
from trafilatura import metadata as _trafilatura_metadata
from trafilatura import xpaths as _trafilatura_xpaths
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.json_metadata import normalize_authors
from trafilatura.settings import Document

log = logging.getLogger("claimdesk.importers")

_REGEX_TEST = re.compile(r"re:test\((@[\w:-]+),\s*'([^']*)'\)")


def _quicker(expression: Any) -> Any:
    """``expression`` with each ``re:test(@attribute, 'pattern')`` asked only of elements that
    have the attribute (a pattern that matches the empty string is left as it is)."""

    def guarded(test: re.Match[str]) -> str:
        if re.search(test[2], "") is not None:
            return test[0]
        return f"({test[1]} and {test[0]})"

    path = _REGEX_TEST.sub(guarded, expression.path)
    # lxml's XPath class, as trafilatura made the expression with
    return type(expression)(path, namespaces={"re": _trafilatura_xpaths.REGEXP_NS})


AUTHOR_XPATHS = [_quicker(e) for e in _trafilatura_xpaths.AUTHOR_XPATHS]
AUTHOR_DISCARD_XPATHS = [_quicker(e) for e in _trafilatura_xpaths.AUTHOR_DISCARD_XPATHS]


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
        metadata.author = _author(tree)
    if not metadata.url:
        metadata.url = found.extract_url(tree, None)
    metadata.date = find_date(tree, **{**date_params, "url": metadata.url})
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


def _author(tree: Any) -> str | None:
    """trafilatura's ``extract_author`` with :func:`_quicker` expressions: the first byline
    outside comments, sidebars, dates and figures."""
    subtree = prune_unwanted_nodes(deepcopy(tree), AUTHOR_DISCARD_XPATHS)
    author = _trafilatura_metadata.extract_metainfo(subtree, AUTHOR_XPATHS, len_limit=120)
    return normalize_authors(None, author) if author else author
