"""Benchmark: CSV export of a large catalogue, beside the sqlite3 shell's own CSV output.

For each size asked for (100,000 and 1,000,000 by default) it builds a throw-away catalogue of N
claims (Russian and English quotes of 80–300 characters in about 2,000 articles by about 5,000
speakers, some tagged, a few linked), filled quickly with SQLAlchemy Core ``executemany`` (the
set-up is not what is measured), then measures in the same run:

* ClaimDesk's ``export_claims_csv`` in a child process: the export call's wall time, rows per
  second and the child's peak RSS, and, in a second child run, the peak of Python allocations
  seen by ``tracemalloc`` (kept apart because tracing slows the export down; only up to
  100,000 claims). The peak RSS of a child that imports ClaimDesk and opens the catalogue but
  exports nothing is printed too, as the baseline the export's own memory adds to: the
  difference is the export's RSS growth.
* The same join read with Python's ``sqlite3`` module and written with its ``csv`` module and
  nothing else (no formula neutralising, no ClaimDesk): about the least a Python export costs.
* The sqlite3 command-line shell writing the same join (claim, speaker, article, tags and links,
  the same columns) with ``sqlite3 -readonly -csv -header``: wall time, rows per second and peak
  RSS. Skipped, with a message, when the ``sqlite3`` binary is missing
  (``tools/ensure-system-deps.sh test`` installs it).

Peak RSS is GNU time's ``%M`` for the child when /usr/bin/time is GNU time, else the rusage that
``os.wait4`` returns for that one child (``RUSAGE_CHILDREN`` would mix in the earlier children).
Linux carries a parent's peak RSS over into its forked child's ``ru_maxrss``, so the catalogue is
built in a child of its own and the wait4 figure is printed with the floor it cannot go below.

Both files are read back with the csv module: the row counts must equal N and the claim ids and
quotes must agree, or the script exits with status 1. It never judges the timings: it only
prints them.

Run from the repository root::

    .venv/bin/python benchmarks/export.py                 # 100,000 and then 1,000,000 claims
    .venv/bin/python benchmarks/export.py --quick         # 10,000 claims
    .venv/bin/python benchmarks/export.py --claims 250000
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

DEFAULT_SIZES = (100_000, 1_000_000)
TRACE_UP_TO = 100_000
"""Sizes above this skip the tracemalloc run (it takes several times as long)."""
QUICK_CLAIMS = 10_000
DEFAULT_ARTICLES = 2_000
DEFAULT_SPEAKERS = 5_000
CONTEXT_CHARS = 32
INSERT_CHUNK = 10_000
MIN_QUOTE, MAX_QUOTE = 80, 300

# -- realistic text ------------------------------------------------------------------------

RU_OPENERS = (
    "Мы рассчитываем, что",
    "Правительство намерено добиться того, чтобы",
    "Я уверен, что",
    "Никто не может утверждать, что",
    "По нашим оценкам,",
    "Ситуация остаётся сложной, и",
    "Это решение было принято после долгих консультаций, и",
    "Хочу подчеркнуть, что",
    "Как мы и говорили раньше,",
    "У нас нет сомнений в том, что",
    "Мы не исключаем, что",
    "Очевидно, что",
    "Со своей стороны мы гарантируем, что",
    "Вопреки прогнозам скептиков,",
)
RU_CLAUSES = (
    "переговоры продолжатся в ближайшие недели",
    "рост экономики в этом году составит около {n}%",
    "цены на энергоносители не будут повышены до конца {year} года",
    "мы не допустим эскалации конфликта в регионе",
    "стороны договорились о создании совместной рабочей группы",
    "бюджет на следующий год будет сбалансирован",
    "инфляция замедлится до {n}% уже к осени",
    "санкции не оказали серьёзного влияния на промышленность",
    "соглашение будет подписано в {month}",
    "все обязательства будут выполнены в полном объёме",
    "безработица снизилась до исторического минимума в {n},{m}%",
    "строительство моста завершится на {n} месяцев раньше срока",
    "ёмкость рынка за год выросла почти вдвое",
    "диалог с партнёрами должен быть честным и равноправным",
    "мы выделим ещё {n} млрд рублей на поддержку регионов",
    "никаких решений о повышении налогов не принималось",
    "в «зелёную» энергетику вложено больше, чем когда-либо",
    "эти данные требуют тщательной проверки",
    "ответственность за срыв договорённостей лежит на другой стороне",
    "пенсии будут проиндексированы на {n}% с первого января",
)
RU_TAILS = (
    "",
    ", и это принципиальная позиция",
    ", однако многое зависит от партнёров",
    " — и в этом нет ничего удивительного",
    ", хотя работы ещё очень много",
    ", что бы ни говорили наши оппоненты",
)
RU_MONTHS = ("январе", "марте", "мае", "июле", "сентябре", "ноябре")

EN_OPENERS = (
    "We expect that",
    "The government intends to make sure that",
    "I am confident that",
    "Nobody can seriously claim that",
    "By our estimates,",
    "The situation remains difficult, and",
    "After weeks of consultations, we decided that",
    "Let me be clear:",
    "As we have said before,",
    "There is no doubt that",
    "We do not rule out that",
    "Frankly,",
    "On our side, we guarantee that",
    "Contrary to what the sceptics predicted,",
)
EN_CLAUSES = (
    "the talks will continue over the coming weeks",
    "the economy will grow by about {n}% this year",
    "energy prices will not rise before the end of {year}",
    "we will not allow the conflict to escalate",
    "both sides agreed to set up a joint working group",
    "next year's budget will be balanced",
    "inflation will slow to {n}% by the autumn",
    'the so-called "temporary" measures have become permanent',
    "the agreement will be signed in {month}",
    "every commitment will be honoured in full",
    "unemployment fell to a record low of {n}.{m}%",
    "the bridge will be finished {n} months ahead of schedule",
    "we will spend another ${n} billion on the regions",
    "no decision on raising taxes has been taken",
    "these figures need to be checked very carefully",
    "the other side is responsible for the breakdown of the deal",
    "pensions will rise by {n}% from January",
    "the market has almost doubled in a year",
)
EN_TAILS = (
    "",
    ", and that is a matter of principle",
    ", although much depends on our partners",
    " — and nobody should be surprised by that",
    ", though there is still a lot of work to do",
    ", whatever our opponents say",
)
EN_MONTHS = ("January", "March", "May", "July", "September", "November")

RU_FIRST_M = ("Сергей", "Алексей", "Дмитрий", "Михаил", "Андрей", "Игорь", "Пётр", "Николай")
RU_FIRST_F = ("Мария", "Елена", "Ольга", "Анна", "Татьяна", "Наталья", "Ирина", "Юлия")
RU_LAST = (
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Лавров",
    "Соколов",
    "Новиков",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Бочарников",
    "Захаров",
    "Байрамов",
    "Фёдоров",
)
EN_FIRST = ("John", "Mary", "James", "Linda", "Robert", "Susan", "David", "Karen", "Jeyhun")
EN_LAST = ("Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Moore", "Clark", "Bayramov")
RU_ROLES = (
    "министр иностранных дел",
    "пресс-секретарь президента",
    "глава Минфина",
    "депутат Госдумы",
    "главный экономист",
    "губернатор",
    "официальный представитель",
    "",
)
EN_ROLES = ("Foreign Minister", "spokesperson", "chief economist", "senator", "CEO", "mayor", "")
RU_ORGS = ("МИД", "Минфин", "Госдума", "Центробанк", "Сбербанк", "ООН", "Росстат", "")
EN_ORGS = ("State Department", "European Commission", "IMF", "World Bank", "Treasury", "")
OUTLETS = (
    ("ТАСС", "tass.ru"),
    ("Интерфакс", "interfax.ru"),
    ("РБК", "rbc.ru"),
    ("Коммерсантъ", "kommersant.ru"),
    ("Ведомости", "vedomosti.ru"),
    ("Новая газета", "novayagazeta.ru"),
    ("Reuters", "reuters.com"),
    ("BBC News", "bbc.co.uk"),
    ("The Guardian", "theguardian.com"),
    ("Associated Press", "apnews.com"),
)
RU_VERBS = ("заявил", "отметил", "напомнил", "подчеркнул", "сообщил", "добавил")
EN_VERBS = ("said", "told reporters", "added", "noted", "stressed")
RU_FILLER = (
    "Заседание продолжалось более трёх часов.",
    "Эксперты оценивают ситуацию по-разному.",
    "Ранее ведомство уже комментировало эти данные.",
    "Журналистам не удалось получить комментарий другой стороны.",
)
EN_FILLER = (
    "The meeting lasted more than three hours.",
    "Analysts are divided on what happens next.",
    "The ministry had commented on the figures earlier.",
    "The other side did not respond to a request for comment.",
)
TAGS = (
    "экономика",
    "санкции",
    "энергетика",
    "выборы",
    "внешняя политика",
    "инфляция",
    "нужна проверка",
    "проверено",
    "economy",
    "sanctions",
    "energy",
    "elections",
    "foreign policy",
    "fact-check",
    "climate",
    "health",
    "migration",
    "budget",
)


@dataclass(frozen=True, slots=True)
class Lang:
    openers: tuple[str, ...]
    clauses: tuple[str, ...]
    tails: tuple[str, ...]
    months: tuple[str, ...]


RU = Lang(RU_OPENERS, RU_CLAUSES, RU_TAILS, RU_MONTHS)
EN = Lang(EN_OPENERS, EN_CLAUSES, EN_TAILS, EN_MONTHS)


def make_quote(rng: random.Random, lang: Lang) -> str:
    """A quote of MIN_QUOTE..MAX_QUOTE characters made of one to a few sentences."""
    target = rng.randint(MIN_QUOTE, MAX_QUOTE)
    sentences: list[str] = []
    length = 0
    while length < target:
        clause = rng.choice(lang.clauses).format(
            n=rng.randint(2, 95),
            m=rng.randint(1, 9),
            year=rng.randint(2024, 2027),
            month=rng.choice(lang.months),
        )
        sentence = f"{rng.choice(lang.openers)} {clause}{rng.choice(lang.tails)}."
        sentences.append(sentence)
        length += len(sentence) + 1
    quote = " ".join(sentences)
    if len(quote) > MAX_QUOTE:
        cut = quote.rfind(" ", MIN_QUOTE, MAX_QUOTE - 1)
        quote = quote[:cut].rstrip(",;:—- ") + "…"
    return quote


# -- the catalogue's rows ------------------------------------------------------------------


@dataclass(slots=True)
class Speaker:
    id: int
    name: str
    russian: bool


def speaker_rows(rng: random.Random, count: int, base: datetime) -> list[dict[str, Any]]:
    rows = []
    for speaker_id in range(1, count + 1):
        if rng.random() < 0.6:
            surname = rng.choice(RU_LAST)
            if rng.random() < 0.5:
                name = f"{rng.choice(RU_FIRST_M)} {surname}"
            else:
                name = f"{rng.choice(RU_FIRST_F)} {surname}а"
            role, org = rng.choice(RU_ROLES), rng.choice(RU_ORGS)
        else:
            name = f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"
            role, org = rng.choice(EN_ROLES), rng.choice(EN_ORGS)
        rows.append(
            {
                "id": speaker_id,
                "name": name,
                "role": role,
                "organisation": org,
                "note": "",
                "created_at": base,
                "updated_at": base,
            }
        )
    return rows


def alias_rows(rng: random.Random, speakers: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """A surname-only alias for about one speaker in five."""
    rows = []
    for speaker in speakers:
        if rng.random() < 0.2:
            alias = speaker["name"].split()[-1]
            rows.append({"speaker_id": speaker["id"], "alias": alias})
    return rows


@dataclass(slots=True)
class Generated:
    articles: list[dict[str, Any]]
    claims: list[dict[str, Any]]


def article_and_claims(
    rng: random.Random,
    article_id: int,
    first_claim_id: int,
    n_claims: int,
    speakers: Sequence[dict[str, Any]],
    base: datetime,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One article whose text holds ``n_claims`` quotes, and those claims with exact offsets."""
    russian = rng.random() < 0.6
    lang = RU if russian else EN
    outlet, domain = rng.choice(OUTLETS[:6] if russian else OUTLETS[6:])
    title = make_quote(rng, lang)[: rng.randint(40, 90)].rstrip(" ,.") or "News"
    parts: list[str] = [title, "\n\n"]
    length = len(title) + 2
    claims: list[dict[str, Any]] = []
    imported = base + timedelta(hours=article_id)
    for offset in range(n_claims):
        quote = make_quote(rng, lang)
        speaker = rng.choice(speakers) if rng.random() < 0.9 else None
        name = speaker["name"] if speaker else ("источник" if russian else "a source")
        kind = rng.choices(("direct", "indirect", "claim"), (6, 3, 1))[0]
        if rng.random() < 0.3:
            filler = rng.choice(RU_FILLER if russian else EN_FILLER) + " "
            parts.append(filler)
            length += len(filler)
        if russian and kind == "direct":
            before, after = "«", f"», — {rng.choice(RU_VERBS)} {name}.\n"
        elif russian:
            before, after = f"{name} {rng.choice(RU_VERBS)}: ", "\n"
        elif kind == "direct":
            before, after = "“", f"” {name} {rng.choice(EN_VERBS)}.\n"
        else:
            before, after = f"{name} {rng.choice(EN_VERBS)} that ", "\n"
        parts.append(before)
        length += len(before)
        start = length
        parts.append(quote)
        length += len(quote)
        parts.append(after)
        length += len(after)
        created = imported + timedelta(minutes=offset)
        claims.append(
            {
                "id": first_claim_id + offset,
                "article_id": article_id,
                "speaker_id": speaker["id"] if speaker else None,
                "start": start,
                "end": start + len(quote),
                "quote": quote,
                "kind": kind,
                "note": "" if rng.random() < 0.95 else "Проверить по стенограмме, p. 3",
                "created_at": created,
                "updated_at": created,
            }
        )
    text = "".join(parts)
    for claim in claims:
        start, end = claim["start"], claim["end"]
        assert text[start:end] == claim["quote"]
        claim["context_before"] = text[max(0, start - CONTEXT_CHARS) : start]
        claim["context_after"] = text[end : end + CONTEXT_CHARS]
    day = base.date() - timedelta(days=rng.randint(0, 900))
    published_roll = rng.random()
    if published_roll < 0.85:
        published: str | None = day.isoformat()
    elif published_roll < 0.95:
        published = day.isoformat()[:7]
    else:
        published = None
    article = {
        "id": article_id,
        "title": title,
        "outlet": outlet,
        "url": f"https://{domain}/news/{article_id}",
        "published": published,
        "language": "ru" if russian else "en",
        "text": text,
        "text_hash": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "source_name": f"article-{article_id}.txt",
        "source_format": "text",
        "imported_at": imported,
        "note": "",
    }
    return article, claims


def generate(
    rng: random.Random, n_claims: int, n_articles: int, speakers: Sequence[dict[str, Any]]
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    base = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
    n_articles = max(1, min(n_articles, n_claims))
    per_article, extra = divmod(n_claims, n_articles)
    next_claim = 1
    for article_id in range(1, n_articles + 1):
        count = per_article + (1 if article_id <= extra else 0)
        yield article_and_claims(rng, article_id, next_claim, count, speakers, base)
        next_claim += count


def tag_rows(rng: random.Random, claim_ids: Sequence[int]) -> list[dict[str, Any]]:
    rows = []
    for claim_id in claim_ids:
        if rng.random() < 0.3:
            for tag in rng.sample(TAGS, rng.choice((1, 1, 2))):
                rows.append({"claim_id": claim_id, "tag": tag})
    return rows


def link_rows(rng: random.Random, n_claims: int, base: datetime) -> list[dict[str, Any]]:
    """About one claim in a hundred linked to another."""
    seen: set[tuple[int, int, str]] = set()
    rows = []
    for _ in range(n_claims // 100):
        a, b = rng.randint(1, n_claims), rng.randint(1, n_claims)
        relation = rng.choice(("same", "similar", "contradicts"))
        if a == b or (a, b, relation) in seen or (b, a, relation) in seen:
            continue
        seen.add((a, b, relation))
        rows.append(
            {
                "from_claim_id": a,
                "to_claim_id": b,
                "relation": relation,
                "note": "",
                "created_at": base,
            }
        )
    return rows


FOLDED = {
    "speaker": (("name", "name_folded"),),
    "speaker_alias": (("alias", "alias_folded"),),
    "article": (("title", "title_folded"), ("outlet", "outlet_folded")),
    "claim": (("quote", "quote_folded"),),
    "claim_tag": (("tag", "tag"),),
}
"""The *_folded columns, filled with claimdesk's own fold() just before rows are inserted."""


def build_catalogue(
    db: Path | str, n_claims: int, n_articles: int, n_speakers: int, seed: int
) -> None:
    """Create the catalogue through ClaimDesk (so the schema is the real one), then bulk-fill it
    with SQLAlchemy Core executemany. Runs in a child process, so the measuring process stays
    small (a child's peak RSS as wait4 reports it can't read lower than its parent's)."""
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.domain.folding import fold
    from claimdesk.core.storage.db import create_catalogue_engine, resolve_database_url
    from claimdesk.core.storage.models import (
        alias_table,
        article_table,
        claim_link_table,
        claim_table,
        claim_tag_table,
        speaker_table,
        tag_label_table,
    )

    def insert(connection: Any, table: Any, rows: Sequence[dict[str, Any]]) -> None:
        for source, target in FOLDED.get(table.name, ()):
            for row in rows:
                row[target] = fold(row[source])
        iterator = iter(rows)
        while batch := list(islice(iterator, INSERT_CHUNK)):
            connection.execute(table.insert(), batch)

    Catalogue.open(db).close()
    rng = random.Random(seed)
    base = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
    engine = create_catalogue_engine(resolve_database_url(db))
    try:
        with engine.connect().execution_options(claimdesk_write=True) as connection:
            with connection.begin():
                speakers = speaker_rows(rng, n_speakers, base)
                insert(connection, speaker_table, speakers)
                insert(connection, alias_table, alias_rows(rng, speakers))
                # half the tags spelt with a capital, as a desk types them (migration 0017)
                labels = [{"tag": t, "label": t.capitalize()} for t in TAGS[::2]]
                insert(connection, tag_label_table, labels)
            articles: list[dict[str, Any]] = []
            claims: list[dict[str, Any]] = []

            def flush() -> None:
                with connection.begin():
                    insert(connection, article_table, articles)
                    insert(connection, claim_table, claims)
                    insert(connection, claim_tag_table, tag_rows(rng, [c["id"] for c in claims]))
                articles.clear()
                claims.clear()

            for article, article_claims in generate(rng, n_claims, n_articles, speakers):
                articles.append(article)
                claims.extend(article_claims)
                if len(claims) >= INSERT_CHUNK:
                    flush()
            flush()
            with connection.begin():
                insert(connection, claim_link_table, link_rows(rng, n_claims, base))
    finally:
        engine.dispose()
    if "://" in str(db):  # a server's catalogue (benchmarks/catalogue_view.py): no WAL file
        return
    raw = sqlite3.connect(db)
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


# -- measuring -----------------------------------------------------------------------------

SQLITE_QUERY = """
SELECT c.id AS claim_id,
       coalesce(s.name, '') AS speaker,
       coalesce(s.role, '') AS speaker_role,
       coalesce(s.organisation, '') AS speaker_organisation,
       c.kind, c.quote, c.context_before, c.context_after, c.start, c."end",
       c.article_id, a.title AS article_title, a.outlet,
       coalesce(a.published, '') AS published, a.url, a.language,
       coalesce((SELECT group_concat(tag, '; ')
                 FROM (SELECT coalesce((SELECT label FROM tag_label l WHERE l.tag = t.tag), t.tag)
                              AS tag
                       FROM claim_tag t WHERE t.claim_id = c.id ORDER BY t.tag)), '')
         AS tags,
       c.note,
       coalesce((SELECT group_concat(other, ' ')
                 FROM (SELECT to_claim_id AS other FROM claim_link WHERE from_claim_id = c.id
                       UNION
                       SELECT from_claim_id FROM claim_link WHERE to_claim_id = c.id
                       ORDER BY 1)), '')
         AS linked_claim_ids,
       c.created_at, c.updated_at, c.created_by, c.updated_by
FROM claim c
LEFT JOIN speaker s ON s.id = c.speaker_id
JOIN article a ON a.id = c.article_id
ORDER BY c.id
"""


@dataclass(slots=True)
class Measured:
    method: str
    rows: int
    seconds: float
    peak_rss_mb: float
    python_peak_mb: float | None = None


@dataclass(slots=True)
class ChildRun:
    exit_code: int
    wall: float
    max_rss_mb: float
    stdout: str
    stderr: str


def find_gnu_time() -> str | None:
    """GNU time, whose %M is the child's own peak RSS (it forks the child from its own small
    image, so nothing of this process's memory is counted)."""
    path = shutil.which("time") or ("/usr/bin/time" if Path("/usr/bin/time").exists() else None)
    if path is None:
        return None
    try:
        probe = subprocess.run(
            [path, "--version"], check=False, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return path if "GNU" in probe.stdout + probe.stderr else None


GNU_TIME = find_gnu_time()


def run_child(command: Sequence[str], stdout_path: Path | None = None) -> ChildRun:
    """Run ``command``; its wall time, exit code, output and peak RSS.

    The peak RSS comes from GNU time's %M when it is installed, else from the rusage ``os.wait4``
    returns for this one child (unlike RUSAGE_CHILDREN, it does not mix in earlier children).
    Linux carries the parent's peak RSS into a forked child's ru_maxrss, so that figure cannot
    read lower than this process's own peak: the report prints that floor.
    """
    with (
        tempfile.TemporaryDirectory(prefix="claimdesk-bench-run-") as scratch,
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryFile() as captured,
    ):
        rss_file = Path(scratch) / "rss"
        full = list(command)
        if GNU_TIME is not None:
            full = [GNU_TIME, "-f", "%M", "-o", str(rss_file), *full]
        out = open(stdout_path, "wb") if stdout_path is not None else captured  # noqa: SIM115
        try:
            started = time.perf_counter()
            process = subprocess.Popen(full, stdout=out, stderr=err)
            _pid, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - started
            process.returncode = os.waitstatus_to_exitcode(status)
        finally:
            if out is not captured:
                out.close()
        if GNU_TIME is not None:
            max_rss_kb = int(rss_file.read_text().split()[-1])
        else:
            max_rss_kb = usage.ru_maxrss  # kilobytes on Linux
        captured.seek(0)
        err.seek(0)
        return ChildRun(
            exit_code=process.returncode,
            wall=wall,
            max_rss_mb=max_rss_kb / 1024,
            stdout=captured.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
        )


def child_command(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), *args]


def child_result(run: ChildRun, what: str) -> dict[str, Any]:
    if run.exit_code != 0:
        raise SystemExit(f"{what} failed (exit {run.exit_code}):\n{run.stderr}")
    return dict(json.loads(run.stdout.strip().splitlines()[-1]))


def measure_claimdesk(db: Path, out: Path, trace: bool) -> tuple[Measured, float]:
    """The export's time and peak RSS, its tracemalloc peak (a second run, if ``trace``), and
    the baseline RSS."""
    baseline = run_child(child_command("--child-baseline", str(db)))
    child_result(baseline, "the baseline child")
    plain = run_child(child_command("--child-export", str(db), str(out)))
    result = child_result(plain, "the export child")
    python_peak_mb = None
    if trace:
        traced_out = out.with_name("claimdesk-traced.csv")
        traced = run_child(child_command("--child-export", str(db), str(traced_out), "--trace"))
        traced_result = child_result(traced, "the traced export child")
        traced_out.unlink(missing_ok=True)
        python_peak_mb = float(traced_result["python_peak"]) / 2**20
    measured = Measured(
        method="claimdesk export_claims_csv",
        rows=int(result["rows"]),
        seconds=float(result["seconds"]),
        peak_rss_mb=plain.max_rss_mb,
        python_peak_mb=python_peak_mb,
    )
    return measured, baseline.max_rss_mb


def measure_sqlite_shell(shell: str, db: Path, out: Path) -> Measured:
    run = run_child([shell, "-readonly", "-csv", "-header", str(db), SQLITE_QUERY], out)
    if run.exit_code != 0:
        raise SystemExit(f"sqlite3 failed (exit {run.exit_code}):\n{run.stderr}")
    return Measured(
        method="sqlite3 shell -csv",
        rows=count_csv_rows(out),
        seconds=run.wall,
        peak_rss_mb=run.max_rss_mb,
    )


def measure_python_floor(db: Path, out: Path) -> Measured:
    """The same join read with Python's sqlite3 module and written with its csv module, nothing
    else (no neutralising, no ClaimDesk): about the least a Python export can cost."""
    run = run_child(child_command("--child-floor", str(db), str(out)))
    result = child_result(run, "the Python floor child")
    return Measured(
        method="python sqlite3 + csv (floor)",
        rows=int(result["rows"]),
        seconds=float(result["seconds"]),
        peak_rss_mb=run.max_rss_mb,
    )


def child_floor(db: str, out: str) -> None:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    started = time.perf_counter()
    rows = 0
    with open(out, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        cursor = connection.execute(SQLITE_QUERY)
        writer.writerow([d[0] for d in cursor.description])
        while batch := cursor.fetchmany(500):
            writer.writerows(batch)
            rows += len(batch)
    seconds = time.perf_counter() - started
    connection.close()
    print(json.dumps({"rows": rows, "seconds": seconds}))


def csv_rows(path: Path) -> Iterator[list[str]]:
    with open(path, encoding="utf-8", newline="") as stream:
        reader = csv.reader(stream)
        next(reader, None)
        yield from reader


def count_csv_rows(path: Path) -> int:
    return sum(1 for _ in csv_rows(path))


def same_claims(first: Path, second: Path) -> bool:
    """Whether two exports list the same claim ids with the same quotes, in the same order."""
    try:
        for a, b in zip(csv_rows(first), csv_rows(second), strict=True):
            if a[0] != b[0] or a[5] != b[5]:
                return False
    except ValueError:  # one file has more rows than the other
        return False
    return True


def print_table(results: Sequence[Measured]) -> None:
    header = ("method", "rows", "seconds", "rows/s", "peak RSS MB", "py peak MB")
    lines = [header]
    for r in results:
        lines.append(
            (
                r.method,
                f"{r.rows:,}",
                f"{r.seconds:.2f}",
                f"{r.rows / r.seconds:,.0f}" if r.seconds > 0 else "-",
                f"{r.peak_rss_mb:.1f}",
                f"{r.python_peak_mb:.1f}" if r.python_peak_mb is not None else "n/a",
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for number, line in enumerate(lines):
        cells = [line[0].ljust(widths[0])] + [
            cell.rjust(width) for cell, width in zip(line[1:], widths[1:], strict=True)
        ]
        print("  ".join(cells))
        if number == 0:
            print("  ".join("-" * width for width in widths))


# -- children ------------------------------------------------------------------------------


def child_export(db: str, out: str, trace: bool) -> None:
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.export.csv_file import export_claims_csv

    catalogue = Catalogue.open(db)
    try:
        if trace:
            tracemalloc.start()
        started = time.perf_counter()
        rows = export_claims_csv(catalogue, out)
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] if trace else 0
        tracemalloc.stop()
    finally:
        catalogue.close()
    print(json.dumps({"rows": rows, "seconds": seconds, "python_peak": peak}))


def child_baseline(db: str) -> None:
    """What the export child does, less the export: the RSS the export's own is added to."""
    from claimdesk.core.catalogue import Catalogue
    from claimdesk.core.export.csv_file import export_claims_csv

    del export_claims_csv
    catalogue = Catalogue.open(db)
    try:
        rows = catalogue.count_claims()
    finally:
        catalogue.close()
    print(json.dumps({"rows": rows}))


# -- main ----------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument(
        "--claims",
        type=int,
        nargs="+",
        default=list(DEFAULT_SIZES),
        help="catalogue sizes to build and export, one after the other (default 100,000 and "
        "1,000,000)",
    )
    size.add_argument("--quick", action="store_true", help=f"{QUICK_CLAIMS:,} claims only")
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--speakers", type=int, default=DEFAULT_SPEAKERS)
    parser.add_argument("--seed", type=int, default=20240728)
    parser.add_argument("--child-build", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--child-export", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--child-baseline", metavar="DB", help=argparse.SUPPRESS)
    parser.add_argument("--child-floor", nargs=2, metavar=("DB", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.quick:
        args.claims = [QUICK_CLAIMS]
    if min(args.claims) < 1 or args.articles < 1 or args.speakers < 1:
        parser.error("--claims, --articles and --speakers must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child_build:
        build_catalogue(
            Path(args.child_build), args.claims[0], args.articles, args.speakers, args.seed
        )
        return 0
    if args.child_export:
        db, out = args.child_export
        child_export(db, out, trace=args.trace)
        return 0
    if args.child_baseline:
        child_baseline(args.child_baseline)
        return 0
    if args.child_floor:
        child_floor(*args.child_floor)
        return 0

    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    ok = True
    summary: list[tuple[int, Measured, Measured | None, float]] = []
    for n in args.claims:
        ok &= run_size(args, n, summary)
        print()
    print("Summary (seconds; RSS growth = the export child's peak less a child that only opens):")
    for n, ours, shell, growth in summary:
        ratio = f"{ours.seconds / shell.seconds:.2f}x the shell" if shell else "no shell"
        shell_seconds = f"{shell.seconds:.2f} s" if shell else "-"
        print(
            f"  {n:>9,} claims: ClaimDesk {ours.seconds:.2f} s, sqlite3 shell {shell_seconds} "
            f"({ratio}); RSS growth {growth:.1f} MB"
        )
    return 0 if ok else 1


def run_size(
    args: argparse.Namespace, n: int, summary: list[tuple[int, Measured, Measured | None, float]]
) -> bool:
    """Build a catalogue of ``n`` claims, export it both ways, print the figures; whether the
    two files agree."""
    print(
        f"ClaimDesk export benchmark: {n:,} claims, {min(args.articles, n):,} articles, "
        f"{args.speakers:,} speakers (Python {sys.version.split()[0]}, "
        f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs)"
    )
    with tempfile.TemporaryDirectory(prefix="claimdesk-bench-") as folder:
        db = Path(folder) / "catalogue.sqlite"
        started = time.perf_counter()
        build = [
            *("--claims", str(n), "--articles", str(args.articles)),
            *("--speakers", str(args.speakers), "--seed", str(args.seed)),
        ]
        subprocess.run(child_command("--child-build", str(db), *build), check=True)
        print(
            f"set-up (not measured): {time.perf_counter() - started:.1f} s, "
            f"catalogue {db.stat().st_size / 2**20:.1f} MB"
        )

        ours_csv = Path(folder) / "claimdesk.csv"
        ours, baseline_mb = measure_claimdesk(db, ours_csv, trace=n <= TRACE_UP_TO)
        results = [ours]
        shell = shutil.which("sqlite3")
        shell_csv = Path(folder) / "sqlite3.csv"
        if shell is None:
            print(
                "sqlite3 shell: not found, so not measured "
                "(tools/ensure-system-deps.sh test installs it; or apt-get install sqlite3)"
            )
        else:
            results.append(measure_sqlite_shell(shell, db, shell_csv))
        floor_csv = Path(folder) / "floor.csv"
        floor = measure_python_floor(db, floor_csv)
        floor_csv.unlink()
        results.append(floor)
        growth = ours.peak_rss_mb - baseline_mb
        summary.append((n, ours, results[1] if shell is not None else None, growth))

        print()
        print_table(results)
        print()
        if GNU_TIME is not None:
            print(f"peak RSS MB: the child's maximum resident set size, from GNU time ({GNU_TIME})")
        else:
            floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(
                "peak RSS MB: the child's ru_maxrss from os.wait4 (GNU time is not installed); "
                f"it cannot read lower than this process's own peak, {floor:.1f} MB"
            )
        print(
            "  a child that imports ClaimDesk and opens the catalogue without exporting peaks at "
            f"{baseline_mb:.1f} MB, so the export's RSS growth is {growth:.1f} MB"
        )
        if ours.python_peak_mb is not None:
            print(
                "py peak MB: tracemalloc's peak of Python allocations during the export call, "
                "from a second run (tracing slows it down)"
            )
        else:
            print(f"py peak MB: not measured above {TRACE_UP_TO:,} claims (tracing is slow)")
        print(
            "seconds: the export_claims_csv call alone; the sqlite3 process from start to exit; "
            "the floor's query and writing"
        )
        if shell is not None:
            print(
                f"ClaimDesk took {ours.seconds / results[1].seconds:.2f}x the shell's time; "
                f"the Python floor {floor.seconds / results[1].seconds:.2f}x"
            )
        print()

        ok = True
        read_back = count_csv_rows(ours_csv)
        verdict = "OK" if ours.rows == read_back == n else "MISMATCH"
        ok &= verdict == "OK"
        print(
            f"claimdesk rows: returned {ours.rows:,}, read back {read_back:,}, "
            f"expected {n:,}: {verdict} ({ours_csv.stat().st_size / 2**20:.1f} MB file)"
        )
        if shell is not None:
            shell_rows = results[1].rows
            verdict = "OK" if shell_rows == n else "MISMATCH"
            ok &= verdict == "OK"
            print(
                f"sqlite3 rows: read back {shell_rows:,}, expected {n:,}: {verdict} "
                f"({shell_csv.stat().st_size / 2**20:.1f} MB file)"
            )
            agree = same_claims(ours_csv, shell_csv)
            ok &= agree
            print(f"claim ids and quotes agree between the two files: {'yes' if agree else 'NO'}")
    return ok


if __name__ == "__main__":
    sys.exit(main())
