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
patterns matches (:func:`_quicker` leaves any test that could), so the same elements are found;
and an expression that can only find elements with certain attributes starts from those
attributes rather than from every element (:func:`_from_attributes`). The parts trafilatura
prunes before it looks (comments, sidebars, dates, figures) are skipped on the page itself
rather than cut from a copy of it (:func:`_author`).

Loaded on first use with trafilatura (see :mod:`claimdesk.core.importers.html`).
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy
from typing import Any

from htmldate import find_date
from lxml.etree import XPath
from trafilatura import metadata as _trafilatura_metadata
from trafilatura import xpaths as _trafilatura_xpaths
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.json_metadata import normalize_authors
from trafilatura.settings import Document
from trafilatura.utils import trim

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
    path = _from_attributes(path) or path
    # lxml's XPath class, as trafilatura made the expression with
    return type(expression)(path, namespaces={"re": _trafilatura_xpaths.REGEXP_NS})


_ELEMENTS = re.compile(
    r"\s*(?P<axis>\.?//)\*(?:\[(?P<names>self::\w+(?:\s+or\s+self::\w+)*)\])?"
    r"\[(?P<test>.*)\](?P<rest>(?:\s*\|\s*//\w+)*)\s*",
    re.DOTALL,
)
"""``//*[self::a or self::div][test] | //author``: elements, maybe of some names, that pass
a test, and maybe all elements of some other names."""
_TERM = re.compile(
    r"""\s*(?:
        @(?P<equal>[\w-]+)\s*=\s*'[^']*'                                # @class='author'
      | \(@(?P<guarded>[\w-]+)\s+and\s+re:test\(@(?P=guarded),\s*'[^']*'\)\)  # (see guarded)
      | contains\(@(?P<contains>[\w-]+),\s*'[^']+'\)                      # contains(@id, 'x')
      | (?P<child>[a-z]+)\s*=\s*'[^']*'                                  # rel='me': a child
    )\s*""",
    re.VERBOSE,
)


def _from_attributes(path: str) -> str | None:
    """``path``, when it is ``//*[test]`` (or ``.//*``, maybe with ``[self::a or …]``) and
    every alternative of ``test`` holds only for an element with a given attribute (or child
    element), as the same expression starting from those attributes (and children):
    ``//@*[name()='class' or …]/parent::*[test]``. libxml2 then tests the few elements with
    such an attribute instead of every element of the page (a third of the time). None for
    any other expression (left as it is)."""
    whole = _ELEMENTS.fullmatch(path)
    if whole is None:
        return None
    attributes: set[str] = set()
    children: set[str] = set()
    for term in _alternatives(whole["test"]):
        found = _TERM.fullmatch(term)
        if found is None:
            return None  # an alternative that may hold without an attribute
        if found["child"]:
            children.add(found["child"])
        else:
            attributes.add(found["equal"] or found["guarded"] or found["contains"])
    names = f"[{whole['names']}]" if whole["names"] else ""
    test = f"{names}[{whole['test']}]"
    # ".//*" leaves out the element the expression is asked of: so do its attributes here
    elements = "//" if whole["axis"] == "//" else ".//*/"
    named = " or ".join(f"name()='{name}'" for name in sorted(attributes))
    starts = [f"{elements}@*[{named}]/parent::*{test}"] if attributes else []
    starts += [f"{whole['axis']}{child}/parent::*{test}" for child in sorted(children)]
    return " | ".join(starts) + whole["rest"]


_OR = re.compile(r"\sor\s")


def _alternatives(test: str) -> list[str]:
    """The parts of ``test`` joined by ``or`` at its top level (outside brackets and quotes)."""
    parts: list[str] = []
    depth, quoted, start = 0, False, 0
    for position, char in enumerate(test):
        if char == "'":
            quoted = not quoted
        elif not quoted and char in "([":
            depth += 1
        elif not quoted and char in ")]":
            depth -= 1
        elif not quoted and depth == 0 and _OR.match(test, position - 1):
            parts.append(test[start:position])
            start = position + 2
    parts.append(test[start:])
    return parts


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
    outside comments, sidebars, dates and figures.

    trafilatura prunes those parts from a copy of the whole tree before it looks (a fifth of
    the time the author takes). Here the parts it would prune are found on the page itself,
    and the bylines found on it are taken in the same order, less those inside a pruned part:
    the same elements, since the author expressions test an element's own name and
    attributes only, and the same text, as long as no pruned part lies inside the byline
    (its text would then lose that part's words). When one does, or the page has a ``<rel>``
    element (an expression tests the text of such a child, which pruning could change), the
    copy is pruned as trafilatura prunes it."""
    if _HAS_REL(tree):
        return _author_on_pruned_copy(tree)
    pruned = _pruned_parts(tree)
    holding: set[Any] = set()
    """The ancestors of the pruned parts: a byline among them would lose words."""
    for part in pruned:
        holding.update(part.iterancestors())
    for expression in AUTHOR_XPATHS:  # as trafilatura's extract_metainfo
        for element in expression(tree):
            if element in pruned or any(a in pruned for a in element.iterancestors()):
                continue
            if element in holding:
                return _author_on_pruned_copy(tree)
            content = trim(" ".join(element.itertext()))
            if content and 2 < len(content) < AUTHOR_MAX_CHARS:
                return normalize_authors(None, content)
    return None


AUTHOR_MAX_CHARS = 120
"""extract_author's length limit for a byline."""
_HAS_REL = XPath("boolean(//rel)")


def _pruned_parts(tree: Any) -> set[Any]:
    """The elements of ``tree`` that trafilatura's ``prune_unwanted_nodes`` deletes, with
    :data:`AUTHOR_DISCARD_XPATHS` in order, from a copy (each with all it holds): each
    expression's results on the page, less those inside a part an earlier one deleted (its
    expressions, too, test an element's own name and attributes only)."""
    pruned: set[Any] = set()
    for expression in AUTHOR_DISCARD_XPATHS:
        found = [
            element
            for element in expression(tree)
            if element.getparent() is not None
            and not any(a in pruned for a in element.iterancestors())
        ]
        pruned.update(found)
    return pruned


def _author_on_pruned_copy(tree: Any) -> str | None:
    """trafilatura's ``extract_author`` step by step, with :func:`_quicker` expressions."""
    subtree = prune_unwanted_nodes(deepcopy(tree), AUTHOR_DISCARD_XPATHS)
    author = _trafilatura_metadata.extract_metainfo(
        subtree, AUTHOR_XPATHS, len_limit=AUTHOR_MAX_CHARS
    )
    return normalize_authors(None, author) if author else author
