"""A web page's metadata read without categories, tags and licence is field for field what
trafilatura's own extract_metadata gives, on pages that take each of its paths."""

from __future__ import annotations

from pathlib import Path

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


@pytest.mark.parametrize("html", list(PAGES.values()), ids=list(PAGES))
def test_the_author_expressions_find_what_trafilaturas_find(html: str) -> None:
    tree = load_html(html)
    pairs = [
        *zip(xpaths.AUTHOR_XPATHS, page_metadata_module.AUTHOR_XPATHS, strict=True),
        *zip(xpaths.AUTHOR_DISCARD_XPATHS, page_metadata_module.AUTHOR_DISCARD_XPATHS, strict=True),
    ]
    for theirs, ours in pairs:
        assert ours(tree) == theirs(tree)
    assert extract_author(tree) == page_metadata_module._author(tree)
