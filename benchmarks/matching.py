"""Benchmark: claim and speaker matching at newsroom scale (10k, 100k and 1M claims).

For each corpus size it generates Russian and English claims of 80–300 characters from sentence
frames and vocabularies written here (with invented surnames and towns, so the vocabulary has a
long tail as real news has), about 5% of them planted rewordings of earlier claims (word order,
shortening, inflection, synonyms, typos, and sometimes a changed number), and prints:

* build: ``ClaimMatcher.add_many`` over the corpus, wall time and RSS growth;
* load: ``ClaimMatcher.load`` of the saved index in a fresh child process (wall time, RSS growth
  of the child), and the numpy bytes the index holds;
* search latency (median, p95) over the queries: a third new claims nobody stored, a third
  new rewordings of stored claims, a third the stored planted rewordings;
* recall@10 against the exhaustive scan, timed in the same run: every stored claim scored with
  ``claim_similarity`` (vectorised: rapidfuzz ``process.cdist`` with ``token_set_ratio`` and
  ``token_sort_ratio`` over the stored keys, numpy for the coverage, number and negation
  adjustments, Python ``round`` on the result; the script checks on sample pairs that this equals
  ``claim_similarity`` exactly). Recall is counted over the queries whose exhaustive top 10 is not
  empty, tie-aware: an indexed result counts when its score reaches the exhaustive 10th score;
* the hit rate of planted rewordings: the original claim is in the top 10 for its rewording,
  for the index (over ``--hit-queries`` planted rewordings, the timed ones among them) and (on
  the queries scanned) for the exhaustive scan, the ceiling. A stored
  claim with exactly the original's text counts as the original: no matcher can tell identical
  texts apart (about 1.8% of the texts at 1M have a twin, as a claim catalogued twice would);
* speakers (100,000 speakers with 2–4 names and aliases each): latency per keystroke of queries
  typed letter by letter (2–20 characters: full names, inflected, transliterated, initials, typos)
  and top-1 agreement with the scan of every name the matcher did before it had an index.

It never judges the timings: it only prints them.

Run from the repository root::

    .venv/bin/python benchmarks/matching.py                 # 10k, 100k and 1M claims
    .venv/bin/python benchmarks/matching.py --quick         # 10k only
    .venv/bin/python benchmarks/matching.py --sizes 100000 --queries 300 --scan-queries 100
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from claimdesk.core.matching.claim_index import (
    ClaimMatcher,
    negated_text,
    number_code_table,
    number_codes,
    number_conflicts,
)
from claimdesk.core.matching.similarity import (
    CERTAIN_THRESHOLD,
    NEGATIONS,
    SUGGEST_THRESHOLD,
    claim_key,
    claim_similarity,
    name_key,
    name_score,
)
from claimdesk.core.matching.speaker_index import SpeakerMatcher

# -- vocabularies -------------------------------------------------------------------------------

RU_SUBJECTS = """Правительство|Министерство финансов|Центральный банк|Администрация города|
Наша компания|
Министерство обороны|Антимонопольная служба|Государственная дума|Совет директоров|Министерство
здравоохранения|Мэрия|Региональное правительство|Министерство энергетики|Пенсионный фонд|
Министерство образования|Министерство транспорта|Министерство сельского хозяйства|Наше ведомство|
Кабинет министров|Городской совет|Министерство промышленности|Федеральное агентство|Наш холдинг|
Областная администрация|Министерство юстиции|Счетная палата|Профсоюз|Наша партия|
Комитет по бюджету"""
RU_VERBS = [  # (future 3sg, infinitive)
    ("увеличит", "увеличивать"), ("сократит", "сокращать"), ("направит", "направлять"),
    ("выделит", "выделять"), ("пересмотрит", "пересматривать"), ("заморозит", "замораживать"),
    ("поддержит", "поддерживать"), ("расширит", "расширять"), ("сохранит", "сохранять"),
    ("ограничит", "ограничивать"), ("профинансирует", "финансировать"), ("отменит", "отменять"),
    ("запустит", "запускать"), ("проверит", "проверять"), ("модернизирует", "модернизировать"),
    ("повысит", "повышать"), ("снизит", "снижать"), ("упростит", "упрощать"),
    ("удвоит", "удваивать"), ("продлит", "продлевать"),
]  # fmt: skip
RU_OBJECTS = """расходы на образование|финансирование здравоохранения|программу льготной ипотеки|
тарифы на электроэнергию|пособия для многодетных семей|строительство новых школ|экспорт зерна|
закупки вооружений|налоговую нагрузку на малый бизнес|инвестиции в инфраструктуру|
субсидии фермерам|зарплаты учителей|пенсии военным|ремонт дорог|поддержку экспортеров|
выпуск облигаций|помощь беженцам|квоты на вылов рыбы|пошлины на импорт автомобилей|
ставки по кредитам|цены на бензин|закупки лекарств|число бюджетных мест|лимиты на добычу нефти|
программу переселения из аварийного жилья|штрафы за нарушение правил|пенсионные накопления|
финансирование науки|строительство метро|производство удобрений|выдачу разрешений на стройку|
господдержку автопрома|капитальный ремонт больниц|расходы на оборону|социальные выплаты|
проект газопровода|тарифы на проезд|ввоз сельхозпродукции|продажу алкоголя|выпуск электромобилей"""
RU_OBJECTS_GEN = """повышения цен|сокращения рабочих мест|закрытия предприятий|эскалации конфликта|
нарушения прав граждан|роста тарифов|дефицита лекарств|срыва отопительного сезона|
задержки зарплат|банкротства застройщиков|оттока капитала|повторения аварии|
монополизации рынка|вмешательства в выборы|ухудшения экологии|дефолта по долгам"""
RU_AMOUNTS = [
    "на {n}%",
    "до {n} млрд рублей",
    "на {n} млн рублей",
    "в {k} раза",
    "на {n} процентов",
]
RU_TIMES = """в следующем году|до конца года|в ближайшие месяцы|к {y} году|в течение {k} лет|
уже в этом квартале|в первом полугодии|после выборов|в {y} году|до конца десятилетия|
в ближайшие недели|со следующего месяца"""
RU_PLACES = """в регионах|по всей стране|на Дальнем Востоке|в Сибири|в Москве и Петербурге|
в приграничных районах|в сельской местности|в крупных городах|на Урале|в южных областях"""
RU_METRICS = [  # (metric, verb that agrees with it)
    ("инфляция", "составила"), ("безработица", "снизилась до"), ("рост цен", "составил"),
    ("объем производства", "вырос на"), ("товарооборот", "увеличился на"),
    ("дефицит бюджета", "достиг"), ("рост экономики", "составил"), ("экспорт", "сократился на"),
    ("рождаемость", "упала на"), ("число туристов", "выросло на"), ("ВВП", "вырос на"),
    ("ключевая ставка", "составила"), ("госдолг", "превысил"), ("урожай зерна", "составил"),
]  # fmt: skip
RU_TALKS = ["переговорам", "диалогу", "консультациям", "сотрудничеству", "обсуждению"]
RU_PARTNERS = """Россией|Турцией|Евросоюзом|соседними странами|Китаем|Казахстаном|Арменией|
Грузией|Ираном|Индией|Белоруссией|инвесторами|профсоюзами|оппозицией|международными партнерами"""
RU_TOPICS = """всем вопросам|вопросам безопасности|энергетике|транспортным коридорам|
торговле|миграции|гуманитарным вопросам|поставкам газа|границе|ценам на нефть|
водным ресурсам|визовому режиму"""
RU_OPENERS = """Я уверен, что|Хочу подчеркнуть, что|Как мы уже говорили,|Могу сказать, что|
Очевидно, что|Мы считаем, что|Позиция неизменна:|Еще раз повторю:|Подчеркиваю,"""
RU_TAILS = """поскольку это отвечает интересам граждан|так как ситуация на рынке остается сложной|
потому что бюджет не выдержит дополнительной нагрузки|и это окончательное решение|
несмотря на критику со стороны экспертов|как и было обещано избирателям|если позволят условия|
в соответствии с поручением президента|чтобы не допустить социальной напряженности|
хотя оппозиция с этим не согласна|после консультаций с экспертами|
и других вариантов мы не рассматриваем|при поддержке федерального центра|
с учетом мнения жителей|а деньги уже заложены в бюджет|и эта работа будет продолжена"""

EN_SUBJECTS = """The government|The finance ministry|The central bank|The city council|Our company|
The defence ministry|The competition authority|Parliament|The board|The health ministry|
The mayor's office|The regional government|The energy ministry|The pension fund|
The education ministry|The transport ministry|The agriculture ministry|Our department|
The cabinet|The state agency|Our group|The county administration|The justice ministry|
The audit office|The union|Our party|The budget committee|The European Commission"""
EN_VERBS = [
    ("increase", "increase"), ("cut", "cut"), ("redirect", "redirect"), ("allocate", "allocate"),
    ("review", "review"), ("freeze", "freeze"), ("support", "support"), ("expand", "expand"),
    ("keep", "keep"), ("limit", "limit"), ("fund", "fund"), ("scrap", "scrap"),
    ("launch", "launch"), ("audit", "audit"), ("modernise", "modernise"), ("raise", "raise"),
    ("lower", "lower"), ("simplify", "simplify"), ("double", "double"), ("extend", "extend"),
]  # fmt: skip
EN_OBJECTS = """spending on education|funding for public hospitals|the mortgage subsidy programme|
electricity tariffs|benefits for large families|construction of new schools|grain exports|
arms purchases|the tax burden on small businesses|investment in infrastructure|
subsidies for farmers|teachers' salaries|military pensions|road repairs|support for exporters|
bond issuance|aid to refugees|fishing quotas|duties on imported cars|interest rates on loans|
petrol prices|purchases of medicines|the number of state-funded university places|
oil production limits|the resettlement programme|fines for breaking the rules|pension savings|
research funding|construction of the metro|fertiliser production|building permits|
state support for carmakers|hospital refurbishment|defence spending|social payments|
the gas pipeline project|public transport fares|agricultural imports|alcohol sales|
electric vehicle production"""
EN_OBJECTS_GER = """price rises|job cuts|plant closures|an escalation of the conflict|
violations of citizens' rights|tariff increases|shortages of medicines|heating failures|
delays in paying wages|developers going bankrupt|capital flight|a repeat of the accident|
a monopoly on the market|interference in the election|damage to the environment|a default"""
EN_AMOUNTS = ["by {n}%", "to {n} billion dollars", "by {n} million euros", "{k}-fold",
              "by {n} percent"]  # fmt: skip
EN_TIMES = """next year|by the end of the year|in the coming months|by {y}|within {k} years|
this quarter|in the first half of the year|after the election|in {y}|by the end of the decade|
in the coming weeks|from next month"""
EN_PLACES = """in the regions|across the country|in the far east|in the north|in the capital|
along the border|in rural areas|in large cities|in the south|in coastal towns"""
EN_METRICS = [
    ("inflation", "reached"), ("unemployment", "fell to"), ("price growth", "was"),
    ("industrial output", "rose by"), ("trade", "increased by"), ("the budget deficit", "hit"),
    ("economic growth", "was"), ("exports", "fell by"), ("the birth rate", "dropped by"),
    ("tourist numbers", "rose by"), ("GDP", "grew by"), ("the key rate", "stood at"),
    ("public debt", "exceeded"), ("the grain harvest", "was"),
]  # fmt: skip
EN_TALKS = ["talks", "dialogue", "consultations", "cooperation", "discussions"]
EN_PARTNERS = """Russia|Turkey|the European Union|neighbouring countries|China|Kazakhstan|
Armenia|Georgia|Iran|India|Belarus|investors|the unions|the opposition|international partners"""
EN_TOPICS = """all issues|security|energy|transport corridors|trade|migration|humanitarian
issues|gas supplies|the border|oil prices|water resources|the visa regime"""
EN_OPENERS = """I am confident that|I want to stress that|As we have said before,|I can say that|
It is obvious that|We believe that|Our position is unchanged:|Let me repeat:|I stress that"""
EN_TAILS = """because this is in the interest of citizens|as the market remains difficult|
because the budget cannot take any more strain|and this decision is final|
despite criticism from experts|as promised to voters|if conditions allow|
in line with the president's instructions|to avoid social tension|
although the opposition disagrees|after consulting experts|
and we are not considering other options|with the support of the federal centre|
taking residents' views into account|and the money is already in the budget|
and this work will continue"""

RU_SYNONYMS = [
    ("увеличит", "повысит"), ("сократит", "уменьшит"), ("расходы", "затраты"),
    ("переговорам", "консультациям"), ("Правительство", "Кабмин"), ("уверен", "убежден"),
    ("цены", "стоимость"), ("строительство", "возведение"), ("поддержку", "помощь"),
    ("ближайшие", "предстоящие"), ("крупных", "больших"), ("решение", "вердикт"),
    ("граждан", "населения"), ("отменит", "упразднит"), ("сохранит", "оставит"),
]  # fmt: skip
EN_SYNONYMS = [
    ("increase", "raise"), ("cut", "reduce"), ("spending", "expenditure"),
    ("talks", "negotiations"), ("government", "cabinet"), ("confident", "sure"),
    ("prices", "costs"), ("construction", "building"),
    ("support", "backing"), ("coming", "next few"), ("large", "big"), ("final", "definitive"),
    ("citizens", "people"), ("scrap", "abolish"), ("keep", "maintain"),
]  # fmt: skip


def _split(text: str) -> list[str]:
    return [" ".join(part.split()) for part in text.split("|") if part.strip()]


def _surnames_ru(rng: random.Random, n: int) -> list[str]:
    heads = _split(
        "Ал|Бор|Вел|Гор|Дуб|Ерм|Жур|Зар|Ив|Кар|Лав|Мор|Нов|Ор|Пет|Рог|Сав|Тар|Уст|"
        "Фед|Хар|Чер|Шув|Юр|Як|Бел|Вор|Гал|Дем|Кос|Лит|Мал|Наз|Пан|Рад|Сид|Тим"
    )
    mids = ["ан", "ен", "ин", "он", "ар", "ер", "ил", "ол", "уш", "ат", "от", "ич", "ям", "ух", ""]
    ends = ["ов", "ев", "ин", "цов", "енков", "аков"]
    names = sorted({h + m + e for h in heads for m in mids for e in ends})
    rng.shuffle(names)
    return names[:n]


def _surnames_en(rng: random.Random, n: int) -> list[str]:
    heads = _split("Ok|Bel|Har|Mor|Ken|Dal|Fen|Gar|Wes|Row|Lin|Tam|Ash|Bren|Cal|Dun|Ell|Fair|"
                   "Gil|Hol|Kel|Mar|Nor|Pen|Ran|Stan|Thorn|Wal|Wyn|Brad")  # fmt: skip
    mids = ["a", "o", "i", "e", "er", "an", "el", "in", "ow", ""]
    ends = ["for", "son", "ton", "by", "ley", "well", "man", "ford", "ridge", "wick", "more"]
    names = sorted({h + m + e for h in heads for m in mids for e in ends})
    rng.shuffle(names)
    return names[:n]


def _towns_ru() -> list[tuple[str, str]]:  # (nominative, prepositional)
    starts = ["Ново", "Старо", "Верхне", "Нижне", "Бело", "Красно", "Усть-", "Камено", ""]
    roots = ["александров", "бор", "волж", "горел", "дол", "камен", "лес", "озер", "поль",
             "рыб", "сосн", "степ", "луж", "мир", "зар"]  # fmt: skip
    towns = []
    for s in starts:
        for r in roots:
            stem = (s + r).capitalize() if s == "" else s + r
            towns.append((stem + "ск", stem + "ске"))
            towns.append((stem + "ово", stem + "ово"))
    return towns


@dataclass
class Vocabulary:
    ru_names: list[str]
    en_names: list[str]
    ru_towns: list[tuple[str, str]]
    en_towns: list[str]


def make_vocabulary(rng: random.Random) -> Vocabulary:
    en_towns = [s + e for s in _surnames_en(rng, 600)[:300] for e in ("ville", " Falls")][:500]
    return Vocabulary(_surnames_ru(rng, 3000), _surnames_en(rng, 2500), _towns_ru(), en_towns)


# -- sentences ----------------------------------------------------------------------------------


def _number(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"{rng.randint(1, 20)},{rng.randint(1, 9)}"
    return str(rng.randint(2, 99))


def _fill(template: str, rng: random.Random) -> str:
    return template.format(n=_number(rng), k=rng.randint(2, 9), y=rng.randint(2025, 2040))


class ClaimGenerator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vocab = make_vocabulary(self.rng)
        ru = {name: _split(globals()["RU_" + name]) for name in (
            "SUBJECTS", "OBJECTS", "OBJECTS_GEN", "TIMES", "PLACES", "PARTNERS", "TOPICS",
            "OPENERS", "TAILS")}  # fmt: skip
        en = {name: _split(globals()["EN_" + name.replace("_GEN", "_GER")]) for name in ru}
        self.ru, self.en = ru, en

    def _ru_core(self) -> str:
        r, w, v = self.rng, self.ru, self.vocab
        person = f"губернатор {r.choice(v.ru_names)}"
        town = r.choice(v.ru_towns)[1]
        place = r.choice([*w["PLACES"], f"в {town}", f"в {town}"])
        subject = r.choice(
            [*w["SUBJECTS"], person.capitalize(), f"Мэрия {r.choice(v.ru_towns)[0]}а"]
        )
        fut, inf = r.choice(RU_VERBS)
        obj, time_ = r.choice(w["OBJECTS"]), _fill(r.choice(w["TIMES"]), r)
        kind = r.randrange(8)
        if kind == 0:
            return f"{subject} {fut} {obj} {place} {_fill(r.choice(RU_AMOUNTS), r)} {time_}"
        if kind == 1:
            return f"{subject} не будет {inf} {obj} {place} {time_}"
        if kind == 2:
            metric, verb = r.choice(RU_METRICS)
            return (
                f"{metric.capitalize()} {place} {verb} {_number(r)}% за {r.randint(2015, 2025)} год"
            )
        if kind == 3:
            partner = r.choice([*w["PARTNERS"], f"губернатором {r.choice(v.ru_names)}ым"])
            when = f" {time_}" if r.random() < 0.6 else ""
            who = r.choice(["Мы готовы", f"{subject} заявляет о готовности"])
            return f"{who} к {r.choice(RU_TALKS)} с {partner} по {r.choice(w['TOPICS'])}{when}"
        if kind == 4:
            other = r.choice(w["SUBJECTS"]).lower()
            return f"{subject} рассчитывает, что {other} {fut} {obj} {time_}"
        if kind == 5:
            when = f" {time_}" if r.random() < 0.9 else ""
            who = r.choice(["Мы не допустим", f"{subject} не допустит"])
            return f"{who} {r.choice(w['OBJECTS_GEN'])} {place}{when}"
        if kind == 6:
            metric, _ = r.choice(RU_METRICS)
            unit = r.choice(["млрд рублей", "процента", "тысяч человек", "млн тонн"])
            return f"По нашим оценкам, {metric} {time_} составит {_number(r)} {unit}"
        rest = r.choice(w["OBJECTS"])
        return f"{subject} {fut} {obj} {time_}, а {rest} {place} останется без изменений"

    def _en_core(self) -> str:
        r, w, v = self.rng, self.en, self.vocab
        person = f"Governor {r.choice(v.en_names)}"
        place = r.choice([*w["PLACES"], f"in {r.choice(v.en_towns)}", f"in {r.choice(v.en_towns)}"])
        subject = r.choice([*w["SUBJECTS"], person, f"The {r.choice(v.en_towns)} council"])
        _, verb = r.choice(EN_VERBS)
        obj, time_ = r.choice(w["OBJECTS"]), _fill(r.choice(w["TIMES"]), r)
        kind = r.randrange(8)
        if kind == 0:
            return f"{subject} will {verb} {obj} {place} {_fill(r.choice(EN_AMOUNTS), r)} {time_}"
        if kind == 1:
            return f"{subject} will not {verb} {obj} {place} {time_}"
        if kind == 2:
            metric, verb2 = r.choice(EN_METRICS)
            metric = metric[0].upper() + metric[1:]
            return f"{metric} {place} {verb2} {_number(r)}% in {r.randint(2015, 2025)}"
        if kind == 3:
            partner = r.choice([*w["PARTNERS"], f"Governor {r.choice(v.en_names)}"])
            when = f" {time_}" if r.random() < 0.6 else ""
            return (
                f"{r.choice(['We are', f'{subject} is'])} ready for {r.choice(EN_TALKS)} "
                f"with {partner} on "
                f"{r.choice(w['TOPICS'])}{when}"
            )
        if kind == 4:
            other = r.choice(w["SUBJECTS"])
            other = other[0].lower() + other[1:]
            return f"{subject} expects that {other} will {verb} {obj} {time_}"
        if kind == 5:
            when = f" {time_}" if r.random() < 0.9 else ""
            who = r.choice(["We", subject])
            return f"{who} will not allow {r.choice(w['OBJECTS_GEN'])} {place}{when}"
        if kind == 6:
            metric, _ = r.choice(EN_METRICS)
            unit = r.choice(["billion dollars", "percent", "thousand people", "million tonnes"])
            return f"By our estimates, {metric} will reach {_number(r)} {unit} {time_}"
        rest = r.choice(w["OBJECTS"])
        return f"{subject} will {verb} {obj} {time_}, while {rest} {place} will stay as they are"

    def claim(self) -> str:
        r = self.rng
        russian = r.random() < 0.6
        while True:
            core = self._ru_core() if russian else self._en_core()
            words_ = self.ru if russian else self.en
            if r.random() < 0.35:
                core = f"{r.choice(words_['OPENERS'])} {core[0].lower()}{core[1:]}"
            if r.random() < 0.5 or len(core) < 80:
                core = f"{core}, {r.choice(words_['TAILS'])}"
            if len(core) < 80:
                core = f"{core}, {r.choice(words_['TAILS'])}"
            text = core + "."
            if 80 <= len(text) <= 300:
                return text


# -- rewordings ---------------------------------------------------------------------------------

_MORPH = None


@lru_cache(maxsize=50_000)
def _other_forms(word: str) -> tuple[str, ...]:
    global _MORPH  # noqa: PLW0603
    if _MORPH is None:
        try:
            import pymorphy3

            _MORPH = pymorphy3.MorphAnalyzer()
        except ImportError:
            _MORPH = False
    if not _MORPH:
        return ()
    parse = _MORPH.parse(word)[0]
    if parse.tag.POS not in {"NOUN", "ADJF", "VERB", "INFN"}:
        return ()
    forms = {f.word for f in parse.lexeme if f.word != word.lower()}
    return tuple(sorted(forms))


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("аеиоуaeiou") + word[i + 1 :]


NEGATION_WORDS = NEGATIONS  # the words claim_similarity counts


def reword(text: str, rng: random.Random) -> str:
    """A planted rewording: the same claim in other words, order, forms, or with typos. It keeps
    the claim's numbers and negation: changing those makes another claim (see near_miss)."""
    tokens = text.rstrip(".").split()
    russian = bool(re.search("[а-яё]", text.lower()))
    operations = rng.sample(["order", "shorten", "inflect", "synonym", "typo"], rng.randint(1, 3))
    for operation in operations:
        if operation == "order" and len(tokens) > 6:
            cut = rng.randint(2, 4)
            tokens = tokens[-cut:] + tokens[:-cut]
        elif operation == "shorten" and len(tokens) > 10:
            keep = max(8, int(len(tokens) * rng.uniform(0.65, 0.85)))
            negations = [
                i for i, t in enumerate(tokens) if t.lower().strip(",.:") in NEGATION_WORDS
            ]
            lowest = max(0, max(negations, default=0) - keep + 1)
            highest = min(len(tokens) - keep, min(negations, default=len(tokens)))
            if lowest <= highest:  # a window that keeps every negation
                start = rng.randint(lowest, highest)
                tokens = tokens[start : start + keep]
        elif operation == "inflect":
            for _ in range(rng.randint(1, 2)):
                i = rng.randrange(len(tokens))
                bare = tokens[i].strip(",.:")
                if russian:
                    forms = _other_forms(bare) if len(bare) > 3 else ()
                    if forms:
                        tokens[i] = tokens[i].replace(bare, rng.choice(forms))
                elif len(bare) > 3:
                    tokens[i] = tokens[i].replace(
                        bare, bare[:-1] if bare.endswith("s") else bare + "s"
                    )
        elif operation == "synonym":
            table = RU_SYNONYMS if russian else EN_SYNONYMS
            for a, b in rng.sample(table, len(table)):
                joined = " ".join(tokens)
                if a in joined:
                    tokens = joined.replace(a, b, 1).split()
                    break
                if b in joined:
                    tokens = joined.replace(b, a, 1).split()
                    break
        elif operation == "typo":
            for _ in range(rng.randint(1, 2)):
                i = rng.randrange(len(tokens))
                if len(tokens[i]) >= 5 and tokens[i].isalpha():
                    tokens[i] = _typo(tokens[i], rng)
    out = " ".join(tokens)
    return out[0].upper() + out[1:] + "."


def near_miss(text: str, rng: random.Random) -> str:
    """Another claim in the same words: a changed number ("рост составил 5%" → "15%"), or a
    negation added or taken away. Never to be flagged "almost certainly the same"."""
    numbers = list(re.finditer(r"\d+", text))
    if numbers:
        m = rng.choice(numbers)
        return text[: m.start()] + str(int(m.group()) + rng.randint(1, 9)) + text[m.end() :]
    tokens = text.split()
    negated = [i for i, t in enumerate(tokens) if t.lower().strip(",.:") in NEGATION_WORDS]
    if negated:
        del tokens[rng.choice(negated)]
    else:
        i = rng.randrange(1, max(2, len(tokens) - 1))
        tokens.insert(i, "не" if re.search("[а-яё]", text.lower()) else "not")
    return " ".join(tokens)


@dataclass
class Corpus:
    texts: list[str]
    planted: list[tuple[int, int]]  # (original row, rewording row)
    near_misses: list[tuple[int, int]]  # (original row, row of the same words with a change)


def make_corpus(size: int, seed: int = 1) -> Corpus:
    generator = ClaimGenerator(seed)
    rng = random.Random(seed + 1)
    texts: list[str] = []
    planted: list[tuple[int, int]] = []
    near_misses: list[tuple[int, int]] = []
    for row in range(size):
        draw = rng.random()
        if row > 100 and draw < 0.05:
            original = rng.randrange(row)
            texts.append(reword(texts[original], rng))
            planted.append((original, row))
        elif row > 100 and draw < 0.06:
            original = rng.randrange(row)
            texts.append(near_miss(texts[original], rng))
            near_misses.append((original, row))
        else:
            texts.append(generator.claim())
    return Corpus(texts, planted, near_misses)


# -- the exhaustive scan ------------------------------------------------------------------------


@dataclass
class Exhaustive:
    """Every stored claim scored with claim_similarity, vectorised over the stored keys."""

    keys: list[str]
    number_codes: np.ndarray  # every claim's number codes, claim i's from number_start[i]
    number_start: np.ndarray
    negated: np.ndarray

    @classmethod
    def of(cls, texts: Sequence[str]) -> Exhaustive:
        codes, start = number_code_table(texts)
        return cls(
            [claim_key(t) for t in texts],
            codes,
            start,
            np.array([negated_text(t) for t in texts], dtype=np.uint8),
        )

    def scores(self, texts: Sequence[str], min_score: float) -> np.ndarray:
        """claim_similarity of each query with every stored claim, unrounded; scores below
        ``min_score`` may be lower than the real ones (rapidfuzz stops early there)."""
        queries = [claim_key(t) for t in texts]
        cutoff = max(0.0, min_score - 0.01)
        kwargs = {"dtype": np.float64, "score_cutoff": cutoff, "workers": -1}
        set_s = process.cdist(queries, self.keys, scorer=fuzz.token_set_ratio, **kwargs)
        sort_s = process.cdist(queries, self.keys, scorer=fuzz.token_sort_ratio, **kwargs)
        lengths = np.fromiter((len(k) for k in self.keys), dtype=np.float64, count=len(self.keys))
        out = np.empty_like(set_s)
        for i, (query, text) in enumerate(zip(queries, texts, strict=True)):
            shorter = np.minimum(lengths, len(query))
            longer = np.maximum(np.maximum(lengths, len(query)), 1)
            s = np.maximum(sort_s[i], set_s[i] * (0.85 + 0.15 * shorter / longer))
            conflict = number_conflicts(
                np.array(number_codes(text), dtype=np.uint32),
                self.number_start[:-1],
                self.number_start[1:],
                self.number_codes,
            )
            s = np.where(conflict, np.minimum(s * 0.85, 80.0), s)
            s = np.where(self.negated != negated_text(text), np.minimum(s * 0.85, 80.0), s)
            s[lengths == 0] = 0.0
            if not query:
                s[:] = 0.0
            out[i] = s
        return out

    def top(self, row_scores: np.ndarray, limit: int, min_score: float) -> list[tuple[int, float]]:
        found = np.flatnonzero(row_scores >= min_score - 0.01)
        ranked = [(int(r), round(float(row_scores[r]), 2)) for r in found]
        ranked = [(r, s) for r, s in ranked if s >= min_score]
        ranked.sort(key=lambda rs: (-rs[1], rs[0]))
        return ranked[:limit]


def check_exhaustive_equals_claim_similarity(
    corpus: Corpus, exhaustive: Exhaustive
) -> tuple[int, int]:
    """Compare the vectorised scan with claim_similarity; returns (pairs, pairs one rounding step
    of 0.01 apart: the scan computes in float32, which can round a .xx5 the other way)."""
    rng = random.Random(5)
    queries = [corpus.texts[rew] for _, rew in rng.sample(corpus.planted, 20)]
    queries += [reword(rng.choice(corpus.texts), rng) for _ in range(10)]
    scores = exhaustive.scores(queries, 0.0)
    checked = one_step = 0
    for i, query in enumerate(queries):
        rows = rng.sample(range(len(corpus.texts)), 50)
        rows += [int(r) for r in np.argsort(-scores[i])[:20]]
        for row in rows:
            expected = claim_similarity(query, corpus.texts[row])
            got = round(float(scores[i][row]), 2)
            if abs(got - expected) > 0.0101:
                raise SystemExit(f"exhaustive scan disagrees: {got} != {expected} for row {row}")
            one_step += got != expected
            checked += 1
    return checked, one_step


# -- measuring ----------------------------------------------------------------------------------


def rss_bytes() -> int:
    with open("/proc/self/statm") as stream:
        return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def percentile(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.array(values), q)) if values else float("nan")


@dataclass
class ClaimFigures:
    size: int
    build_s: float = 0.0
    build_rss_mb: float = 0.0
    index_mb: float = 0.0
    save_s: float = 0.0
    file_mb: float = 0.0
    load_s: float = 0.0
    load_rss_mb: float = 0.0
    median_ms: float = 0.0
    p95_ms: float = 0.0
    queries: int = 0
    scan_s: float = 0.0
    scan_queries: int = 0
    recall_queries: int = 0
    recall: float = 0.0
    hits: float = 0.0
    hit_queries: int = 0
    scan_hits: float = 0.0
    scan_hit_queries: int = 0
    near_miss_certain: float = 0.0
    near_miss_queries: int = 0
    notes: list[str] = field(default_factory=list)


def child_load(path: str) -> None:
    gc.collect()
    before = rss_bytes()
    start = time.perf_counter()
    matcher = ClaimMatcher.load(path)
    elapsed = time.perf_counter() - start
    matcher.search("Правительство увеличит расходы на образование в следующем году на 5%")
    print(
        json.dumps({"load_s": elapsed, "rss_mb": (rss_bytes() - before) / 2**20, "n": len(matcher)})
    )


@dataclass
class QueryMix:
    """The queries of a run: a third new claims nobody stored, a third new rewordings of stored
    claims, a third the stored planted rewordings; ``rng`` and ``generator`` go on from there."""

    rng: random.Random
    generator: ClaimGenerator
    third: int
    planted: list[tuple[int, int]]
    queries: list[str]
    kinds: list[str]

    @classmethod
    def of(cls, corpus: Corpus, n_queries: int) -> QueryMix:
        size = len(corpus.texts)
        rng = random.Random(size)
        third = max(1, n_queries // 3)
        planted = rng.sample(corpus.planted, min(third, len(corpus.planted)))
        generator = ClaimGenerator(seed=size + 7)
        queries = [generator.claim() for _ in range(third)]
        queries += [reword(corpus.texts[rng.randrange(size)], rng) for _ in range(third)]
        queries += [corpus.texts[rewording] for _, rewording in planted]
        kinds = ["new"] * third + ["reworded"] * third + ["planted"] * len(planted)
        return cls(rng, generator, third, planted, queries, kinds)


def recall_at_10(top: Sequence[tuple[int, float]], found_scores: Sequence[float]) -> float:
    """Tie-aware recall of one query: a found claim counts when its score reaches the 10th
    score of the exhaustive ``top`` (which must not be empty)."""
    floor = top[-1][1]
    got = sum(1 for score in found_scores if score >= floor)
    return min(got, len(top)) / len(top)


def bench_claims(
    size: int, n_queries: int, scan_queries: int, hit_queries: int, log: Callable[[str], None]
) -> ClaimFigures:
    figures = ClaimFigures(size)
    start = time.perf_counter()
    corpus = make_corpus(size)
    log(f"[{size}] corpus generated in {time.perf_counter() - start:.1f} s "
        f"({len(corpus.planted)} planted rewordings, "
        f"{len(set(corpus.texts)) / size:.1%} of the texts distinct)")  # fmt: skip
    gc.collect()
    before = rss_bytes()
    start = time.perf_counter()
    matcher = ClaimMatcher()
    matcher.add_many(enumerate(corpus.texts))
    figures.build_s = time.perf_counter() - start
    gc.collect()
    figures.build_rss_mb = (rss_bytes() - before) / 2**20
    figures.index_mb = matcher.memory_bytes() / 2**20
    log(f"[{size}] built in {figures.build_s:.1f} s")

    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "claims.npz"
        start = time.perf_counter()
        matcher.save(path)
        figures.save_s = time.perf_counter() - start
        figures.file_mb = path.stat().st_size / 2**20
        out = subprocess.run(
            [sys.executable, __file__, "--child-load", str(path)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        loaded = json.loads(out.stdout.strip().splitlines()[-1])
        figures.load_s, figures.load_rss_mb = loaded["load_s"], loaded["rss_mb"]
    log(f"[{size}] saved in {figures.save_s:.1f} s, loaded in {figures.load_s:.2f} s")

    mix = QueryMix.of(corpus, n_queries)
    rng, third, planted, queries, kinds = mix.rng, mix.third, mix.planted, mix.queries, mix.kinds

    for q in queries[:20]:  # warm up caches
        matcher.search(q)
    latencies, results = [], []
    for q in queries:
        t = time.perf_counter()
        results.append(matcher.search(q, limit=10))
        latencies.append((time.perf_counter() - t) * 1000)
    figures.queries = len(queries)
    figures.median_ms, figures.p95_ms = percentile(latencies, 50), percentile(latencies, 95)
    texts = corpus.texts
    # the hit rate over more planted rewordings than the timed ones: the timed are among them
    timed = set(planted)
    more = [pair for pair in corpus.planted if pair not in timed]
    hit_pairs = planted + rng.sample(more, max(0, min(hit_queries - len(planted), len(more))))
    found_for = results[2 * third :] + [
        matcher.search(texts[rewording], limit=10) for _, rewording in hit_pairs[len(planted) :]
    ]
    hits = [
        any(texts[m.claim_id] == texts[original] for m in found)
        for (original, _), found in zip(hit_pairs, found_for, strict=True)
    ]
    figures.hits, figures.hit_queries = float(np.mean(hits)), len(hits)
    # near misses: the original may be suggested, but never flagged "almost certainly the same"
    misses = rng.sample(corpus.near_misses, min(third, len(corpus.near_misses)))
    flagged = [
        any(m.claim_id == original and m.score >= CERTAIN_THRESHOLD for m in
            matcher.search(corpus.texts[changed], limit=10))
        for original, changed in misses
    ]  # fmt: skip
    figures.near_miss_certain = float(np.mean(flagged)) if flagged else float("nan")
    figures.near_miss_queries = len(flagged)
    log(f"[{size}] searched: median {figures.median_ms:.2f} ms, p95 {figures.p95_ms:.2f} ms")

    # the exhaustive scan on an even sample of the query kinds
    start = time.perf_counter()
    exhaustive = Exhaustive.of(corpus.texts)
    log(f"[{size}] keys for the scan in {time.perf_counter() - start:.1f} s")
    if size <= 100_000:
        checked, one_step = check_exhaustive_equals_claim_similarity(corpus, exhaustive)
        figures.notes.append(
            f"scan == claim_similarity on {checked} pairs ({one_step} one rounding step apart)"
        )
    picked = sorted(rng.sample(range(len(queries)), min(scan_queries, len(queries))))
    recalls, scan_hits, scan_time = [], [], 0.0
    for chunk_start in range(0, len(picked), 8):
        chunk = picked[chunk_start : chunk_start + 8]
        t = time.perf_counter()
        all_scores = exhaustive.scores([queries[i] for i in chunk], SUGGEST_THRESHOLD)
        tops = [exhaustive.top(s, 10, SUGGEST_THRESHOLD) for s in all_scores]
        scan_time += time.perf_counter() - t
        for i, top in zip(chunk, tops, strict=True):
            if kinds[i] == "planted":
                original = planted[i - 2 * third][0]
                scan_hits.append(any(texts[r] == texts[original] for r, _ in top))
            if top:
                recalls.append(recall_at_10(top, [m.score for m in results[i]]))
    figures.scan_queries = len(picked)
    figures.scan_s = scan_time / max(1, len(picked))
    figures.recall_queries = len(recalls)
    figures.recall = float(np.mean(recalls)) if recalls else float("nan")
    figures.scan_hits = float(np.mean(scan_hits)) if scan_hits else float("nan")
    figures.scan_hit_queries = len(scan_hits)
    log(f"[{size}] scan {figures.scan_s:.2f} s/query, recall@10 {figures.recall:.4f} "
        f"over {len(recalls)} queries")  # fmt: skip
    return figures


# -- speakers -----------------------------------------------------------------------------------

RU_FIRST = _split("Иван|Сергей|Алексей|Дмитрий|Михаил|Андрей|Николай|Павел|Олег|Виктор|Юрий|"
                  "Игорь|Артем|Максим|Роман|Джейхун|Ильхам|Тимур|Руслан|Георгий")  # fmt: skip
RU_FIRST_F = _split("Мария|Анна|Елена|Ольга|Наталья|Ирина|Татьяна|Светлана|Юлия|Екатерина")
EN_FIRST = _split("John|James|Peter|Michael|David|Robert|William|Thomas|Richard|Daniel|"
                  "Mary|Anna|Helen|Sarah|Laura|Emma|Grace|Chloe|Amara|Ngozi")  # fmt: skip
ROLES = _split("министр финансов|глава МИД|пресс-секретарь|губернатор|мэр|посол|депутат|"
               "finance minister|foreign minister|spokesperson|governor|mayor|"
               "ambassador")  # fmt: skip
_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ы": "y", "ь": "", "ъ": "", "э": "e", "ю": "yu", "я": "ya",
})  # fmt: skip


def _latin(name: str) -> str:
    return " ".join(w.lower().translate(_LATIN).capitalize() for w in name.split())


def make_speakers(n: int, seed: int = 3) -> list[list[str]]:
    rng = random.Random(seed)
    ru, en = _surnames_ru(rng, 10_000), _surnames_en(rng, 10_000)
    speakers = []
    for _ in range(n):
        if rng.random() < 0.6:
            female = rng.random() < 0.35
            first = rng.choice(RU_FIRST_F if female else RU_FIRST)
            last = rng.choice(ru) + ("а" if female else "")
            names = [f"{first} {last}", f"{first[0]}. {last}", _latin(f"{first} {last}")]
        else:
            first, last = rng.choice(EN_FIRST), rng.choice(en)
            names = [f"{first} {last}", f"{first[0]}. {last}"]
        if rng.random() < 0.4:
            names.append(f"{rng.choice(ROLES)} {last}")
        speakers.append(names[: rng.randint(2, len(names))])
    return speakers


def speaker_query(names: list[str], rng: random.Random) -> str:
    name = names[0]
    kind = rng.randrange(5)
    if kind == 1 and re.search("[а-я]", name):  # inflected
        first, last = name.split()
        return f"{first}а {last}а" if not last.endswith("а") else f"{first[:-1]}ы {last[:-1]}ой"
    if kind == 2:  # typo in the surname
        first, last = name.split()
        return f"{first} {_typo(last, rng)}"
    if kind == 3:
        return rng.choice(names)
    if kind == 4:  # surname first
        first, last = name.split()
        return f"{last} {first}"
    return name


class ScanSpeakers:
    """The speaker search before the index: every name scored with name_score."""

    def __init__(self, speakers: list[list[str]]) -> None:
        self.entries = [(sid, n, name_key(n)) for sid, names in enumerate(speakers) for n in names]

    def search(
        self, name: str, limit: int = 10, min_score: float = 60.0
    ) -> list[tuple[int, float]]:
        query = name_key(name)
        if not query:
            return []
        tokens = query.split()
        best: dict[int, float] = {}
        for sid, _, key in self.entries:
            score = name_score(query, tokens, key)
            if score >= min_score and score > best.get(sid, -1):
                best[sid] = round(score, 2)
        return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


def bench_speakers(
    n: int, n_names: int, n_scan: int, log: Callable[[str], None]
) -> dict[str, float]:
    speakers = make_speakers(n)
    start = time.perf_counter()
    matcher = SpeakerMatcher()
    for sid, names in enumerate(speakers):
        matcher.add(sid, names)
    build = time.perf_counter() - start
    rng = random.Random(11)
    keystrokes: list[str] = []
    for _ in range(n_names):
        query = speaker_query(rng.choice(speakers), rng)
        keystrokes += [query[:i] for i in range(2, min(20, len(query)) + 1)]
    for q in keystrokes[:20]:
        matcher.search(q)
    latencies, results = [], []
    for q in keystrokes:
        t = time.perf_counter()
        results.append(matcher.search(q, limit=10))
        latencies.append((time.perf_counter() - t) * 1000)
    log(f"[speakers] {len(keystrokes)} keystrokes: median {percentile(latencies, 50):.2f} ms")
    scan = ScanSpeakers(speakers)
    picked = rng.sample(range(len(keystrokes)), min(n_scan, len(keystrokes)))
    same = tie_same = 0
    scan_times = []
    for i in picked:
        t = time.perf_counter()
        expected = scan.search(keystrokes[i], limit=1)
        scan_times.append(time.perf_counter() - t)
        got = results[i][:1]
        if not expected and not got:
            same += 1
            tie_same += 1
        elif expected and got:
            same += expected[0][0] == got[0].speaker_id
            tie_same += expected[0][1] == got[0].score
    return {
        "speakers": n,
        "names": len(scan.entries),
        "build_s": build,
        "keystrokes": len(keystrokes),
        "median_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
        "scan_ms": 1000 * float(np.median(scan_times)),
        "compared": len(picked),
        "top1_same": same / len(picked),
        "top1_same_score": tie_same / len(picked),
    }


# -- main ---------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--quick", action="store_true", help="10,000 claims only")
    parser.add_argument("--queries", type=int, default=600, help="timed queries per size")
    parser.add_argument("--scan-queries", type=int, default=0,
                        help="queries also run through the exhaustive scan "
                             "(default: all at 10k, 300 at 100k, 90 at 1M)")  # fmt: skip
    parser.add_argument(
        "--hit-queries",
        type=int,
        default=1000,
        help="planted rewordings searched for the hit rate (untimed)",
    )
    parser.add_argument("--speakers", type=int, default=100_000)
    parser.add_argument("--no-speakers", action="store_true")
    parser.add_argument("--child-load", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_load:
        child_load(args.child_load)
        return 0
    sizes = [10_000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    rows = []
    for size in sizes:
        default_scan = args.queries if size <= 10_000 else 300 if size <= 100_000 else 90
        scan = args.scan_queries or default_scan
        rows.append(bench_claims(size, args.queries, scan, args.hit_queries, log))
        gc.collect()
    if rows:
        print()
        print(
            "claims   build   RSS+   index  save   file   load  load RSS  search med/p95   "
            "scan/query  recall@10 (n)     planted hits index (n) / scan (n)"
        )
        for f in rows:
            print(
                f"{f.size:>8,} {f.build_s:5.1f} s {f.build_rss_mb:5.0f} MB {f.index_mb:4.0f} MB "
                f"{f.save_s:4.1f} s {f.file_mb:4.0f} MB {f.load_s:5.2f} s {f.load_rss_mb:5.0f} MB  "
                f"{f.median_ms:6.2f} / {f.p95_ms:6.2f} ms  {f.scan_s * 1000:7.0f} ms  "
                f"{f.recall:.4f} ({f.recall_queries:>3})   "
                f"{f.hits:.4f} ({f.hit_queries}) / {f.scan_hits:.4f} ({f.scan_hit_queries})"
            )
            print(
                f"         near misses (a number or negation changed) flagged almost certain: "
                f"{f.near_miss_certain:.4f} of {f.near_miss_queries} (must be 0)"
            )
            for note in f.notes:
                print(f"         {note}")
        print(f"(timed queries per size: {rows[0].queries}; scanned: "
              + ", ".join(f"{f.scan_queries} at {f.size:,}" for f in rows) + ")")  # fmt: skip
    if (not args.no_speakers and not args.quick) or (args.quick and args.speakers != 100_000):
        s = bench_speakers(args.speakers, 150, 150, log)
    elif args.quick and not args.no_speakers:
        s = bench_speakers(10_000, 100, 100, log)
    else:
        return 0
    print()
    print(
        f"speakers {s['speakers']:,} ({s['names']:,} names and aliases), built in "
        f"{s['build_s']:.1f} s: {s['keystrokes']} keystrokes, median {s['median_ms']:.2f} ms, "
        f"p95 {s['p95_ms']:.2f} ms; old full scan {s['scan_ms']:.0f} ms median; top-1 same "
        f"speaker as the scan {s['top1_same']:.3f}, same top score {s['top1_same_score']:.3f} "
        f"(on {s['compared']} keystrokes)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
