"""A folder import stores the same articles however fast it got: titles, texts, outlets, dates,
languages, addresses and authors of handmade files (Russian and English; text files in UTF-8,
UTF-16, Windows-1251, KOI8-R and Latin-1; web pages with full metadata, with JSON-LD only, and
with none) are checked against literal values, read in worker processes and in one process."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.importers.batch import POOL_FROM_FILES

RU_TASS = (
    "Лавров провёл переговоры с Фиданом\n"
    "\n"
    "МОСКВА, 3 марта 2024. /ТАСС/. Министр иностранных дел России Сергей Лавров провёл в "
    "воскресенье переговоры с турецким коллегой Хаканом Фиданом. «Мы обсудили ситуацию в "
    "регионе и подготовку визита», — заявил Лавров журналистам после встречи.\n"
)
RU_SPUTNIK = (
    "БАКУ, 28 июл - Sputnik. Министр иностранных дел Азербайджана Джейхун Байрамов во вторник "
    "принял посла России Михаила Бочарникова. Стороны обсудили двусторонние отношения.\n"
    "\n"
    '"Азербайджан не участвует в переговорах ради переговоров", - сказал Байрамов.\n'
)
RU_PLAIN = (
    "Мэр города открыл новую станцию метро. Строительство линии завершится к 2027 году, "
    "сообщил он журналистам. Ещё три станции откроются в следующем году, отметил мэр.\n"
)
EN_REUTERS = (
    "WASHINGTON, May 12, 2025 (Reuters) - The U.S. Senate voted on Monday to extend the "
    'programme for another year, officials said. "We have done what we promised," the '
    "majority leader told reporters.\n"
)
EN_UTF16 = (
    "Central bank holds rates\n"
    "\n"
    "The central bank governor said that the economy would grow by about 2% this year and "
    "that energy prices would not rise before the end of the year.\n"
)
EN_LATIN1 = (
    "The café owners' association said on Friday that the new rules, which take effect in "
    "June, would cost its members a great deal; a spokeswoman added that talks would go on.\n"
)
RU_PAGE_TEXT = (
    "Глава Центробанка заявил, что рост экономики в этом году составит около трёх процентов. "
    "Он подчеркнул, что инфляция замедляется.",
    "«Бюджет на следующий год будет сбалансирован», — отметил он на пресс-конференции в четверг.",
)
EN_PAGE_TEXT = (
    "The foreign minister told reporters on Tuesday that the talks would continue in the "
    "coming weeks and that both sides had agreed to set up a working group.",
    '"The border remained calm throughout the night," a defence ministry official said, '
    "adding that no incidents had been reported.",
)


def page(
    body: str,
    *,
    head: str = "",
    charset: str = "",
    lang: str = "",
    chrome: bool = True,
) -> str:
    """A news page: the article in ``body``, with navigation, a sidebar and a footer around."""
    meta = f'<meta charset="{charset}">' if charset else ""
    nav = "".join(f'<li><a href="/s/{i}">Раздел {i}</a></li>' for i in range(6))
    around = (
        (f"<header><nav><ul>{nav}</ul></nav></header>", "<aside><a href='/x'>Ещё</a></aside>")
        if chrome
        else ("", "")
    )
    footer = "<footer><p>© 2025 All rights reserved.</p></footer>" if chrome else ""
    return (
        f"<!DOCTYPE html>\n<html{f' lang={lang!r}' if lang else ''}><head>{meta}{head}"
        "<style>p { margin: 0 }</style><script>var x = 1;</script></head>"
        f"<body>{around[0]}<main><article>{body}</article></main>{around[1]}{footer}"
        "</body></html>\n"
    )


def paragraphs(texts: tuple[str, ...]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


RU_META_PAGE = page(
    "<h1>Глава ЦБ ждёт роста экономики</h1>" + paragraphs(RU_PAGE_TEXT),
    head=(
        "<title>Глава ЦБ ждёт роста экономики | Интерфакс</title>"
        '<meta property="og:title" content="Глава ЦБ ждёт роста экономики">'
        '<meta property="og:site_name" content="Интерфакс">'
        '<meta property="article:published_time" content="2025-03-14T09:30:00+03:00">'
        '<meta name="author" content="Иван Петров">'
        '<link rel="canonical" href="https://news.example/ru/42">'
    ),
    charset="windows-1251",
    lang="ru",
)
EN_BARE_PAGE = page(paragraphs(EN_PAGE_TEXT), charset="utf-8", chrome=False)
EN_H1_PAGE = page("<h1>Talks to continue, minister says</h1>" + paragraphs(EN_PAGE_TEXT[::-1]))
RU_KOI8_PAGE = page(
    paragraphs(
        (
            "Губернатор области сообщил, что в регионе открылись двенадцать новых школ. "
            "По его словам, ещё пять откроются до конца года.",
            "Депутат Государственной думы напомнил, что бюджет на следующий год будет "
            "сбалансирован, и добавил, что налоги не вырастут.",
        )
    ),
    head='<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
)
EN_JSON_LD_PAGE = page(
    "<h2>Ministers meet</h2>" + paragraphs(EN_PAGE_TEXT),
    head=(
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Ministers meet in Geneva", '
        '"datePublished": "2024-11-05T08:00:00Z", "author": {"@type": "Person", '
        '"name": "Jane Smith"}, "publisher": {"@type": "Organization", "name": "Euronews"}}'
        "</script>"
    ),
    charset="utf-8",
    lang="en",
)
EN_UTF16_PAGE = page(
    paragraphs(
        (
            "Ministers from both countries agreed on Thursday to set up a working group on "
            "trade, a government spokeswoman said after the meeting in the capital.",
            "The group will meet for the first time next month, she added.",
        )
    ),
    head=(
        "<title>Ministers agree on a working group - BBC News</title>"
        '<meta property="article:published_time" content="2023-06-01">'
    ),
    charset="utf-8",
)

FILES: dict[str, bytes] = {
    "01-ru-tass.txt": RU_TASS.encode("cp1251"),
    "02-ru-sputnik.txt": RU_SPUTNIK.encode("koi8-r"),
    "03-ru-plain.txt": RU_PLAIN.encode("utf-8"),
    "04-en-reuters.txt": EN_REUTERS.encode("utf-8"),
    "05-en-headline.txt": EN_UTF16.encode("utf-16"),
    "06-en-latin1.txt": EN_LATIN1.encode("latin-1"),
    "07-ru-meta.html": RU_META_PAGE.encode("cp1251"),
    "08-en-bare.html": EN_BARE_PAGE.encode("utf-8"),
    "09-en-h1.htm": EN_H1_PAGE.encode("utf-8"),
    "10-ru-koi8.html": RU_KOI8_PAGE.encode("koi8-r"),
    "11-en-json-ld.html": EN_JSON_LD_PAGE.encode("utf-8"),
    "12-en-utf16.html": EN_UTF16_PAGE.encode("utf-16"),
}

RU_META_TEXT = "Глава ЦБ ждёт роста экономики\n" + "\n".join(RU_PAGE_TEXT)
EN_BARE_TEXT = "\n".join(EN_PAGE_TEXT)

# name: (title, outlet, published, language, url, note, text) as the import stored them before
# it was made faster (read off the catalogue of an import with the earlier code)
EXPECTED: dict[str, tuple[str, str, str | None, str, str, str, str]] = {
    "01-ru-tass.txt": (
        "Лавров провёл переговоры с Фиданом", "ТАСС", "2024-03-03", "ru", "", "", RU_TASS,
    ),
    "02-ru-sputnik.txt": (
        "Министр иностранных дел Азербайджана Джейхун Байрамов во вторник принял посла России "
        "Михаила Бочарникова.",
        "Sputnik", None, "ru", "", "", RU_SPUTNIK,
    ),
    "03-ru-plain.txt": ("Мэр города открыл новую станцию метро.", "", None, "ru", "", "", RU_PLAIN),
    "04-en-reuters.txt": (
        "The U.S. Senate voted on Monday to extend the programme for another year, officials "
        "said.",
        "Reuters", "2025-05-12", "en", "", "", EN_REUTERS,
    ),
    "05-en-headline.txt": ("Central bank holds rates", "", None, "en", "", "", EN_UTF16),
    "06-en-latin1.txt": (
        "The café owners' association said on Friday that the new rules, which take effect in "
        "June, would cost its members a great deal; a spokeswoman added that talks…",
        "", None, "en", "", "", EN_LATIN1,
    ),
    "07-ru-meta.html": (
        "Глава ЦБ ждёт роста экономики", "Интерфакс", "2025-03-14", "ru",
        "https://news.example/ru/42", "Author: Иван Петров", RU_META_TEXT,
    ),
    "08-en-bare.html": (EN_PAGE_TEXT[0], "", None, "en", "", "", EN_BARE_TEXT),
    "09-en-h1.htm": (
        # the year is the footer's "© 2025" (trafilatura's date search, htmldate, takes it)
        "Talks to continue, minister says", "", "2025-01-01", "en", "", "",
        "Talks to continue, minister says\n" + "\n".join(EN_PAGE_TEXT[::-1]),
    ),
    "10-ru-koi8.html": (
        "Губернатор области сообщил, что в регионе открылись двенадцать новых школ. По его "
        "словам, ещё пять откроются до конца года.",
        "", "2025-01-01", "ru", "", "",
        "Губернатор области сообщил, что в регионе открылись двенадцать новых школ. По его "
        "словам, ещё пять откроются до конца года.\nДепутат Государственной думы напомнил, что "
        "бюджет на следующий год будет сбалансирован, и добавил, что налоги не вырастут.",
    ),
    "11-en-json-ld.html": (
        "Ministers meet in Geneva", "Euronews", "2024-11-05", "en", "", "Author: Jane Smith",
        "Ministers meet\n" + EN_BARE_TEXT,
    ),
    "12-en-utf16.html": (
        "Ministers agree on a working group", "", "2023-06-01", "en", "", "",
        "Ministers from both countries agreed on Thursday to set up a working group on trade, a "
        "government spokeswoman said after the meeting in the capital.\nThe group will meet for "
        "the first time next month, she added.",
    ),
}  # fmt: skip
NEAR_DUPLICATES = {"09-en-h1.htm": "08-en-bare.html", "11-en-json-ld.html": "08-en-bare.html"}


@pytest.mark.parametrize("workers", [(), ("--workers", "1")], ids=["worker processes", "one"])
def test_a_varied_folder_imports_as_it_always_did(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str], workers: tuple[str, ...]
) -> None:
    assert len(FILES) >= POOL_FROM_FILES  # so that the default reads in worker processes
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in FILES.items():
        (folder / name).write_bytes(data)
    code = main(["import", "--db", str(db_path), str(folder), "--json", *workers])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert (
        err.splitlines()[-1] == f"claimdesk-cli: {len(FILES)} imported, 0 already there, 0 failed"
    )
    results = {Path(r["file"]).name: r for r in json.loads(out)}
    ids = {name: r["id"] for name, r in results.items()}
    with Catalogue.open(db_path) as catalogue:
        stored = {}
        for article in catalogue.list_articles():
            text = catalogue.get_article_text(article.id)
            assert article.text_hash == hashlib.sha256(text.encode()).hexdigest()
            stored[article.source_name] = (
                article.title,
                article.outlet,
                article.published,
                article.language,
                article.url,
                article.note,
                text,
            )
            assert article.source_format == ("html" if ".htm" in article.source_name else "txt")
    assert stored == EXPECTED
    assert {
        name: r["near_duplicate_of"] for name, r in results.items() if r["near_duplicate_of"]
    } == {name: ids[earlier] for name, earlier in NEAR_DUPLICATES.items()}
