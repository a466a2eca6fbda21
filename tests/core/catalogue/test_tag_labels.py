"""Tags are shown as typed (migration 0017) and found, filtered and counted by their folded form:
"Карабах" and "карабах" are one tag, shown "Карабах"."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import InvalidValueError
from claimdesk.core.domain.records import CatalogueChange, ClaimFilter
from claimdesk.core.storage import db


def test_a_tag_is_shown_as_typed_and_found_in_any_case(
    catalogue: Catalogue, sample_article: int, tmp_path: Path
) -> None:
    first = catalogue.attribute_quote(
        sample_article, "Байрамов отметил", "Джейхун Байрамов", tags=["Карабах", "COVID-19"]
    )
    assert first.tags == ("COVID-19", "Карабах")  # in the order of the folded tags
    # typed in lower case later: one tag, still shown as first spelt
    second = catalogue.attribute_quote(sample_article, "Байрамов", None, tags=["карабах"])
    assert catalogue.get_claim(second.id).tags == ("Карабах",)
    assert catalogue.list_tags() == ["COVID-19", "Карабах"]
    for asked in ("карабах", "КАРАБАХ", "Карабах"):
        found = catalogue.list_claims(ClaimFilter(tag=asked))
        assert {c.id for c in found} == {first.id, second.id}, asked
    assert {(c.key, c.label, c.claims) for c in catalogue.statistics().by_tag} == {
        ("карабах", "Карабах", 2),
        ("covid-19", "COVID-19", 1),
    }
    profile = catalogue.speaker_profile(first.speaker_id or 0)
    assert {c.label for c in profile.tags} == {"COVID-19", "Карабах"}

    out = tmp_path / "claims.csv"
    catalogue.export_csv(out)
    with out.open(encoding="utf-8", newline="") as handle:
        tags = {row["claim_id"]: row["tags"] for row in csv.DictReader(handle)}
    assert tags == {str(first.id): "COVID-19; Карабах", str(second.id): "Карабах"}

    # a spelling with capitals replaces the one before, everywhere; ё is kept as typed
    catalogue.update_claim(second.id, tags=["КАРАБАХ", "Ёлка"])
    assert catalogue.get_claim(first.id).tags == ("COVID-19", "КАРАБАХ")
    assert catalogue.get_claim(second.id).tags == ("Ёлка", "КАРАБАХ")
    # the same tags respelt: an edit of the claim, which those who show it hear of
    heard: list[CatalogueChange] = []
    catalogue.subscribe(heard.append)
    version = catalogue.get_claim(second.id).version
    catalogue.update_claim(second.id, tags=["Карабах", "ёлка"])
    assert catalogue.get_claim(second.id).version == version + 1
    assert catalogue.get_claim(second.id).tags == ("ёлка", "Карабах")
    assert heard and second.id in heard[-1].claim_ids
    assert "claim_tag" in heard[-1].tables  # lists of tags are read again
    catalogue.undo()  # the claim as it was; the spelling stays (it is not an edit's)
    assert catalogue.get_claim(second.id).tags == ("ёлка", "Карабах")
    catalogue.redo()
    heard.clear()
    # typed in lower case: nothing to change
    version = catalogue.get_claim(second.id).version
    catalogue.update_claim(second.id, tags=["карабах", "елка"])
    assert catalogue.get_claim(second.id).version == version
    assert not heard


def test_tags_made_before_0017_are_shown_folded_until_typed_again(
    catalogue: Catalogue, sample_article: int
) -> None:
    claim = catalogue.attribute_quote(sample_article, "Байрамов отметил", None, tags=["Баку"])
    with catalogue.engine.begin() as connection:  # as a catalogue of 0016 holds it: no label
        connection.execute(text("DELETE FROM tag_label"))
    assert catalogue.get_claim(claim.id).tags == ("баку",)
    assert catalogue.list_tags() == ["баку"]
    catalogue.update_claim(claim.id, tags=["Баку"])
    assert catalogue.get_claim(claim.id).tags == ("Баку",)


def test_the_migration_adds_the_labels_table_and_keeps_the_tags(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with Catalogue.open(path) as catalogue:
        article = catalogue.add_article("Мэр сказал: мосты построят.", title="Мосты").id
        catalogue.attribute_quote(article, "мосты построят", "Мэр", tags=["Мосты"])
    from alembic import command

    config = db.alembic_config()
    engine = db.create_catalogue_engine(f"sqlite:///{path}")
    with engine.connect().execution_options(claimdesk_write=True) as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0016")
        connection.commit()
        assert "tag_label" not in inspect(connection).get_table_names()
    engine.dispose()
    with Catalogue.open(path) as catalogue:  # opening upgrades it again
        assert catalogue.schema_revision() == "0017"
        (claim,) = catalogue.list_claims()
        assert claim.tags == ("мосты",)  # its spelling went with the table


def test_bad_tags_are_refused_or_cleaned_and_nothing_is_half_written(
    catalogue: Catalogue, sample_article: int
) -> None:
    """A tag too long as typed or once folded ("ß" is "ss") is refused with the limit, and the
    catalogue is as it was; control characters are left out; a tag with nothing visible in it
    is no tag."""
    before = catalogue.count_claims()
    for too_long in (["т" * 201], ["ß" * 150], ["Мосты", "ﬃ" * 80]):
        with pytest.raises(InvalidValueError, match="at most 200 characters"):
            catalogue.attribute_quote(sample_article, "Байрамов", None, tags=too_long)
        assert catalogue.count_claims() == before
        assert catalogue.list_tags() == []
    claim = catalogue.attribute_quote(
        sample_article, "Байрамов", None, tags=["\x00Мосты\x07", "  ", "\u200b", "a\nb"]
    )
    assert claim.tags == ("a b", "Мосты")
    assert catalogue.list_tags() == ["a b", "Мосты"]
