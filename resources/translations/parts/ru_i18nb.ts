<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArticleReader</name>
    <message>
        <location filename="../../../src/claimdesk/gui/reader.py" line="90"/>
        <source>The article text; select a quote and press Ctrl+Enter</source>
        <translation>Текст статьи; выделите цитату и нажмите Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/reader.py" line="393"/>
        <source>Unattributed</source>
        <translation>Без спикера</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../../src/claimdesk/gui/bar_chart.py" line="36"/>
        <source>Save &amp;PNG…</source>
        <translation>Со&amp;хранить PNG…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/bar_chart.py" line="38"/>
        <source>Save S&amp;VG…</source>
        <translation>Сохр&amp;анить SVG…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/bar_chart.py" line="104"/>
        <source>%n in all; the first {drawn} drawn</source>
        <translation>
            <numerusform>Всего: %n; на графике первые {drawn}</numerusform>
            <numerusform>Всего: %n; на графике первые {drawn}</numerusform>
            <numerusform>Всего: %n; на графике первые {drawn}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/bar_chart.py" line="106"/>
        <source>%n in all</source>
        <translation>
            <numerusform>Всего: %n</numerusform>
            <numerusform>Всего: %n</numerusform>
            <numerusform>Всего: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowseTabs</name>
    <message>
        <location filename="../../../src/claimdesk/gui/browse_tabs.py" line="69"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/browse_tabs.py" line="70"/>
        <source>Speakers</source>
        <translation>Спикеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/browse_tabs.py" line="71"/>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message>
        <location filename="../../../src/claimdesk/gui/catalogue_view.py" line="88"/>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/catalogue_view.py" line="104"/>
        <location filename="../../../src/claimdesk/gui/catalogue_view.py" line="190"/>
        <source>Delete claims</source>
        <translation>Удалить утверждения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/catalogue_view.py" line="109"/>
        <source>Open in article</source>
        <translation>Открыть в статье</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/catalogue_view.py" line="150"/>
        <source>%Ln+ claim(s)</source>
        <translation>
            <numerusform>%Ln+ утверждение</numerusform>
            <numerusform>%Ln+ утверждения</numerusform>
            <numerusform>%Ln+ утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/catalogue_view.py" line="152"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln утверждение</numerusform>
            <numerusform>%Ln утверждения</numerusform>
            <numerusform>%Ln утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/catalogue_view.py" line="191"/>
        <source>Delete %n claim(s)? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Удалить %n утверждение? Это можно отменить: «Правка › Отменить».</numerusform>
            <numerusform>Удалить %n утверждения? Это можно отменить: «Правка › Отменить».</numerusform>
            <numerusform>Удалить %n утверждений? Это можно отменить: «Правка › Отменить».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartWindows</name>
    <message>
        <location filename="../../../src/claimdesk/gui/chart_windows.py" line="71"/>
        <source>Choose a speaker on the Speakers tab to see their profile.</source>
        <translation>Выберите спикера на вкладке «Спикеры», чтобы увидеть его профиль.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/chart_windows.py" line="91"/>
        <source>Choose a cluster on the Clusters tab to see its timeline.</source>
        <translation>Выберите кластер на вкладке «Кластеры», чтобы увидеть его хронологию.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../../src/claimdesk/gui/charts.py" line="52"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/charts.py" line="53"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Рисунок SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/charts.py" line="90"/>
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/charts.py" line="124"/>
        <source>Save the chart as {format}</source>
        <translation>Сохранить график в формате {format}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/charts.py" line="128"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/charts.py" line="140"/>
        <source>The chart could not be saved in {path}: {reason}.</source>
        <translation>Не удалось сохранить график в {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>ClaimFilterBar</name>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="56"/>
        <source>Search quotes, speakers, titles…</source>
        <translation>Поиск по цитатам, спикерам, заголовкам…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="58"/>
        <source>Search text</source>
        <translation>Текст для поиска</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="62"/>
        <source>Speaker</source>
        <translation>Спикер</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="74"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="75"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="81"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="85"/>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="88"/>
        <source>From (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>От (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="91"/>
        <source>Until (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>До (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="96"/>
        <source>Needs revie&amp;w</source>
        <translation>Требует про&amp;верки</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="100"/>
        <source>Only claims not found in their article&apos;s new text, waiting to be placed: open one (Enter), select where it belongs and use Claim › Move claim here</source>
        <translation>Только утверждения, не найденные в новом тексте своей статьи и ждущие места: откройте утверждение (Enter), выделите, где оно должно быть, и выберите «Утверждение › Переместить утверждение сюда»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="105"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="111"/>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="112"/>
        <source>S&amp;peaker:</source>
        <translation>&amp;Спикер:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="113"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="114"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="115"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Издание:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="116"/>
        <source>F&amp;rom:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="117"/>
        <source>U&amp;ntil:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="232"/>
        <source>Speaker #{id}</source>
        <translation>Спикер № {id}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="292"/>
        <source>All speakers</source>
        <translation>Все спикеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="292"/>
        <source>(unattributed)</source>
        <translation>(без спикера)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="297"/>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_filter_bar.py" line="301"/>
        <source>All outlets</source>
        <translation>Все издания</translation>
    </message>
</context>
<context>
    <name>ClaimKind</name>
    <message>
        <location filename="../../../src/claimdesk/gui/kind_labels.py" line="15"/>
        <source>Direct quote</source>
        <translation>Прямая цитата</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/kind_labels.py" line="16"/>
        <source>Indirect quote</source>
        <translation>Косвенная цитата</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/kind_labels.py" line="17"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/kind_labels.py" line="22"/>
        <source>direct</source>
        <translation>прямая цитата</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/kind_labels.py" line="23"/>
        <source>indirect</source>
        <translation>косвенная цитата</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/kind_labels.py" line="24"/>
        <source>claim</source>
        <translation>утверждение</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="27"/>
        <source>Speaker</source>
        <translation>Спикер</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="28"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="29"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="30"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="77"/>
        <source>{mark} Linked as the same claim to %n other(s)</source>
        <translation>
            <numerusform>{mark} Связано как «то же утверждение» с %n другим утверждением</numerusform>
            <numerusform>{mark} Связано как «то же утверждение» с %n другими утверждениями</numerusform>
            <numerusform>{mark} Связано как «то же утверждение» с %n другими утверждениями</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="86"/>
        <source>Unattributed</source>
        <translation>Без спикера</translation>
    </message>
</context>
<context>
    <name>ClaimsPanel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="34"/>
        <source>⚠ Not found:</source>
        <translation>⚠ Не найдено:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="119"/>
        <source>Not found in the article&apos;s new text (version {version}&apos;s words below). Select where it belongs and press {key}.</source>
        <translation>Не найдено в новом тексте статьи (ниже — слова из версии {version}). Выделите, где утверждение должно быть, и нажмите {key}.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="125"/>
        <source>Placed approximately in the new text ({percent} alike): check it.</source>
        <translation>Размещено в новом тексте приблизительно (сходство {percent}): проверьте.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="140"/>
        <source>Made on version {made} of the text.</source>
        <translation>Создано по версии {made} текста.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="143"/>
        <source>Made on version {made} of the text; it followed the text to version {now}.</source>
        <translation>Создано по версии {made} текста и перенесено вместе с текстом в версию {now}.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="161"/>
        <source>Claims in the current article</source>
        <translation>Утверждения текущей статьи</translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="50"/>
        <source>Speaker</source>
        <translation>Спикер</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="51"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="52"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="53"/>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="54"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="55"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="56"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="57"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="58"/>
        <source>Added by</source>
        <translation>Добавил(а)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="59"/>
        <source>Changed by</source>
        <translation>Изменил(а)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="329"/>
        <source>Added {when} by {who}</source>
        <translation>Добавлено {when}, автор: {who}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="333"/>
        <source>Added {when}</source>
        <translation>Добавлено {when}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="336"/>
        <source>last changed {when} by {who}</source>
        <translation>последнее изменение {when}, автор: {who}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claims_table_model.py" line="340"/>
        <source>last changed {when}</source>
        <translation>последнее изменение {when}</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="39"/>
        <source>Speaker</source>
        <translation>Спикер</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="45"/>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="51"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="57"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="63"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="98"/>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="99"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="46"/>
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="47"/>
        <source>Find in the article</source>
        <translation>Найти в статье</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="51"/>
        <source>Capitals, ё/е and line breaks do not matter. Enter or {next}: next; Shift+Enter or {previous}: previous; Escape: close, keeping the hit selected (then {attribute} attributes it)</source>
        <translation>Регистр, ё/е и переносы строк не важны. Enter или {next} — следующее; Shift+Enter или {previous} — предыдущее; Escape — закрыть, оставив найденное выделенным (затем {attribute} — указать спикера)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="64"/>
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="212"/>
        <source>{current} of {total}</source>
        <translation>{current} из {total}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="70"/>
        <source>Previous hit ({key})</source>
        <translation>Предыдущее совпадение ({key})</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="75"/>
        <source>Next hit ({key})</source>
        <translation>Следующее совпадение ({key})</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="78"/>
        <source>Close (Escape)</source>
        <translation>Закрыть (Escape)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="87"/>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="135"/>
        <source>“{text}” is not in this article.</source>
        <translation>«{text}» в этой статье не найдено.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="149"/>
        <source>Reached the end of the article; continued from the top.</source>
        <translation>Достигнут конец статьи; поиск продолжен с начала.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="151"/>
        <source>Reached the top of the article; continued from the end.</source>
        <translation>Достигнуто начало статьи; поиск продолжен с конца.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="207"/>
        <source>No matches</source>
        <translation>Нет совпадений</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="209"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSpeakersDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/merge_speakers_dialog.py" line="27"/>
        <source>Merge speakers</source>
        <translation>Объединить спикеров</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/merge_speakers_dialog.py" line="31"/>
        <source>Which speaker do you keep? The other one&apos;s claims and aliases move to it and its name becomes an alias. You can undo this.</source>
        <translation>Какого спикера оставить? Утверждения и другие имена второго спикера перейдут к нему, а имя второго станет другим именем. Это можно отменить.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/merge_speakers_dialog.py" line="50"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/merge_speakers_dialog.py" line="58"/>
        <source>Keep {name} ({details}) — %n claim(s)</source>
        <translation>
            <numerusform>Оставить: {name} ({details}) — %n утверждение</numerusform>
            <numerusform>Оставить: {name} ({details}) — %n утверждения</numerusform>
            <numerusform>Оставить: {name} ({details}) — %n утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/merge_speakers_dialog.py" line="61"/>
        <source>Keep {name} — %n claim(s)</source>
        <translation>
            <numerusform>Оставить: {name} — %n утверждение</numerusform>
            <numerusform>Оставить: {name} — %n утверждения</numerusform>
            <numerusform>Оставить: {name} — %n утверждений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileClaimsModel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="42"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="43"/>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="44"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="45"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="46"/>
        <source>Cluster</source>
        <translation>Кластер</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="47"/>
        <source>Claim</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="63"/>
        <source>(no date)</source>
        <translation>(без даты)</translation>
    </message>
</context>
<context>
    <name>SimilarClaimsModel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="27"/>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="28"/>
        <source>Speaker</source>
        <translation>Спикер</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="29"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="30"/>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="31"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="73"/>
        <source>Already linked to the chosen claim as the same claim.</source>
        <translation>Уже связано с выбранным утверждением как «то же утверждение».</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="74"/>
        <source>Almost certainly the same claim.</source>
        <translation>Почти наверняка то же утверждение.</translation>
    </message>
</context>
<context>
    <name>SimilarClaimsPanel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="99"/>
        <source>Claims in other articles that look similar</source>
        <translation>Похожие утверждения в других статьях</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="103"/>
        <source>Similar claims</source>
        <translation>Похожие утверждения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="113"/>
        <source>Same claim</source>
        <translation>То же утверждение</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="115"/>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="186"/>
        <source>Link the chosen claim to the selected similar claim</source>
        <translation>Связать выбранное утверждение с выделенным похожим</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="134"/>
        <source>%n similar claim(s)</source>
        <translation>
            <numerusform>%n похожее утверждение</numerusform>
            <numerusform>%n похожих утверждения</numerusform>
            <numerusform>%n похожих утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="136"/>
        <source>%n almost certainly the same</source>
        <translation>
            <numerusform>%n — почти наверняка то же самое</numerusform>
            <numerusform>%n — почти наверняка те же</numerusform>
            <numerusform>%n — почти наверняка те же</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="138"/>
        <source>%n linked ({mark})</source>
        <translation>
            <numerusform>%n связано ({mark})</numerusform>
            <numerusform>%n связаны ({mark})</numerusform>
            <numerusform>%n связаны ({mark})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="141"/>
        <source>No similar claims in other articles.</source>
        <translation>В других статьях похожих утверждений нет.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="156"/>
        <source>Looking for similar claims…</source>
        <translation>Поиск похожих утверждений…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="178"/>
        <source>Choose a claim of this article first (attribute it)</source>
        <translation>Сначала выберите утверждение этой статьи (укажите спикера)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="182"/>
        <source>Already linked to the chosen claim as the same claim.</source>
        <translation>Уже связано с выбранным утверждением как «то же утверждение».</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="190"/>
        <source>Select a span or a claim to see similar claims from other articles.</source>
        <translation>Выделите фрагмент или утверждение, чтобы увидеть похожие утверждения из других статей.</translation>
    </message>
</context>
<context>
    <name>SpeakerChoice</name>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="77"/>
        <source>➕ New speaker “{name}”</source>
        <translation>➕ Новый спикер «{name}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="80"/>
        <source>No speaker (unattributed)</source>
        <translation>Без спикера</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="86"/>
        <source>(as “{name}”)</source>
        <translation>(как «{name}»)</translation>
    </message>
</context>
<context>
    <name>SpeakerChoiceModel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="127"/>
        <source>Also known as: {aliases}</source>
        <translation>Другие имена: {aliases}</translation>
    </message>
</context>
<context>
    <name>SpeakerEditDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_edit_dialog.py" line="29"/>
        <source>Edit speaker — {name}</source>
        <translation>Изменить спикера — {name}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_edit_dialog.py" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_edit_dialog.py" line="52"/>
        <source>&amp;Role:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_edit_dialog.py" line="53"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_edit_dialog.py" line="54"/>
        <source>No&amp;te:</source>
        <translation>&amp;Заметка:</translation>
    </message>
</context>
<context>
    <name>SpeakerPicker</name>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="55"/>
        <source>Speakers cannot be matched now: the team server cannot be reached. What you type is kept; matches appear again once the server is back.</source>
        <translation>Сейчас нельзя подобрать спикеров: командный сервер недоступен. Введённое сохранится; совпадения снова появятся, когда сервер вернётся.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="165"/>
        <source>Attribute</source>
        <translation>Указать спикера</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="170"/>
        <source>“{quote}”</source>
        <translation>«{quote}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="189"/>
        <source>Speaker&apos;s name or alias; Up/Down choose a match</source>
        <translation>Имя спикера или другое имя; стрелки вверх и вниз выбирают совпадение</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="191"/>
        <source>Type a name or alias…</source>
        <translation>Введите имя или другое имя…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="196"/>
        <source>Matching speakers</source>
        <translation>Подходящие спикеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="207"/>
        <source>New speaker&apos;s role</source>
        <translation>Должность нового спикера</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="210"/>
        <source>New speaker&apos;s organisation</source>
        <translation>Организация нового спикера</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="213"/>
        <source>Kind of claim</source>
        <translation>Тип утверждения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="219"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="220"/>
        <source>comma-separated, e.g. economy, Karabakh</source>
        <translation>через запятую, например: экономика, Карабах</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="223"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="226"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Спикер:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="228"/>
        <source>&amp;Role:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="230"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="232"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="233"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="234"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_picker.py" line="363"/>
        <source>The server is back and the speaker matches are up to date: check them, then OK.</source>
        <translation>Сервер снова доступен, и совпадения спикеров обновлены: проверьте их и нажмите OK.</translation>
    </message>
</context>
<context>
    <name>SpeakerProfileDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="139"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="145"/>
        <source>{shown} and %n more</source>
        <translation>
            <numerusform>{shown} и ещё %n</numerusform>
            <numerusform>{shown} и ещё %n</numerusform>
            <numerusform>{shown} и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="151"/>
        <source>Cluster {id}</source>
        <translation>Кластер {id}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="153"/>
        <source>(no outlet)</source>
        <translation>(без издания)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="161"/>
        <source>%n claim(s); first appeared {first}, last {last}</source>
        <translation>
            <numerusform>%n утверждение; первое появление — {first}, последнее — {last}</numerusform>
            <numerusform>%n утверждения; первое появление — {first}, последнее — {last}</numerusform>
            <numerusform>%n утверждений; первое появление — {first}, последнее — {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="165"/>
        <source>%n in undated articles</source>
        <translation>
            <numerusform>%n в статьях без даты</numerusform>
            <numerusform>%n в статьях без даты</numerusform>
            <numerusform>%n в статьях без даты</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="169"/>
        <source>Outlets: {outlets}</source>
        <translation>Издания: {outlets}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="172"/>
        <source>Tags: {tags}</source>
        <translation>Метки: {tags}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="173"/>
        <source>Clusters: {clusters}</source>
        <translation>Кластеры: {clusters}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="180"/>
        <source>Also called: {aliases}</source>
        <translation>Другие имена: {aliases}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="87"/>
        <source>Profile of {name}</source>
        <translation>Профиль спикера — {name}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="103"/>
        <source>Enter or a double-click shows a claim in its article.</source>
        <translation>Enter или двойной щелчок показывает утверждение в его статье.</translation>
    </message>
</context>
<context>
    <name>SpeakersTableModel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_model.py" line="34"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_model.py" line="35"/>
        <source>Aliases</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_model.py" line="36"/>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_model.py" line="37"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_model.py" line="38"/>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
</context>
<context>
    <name>SpeakersView</name>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="79"/>
        <source>Filter speakers by name or alias…</source>
        <translation>Фильтр спикеров по имени или другому имени…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="86"/>
        <source>Speakers</source>
        <translation>Спикеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="108"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="110"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="113"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="116"/>
        <source>&amp;Show claims</source>
        <translation>&amp;Показать утверждения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="119"/>
        <source>&amp;Profile…</source>
        <translation>Про&amp;филь…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="122"/>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="125"/>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="351"/>
        <source>Aliases</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="131"/>
        <source>New alias, e.g. a surname or a title</source>
        <translation>Новое другое имя, например фамилия или должность</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="133"/>
        <source>Add a&amp;lias</source>
        <translation>&amp;Добавить другое имя</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="136"/>
        <source>&amp;Remove alias</source>
        <translation>У&amp;брать другое имя</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="139"/>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="458"/>
        <source>Delete speaker</source>
        <translation>Удалить спикера</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="349"/>
        <source>Aliases of {name}</source>
        <translation>Другие имена спикера «{name}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="449"/>
        <source>Delete {name}? Their %n claim(s) stay in the catalogue, unattributed. You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Удалить спикера «{name}»? %n утверждение этого спикера останется в каталоге без спикера. Это можно отменить: «Правка › Отменить».</numerusform>
            <numerusform>Удалить спикера «{name}»? %n утверждения этого спикера останутся в каталоге без спикера. Это можно отменить: «Правка › Отменить».</numerusform>
            <numerusform>Удалить спикера «{name}»? %n утверждений этого спикера останутся в каталоге без спикера. Это можно отменить: «Правка › Отменить».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="455"/>
        <source>Delete {name}? You can undo this with Edit › Undo.</source>
        <translation>Удалить спикера «{name}»? Это можно отменить: «Правка › Отменить».</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="38"/>
        <source>&amp;Speakers</source>
        <translation>&amp;Спикеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="40"/>
        <source>Claims per speaker</source>
        <translation>Утверждения по спикерам</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="44"/>
        <source>&amp;Outlets</source>
        <translation>&amp;Издания</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="46"/>
        <source>Claims per outlet</source>
        <translation>Утверждения по изданиям</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="50"/>
        <source>&amp;Tags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="52"/>
        <source>Claims per tag</source>
        <translation>Утверждения по меткам</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="56"/>
        <source>&amp;Kinds</source>
        <translation>&amp;Типы</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="58"/>
        <source>Claims per kind</source>
        <translation>Утверждения по типам</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="62"/>
        <source>&amp;Months</source>
        <translation>Мес&amp;яцы</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="64"/>
        <source>Claims per month</source>
        <translation>Утверждения по месяцам</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="70"/>
        <source>(no speaker)</source>
        <translation>(без спикера)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="71"/>
        <source>(no outlet)</source>
        <translation>(без издания)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="72"/>
        <source>(no date)</source>
        <translation>(без даты)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="174"/>
        <source>Catalogue statistics</source>
        <translation>Статистика каталога</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="213"/>
        <source>{claims} by {speakers} in {outlets}; {tags}.</source>
        <translation>{claims}, {speakers}, {outlets}; {tags}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="214"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln утверждение</numerusform>
            <numerusform>%Ln утверждения</numerusform>
            <numerusform>%Ln утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="215"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln спикер</numerusform>
            <numerusform>%Ln спикера</numerusform>
            <numerusform>%Ln спикеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="216"/>
        <source>%Ln outlet(s)</source>
        <translation>
            <numerusform>%Ln издание</numerusform>
            <numerusform>%Ln издания</numerusform>
            <numerusform>%Ln изданий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="217"/>
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln метка</numerusform>
            <numerusform>%Ln метки</numerusform>
            <numerusform>%Ln меток</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="241"/>
        <source>The figures could not be read again: {reason}</source>
        <translation>Не удалось заново прочитать данные: {reason}</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions.py" line="91"/>
        <source>Suggested attributions</source>
        <translation>Подсказки: кто сказал</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions.py" line="181"/>
        <source>No suggestions: {reason}</source>
        <translation>Подсказок нет: {reason}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions.py" line="222"/>
        <source>No suggestions in this article.</source>
        <translation>В этой статье подсказок нет.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions.py" line="275"/>
        <source>Suggestion rejected.</source>
        <translation>Подсказка отклонена.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/suggestions.py" line="299"/>
        <source>Accepted %n suggestion(s) with confidence ≥ {confidence}.</source>
        <translation>
            <numerusform>Принята %n подсказка с уверенностью ≥ {confidence}.</numerusform>
            <numerusform>Принято %n подсказки с уверенностью ≥ {confidence}.</numerusform>
            <numerusform>Принято %n подсказок с уверенностью ≥ {confidence}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions.py" line="312"/>
        <source>Accept suggestions</source>
        <translation>Принять подсказки</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions.py" line="313"/>
        <source>Accept every suggestion with confidence at least:</source>
        <translation>Принять все подсказки с уверенностью не ниже:</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="61"/>
        <source>{confidence}  {who} (who?) — {kind}: “{quote}”</source>
        <translation>{confidence}  {who} (кто?) — {kind}: «{quote}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="63"/>
        <source>{confidence}  {who} — {kind}: “{quote}”</source>
        <translation>{confidence}  {who} — {kind}: «{quote}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="65"/>
        <source>{confidence}  {who} (new) — {kind}: “{quote}”</source>
        <translation>{confidence}  {who} (новый) — {kind}: «{quote}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="68"/>
        <source>Unknown speaker</source>
        <translation>Неизвестный спикер</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="69"/>
        <source>{who} (from “{mention}”)</source>
        <translation>{who} (из «{mention}»)</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="109"/>
        <source>Suggested attributions</source>
        <translation>Подсказки: кто сказал</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="112"/>
        <source>Enter accepts, Delete rejects, {next} and {previous} move to the next and previous</source>
        <translation>Enter — принять, Delete — отклонить, {next} и {previous} — к следующей и предыдущей</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="126"/>
        <source>Acce&amp;pt</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="128"/>
        <source>Re&amp;ject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="132"/>
        <source>Least confidence to accept all</source>
        <translation>Наименьшая уверенность для «Принять все»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="138"/>
        <source>Accept all ≥</source>
        <translation>Принять все ≥</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="140"/>
        <source>&amp;Look for suggestions</source>
        <translation>&amp;Искать подсказки</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="143"/>
        <source>Read this long article for quotes (in the background)</source>
        <translation>Искать цитаты в этой длинной статье (в фоне)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="146"/>
        <source>Sho&amp;w all</source>
        <translation>Показать &amp;все</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="150"/>
        <source>Also list the less certain suggestions (below the confidence at which nine in ten were right when measured)</source>
        <translation>Показывать и менее надёжные подсказки (ниже уверенности, при которой по замерам верны девять из десяти)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="196"/>
        <source>%n suggestion(s): Enter accepts, Delete rejects, {next} next.</source>
        <translation>
            <numerusform>%n подсказка: Enter — принять, Delete — отклонить, {next} — следующая.</numerusform>
            <numerusform>%n подсказки: Enter — принять, Delete — отклонить, {next} — следующая.</numerusform>
            <numerusform>%n подсказок: Enter — принять, Delete — отклонить, {next} — следующая.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="198"/>
        <source>No suggestions for this article.</source>
        <translation>Для этой статьи подсказок нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="201"/>
        <source>%n less certain hidden (Show all).</source>
        <translation>
            <numerusform>%n менее надёжная скрыта («Показать все»).</numerusform>
            <numerusform>%n менее надёжные скрыты («Показать все»).</numerusform>
            <numerusform>%n менее надёжных скрыто («Показать все»).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="216"/>
        <source>Looking for quotes in this long article…</source>
        <translation>Поиск цитат в этой длинной статье…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="223"/>
        <source>This article is long (%Ln character(s)): suggestions are looked for only when you ask.</source>
        <translation>
            <numerusform>Статья длинная (%Ln символ): подсказки ищутся, только когда вы попросите.</numerusform>
            <numerusform>Статья длинная (%Ln символа): подсказки ищутся, только когда вы попросите.</numerusform>
            <numerusform>Статья длинная (%Ln символов): подсказки ищутся, только когда вы попросите.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="33"/>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="34"/>
        <source>Speaker</source>
        <translation>Спикер</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="60"/>
        <source>(unattributed)</source>
        <translation>(без спикера)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="63"/>
        <source>(no outlet)</source>
        <translation>(без издания)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="115"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Строки:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="119"/>
        <source>Save &amp;PNG…</source>
        <translation>Со&amp;хранить PNG…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="121"/>
        <source>Save S&amp;VG…</source>
        <translation>Сохр&amp;анить SVG…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="205"/>
        <source>{appearances} in {rows}</source>
        <translation>{appearances}, {rows}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="206"/>
        <source>%n appearance(s)</source>
        <translation>
            <numerusform>%n появление</numerusform>
            <numerusform>%n появления</numerusform>
            <numerusform>%n появлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="207"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="210"/>
        <source>%n without a date (not drawn)</source>
        <translation>
            <numerusform>%n без даты (не показано)</numerusform>
            <numerusform>%n без даты (не показаны)</numerusform>
            <numerusform>%n без даты (не показаны)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="215"/>
        <source>{row}, {day}: %n claim(s)</source>
        <translation>
            <numerusform>{row}, {day}: %n утверждение</numerusform>
            <numerusform>{row}, {day}: %n утверждения</numerusform>
            <numerusform>{row}, {day}: %n утверждений</numerusform>
        </translation>
    </message>
</context>
</TS>
