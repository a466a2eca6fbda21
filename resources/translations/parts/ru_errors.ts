<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Errors</name>
    <message>
        <source>There is no article with id {ident} in this catalogue.</source>
        <translation>В этом каталоге нет статьи с номером {ident}.</translation>
    </message>
    <message>
        <source>There is no claim with id {ident} in this catalogue.</source>
        <translation>В этом каталоге нет утверждения с номером {ident}.</translation>
    </message>
    <message>
        <source>There is no speaker with id {ident} in this catalogue.</source>
        <translation>В этом каталоге нет автора с номером {ident}.</translation>
    </message>
    <message>
        <source>There is no cluster with id {ident} in this catalogue.</source>
        <translation>В этом каталоге нет группы с номером {ident}.</translation>
    </message>
    <message>
        <source>There is no page snapshot with id {ident} in this catalogue.</source>
        <translation>В этом каталоге нет снимка страницы с номером {ident}.</translation>
    </message>
    <message>
        <source>There is no speaker alias with id {ident} in this catalogue.</source>
        <translation>В этом каталоге нет другого имени автора с номером {ident}.</translation>
    </message>
    <message>
        <source>There is no claim link with id {ident} in this catalogue.</source>
        <translation>В этом каталоге нет связи утверждений с номером {ident}.</translation>
    </message>
    <message>
        <source>There is no verdict status with id {ident} in this catalogue.</source>
        <translation>В этом каталоге нет статуса вердикта с номером {ident}.</translation>
    </message>
    <message>
        <source>There is no {what} with id {ident} in this catalogue.</source>
        <translation>В этом каталоге нет записи «{what}» с номером {ident}.</translation>
    </message>
    <message>
        <source>Article {article} has no version {number}.</source>
        <translation>У статьи {article} нет версии {number}.</translation>
    </message>
    <message>
        <source>The span {start}–{end} lies outside the article text, which is {length} characters long.</source>
        <translation>Фрагмент {start}–{end} лежит за пределами текста статьи (в нём {length} знаков).</translation>
    </message>
    <message>
        <source>The selection is empty: select some words of the article first.</source>
        <translation>Ничего не выделено: сначала выделите слова в статье.</translation>
    </message>
    <message>
        <source>The quote “{quote}” does not occur in the article.</source>
        <translation>Цитаты «{quote}» в статье нет.</translation>
    </message>
    <message numerus="yes">
        <source>The quote “{quote}” occurs %n time(s) in the article; occurrence {occurrence} does not exist.</source>
        <translation>
            <numerusform>Цитата «{quote}» встречается в статье %n раз; вхождения {occurrence} нет.</numerusform>
            <numerusform>Цитата «{quote}» встречается в статье %n раза; вхождения {occurrence} нет.</numerusform>
            <numerusform>Цитата «{quote}» встречается в статье %n раз; вхождения {occurrence} нет.</numerusform>
        </translation>
    </message>
    <message>
        <source>This article was changed by someone else since you opened it; nothing was saved. It now shows their version: check it and make your change again.</source>
        <translation>Пока статья была открыта, её изменил кто-то другой; ничего не сохранено. Теперь показана их версия: проверьте её и внесите изменение снова.</translation>
    </message>
    <message>
        <source>This claim was changed by someone else since you opened it; nothing was saved. It now shows their version: check it and make your change again.</source>
        <translation>Пока утверждение было открыто, его изменил кто-то другой; ничего не сохранено. Теперь показана их версия: проверьте её и внесите изменение снова.</translation>
    </message>
    <message>
        <source>This speaker was changed by someone else since you opened it; nothing was saved. It now shows their version: check it and make your change again.</source>
        <translation>Пока автор был открыт, его изменил кто-то другой; ничего не сохранено. Теперь показана их версия: проверьте её и внесите изменение снова.</translation>
    </message>
    <message>
        <source>This cluster was changed by someone else since you opened it; nothing was saved. It now shows their version: check it and make your change again.</source>
        <translation>Пока группа была открыта, её изменил кто-то другой; ничего не сохранено. Теперь показана их версия: проверьте её и внесите изменение снова.</translation>
    </message>
    <message>
        <source>This verdict status was changed by someone else since you opened it; nothing was saved. It now shows their version: check it and make your change again.</source>
        <translation>Пока статус вердикта был открыт, его изменил кто-то другой; ничего не сохранено. Теперь показана их версия: проверьте её и внесите изменение снова.</translation>
    </message>
    <message>
        <source>This record was changed by someone else since you opened it; nothing was saved. It now shows their version: check it and make your change again.</source>
        <translation>Пока запись была открыта, её изменил кто-то другой; ничего не сохранено. Теперь показана их версия: проверьте её и внесите изменение снова.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Повторять нечего.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Отменять нечего.</translation>
    </message>
    <message>
        <source>“{description}” cannot be undone: the records it changed have been changed since.</source>
        <translation>«{description}» нельзя отменить: записи, которые это действие изменило, с тех пор изменились.</translation>
    </message>
    <message>
        <source>Not enough disk space for the backup before upgrading the catalogue {location} (needs {megabytes} MB; {detail}): the catalogue was left as it was. Free some space on that disk and open it again.</source>
        <translation>Недостаточно места на диске для резервной копии перед обновлением каталога {location} (нужно {megabytes} МБ; {detail}): каталог оставлен как был. Освободите место на этом диске и откройте каталог снова.</translation>
    </message>
    <message>
        <source>Not enough disk space for the backup before upgrading the catalogue {location} (needs {megabytes} MB): the catalogue was left as it was. Free some space on that disk and open it again.</source>
        <translation>Недостаточно места на диске для резервной копии перед обновлением каталога {location} (нужно {megabytes} МБ): каталог оставлен как был. Освободите место на этом диске и откройте каталог снова.</translation>
    </message>
    <message>
        <source>The catalogue {location} is damaged ({detail}): ClaimDesk will not write into it. Recover what is readable into a new file (in the app, or with claimdesk-cli recover), or open a backup.</source>
        <translation>Каталог {location} повреждён ({detail}): ClaimDesk не будет в него записывать. Восстановите то, что читается, в новый файл (в приложении или командой claimdesk-cli recover) или откройте резервную копию.</translation>
    </message>
    <message>
        <source>The catalogue {location} is damaged: ClaimDesk will not write into it. Recover what is readable into a new file (in the app, or with claimdesk-cli recover), or open a backup.</source>
        <translation>Каталог {location} повреждён: ClaimDesk не будет в него записывать. Восстановите то, что читается, в новый файл (в приложении или командой claimdesk-cli recover) или откройте резервную копию.</translation>
    </message>
    <message numerus="yes">
        <source>The catalogue {location} cannot be used: this catalogue's version table is damaged (it names %n schema version(s) instead of one: {found}): ClaimDesk will not write into it. Recover what is readable into a new file (in the app, or with claimdesk-cli recover), or open a backup.</source>
        <translation>
            <numerusform>Каталогом {location} нельзя пользоваться: его таблица версий повреждена (в ней %n версия схемы вместо одной: {found}): ClaimDesk не будет в него записывать. Восстановите то, что читается, в новый файл (в приложении или командой claimdesk-cli recover) или откройте резервную копию.</numerusform>
            <numerusform>Каталогом {location} нельзя пользоваться: его таблица версий повреждена (в ней %n версии схемы вместо одной: {found}): ClaimDesk не будет в него записывать. Восстановите то, что читается, в новый файл (в приложении или командой claimdesk-cli recover) или откройте резервную копию.</numerusform>
            <numerusform>Каталогом {location} нельзя пользоваться: его таблица версий повреждена (в ней %n версий схемы вместо одной: {found}): ClaimDesk не будет в него записывать. Восстановите то, что читается, в новый файл (в приложении или командой claimdesk-cli recover) или откройте резервную копию.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>The text given is the text article {article} (“{title}”) has now: there is no new version to store.</source>
        <translation>Это тот же текст, что сейчас у статьи {article} («{title}»): новой версии для сохранения нет.</translation>
    </message>
    <message numerus="yes">
        <source>The status “{label}” cannot be removed: %n cluster(s) have it. Give those clusters another status first (or rename this one). Nothing was changed.</source>
        <translation>
            <numerusform>Статус «{label}» нельзя удалить: он стоит у %n группы. Сначала дайте этим группам другой статус (или переименуйте этот). Ничего не изменено.</numerusform>
            <numerusform>Статус «{label}» нельзя удалить: он стоит у %n групп. Сначала дайте этим группам другой статус (или переименуйте этот). Ничего не изменено.</numerusform>
            <numerusform>Статус «{label}» нельзя удалить: он стоит у %n групп. Сначала дайте этим группам другой статус (или переименуйте этот). Ничего не изменено.</numerusform>
        </translation>
    </message>
</context>
</TS>
