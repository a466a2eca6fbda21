"""The catalogue's verdict statuses (issue 19, migration 0012): labels a desk renames, statuses
it adds and orders, one in use that cannot be removed; every change one undo step, a stale one
refused; clusters, ClaimReview and the claim filter (listing and CSV/JSON export by status) use
them. Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import inspect

from catalogue_backends import migrate
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.clusters import VerdictStatus
from claimdesk.core.domain.errors import (
    ConflictError,
    DuplicateError,
    InvalidValueError,
    StatusInUseError,
)
from claimdesk.core.domain.records import ClaimFilter

QUOTE = "Азербайджан никогда не согласится на такие условия переговоров о мире"
OTHER = "Цены на газ в следующем году вырастут вдвое"
THIRD = "Граница будет открыта уже весной"


def _claim(catalogue: Catalogue, quote: str, outlet: str, published: str) -> int:
    text = f"Заголовок {outlet}\n\nГлава МИД 🙂 заявил: «{quote}». Конец."
    article = catalogue.add_article(text, outlet=outlet, published=published, language="ru").id
    return catalogue.attribute_quote(article, quote, "Байрамов", kind="direct").id


@pytest.fixture
def clusters(catalogue: Catalogue) -> dict[str, list[int]]:
    """Two clusters of two claims each (QUOTE, OTHER) and one claim in no cluster (THIRD)."""
    made: dict[str, list[int]] = {}
    for quote in (QUOTE, OTHER):
        a = _claim(catalogue, quote, "Спутник", "2024-07-01")
        b = _claim(catalogue, quote, "ТАСС", "2024-07-28")
        catalogue.link_claims(a, b, "same")
        made[quote] = [a, b]
    made[THIRD] = [_claim(catalogue, THIRD, "Блог", "2024-08-01")]
    catalogue.gather_clusters(almost_certain=False)
    return made


def _cluster_of(catalogue: Catalogue, claim_id: int) -> int:
    found = catalogue.cluster_of_claim(claim_id)
    assert found is not None
    return found


def test_the_eight_defaults_in_order_and_a_renamed_label_shown_everywhere(
    catalogue: Catalogue, clusters: dict[str, list[int]]
) -> None:
    labels = catalogue.verdict_labels()
    assert [(v.key, v.label) for v in labels] == [(s.value, s.label) for s in VerdictStatus]
    assert [v.rated for v in labels] == [s.rated for s in VerdictStatus]
    cluster = _cluster_of(catalogue, clusters[QUOTE][0])
    catalogue.set_verdict(cluster, "false", review_url="https://factcheck.example/1")
    false = catalogue.verdict_label("false")
    assert false.clusters == 1
    renamed = catalogue.rename_verdict_label(
        "false", "  Ложь   «полная» ", expected_version=false.version
    )
    assert renamed.label == "Ложь «полная»" and renamed.version == false.version + 1
    shown = catalogue.get_cluster(cluster).cluster
    assert shown.status == "false" and shown.status_label == "Ложь «полная»"
    review = catalogue.cluster_claim_review(cluster)
    assert review["reviewRating"]["alternateName"] == "Ложь «полная»"
    assert review["reviewRating"]["ratingValue"] == 1
    # the label names the status too, as the key does
    assert catalogue.verdict_label("ложь «ПОЛНАЯ»").key == "false"
    with pytest.raises(ConflictError):
        catalogue.rename_verdict_label("false", "Неправда", expected_version=false.version)
    with pytest.raises(DuplicateError, match="Mixed"):
        catalogue.rename_verdict_label("false", "mixed")
    with pytest.raises(InvalidValueError, match="label"):
        catalogue.rename_verdict_label("false", "   ")
    catalogue.undo()
    assert catalogue.get_cluster(cluster).cluster.status_label == "False"


def test_a_desks_own_status_added_ordered_used_and_not_removed_while_in_use(
    catalogue: Catalogue, clusters: dict[str, list[int]]
) -> None:
    added = catalogue.add_verdict_label("Вырвано из контекста")
    assert added.key == "вырвано_из_контекста"[:20].strip("_")
    assert added.position == 8 and added.rated and added.clusters == 0
    explicit = catalogue.add_verdict_label("Satire", "satire", rated=False)
    assert explicit.key == "satire" and not explicit.rated
    with pytest.raises(DuplicateError):
        catalogue.add_verdict_label("Другое", "satire")
    with pytest.raises(InvalidValueError, match="one word"):
        catalogue.add_verdict_label("Другое", "two words")
    with pytest.raises(DuplicateError):
        catalogue.add_verdict_label("SATIRE")

    cluster = _cluster_of(catalogue, clusters[QUOTE][0])
    info = catalogue.set_verdict(
        cluster, "вырвано из контекста", review_url="https://factcheck.example/2"
    )
    assert info.status == added.key and info.status_label == "Вырвано из контекста"
    assert catalogue.history.undo_description == "Verdict: Вырвано из контекста"
    review = catalogue.cluster_claim_review(cluster)
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Вырвано из контекста"}
    assert [c.id for c in catalogue.list_clusters(added.key)] == [cluster]

    order = [v.key for v in catalogue.verdict_labels()]
    wanted = [added.key, *[k for k in order if k != added.key]]
    assert [v.key for v in catalogue.reorder_verdict_labels(wanted)] == wanted
    with pytest.raises(ConflictError):
        catalogue.reorder_verdict_labels(wanted[1:])
    catalogue.undo()
    assert [v.key for v in catalogue.verdict_labels()] == order

    with pytest.raises(StatusInUseError, match="1 cluster has it") as refused:
        catalogue.remove_verdict_label(added.key)
    assert "Nothing was changed" in str(refused.value) and refused.value.clusters == 1
    with pytest.raises(InvalidValueError, match="new clusters start with it"):
        catalogue.remove_verdict_label("unchecked")
    assert catalogue.verdict_label(added.key).clusters == 1

    satire = catalogue.verdict_label("satire")
    catalogue.rename_verdict_label("satire", "Сатира")  # as a colleague might, meanwhile
    with pytest.raises(ConflictError):
        catalogue.remove_verdict_label("satire", expected_version=satire.version)
    catalogue.remove_verdict_label("satire")
    assert catalogue.history.undo_description == "Remove status Сатира"
    with pytest.raises(InvalidValueError, match="choose one of"):
        catalogue.set_verdict(cluster, "satire")
    catalogue.undo()
    assert catalogue.verdict_label("satire").label == "Сатира"


def test_filtering_and_exporting_claims_by_their_clusters_status(
    catalogue: Catalogue, clusters: dict[str, list[int]], tmp_path: Path
) -> None:
    catalogue.add_verdict_label("Вырвано из контекста", "context")
    catalogue.set_verdict(_cluster_of(catalogue, clusters[QUOTE][0]), "false")
    catalogue.set_verdict(_cluster_of(catalogue, clusters[OTHER][0]), "context")
    by_status = {
        status: ClaimFilter(status=status) for status in ("false", "context", "unchecked", "true")
    }
    assert sorted(c.id for c in catalogue.list_claims(by_status["false"])) == clusters[QUOTE]
    assert sorted(c.id for c in catalogue.list_claims(by_status["context"])) == clusters[OTHER]
    # "unchecked": every claim no verdict covers yet, in an unchecked cluster or in none
    every = {c.id for c in catalogue.list_claims()}
    checked = set(clusters[QUOTE]) | set(clusters[OTHER])
    unchecked = sorted(every - checked)
    assert unchecked, "the fixture has claims no verdict covers"
    assert sorted(c.id for c in catalogue.list_claims(by_status["unchecked"])) == unchecked
    assert catalogue.count_claims(by_status["unchecked"]) == len(unchecked)
    assert catalogue.count_claims(by_status["false"]) == 2
    assert catalogue.count_claims(by_status["true"]) == 0
    both = ClaimFilter(status="false", outlet="тасс")
    assert [c.id for c in catalogue.list_claims(both)] == [clusters[QUOTE][1]]

    csv_path = tmp_path / "false.csv"
    assert catalogue.export_claims(csv_path, "csv", by_status["false"]) == 2
    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted(int(r["claim_id"]) for r in rows) == clusters[QUOTE]
    assert {r["quote"] for r in rows} == {QUOTE}

    json_path = tmp_path / "context.json"
    assert catalogue.export_claims(json_path, "json", by_status["context"]) == 2
    document = json.loads(json_path.read_text(encoding="utf-8"))
    assert sorted(c["id"] for c in document["claims"]) == clusters[OTHER]
    # a cluster's verdict taken back to unchecked: its claims are unchecked again
    catalogue.set_verdict(_cluster_of(catalogue, clusters[OTHER][0]), "unchecked")
    unchecked = sorted(every - set(clusters[QUOTE]))
    assert sorted(c.id for c in catalogue.list_claims(by_status["unchecked"])) == unchecked


def test_migration_0012_goes_down_and_up(
    catalogue: Catalogue, clusters: dict[str, list[int]]
) -> None:
    catalogue.add_verdict_label("Сатира", "satire")
    own = _cluster_of(catalogue, clusters[QUOTE][0])
    rated = _cluster_of(catalogue, clusters[OTHER][0])
    catalogue.set_verdict(own, "satire")
    catalogue.set_verdict(rated, "mostly_true")
    migrate(catalogue, "0011", down=True)
    assert "verdict_status" not in inspect(catalogue.engine).get_table_names()
    migrate(catalogue, "head", down=False)
    catalogue.history.clear()  # its edits name rows the downgrade dropped
    assert [v.key for v in catalogue.verdict_labels()] == [s.value for s in VerdictStatus]
    # the desk's own status could not survive the old CHECK: its cluster is unchecked again
    assert catalogue.get_cluster(own).cluster.status is VerdictStatus.UNCHECKED
    assert catalogue.get_cluster(rated).cluster.status is VerdictStatus.MOSTLY_TRUE
    assert catalogue.get_cluster(rated).cluster.status_label == "Mostly true"


def test_a_copy_keeps_the_desks_statuses(
    catalogue: Catalogue, catalogue_url: str, clusters: dict[str, list[int]], tmp_path: Path
) -> None:
    from claimdesk.core.catalogue import copy_catalogue

    catalogue.rename_verdict_label("true", "Правда")
    catalogue.add_verdict_label("Сатира", "satire")
    catalogue.set_verdict(_cluster_of(catalogue, clusters[QUOTE][0]), "satire")
    copy_catalogue(catalogue_url, tmp_path / "copy.sqlite")
    with Catalogue.open(tmp_path / "copy.sqlite") as copy:
        assert copy.verdict_labels() == catalogue.verdict_labels()
        assert copy.list_clusters() == catalogue.list_clusters()
