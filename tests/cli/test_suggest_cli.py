"""claimdesk-cli suggest: suggestions as JSON, and --accept-min storing those above the bar
(creating speakers once, skipping spans already attributed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.suggest import min_confidence

ARTICLE = (
    Path(__file__).resolve().parent.parent / "data" / "suggest_eval" / "ru-02-city-transport.txt"
)


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main([args[0], "--db", str(db), *args[1:]])
    return code, capsys.readouterr().out


def test_suggest_json_then_accept_min(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.db"
    assert run(db, capsys, "import", str(ARTICLE))[0] == 0
    code, out = run(db, capsys, "suggest", "1", "--json")
    assert code == 0
    suggestions = json.loads(out)
    text = ARTICLE.read_text(encoding="utf-8")
    assert len(suggestions) >= 8
    for s in suggestions:
        assert {"start", "end", "text", "speaker", "kind", "confidence"} <= set(s)
        assert s["kind"] in ("direct", "indirect")
    with Catalogue.open(str(db)) as catalogue:
        stored_text = catalogue.get_article_text(1)
        assert all(stored_text[s["start"] : s["end"]] == s["text"] for s in suggestions)
        assert catalogue.list_speakers() == []
    assert any(s["speaker"] == "Андрей Волков" for s in suggestions)
    # the role the article gives him before his name, for the speaker made from it
    assert {s["speaker_role"] for s in suggestions if s["speaker"] == "Андрей Волков"} == {
        "глава департамента транспорта"
    }
    assert text  # the file is the article

    code, out = run(db, capsys, "suggest", "1", "--accept-min", "0.9", "--json")
    assert code == 0
    stored = json.loads(out)
    high = [s for s in suggestions if s["confidence"] >= 0.9 and s["speaker"]]
    assert len(stored) == len(high) >= 3
    with Catalogue.open(str(db)) as catalogue:
        claims = catalogue.claims_for_article(1)
        assert len(claims) == len(high)
        names = [s.name for s in catalogue.list_speakers()]
        assert len(names) == len(set(names))  # one speaker per person, however many quotes
        volkov = catalogue.find_speaker("Андрей Волков")
        assert volkov is not None
        assert volkov.role == "глава департамента транспорта"

    # accepted spans are not suggested again (the rest may now match a catalogue speaker)
    code, out = run(db, capsys, "suggest", "1", "--json")
    left = json.loads(out)
    assert len(left) == len(suggestions) - len(high)
    assert not {(s["start"], s["end"]) for s in left} & {(s["start"], s["end"]) for s in high}
    assert all(s["speaker_id"] is not None for s in left if s["speaker"] == "Андрей Волков")


def test_suggest_rejects_a_bad_bar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.db"
    run(db, capsys, "import", str(ARTICLE))
    code = main(["suggest", "--db", str(db), "1", "--accept-min", "2"])
    assert code != 0
    assert "--accept-min" in capsys.readouterr().err


def test_accept_min_alone_takes_the_language_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    # the article and a sentence whose "Они" names no one before it (a less certain suggestion)
    article = tmp_path / "article.txt"
    article.write_text(
        ARTICLE.read_text(encoding="utf-8")
        + "\nОни утверждают, что новый мост через реку откроют к осени.\n",
        encoding="utf-8",
    )
    run(db, capsys, "import", str(article))
    _, out = run(db, capsys, "suggest", "1", "--json")
    suggestions = json.loads(out)
    least = min_confidence("ru")
    sure = [s for s in suggestions if s["confidence"] >= least and s["speaker"]]
    assert 1 <= len(sure) < len(suggestions)
    code, out = run(db, capsys, "suggest", "1", "--accept-min", "--json")
    assert code == 0
    assert sorted((s["start"], s["end"]) for s in json.loads(out)) == sorted(
        (s["start"], s["end"]) for s in sure
    )


def test_accept_min_never_stores_a_pronoun_naming_no_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    article = tmp_path / "article.txt"
    article.write_text(
        "Министр Анна Лебедева заявила: «Мост откроют весной».\n"
        "Они утверждают, что новый мост через реку откроют к осени.\n",
        encoding="utf-8",
    )
    run(db, capsys, "import", str(article))
    _, out = run(db, capsys, "suggest", "1", "--json")
    assert "Они" in {s["speaker"] for s in json.loads(out)}
    code, out = run(db, capsys, "suggest", "1", "--accept-min", "0", "--json")
    assert code == 0
    assert [s["speaker"] for s in json.loads(out)] == ["Анна Лебедева"]
    _, out = run(db, capsys, "speakers", "--json")
    assert "Они" not in out


def test_accept_min_leaves_none_at_the_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Storing Lopez's first quote raises her next one to the bar: the same command stores it."""
    article = tmp_path / "lopez.txt"
    article.write_text(
        "Senator Maria Lopez spoke to reporters in Austin on Tuesday.\n"
        '"We will not accept these cuts to the school budget," Lopez said.\n'
        'She added that the state had money to spare. "The surplus is larger than anyone '
        'admits," she said.\n'
        'Governor Tom Briggs disagreed. "There is no surplus," Briggs said.\n',
        encoding="utf-8",
    )
    db = tmp_path / "c.db"
    assert run(db, capsys, "import", str(article))[0] == 0
    before = json.loads(run(db, capsys, "suggest", "1", "--json")[1])
    assert any(s["confidence"] < 0.9 and s["text"].startswith("The surplus") for s in before)
    code, out = run(db, capsys, "suggest", "1", "--accept-min", "0.9", "--json")
    assert code == 0
    stored = json.loads(out)
    assert any(s["text"].startswith("The surplus") for s in stored)
    after = json.loads(run(db, capsys, "suggest", "1", "--json")[1])
    assert all(s["confidence"] < 0.9 for s in after)
