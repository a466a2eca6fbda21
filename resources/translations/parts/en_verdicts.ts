<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ClusterController</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="172"/>
        <source>%n claim(s) split off into cluster {id}.</source>
        <translation>
            <numerusform>%n claim split off into cluster {id}.</numerusform>
            <numerusform>%n claims split off into cluster {id}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="293"/>
        <source>Gathered %n claim(s): {created}, {grown}.</source>
        <translation>
            <numerusform>Gathered %n claim: {created}, {grown}.</numerusform>
            <numerusform>Gathered %n claims: {created}, {grown}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="294"/>
        <source>%n new cluster(s)</source>
        <translation>
            <numerusform>%n new cluster</numerusform>
            <numerusform>%n new clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="295"/>
        <source>%n grown</source>
        <translation>
            <numerusform>%n grown</numerusform>
            <numerusform>%n grown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterTimelineDialog</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/cluster_timeline_dialog.py" line="27"/>
        <source>«{quote}» — first said by {speaker} ({outlet}, {date}); %n appearance(s), {status}.</source>
        <translation>
            <numerusform>«{quote}» — first said by {speaker} ({outlet}, {date}); %n appearance, {status}.</numerusform>
            <numerusform>«{quote}» — first said by {speaker} ({outlet}, {date}); %n appearances, {status}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClustersView</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="217"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="218"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeClustersDialog</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/merge_clusters_dialog.py" line="43"/>
        <source>Merge cluster {id} (%n claim(s), “{quote}”) into the cluster chosen below. The chosen cluster keeps its verdict; one still unchecked takes this one&apos;s.</source>
        <translation>
            <numerusform>Merge cluster {id} (%n claim, “{quote}”) into the cluster chosen below. The chosen cluster keeps its verdict; one still unchecked takes this one&apos;s.</numerusform>
            <numerusform>Merge cluster {id} (%n claims, “{quote}”) into the cluster chosen below. The chosen cluster keeps its verdict; one still unchecked takes this one&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictLabelsModel</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="65"/>
        <source>Key: {key}. %n cluster(s) have it.</source>
        <translation>
            <numerusform>Key: {key}. %n cluster has it.</numerusform>
            <numerusform>Key: {key}. %n clusters have it.</numerusform>
        </translation>
    </message>
</context>
</TS>
