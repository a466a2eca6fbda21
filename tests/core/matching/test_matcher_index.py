"""The claim and speaker indexes: same answers as a scan of everything, kept in step, saved.

The corpus here is small (a few thousand claims from a handful of sentence frames, so that many
claims are alike); benchmarks/matching.py measures the same things at scale. No timings here.
"""

from __future__ import annotations

import random
import threading
import zipfile
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from claimdesk.core.domain.errors import MatchIndexError
from claimdesk.core.matching import claim_index
from claimdesk.core.matching.claim_index import ClaimMatcher
from claimdesk.core.matching.similarity import (
    SUGGEST_THRESHOLD,
    claim_key,
    claim_similarity,
    name_key,
    name_score,
    numbers_conflict,
    numbers_in,
    similarity_of_keys,
    words,
)
from claimdesk.core.matching.speaker_index import SpeakerMatcher

SUBJECTS = [
    "Правительство", "Министерство финансов", "Центральный банк", "Мэрия", "Наша компания",
    "The government", "The central bank", "The city council", "Our company", "The ministry",
]  # fmt: skip
RU_ACTIONS = [
    "увеличит расходы на образование", "сократит финансирование больниц",
    "заморозит тарифы на электроэнергию", "поддержит малый бизнес", "отменит льготы",
    "не будет повышать налоги", "запустит программу ипотеки", "расширит экспорт зерна",
]  # fmt: skip
EN_ACTIONS = [
    "will increase spending on education", "will cut funding for hospitals",
    "will freeze electricity tariffs", "will support small businesses", "will scrap benefits",
    "will not raise taxes", "will launch a mortgage programme", "will expand grain exports",
]  # fmt: skip
RU_TAILS = [
    "в следующем году", "до конца года", "в регионах", "по всей стране", "несмотря на критику",
    "как и было обещано", "в Новоалександровске", "на Дальнем Востоке",
]  # fmt: skip
EN_TAILS = [
    "next year", "by the end of the year", "in the regions", "across the country",
    "despite criticism", "as promised", "in Fairford", "in the far east",
]  # fmt: skip


def _claim(rng: random.Random) -> str:
    subject = rng.choice(SUBJECTS)
    russian = not subject.isascii()
    actions, tails = (RU_ACTIONS, RU_TAILS) if russian else (EN_ACTIONS, EN_TAILS)
    parts = [subject, rng.choice(actions), *rng.sample(tails, rng.randint(1, 3))]
    if rng.random() < 0.5:
        parts.append(f"на {rng.randint(2, 40)}%" if russian else f"by {rng.randint(2, 40)}%")
    return " ".join(parts) + "."


def _reword(text: str, rng: random.Random) -> str:
    tokens = text.rstrip(".").split()
    if rng.random() < 0.5:
        cut = rng.randint(1, 3)
        tokens = tokens[cut:] + tokens[:cut]
    if rng.random() < 0.5 and len(tokens) > 5:
        tokens = tokens[: len(tokens) - 1]
    i = rng.randrange(len(tokens))
    if len(tokens[i]) > 5:
        word = tokens[i]
        tokens[i] = word[:2] + word[3] + word[2] + word[4:]  # a typo
    return " ".join(tokens)


def _corpus(size: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    texts: list[str] = []
    for _ in range(size):
        if texts and rng.random() < 0.1:
            texts.append(_reword(rng.choice(texts), rng))
        else:
            texts.append(_claim(rng))
    return texts


def _exhaustive(
    texts: dict[int, str], query: str, limit: int = 10, min_score: float = SUGGEST_THRESHOLD
) -> list[tuple[int, float]]:
    """Every stored claim scored as claim_similarity scores it (its parts computed once)."""
    stored = _parts(tuple(texts.items()))
    key, numbers, word_list = claim_key(query), numbers_in(query), words(query)
    scored = [(i, similarity_of_keys(key, k, numbers, n, word_list, w)) for i, k, n, w in stored]
    ranked = sorted(((i, s) for i, s in scored if s >= min_score), key=lambda r: (-r[1], r[0]))
    return ranked[:limit]


@lru_cache(maxsize=4)
def _parts(
    items: tuple[tuple[int, str], ...],
) -> list[tuple[int, str, frozenset[str], list[str]]]:
    return [(i, claim_key(t), numbers_in(t), words(t)) for i, t in items]


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return _corpus(3000)


@pytest.fixture(scope="module")
def matcher(corpus: list[str]) -> ClaimMatcher:
    built = ClaimMatcher()
    built.add_many(enumerate(corpus))
    return built


def _queries(corpus: list[str], n: int = 60) -> list[str]:
    rng = random.Random(3)
    queries = [_reword(rng.choice(corpus), rng) for _ in range(n // 2)]
    return queries + [_claim(rng) for _ in range(n - n // 2)]


def test_indexed_search_finds_what_the_exhaustive_scan_finds(
    corpus: list[str], matcher: ClaimMatcher
) -> None:
    texts = dict(enumerate(corpus))
    recalls = []
    for query in _queries(corpus):
        expected = _exhaustive(texts, query)
        found = matcher.search(query, limit=10)
        for match in found:  # every score is claim_similarity's own
            assert match.score == claim_similarity(query, texts[match.claim_id])
        if expected:
            floor = expected[-1][1]
            recalls.append(min(len(expected), sum(m.score >= floor for m in found)) / len(expected))
            assert found[0].score == expected[0][1]
    assert recalls and sum(recalls) / len(recalls) >= 0.97


def _number_conflicts(query: str, stored: list[str]) -> np.ndarray:
    codes, starts = claim_index.number_code_table(stored)
    query_codes = np.array(claim_index.number_codes(query), dtype=np.uint32)
    return claim_index.number_conflicts(query_codes, starts[:-1], starts[1:], codes)


def test_score_keys_equals_claim_similarity(corpus: list[str]) -> None:
    rng = random.Random(1)
    query = _reword(rng.choice([t for t in corpus if any(c.isdigit() for c in t)]), rng)
    others = rng.sample(corpus, 300)
    conflicts = _number_conflicts(query, others)
    assert conflicts.any() and not conflicts.all()  # the sample has both kinds
    scores = claim_index.score_keys(
        claim_index.claim_key(query),
        claim_index.negated_text(query),
        [claim_index.claim_key(t) for t in others],
        conflicts,
        np.array([claim_index.negated_text(t) for t in others], dtype=np.uint8),
    )
    assert [round(float(s), 2) for s in scores] == [claim_similarity(query, t) for t in others]


def test_number_conflicts_agree_with_the_set_rule() -> None:
    stored = ["рост 5% в 2023 году", "рост 5%", "рост 15%", "без чисел", "5 и 2023 и 7", "2023"]
    for query in ["рост 5%", "рост 5% в 2023", "рост", "рост 15% в 2023", "2023 и 7"]:
        got = _number_conflicts(query, stored)
        expected = [numbers_conflict(numbers_in(query), numbers_in(t)) for t in stored]
        assert got.tolist() == expected, query


def test_claims_added_one_at_a_time_removed_and_replaced() -> None:
    matcher = ClaimMatcher()
    matcher.add_many(enumerate(_corpus(1500)))  # bulk: CSR postings
    base = "Министерство транспорта построит мост через реку Обь к 2030 году за 40 млрд рублей"
    matcher.add(5000, base)  # one at a time: the delta
    matcher.add(5001, "The ministry will build a bridge across the river by 2030")
    assert 5000 in matcher and len(matcher) == 1502
    found = matcher.search("к 2030 году министерство транспорта построит мост через реку Обь")
    assert found[0].claim_id == 5000
    matcher.add(5000, "Совсем другой текст про футбол и погоду в Сочи завтра утром")  # edited
    assert 5000 not in {m.claim_id for m in matcher.search(base)}
    assert matcher.search("футбол и погода в Сочи завтра утром")[0].claim_id == 5000
    matcher.remove(5000)
    matcher.remove(5000)  # removing twice is harmless
    assert 5000 not in matcher and len(matcher) == 1501
    assert all(m.claim_id != 5000 for m in matcher.search("футбол и погода в Сочи"))
    # a base claim removed and re-added lands in the delta
    matcher.remove(3)
    assert 3 not in matcher
    matcher.add(3, base)
    assert matcher.search(base)[0].claim_id == 3
    matcher.compact()  # folds the delta in and drops tombstones, same answers
    assert matcher.search(base)[0].claim_id == 3 and len(matcher) == 1501
    assert matcher.search("The ministry will build a bridge across the river")[0].claim_id == 5001


def test_delta_grows_into_the_postings_without_changing_answers() -> None:
    texts = _corpus(2500, seed=11)
    bulk, single = ClaimMatcher(), ClaimMatcher()
    bulk.add_many(enumerate(texts))
    single.add_many(enumerate(texts[:500]))
    for claim_id, text in enumerate(texts[500:], start=500):
        single.add(claim_id, text)
    for query in _queries(texts, 20):
        assert single.search(query) == bulk.search(query)


def test_duplicate_ids_in_one_batch_keep_the_last_text() -> None:
    matcher = ClaimMatcher()
    matcher.add_many([(1, "Цены на бензин выросли на три процента"), (1, "The mayor said no")])
    assert len(matcher) == 1
    assert matcher.search("Цены на бензин выросли на три процента") == []
    assert matcher.search("The mayor said no", min_score=0)[0].claim_id == 1


def test_save_and_load_round_trip(tmp_path: Path, corpus: list[str]) -> None:
    matcher = ClaimMatcher()
    matcher.add_many(enumerate(corpus))
    matcher.add(10_000, "Одна новая цитата, добавленная после сборки индекса, про мост")
    matcher.remove(5)
    path = tmp_path / "claims.npz"
    matcher.save(path)
    loaded = ClaimMatcher.load(path)
    assert len(loaded) == len(matcher) and 5 not in loaded and 10_000 in loaded
    assert loaded.checksums() == matcher.checksums()
    assert loaded.checksums()[10_000] == ClaimMatcher.checksum(
        "Одна новая цитата, добавленная после сборки индекса, про мост"
    )
    for query in _queries(corpus, 20):
        assert loaded.search(query) == matcher.search(query)
    loaded.add(20_000, "Ещё одна цитата после загрузки индекса про новый мост через реку")
    assert loaded.search("цитата после загрузки индекса про новый мост")[0].claim_id == 20_000


def test_empty_index_saves_and_loads(tmp_path: Path) -> None:
    path = tmp_path / "empty.npz"
    ClaimMatcher().save(path)
    loaded = ClaimMatcher.load(path)
    assert len(loaded) == 0 and loaded.search("что-нибудь") == []


def test_damaged_or_stale_files_are_refused(
    tmp_path: Path, corpus: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    matcher = ClaimMatcher()
    matcher.add_many(enumerate(corpus[:200]))
    path = tmp_path / "claims.npz"
    matcher.save(path)
    good = path.read_bytes()

    path.write_bytes(good[: len(good) // 2])  # truncated
    with pytest.raises(MatchIndexError):
        ClaimMatcher.load(path)
    path.write_bytes(b"not an index at all")
    with pytest.raises(MatchIndexError):
        ClaimMatcher.load(path)
    with pytest.raises(MatchIndexError):
        ClaimMatcher.load(tmp_path / "missing.npz")

    # one array changed inside an otherwise valid archive: its checksum no longer agrees
    with np.load(_restore(path, good)) as archive:
        arrays = {name: archive[name] for name in archive.files}
    arrays["postings"] = arrays["postings"][::-1].copy()
    with open(path, "wb") as stream:
        np.savez(stream, **arrays)
    with pytest.raises(MatchIndexError, match="damaged"):
        ClaimMatcher.load(path)

    # built with another stemmer or key function: stale
    _restore(path, good)
    monkeypatch.setattr(claim_index, "normalisation_fingerprint", lambda: "something else")
    with pytest.raises(MatchIndexError, match="normalisation"):
        ClaimMatcher.load(path)
    monkeypatch.undo()
    assert len(ClaimMatcher.load(path)) == 200

    # no pickles, ever
    with zipfile.ZipFile(path) as archive:
        assert all(name.endswith(".npy") for name in archive.namelist())


def _restore(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def test_searching_while_another_thread_adds(corpus: list[str]) -> None:
    matcher = ClaimMatcher()
    matcher.add_many(enumerate(corpus[:1000]))
    errors: list[BaseException] = []
    done = threading.Event()

    def add() -> None:
        try:
            for claim_id, text in enumerate(corpus[1000:2000], start=1000):
                matcher.add(claim_id, text)
                if claim_id % 7 == 0:
                    matcher.remove(claim_id - 500)
            matcher.add_many(enumerate(corpus[2000:], start=2000))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            done.set()

    worker = threading.Thread(target=add)
    worker.start()
    queries = _queries(corpus, 40)
    searches = 0
    while not done.is_set() or searches < 40:
        query = queries[searches % len(queries)]
        for match in matcher.search(query):
            assert match.score >= SUGGEST_THRESHOLD
        searches += 1
    worker.join()
    assert not errors
    assert len(matcher) == len(corpus) - len([i for i in range(1000, 2000) if i % 7 == 0])


# -- speakers -----------------------------------------------------------------------------------

FIRST = ["Иван", "Сергей", "Мария", "Анна", "John", "Peter", "Grace", "Джейхун", "Ngozi", "Olga"]
LAST = ["Петров", "Байрамов", "Okafor", "Смирнов", "Holloway", "Захаров", "Kendall", "Иванов"]


def _scan_speakers(
    entries: list[tuple[int, str]], name: str, min_score: float = 60.0
) -> list[tuple[int, float]]:
    query = name_key(name)
    tokens = query.split()
    best: dict[int, float] = {}
    for speaker_id, key in entries:
        score = round(name_score(query, tokens, key), 2)
        if score >= min_score and score > best.get(speaker_id, -1.0):
            best[speaker_id] = score
    return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))


def test_speaker_index_agrees_with_a_scan_of_every_name() -> None:
    rng = random.Random(5)
    matcher = SpeakerMatcher()
    entries: list[tuple[int, str]] = []
    for speaker_id in range(3000):
        first, last = rng.choice(FIRST), rng.choice(LAST) + str(rng.randint(0, 300))
        names = [f"{first} {last}", f"{first[0]}. {last}"]
        if rng.random() < 0.3:
            names.append(f"глава МИД {last}")
        matcher.add(speaker_id, names)
        entries += [(speaker_id, name_key(n)) for n in names]
    same = 0
    queries = []
    for _ in range(40):
        _, name = rng.choice(entries)
        queries += [name[:i] for i in (2, 4, 7, len(name))]
    for query in queries:
        expected = _scan_speakers(entries, query)
        found = matcher.search(query, limit=5)
        if expected:
            assert found and found[0].score == expected[0][1], query
            same += found[0].speaker_id == expected[0][0]
    assert same >= 0.5 * len(queries)  # ties among equal scores may break either way


def test_speaker_replace_remove_and_compaction() -> None:
    matcher = SpeakerMatcher()
    for speaker_id in range(2500):
        matcher.add(speaker_id, [f"Speaker Number{speaker_id}", f"S. Number{speaker_id}"])
    matcher.add(7, ["Джейхун Байрамов"])  # renamed
    assert matcher.search("Байрамова")[0].speaker_id == 7
    assert all(m.speaker_id != 7 for m in matcher.search("Number7", limit=50))
    for speaker_id in range(0, 2500, 2):
        matcher.add(speaker_id, [f"Другой {speaker_id}"])  # enough tombstones to compact
    for speaker_id in range(1, 2500, 2):
        matcher.remove(speaker_id)
    assert len(matcher) == 1250
    assert 1000 in {m.speaker_id for m in matcher.search("Другой 1000")}
    assert matcher.search("Number1001") == [] or all(
        m.speaker_id % 2 == 0 for m in matcher.search("Number1001")
    )


def _original_name_score(query: str, query_tokens: list[str], candidate: str) -> float:
    """name_score as it was before the speaker index (kept to check it did not change)."""
    from rapidfuzz import fuzz

    tokens = candidate.split()
    score = max(fuzz.token_sort_ratio(query, candidate), fuzz.ratio(query, candidate))
    if query_tokens and len(query_tokens) <= len(tokens):
        remaining = list(tokens)
        matched = 0
        for token in query_tokens:
            hit = next((t for t in remaining if t.startswith(token)), None)
            if hit is None:
                hit = next(
                    (t for t in remaining if len(token) >= 4 and fuzz.ratio(token, t) >= 80),
                    None,
                )
            if hit is None:
                break
            remaining.remove(hit)
            matched += 1
        if matched == len(query_tokens):
            typed = sum(len(t) for t in query_tokens)
            score = max(score, 80 + 20 * min(1.0, typed / max(1, len(candidate.replace(" ", "")))))
    return float(score)


def test_name_score_is_unchanged() -> None:
    rng = random.Random(2)
    names = [name_key(f"{f} {last}") for f in FIRST for last in LAST]
    names += [name_key(f"{f[0]}. {last}") for f in FIRST for last in LAST] + ["glava mid ar"]
    for _ in range(3000):
        name = rng.choice(names)
        query = rng.choice([name[: rng.randint(1, len(name))], rng.choice(names), name[::-1]])
        query = name_key(query)
        for candidate in rng.sample(names, 5):
            assert name_score(query, query.split(), candidate) == _original_name_score(
                query, query.split(), candidate
            )


# -- the catalogue's cached claim index -----------------------------------------------------------


def test_catalogue_index_saves_and_reuses_its_claim_index(db_path: Path, tmp_path: Path) -> None:
    from claimdesk.core.catalogue import Catalogue

    quotes = [
        "Азербайджан готов к переговорам с Россией по всем вопросам",
        "Цены на бензин выросли в регионах на три процента за месяц",
        "The mayor said the budget will grow next year by ten percent",
    ]
    cache = tmp_path / "claims.npz"
    with Catalogue.open(db_path) as catalogue:
        article = catalogue.add_article(" ".join(quotes) + " Конец статьи.").id
        ids = [catalogue.attribute_quote(article, q, "Джейхун Байрамов").id for q in quotes]
        catalogue.index.use_cache_file(cache)
        progress: list[tuple[int, int]] = []
        assert len(catalogue.index.claim_matcher(lambda d, t: progress.append((d, t)))) == 3
        assert cache.exists() and progress[-1] == (3, 3)
    with Catalogue.open(db_path) as catalogue:  # changed while the index was not watching
        catalogue.delete_claim(ids[1])
    with Catalogue.open(db_path) as catalogue:
        catalogue.index.use_cache_file(cache)
        matcher = catalogue.index.claim_matcher()
        assert len(matcher) == 2 and ids[1] not in matcher
        found = catalogue.similar_claims("Азербайджан готов к переговорам с Россией")
        assert [s.claim.id for s in found] == [ids[0]]
    cache.write_bytes(b"garbage")  # a damaged cache is rebuilt, not trusted
    with Catalogue.open(db_path) as catalogue:
        catalogue.index.use_cache_file(cache)
        assert len(catalogue.index.claim_matcher()) == 2
    assert len(ClaimMatcher.load(cache)) == 2


def test_claims_without_words_are_stored_and_never_found() -> None:
    matcher = ClaimMatcher()
    matcher.add(1, ".")  # the very first claim has no words: the vocabulary is still empty
    matcher.add_many([(2, "— «…»"), (3, "Азербайджан готов к переговорам с Россией")])
    assert len(matcher) == 3 and 1 in matcher
    assert [m.claim_id for m in matcher.search("Азербайджан готов к переговорам")] == [3]
    assert matcher.search("...") == []
    matcher.remove(1)
    assert 1 not in matcher
