<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>Annotation {annotation}: the quote “{quote}” stands %n time(s) in article {article}, and its prefix and suffix do not tell which.</source>
        <translation>
            <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье {article} %n раз, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
            <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье {article} %n раза, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
            <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье {article} %n раз, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Annotation {annotation}: the quote “{quote}” stands %n time(s) in the article “{title}” carried in the file, and its prefix and suffix do not tell which.</source>
        <translation>
            <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье «{title}» из файла %n раз, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
            <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье «{title}» из файла %n раза, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
            <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье «{title}» из файла %n раз, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Annotation {annotation}: the quote “{quote}” stands %n time(s) in article {number} carried in the file, and its prefix and suffix do not tell which.</source>
        <translation>
            <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье {number} из файла %n раз, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
            <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье {number} из файла %n раза, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
            <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье {number} из файла %n раз, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Annotation {annotation}: %n article(s) have the address {address}, and none has the annotated text's hash.</source>
        <translation>
            <numerusform>Аннотация {annotation}: адрес {address} есть у %n статьи, но хеша размеченного текста нет ни у одной.</numerusform>
            <numerusform>Аннотация {annotation}: адрес {address} есть у %n статей, но хеша размеченного текста нет ни у одной.</numerusform>
            <numerusform>Аннотация {annotation}: адрес {address} есть у %n статей, но хеша размеченного текста нет ни у одной.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotation {annotation}: its span {start}–{end} is past the end of article {article} ({length} characters).</source>
        <translation>Аннотация {annotation}: её фрагмент {start}–{end} выходит за конец статьи {article} (символов в тексте: {length}).</translation>
    </message>
    <message>
        <source>Annotation {annotation}: its span {start}–{end} is past the end of the article “{title}” carried in the file ({length} characters).</source>
        <translation>Аннотация {annotation}: её фрагмент {start}–{end} выходит за конец статьи «{title}» из файла (символов в тексте: {length}).</translation>
    </message>
    <message>
        <source>Annotation {annotation}: its span {start}–{end} is past the end of article {number} carried in the file ({length} characters).</source>
        <translation>Аннотация {annotation}: её фрагмент {start}–{end} выходит за конец статьи {number} из файла (символов в тексте: {length}).</translation>
    </message>
    <message>
        <source>Annotation {annotation}: the quote “{quote}” is not at {start}–{end} of article {article}, which holds “{found}” there.</source>
        <translation>Аннотация {annotation}: цитаты «{quote}» нет на месте {start}–{end} статьи {article}: там стоит «{found}».</translation>
    </message>
    <message>
        <source>Annotation {annotation}: the quote “{quote}” is not at {start}–{end} of the article “{title}” carried in the file, which holds “{found}” there.</source>
        <translation>Аннотация {annotation}: цитаты «{quote}» нет на месте {start}–{end} статьи «{title}» из файла: там стоит «{found}».</translation>
    </message>
    <message>
        <source>Annotation {annotation}: the quote “{quote}” is not at {start}–{end} of article {number} carried in the file, which holds “{found}” there.</source>
        <translation>Аннотация {annotation}: цитаты «{quote}» нет на месте {start}–{end} статьи {number} из файла: там стоит «{found}».</translation>
    </message>
    <message>
        <source>Annotation {annotation}: the quote “{quote}” is not in article {article}.</source>
        <translation>Аннотация {annotation}: цитаты «{quote}» нет в статье {article}.</translation>
    </message>
    <message>
        <source>Annotation {annotation}: the quote “{quote}” is not in the article “{title}” carried in the file.</source>
        <translation>Аннотация {annotation}: цитаты «{quote}» нет в статье «{title}» из файла.</translation>
    </message>
    <message>
        <source>Annotation {annotation}: the quote “{quote}” is not in article {number} carried in the file.</source>
        <translation>Аннотация {annotation}: цитаты «{quote}» нет в статье {number} из файла.</translation>
    </message>
    <message>
        <source>Annotation {annotation}: its article ({address}) is neither in this catalogue (by its text or its address) nor carried in the file; import the article first.</source>
        <translation>Аннотация {annotation}: её статьи ({address}) нет ни в этом каталоге (ни по тексту, ни по адресу), ни в самом файле; сначала импортируйте статью.</translation>
    </message>
    <message>
        <source>The file: {reason}</source>
        <translation>Файл: {reason}</translation>
    </message>
    <message>
        <source>The article “{title}” carried in the file: {reason}</source>
        <translation>Статья «{title}» из файла: {reason}</translation>
    </message>
    <message>
        <source>Article {number} carried in the file: {reason}</source>
        <translation>Статья {number} из файла: {reason}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>не сохранено</translation>
    </message>
    <message>
        <source>“{date}” is not a date: write it as YYYY-MM-DD, YYYY-MM or YYYY.</source>
        <translation>«{date}» — не дата: запишите её как ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ.</translation>
    </message>
    <message>
        <source>“{date}” is not a real date ({reason}).</source>
        <translation>«{date}» — несуществующая дата ({reason}).</translation>
    </message>
    <message>
        <source>A claim cannot be linked to itself.</source>
        <translation>Утверждение нельзя связать с самим собой.</translation>
    </message>
    <message>
        <source>Unknown link “{link}”; choose one of: {choices}.</source>
        <translation>Неизвестная связь «{link}»; выберите одну из: {choices}.</translation>
    </message>
    <message>
        <source>These two claims are already linked that way.</source>
        <translation>Эти два утверждения уже связаны таким образом.</translation>
    </message>
    <message>
        <source>The explanation is too long (at most {limit:,} characters).</source>
        <translation>Пояснение слишком длинное (не более {limit:,} символов).</translation>
    </message>
    <message>
        <source>The fact-check address is too long (at most {limit:,} characters).</source>
        <translation>Адрес проверки фактов слишком длинный (не более {limit:,} символов).</translation>
    </message>
    <message>
        <source>The reviewer is too long (at most {limit:,} characters).</source>
        <translation>Имя проверяющего слишком длинное (не более {limit:,} символов).</translation>
    </message>
    <message>
        <source>Choose the claims to take out of the cluster.</source>
        <translation>Выберите утверждения, которые нужно вынести из группы.</translation>
    </message>
    <message>
        <source>Choose at least one other cluster to merge.</source>
        <translation>Выберите хотя бы одну другую группу для объединения.</translation>
    </message>
    <message>
        <source>Claim {claim} is not in cluster {cluster} (any more): nothing was changed.</source>
        <translation>Утверждения {claim} нет (уже нет) в группе {cluster}: ничего не изменено.</translation>
    </message>
    <message>
        <source>A split must leave at least one claim in the cluster: nothing was changed.</source>
        <translation>После разделения в группе должно остаться хотя бы одно утверждение: ничего не изменено.</translation>
    </message>
    <message>
        <source>The fact-check address “{address}” must start with http:// or https://.</source>
        <translation>Адрес проверки фактов «{address}» должен начинаться с http:// или https://.</translation>
    </message>
    <message>
        <source>The review date “{date}” is not a date (YYYY-MM-DD).</source>
        <translation>Дата проверки «{date}» — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>{file}: a source: {reason}</source>
        <translation>{file}: один из источников: {reason}</translation>
    </message>
    <message>
        <source>{file}: the speaker “{speaker}”: {reason}</source>
        <translation>{file}: автор «{speaker}»: {reason}</translation>
    </message>
    <message>
        <source>{file}: the source “{title}”: {reason}</source>
        <translation>{file}: источник «{title}»: {reason}</translation>
    </message>
    <message>
        <source>{format} is not a network format: use graphml or gexf.</source>
        <translation>{format} — не формат сети: используйте graphml или gexf.</translation>
    </message>
    <message>
        <source>Only a team catalogue on PostgreSQL keeps its claim index on the server; each desk indexes a SQLite catalogue's claims itself.</source>
        <translation>Индекс утверждений на сервере есть только у общего каталога редакции на PostgreSQL; утверждения каталога SQLite каждое рабочее место индексирует само.</translation>
    </message>
    <message>
        <source>Unknown export format “{format}”; choose one of: {choices}.</source>
        <translation>Неизвестный формат экспорта «{format}»; выберите один из: {choices}.</translation>
    </message>
    <message>
        <source>Unknown network export “{format}”/“{network}”: the formats are graphml and gexf, the networks {choices}.</source>
        <translation>Неизвестный экспорт сети «{format}»/«{network}»: форматы — graphml и gexf, сети — {choices}.</translation>
    </message>
    <message>
        <source>A speaker cannot be merged with itself.</source>
        <translation>Автора нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>{speaker} has no alias “{alias}”.</source>
        <translation>У автора {speaker} нет другого имени «{alias}».</translation>
    </message>
    <message>
        <source>The copy was cancelled; the target catalogue was left empty.</source>
        <translation>Копирование отменено; целевой каталог оставлен пустым.</translation>
    </message>
    <message>
        <source>The source and the target are the same catalogue.</source>
        <translation>Источник и цель — один и тот же каталог.</translation>
    </message>
    <message>
        <source>The target catalogue {location} is not empty (its {table} table has rows): copy into a new, empty catalogue.</source>
        <translation>Целевой каталог {location} не пуст (в его таблице {table} есть строки): копируйте в новый, пустой каталог.</translation>
    </message>
    <message>
        <source>Unknown status “{status}”; choose one of: {choices}.</source>
        <translation>Неизвестный статус «{status}»; выберите один из: {choices}.</translation>
    </message>
    <message>
        <source>A status needs a label.</source>
        <translation>У статуса должно быть название.</translation>
    </message>
    <message>
        <source>The label is too long (at most {limit} characters).</source>
        <translation>Название слишком длинное (не более {limit} символов).</translation>
    </message>
    <message>
        <source>The status “{label}” ({key}) has that label already: choose another.</source>
        <translation>Это название уже у статуса «{label}» ({key}): выберите другое.</translation>
    </message>
    <message>
        <source>The status “{label}” cannot be removed: new clusters start with it. You can rename it.</source>
        <translation>Статус «{label}» нельзя удалить: он есть у каждой новой группы. Его можно переименовать.</translation>
    </message>
    <message>
        <source>The key “{key}” must be one word of letters, digits and underscores, at most {limit} characters.</source>
        <translation>Ключ «{key}» должен быть одним словом из букв, цифр и подчёркиваний, не длиннее {limit} символов.</translation>
    </message>
    <message>
        <source>A status with the key “{key}” exists already.</source>
        <translation>Статус с ключом «{key}» уже есть.</translation>
    </message>
    <message>
        <source>Article {other} already has this text, so it cannot also be a new version of article {article} (“{title}”).</source>
        <translation>Этот текст уже есть у статьи {other}, поэтому он не может стать ещё и новой версией статьи {article} («{title}»).</translation>
    </message>
    <message>
        <source>Claim {claim} (“{quote}”) is not orphaned: it already stands in the article's text. Move it instead.</source>
        <translation>Утверждение {claim} («{quote}») не осталось без места: оно уже стоит в тексте статьи. Лучше переместите его.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>edited in the app</source>
        <translation>правка в приложении</translation>
    </message>
</context>
<context>
    <name>CliClusters</name>
    <message>
        <source>(no speaker)</source>
        <translation>(без автора)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>edited in the app</source>
        <translation>правка в приложении</translation>
    </message>
</context>
</TS>
