"""claimdesk-cli verdict-labels (the catalogue's verdict statuses), ``verdict --status`` with a
desk's own status, and ``claims --status`` / ``export --status`` (issue 19), on SQLite and
PostgreSQL."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from test_cli_clusters import QUOTE, Cli

from claimdesk.core.catalogue import Catalogue

OTHER = "Цены на газ в следующем году вырастут вдвое"


@pytest.fixture
def cli(catalogue_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(catalogue_url, capsys)


@pytest.fixture
def clusters(catalogue_url: str) -> dict[str, int]:
    """Two clusters of two claims each, by quote (the cluster's id), and a claim in none."""
    made = {}
    with Catalogue.open(catalogue_url) as catalogue:
        for quote in (QUOTE, OTHER, "Граница будет открыта весной"):
            ids = []
            for outlet in ("Спутник", "ТАСС"):
                text = f"{outlet}\n\nГлава МИД 🙂 заявил: «{quote}». Конец."
                article = catalogue.add_article(text, outlet=outlet, published="2024-07-01").id
                ids.append(catalogue.attribute_quote(article, quote, "Байрамов").id)
                if quote.startswith("Граница"):
                    break
            if len(ids) == 2:
                catalogue.link_claims(ids[0], ids[1], "same")
        catalogue.gather_clusters(almost_certain=False)
        for cluster in catalogue.list_clusters():
            made[cluster.first.quote] = cluster.id
    return made


def test_list_rename_add_order_and_remove_statuses(cli: Cli, clusters: dict[str, int]) -> None:
    code, out, err = cli("verdict-labels")
    assert code == 0, err
    assert out.splitlines()[0] == "unchecked\tUnchecked\tnot a finding\t2 clusters"
    assert out.splitlines()[6] == "false\tFalse\tfinding\t0 clusters"

    code, out, err = cli("verdict-labels", "--rename", "false", "Ложь")
    assert code == 0, err
    assert out.splitlines()[0] == "Renamed false to “Ложь”."
    assert "false\tЛожь\tfinding\t0 clusters" in out.splitlines()

    code, out, err = cli("verdict-labels", "--add", "satire", "Сатира", "--not-finding")
    assert code == 0, err
    assert out.splitlines()[0] == "Added “Сатира” (satire)."
    assert out.splitlines()[-1] == "satire\tСатира\tnot a finding\t0 clusters"

    cluster = str(clusters[QUOTE])
    code, out, err = cli("verdict", cluster, "--status", "сатира")
    assert (code, out) == (0, f"Cluster {cluster}: Сатира\n"), err
    assert cli.json("cluster", cluster)["status"] == "satire"  # type: ignore[index]
    code, out, _ = cli("clusters", "--status", "satire")
    assert "\tСатира\t" in out

    listed = cli.json("verdict-labels", "--order", "satire", "Ложь")
    assert [v["key"] for v in listed][:3] == ["satire", "false", "unchecked"]  # type: ignore[index]

    code, _, err = cli("verdict-labels", "--remove", "satire")
    assert code == 1 and err.count("\n") == 1
    assert "“Сатира” cannot be removed: 1 cluster has it" in err
    code, _, err = cli("verdict-labels", "--add", "two words", "Что-то")
    assert code == 1 and "one word" in err
    code, out, err = cli("verdict-labels", "--remove", "unverifiable")
    assert code == 0 and out.startswith("Removed “Unverifiable” (unverifiable).\n"), err
    code, _, err = cli("verdict", cluster, "--status", "unverifiable")
    assert code == 1 and "choose one of: satire, false" in err


def test_claims_and_export_by_status(
    cli: Cli, clusters: dict[str, int], catalogue_url: str, tmp_path: Path
) -> None:
    cli("verdict-labels", "--add", "context", "Вырвано из контекста")
    assert cli("verdict", str(clusters[QUOTE]), "--status", "false")[0] == 0
    assert cli("verdict", str(clusters[OTHER]), "--status", "вырвано из контекста")[0] == 0
    with Catalogue.open(catalogue_url) as catalogue:
        members = {
            quote: sorted(a.claim_id for a in catalogue.get_cluster(cluster).appearances)
            for quote, cluster in clusters.items()
        }
    false = cli.json("claims", "--status", "false")
    assert sorted(c["claim_id"] for c in false) == members[QUOTE]  # type: ignore[union-attr]
    context = cli.json("claims", "--status", "Вырвано из контекста")
    assert sorted(c["claim_id"] for c in context) == members[OTHER]  # type: ignore[union-attr]
    assert cli.json("claims", "--status", "true") == []
    code, _, err = cli("claims", "--status", "pants")
    assert code == 1 and "choose one of" in err

    target = tmp_path / "context.csv"
    code, _, err = cli("export", "--output", str(target), "--status", "context")
    assert code == 0, err
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert sorted(int(r["claim_id"]) for r in rows) == members[OTHER]
    as_json = tmp_path / "false.json"
    code, _, err = cli("export", "--output", str(as_json), "--format", "json", "--status", "false")
    assert code == 0, err
    document = json.loads(as_json.read_text(encoding="utf-8"))
    assert sorted(c["id"] for c in document["claims"]) == members[QUOTE]
