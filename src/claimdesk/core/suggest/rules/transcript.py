"""A speaker's name and a colon at the start of a line or sentence: transcripts ("SMITH: We
will …", "Jane Doe: …") and headlines ("Doe: Taxes will not rise"). The rest of the sentence
is what was said."""

from __future__ import annotations

import re
from bisect import bisect_right

from claimdesk.core.suggest.context import DIRECT, Context, Found
from claimdesk.core.suggest.mentions import Mention, is_name_token, mention_in
from claimdesk.core.suggest.tokens import OPENINGS, WORD, Token, tokenize, trim

_MOST_WORDS = 6
"""Words before the colon: a name, perhaps with a title ("Former Mayor Jane Doe")."""
_LEAD = re.compile(r"(?m)^[ \t]*([^\W\d_][^:\n]{0,60}?):[ \t]+(?=\S)")


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    text = ctx.text
    labels = _Labels(text)
    starts = sorted(set(ctx.sentences))
    for start in starts:
        m = _LEAD.match(text, start)
        if m is None or ctx.in_quotation(m.start(1)):
            continue
        if any(char.isdigit() for char in m.group(1)):
            continue  # "Example 1:", "Figure 5:", "Step 2:": a heading, not a speaker
        lead = tokenize(text, m.start(1), m.end(1))
        if not lead or len(lead) > _MOST_WORDS or ctx.verb_in(m.start(1), m.end(1)):
            continue
        if lead[0].folded in _BYLINE:
            continue  # "By Aaron Humes: The Americas …": who wrote it, not who said it
        addressed = [i for i, t in enumerate(lead) if t.folded in _ADDRESSED and i > 0]
        if addressed:  # a headline's "Doe to Congress: …": Doe speaks
            lead = lead[: addressed[0]]
        mention = _shouted(labels, lead) or _named(ctx, labels, lead) or _group(ctx, lead)
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


def _named(ctx: Context, labels: _Labels, lead: list[Token]) -> Mention | None:
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
    if len(mention.text.split()) == 1 and not labels.full_name_elsewhere(mention.text):
        return None
    if (
        len(mention.text.split()) > 1
        and not lang.morph.inflected  # (elsewhere a Russian surname may be in another case)
        and not labels.named_outside(mention.text)
    ):
        return None  # "Peanut Butter: the star ingredient", "Strict Standards: Non-static …"
    return mention


class _Labels:
    """The labels opening the text's lines ("Jane Doe:", "Maple Syrup:"), found once, and what
    was asked about names, kept: a transcript of thousands of lines asks the same of each line
    (asked afresh, each a scan of the whole text, 3,000 such lines took 15 s)."""

    def __init__(self, text: str) -> None:
        self.text = text
        spans = [(m.start(1), m.end(1)) for m in _LEAD.finditer(text)]
        self._starts = [start for start, _end in spans]
        self._ends = [end for _start, end in spans]
        self._full: dict[str, bool] = {}
        self._outside: dict[str, bool] = {}

    def holds(self, position: int) -> bool:
        """Whether ``position`` lies in a label ("Author Contributions: …"), where capitalised
        words name a heading or a list's item, not a person."""
        index = bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._ends[index]

    def named_outside(self, name: str) -> bool:
        """Whether the last word of ``name`` ("Doe" of "Jane Doe") is written, capitalised,
        somewhere else than in a label: a person who speaks in a transcript is named in the
        article too, while a list's labels ("Maple Syrup:", "Sea Salt:") are not."""
        last = name.rsplit(maxsplit=1)[-1]
        known = self._outside.get(last)
        if known is None:
            pattern = rf"(?<![\w’'-]){re.escape(last)}(?![\w’'-])"
            known = any(not self.holds(m.start()) for m in re.finditer(pattern, self.text))
            self._outside[last] = known
        return known

    def full_name_elsewhere(self, surname: str) -> bool:
        """Whether the text names someone ``surname`` in full: a capitalised word before it on
        the same line ("Jane Doe"), outside a label. A word ending the line before does not
        count: "…were African American" over a chart's "Source: CDC" made "American Source" a
        name."""
        known = self._full.get(surname)
        if known is None:
            pattern = rf"\b[^\W\d_][\w’'-]*[^\W\d_][ \t\u00a0]+{re.escape(surname)}\b"
            known = any(
                m.group()[0].isupper() and not self.holds(m.start())
                for m in re.finditer(pattern, self.text)
            )
            self._full[surname] = known
        return known


def _shouted(labels: _Labels, lead: list[Token]) -> Mention | None:
    """ "SMITH": a transcript's speaker in capitals, when the article names a Smith."""
    if len(lead) != 1 or not lead[0].acronym or len(lead[0].text) < 3:
        return None
    word = lead[0].text[:1] + lead[0].text[1:].lower()
    if not labels.full_name_elsewhere(word):
        return None
    return Mention(lead[0].start, lead[0].end, word, "name", word, None)
