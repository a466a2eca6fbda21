"""A speaker's name and a colon at the start of a line or sentence: transcripts ("SMITH: We
will …", "Jane Doe: …") and headlines ("Doe: Taxes will not rise"). The rest of the sentence
is what was said."""

from __future__ import annotations

import re

from claimdesk.core.suggest.context import DIRECT, Context, Found
from claimdesk.core.suggest.mentions import Mention, is_name_token, mention_in
from claimdesk.core.suggest.tokens import OPENINGS, WORD, Token, tokenize, trim

_MOST_WORDS = 6
"""Words before the colon: a name, perhaps with a title ("Former Mayor Jane Doe")."""
_LEAD = re.compile(r"(?m)^[ \t]*([^\W\d_][^:\n]{0,60}?):[ \t]+(?=\S)")


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    text = ctx.text
    starts = sorted(set(ctx.sentences))
    for start in starts:
        m = _LEAD.match(text, start)
        if m is None or ctx.in_quotation(m.start(1)):
            continue
        lead = tokenize(text, m.start(1), m.end(1))
        if not lead or len(lead) > _MOST_WORDS or ctx.verb_in(m.start(1), m.end(1)):
            continue
        if lead[0].folded in _BYLINE:
            continue  # "By Aaron Humes: The Americas …": who wrote it, not who said it
        addressed = [i for i, t in enumerate(lead) if t.folded in _ADDRESSED and i > 0]
        if addressed:  # a headline's "Doe to Congress: …": Doe speaks
            lead = lead[: addressed[0]]
        mention = _shouted(text, lead) or _named(ctx, lead) or _group(ctx, lead)
        if mention is None:
            continue
        content_start = m.end()
        if text[content_start] in OPENINGS and any(
            text[content_start] == opening for opening, _ in ctx.lang.quotes
        ):
            continue  # a quotation: the direct rule's
        _, sentence_end = ctx.sentence(content_start)
        s, e = trim(text, content_start, sentence_end)
        if e > s and text[s] in _SINGLE[0] and text[e - 1] in _SINGLE[1]:
            s, e = trim(text, s + 1, e - 1)  # "Doe: ‘We will win.’": marks the language pairs not
        if len(WORD.findall(text[s:e])) >= 3:
            found.append(Found(s, e, DIRECT, 0.85, mention, None, rule="transcript"))
    return found


_BYLINE = frozenset({"by"})
"""A byline's first word ("By Jane Doe:")."""
_ADDRESSED = frozenset({"to"})
"""A word after which a headline names whom the speaker addresses ("Doe to Congress:")."""
_SINGLE = ("‘'", "’'")


def _group(ctx: Context, lead: list[Token]) -> Mention | None:
    """ "Historians: …", "Economists: …": a group named by one word before the colon."""
    if len(lead) != 1 or ctx.lang.morph.inflected:
        return None
    word = lead[0]
    if ctx.lang.morph.lemma(word.text) not in ctx.lang.organisations or not word.folded.endswith(
        "s"
    ):
        return None
    return Mention(word.start, word.end, word.text, "organisation", word.text, None)


def _named(ctx: Context, lead: list[Token]) -> Mention | None:
    """The person the words before the colon name, titles aside ("Former Mayor Jane Doe"); one
    word only when the article names someone so elsewhere ("Doe" after "Jane Doe")."""
    lang = ctx.lang
    if not all(
        is_name_token(lang, t, ctx.text) or t.folded.rstrip(".") in lang.title_words for t in lead
    ):
        return None
    mention = mention_in(lang, ctx.text, lead, last=True)
    if mention is None or mention.reference != "name" or mention.end != lead[-1].end:
        return None
    if len(mention.text.split()) == 1 and not _full_name_elsewhere(ctx.text, mention.text):
        return None
    if (
        len(mention.text.split()) > 1
        and not lang.morph.inflected  # (elsewhere a Russian surname may be in another case)
        and not _named_outside_labels(ctx.text, mention.text)
    ):
        return None  # "Peanut Butter: the star ingredient", "Strict Standards: Non-static …"
    return mention


def _named_outside_labels(text: str, name: str) -> bool:
    """Whether the last word of ``name`` ("Doe" of "Jane Doe") is written, capitalised, somewhere
    else than in a label opening a line ("Jane Doe: …"): a person who speaks in a transcript is
    named in the article too, while a list's labels ("Maple Syrup:", "Sea Salt:") are not."""
    last = name.rsplit(maxsplit=1)[-1]
    return any(
        not _in_a_label(text, found.start())
        for found in re.finditer(rf"(?<![\w’'-]){re.escape(last)}(?![\w’'-])", text)
    )


def _full_name_elsewhere(text: str, surname: str) -> bool:
    """Whether the text names someone ``surname`` in full: a capitalised word before it on the
    same line ("Jane Doe"). A word ending the line before does not count: "…were African
    American" over a chart's "Source: CDC" made "American Source" a name."""
    pattern = rf"\b[^\W\d_][\w’'-]*[^\W\d_][ \t\u00a0]+{re.escape(surname)}\b"
    return any(
        m.group()[0].isupper() and not _in_a_label(text, m.start())
        for m in re.finditer(pattern, text)
    )


def _in_a_label(text: str, position: int) -> bool:
    """Whether ``position`` lies in a label opening a line ("Author Contributions: …"), where
    two capitalised words name a heading, not a person."""
    line_start = text.rfind("\n", 0, position) + 1
    label = _LEAD.match(text, line_start)
    return label is not None and label.start(1) <= position < label.end(1)


def _shouted(text: str, lead: list[Token]) -> Mention | None:
    """ "SMITH": a transcript's speaker in capitals, when the article names a Smith."""
    if len(lead) != 1 or not lead[0].acronym or len(lead[0].text) < 3:
        return None
    word = lead[0].text[:1] + lead[0].text[1:].lower()
    if not _full_name_elsewhere(text, word):
        return None
    return Mention(lead[0].start, lead[0].end, word, "name", word, None)
