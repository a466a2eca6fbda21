"""A web page's metadata read without categories, tags and licence is field for field what
trafilatura's own extract_metadata gives, on pages that take each of its paths."""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path
from typing import Any

import pytest
from trafilatura import xpaths
from trafilatura.metadata import extract_author, extract_metadata
from trafilatura.settings import set_date_params
from trafilatura.utils import load_html

from claimdesk.core.importers import page_metadata as page_metadata_module
from claimdesk.core.importers import read_article_file
from claimdesk.core.importers.page_metadata import page_metadata

BODY = (
    "<p>Министр иностранных дел заявил во вторник, что переговоры продолжатся в ближайшие "
    "недели, а стороны договорились о создании рабочей группы.</p>"
    "<p>The foreign minister told reporters that the talks would continue.</p>"
)
CHROME = (
    "<header><nav><ul><li><a href='/category/politics/'>Политика</a></li>"
    "<li><a href='/tag/economy/'>Economy</a></li></ul></nav></header>"
)
FOOTER = (
    "<footer><p>© 2024 Example Media.</p><a rel='license' href='https://creativecommons.org/"
    "licenses/by/4.0/'>CC BY 4.0</a></footer>"
)


def page(head: str = "", article: str = "", *, around: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head>{head}</head><body>{CHROME}{around}<main><article>"
        f"{article}{BODY}</article></main>{FOOTER}</body></html>"
    )


PAGES = {
    "full meta": page(
        "<title>Переговоры продолжатся | Интерфакс</title>"
        '<meta property="og:title" content="Переговоры продолжатся">'
        '<meta property="og:site_name" content="Интерфакс">'
        '<meta property="article:published_time" content="2025-03-14T09:30:00+03:00">'
        '<meta name="author" content="Иван Петров">'
        '<link rel="canonical" href="https://news.example/ru/42">'
    ),
    "a lone word as author, a byline in the page": page(
        '<meta name="author" content="Staff">',
        '<p class="byline">Анна Смирнова, Reuters</p>',
    ),
    "a numbered author, a byline with a date inside": page(
        '<meta name="author" content="Staff 12">',
        '<div class="author">By <span class="date">May 2</span>John Smith and Jane Doe</div>',
    ),
    "a byline split by a date, a byline after a pruned date": page(
        "",
        '<div id="author">Jo<span class="date">2 May</span>hn Doe</div>'
        '<span class="date">2 May</span><p class="byline">Anna Smirnova</p>',
    ),
    "bylines in a figure and in comments, then one outside": page(
        "",
        '<figure><time>1 May</time><p class="byline">Photo Person</p></figure>'
        '<div class="comments"><a rel="author" href="#">Commenter Name</a></div>'
        '<div class="writer">Writer Name</div>',
    ),
    "a byline told by a rel child holding a date": page(
        "", '<div><rel>m<time>x</time>e</rel>Rel Person</div><p class="byline">Anna Smirnova</p>'
    ),
    "an author block in the sidebar only": page(
        "", around='<div class="sidebar"><span class="author-name">Sidebar Person</span></div>'
    ),
    "JSON-LD": page(
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"NewsArticle", "headline": "Ministers meet in Geneva", "datePublished": '
        '"2024-11-05T08:00:00Z", "author": {"@type": "Person", "name": "Jane Smith"}, '
        '"publisher": {"@type": "Organization", "name": "Euronews"}}</script>'
    ),
    "broken JSON-LD": page('<script type="application/ld+json">{"headline": "Half</script>'),
    "title and site in the title element": page("<title>Talks go on - BBC News</title>"),
    "a site name from a lower-case handle": page(
        '<meta name="twitter:site" content="@newsroom"><title>Talks</title>'
    ),
    "a site name from the address only": page(
        '<link rel="canonical" href="https://www.example-news.com/a/1">'
    ),
    "entities and a very long title": page(f"<title>Caf&eacute; &amp; {'x' * 10_050}</title>"),
    "a date in a time element": page(
        "", '<time datetime="2023-06-01T10:00:00Z">1 June</time><h1>One heading</h1>'
    ),
    "nothing at all": page(),
    "an empty data-component beside a byline": page(
        "", '<section data-component="">Related</section><p class="byline">Anna Smirnova</p>'
    ),
    "bylines of every kind, the same class twice": page(
        "",
        '<span class="author-name">First Author</span><author>Second Author</author>'
        '<h4 id="zuozhe">Third Author</h4><div data-testid="AuthorCard">Fourth Author</div>'
        '<span class="author-name">Fifth Author</span>',
    ),
    "a byline on the root element": (
        f'<html class="author"><head><title>T</title></head><body><main>{BODY}</main></body></html>'
    ),
    "a body after the page's end": (
        "<html><head><title>Talks</title></head></html><body><main><article>"
        f'<div class="author">Jo Doe</div>{BODY}</article></main></body>'
    ),
}
FIELDS = ("title", "author", "url", "date", "sitename")


@pytest.mark.parametrize("html", list(PAGES.values()), ids=list(PAGES))
def test_the_metadata_is_trafilaturas_own(html: str) -> None:
    params = set_date_params(True)
    expected = extract_metadata(load_html(html), None, params, False)
    tree = load_html(html)
    found = page_metadata(tree, params)
    assert {f: getattr(found, f) for f in FIELDS} == {f: getattr(expected, f) for f in FIELDS}
    # the tree is left for the extractor as it was (the metadata is read off a copy where
    # trafilatura prunes)
    assert load_html(html) is not None
    assert len(list(tree.iter())) == len(list(load_html(html).iter()))


def test_an_imported_page_keeps_the_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGES["full meta"], encoding="utf-8")
    article = read_article_file(path)
    assert (article.title, article.author, article.outlet) == (
        "Переговоры продолжатся",
        "Иван Петров",
        "Интерфакс",
    )
    assert (article.url, article.published) == ("https://news.example/ru/42", "2025-03-14")


def _position(element: Any, root: Any) -> tuple[int, ...]:
    """Where ``element`` lies below ``root``: the index of each ancestor in its parent."""
    steps: list[int] = []
    while element is not root:
        parent = element.getparent()
        steps.append(parent.index(element))
        element = parent
    return tuple(reversed(steps))


@pytest.mark.parametrize("html", list(PAGES.values()), ids=list(PAGES))
def test_one_walk_finds_what_trafilaturas_expressions_find(html: str) -> None:
    tree = load_html(html)
    found = page_metadata_module._scan(tree)
    if tree.find(".//rel") is not None:  # a test looks into <rel> elements: left to trafilatura
        assert found is None
    else:
        assert found is not None
        # trafilatura asks them of a copy of the page (its root element and all it holds)
        copy = deepcopy(tree)
        expressions = [*xpaths.AUTHOR_XPATHS, *xpaths.AUTHOR_DISCARD_XPATHS]
        assert len(found) == len(expressions)
        for expression, ours in zip(expressions, found, strict=True):
            theirs = [_position(element, copy) for element in expression(copy)]
            assert [_position(element, tree) for element in ours] == theirs
    assert extract_author(tree) == page_metadata_module._author(tree)


def test_the_walk_finds_bylines_in_order_and_leaves_pruned_ones() -> None:
    tree = load_html(PAGES["bylines of every kind, the same class twice"])
    found = page_metadata_module._scan(tree)
    assert found is not None
    texts = [[" ".join(e.itertext()) for e in elements] for elements in found[:3]]
    assert texts[0] == ["First Author", "Second Author", "Fourth Author", "Fifth Author"]
    assert texts[1] == ["First Author", "Third Author", "Fifth Author"]
    sidebar_only = load_html(PAGES["an author block in the sidebar only"])
    assert page_metadata_module._author(sidebar_only) is None


@pytest.mark.parametrize(
    "path",
    [
        "//*[starts-with(@class, 'author')]",  # a test the walk does not know
        "//*[re:test(@class, 'a*')]",  # would hold for an element without a class too
        "//*[@class='a'][position() = 1]",
        "//div/span[@class='author']",
    ],
)
def test_an_expression_beyond_the_walk_is_left_to_trafilatura(path: str) -> None:
    assert page_metadata_module._Expression.read(path) is None


def test_long_attribute_values_are_tested_but_not_kept() -> None:
    long_class = "author " + "x" * page_metadata_module.CACHED_VALUE_CHARS
    html = page("", f'<div class="{long_class}">Long Class Person</div>')
    tree = load_html(html)
    page_metadata_module._cached_mask.cache_clear()
    assert page_metadata_module._author(tree) == extract_author(tree) == "Long Class Person"
    assert page_metadata_module._attribute_mask("class", long_class) != 0
    assert page_metadata_module._attribute_mask("class", "byline") != 0
    # of the page's attribute values, the short ones and "byline" are kept; the long one not
    kept = page_metadata_module._cached_mask.cache_info().currsize
    page_metadata_module._attribute_mask("class", long_class)
    assert page_metadata_module._cached_mask.cache_info().currsize == kept
    page_metadata_module._attribute_mask("class", "writer")
    assert page_metadata_module._cached_mask.cache_info().currsize == kept + 1


def test_the_expressions_read_apart() -> None:
    union = page_metadata_module._Expression.read("//time|//figure")
    assert union is not None and union.also == {"time", "figure"} and not union.tests
    below = page_metadata_module._Expression.read(
        ".//*[self::a or self::div][@id='x' or contains(@data-component, 'Fig') or rel='me']"
    )
    assert below is not None
    assert (below.names, below.whole_page, below.children) == ({"a", "div"}, False, {"rel"})
    (_, equal), (_, holds) = below.tests
    assert equal("x") and not equal("xx")
    assert holds("Figure") and not holds("") and not holds("fig")
