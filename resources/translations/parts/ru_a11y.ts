<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/article_list.py" line="108"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../../src/claimdesk/gui/reader.py" line="87"/>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
</context>
<context>
    <name>ArticleTextDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/text_edit_dialog.py" line="49"/>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../../src/claimdesk/gui/catalogue_view.py" line="78"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="138"/>
        <source>Claims in this article</source>
        <translation>Утверждения в этой статье</translation>
    </message>
</context>
<context>
    <name>ClustersView</name>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="130"/>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="137"/>
        <source>Appearances of the chosen cluster</source>
        <translation>Появления выбранного кластера</translation>
    </message>
</context>
<context>
    <name>MergeClustersDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/merge_clusters_dialog.py" line="57"/>
        <source>Clusters to merge into</source>
        <translation>Кластеры, с которыми можно объединить</translation>
    </message>
</context>
<context>
    <name>SimilarClaimsPanel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="90"/>
        <source>Similar claims in other articles</source>
        <translation>Похожие утверждения в других статьях</translation>
    </message>
</context>
<context>
    <name>SpeakerPicker</name>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="173"/>
        <source>Speaker</source>
        <translation>Спикер</translation>
    </message>
</context>
<context>
    <name>SpeakerProfileDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="117"/>
        <source>The speaker&apos;s claims</source>
        <translation>Утверждения спикера</translation>
    </message>
</context>
<context>
    <name>SpeakersView</name>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="70"/>
        <source>Speakers</source>
        <translation>Спикеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="81"/>
        <source>Filter speakers</source>
        <translation>Фильтр спикеров</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="128"/>
        <source>New alias</source>
        <translation>Новое другое имя</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="99"/>
        <source>Suggested attributions</source>
        <translation>Подсказки авторства</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="120"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="152"/>
        <source>Changes from the chosen version</source>
        <translation>Изменения по сравнению с выбранной версией</translation>
    </message>
</context>
</TS>
