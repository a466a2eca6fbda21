"""Networks of speakers as GraphML and GEXF 1.3 (issue 20): each file is read back with networkx
and its nodes, edges, weights and attribute types checked against the claims they were drawn
from; dates make GEXF dynamic; filters choose the claims (a time window). Every test runs on
SQLite and on PostgreSQL."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from claimdesk.cli import main
from claimdesk.core.catalogue import Catalogue
from claimdesk.core.domain.errors import ExportFileError, InvalidValueError
from claimdesk.core.domain.records import ClaimFilter

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"


@pytest.fixture
def debate(catalogue: Catalogue) -> dict[str, int]:
    """Three speakers over three articles: Иванов and Doe say the same thing (one cluster, in
    July and August), Иванов and Петрова contradict each other (September), tags on some."""
    c = catalogue
    july = c.add_article(
        "Иванов: «Налоги вырастут». Пётр Иванов сказал это.", published="2024-07-28"
    ).id
    august = c.add_article(
        "Jane Doe said taxes will rise. “Taxes will rise,” she said.", published="2024-08"
    ).id
    september = c.add_article(
        "Петрова: «Налоги не вырастут». Иванов: «Вырастут».", published="2024-09-03"
    ).id
    ivanov = c.attribute_quote(july, "Налоги вырастут", "Пётр Иванов", tags=["налоги"]).id
    doe = c.attribute_quote(august, "Taxes will rise", "Jane Doe", tags=["налоги", "economy"]).id
    petrova = c.attribute_quote(september, "Налоги не вырастут", "Анна Петрова").id
    again = c.attribute_quote(september, "Вырастут", "Пётр Иванов", tags=["налоги"]).id
    c.link_claims(ivanov, doe, "same")
    c.link_claims(petrova, again, "contradicts")
    c.gather_clusters(almost_certain=False)
    speakers = {s.name: s.id for s in c.list_speakers()}
    return {
        "ivanov": speakers["Пётр Иванов"],
        "doe": speakers["Jane Doe"],
        "petrova": speakers["Анна Петрова"],
        "cluster": c.cluster_of_claim(ivanov) or 0,
    }


def test_the_speakers_network_in_graphml_links_agreement_and_contradiction(
    catalogue: Catalogue, debate: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "speakers.graphml"
    summary = catalogue.export_network(path, "graphml", "speakers")
    assert (summary.nodes, summary.edges, summary.claims) == (3, 2, 4)
    graph = nx.read_graphml(path)
    ivanov, doe, petrova = (f"speaker:{debate[n]}" for n in ("ivanov", "doe", "petrova"))
    assert set(graph.nodes) == {ivanov, doe, petrova}
    assert graph.nodes[ivanov]["label"] == "Пётр Иванов"
    assert graph.nodes[ivanov]["type"] == "speaker"
    assert graph.nodes[ivanov]["claims"] == 2
    assert (graph.nodes[ivanov]["start"], graph.nodes[ivanov]["end"]) == (
        "2024-07-28",
        "2024-09-03",
    )
    agree = graph.edges[ivanov, doe]
    assert (agree["weight"], agree["agreements"], agree["contradictions"]) == (1, 1, 0)
    assert agree["relation"] == "agreement"
    assert (agree["start"], agree["end"]) == ("2024-07-28", "2024-08-31")  # August counts whole
    clash = graph.edges[ivanov, petrova]
    assert (clash["weight"], clash["contradictions"], clash["relation"]) == (1, 1, "contradiction")
    assert not graph.has_edge(doe, petrova)
    # the keys are declared with their types, as Gephi needs
    keys = {
        (k.get("attr.name"), k.get("for")): k.get("attr.type")
        for k in ET.parse(path).getroot().iter(f"{GRAPHML}key")
    }
    assert keys[("weight", "edge")] == "long" and keys[("claims", "node")] == "long"
    assert keys[("label", "node")] == "string" and keys[("relation", "edge")] == "string"


def test_two_mode_networks_of_tags_and_clusters(
    catalogue: Catalogue, debate: dict[str, int], tmp_path: Path
) -> None:
    catalogue.export_network(tmp_path / "tags.graphml", "graphml", "speaker-tag")
    tags = nx.read_graphml(tmp_path / "tags.graphml")
    ivanov, doe = f"speaker:{debate['ivanov']}", f"speaker:{debate['doe']}"
    assert {n for n, d in tags.nodes(data=True) if d["type"] == "tag"} == {
        "tag:налоги",
        "tag:economy",
    }
    assert tags.edges[ivanov, "tag:налоги"]["weight"] == 2  # two of his claims have it
    assert tags.edges[doe, "tag:economy"]["weight"] == 1
    assert tags.nodes["tag:налоги"]["claims"] == 3
    assert f"speaker:{debate['petrova']}" in tags  # a speaker without tags is still there
    catalogue.export_network(tmp_path / "clusters.graphml", "graphml", "speaker-cluster")
    clusters = nx.read_graphml(tmp_path / "clusters.graphml")
    node = f"cluster:{debate['cluster']}"
    assert clusters.nodes[node]["type"] == "cluster"
    assert clusters.nodes[node]["label"] == "Налоги вырастут"  # its first appearance
    assert clusters.nodes[node]["status"] == "unchecked"
    assert sorted(clusters.neighbors(node)) == sorted([ivanov, doe])
    assert clusters.edges[ivanov, node]["weight"] == 1


def test_gexf_1_3_is_dynamic_over_the_articles_dates(
    catalogue: Catalogue, debate: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "speakers.gexf"
    catalogue.export_claims(path, "gexf", network="speakers")
    root = ET.parse(path).getroot()
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    graph_element = root.find(f"{GEXF}graph")
    assert graph_element is not None
    assert (graph_element.get("mode"), graph_element.get("timeformat")) == ("dynamic", "date")
    graph = nx.read_gexf(path, version="1.3")
    ivanov = f"speaker:{debate['ivanov']}"
    assert graph.nodes[ivanov]["label"] == "Пётр Иванов"
    assert graph.edges[ivanov, f"speaker:{debate['doe']}"]["weight"] == 1
    # his claims per month: one in July, one in September, as a dynamic attribute
    per_month = graph.nodes[ivanov]["claims_in_month"]
    assert sorted(per_month) == [(1, "2024-07-01", "2024-07-31"), (1, "2024-09-01", "2024-09-30")]


def test_a_time_window_chooses_the_claims(
    catalogue: Catalogue, debate: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "summer.graphml"
    summary = catalogue.export_network(
        path, "graphml", "speakers", ClaimFilter(since="2024-07", until="2024-08")
    )
    graph = nx.read_graphml(path)
    assert summary.claims == 2
    assert set(graph.nodes) == {f"speaker:{debate['ivanov']}", f"speaker:{debate['doe']}"}
    assert graph.number_of_edges() == 1  # September's contradiction is outside the window


def test_the_cli_writes_networks_by_suffix_and_refuses_nonsense(
    catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        first = catalogue.add_article("Анна Петрова: «Да». Jane Doe: «Нет».").id
        yes = catalogue.attribute_quote(first, "Да", "Анна Петрова").id
        no = catalogue.attribute_quote(first, "Нет", "Jane Doe").id
        catalogue.link_claims(yes, no, "contradicts")
    out = tmp_path / "net.gexf"
    assert main(["export", "--db", str(catalogue_path), "--output", str(out)]) == 0
    assert "the speakers network of 2 claims written to" in capsys.readouterr().err
    assert nx.read_gexf(out, version="1.3").number_of_edges() == 1
    code = main(
        ["export", "--db", str(catalogue_path), "--output", str(tmp_path / "t.graphml"),
         "--network", "speaker-tag"]
    )  # fmt: skip
    assert code == 0
    assert main(["export", "--db", str(catalogue_path), "--output", str(tmp_path / "x.graphml"),
                 "--network", "friends"]) == 1  # fmt: skip
    assert "invalid choice: 'friends'" in capsys.readouterr().err


def test_wrong_choices_and_targets_are_refused_and_write_nothing(
    catalogue: Catalogue, debate: dict[str, int], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InvalidValueError, match="not a network format"):
        catalogue.export_network(out / "a.csv", "csv", "speakers")
    with pytest.raises(InvalidValueError, match="Unknown network export"):
        catalogue.export_network(out / "a.graphml", "graphml", "friends")
    folder = out / "a-folder.graphml"
    folder.mkdir()
    with pytest.raises(ExportFileError, match="it is a folder"):
        catalogue.export_network(folder, "graphml", "speakers")
    assert sorted(p.name for p in out.iterdir()) == ["a-folder.graphml"]
