"""Quotations: «…», — заявил X / '"…," she said' / 'X said: "…"', a quotation split by its
attribution («Q1, — сказал X. — Q2»), and a quotation right after an attributed one."""

from __future__ import annotations

import re

from claimdesk.core.suggest.context import DIRECT, Context, Found
from claimdesk.core.suggest.mentions import Mention
from claimdesk.core.suggest.tokens import WORD, trim


def find(ctx: Context) -> list[Found]:
    found: list[Found] = []
    previous: Found | None = None
    for start, end in ctx.quotations:
        content = ctx.text[start:end]
        if len(WORD.findall(content)) < 3 or _a_title(content):
            continue
        pieces = _split_quotation(ctx, start, end)
        if pieces is not None:
            (a, b), (c, d), (mention, gender) = pieces
            for piece in ((a, b), (c, d)):
                s, e = trim(ctx.text, *piece)
                found.append(Found(s, e, DIRECT, 0.93, mention, gender or None, rule="split"))
            previous = found[-1]
            continue
        found_after = ctx.attribution_after(end + 1)
        attribution = found_after or ctx.attribution_before(start - 1)
        s, e = trim(ctx.text, start, end)
        if attribution is not None:
            mention, gender = attribution
            confidence = 0.95 if found_after else 0.93
            rule = "quote after" if found_after else "quote before"
            previous = Found(s, e, DIRECT, confidence, mention, gender or None, rule=rule)
            found.append(previous)
        elif previous is not None and _continues(ctx, previous, start):
            found.append(
                Found(
                    s,
                    e,
                    DIRECT,
                    0.8,
                    previous.mention,
                    previous.gender,
                    previous.person,
                    rule="continued",
                )
            )
            previous = found[-1]
        else:
            previous = None
    return found


def _a_title(content: str) -> bool:
    """A quoted name of a work or show ("Songs of the Harbour Town", "Riverton Today"): a few words,
    the longer ones all capitalised, nothing that ends a sentence."""
    words = WORD.findall(content)
    longer = [w for w in words if len(w) > 3]
    return (
        len(words) <= 6
        and bool(longer)
        and all(w[:1].isupper() for w in longer)
        and not any(c in content.rstrip(".,") for c in ".!?")
    )


def _continues(ctx: Context, previous: Found, start: int) -> bool:
    """A quotation right after an attributed one in the same paragraph (or the next one that
    starts with it) continues it."""
    gap = ctx.text[previous.end : start - 1]
    return (
        "\n" not in gap.strip("\n")
        and len(gap) < 200
        and gap.count("\n") <= 1
        and (gap.count("\n") == 0 or gap.endswith("\n"))
    )


_SPLIT = re.compile(r"(?<=[,.!?…])\s+[—–]\s+([^—–«»\"“”]{3,100}?)[.,:]?\s+[—–]\s+")


def _split_quotation(
    ctx: Context, start: int, end: int
) -> tuple[tuple[int, int], tuple[int, int], tuple[Mention, str]] | None:
    """«Q1, — сказал X. — Q2»: one quotation, two pieces around the attribution."""
    m = _SPLIT.search(ctx.text, start, end)
    if m is None:
        return None
    attribution = ctx.attribution_after(m.start(1))
    if attribution is None:
        return None
    return (start, m.start()), (m.end(), end), attribution
