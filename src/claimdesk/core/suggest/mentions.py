"""Who a reporting clause names as the speaker: a run of name words, a pronoun, a title ("the
mayor", "посол") or an organisation ("пресс-служба правительства"), found among the words next
to a speech verb."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimdesk.core.suggest.language import Language, load_language
from claimdesk.core.suggest.tokens import Token, after_opening, sentence_start, tokenize


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    reference: str  # name / pronoun / title / organisation
    key: str  # the name or the pronoun/title folded
    gender: str | None
    case: str | None = None
    """Grammatical case the name is known to be in ("по словам X": genitive), if any."""


_PARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|at|az|ibn|bin|ben|abu|ould)-[A-Z][^\W\d_]+")
"""A surname with a lowercase particle joined by a hyphen ("al-Amin", "bin-Talal")."""


def particle_name(token: Token) -> bool:
    """Whether ``token`` is a surname with a lowercase particle ("al-Amin")."""
    return _PARTICLE_NAME.fullmatch(token.text) is not None


_TITLE_PREFIXES = frozenset({"co", "ex", "vice", "deputy", "экс", "вице"})
"""Prefixes that, with a hyphen, make a title of a title ("co-host", "ex-minister")."""


def is_name_token(lang: Language, token: Token, text: str | None = None) -> bool:
    """Whether ``token`` may be part of a person's name. With ``text``, a capitalised Russian
    word inside a sentence counts even when it is also a common noun ("Сергей Шелест")."""
    if not (token.capitalised or particle_name(token)):
        return False
    if token.acronym or len(token.text) == 1:
        return False
    if token.initial:
        return True  # "K." in "Mary K. Smith"; a run of initials alone is no name (name_mention)
    folded = token.folded
    if folded in lang.pronouns or folded in lang.verbs or folded in lang.title_words:
        return False
    if folded in lang.titles or folded in lang.organisations:
        return False
    prefix, _, rest = folded.partition("-")
    if prefix in _TITLE_PREFIXES and (rest in lang.title_words or rest in lang.titles):
        return False  # "Co-host", "Ex-Minister": a title
    morph = lang.morph
    if morph.handles(folded):
        kind = morph.name_kind(token.text)
        if kind == "place" and text is not None:
            # "Даниил Орехов": after a first name, a surname that is also a town; or once the
            # article has named him so ("Лукас Подольски … — написал Подольски")
            before = _word_before(text, token)
            if before and morph.is_first_name(before):
                return True
            return _after_a_first_name_elsewhere(lang.code, text, token.text)
        if kind == "known" and text is not None and not sentence_start(text, token):
            before = _word_before(text, token)
            if len(before) >= 2 and before.isupper():
                # "РИА Новости", "ИТАР-ТАСС Недвижимость": after a word in capitals, a
                # capitalised common word is the rest of a body's name, not a person's (a
                # first name or a surname there is no common word: "ректор ВШЭ Лев Якобсон")
                return False
            lemma = morph.lemma(token.text)
            return lemma not in lang.titles and lemma not in lang.organisations
        return kind == "name"
    if token.text.rsplit("-", 1)[-1][:1].islower():
        return False  # "Maryland-based", "Ohio-born": an adjective (but "al-Assad" is a name)
    return not (folded in lang.detect or folded in lang.bare_starts or folded in lang.common_words)


@lru_cache(maxsize=256)
def _after_a_first_name_elsewhere(code: str, text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` right after a first name somewhere ("Лукас Подольски"):
    then the word is that person's surname all through the article, though it is also a town.
    (Cached: a long article asks for the same words again and again; a few hundred answers,
    so the texts they hold stay a few megabytes.)"""
    pattern = rf"([^\W\d_]+)[ \u00a0]+{re.escape(word)}(?![\w-])"
    morph = load_language(code).morph
    return any(morph.is_first_name(m.group(1)) for m in re.finditer(pattern, text))


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def _word_before(text: str, token: Token) -> str:
    """The word right before ``token``, only spaces between them ("" for none): of a
    hyphenated word, its last part ("ТАСС" of "ИТАР-ТАСС")."""
    found = _WORD_BEFORE.search(text, max(0, token.start - 30), token.start)
    return found.group(1) if found is not None else ""


_PARTICLES = frozenset("de del della der den des di da dos du la le van von ter ten".split())
"""Lowercase particles inside a name ("Bill de Blasio", "Ursula von der Leyen", "Laurence des
Cars")."""


def name_particle(lang: Language, token: Token) -> bool:
    """Whether ``token`` is a lowercase particle that may stand inside a name (English and the
    other uninflected languages; Russian writes none)."""
    return not lang.morph.inflected and token.text in _PARTICLES


def name_run(lang: Language, tokens: Sequence[Token], text: str) -> list[Token]:
    """The first run of adjacent name words (only white space or a hyphen between them), with
    the particles inside it ("Bill de Blasio")."""
    run: list[Token] = []
    for token in tokens:
        adjacent = not run or not text[run[-1].end : token.start].strip(" -")
        if adjacent and (is_name_token(lang, token, text) or (run and name_particle(lang, token))):
            run.append(token)
        elif run:
            break
    while run and name_particle(lang, run[-1]):
        run.pop()
    return run


def with_particles(
    lang: Language, text: str, tokens: Sequence[Token], run: list[Token]
) -> list[Token]:
    """``run`` with the particles right before it ("de Blasio", "van der Berg")."""
    at = tokens.index(run[0]) if run[0] in tokens else -1
    while (
        at > 0
        and name_particle(lang, tokens[at - 1])
        and not text[tokens[at - 1].end : tokens[at].start].strip()
    ):
        at -= 1
        run = [tokens[at], *run]
    return run


def mention_in(lang: Language, text: str, tokens: Sequence[Token], *, last: bool) -> Mention | None:
    """The speaker mention among ``tokens`` (a clause next to the verb): a name, else a pronoun,
    else a title. ``last`` prefers the mention nearest the end (the subject before a verb)."""
    ordered = list(reversed(tokens)) if last else list(tokens)
    skip = 0
    for index, token in enumerate(ordered):
        if skip:
            skip -= 1
            continue
        folded = token.folded
        if folded in lang.pronouns and (
            index == 0 or not last or _only_adverbs(lang, ordered[:index])
        ):
            if lang.pronouns[folded] == "plur":
                return None
            return Mention(
                token.start, token.end, token.text, "pronoun", folded, lang.pronouns[folded]
            )
        if is_name_token(lang, token, text) and not after_opening(text, token):
            if last:
                run = [token]
                for earlier in ordered[index + 1 :]:
                    if len(run) >= 2 and earlier.folded in lang.not_person_words:
                        break  # "Secretary of State Jane Doe": the body ends before the name
                    if (
                        is_name_token(lang, earlier, text) or name_particle(lang, earlier)
                    ) and not text[earlier.end : run[0].start].strip(" -"):
                        run.insert(0, earlier)
                    else:
                        break
            else:
                run = with_particles(lang, text, tokens, name_run(lang, ordered[index:], text))
            if (
                last
                and len(run) == 1
                and index + 1 == len(ordered)
                and sentence_start(text, token)
                and not lang.morph.inflected
                and folded in lang.detect
            ):
                continue  # a capitalised first word of a sentence that is a common word
            before_run = (
                ordered[index + len(run)] if last and index + len(run) < len(ordered) else None
            )
            if (
                last
                and index == 0
                and len(run) > 1
                and run[-1].folded in lang.not_person_words
                and not lang.morph.inflected
                and (
                    before_run is None
                    or (
                        before_run.folded not in lang.affiliation_words
                        and not before_run.capitalised
                    )
                )
            ):  # "Harbour News responded", "the Riverton Police Department said": the body
                at = tokens.index(run[0])
                return _the_organisation(text, tokens, at, tokens.index(run[-1]), lang)
            if any(t.folded in lang.not_person_words for t in run) or (
                before_run is not None and before_run.folded in lang.affiliation_words
            ):
                skip = len(run) - 1 + (1 if before_run is not None else 0)
                continue  # "of Northbridge University": not the speaker
            if all(t.initial for t in run):
                continue
            if not last and _modifies_a_title(lang, tokens, run):
                skip = len(run) - 1
                continue  # "said former Riverton Mayor Ann Kolb": the place, then the person
            if not last and _a_body_before_a_name(lang, ordered[index + len(run) :], run):
                skip = len(run) - 1
                continue  # "проректор Южной академии искусств Олег Травкин"
            if not lang.morph.inflected:
                at = tokens.index(run[0])
                after = tokens.index(run[-1]) + 1
                if _a_body_goes_on(lang, text, tokens, after):
                    # "the Harbour Pro Bono Project", "Right Wing Watch": a capitalised common
                    # word goes on with the name of a body or a work, not a person's
                    end = after
                    while (
                        end + 1 < len(tokens)
                        and tokens[end + 1].capitalised
                        and not text[tokens[end].end : tokens[end + 1].start].strip()
                    ):
                        end += 1
                    return _the_organisation(text, tokens, at, end)
                group = _group_after(lang, text, tokens, after)
                if group is not None:  # "Vatican officials", "Law enforcement officials"
                    return _the_organisation(text, tokens, at, group, lang)
                if (
                    run[-1].text.endswith(("’s", "'s"))
                    and after < len(tokens)
                    and lang.morph.lemma(tokens[after].text) in lang.organisations
                ):  # "Vance’s office", "Dunn’s campaign": theirs, not them
                    return _the_organisation(text, tokens, at, after, lang)
                if (
                    at > 0
                    and tokens[at - 1].folded == "the"  # "the Harbor Trust"
                    and not any(t.text.endswith(("’s", "'s")) for t in run[:-1])
                ):  # ("the Gazette’s Ann Kolb": the paper's reporter, a person)
                    return _the_organisation(text, tokens, at, tokens.index(run[-1]), lang)
            return name_mention(lang, text, run)
    for token in ordered:
        lemma = lang.morph.lemma(token.text)
        if lemma in lang.titles or token.folded in lang.titles:
            described = _description(lang, text, tokens, tokens.index(token))
            if described is not None:
                return described
            plural = lang.morph.plural_nominative(token.text)
            if plural is not None:  # "говорят эксперты", "по мнению экспертов": a group
                return Mention(token.start, token.end, token.text, "description", plural, None)
            start = token.start
            prev = tokens[tokens.index(token) - 1] if tokens.index(token) > 0 else None
            if prev is not None and prev.folded == "the":
                start = prev.start
            end = token.end
            following = tokens[tokens.index(token) + 1 : tokens.index(token) + 4]
            for nxt in following:
                if nxt.acronym or (lang.code == "ru" and nxt.folded in ("мид", "рф", "сша")):
                    end = nxt.end
                else:
                    break
            return Mention(start, end, text[start:end], "title", lemma, None)
    for index, token in enumerate(tokens):
        if lang.morph.lemma(token.text) in lang.organisations or token.folded in lang.organisations:
            return organisation_mention(lang, text, tokens, index)
    if not lang.morph.inflected:
        for token in ordered:
            if token.acronym:  # "the IMF said", "RWA reported"
                at = end = tokens.index(token)
                while (
                    at > 0
                    and tokens[at - 1].acronym
                    and not text[tokens[at - 1].end : tokens[at].start].strip()
                ):
                    at -= 1  # "HARBOUR TODAY reported": one name in capitals
                return _the_organisation(text, tokens, at, end, lang)
    return None


_NOT_A_BODY = frozenset(
    """i monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug sep
    sept oct nov dec""".split()
)
"""Capitalised common words that may follow a person's name ("Doe Monday said", "Doe I")."""


def _a_body_goes_on(lang: Language, text: str, tokens: Sequence[Token], after: int) -> bool:
    """Whether the word at ``after``, right after a run of name words (a space between), is a
    capitalised common word mid-sentence ("Project", "Watch"): the run names a body or a work."""
    if after >= len(tokens):
        return False
    nxt = tokens[after]
    return (
        nxt.capitalised
        and not nxt.acronym
        and not nxt.initial
        and not text[tokens[after - 1].end : nxt.start].strip()
        and nxt.folded in lang.common_words
        and nxt.folded not in _NOT_A_BODY
        and nxt.folded not in lang.bare_not_starts
        and not sentence_start(text, nxt)
    )


def _only_adverbs(lang: Language, tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` (between a subject and its verb) are a few adverbs or auxiliaries
    ("she also said", "he has repeatedly said")."""
    return len(tokens) <= 2 and all(
        t.text.islower()
        and (
            t.folded in lang.bare_not_starts
            or t.folded in lang.finite_verbs
            or t.folded.endswith("ly")
        )
        for t in tokens
    )


def _group_after(lang: Language, text: str, tokens: Sequence[Token], after: int) -> int | None:
    """The index of a group noun ("officials", "aides") among the few lowercase words
    right after a name: the name then says whose group speaks, not who."""
    for index in range(after, min(after + 3, len(tokens))):
        token = tokens[index]
        if not token.text.islower() or text[tokens[index - 1].end : token.start].strip():
            return None
        if lang.morph.lemma(token.text) in lang.organisations and token.folded.endswith("s"):
            return index
    return None


def _a_body_before_a_name(lang: Language, rest: Sequence[Token], run: list[Token]) -> bool:
    """Whether ``run`` is made of capitalised dictionary words (the name of a body, "Высшей
    школы") and a real name (a word the dictionary knows as a name) follows."""
    morph = lang.morph
    if not morph.inflected or any(
        not morph.handles(t.text) or morph.name_kind(t.text) == "name" for t in run
    ):
        return False
    return any(
        t.capitalised and morph.handles(t.text) and morph.name_kind(t.text) == "name" for t in rest
    )


def _modifies_a_title(lang: Language, tokens: Sequence[Token], run: list[Token]) -> bool:
    """Whether the name words ``run`` stand before a title ("Riverton Mayor", "House Budget
    Chair", "a Canadian official"): a place, body or party, not the person."""
    at = tokens.index(run[-1]) + 1
    if at >= len(tokens):
        return False
    following = tokens[at]
    if following.folded.rstrip(".") in lang.title_words or (
        lang.morph.lemma(following.text) in lang.titles and not following.capitalised
    ):
        return True
    if lang.morph.inflected:
        return False
    # "Senate Minority Leader Jane Doe", "Riverton University pollster Jane Doe", "Harbor
    # Party Chair Jane Doe": the words of a body, then a title (capitalised or not)
    for token in tokens[at : at + 4]:
        lemma = lang.morph.lemma(token.text)
        if lemma in lang.titles or token.folded.rstrip(".") in lang.title_words:
            return True
        if lemma not in lang.not_person_words and lemma not in lang.organisations:
            return False
    return False


_DETERMINERS = frozenset({"the", "a", "an", "their", "its", "his", "her", "one", "our", "this"})
_INDEFINITE = frozenset({"a", "an", "one"})


def _description(lang: Language, text: str, tokens: Sequence[Token], index: int) -> Mention | None:
    """ "a veteran diplomat", "one official familiar with the talks": someone new, not a person
    named before, described up to the end of the clause."""
    first = index
    while first > 0 and tokens[first - 1].text.islower() and index - first < 4:
        first -= 1
        if tokens[first].folded in _INDEFINITE:
            start, end = tokens[first].start, tokens[-1].end
            return Mention(start, end, text[start:end], "description", text[start:end], None)
        if tokens[first].folded in _DETERMINERS:
            break
    return None


_LEADING = frozenset(
    {"the", "his", "her", "their", "its", "our", "some", "many", "several", "all", "most", "few"}
)
"""Words that open a group's or organisation's noun phrase and belong to it ("some critics")."""


_ALL = frozenset({"all", "both"})


def _the_organisation(
    text: str, tokens: Sequence[Token], first: int, last: int, lang: Language | None = None
) -> Mention:
    """The organisation written by ``tokens[first:last + 1]`` with the words that go on naming
    it ("the Water Department", "party officials") and a leading "the", "his", "some" …"""
    if lang is not None:
        while last + 1 < len(tokens) and not text[tokens[last].end : tokens[last + 1].start].strip(
            " \u00a0"
        ):
            nxt = tokens[last + 1]
            if lang.morph.lemma(nxt.text) in lang.organisations or (
                nxt.capitalised and nxt.folded not in lang.common_words and tokens[last].capitalised
            ):
                last += 1
            elif (
                nxt.folded in lang.conjunctions
                and last + 2 < len(tokens)
                and tokens[last + 2].text.islower()
                and lang.morph.lemma(tokens[last + 2].text) in lang.organisations
            ):
                last += 2  # "her advisers and allies": one group
            elif (
                nxt.folded == "of"
                and not lang.morph.inflected
                and last + 2 < len(tokens)
                and tokens[last].capitalised
                and tokens[last + 2].capitalised
                and (
                    lang.morph.lemma(tokens[last].text) in lang.organisations
                    or tokens[last].folded in lang.not_person_words
                )
            ):
                last += 2  # "the University of Riverton", "the Department of Labor"
            else:
                break
    start = tokens[first].start
    if first > 0 and tokens[first - 1].folded in _LEADING:
        start = tokens[first - 1].start
        if first > 1 and tokens[first - 1].folded == "the" and tokens[first - 2].folded in _ALL:
            start = tokens[first - 2].start  # "all the Democrats", "both the unions"
    end = tokens[last].end
    return Mention(start, end, text[start:end], "organisation", text[start:end], None)


def _modifier(lang: Language, text: str, tokens: Sequence[Token], at: int) -> bool:
    """Whether the capitalised word ``tokens[at]`` is part of a group's name right before it
    ("Iowa farm groups", "Some UNP members", "Democratic voters"): written next to the
    following word with only a space between, and no common word or a name's possessive."""
    token = tokens[at]
    return (
        token.capitalised
        and not text[token.end : tokens[at + 1].start].strip()
        and token.folded not in lang.common_words
        and not token.text.endswith(("’s", "'s"))
    )


def organisation_mention(lang: Language, text: str, tokens: Sequence[Token], index: int) -> Mention:
    """An organisation that speaks: "пресс-служба правительства региона" (with what follows
    in the genitive), "the regional environment agency" (with the words before it)."""
    if lang.morph.inflected:
        start = tokens[index].start
        end = tokens[index].end
        for token in tokens[index + 1 : index + 4]:
            gap = text[end : token.start]
            if gap.strip() or "\n" in gap:
                break  # (the next line is not the body's name going on)
            end = token.end
        words = text[start:end].split()
        head = words[0] if words[0].isupper() else lang.morph.nominative(words[0])  # "МИД"
        name = " ".join([head, *words[1:]])
    else:
        first = index
        while (
            first > 0
            and (tokens[first - 1].text.islower() or _modifier(lang, text, tokens, first - 1))
            and tokens[first - 1].folded not in _DETERMINERS
            and tokens[first - 1].folded not in lang.bare_not_starts
            and tokens[first - 1].folded not in lang.relative_words
            and tokens[first - 1].folded not in lang.affiliation_words
            and not (first > 1 and tokens[first - 2].folded in lang.relative_words)
            and index - first < 3
        ):  # ("which included staff members": the relative clause's verb is not the group's)
            first -= 1
        return _the_organisation(text, tokens, first, index, lang)
    return Mention(start, end, text[start:end], "organisation", name, None)


def name_mention(lang: Language, text: str, run: list[Token]) -> Mention:
    """The mention of the name written by ``run`` (a street before it and a possessive inside
    it dropped), with the gender its honorific or first name tells."""
    before = tokenize(text, max(0, run[0].start - 30), run[0].start)
    if len(run) > 1 and before and lang.morph.lemma(before[-1].text) in lang.place_words:
        run = run[1:]  # "на улице Дианова Людмила Каримова": the street, then the name
    for i, token in enumerate(run[:-1]):
        if token.text.endswith(("'s", "’s")):
            run = run[i + 1 :]  # "Ethiopia's Dawit Bekele"
    if (
        len(run) > 2
        and not lang.morph.inflected
        and run[0].folded.endswith("ing")
        and run[0].folded not in lang.first_names
        and sentence_start(text, run[0])
    ):
        run = run[1:]  # "Entrusting Jane Doe with …": a gerund opens the sentence
    if lang.morph.inflected:
        # "министр финансов Южной Провинции Пётр Иванов": capitalised words of a place or
        # organisation before the first name are not part of the name
        for i, token in enumerate(run[1:], 1):
            if lang.morph.is_first_name(token.text) and not any(
                lang.morph.handles(t.text) and lang.morph.name_kind(t.text) == "name"
                for t in run[:i]
            ):
                run = run[i:]
                break
    start, end = run[0].start, run[-1].end
    gender = None
    before = tokenize(text, max(0, start - 6), start)
    if before and before[-1].folded.rstrip(".") in lang.honorific_gender:
        gender = lang.honorific_gender[before[-1].folded.rstrip(".")]
    if run[0].folded in lang.first_names:
        gender = lang.first_names[run[0].folded]
    written = text[start:end]
    return Mention(start, end, written, "name", written, gender)
