<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="323"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="327"/>
        <source>Your name on claims, the language, CSV&apos;s Excel option, the reader&apos;s font size, the highlight colours and the theme</source>
        <translation>Ваше имя в утверждениях, язык, вариант CSV для Excel, размер шрифта текста статьи, цвета выделений и тема оформления</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="80"/>
        <source>Catalogue who said what in news articles.</source>
        <translation>Каталог того, кто что сказал в новостных статьях.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="84"/>
        <source>the catalogue: a file path or a database URL</source>
        <translation>каталог: путь к файлу или URL базы данных</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="90"/>
        <source>check the app works on a throwaway catalogue, then exit (0 if it does)</source>
        <translation>проверить работу приложения на временном каталоге и выйти (0, если всё в порядке)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="95"/>
        <source>text files to open as articles</source>
        <translation>текстовые файлы, которые открыть как статьи</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="110"/>
        <source>{app} — cannot open the catalogue</source>
        <translation>{app} — не удаётся открыть каталог</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="118"/>
        <source>Recover what is readable into a new catalogue (the damaged file is left as it is), open another catalogue, start a new one, or quit.</source>
        <translation>Восстановите читаемое в новый каталог (повреждённый файл останется как есть), откройте другой каталог, создайте новый или выйдите.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="125"/>
        <source>Recover what is readable…</source>
        <translation>Восстановить читаемое…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="130"/>
        <source>Open another catalogue, start a new one, or quit.</source>
        <translation>Откройте другой каталог, создайте новый или выйдите.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="135"/>
        <source>Open another…</source>
        <translation>Открыть другой…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="138"/>
        <source>New catalogue…</source>
        <translation>Новый каталог…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="140"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="150"/>
        <source>Open catalogue</source>
        <translation>Открыть каталог</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="152"/>
        <source>Catalogues (*.sqlite *.db);;All files (*)</source>
        <translation>Каталоги (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="157"/>
        <source>New catalogue</source>
        <translation>Новый каталог</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="159"/>
        <location filename="../../../src/claimdesk/gui/app.py" line="174"/>
        <source>Catalogues (*.sqlite)</source>
        <translation>Каталоги (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="172"/>
        <source>Recover into a new catalogue</source>
        <translation>Восстановить в новый каталог</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="188"/>
        <source>{app} — recovery failed</source>
        <translation>{app} — восстановить не удалось</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="198"/>
        <source>{app} — catalogue recovered</source>
        <translation>{app} — каталог восстановлен</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/app.py" line="203"/>
        <source>The damaged catalogue {name} was left as it is. ClaimDesk opens the recovered one now.</source>
        <translation>Повреждённый каталог {name} оставлен как есть. Сейчас ClaimDesk откроет восстановленный.</translation>
    </message>
</context>
<context>
    <name>HighlightPalette</name>
    <message>
        <location filename="../../../src/claimdesk/gui/colours.py" line="55"/>
        <source>Soft</source>
        <translation>Мягкие</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/colours.py" line="56"/>
        <source>Strong</source>
        <translation>Яркие</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/colours.py" line="58"/>
        <source>Colour-blind safe (Okabe–Ito)</source>
        <translation>Различимые при дальтонизме (Окабэ — Ито)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="86"/>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="87"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="97"/>
        <source>Your login name: {name}</source>
        <translation>Ваше имя входа в систему: {name}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="100"/>
        <source>Recorded as who added and changed each claim (“Added by”).</source>
        <translation>Записывается как автор добавления и изменения каждого утверждения («Кем добавлено»).</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="105"/>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="111"/>
        <source>The language changes the next time ClaimDesk starts.</source>
        <translation>Язык сменится при следующем запуске ClaimDesk.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="115"/>
        <source>E&amp;xcel-compatible (UTF-8 with BOM)</source>
        <translation>&amp;Совместимо с Excel (UTF-8 с BOM)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="120"/>
        <source>Starts CSV files with a byte-order mark, so Excel reads Cyrillic and other non-Latin text correctly. The export dialog remembers your last choice.</source>
        <translation>Начинает файлы CSV с метки порядка байтов (BOM), чтобы Excel правильно читал кириллицу и другие нелатинские буквы. Окно экспорта запоминает ваш последний выбор.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="128"/>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="140"/>
        <source>Underlines tell the kinds apart: solid, a direct quote; dashed, an indirect quote; wavy, a claim.</source>
        <translation>Подчёркивание различает типы: сплошное — прямая цитата, пунктирное — косвенная цитата, волнистое — утверждение.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="160"/>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="178"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="180"/>
        <source>Your &amp;name (“Added by”):</source>
        <translation>Ваше &amp;имя («Кем добавлено»):</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="183"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="188"/>
        <source>CSV export</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="192"/>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="194"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема оформления:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="197"/>
        <source>Reader &amp;font size:</source>
        <translation>&amp;Размер шрифта текста статьи:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/preferences_dialog.py" line="200"/>
        <source>&amp;Highlight colours:</source>
        <translation>&amp;Цвета выделений:</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../../src/claimdesk/gui/theme.py" line="44"/>
        <source>System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/theme.py" line="45"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/theme.py" line="46"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
</context>
</TS>
