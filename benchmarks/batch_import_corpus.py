"""The corpus ``batch_import.py`` imports: news web pages and text files, written here.

Pages and files vary in length (a few paragraphs to a few dozen), language (Russian or English,
a few mixed) and encoding (UTF-8, Windows-1251, UTF-16 with a byte-order mark, Latin-1 for
English). Pages carry what real news pages do around the article: a header with navigation, a
sidebar, a footer, scripts and styles, meta tags with the title, date and site name. All text is
made up from the phrases below, shuffled by a seeded random generator, so every file is different
(no two are the same article) and a run can be repeated exactly.
"""

from __future__ import annotations

import random
from html import escape
from pathlib import Path

RU_SUBJECTS = (
    "Министр иностранных дел",
    "Пресс-секретарь правительства",
    "Глава Центробанка",
    "Мэр города",
    "Представитель министерства обороны",
    "Депутат Государственной думы",
    "Губернатор области",
    "Посол в Азербайджане",
)
RU_VERBS = ("заявил", "отметил", "напомнил", "подчеркнул", "сообщил", "сказал")
RU_CLAUSES = (
    "что переговоры продолжатся в ближайшие недели",
    "что рост экономики в этом году составит около {n}%",
    "что цены на энергоносители не будут повышены до конца года",
    "что строительство новой линии метро завершится к {year} году",
    "что стороны договорились о создании рабочей группы",
    "что бюджет на следующий год будет сбалансирован",
    "что в регионе открылись {n} новых школ",
    "что ситуация на границе остаётся спокойной",
)
EN_SUBJECTS = (
    "The foreign minister",
    "A government spokeswoman",
    "The central bank governor",
    "The city's mayor",
    "A defence ministry official",
    "The opposition leader",
    "The regional governor",
    "The ambassador",
)
EN_VERBS = ("said", "told reporters", "stressed", "noted", "added", "announced")
EN_CLAUSES = (
    "that the talks would continue in the coming weeks",
    "that the economy would grow by about {n}% this year",
    "that energy prices would not rise before the end of the year",
    "that the new metro line would open in {year}",
    "that both sides had agreed to set up a working group",
    "that next year's budget would be balanced",
    "that {n} new schools had opened in the region",
    "that the border remained calm",
)
RU_OUTLETS = ("ТАСС", "РИА Новости", "Интерфакс", "Коммерсантъ", "Sputnik Азербайджан")
EN_OUTLETS = ("Reuters", "Associated Press", "BBC News", "The Guardian", "Euronews")
ENCODINGS_RU = ("utf-8", "utf-8", "cp1251", "utf-16")
ENCODINGS_EN = ("utf-8", "utf-8", "latin-1", "utf-16")


def paragraph(rng: random.Random, russian: bool) -> str:
    subjects, verbs, clauses = (
        (RU_SUBJECTS, RU_VERBS, RU_CLAUSES) if russian else (EN_SUBJECTS, EN_VERBS, EN_CLAUSES)
    )
    sentences = []
    for _ in range(rng.randint(2, 5)):
        clause = rng.choice(clauses).format(n=rng.randint(2, 90), year=rng.randint(2025, 2031))
        quote = rng.random() < 0.3
        if quote and russian:
            sentences.append(f"«{clause[4:].capitalize()}», — {rng.choice(verbs)} он.")
        elif quote:
            sentences.append(f'"{clause[5:].capitalize()}," {rng.choice(subjects).lower()} said.')
        else:
            sentences.append(f"{rng.choice(subjects)} {rng.choice(verbs)}, {clause}.")
    # a serial number keeps every paragraph, so every article, unique
    return " ".join(sentences) + f" ({rng.randrange(10**9)})"


def article(rng: random.Random) -> tuple[str, str, list[str], bool]:
    russian = rng.random() < 0.6
    size = rng.choice((3, 5, 8, 12, 20, 40))
    paragraphs = [paragraph(rng, russian) for _ in range(rng.randint(size, size * 2))]
    outlet = rng.choice(RU_OUTLETS if russian else EN_OUTLETS)
    title = paragraphs[0].split(",")[0][:90]
    return title, outlet, paragraphs, russian


def html_page(rng: random.Random, number: int) -> tuple[str, bool]:
    title, outlet, paragraphs, russian = article(rng)
    day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(12))
    related = "".join(
        f'<li><a href="/news/{rng.randrange(10**6)}">{escape(paragraph(rng, russian)[:60])}</a>'
        "</li>"
        for _ in range(6)
    )
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="{"ru" if russian else "en"}">
<head>
<meta charset="{{charset}}">
<title>{escape(title)} | {escape(outlet)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="og:site_name" content="{escape(outlet)}">
<meta property="article:published_time" content="{day}T09:30:00+03:00">
<meta name="author" content="Staff {number}">
<link rel="canonical" href="https://news.example/{number}">
<style>body {{ font-family: sans-serif; }} .ad {{ display: none; }}</style>
<script>window.dataLayer = []; function track(e) {{ dataLayer.push(e); }}</script>
</head>
<body>
<header><nav><ul>{nav}</ul></nav></header>
<div class="ad">Advertisement</div>
<main><article>
<h1>{escape(title)}</h1>
<p class="byline">{escape(outlet)}, {day}</p>
{body}
</article></main>
<aside><h2>Related</h2><ul>{related}</ul></aside>
<footer><p>© {escape(outlet)}. All rights reserved.</p></footer>
<script>track("view");</script>
</body>
</html>
"""
    return page, russian


def text_file(rng: random.Random) -> tuple[str, bool]:
    title, outlet, paragraphs, russian = article(rng)
    dateline = f"{outlet}, {rng.randint(1, 28)} {'мая' if russian else 'May'} 2025. "
    return title + "\n\n" + dateline + "\n\n".join(paragraphs) + "\n", russian


def write_corpus(folder: Path, pages: int, texts: int, seed: int = 20250501) -> dict[str, int]:
    """Write ``pages`` .html and ``texts`` .txt files into ``folder``/html and ``folder``/text;
    how many files of each encoding were written."""
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    (folder / "html").mkdir(parents=True, exist_ok=True)
    (folder / "text").mkdir(parents=True, exist_ok=True)
    for number in range(pages):
        page, russian = html_page(rng, number)
        encoding = rng.choice(ENCODINGS_RU if russian else ENCODINGS_EN)
        page = page.replace("{charset}", "utf-8" if encoding == "utf-16" else encoding)
        data = page.encode(encoding)  # "utf-16" writes a byte-order mark first
        (folder / "html" / f"page-{number:05d}.html").write_bytes(data)
        counts[encoding] = counts.get(encoding, 0) + 1
    for number in range(texts):
        text, russian = text_file(rng)
        encoding = rng.choice(ENCODINGS_RU if russian else ENCODINGS_EN)
        (folder / "text" / f"text-{number:05d}.txt").write_bytes(text.encode(encoding))
        counts[encoding] = counts.get(encoding, 0) + 1
    return counts
