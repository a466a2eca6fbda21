"""Claim clusters (issue 19): gathered from "same claim" links and almost certain matches,
confirmed, split and merged as undoable edits, refused when stale; verdicts and the claims
filtered by them; migration 0011. Every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from catalogue_backends import migrate
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.clusters import VerdictStatus
from claimdesk.core.domain.errors import ConflictError, InvalidValueError, NotFoundError

QUOTE = "Азербайджан никогда не согласится на такие условия переговоров о мире"
OTHER = "Цены на газ в следующем году вырастут вдвое"


def _article(catalogue: Catalogue, body: str, published: str | None, outlet: str) -> int:
    text = f"Заголовок статьи {outlet} {published}\n\nГлава МИД 🙂 заявил: «{body}». Конец."
    return catalogue.add_article(text, outlet=outlet, published=published, language="ru").id


def _claim(catalogue: Catalogue, article: int, quote: str, speaker: str) -> int:
    return catalogue.attribute_quote(article, quote, speaker, kind="direct").id


@pytest.fixture
def three(catalogue: Catalogue) -> list[int]:
    """Three appearances of one claim: 28 July, 1 July, and an article with no date."""
    late = _claim(catalogue, _article(catalogue, QUOTE, "2024-07-28", "Спутник"), QUOTE, "Байрамов")
    early = _claim(catalogue, _article(catalogue, QUOTE, "2024-07-01", "ТАСС"), QUOTE, "Алиев")
    undated = _claim(catalogue, _article(catalogue, QUOTE, None, "Блог"), QUOTE, "Байрамов")
    return [late, early, undated]


def test_same_claim_links_gather_into_one_cluster_first_appearance_earliest(
    catalogue: Catalogue, three: list[int]
) -> None:
    late, early, undated = three
    catalogue.link_claims(late, early, "same")
    catalogue.link_claims(undated, late, "same")
    result = catalogue.gather_clusters(almost_certain=False)
    assert result.claims_added == 3 and len(result.created) == 1
    [cluster] = catalogue.list_clusters()
    assert cluster.size == 3 and cluster.first.claim_id == early
    assert cluster.first.published == "2024-07-01" and cluster.first.speaker_name == "Алиев"
    assert cluster.last_published == "2024-07-28"
    assert cluster.status is VerdictStatus.UNCHECKED and not cluster.confirmed
    detail = catalogue.get_cluster(cluster.id)
    assert [a.claim_id for a in detail.appearances] == [early, late, undated]
    assert [a.outlet for a in detail.appearances] == ["ТАСС", "Спутник", "Блог"]
    assert catalogue.cluster_of_claim(late) == cluster.id
    # one undo step, and redo puts it back as it was
    catalogue.undo()
    assert catalogue.list_clusters() == [] and catalogue.cluster_of_claim(late) is None
    catalogue.redo()
    assert [a.claim_id for a in catalogue.get_cluster(cluster.id).appearances] == [
        early,
        late,
        undated,
    ]


def test_similar_and_contradicting_links_do_not_make_clusters(
    catalogue: Catalogue, three: list[int]
) -> None:
    late, early, undated = three
    catalogue.link_claims(late, early, "similar")
    catalogue.link_claims(late, undated, "contradicts")
    assert catalogue.gather_clusters(almost_certain=False).claims_added == 0
    assert catalogue.list_clusters() == []


def test_almost_certain_matches_join_clusters_without_links(
    catalogue: Catalogue, three: list[int]
) -> None:
    unrelated = _claim(catalogue, _article(catalogue, OTHER, "2024-07-02", "РБК"), OTHER, "Новак")
    result = catalogue.gather_clusters(almost_certain=True)
    assert result.claims_added == 3
    [cluster] = catalogue.list_clusters()
    assert {a.claim_id for a in catalogue.get_cluster(cluster.id).appearances} == set(three)
    assert catalogue.cluster_of_claim(unrelated) is None


def test_gathering_again_keeps_what_the_user_split_and_adds_new_appearances(
    catalogue: Catalogue, three: list[int]
) -> None:
    late, early, undated = three
    catalogue.link_claims(late, early, "same")
    catalogue.link_claims(undated, late, "same")
    catalogue.gather_clusters(almost_certain=False)
    [cluster] = catalogue.list_clusters()
    confirmed = catalogue.confirm_cluster(cluster.id, expected_version=cluster.version)
    assert confirmed.confirmed and confirmed.version == cluster.version + 1
    split = catalogue.split_cluster(cluster.id, [undated])
    assert split.size == 1 and split.confirmed
    # a new appearance linked to one already clustered
    newer = _claim(catalogue, _article(catalogue, QUOTE, "2024-08-05", "РИА"), QUOTE, "Алиев")
    catalogue.link_claims(newer, early, "same")
    result = catalogue.gather_clusters(almost_certain=False)
    assert result.claims_added == 1 and result.extended == (cluster.id,)
    assert catalogue.cluster_of_claim(undated) == split.id  # not put back
    kept = catalogue.get_cluster(cluster.id)
    assert [a.claim_id for a in kept.appearances] == [early, late, newer]
    assert not kept.cluster.confirmed  # it has a member the user has not seen


def test_split_is_one_undo_step_and_refuses_what_it_cannot_do(
    catalogue: Catalogue, three: list[int]
) -> None:
    late, early, undated = three
    catalogue.link_claims(late, early, "same")
    catalogue.link_claims(undated, late, "same")
    catalogue.gather_clusters(almost_certain=False)
    [cluster] = catalogue.list_clusters()
    with pytest.raises(InvalidValueError, match="at least one claim"):
        catalogue.split_cluster(cluster.id, three)
    stranger = _claim(catalogue, _article(catalogue, OTHER, "2024-07-02", "РБК"), OTHER, "Новак")
    with pytest.raises(InvalidValueError, match=f"Claim {stranger} is not in cluster"):
        catalogue.split_cluster(cluster.id, [late, stranger])
    with pytest.raises(NotFoundError):
        catalogue.split_cluster(cluster.id + 100, [late])
    new = catalogue.split_cluster(cluster.id, [late, early])
    assert new.first.claim_id == early and new.size == 2
    assert catalogue.get_cluster(cluster.id).cluster.size == 1
    assert catalogue.history.undo_description == f"Split cluster {cluster.id}"
    catalogue.undo()
    assert [c.id for c in catalogue.list_clusters()] == [cluster.id]
    assert catalogue.get_cluster(cluster.id).cluster.size == 3
    with pytest.raises(NotFoundError):
        catalogue.get_cluster(new.id)


def test_merge_moves_every_claim_keeps_a_verdict_and_undoes_in_one_step(
    catalogue: Catalogue, three: list[int]
) -> None:
    late, early, undated = three
    catalogue.link_claims(late, early, "same")
    catalogue.gather_clusters(almost_certain=False)
    [first] = catalogue.list_clusters()
    other = _claim(catalogue, _article(catalogue, QUOTE, "2024-09-01", "РИА"), QUOTE, "Алиев")
    catalogue.link_claims(undated, other, "same")
    catalogue.gather_clusters(almost_certain=False)
    second = next(c for c in catalogue.list_clusters() if c.id != first.id)
    catalogue.set_verdict(
        second.id, "false", review_url="https://factcheck.example/ru/мир", reviewer="Ирина"
    )
    merged = catalogue.merge_clusters(first.id, [second.id])
    assert merged.size == 4 and merged.first.claim_id == early
    assert merged.status is VerdictStatus.FALSE and merged.reviewer == "Ирина"
    assert [c.id for c in catalogue.list_clusters()] == [first.id]
    catalogue.undo()
    assert sorted(c.size for c in catalogue.list_clusters()) == [2, 2]
    assert catalogue.get_cluster(first.id).cluster.status is VerdictStatus.UNCHECKED
    assert catalogue.get_cluster(second.id).cluster.status is VerdictStatus.FALSE
    with pytest.raises(InvalidValueError, match="other cluster"):
        catalogue.merge_clusters(first.id, [first.id])


def test_a_stale_edit_from_another_desk_is_refused(
    catalogue: Catalogue, catalogue_url: str, three: list[int]
) -> None:
    late, early, _undated = three
    catalogue.link_claims(late, early, "same")
    catalogue.gather_clusters(almost_certain=False)
    [seen] = catalogue.list_clusters()
    with Catalogue.open(catalogue_url) as colleague:
        colleague.set_verdict(seen.id, "mostly_true", explanation="Проверено по документам")
    for edit in (
        lambda: catalogue.set_verdict(seen.id, "false", expected_version=seen.version),
        lambda: catalogue.split_cluster(seen.id, [late], expected_version=seen.version),
        lambda: catalogue.confirm_cluster(seen.id, expected_version=seen.version),
        lambda: catalogue.merge_clusters(
            seen.id, [seen.id + 1], expected_versions={seen.id: seen.version}
        ),
    ):
        with pytest.raises(ConflictError):
            edit()
    now = catalogue.get_cluster(seen.id).cluster
    assert now.status is VerdictStatus.MOSTLY_TRUE and now.size == 2
    assert now.explanation == "Проверено по документам"


def test_deleting_a_clustered_claim_and_undoing_puts_it_back_in_its_cluster(
    catalogue: Catalogue, three: list[int]
) -> None:
    late, early, _undated = three
    catalogue.link_claims(late, early, "same")
    catalogue.gather_clusters(almost_certain=False)
    [cluster] = catalogue.list_clusters()
    catalogue.delete_claims([early])
    assert catalogue.get_cluster(cluster.id).cluster.first.claim_id == late
    catalogue.undo()
    assert catalogue.get_cluster(cluster.id).cluster.first.claim_id == early


def test_verdicts_their_checks_and_filtering_by_status(
    catalogue: Catalogue, three: list[int]
) -> None:
    late, early, undated = three
    catalogue.link_claims(late, early, "same")
    catalogue.gather_clusters(almost_certain=False)
    [cluster] = catalogue.list_clusters()
    with pytest.raises(InvalidValueError, match="choose one of"):
        catalogue.set_verdict(cluster.id, "pants on fire")
    for not_an_address in ("javascript:alert(1)", "https://", "https://desk.example/a b"):
        with pytest.raises(InvalidValueError, match="is not a web address"):
            catalogue.set_verdict(cluster.id, "false", review_url=not_an_address)
    with pytest.raises(InvalidValueError, match="too long"):
        catalogue.set_verdict(cluster.id, "false", explanation="я" * 20_001)
    with pytest.raises(InvalidValueError, match="not a date"):
        catalogue.set_verdict(cluster.id, "false", reviewed_on="28/07/2024")
    catalogue.user_name = "Ольга"
    rated = catalogue.set_verdict(
        cluster.id,
        "Mostly false",
        explanation="Переговоры шли, условия не обсуждались",
        review_url="https://factcheck.example/a/1",
    )
    assert rated.status is VerdictStatus.MOSTLY_FALSE and rated.reviewer == "Ольга"
    assert rated.reviewed_on is not None and len(rated.reviewed_on) == 10
    assert rated.explanation == "Переговоры шли, условия не обсуждались"
    assert [c.id for c in catalogue.list_clusters("mostly_false")] == [cluster.id]
    assert catalogue.list_clusters(VerdictStatus.TRUE) == []
    assert [a.claim_id for a in catalogue.claims_with_status("mostly_false")] == [early, late]
    assert catalogue.claims_with_status("unchecked") == []
    assert undated not in {a.claim_id for a in catalogue.claims_with_status("mostly_false")}
    catalogue.undo()
    assert catalogue.get_cluster(cluster.id).cluster.status is VerdictStatus.UNCHECKED


def test_migration_0011_goes_down_and_up(catalogue: Catalogue, three: list[int]) -> None:
    catalogue.link_claims(three[0], three[1], "same")
    catalogue.gather_clusters(almost_certain=False)
    migrate(catalogue, "0010", down=True)
    tables = inspect(catalogue.engine).get_table_names()
    assert "claim_cluster" not in tables and "claim_cluster_member" not in tables
    migrate(catalogue, "head", down=False)
    catalogue.history.clear()  # its edit names rows the downgrade dropped
    assert catalogue.list_clusters() == []
    assert catalogue.gather_clusters(almost_certain=False).claims_added == 2


def test_a_copy_of_the_catalogue_keeps_its_clusters_and_verdicts(
    catalogue: Catalogue, catalogue_url: str, three: list[int], tmp_path: Path
) -> None:
    from claimdesk.core.catalogue import copy_catalogue

    catalogue.link_claims(three[0], three[1], "same")
    catalogue.gather_clusters(almost_certain=False)
    [cluster] = catalogue.list_clusters()
    catalogue.set_verdict(cluster.id, "true", review_url="https://factcheck.example/1")
    copy_catalogue(catalogue_url, tmp_path / "copy.sqlite")
    with Catalogue.open(tmp_path / "copy.sqlite") as copy:
        assert copy.list_clusters() == catalogue.list_clusters()
        # the copy's new clusters take ids after the copied ones
        copy.split_cluster(cluster.id, [three[0]])
        assert sorted(c.id for c in copy.list_clusters()) == [cluster.id, cluster.id + 1]
