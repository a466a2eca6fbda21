"""A web page's title, author, date, site name and canonical address, as trafilatura finds them.

trafilatura's own ``extract_metadata`` also looks for the page's categories, tags and licence,
which ClaimDesk does not keep: a tenth of a millisecond or more a page (two passes of regular
expressions over every link), a twentieth of the time reading a page takes. :func:`page_metadata`
takes the same steps in the same order, with trafilatura's own functions, for the fields an
article keeps, and leaves the three others out; each field it gives is the one
``extract_metadata`` gives (tests compare the two on varied pages).

The author, when the page's ``<meta>`` tags and JSON-LD do not name one, is looked for by
trafilatura's XPath expressions: three for a byline, two for the parts pruned before looking
(comments, sidebars, dates, figures). On a real news page each takes libxml2 two milliseconds
or more (it tests every element against a dozen conditions, and calls Python for each
regular-expression test), a quarter of the time trafilatura's own extraction takes. Every one
of them asks only about an element's own name and attributes (``@class='byline'``,
``contains(@itemprop, 'author')``, ``re:test(@class, 'author|writer')``…), so here they are
read apart once (:class:`_Expression`) and answered for all five in one walk over the page's
elements (:func:`_scan`), each attribute's value tested once however many elements carry it
(:func:`_attribute_mask`): the same elements, in the same order, in a fifth of the time. An
expression this reading does not understand (a later trafilatura may write others), or a page
with an element a test looks into (``rel='me'``: the text of a child element), is left to
trafilatura's own ``extract_author``. Tests compare both on varied pages; the benchmark
``benchmarks/page_metadata.py`` on real ones.

Loaded on first use with trafilatura (see :mod:`claimdesk.core.importers.html`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from htmldate import find_date
from lxml.etree import Element
from trafilatura import metadata as _trafilatura_metadata
from trafilatura import xpaths as _trafilatura_xpaths
from trafilatura.json_metadata import normalize_authors
from trafilatura.settings import Document
from trafilatura.utils import trim

log = logging.getLogger("claimdesk.importers")

_ELEMENTS = re.compile(
    r"\s*(?P<axis>\.?//)\*(?:\[(?P<names>self::\w+(?:\s+or\s+self::\w+)*)\])?"
    r"\[(?P<test>.*)\](?P<rest>(?:\s*\|\s*//\w+)*)\s*",
    re.DOTALL,
)
"""``//*[self::a or self::div][test] | //author``: elements, maybe of some names, that pass
a test, and maybe all elements of some other names."""
_NAMES_ONLY = re.compile(r"\s*//\w+(?:\s*\|\s*//\w+)*\s*")
"""``//time | //figure``: all elements of some names."""
_TERM = re.compile(
    r"""\s*(?:
        @(?P<equal>[\w-]+)\s*=\s*'(?P<value>[^']*)'                          # @class='author'
      | re:test\(\s*@(?P<tested>[\w-]+)\s*,\s*'(?P<pattern>[^']*)'\s*\)      # re:test(@id, 'x')
      | contains\(\s*@(?P<holder>[\w-]+)\s*,\s*'(?P<part>[^']+)'\s*\)        # contains(@id, 'x')
      | (?P<child>[a-z]+)\s*=\s*'[^']*'                                      # rel='me': a child
    )\s*""",
    re.VERBOSE,
)
_OR = re.compile(r"\sor\s")
_NAME = re.compile(r"(?:self::|//)(\w+)")

AttributeTest = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class _Expression:
    """An XPath expression of trafilatura's, read apart: the elements it finds are those
    named in ``also``, and, when ``tests`` has any, those (named in ``names``, unless it is
    None) with an attribute that passes one of its tests; the root element too only when
    ``whole_page`` (``//*`` finds it, ``.//*`` does not)."""

    tests: tuple[tuple[str, AttributeTest], ...]
    names: frozenset[str] | None
    also: frozenset[str]
    whole_page: bool
    children: frozenset[str]
    """Element names a test looks into (``rel='me'``): a page with any is left to trafilatura."""

    @classmethod
    def read(cls, path: str) -> _Expression | None:
        """The expression ``path`` read apart, or None when it is not of the kinds above."""
        if _NAMES_ONLY.fullmatch(path):
            return cls((), None, frozenset(_NAME.findall(path)), True, frozenset())
        whole = _ELEMENTS.fullmatch(path)
        if whole is None:
            return None
        tests: list[tuple[str, AttributeTest]] = []
        children: set[str] = set()
        for term in _alternatives(whole["test"]):
            found = _TERM.fullmatch(term)
            if found is None:
                return None  # a test of something other than the element's own attributes
            if found["child"]:
                children.add(found["child"])
            elif found["equal"]:
                tests.append((found["equal"], found["value"].__eq__))
            elif found["holder"]:
                tests.append((found["holder"], _holding(found["part"])))
            else:
                pattern = re.compile(found["pattern"])
                if pattern.search("") is not None:
                    return None  # it would hold for an element without the attribute too
                tests.append((found["tested"], _searching(pattern)))
        names = frozenset(_NAME.findall(whole["names"])) if whole["names"] else None
        also = frozenset(_NAME.findall(whole["rest"]))
        return cls(tuple(tests), names, also, whole["axis"] == "//", frozenset(children))


def _holding(part: str) -> AttributeTest:
    return lambda value: part in value


def _searching(pattern: re.Pattern[str]) -> AttributeTest:
    # EXSLT's re:test as lxml runs it: Python's re.search on the attribute's value
    return lambda value: pattern.search(value) is not None


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


def _read_all(expressions: list[Any]) -> tuple[_Expression, ...] | None:
    read = [_Expression.read(expression.path) for expression in expressions]
    return None if any(e is None for e in read) else tuple(e for e in read if e is not None)


_BYLINES = _read_all(_trafilatura_xpaths.AUTHOR_XPATHS)
_PRUNED = _read_all(_trafilatura_xpaths.AUTHOR_DISCARD_XPATHS)
_SCANNED: tuple[_Expression, ...] = (*(_BYLINES or ()), *(_PRUNED or ()))
_TESTED = frozenset(name for e in _SCANNED for name, _test in e.tests)
_ALSO = frozenset(name for e in _SCANNED for name in e.also)
_LOOKED_INTO = frozenset(name for e in _SCANNED for name in e.children)


CACHED_VALUE_CHARS = 256
"""Attribute values up to this long have their answers kept (class names repeat, page after
page); a longer one is tested afresh each time, so the cache stays a few megabytes at most."""


def _attribute_mask(name: str, value: str) -> int:
    """Which of the scanned expressions (bit i for ``_SCANNED[i]``) an element with this
    attribute passes, so far as its tests go (its names aside)."""
    if len(value) > CACHED_VALUE_CHARS:
        return _tested_mask(name, value)
    return _cached_mask(name, value)


def _tested_mask(name: str, value: str) -> int:
    mask = 0
    for bit, expression in enumerate(_SCANNED):
        if any(tested == name and test(value) for tested, test in expression.tests):
            mask |= 1 << bit
    return mask


_cached_mask = lru_cache(maxsize=16_384)(_tested_mask)


def _scan(tree: Any) -> list[list[Any]] | None:
    """What each of :data:`_SCANNED` finds in ``tree`` (the page's root element), each in
    document order as XPath gives it; None for a page with an element a test looks into."""
    found: list[list[Any]] = [[] for _expression in _SCANNED]
    for element in tree.iter(Element):
        tag = element.tag
        if tag in _LOOKED_INTO:
            return None
        mask = 0
        for name, value in element.items():
            if name in _TESTED:
                mask |= _attribute_mask(name, value)
        if not mask and tag not in _ALSO:
            continue
        for bit, expression in enumerate(_SCANNED):
            if (
                tag in expression.also
                or (mask >> bit & 1 and (expression.names is None or tag in expression.names))
            ) and (expression.whole_page or element is not tree):
                found[bit].append(element)
    return found


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
    """trafilatura's ``extract_author``: the first byline outside comments, sidebars, dates
    and figures.

    trafilatura prunes those parts from a copy of the whole tree, then looks for bylines in
    it. Here both are found in one walk over the page (:func:`_scan`), and the bylines are
    taken in the same order, less those inside a pruned part: the same elements, since each
    expression tests an element's own name and attributes only, and the same text, as long
    as no pruned part lies inside the byline (its text would then lose that part's words).
    When one does, or the expressions or the page are beyond :func:`_scan`, trafilatura's
    own ``extract_author`` looks."""
    found = _scan(tree) if _BYLINES is not None and _PRUNED is not None else None
    if found is None:
        author: str | None = _trafilatura_metadata.extract_author(tree)
        return author
    bylines = found[: len(_BYLINES or ())]
    pruned = {
        element
        for elements in found[len(bylines) :]
        for element in elements
        if element.getparent() is not None  # as trafilatura's pruning: the root stays
    }
    for elements in bylines:  # as trafilatura's extract_metainfo
        for element in elements:
            if element in pruned or any(a in pruned for a in element.iterancestors()):
                continue
            if pruned and any(d in pruned for d in element.iterdescendants()):
                return _trafilatura_metadata.extract_author(tree)  # the byline loses words
            content = trim(" ".join(element.itertext()))
            if content and 2 < len(content) < AUTHOR_MAX_CHARS:
                return normalize_authors(None, content)
    return None


AUTHOR_MAX_CHARS = 120
"""extract_author's length limit for a byline."""
