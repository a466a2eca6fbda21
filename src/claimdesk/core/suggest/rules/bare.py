"""Reported speech without a complementizer: "X said the city would …" (the rest of the
sentence), when the clause after the verb opens as a clause does: with a word that starts one
("the", "it", "we", …), with a lowercase word, or with a name or possessive followed by a finite
verb ("X said Doe was", "X argued Doe's plan would"). After a verb that takes the person spoken
to ("told reporters", "told me", "told CNN") the clause comes after that object."""

from __future__ import annotations

import re

from claimdesk.core.domain.folding import fold
from claimdesk.core.suggest.context import INDIRECT, Context, Found
from claimdesk.core.suggest.language import Language
from claimdesk.core.suggest.mentions import Mention, mention_in
from claimdesk.core.suggest.tokens import WORD, Token, first_tokens, tokenize, trim

_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_AFTER_COMMA = re.compile(r",[”\"’']?(?:\s+[^\W\d_A-ZА-ЯЁ]+){0,2}\s*$")
"""An apposition closed by a comma, perhaps with "has" or "also" before the verb."""
_MOST_SUBJECT = 9
"""Words of a named subject before its finite verb ("Doe's new budget plan would", "Harbour Board
chairwoman Mary Holt's plan and budget are")."""
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my"})
_MOST_OBJECT = 3
"""Words of the person spoken to ("told the local paper", "told reporters")."""


def _named_clause(lang: Language, words: list[Token], text: str) -> bool:
    """Whether ``words`` open a clause whose subject is named: a capitalised word, then (no
    comma between) a finite verb within a few words ("Doe was", "Doe's remark was")."""
    if not words or not words[0].capitalised or fold(words[0].text) in lang.bare_not_starts:
        return False
    for index, word in enumerate(words[1 : _MOST_SUBJECT + 2], 1):
        if "," in text[words[index - 1].end : word.start]:
            return False
        if _personal_subject(lang, word):
            return False  # "Parenthood gathering in Washington she will": the clause opens later
        if word.folded in lang.finite_verbs:
            return index <= _MOST_SUBJECT
        if lang.verb_re.fullmatch(word.text):
            return False
        if (
            word.text.islower()
            and all(w.capitalised for w in words[:index])
            and word.folded in lang.past_verbs
        ):
            return True  # right after the name, a verb in the past tense: "Doe went", "Doe lost"
    return False


_MOST_PARTICIPLE_SUBJECT = 3
"""Words of a lowercase subject before its finite verb after a participle ("arguing such
legislation could")."""


_INDEFINITE = frozenset({"a", "an"})
_MOST_INDEFINITE_SUBJECT = 10
"""Words of a subject opened by "a"/"an" before its finite verb ("a man from the port was")."""


def _finite_soon(
    lang: Language,
    words: list[Token],
    text: str,
    most: int = _MOST_PARTICIPLE_SUBJECT,
    *,
    names: bool = False,
) -> bool:
    """Whether a finite verb ("could", "is") comes within a few words, no comma before it
    (nor a capitalised word, unless ``names``: "a plot Doe allegedly made was")."""
    for index, word in enumerate(words[1 : most + 1], 1):
        if "," in text[words[index - 1].end : word.start] or not (word.text.islower() or names):
            return False
        if word.folded in lang.finite_verbs:
            return True
    return False


_NEXT_NUMBER = re.compile(r"\s+(\d[\d,.%]*)(?=\s)")
_MOST_NUMBERED = 4
"""Words between a number that opens a clause and its finite verb ("2020 has seen", "40
percent of voters were")."""


def _numbered_clause(lang: Language, words: list[Token], text: str, number_end: int) -> bool:
    """Whether the words after a number that follows the verb go on as a clause: a finite
    verb within a few words, no comma before it ("said 2020 has seen", "said 40 percent of
    them are")."""
    after = [w for w in words if w.start >= number_end][: _MOST_NUMBERED + 1]
    for index, word in enumerate(after):
        if "," in text[number_end : word.start]:
            return False
        if word.folded in lang.finite_verbs:
            return index <= _MOST_NUMBERED
    return False


_QUANTITIES = frozenset(
    "a an half one two three four five six seven eight nine ten twenty hundred dozen".split()
)
"""Words after "about" that make it "approximately" ("said about half of them …")."""


def _opens_clause(lang: Language, words: list[Token], text: str, verb: str) -> bool:
    if not words:
        return False
    first = words[0].text
    folded = fold(first)
    if folded == "to" and fold(verb) in lang.infinitive_verbs:
        # "vowed to boycott the product"; but in "the divides he promised to bridge have
        # grown" a finite verb right after the infinitive's verb: the infinitive lacks its
        # object in a relative clause, and the sentence goes on
        return not (len(words) > 2 and words[2].folded in lang.finite_verbs)
    if folded in _INDEFINITE and not lang.morph.inflected:
        # "said a man was hurt" (a clause), "maintains a firm lock on …", "can add a new
        # title" (what is kept or added)
        return _finite_soon(lang, words, text, _MOST_INDEFINITE_SUBJECT, names=True)
    if folded in lang.bare_starts:
        return True
    if verb.endswith("ing"):  # "adding up to": seldom speech without "that"
        # unless a subject and its finite verb follow ("arguing such a law could …")
        return (
            first.islower()
            and folded not in lang.bare_not_starts
            and _finite_soon(lang, words, text)
        )
    if folded == "about" and not lang.morph.inflected:
        # "said about a third of them left" (a number: a clause), "said about the plan" (what
        # it was about)
        return len(words) > 1 and words[1].folded in _QUANTITIES
    if first.islower():  # not a preposition or adverb ("said about", "bragged loudly")
        return folded not in lang.bare_not_starts and not folded.endswith("ly")
    return _named_clause(lang, words, text)


_ASKING = frozenset({"asked", "asks", "ask", "asking"})
_EXPLAINING = frozenset({"explained", "explains", "explain", "explaining"})
_QUESTION_WORDS = frozenset("whether if how why what who which".split())
_EXPLAINED_WORDS = frozenset("how why what".split())
"""An indirect question is what was asked ("asked Doe whether …"), and how or why something is
what was explained ("explained how the fund would …"); never "when" or "where" ("said when
asked" is a time)."""


def _question_opens(verb: str, words: list[Token]) -> bool:
    """Whether ``words`` open an indirect question that ``verb`` reports ("asked whether …",
    "explained why …"): English only (the words are English)."""
    if not words:
        return False
    first = words[0].folded
    if verb in _ASKING:
        return first in _QUESTION_WORDS
    return verb in _EXPLAINING and first in _EXPLAINED_WORDS


def _after_object(lang: Language, words: list[Token], text: str, verb: str = "") -> int | None:
    """How many words name the person spoken to before the clause ("told reporters the …",
    "told me it …", "told CNN Doe was …"), or None when no clause follows such an object; 0
    when the clause comes at once, its subject a pronoun no object can be ("warned they
    could …", "assured he'd …")."""
    if words and (_subject_pronoun(lang, words[0]) or _question_opens(verb, words)):
        return 0
    for size in range(1, _MOST_OBJECT + 1):
        object_words, rest = words[:size], words[size:]
        if not rest or "," in text[object_words[0].start : rest[0].start]:
            return None
        first = object_words[0]
        if size == 1:  # "me", "reporters", "CNN"
            spoken_to = (
                first.folded in lang.object_pronouns
                or first.capitalised
                or (
                    first.text.islower()
                    and first.folded.endswith("s")
                    and len(first.text) > 3
                    and first.folded not in lang.bare_not_starts
                    and first.folded not in lang.subordinators
                )
            )  # ("asks as …", "told us"): a preposition or conjunction is no one spoken to
        elif all(w.capitalised for w in object_words) and first.folded not in _DETERMINERS:
            spoken_to = True  # "Carl Ruiz", "Harbour Radio"
        else:  # "The Washington Post", "the local paper"
            spoken_to = first.folded in _DETERMINERS and not any(
                w.folded in lang.common_words or w.folded in lang.affiliation_words
                for w in object_words[1:]
            )
        if not spoken_to:
            if size == 1 and first.folded in _DETERMINERS:
                continue  # "told the local paper …": the object has more words
            break  # perhaps a longer object: "told the crowd at the rally they …"
        if rest[0].folded in lang.bare_starts and rest[0].folded not in lang.object_pronouns:
            return size
        if _question_opens(verb, rest):
            return size  # "asked Doe whether …"
        if rest[0].folded in lang.complementizers:
            return None  # "told reporters that …": the that-clause rule's
        if (
            _named_clause(lang, rest, text)
            and not first.capitalised
            and not any(w.folded in lang.bare_starts for w in rest[1:3])
        ):
            return size  # ("told the Harbour Gazette she …": the object goes on)
    return _pronoun_after_long_object(lang, words, text)


_MOST_LONG_OBJECT = 8
"""Words of the person or group spoken to before a clause opened by a pronoun ("told a
Planned Parenthood gathering in Washington she will …")."""


def _pronoun_after_long_object(lang: Language, words: list[Token], text: str) -> int | None:
    """Where a clause opened by a nominative pronoun and its finite verb starts after a longer
    object that begins with a determiner ("told a Planned Parenthood gathering in Washington
    she will …", "told the crowd at the rally they would …"), or None: no comma, verb or
    "that" between."""
    if not words or words[0].folded not in _DETERMINERS:
        return None
    for index in range(2, min(len(words) - 1, _MOST_LONG_OBJECT + 1)):
        word = words[index]
        if "," in text[words[index - 1].end : word.start]:
            return None
        earlier = words[index - 1]
        if (
            earlier.folded in lang.complementizers
            or earlier.folded in lang.finite_verbs
            or lang.verb_re.fullmatch(earlier.text)
        ):
            return None
        if _personal_subject(lang, word):
            after = words[index + 1]
            finite = after.folded in lang.finite_verbs or after.folded in lang.past_verbs
            return index if finite or "’" in word.text or "'" in word.text else None
    return None


def _personal_subject(lang: Language, word: Token) -> bool:
    """A nominative personal pronoun ("she", "they'd"): a clause's subject, never part of a
    noun phrase before it ("there" is left out: "the pier there was …")."""
    return _subject_pronoun(lang, word) and not word.folded.startswith("there")


_NOT_SUBJECT_PRONOUNS = frozenset(
    "it the a an this these those no nothing more most some all that that's that’s".split()
)
"""Clause openers after a verb that may also be its object ("told it", "warned this group")."""


def _subject_pronoun(lang: Language, word: Token) -> bool:
    """Whether ``word`` opens a clause and cannot be the person spoken to: a pronoun in the
    nominative ("they", "he'd", "we’re") or "there"."""
    folded = word.folded
    return (
        folded in lang.bare_starts
        and folded not in lang.object_pronouns
        and folded not in _DETERMINERS
        and folded not in _NOT_SUBJECT_PRONOUNS
        and not folded.startswith(("it’", "it'"))
    )


_MOST_INVERTED = 7


def _inverted_attribution(lang: Language, text: str, words: list[Token], end: int) -> bool:
    """Whether the words after the verb, up to a comma or the sentence end, name its speaker
    ("said former secretary of state Jane Doe, who …")."""
    if not words or words[0].capitalised:
        return False
    upto = text.find(",", words[0].start, end)
    stop = upto if upto >= 0 else end
    span = tokenize(text, words[0].start, stop)
    if not span or len(span) > _MOST_INVERTED:
        return False
    mention = mention_in(lang, text, span, last=False)
    before = [t for t in span if mention and t.end <= mention.start]
    if any(t.folded in lang.finite_verbs for t in before):
        return False  # "said the pier would open in May": a clause that ends with a name
    if before and (before[0].folded == "to" or before[-1].folded in lang.bare_not_starts):
        return False  # "vowed to fix the pier before May": an infinitive; a name after "before"
    return mention is not None and mention.reference == "name" and mention.end == span[-1].end


def _auxiliaries(lang: Language, words: list[str]) -> bool:
    """ "have also", "has repeatedly": auxiliaries and adverbs between a subject and its verb."""
    return len(words) <= 3 and all(
        fold(w) in lang.finite_verbs or fold(w) in lang.bare_not_starts or w.endswith("ly")
        for w in words
    )


_RELATIVE_OBJECTS = frozenset({"which", "who", "whom"})


def _in_a_relative_clause(lang: Language, tokens: list[Token], mention: Mention) -> bool:
    """Whether the subject right before the verb opens a relative clause ("which he said …",
    "whom Doe said …"): English; the reported words then lack their subject."""
    if lang.morph.inflected:
        return False
    before = [t for t in tokens if t.end <= mention.start]
    return bool(before) and before[-1].folded in _RELATIVE_OBJECTS


_JOINED = re.compile(r"[^\W\d_]\s+(?:and|but)\s+(?:then\s+|also\s+|later\s+)?$")
_PARENTHESIS = re.compile(r"\([^()]{0,40}\)")
_MOST_JOINED = 16
"""Words of a clause whose subject "and" joins a speech verb to ("Doe blasted … and said")."""


def joined_subject(ctx: Context, sentence_start: int, verb_start: int) -> Mention | None:
    """ "Gov. Jane Doe (R) blasted the council and said …", "Doe, a lawyer, called on … and
    said …": the subject of the verb phrase that "and" joins the speech verb to, named at the
    start of its clause."""
    text = ctx.text
    before = text[sentence_start:verb_start]
    if ctx.lang.morph.inflected or not _JOINED.search(before):
        return None
    masked = _PARENTHESIS.sub(lambda m: " " * len(m.group()), before)
    cut = max(masked.rfind(","), masked.rfind(";"))
    start = sentence_start + cut + 1
    tokens = [t for t in tokenize(text, start, verb_start) if not ctx.in_quotation(t.start)]
    if not tokens or len(tokens) > _MOST_JOINED:
        return None
    if tokens[0].text.islower():  # "Doe, a lawyer, called on … and said": the earlier verb's
        mention = ctx.subject_before(sentence_start, tokens[0].start)
        return mention if mention is not None and mention.reference == "name" else None
    return _opening_subject(ctx, tokens)


_PARTICIPLE = re.compile(r"(?:[^\W\d_],|\b(?:by|after|before|while|when))\s+$")


def participle_subject(ctx: Context, sentence_start: int, verb_start: int) -> Mention | None:
    """ "She has pushed back against the charge, saying he …", "Doe rallied crowds by saying
    …": the subject of the sentence's main clause, named at its start, speaks."""
    text = ctx.text
    before = text[sentence_start:verb_start]
    if ctx.lang.morph.inflected or not _PARTICIPLE.search(before):
        return None
    masked = _PARENTHESIS.sub(lambda m: " " * len(m.group()), before)
    start = sentence_start
    for part in masked.split(","):
        tokens = tokenize(text, start, start + len(part))
        start += len(part) + 1
        if not tokens or (
            tokens[0].folded in ctx.lang.bare_not_starts
            or tokens[0].folded in ctx.lang.subordinators
        ):
            continue  # an opening circumstance ("On Friday,", "After the vote,")
        if any(ctx.in_quotation(t.start) for t in tokens) or len(tokens) < 2:
            return None
        return _opening_subject(ctx, tokens) or _opening_description(ctx, tokens)
    return None


_MOST_DESCRIPTION = 4
_POSSESSIVE_NAME = re.compile(r"['’]s\s+[A-Z]")


def _opening_description(ctx: Context, tokens: list[Token]) -> Mention | None:
    """ "The departments declined to comment, saying …": a lowercase noun phrase opening the
    clause, its verb right after it, is the subject (a group or someone described)."""
    for token in tokens[1 : _MOST_DESCRIPTION + 1]:
        if token.folded in ctx.lang.finite_verbs or (
            token.text.islower() and token.folded.endswith("ed")
        ):
            mention = ctx.subject_before(tokens[0].start, token.start)
            if mention is None or mention.reference not in ("organisation", "description"):
                return None
            if _POSSESSIVE_NAME.search(mention.text):
                return None  # "The Gazette’s Jane Doe": a person, not the body
            return mention if mention.start == tokens[0].start else None
    return None


_BETWEEN_SUBJECT_AND_VERB = frozenset({"also", "then", "later", "again", "still", "even", "never"})


def _opening_subject(ctx: Context, tokens: list[Token]) -> Mention | None:
    """The name or pronoun that opens ``tokens`` (perhaps after a title) when a verb follows."""
    mention = mention_in(ctx.lang, ctx.text, tokens[:6], last=False)
    if mention is None or mention.reference not in ("name", "pronoun"):
        return None
    lead = [t for t in tokens if t.end <= mention.start]
    rest = [t for t in tokens if t.start >= mention.end]
    while (
        len(rest) > 1
        and rest[0].text.islower()
        and (rest[0].folded.endswith("ly") or rest[0].folded in _BETWEEN_SUBJECT_AND_VERB)
    ):
        rest = rest[1:]  # "He also spoke …", "Doe repeatedly argued …"
    if any(not t.capitalised for t in lead) or not rest or not rest[0].text.islower():
        return None  # the name opens the clause (a title before it) and a verb follows it
    if not (
        rest[0].folded in ctx.lang.finite_verbs
        or rest[0].folded.endswith(("ed", "s"))
        or (mention.reference == "pronoun" and rest[0].folded not in ctx.lang.bare_not_starts)
    ):
        return None  # (after "he", a lowercase word is its verb: "He spoke …, saying …")
    return mention


def _day_words(lang: Language, words: list[Token], text: str) -> int:
    """How many words right after the verb say on which day it was said ("Tuesday", "on
    Monday night", "yesterday"), when more words follow, not after a comma ('said Tuesday,
    drawing applause') nor a finite verb (in "said Monday was the deadline" the day is the
    subject); 0 when none do."""
    if not lang.day_words or not words:
        return 0
    first = words[0].folded  # (folded once: this runs for every speech verb)
    index = 1 if first == "on" else 0
    if index >= len(words) or (first if index == 0 else words[1].folded) not in lang.day_words:
        return 0
    index += 1
    if index < len(words) and words[index].folded in lang.day_parts:
        index += 1
    if index >= len(words) or words[index].folded in lang.finite_verbs:
        return 0
    return 0 if "," in text[words[index - 1].end : words[index].start] else index


def _possessive_right_before(text: str, mention: Mention, verb_start: int) -> bool:
    """Whether ``mention`` ends in a possessive "’s" with nothing else before the verb."""
    between = text[mention.end : verb_start].strip()
    if between:
        return between in ("'s", "’s")
    return mention.text.endswith(("'s", "’s"))


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    lang = ctx.lang
    text = ctx.text
    if not lang.bare_starts:
        return found
    for verb in lang.verb_re.finditer(text):
        if ctx.in_quotation(verb.start()):
            continue
        if ctx.passive(verb):
            continue  # "she was told the plan …": the subject was spoken to, not the speaker
        m = _NEXT_WORD.match(text, verb.end()) or _NEXT_NUMBER.match(text, verb.end())
        if m is None:
            continue
        sentence_start, sentence_end = ctx.sentence(verb.start())
        words = first_tokens(text, m.start(1), sentence_end, _MOST_SUBJECT + 4)
        day = _day_words(lang, words, text)
        if day:  # "said Tuesday it would …", "vowed on Monday night to …": when, not what
            words = first_tokens(text, words[day].start, sentence_end, _MOST_SUBJECT + 4)
        content_start = words[0].start if day else m.start(1)
        folded = fold(verb.group())
        if text[content_start].isdigit() and not _numbered_clause(lang, words, text, m.end()):
            continue  # "said 20 people came" is speech, "said 20 times" is not
        if folded in lang.quotation_verbs:
            continue  # "continued his attacks": speech only beside a quotation
        if folded in lang.infinitive_only_verbs and (not words or words[0].folded != "to"):
            continue  # "pledged his allegiance": what was pledged, not said
        if _inverted_attribution(lang, text, words, sentence_end):
            continue  # "…," said former mayor Jane Doe, who …: the speaker, not what was said
        if folded in lang.addressee_verbs:
            skipped = _after_object(lang, words, text, folded)
            if skipped is None:
                continue
            content_start = words[skipped].start
        elif folded in lang.object_verbs:  # "reported earnings", but "reported it sold"
            if not words or (
                words[0].folded not in lang.bare_starts
                and not _named_clause(lang, words, text)
                and not (words[0].text.islower() and words[0].folded.endswith("ing"))
            ):
                continue  # ("reported spending $1 million": what was reported)
        elif not _opens_clause(lang, words, text, verb.group()) and not (
            not lang.morph.inflected and _question_opens(folded, words)
        ):
            continue
        if ctx.in_quotation(content_start) and ctx.quoted_chars(content_start, sentence_end) * 2 > (
            sentence_end - content_start
        ):
            continue  # a quotation: the direct rule's
        tokens = tokenize(text, sentence_start, verb.start())
        if not tokens:
            continue
        mention = ctx.subject_before(sentence_start, verb.start())
        if mention is not None and _in_a_relative_clause(lang, tokens, mention):
            continue  # "a tax which he said has risen": what he said lacks its subject
        if (
            mention is not None
            and not lang.morph.inflected
            and _possessive_right_before(text, mention, verb.start())
            and (not words or words[0].folded not in lang.bare_starts)
        ):
            # "The state's confirmed caseload is …": a possessive before a participle is no
            # subject and its verb ("The state's confirmed the …", for "has", goes on)
            continue
        between = text[mention.end : verb.start()] if mention else ""
        rule = "bare"
        # the subject right before the verb, perhaps with an apposition or one adverb
        if mention is None or not (
            _AFTER_COMMA.search(between)
            or len(WORD.findall(between)) <= 1
            or _auxiliaries(lang, WORD.findall(between))
        ):
            mention = joined_subject(ctx, sentence_start, verb.start())
            rule = "joined"
            if mention is None and folded.endswith("ing"):
                mention = participle_subject(ctx, sentence_start, verb.start())
            if mention is None:
                continue
        content_end = ctx.content_end(content_start, sentence_end)
        content_end = ctx.subordinate_end(sentence_start, verb.start(), content_start, content_end)
        s, e = trim(text, content_start, content_end, keep_quoted=True)
        if len(WORD.findall(text[s:e])) < 3:
            continue
        found.append(Found(s, e, INDIRECT, 0.78, mention, ctx.gender(verb.group()), rule=rule))
    return found
