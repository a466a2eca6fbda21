"""What the Clusters tab asks of the core (issue 19): the almost certain matches found apart
from storing them (with progress, and stopped when asked), a cluster's ClaimReview written to a
file whole or not at all, and the count of clusters. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import InvalidValueError

QUOTE = "Азербайджан никогда не согласится на такие условия переговоров о мире"


def _two_appearances(catalogue: Catalogue) -> list[int]:
    ids = []
    for outlet, published in (("ТАСС", "2024-07-01"), ("Спутник", "2024-07-28")):
        article = catalogue.add_article(
            f"{outlet} 🙂\n\nГлава МИД заявил: «{QUOTE}». Конец.",
            outlet=outlet,
            published=published,
            url=f"https://{outlet.lower()}.example/мир",
        ).id
        ids.append(catalogue.attribute_quote(article, QUOTE, "Джейхун Байрамов").id)
    return ids


def test_matches_found_beforehand_are_stored_as_one_gathering(catalogue: Catalogue) -> None:
    first, second = _two_appearances(catalogue)
    seen: list[tuple[int, int]] = []
    pairs = catalogue.almost_certain_pairs(
        progress=lambda done, total: not seen.append((done, total))
    )
    assert seen == [(1, 2), (2, 2)]
    assert pairs is not None and {tuple(sorted(p)) for p in pairs} == {(first, second)}
    assert catalogue.list_clusters() == []  # reading only
    result = catalogue.gather_clusters(almost_certain=False, pairs=pairs)
    assert result.claims_added == 2
    assert catalogue.cluster_of_claim(first) == catalogue.cluster_of_claim(second)
    assert catalogue.count_clusters() == 1
    catalogue.undo()
    assert catalogue.count_clusters() == 0


def test_a_search_stopped_by_its_progress_gives_nothing(catalogue: Catalogue) -> None:
    _two_appearances(catalogue)
    told: list[int] = []
    assert (
        catalogue.almost_certain_pairs(progress=lambda done, _t: told.append(done) and False)
        is None
    )
    assert told == [1]


def test_claim_review_file_is_refused_without_a_finding_and_written_whole(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    first, _second = _two_appearances(catalogue)
    catalogue.gather_clusters()
    cluster = catalogue.cluster_of_claim(first)
    assert cluster is not None
    folder = tmp_path / "проверки"
    folder.mkdir()
    target = folder / "проверка.jsonld"
    with pytest.raises(InvalidValueError, match="without a finding"):
        catalogue.export_claim_review(cluster, target)
    assert list(folder.iterdir()) == []
    catalogue.set_verdict(cluster, "false", review_url="https://desk.example/1", reviewer="Ирина")
    catalogue.export_claim_review(cluster, target)
    review = json.loads(target.read_text(encoding="utf-8"))
    assert review == catalogue.cluster_claim_review(cluster)
    assert "Азербайджан" in target.read_text(encoding="utf-8")  # not \\u-escaped
    assert [a["url"] for a in review["itemReviewed"]["appearance"]] == [
        "https://тасс.example/мир",
        "https://спутник.example/мир",
    ]
    assert [p.name for p in folder.iterdir()] == [target.name]
