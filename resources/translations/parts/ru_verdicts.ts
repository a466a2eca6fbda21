<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppearancesModel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="94"/>
        <source>Published</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="95"/>
        <source>Speaker</source>
        <translation>Спикер</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="96"/>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="97"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="98"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="99"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="102"/>
        <source>The first appearance is marked ★</source>
        <translation>Первое появление отмечено ★</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="116"/>
        <source>(no date)</source>
        <translation>(без даты)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="118"/>
        <source>(unattributed)</source>
        <translation>(без спикера)</translation>
    </message>
</context>
<context>
    <name>ClusterController</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="172"/>
        <source>%n claim(s) split off into cluster {id}.</source>
        <translation>
            <numerusform>%n утверждение выделено в кластер {id}.</numerusform>
            <numerusform>%n утверждения выделены в кластер {id}.</numerusform>
            <numerusform>%n утверждений выделено в кластер {id}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="205"/>
        <source>Cluster {merged} merged into cluster {target}.</source>
        <translation>Кластер {merged} объединён с кластером {target}.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="228"/>
        <source>Export ClaimReview</source>
        <translation>Экспорт ClaimReview</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="230"/>
        <source>ClaimReview JSON-LD (*.jsonld *.json);;All files (*)</source>
        <translation>ClaimReview JSON-LD (*.jsonld *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="243"/>
        <source>Exported the ClaimReview of cluster {id} to {path}.</source>
        <translation>ClaimReview кластера {id} экспортирован в {path}.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="259"/>
        <source>Looking for claims that almost certainly say the same…</source>
        <translation>Поиск утверждений, которые почти наверняка говорят одно и то же…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="260"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="266"/>
        <source>Gather clusters</source>
        <translation>Собрать кластеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="275"/>
        <source>Gathering cancelled: nothing changed.</source>
        <translation>Сбор кластеров отменён: ничего не изменилось.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="293"/>
        <source>Gathered %n claim(s): {created}, {grown}.</source>
        <translation>
            <numerusform>Собрано %n утверждение: {created}, {grown}.</numerusform>
            <numerusform>Собрано %n утверждения: {created}, {grown}.</numerusform>
            <numerusform>Собрано %n утверждений: {created}, {grown}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="294"/>
        <source>%n new cluster(s)</source>
        <translation>
            <numerusform>%n новый кластер</numerusform>
            <numerusform>%n новых кластера</numerusform>
            <numerusform>%n новых кластеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="295"/>
        <source>%n grown</source>
        <translation>
            <numerusform>%n пополнен</numerusform>
            <numerusform>%n пополнено</numerusform>
            <numerusform>%n пополнено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="308"/>
        <source>Looking for claims that almost certainly say the same: {done} of {total}…</source>
        <translation>Поиск утверждений, которые почти наверняка говорят одно и то же: {done} из {total}…</translation>
    </message>
</context>
<context>
    <name>ClusterTimelineDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_timeline_dialog.py" line="21"/>
        <source>Timeline of cluster {id}</source>
        <translation>Хронология кластера {id}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/cluster_timeline_dialog.py" line="27"/>
        <source>«{quote}» — first said by {speaker} ({outlet}, {date}); %n appearance(s), {status}.</source>
        <translation>
            <numerusform>«{quote}» — впервые сказал(а) {speaker} ({outlet}, {date}); %n появление, {status}.</numerusform>
            <numerusform>«{quote}» — впервые сказал(а) {speaker} ({outlet}, {date}); %n появления, {status}.</numerusform>
            <numerusform>«{quote}» — впервые сказал(а) {speaker} ({outlet}, {date}); %n появлений, {status}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_timeline_dialog.py" line="33"/>
        <source>(unattributed)</source>
        <translation>(без спикера)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_timeline_dialog.py" line="34"/>
        <source>no outlet</source>
        <translation>без издания</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_timeline_dialog.py" line="35"/>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_timeline_dialog.py" line="45"/>
        <source>Cluster {id}</source>
        <translation>Кластер {id}</translation>
    </message>
</context>
<context>
    <name>ClustersModel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="51"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="52"/>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="53"/>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="54"/>
        <source>First appeared</source>
        <translation>Впервые появилось</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="55"/>
        <source>First said by</source>
        <translation>Впервые сказал(а)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="56"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="75"/>
        <source>(no date)</source>
        <translation>(без даты)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="77"/>
        <source>(unattributed)</source>
        <translation>(без спикера)</translation>
    </message>
</context>
<context>
    <name>ClustersView</name>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="149"/>
        <source>Verdict &amp;status:</source>
        <translation>Статус вер&amp;дикта:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="216"/>
        <source>{clusters}, {claims}</source>
        <translation>{clusters}, {claims}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="217"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n кластер</numerusform>
            <numerusform>%n кластера</numerusform>
            <numerusform>%n кластеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="218"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n утверждение</numerusform>
            <numerusform>%n утверждения</numerusform>
            <numerusform>%n утверждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="237"/>
        <source>All verdicts</source>
        <translation>Все вердикты</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="293"/>
        <source>Cluster {id}: {status}, confirmed</source>
        <translation>Кластер {id}: {status}, подтверждён</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="295"/>
        <source>Cluster {id}: {status}</source>
        <translation>Кластер {id}: {status}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="299"/>
        <source>reviewed by {reviewer} on {date}</source>
        <translation>проверяющий: {reviewer}, дата: {date}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/clusters_view.py" line="300"/>
        <source>unknown</source>
        <translation>неизвестен</translation>
    </message>
</context>
<context>
    <name>GatherThread</name>
    <message>
        <location filename="../../../src/claimdesk/gui/cluster_actions.py" line="77"/>
        <source>Gathering clusters failed: {reason}</source>
        <translation>Не удалось собрать кластеры: {reason}</translation>
    </message>
</context>
<context>
    <name>MergeClustersDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/merge_clusters_dialog.py" line="38"/>
        <source>Merge cluster</source>
        <translation>Объединить кластер</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/merge_clusters_dialog.py" line="43"/>
        <source>Merge cluster {id} (%n claim(s), “{quote}”) into the cluster chosen below. The chosen cluster keeps its verdict; one still unchecked takes this one&apos;s.</source>
        <translation>
            <numerusform>Объединить кластер {id} (%n утверждение, «{quote}») с кластером, выбранным ниже. Выбранный кластер сохранит свой вердикт; непроверенный получит вердикт этого.</numerusform>
            <numerusform>Объединить кластер {id} (%n утверждения, «{quote}») с кластером, выбранным ниже. Выбранный кластер сохранит свой вердикт; непроверенный получит вердикт этого.</numerusform>
            <numerusform>Объединить кластер {id} (%n утверждений, «{quote}») с кластером, выбранным ниже. Выбранный кластер сохранит свой вердикт; непроверенный получит вердикт этого.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/merge_clusters_dialog.py" line="54"/>
        <source>Type a cluster&apos;s number, its words or speaker…</source>
        <translation>Введите номер кластера, его слова или спикера…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/merge_clusters_dialog.py" line="57"/>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/merge_clusters_dialog.py" line="69"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_dialog.py" line="40"/>
        <source>The fact-check address is too long (at most {limit} characters).</source>
        <translation>Адрес проверки фактов слишком длинный (не более {limit} символов).</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_dialog.py" line="45"/>
        <source>The fact-check address must be a web address (http:// or https://…).</source>
        <translation>Адрес проверки фактов должен быть веб-адресом (http:// или https://…).</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_dialog.py" line="58"/>
        <source>The review date “{date}” is not a date (YYYY-MM-DD).</source>
        <translation>Дата проверки «{date}» не является датой (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_dialog.py" line="78"/>
        <source>Verdict of cluster {id}</source>
        <translation>Вердикт кластера {id}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_dialog.py" line="84"/>
        <source>“{quote}”</source>
        <translation>«{quote}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_dialog.py" line="100"/>
        <source>What the fact-check found, in a few sentences</source>
        <translation>Что показала проверка фактов, в нескольких предложениях</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_dialog.py" line="110"/>
        <source>YYYY-MM-DD (today when a finding is given)</source>
        <translation>ГГГГ-ММ-ДД (сегодня, если вынесен вердикт)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_dialog.py" line="113"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_dialog.py" line="114"/>
        <source>&amp;Explanation:</source>
        <translation>&amp;Пояснение:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_dialog.py" line="115"/>
        <source>Fact-check &amp;address:</source>
        <translation>&amp;Адрес проверки фактов:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_dialog.py" line="116"/>
        <source>&amp;Reviewer:</source>
        <translation>П&amp;роверяющий:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_dialog.py" line="117"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
</context>
<context>
    <name>VerdictLabelsDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="97"/>
        <source>Verdict labels</source>
        <translation>Названия статусов вердикта</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="106"/>
        <source>Verdict statuses</source>
        <translation>Статусы вердикта</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="110"/>
        <source>The label shown for the status</source>
        <translation>Название, под которым показывается статус</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="114"/>
        <source>A &amp;finding (a ClaimReview can be published)</source>
        <translation>&amp;Вывод проверки (можно опубликовать ClaimReview)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="118"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="119"/>
        <source>&amp;Add as new status</source>
        <translation>&amp;Добавить как новый статус</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="120"/>
        <source>Move &amp;up</source>
        <translation>Выш&amp;е</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="122"/>
        <source>Move &amp;down</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="124"/>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="133"/>
        <source>&amp;Label:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="209"/>
        <source>Added as a new status, it gets the key “{key}”.</source>
        <translation>Новый статус получит ключ «{key}».</translation>
    </message>
</context>
<context>
    <name>VerdictLabelsModel</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="65"/>
        <source>Key: {key}. %n cluster(s) have it.</source>
        <translation>
            <numerusform>Ключ: {key}. Он у %n кластера.</numerusform>
            <numerusform>Ключ: {key}. Он у %n кластеров.</numerusform>
            <numerusform>Ключ: {key}. Он у %n кластеров.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/verdict_labels_dialog.py" line="69"/>
        <source>Not a finding: no ClaimReview is published for it.</source>
        <translation>Не вывод проверки: ClaimReview для него не публикуется.</translation>
    </message>
</context>
</TS>
