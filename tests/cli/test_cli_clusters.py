"""claimdesk-cli clusters, cluster, verdict and stats (issue 19), on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue

QUOTE = "Азербайджан никогда не согласится на такие условия переговоров о мире"


class Cli:
    def __init__(self, db: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main([args[0], "--db", str(self.db), *args[1:]])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> object:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(catalogue_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(catalogue_url, capsys)


@pytest.fixture
def claims(catalogue_url: str) -> list[int]:
    """Three appearances of one claim (the second the earliest), the first two linked."""
    ids = []
    with Catalogue.open(catalogue_url) as catalogue:
        for published, outlet, speaker in (
            ("2024-07-28", "Спутник", "Байрамов"),
            ("2024-07-01", "ТАСС", "Алиев"),
            ("2024-08-03", "РИА", "Байрамов"),
        ):
            text = f"{outlet}\n\nГлава МИД 🙂 заявил: «{QUOTE}». Конец."
            article = catalogue.add_article(
                text, outlet=outlet, published=published, url=f"https://example.org/{outlet}"
            ).id
            ids.append(catalogue.attribute_quote(article, QUOTE, speaker).id)
        catalogue.link_claims(ids[0], ids[1], "same")
        catalogue.link_claims(ids[2], ids[1], "same")
    return ids


def test_gather_list_show_and_judge_a_cluster(cli: Cli, claims: list[int]) -> None:
    assert cli.json("clusters") == []
    code, out, err = cli("clusters", "--gather", "--links-only")
    assert code == 0, err
    assert out.startswith("Gathered 3 claims: 1 new cluster, 0 grown.\n")
    assert "3 claims\tUnchecked\t2024-07-01\tАлиев\t“Азербайджан" in out
    [listed] = cli.json("clusters")  # type: ignore[misc]
    assert listed["size"] == 3 and listed["first_appearance"]["claim_id"] == claims[1]
    cluster = str(listed["id"])

    code, out, _ = cli("cluster", cluster)
    lines = out.splitlines()
    assert lines[0] == f"Cluster {cluster}: 3 claims, Unchecked"
    assert lines[1].startswith("* 2024-07-01\tАлиев\tТАСС")
    assert lines[2].startswith("  2024-07-28\tБайрамов\tСпутник")
    shown = cli.json("cluster", cluster)
    assert [a["claim_id"] for a in shown["appearances"]] == [claims[1], claims[0], claims[2]]  # type: ignore[index]

    code, _, err = cli("cluster", cluster, "--claimreview")
    assert code == 1 and "cannot be exported as a ClaimReview" in err

    code, out, err = cli(
        "verdict",
        cluster,
        "--status",
        "mostly false",
        "--url",
        "https://factcheck.example/проверка",
        "--explanation",
        "Условия не обсуждались",
        "--reviewer",
        "Ирина",
        "--date",
        "2024-08-05",
    )
    assert (code, out) == (0, f"Cluster {cluster}: Mostly false\n"), err
    code, out, err = cli("cluster", cluster, "--claimreview")
    assert code == 0, err
    review = json.loads(out)
    assert review["@type"] == "ClaimReview" and review["claimReviewed"] == QUOTE
    assert review["reviewRating"]["alternateName"] == "Mostly false"
    assert review["url"] == "https://factcheck.example/проверка"
    assert len(review["itemReviewed"]["appearance"]) == 3

    assert [c["id"] for c in cli.json("clusters", "--status", "mostly_false")] == [  # type: ignore[union-attr]
        int(cluster)
    ]
    assert cli.json("clusters", "--status", "true") == []
    by_status = cli.json("clusters", "--status", "mostly-false", "--claims")
    assert [a["claim_id"] for a in by_status] == [claims[1], claims[0], claims[2]]  # type: ignore[union-attr]


def test_split_merge_and_confirm_from_the_command_line(cli: Cli, claims: list[int]) -> None:
    cli("clusters", "--gather", "--links-only")
    [listed] = cli.json("clusters")  # type: ignore[misc]
    cluster = str(listed["id"])
    split = cli.json("cluster", cluster, "--split", str(claims[2]))
    assert split["size"] == 2 and split["split_into"] != listed["id"]  # type: ignore[index]
    assert sorted(c["size"] for c in cli.json("clusters")) == [1, 2]  # type: ignore[union-attr]
    code, out, err = cli("cluster", cluster, "--merge", str(split["split_into"]), "--confirm")  # type: ignore[index]
    assert code == 0, err
    assert out.splitlines()[:2] == [
        f"Merged 1 cluster ({split['split_into']}) into {cluster}.",  # type: ignore[index]
        f"Cluster {cluster}: 3 claims, Unchecked, confirmed",
    ]


def test_bad_status_and_unknown_cluster_are_one_line_errors(cli: Cli, claims: list[int]) -> None:
    code, _, err = cli("verdict", "1", "--status", "pants-on-fire")
    assert code == 1 and "choose one of: unchecked, in_progress" in err
    code, _, err = cli("cluster", "999")
    assert code == 1 and err.count("\n") == 1 and "999" in err
    code, _, err = cli("clusters", "--claims")
    assert code == 1 and "--status" in err


def test_stats_counts_claims(cli: Cli, claims: list[int]) -> None:
    stats = cli.json("stats")
    assert stats["claims"] == 3  # type: ignore[index]
    assert {(c["label"], c["claims"]) for c in stats["by_speaker"]} == {  # type: ignore[index]
        ("Байрамов", 2),
        ("Алиев", 1),
    }
    assert [(c["key"], c["claims"]) for c in stats["by_month"]] == [  # type: ignore[index]
        ("2024-07", 2),
        ("2024-08", 1),
    ]
    code, out, _ = cli("stats")
    assert code == 0 and out.startswith("Claims: 3\n\nBy speaker:\n  2\tБайрамов\n")
