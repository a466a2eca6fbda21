"""Importers: every text encoding, Markdown, HTML, .docx, .odt, .rtf, the dispatcher's choice by
extension and content, and every kind of bad input, on files the tests write themselves."""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from claimdesk.core.domain.errors import ImportFileError
from claimdesk.core.importers import (
    MAX_FILE_BYTES,
    article_files,
    describe_left_out,
    read_article_file,
)
from claimdesk.core.importers.encoding import decode_text, plausibility
from claimdesk.core.importers.language import detect_language
from claimdesk.core.importers.metadata import find_dateline, guess_title

SHORT_RU = "Привет мир"


@pytest.fixture
def sample_lines(sample_text: str) -> str:
    return sample_text


# -- text encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "koi8_r", "cp866", "mac_cyrillic"]
)
def test_the_sample_article_in_every_common_encoding(
    tmp_path: Path, sample_text: str, encoding: str
) -> None:
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(sample_text.replace("\n", "\r\n").encode(encoding))
    article = read_article_file(path)
    assert article.text == sample_text  # decoded right, line ends back to \n
    assert article.source_format == "txt"
    assert article.language == "ru"
    assert article.outlet == "Sputnik"  # from the dateline "БАКУ, 28 июл - Sputnik."
    assert article.published is None  # the dateline has no year: none is invented
    assert article.title.startswith("Министр иностранных дел Азербайджана")
    # the hint names the encoding as people know it, not by Python's codec name ("koi8_r")
    said = [str(hint) for hint in article.hints if "decoded as" in str(hint)]
    known_as = {
        "utf-16": "UTF-16", "cp1251": "Windows-1251", "koi8_r": "KOI8-R", "cp866": "DOS-866",
        "mac_cyrillic": "Mac Cyrillic",
    }  # fmt: skip
    if encoding in known_as:
        assert said == [f"The text was decoded as {known_as[encoding]}."]
    else:
        assert said == []


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (SHORT_RU, "cp1251"),
        (SHORT_RU, "koi8_r"),
        (SHORT_RU, "mac_cyrillic"),
        ("Байрамов отметил", "cp1251"),
        ("Министр заявил", "iso8859_5"),
        ("Привіт світ, Київ", "cp1251"),
        ("Привіт світ, Київ", "koi8_u"),
        ("Grüße aus München", "cp1252"),
        ("Élève à l'école, déjà été", "cp1252"),
        ("El niño está en España", "iso8859_15"),
        ("Zażółć gęślą jaźń", "cp1250"),
    ],
)
def test_short_texts_in_legacy_encodings(text: str, encoding: str) -> None:
    # charset-normalizer alone reads "Привет мир" in cp1251 as cp1250
    decoded, _ = decode_text(text.encode(encoding), "short.txt")
    assert decoded == text


def test_utf16_without_bom_and_utf32(sample_text: str) -> None:
    assert decode_text(sample_text.encode("utf-16-le"), "x")[0] == sample_text
    assert decode_text(sample_text.encode("utf-16-be"), "x")[0] == sample_text
    assert decode_text(sample_text.encode("utf-32"), "x")[0] == sample_text


def test_east_asian_encodings_go_to_charset_normalizer() -> None:
    text = "中华人民共和国外交部发言人表示，双方将继续保持沟通。"
    assert decode_text(text.encode("gbk"), "zh.txt")[0] == text


def test_plausibility_prefers_real_words() -> None:
    assert plausibility("Привет мир") > plausibility("Ďđčâĺň ěčđ")
    assert plausibility("Привет мир") > plausibility("ðÒÉ×ÅÔ")


# -- Markdown, HTML --------------------------------------------------------------------------


def test_markdown_loses_its_markup_and_keeps_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: Байрамов принял посла\ndate: 2024-07-28\nurl: https://example.org/a\n---\n"
        "# Заголовок\n\nБАКУ, 28 июл - Sputnik. Министр **иностранных** дел\n"
        "принял [посла](https://example.org) России.\n\n"
        "> «Мы готовы к переговорам», — сказал он.\n\n![фото](img.png)\n- пункт `один`\n",
        encoding="utf-8",
    )
    article = read_article_file(path)
    assert article.text.splitlines() == [
        "Заголовок",
        "БАКУ, 28 июл - Sputnik. Министр иностранных дел принял посла России.",
        "«Мы готовы к переговорам», — сказал он.",
        "- пункт один",
    ]
    assert article.title == "Байрамов принял посла"
    assert article.published == "2024-07-28"
    assert article.url == "https://example.org/a"
    assert article.source_format == "md"


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("2024-07-28", "2024-07-28"),
        ("2024-07-28T10:00:00Z", "2024-07-28"),
        ("28.07.2024", "2024-07-28"),  # gave no date
        ("'07.2024'", "2024-07"),
        ("2024-13-45", None),  # no date rather than a file refused
        ("вчера", None),
    ],
)
def test_a_front_matter_date_is_read_as_a_person_writes_it(
    tmp_path: Path, written: str, stored: str | None
) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        f"---\ndate: {written}\n---\nМинистр заявил, что переговоры продолжатся в Баку.\n",
        encoding="utf-8",
    )
    assert read_article_file(path).published == stored


PAGE = """<!DOCTYPE html><html lang="ru"><head><meta charset="{charset}">
<title>Байрамов принял посла России - Sputnik Азербайджан</title>
<link rel="canonical" href="https://az.sputniknews.ru/20240728/bayramov.html">
<meta property="og:site_name" content="Sputnik Азербайджан">
<meta property="og:title" content="Байрамов принял посла России">
<meta name="author" content="Иван Петров">
<meta property="article:published_time" content="2024-07-28T12:30:00+04:00">
<script>document.title = "script ran"; fetch("https://tracker.example/x");</script>
<link rel="stylesheet" href="https://cdn.example/style.css">
</head><body>
<nav><ul><li><a href="/">Главная</a></li><li><a href="/politics">Политика</a></li></ul></nav>
<header><div class="menu">Меню сайта Войти Подписаться</div></header>
<article><h1>Байрамов принял посла России</h1>
<p>БАКУ, 28 июл - Sputnik. Министр иностранных дел Азербайджана Джейхун Байрамов во вторник
принял чрезвычайного и полномочного посла России Михаила Бочарникова.</p>
<p>Как сообщили в пресс-службе МИД АР, в ходе встречи говорилось о развитии отношений.</p>
<p>«Азербайджан не участвует в переговорах ради переговоров», — сказал Байрамов.</p>
<img src="https://tracker.example/pixel.png">
</article>
<aside>Читайте также: другие новости дня</aside>
<div class="comments"><p>Комментарий: отличная статья, спасибо автору!</p></div>
<footer>© 2024 Sputnik. Все права защищены.</footer>
</body></html>"""


@pytest.mark.parametrize("charset", ["utf-8", "windows-1251"])
def test_html_gives_the_article_and_its_metadata(tmp_path: Path, charset: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.replace("{charset}", charset).encode(charset))
    article = read_article_file(path)
    lines = article.text.splitlines()
    assert lines[0] == "Байрамов принял посла России"
    assert lines[1].startswith("БАКУ, 28 июл - Sputnik. Министр")
    assert "«Азербайджан не участвует в переговорах ради переговоров»" in article.text
    for boilerplate in ("Главная", "Меню сайта", "Читайте также", "Комментарий", "©", "script"):
        assert boilerplate not in article.text
    assert article.title == "Байрамов принял посла России"
    assert article.author == "Иван Петров"
    assert article.outlet == "Sputnik Азербайджан"  # the page's own name beats the dateline's
    assert article.url == "https://az.sputniknews.ru/20240728/bayramov.html"
    assert article.published == "2024-07-28"
    assert article.language == "ru"
    assert article.source_format == "html"


def test_a_saved_page_named_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE.replace("{charset}", "utf-8"), encoding="utf-8")
    article = read_article_file(path)
    assert article.source_format == "html" and "Главная" not in article.text


def test_html_page_without_an_article_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "login.html"
    path.write_text(
        "<html><head><title>Вход</title></head><body><nav><a href='/'>Главная</a></nav>"
        "<form><input name='login'><button>Войти</button></form></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(ImportFileError, match="holds no article text"):
        read_article_file(path)


# -- .docx, .odt, .rtf ------------------------------------------------------------------------


def make_docx(path: Path, paragraphs: list[str], *, title: str = "", author: str = "") -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    document.add_heading(paragraphs[0], level=1)
    for text in paragraphs[1:]:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Ячейка"
    table.rows[0].cells[1].text = "таблицы"
    document.save(str(path))


def test_docx_paragraphs_tables_and_properties(tmp_path: Path, sample_text: str) -> None:
    path = tmp_path / "article.docx"
    paragraphs = sample_text.splitlines()[:3]
    make_docx(path, ["Байрамов принял посла", *paragraphs], author="Иван Петров")
    article = read_article_file(path)
    assert article.text.splitlines() == [
        "Байрамов принял посла",
        *paragraphs,
        "Ячейка | таблицы",
    ]
    assert article.title == "Байрамов принял посла"  # the first Heading 1
    assert article.author == "Иван Петров"
    assert article.outlet == "Sputnik"  # the dateline after the headline
    assert article.source_format == "docx"


def make_odt(path: Path, body: str, title: str = "") -> None:
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        f' xmlns:text="{text_ns}"><office:body><office:text>{body}</office:text></office:body>'
        "</office:document-content>"
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-meta'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0">'
        f"<office:meta><dc:title>{title}</dc:title>"
        "<meta:initial-creator>Иван Петров</meta:initial-creator></office:meta>"
        "</office:document-meta>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)
        archive.writestr("meta.xml", meta)


def test_odt_paragraphs_spaces_and_notes(tmp_path: Path) -> None:
    path = tmp_path / "article.odt"
    make_odt(
        path,
        "<text:h>Заголовок</text:h>"
        "<text:p>МОСКВА, 3 марта — РИА Новости. Глава<text:s/>МИД"
        "<text:note><text:note-body><text:p>сноска</text:p></text:note-body></text:note>"
        " <text:span>заявил</text:span>.</text:p>"
        "<text:list><text:list-item><text:p>Пункт списка</text:p></text:list-item></text:list>",
        title="Заголовок из свойств",
    )
    article = read_article_file(path)
    assert article.text.splitlines() == [
        "Заголовок",
        "МОСКВА, 3 марта — РИА Новости. Глава МИД заявил.",
        "Пункт списка",
    ]
    assert article.title == "Заголовок из свойств"
    assert article.author == "Иван Петров"
    assert article.outlet == "РИА Новости"
    assert article.source_format == "odt"


def test_rtf_with_a_cyrillic_code_page_and_a_link(tmp_path: Path) -> None:
    body = "Министр заявил".encode("cp1251")
    escaped = "".join(f"\\'{b:02x}" if b > 127 else chr(b) for b in body)
    title = "".join(f"\\'{b:02x}" if b > 127 else chr(b) for b in "Заголовок".encode("cp1251"))
    path = tmp_path / "article.rtf"
    path.write_text(
        "{\\rtf1\\ansi\\ansicpg1251\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
        f"{{\\info{{\\title {title}}}{{\\author Ivan}}}}"
        f"\\f0 {escaped}: \\par"
        '{\\field{\\*\\fldinst{HYPERLINK "https://example.org"}}{\\fldrslt{link text}}}'
        " end.\\par}",
        encoding="ascii",
    )
    article = read_article_file(path)
    assert article.text.splitlines() == ["Министр заявил:", "link text end."]
    assert article.title == "Заголовок"
    assert article.author == "Ivan"


# -- bad input --------------------------------------------------------------------------------


def test_empty_and_blank_files(tmp_path: Path) -> None:
    for name, data in (
        ("empty.txt", b""),
        ("blank.txt", b"  \r\n\t\n"),
        ("bom.txt", b"\xef\xbb\xbf"),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ImportFileError, match=r"empty|white space") as error:
            read_article_file(path)
        assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "not a text file"),
        ("binary.txt", bytes(range(256)) * 4, "binary"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n", "PDF document"),
        ("archive.txt", b"PK\x03\x04" + b"\x00" * 40, "ZIP"),
        ("broken.docx", b"PK\x03\x04 this is not really a zip", "damaged or not a Word document"),
        ("notes.docx", "Просто текст".encode(), "plain text"),
        ("broken.odt", b"PK\x03\x04\x14\x00garbage", "damaged or not an OpenDocument"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Word .doc"),
        ("protected.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptionInfo".encode(
            "utf-16-le") + b"\x00" * 50, "password-protected"),
        ("fake.rtf", b"just text", "plain text"),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00", "not a web page"),
        ("unknown.bin", b"\x00\x01\x02\x03" * 100, "not an article ClaimDesk reads"),
    ],
)  # fmt: skip
def test_files_that_are_not_what_they_say(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=message) as error:
        read_article_file(path)
    assert "\n" not in str(error.value) and name in str(error.value)


def test_truncated_docx_is_refused(tmp_path: Path, sample_text: str) -> None:
    whole = tmp_path / "whole.docx"
    make_docx(whole, sample_text.splitlines()[:3])
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole.read_bytes()[:2000])
    with pytest.raises(ImportFileError, match="damaged"):
        read_article_file(cut)


def test_a_docx_with_a_corrupt_part_is_refused(tmp_path: Path) -> None:
    whole = tmp_path / "whole.docx"
    make_docx(whole, ["Заголовок", "Текст статьи."])
    buffer = io.BytesIO()
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]  # XML cut in the middle
            target.writestr(item, data)
    bad = tmp_path / "bad.docx"
    bad.write_bytes(buffer.getvalue())
    with pytest.raises(ImportFileError, match="damaged"):
        read_article_file(bad)


def test_a_huge_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024)  # sparse: takes no disk space
    opened: list[str] = []
    real_open = Path.open

    def spy(self: Path, *args: object, **kwargs: object) -> object:
        opened.append(self.name)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", spy)
    with pytest.raises(ImportFileError, match=r"200 MB.*at most 50 MB") as error:
        read_article_file(path)
    assert opened == []  # refused from its size alone
    assert "\n" not in str(error.value)
    assert MAX_FILE_BYTES == 50 * 1024 * 1024


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        read_article_file(tmp_path / "missing.txt")
    with pytest.raises(ImportFileError, match="is a folder"):
        read_article_file(tmp_path)


def test_folders_are_searched_for_article_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.html", "sub/deeper/d.pdf", "image.png", ".hidden.txt",
                 ".git/e.txt", "sub/.cache/f.txt"):  # fmt: skip
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    lone = tmp_path / "image.png"
    found = [p.relative_to(tmp_path).as_posix() for p in article_files([tmp_path, lone])]
    assert found == ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.pdf", "image.png"]


def test_what_a_folder_holds_besides_articles_is_counted_and_said(tmp_path: Path) -> None:
    for name in ("a.txt", "a.gold.json", "b.gold.json", "sub/снимок.PNG", "README", ".x.json"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    left_out: Counter[str] = Counter()
    found = list(article_files([tmp_path, tmp_path / "a.gold.json"], left_out))
    assert [p.name for p in found] == ["a.txt", "a.gold.json"]  # a file given is tried
    assert left_out == {".json": 2, ".png": 1, "": 1}  # hidden files are not counted
    assert str(describe_left_out(left_out)) == (
        "4 other files left out (.json 2, no extension 1, .png 1): not a kind ClaimDesk imports"
    )
    assert str(describe_left_out(Counter({".json": 1}))).startswith("1 other file left out")
    assert describe_left_out(Counter()) is None


# -- metadata from the text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "day", "month", "year", "outlet", "rest"),
    [
        ("БАКУ, 28 июл - Sputnik. Министр принял посла.", "БАКУ", 28, 7, None, "Sputnik",
         "Министр"),
        ("WASHINGTON, May 12 (Reuters) - The U.S. Senate voted.", "WASHINGTON", 12, 5, None,
         "Reuters", "The U.S."),
        ("МОСКВА, 3 марта — РИА Новости. Глава МИД заявил.", "МОСКВА", 3, 3, None, "РИА Новости",
         "Глава"),
        ("МОСКВА, 12 мая. /ТАСС/. Глава МИД заявил.", "МОСКВА", 12, 5, None, "ТАСС", "Глава"),
        ("NEW YORK, May 12, 2024 (Reuters) - Stocks fell.", "NEW YORK", 12, 5, 2024, "Reuters",
         "Stocks"),
        ("КИЇВ, 28 липня — Укрінформ. Президент заявив.", "КИЇВ", 28, 7, None, "Укрінформ",
         "Президент"),
        ("Berlin, 12. Mai (dpa) - Die Regierung hat.", "Berlin", 12, 5, None, "dpa", "Die"),
        ("PARIS, 5 janvier (AFP) - La France a dit.", "PARIS", 5, 1, None, "AFP", "La France"),
        ("Madrid, 12 de mayo (EFE).- El Gobierno dijo.", "Madrid", 12, 5, None, "EFE", "El"),
        ("LONDON (AP) — Britain said.", "LONDON", None, None, None, "AP", "Britain"),
        ("ВАШИНГТОН, 28 июля 2024 г. — Президент США заявил.", "ВАШИНГТОН", 28, 7, 2024, "",
         "Президент США"),
    ],
)  # fmt: skip
def test_datelines(
    text: str,
    place: str,
    day: int | None,
    month: int | None,
    year: int | None,
    outlet: str,
    rest: str,
) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.place, found.day, found.month, found.year, found.outlet) == (
        place, day, month, year, outlet,
    )  # fmt: skip
    assert text[found.end :].lstrip().startswith(rest)
    assert found.published == (f"{year}-{month:02d}-{day:02d}" if year and month and day else None)


@pytest.mark.parametrize(
    "text",
    [
        "Как сообщили в пресс-службе МИД АР, в ходе встречи говорилось о многом.",
        "Итак, — сказал он, — начнём.",
        "The Senate, May 12 - voted on the bill.",
        "Sen. Jane Doe (D-Ohio) finished third on Monday.",  # a name and a party
        "Headline of the piece\n\nRep. John Roe (R-Tex.) said the vote would wait.",
        "Губернатор Пётр Иванов (ЕР) заявил, что дороги отремонтируют.",
        "WASHINGTON — Sen. Jane Doe (D-Ohio) on Wednesday said the vote would wait.",
        "БРЮССЕЛЬ — Ген. Пётр Иванов заявил, что учения пройдут.",
        "",
    ],
)
def test_sentences_that_are_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_title_guesses() -> None:
    dated = "БАКУ, 28 июл - Sputnik. Министр принял посла. Встреча прошла в МИД."
    assert guess_title(dated, find_dateline(dated)) == "Министр принял посла."
    headline = "Байрамов принял посла\nБАКУ, 28 июл - Sputnik. Текст."
    assert guess_title(headline, find_dateline(headline)) == "Байрамов принял посла"
    long_line = "Первое предложение статьи. " + "Второе очень длинное предложение. " * 10
    assert guess_title(long_line) == "Первое предложение статьи."
    assert guess_title("\n\n  Заголовок  \nТекст") == "Заголовок"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "U.S. to increase overtime eligibility;\nWASHINGTON — The rule…",
            "U.S. to increase overtime eligibility",
        ),
        ("Посол о переговорах:\nТекст статьи.", "Посол о переговорах"),
        ("Сделка сорвалась —\nТекст.", "Сделка сорвалась"),
        ("Кто виноват?\nТекст.", "Кто виноват?"),
        ("«Мы готовы»\nТекст.", "«Мы готовы»"),
        ("Wait...\nText.", "Wait..."),
        (";;\nText.", ";;"),
    ],
)
def test_a_headline_line_loses_only_the_punctuation_that_joins_it_on(text: str, title: str) -> None:
    assert guess_title(text) == title


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Министр иностранных дел Азербайджана принял посла России.", "ru"),
        ("Президент України заявив, що переговори тривають.", "uk"),
        ("The minister said the talks were constructive and would continue.", "en"),
        ("Der Minister sagte, dass die Gespräche konstruktiv waren.", "de"),
        ("Le ministre a déclaré que les négociations étaient constructives.", "fr"),
        ("El ministro dijo que las conversaciones fueron constructivas.", "es"),
        ("Ο υπουργός δήλωσε ότι οι συνομιλίες ήταν εποικοδομητικές.", "el"),
        ("12345 — 678", ""),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_dated_dateline_gives_the_date_and_a_yearless_one_a_hint(tmp_path: Path) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text(
        "NEW YORK, May 12, 2024 (Reuters) - Stocks fell on Monday as investors worried about "
        "the economy and the bank.",
        encoding="utf-8",
    )
    article = read_article_file(dated)
    assert (article.published, article.outlet, article.language) == ("2024-05-12", "Reuters", "en")
    yearless = tmp_path / "yearless.txt"
    yearless.write_text("WASHINGTON, May 12 (Reuters) - The Senate voted.", encoding="utf-8")
    article = read_article_file(yearless)
    assert article.published is None
    assert any("no year" in str(hint) for hint in article.hints)
