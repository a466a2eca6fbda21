<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ExchangeImports</name>
    <message>
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="22"/>
        <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
        <translation>Веб-аннотации W3C (*.jsonld *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="24"/>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Проекты REFI-QDA (*.qdpx);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="37"/>
        <source>Import W3C Web Annotations</source>
        <translation>Импорт веб-аннотаций W3C</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="47"/>
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="71"/>
        <source>%n new speaker(s)</source>
        <translation><numerusform>%n новый спикер</numerusform><numerusform>%n новых спикера</numerusform><numerusform>%n новых спикеров</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="49"/>
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="70"/>
        <source>%n new article(s)</source>
        <translation><numerusform>%n новая статья</numerusform><numerusform>%n новые статьи</numerusform><numerusform>%n новых статей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="51"/>
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="76"/>
        <source>%n already there</source>
        <translation><numerusform>%n уже было в каталоге</numerusform><numerusform>%n уже были в каталоге</numerusform><numerusform>%n уже были в каталоге</numerusform></translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="59"/>
        <source>Import a REFI-QDA project</source>
        <translation>Импорт проекта REFI-QDA</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="74"/>
        <source>%n link(s)</source>
        <translation><numerusform>%n связь</numerusform><numerusform>%n связи</numerusform><numerusform>%n связей</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="83"/>
        <source>%n claim(s) imported from {file} ({details})</source>
        <translation><numerusform>Из {file} импортировано %n утверждение ({details})</numerusform><numerusform>Из {file} импортировано %n утверждения ({details})</numerusform><numerusform>Из {file} импортировано %n утверждений ({details})</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="42"/>
        <source>Export claims</source>
        <translation>Экспорт утверждений</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="44"/>
        <source>CSV, for spreadsheets</source>
        <translation>CSV, для электронных таблиц</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="46"/>
        <source>JSON Lines: every field, a claim a line</source>
        <translation>JSON Lines: все поля, по утверждению в строке</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="48"/>
        <source>JSON: every field, one document</source>
        <translation>JSON: все поля, один документ</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="50"/>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>Веб-аннотации W3C (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="53"/>
        <source>REFI-QDA project, for QualCoder, NVivo, ATLAS.ti, MAXQDA</source>
        <translation>Проект REFI-QDA, для QualCoder, NVivo, ATLAS.ti, MAXQDA</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="58"/>
        <source>GraphML: a network of speakers, for Gephi</source>
        <translation>GraphML: сеть спикеров, для Gephi</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="61"/>
        <source>GEXF 1.3: a network of speakers over time, for Gephi</source>
        <translation>GEXF 1.3: сеть спикеров во времени, для Gephi</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="104"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="105"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="116"/>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="185"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="122"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="127"/>
        <source>Which network the chosen claims draw: speakers linked by the clusters they share and the claims they contradict, or speakers with their tags or clusters.</source>
        <translation>Какую сеть образуют выбранные утверждения: спикеров, связанных общими кластерами и противоречащими утверждениями, или спикеров с их метками или кластерами.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="133"/>
        <source>E&amp;xcel-compatible (adds BOM)</source>
        <translation>&amp;Для Excel (с меткой порядка байтов)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="137"/>
        <source>Starts the file with a byte-order mark so Excel reads Cyrillic and other non-Latin text correctly.</source>
        <translation>Начинает файл с метки порядка байтов, чтобы Excel правильно читал кириллицу и другой нелатинский текст.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="141"/>
        <source>Neutralise spreadsheet &amp;formulas</source>
        <translation>Обезвредить &amp;формулы</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="146"/>
        <source>Puts an apostrophe before cells starting with = + - @ so a spreadsheet never runs them as formulas.</source>
        <translation>Ставит апостроф перед ячейками, которые начинаются с = + - @, чтобы электронная таблица не выполняла их как формулы.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="160"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="174"/>
        <source>Sa&amp;ve to:</source>
        <translation>&amp;Сохранить в:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="180"/>
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="188"/>
        <source>For&amp;mat:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="194"/>
        <source>&amp;Graph:</source>
        <translation>&amp;Граф:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="240"/>
        <source>%n claim(s) match these filters.</source>
        <translation><numerusform>Этим фильтрам отвечает %n утверждение.</numerusform><numerusform>Этим фильтрам отвечают %n утверждения.</numerusform><numerusform>Этим фильтрам отвечают %n утверждений.</numerusform></translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="249"/>
        <source>{formats};;All files (*)</source>
        <translation>{formats};;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="277"/>
        <source>Exporting to {path}…</source>
        <translation>Экспорт в {path}…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="280"/>
        <source>Exporting claims…</source>
        <translation>Экспорт утверждений…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="280"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="311"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="320"/>
        <source>Exporting claims… {written} of {total}</source>
        <translation>Экспорт утверждений… {written} из {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="347"/>
        <source>The network of %n claim(s) written to {path}</source>
        <translation><numerusform>Сеть %n утверждения записана в {path}</numerusform><numerusform>Сеть %n утверждений записана в {path}</numerusform><numerusform>Сеть %n утверждений записана в {path}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="351"/>
        <source>%n claim(s) written to {path}</source>
        <translation><numerusform>%n утверждение записано в {path}</numerusform><numerusform>%n утверждения записаны в {path}</numerusform><numerusform>%n утверждений записано в {path}</numerusform></translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="364"/>
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="392"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
</context>
<context>
    <name>ExportThread</name>
    <message>
        <location filename="../../../src/claimdesk/gui/export_worker.py" line="85"/>
        <source>The export failed unexpectedly: {kind}: {error}</source>
        <translation>Экспорт неожиданно не удался: {kind}: {error}</translation>
    </message>
</context>
</TS>