<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../../src/claimdesk/cli.py" line="+1378"/>
        <source>show program&apos;s version number and exit</source>
        <translation>показать версию программы и выйти</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/i18n_text.py" line="+224"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>не хватает обязательных аргументов: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>нужен один из аргументов %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>нельзя указывать вместе с аргументом %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>неизвестные аргументы: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s подходит к %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>ожидается не больше одного аргумента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы один аргумент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>пропущен явный аргумент %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестная команда %(parser_name)r (есть: %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удаётся открыть «%(filename)s»: %(error)s</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../../src/claimdesk/cli.py" line="-1262"/>
        <source>{argument} is not valid text in the locale&apos;s encoding ({encoding}): retype it, or set the terminal&apos;s or the script&apos;s encoding to match</source>
        <translation>{argument} — недопустимый текст в кодировке локали ({encoding}): наберите его заново или установите ту же кодировку в терминале или скрипте</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the search text is {length:,} characters long; search for at most {limit:,} (a few distinctive words find a claim)</source>
        <translation>длина текста поиска — {length:,} символов; ищите не больше {limit:,} (утверждение находят по нескольким характерным словам)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the text is {length:,} characters long; compare at most {limit:,} (the text of one claim)</source>
        <translation>длина текста — {length:,} символов; сравнивайте не больше {limit:,} (текст одного утверждения)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{argument} is not an id: give a whole number such as 12</source>
        <translation>{argument} — не идентификатор: укажите целое число, например 12</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{argument} is not a count: give a whole number such as 12</source>
        <translation>{argument} — не количество: укажите целое число, например 12</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{argument} is not an id: it must be from 1 to {largest}</source>
        <translation>{argument} — не идентификатор: он должен быть от 1 до {largest}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{argument} is not a count: it must be from 1 to {largest}</source>
        <translation>{argument} — не количество: оно должно быть от 1 до {largest}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{prog}: error: {message} (see {prog} --help)</source>
        <translation>{prog}: ошибка: {message} (см. {prog} --help)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No speaker is named “{name}” (by name or alias).</source>
        <translation>Нет спикера с именем «{name}» (ни основным, ни другим).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No article files found (.txt, .md, .html, .docx, .pdf, .odt, .rtf).</source>
        <translation>Файлы статей не найдены (.txt, .md, .html, .docx, .pdf, .odt, .rtf).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--title names one article: give it with a single file.</source>
        <translation>--title задаёт заголовок одной статьи: укажите его с одним файлом.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>--version-of takes one file or web address: the article&apos;s new text.</source>
        <translation>--version-of принимает один файл или веб-адрес: новый текст статьи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{options} cannot be given with --version-of: a new version changes the article&apos;s text, not its details (use article-edit).</source>
        <translation>{options} нельзя указывать с --version-of: новая версия меняет текст статьи, а не её сведения (используйте article-edit).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{prog}: article {article} is now at version {version}; its claims: {states}</source>
        <translation>{prog}: статья {article} теперь в версии {version}; её утверждения: {states}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} exact</source>
        <translation>на месте: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} moved</source>
        <translation>сдвинуто: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} approximate</source>
        <translation>найдено приблизительно: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} orphaned</source>
        <translation>без места: {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{prog}: warning: {name}: {warning}</source>
        <translation>{prog}: предупреждение: {name}: {warning}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: ошибка: {message}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give web addresses or files, not both, in one import.</source>
        <translation>В одном импорте укажите либо веб-адреса, либо файлы, но не то и другое.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--title names one article: give it with a single web address.</source>
        <translation>--title задаёт заголовок одной статьи: укажите его с одним веб-адресом.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>{prog}: {name}: the same text is already article {article}</source>
        <translation>{prog}: {name}: этот текст уже есть в каталоге — статья {article}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{prog}: {name}: imported as article {article}, a near-duplicate of {near}</source>
        <translation>{prog}: {name}: импортирован как статья {article}, почти дубликат {near}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{prog}: {created} imported, {there} already there, {failed} failed, {stopped} not tried</source>
        <translation>{prog}: импортировано: {created}, уже в каталоге: {there}, с ошибкой: {failed}, не обработано: {stopped}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{prog}: {created} imported, {there} already there, {failed} failed</source>
        <translation>{prog}: импортировано: {created}, уже в каталоге: {there}, с ошибкой: {failed}</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>--accept-min is a confidence between 0 and 1.</source>
        <translation>--accept-min — это уверенность от 0 до 1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{prog}: stored {stored} of {total} suggestions</source>
        <translation>{prog}: сохранено подсказок: {stored} из {total}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(matched “{name}”)</source>
        <translation>(совпало с «{name}»)</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n утверждение</numerusform>
            <numerusform>%n утверждения</numerusform>
            <numerusform>%n утверждений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the text of a claim to compare, e.g. similar &quot;…&quot;.</source>
        <translation>Укажите текст утверждения для сравнения, например similar &quot;…&quot;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+332"/>
        <source>(unattributed)</source>
        <translation>(без спикера)</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>indexing claims: {done}/{total} ({percent}%)</source>
        <translation>индексация утверждений: {done}/{total} ({percent}%)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Another desk is building or merging the server&apos;s claim index right now, or it was built with another version of the word stemmer: try again in a minute.</source>
        <translation>Другое рабочее место сейчас строит или объединяет индекс утверждений на сервере, или индекс построен другой версией стеммера: повторите через минуту.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ready: searches use it</source>
        <translation>готов: поиск использует его</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not built yet: the first search builds it (or use --rebuild)</source>
        <translation>ещё не построен: его построит первый поиск (или используйте --rebuild)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>being built (or a build stopped half-way: --rebuild finishes it)</source>
        <translation>строится (или построение прервалось на полпути: --rebuild его завершит)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>built by a desk with another word stemmer: this desk indexes claims itself</source>
        <translation>построен рабочим местом с другим стеммером: это рабочее место индексирует утверждения само</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server claim index: {meaning}</source>
        <translation>индекс утверждений на сервере: {meaning}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n claim(s) indexed</source>
        <translation>
            <numerusform>%n утверждение в индексе</numerusform>
            <numerusform>%n утверждения в индексе</numerusform>
            <numerusform>%n утверждений в индексе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n posting(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) waiting to be merged</source>
        <translation>
            <numerusform>%n строка ждёт объединения</numerusform>
            <numerusform>%n строки ждут объединения</numerusform>
            <numerusform>%n строк ждут объединения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>version {number}</source>
        <translation>версия {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{path} could not be written: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n byte(s) written to {path}</source>
        <translation>
            <numerusform>%n байт записан в {path}</numerusform>
            <numerusform>%n байта записано в {path}</numerusform>
            <numerusform>%n байт записано в {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing to change: give --title, --outlet, --date, --url or --language (an empty value such as --date &quot;&quot; clears it).</source>
        <translation>Нечего менять: укажите --title, --outlet, --date, --url или --language (пустое значение, например --date &quot;&quot;, очищает поле).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deleting article {article} “{title}” needs --yes: there is no terminal to ask.</source>
        <translation>Для удаления статьи {article} «{title}» нужен --yes: нет терминала, чтобы спросить.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deleting article {article} “{title}” and its %n claim(s) needs --yes: there is no terminal to ask.</source>
        <translation>
            <numerusform>Для удаления статьи {article} «{title}» и её %n утверждения нужен --yes: нет терминала, чтобы спросить.</numerusform>
            <numerusform>Для удаления статьи {article} «{title}» и её %n утверждений нужен --yes: нет терминала, чтобы спросить.</numerusform>
            <numerusform>Для удаления статьи {article} «{title}» и её %n утверждений нужен --yes: нет терминала, чтобы спросить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete article {article} “{title}”? This cannot be undone from the command line. [y/N] </source>
        <translation>Удалить статью {article} «{title}»? Из командной строки это не отменить. [y/N] </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete article {article} “{title}” and its %n claim(s)? This cannot be undone from the command line. [y/N] </source>
        <translation>
            <numerusform>Удалить статью {article} «{title}» и её %n утверждение? Из командной строки это не отменить. [y/N] </numerusform>
            <numerusform>Удалить статью {article} «{title}» и её %n утверждения? Из командной строки это не отменить. [y/N] </numerusform>
            <numerusform>Удалить статью {article} «{title}» и её %n утверждений? Из командной строки это не отменить. [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>y|yes</source>
        <translation>д|да</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not confirmed: nothing was deleted.</source>
        <translation>Не подтверждено: ничего не удалено.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Deleted article {article} “{title}” and its %n claim(s).</source>
        <translation>
            <numerusform>Удалены статья {article} «{title}» и её %n утверждение.</numerusform>
            <numerusform>Удалены статья {article} «{title}» и её %n утверждения.</numerusform>
            <numerusform>Удалены статья {article} «{title}» и её %n утверждений.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted article {article} “{title}”.</source>
        <translation>Удалена статья {article} «{title}».</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(orphaned, version {number})</source>
        <translation>(без места, версия {number})</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>copying {table}: {done}/%n row(s) ({percent}%)</source>
        <translation>
            <numerusform>копирование {table}: {done}/%n строка ({percent}%)</numerusform>
            <numerusform>копирование {table}: {done}/%n строки ({percent}%)</numerusform>
            <numerusform>копирование {table}: {done}/%n строк ({percent}%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>copied %n row(s) ({counts}) from {source} to {target}</source>
        <translation>
            <numerusform>скопирована %n строка ({counts}) из {source} в {target}</numerusform>
            <numerusform>скопировано %n строки ({counts}) из {source} в {target}</numerusform>
            <numerusform>скопировано %n строк ({counts}) из {source} в {target}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>check reads a catalogue file; a team catalogue&apos;s PostgreSQL server checks its own data (its administrator runs its tools).</source>
        <translation>check читает файл каталога; сервер PostgreSQL командного каталога проверяет свои данные сам (его инструменты запускает администратор).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path}: passed the full integrity check</source>
        <translation>{path}: полная проверка целостности пройдена</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>reading {table}: %n row(s)</source>
        <translation>
            <numerusform>чтение {table}: %n строка</numerusform>
            <numerusform>чтение {table}: %n строки</numerusform>
            <numerusform>чтение {table}: %n строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+163"/>
        <source>speaker name, alias or id</source>
        <translation>имя спикера, другое имя или идентификатор</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>only claims in this article</source>
        <translation>только утверждения из этой статьи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outlet name (or part of it)</source>
        <translation>название издания (или его часть)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>published on or after (YYYY[-MM[-DD]])</source>
        <translation>опубликовано в этот день или позже (ГГГГ[-ММ[-ДД]])</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>published on or before</source>
        <translation>опубликовано в этот день или раньше</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>words in the quote, speaker or article title</source>
        <translation>слова в цитате, имени спикера или заголовке статьи</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>catalogue file or database URL (default: $CLAIMDESK_DATABASE_URL, else the catalogue in the user data folder)</source>
        <translation>файл каталога или URL базы данных (по умолчанию: $CLAIMDESK_DATABASE_URL, иначе каталог в папке данных пользователя)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ClaimDesk&apos;s catalogue of claims.</source>
        <translation>Каталог утверждений ClaimDesk.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>import files (.txt .md .html .docx .pdf .odt .rtf), folders of them or web pages as articles and print their ids</source>
        <translation>импортировать файлы (.txt .md .html .docx .pdf .odt .rtf), папки с ними или веб-страницы как статьи и вывести их идентификаторы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>files, folders, or web addresses (http:// or https://, fetched before the catalogue is opened)</source>
        <translation>файлы, папки или веб-адреса (http:// или https://, загружаются до открытия каталога)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+194"/>
        <source>publication date, YYYY-MM-DD (or YYYY-MM, YYYY)</source>
        <translation>дата публикации, ГГГГ-ММ-ДД (или ГГГГ-ММ, ГГГГ)</translation>
    </message>
    <message>
        <location line="-190"/>
        <location line="+194"/>
        <source>language code such as ru or en</source>
        <translation>код языка, например ru или en</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>store the one FILE as a new version of this article&apos;s text; its claims follow the text (printed per claim: exact, moved, approximate with a score, or orphaned)</source>
        <translation>сохранить единственный FILE как новую версию текста этой статьи; её утверждения следуют за текстом (для каждого выводится: exact — на месте, moved — сдвинуто, approximate — приблизительно, с оценкой, orphaned — без места)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>processes reading files at once (default: one per core; 1 reads them here)</source>
        <translation>сколько процессов читают файлы одновременно (по умолчанию: по одному на ядро; 1 — читать в этом процессе)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attribute a quote in an article to a speaker</source>
        <translation>приписать цитату из статьи спикеру</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the exact text of the quote</source>
        <translation>точный текст цитаты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name or alias; created if unknown</source>
        <translation>имя или другое имя; неизвестный спикер создаётся</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>which repeat of the quote (1 = first)</source>
        <translation>какое по счёту вхождение цитаты (1 — первое)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tag (repeat for several)</source>
        <translation>метка (повторите для нескольких)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>suggest quotes and their speakers in an article (stores nothing without --accept-min)</source>
        <translation>подсказать цитаты и их спикеров в статье (без --accept-min ничего не сохраняется)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>store the suggestions at or above this confidence (0-1), creating speakers; without a value, the confidence of those the app shows by default for the article&apos;s language</source>
        <translation>сохранить подсказки с уверенностью не ниже этой (0–1), создавая спикеров; без значения — уверенность подсказок, которые приложение по умолчанию показывает для языка статьи</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>add another name under which a speaker appears</source>
        <translation>добавить другое имя, под которым встречается спикер</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>list speakers, or find one by a fuzzy name</source>
        <translation>список спикеров или поиск спикера по неточному имени</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>part of a name or alias</source>
        <translation>часть имени или другого имени</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fuzzy search: any case, spelling, script or typo</source>
        <translation>нечёткий поиск: любой регистр, написание, алфавит или опечатка</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>with --match: how many (default 10)</source>
        <translation>с --match: сколько показать (по умолчанию 10)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>find stored claims similar to a text, with scores</source>
        <translation>найти сохранённые утверждения, похожие на текст, с оценками</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>show, rebuild or merge the claim index a team catalogue keeps on its PostgreSQL server</source>
        <translation>показать, перестроить или объединить индекс утверждений, который командный каталог хранит на своём сервере PostgreSQL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>index every claim afresh</source>
        <translation>заново проиндексировать все утверждения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>merge the claims written since into the postings</source>
        <translation>добавить в индекс утверждения, записанные с тех пор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list articles</source>
        <translation>список статей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>part of a title or outlet</source>
        <translation>часть заголовка или названия издания</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list the versions of an article&apos;s text (the current one marked *), with their claims</source>
        <translation>список версий текста статьи (текущая отмечена *) с их утверждениями</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>list the web pages an article was read from, as fetched (one per version of its text)</source>
        <translation>список веб-страниц, из которых прочитана статья, в загруженном виде (по одной на версию текста)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>write a web page an article was read from, as fetched</source>
        <translation>записать веб-страницу, из которой прочитана статья, в загруженном виде</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file to write the page to</source>
        <translation>файл, в который записать страницу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>change an article&apos;s details (an empty value clears one; an empty title becomes the text&apos;s first line)</source>
        <translation>изменить сведения о статье (пустое значение очищает поле; пустой заголовок становится первой строкой текста)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>delete an article and its claims (asks first at a terminal; --yes in scripts)</source>
        <translation>удалить статью и её утверждения (в терминале сначала спрашивает; в скриптах — --yes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>do not ask: delete it</source>
        <translation>не спрашивать: удалить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list claims</source>
        <translation>список утверждений</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only claims not found in their article&apos;s newest text, waiting to be placed</source>
        <translation>только утверждения, не найденные в новейшем тексте статьи и ждущие места</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>copy a whole catalogue into a new, empty one (SQLite to PostgreSQL and back), ids kept</source>
        <translation>скопировать весь каталог в новый, пустой (из SQLite в PostgreSQL и обратно), с сохранением идентификаторов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>catalogue file or database URL to copy</source>
        <translation>файл каталога или URL базы данных, которые копировать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new or empty catalogue file or database URL</source>
        <translation>новый или пустой файл каталога или URL базы данных</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run the full integrity check on a catalogue file now (opening one runs it only when the file may have changed since ClaimDesk last closed it)</source>
        <translation>выполнить полную проверку целостности файла каталога сейчас (при открытии она выполняется, только если файл мог измениться после того, как ClaimDesk его закрыл)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>copy what is readable of a damaged catalogue into a new one (the damaged file is only read), counting the rows recovered and lost in each table</source>
        <translation>скопировать читаемое из повреждённого каталога в новый (повреждённый файл только читается) и подсчитать восстановленные и потерянные строки в каждой таблице</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the damaged catalogue file</source>
        <translation>файл повреждённого каталога</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new catalogue file to make</source>
        <translation>файл нового каталога</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{prog}: interrupted</source>
        <translation>{prog}: прервано</translation>
    </message>
</context>
<context>
    <name>CliClusters</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/cli_clusters.py" line="+101"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n утверждение</numerusform>
            <numerusform>%n утверждения</numerusform>
            <numerusform>%n утверждений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{status}, confirmed</source>
        <translation>{status}, подтверждено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no date)</source>
        <translation>(без даты)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unattributed)</source>
        <translation>(без спикера)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n new cluster(s)</source>
        <translation>
            <numerusform>%n новый кластер</numerusform>
            <numerusform>%n новых кластера</numerusform>
            <numerusform>%n новых кластеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n grown</source>
        <translation>
            <numerusform>%n пополнен</numerusform>
            <numerusform>%n пополнено</numerusform>
            <numerusform>%n пополнено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Gathered %n claim(s): {new}, {grown}.</source>
        <translation>
            <numerusform>Собрано %n утверждение: {new}, {grown}.</numerusform>
            <numerusform>Собрано %n утверждения: {new}, {grown}.</numerusform>
            <numerusform>Собрано %n утверждений: {new}, {grown}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--claims lists the claims of one status: add --status.</source>
        <translation>--claims выводит утверждения одного статуса: добавьте --status.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no outlet)</source>
        <translation>(без издания)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>article {id}</source>
        <translation>статья {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>claim {id}</source>
        <translation>утверждение {id}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Split %n claim(s) into cluster {cluster}.</source>
        <translation>
            <numerusform>%n утверждение выделено в кластер {cluster}.</numerusform>
            <numerusform>%n утверждения выделены в кластер {cluster}.</numerusform>
            <numerusform>%n утверждений выделено в кластер {cluster}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Merged %n cluster(s) ({merged}) into {cluster}.</source>
        <translation>
            <numerusform>%n кластер ({merged}) объединён с {cluster}.</numerusform>
            <numerusform>%n кластера ({merged}) объединены с {cluster}.</numerusform>
            <numerusform>%n кластеров ({merged}) объединено с {cluster}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cluster {cluster}: {claims}, {status}</source>
        <translation>Кластер {cluster}: {claims}, {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Explanation: {text}</source>
        <translation>Пояснение: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fact-check: {url}</source>
        <translation>Проверка фактов: {url}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reviewed by {reviewer} on {date}</source>
        <translation>Проверил(а) {reviewer}, {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cluster {cluster}: {status}</source>
        <translation>Кластер {cluster}: {status}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Claims: {count}</source>
        <translation>Утверждений: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By speaker:</source>
        <translation>По спикерам:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By outlet:</source>
        <translation>По изданиям:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By tag:</source>
        <translation>По меткам:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By kind:</source>
        <translation>По типам:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month:</source>
        <translation>По месяцам:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>one of: {statuses}</source>
        <translation>одно из: {statuses}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>list claim clusters (the largest first) with their verdicts and first appearances</source>
        <translation>список кластеров утверждений (сначала крупнейшие) с вердиктами и первыми появлениями</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only clusters with this verdict ({statuses})</source>
        <translation>только кластеры с этим вердиктом ({statuses})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first place the claims linked as the same claim, and those almost certainly the same, into clusters (one undoable edit; claims already in clusters stay). Matching compares every claim: about 20 ms a claim, so minutes in a large catalogue, where --links-only takes a moment</source>
        <translation>сначала собрать в кластеры утверждения, связанные как «то же утверждение», и почти наверняка одинаковые (одна правка, которую можно отменить; утверждения, уже входящие в кластеры, остаются на месте). Сопоставление сравнивает все утверждения: около 20 мс на утверждение, то есть минуты в большом каталоге, где --links-only занимает мгновение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>with --gather: only the same-claim links</source>
        <translation>с --gather: только связи «то же утверждение»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with --status: list the claims, in time order</source>
        <translation>с --status: вывести утверждения в порядке времени</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show a cluster: its verdict and every appearance in time order (the first marked *)</source>
        <translation>показать кластер: его вердикт и все появления в порядке времени (первое отмечено *)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>print the verdict as schema.org ClaimReview JSON-LD</source>
        <translation>вывести вердикт как JSON-LD schema.org ClaimReview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first take these claims out into a new cluster</source>
        <translation>сначала выделить эти утверждения в новый кластер</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first move every claim of these clusters into this one</source>
        <translation>сначала перенести все утверждения этих кластеров в этот</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mark its claims as checked</source>
        <translation>отметить его утверждения как проверенные</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give a cluster a fact-check verdict</source>
        <translation>вынести кластеру вердикт проверки фактов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the fact-check&apos;s address</source>
        <translation>адрес проверки фактов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why the rating</source>
        <translation>почему такая оценка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>who reviewed it (default: you)</source>
        <translation>кто проверял (по умолчанию: вы)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>date of the verdict, YYYY-MM-DD (default: today)</source>
        <translation>дата вердикта, ГГГГ-ММ-ДД (по умолчанию: сегодня)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>count claims per speaker, outlet, tag, kind and month</source>
        <translation>подсчитать утверждения по спикерам, изданиям, меткам, типам и месяцам</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/cli_export.py" line="+56"/>
        <source>the {network} network of %n claim(s) written to {path}</source>
        <translation>
            <numerusform>сеть {network} по %n утверждению записана в {path}</numerusform>
            <numerusform>сеть {network} по %n утверждениям записана в {path}</numerusform>
            <numerusform>сеть {network} по %n утверждениям записана в {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n claim(s) written to {path}</source>
        <translation>
            <numerusform>%n утверждение записано в {path}</numerusform>
            <numerusform>%n утверждения записаны в {path}</numerusform>
            <numerusform>%n утверждений записано в {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n claim(s) imported from {path}</source>
        <translation>
            <numerusform>%n утверждение импортировано из {path}</numerusform>
            <numerusform>%n утверждения импортированы из {path}</numerusform>
            <numerusform>%n утверждений импортировано из {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new speaker(s)</source>
        <translation>
            <numerusform>%n новый спикер</numerusform>
            <numerusform>%n новых спикера</numerusform>
            <numerusform>%n новых спикеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n уже было</numerusform>
            <numerusform>%n уже были</numerusform>
            <numerusform>%n уже было</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>export claims to a file: CSV, JSON Lines, JSON (every field; schema claimdesk/core/export/schemas/claims-v1.schema.json), W3C Web Annotation, a REFI-QDA project (.qdpx), or the network of their speakers as GraphML or GEXF (for Gephi)</source>
        <translation>экспортировать утверждения в файл: CSV, JSON Lines, JSON (все поля; схема claimdesk/core/export/schemas/claims-v1.schema.json), W3C Web Annotation, проект REFI-QDA (.qdpx) или сеть их спикеров в GraphML или GEXF (для Gephi)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file to write</source>
        <translation>файл, в который записать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write CSV to this file</source>
        <translation>записать CSV в этот файл</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>csv, jsonl, json, webannotation, qdpx, graphml or gexf (default: from the --output file&apos;s suffix: .csv, .jsonl, .json, .jsonld, .qdpx, .graphml, .gexf)</source>
        <translation>csv, jsonl, json, webannotation, qdpx, graphml или gexf (по умолчанию — по расширению файла --output: .csv, .jsonl, .json, .jsonld, .qdpx, .graphml, .gexf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GraphML/GEXF: speakers (linked by shared clusters and contradictions), speaker-tag or speaker-cluster (two-mode); the filters, --since/--until too, choose the claims (default: speakers)</source>
        <translation>GraphML/GEXF: speakers — спикеры (связанные общими кластерами и противоречиями), speaker-tag или speaker-cluster (двудольные); утверждения выбирают фильтры, в том числе --since/--until (по умолчанию: speakers)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV: add a byte-order mark for spreadsheet programs</source>
        <translation>CSV: добавить метку порядка байтов для табличных редакторов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV: do not neutralise cells starting with = + - @ (for data pipelines)</source>
        <translation>CSV: не обезвреживать ячейки, начинающиеся с = + - @ (для конвейеров данных)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>store the W3C Web Annotations of a file (as export --format webannotation writes them) as claims on the catalogue&apos;s articles they name (by text or url): all or none</source>
        <translation>сохранить W3C Web Annotations из файла (в том виде, как их пишет export --format webannotation) как утверждения в статьях каталога, которые они называют (по тексту или url): все или ни одной</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--csv writes CSV; for --format {format} give --output FILE instead.</source>
        <translation>--csv пишет CSV; для --format {format} укажите вместо него --output FILE.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which format is {name}? Give --format ({formats}).</source>
        <translation>В каком формате {name}? Укажите --format ({formats}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--excel and --keep-formulas concern CSV exports only.</source>
        <translation>--excel и --keep-formulas относятся только к экспорту в CSV.</translation>
    </message>
</context>
<context>
    <name>CliQdpx</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/cli_qdpx.py" line="+45"/>
        <location line="+23"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <location line="+29"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n утверждение</numerusform>
            <numerusform>%n утверждения</numerusform>
            <numerusform>%n утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n спикер</numerusform>
            <numerusform>%n спикера</numerusform>
            <numerusform>%n спикеров</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{articles}, {claims} and {speakers} written to {path}</source>
        <translation>{articles}, {claims} и {speakers} записаны в {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n orphaned claim(s) left out</source>
        <translation>
            <numerusform>%n утверждение без места пропущено</numerusform>
            <numerusform>%n утверждения без места пропущены</numerusform>
            <numerusform>%n утверждений без места пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+8"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n уже было</numerusform>
            <numerusform>%n уже были</numerusform>
            <numerusform>%n уже было</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n new speaker(s)</source>
        <translation>
            <numerusform>%n новый спикер</numerusform>
            <numerusform>%n новых спикера</numerusform>
            <numerusform>%n новых спикеров</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{articles}, {speakers}, {claims} imported from {path}</source>
        <translation>{articles}, {speakers}, {claims} импортированы из {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export the whole catalogue as a REFI-QDA project (.qdpx) for QDA software</source>
        <translation>экспортировать весь каталог как проект REFI-QDA (.qdpx) для программ качественного анализа</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the project&apos;s name (default: ClaimDesk)</source>
        <translation>название проекта (по умолчанию: ClaimDesk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print what was written as JSON</source>
        <translation>вывести записанное в виде JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>import a REFI-QDA project (.qdpx): its text sources as articles, its selections as claims, its cases as speakers; all of it or, on any error, nothing</source>
        <translation>импортировать проект REFI-QDA (.qdpx): его текстовые источники как статьи, выделения как утверждения, случаи как спикеров; всё целиком или, при любой ошибке, ничего</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>print what was imported as JSON</source>
        <translation>вывести импортированное в виде JSON</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../../src/claimdesk/gui/errors.py" line="+29"/>
        <source>The team server cannot be reached (it may have stopped, or the network is down): nothing was saved. Check the network connection and try again once the server is back; ClaimDesk reconnects by itself.</source>
        <translation>Командный сервер недоступен (возможно, он остановлен или нет сети): ничего не сохранено. Проверьте подключение к сети и повторите, когда сервер снова заработает; ClaimDesk подключится сам.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The team server cannot be reached (it may have stopped, or the network is down): nothing was saved, and what you typed is kept here. Check the network connection, then press OK to try again once the server is back (ClaimDesk reconnects by itself), or Cancel to drop it.</source>
        <translation>Командный сервер недоступен (возможно, он остановлен или нет сети): ничего не сохранено, а введённое вами осталось здесь. Проверьте подключение к сети и нажмите «ОК», чтобы повторить, когда сервер снова заработает (ClaimDesk подключится сам), или «Отмена», чтобы отказаться.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team server unreachable — retrying…</source>
        <translation>Командный сервер недоступен — повторная попытка…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Something went wrong: {kind}: {error}</source>
        <translation>Что-то пошло не так: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>ExceptionReporter</name>
    <message>
        <location line="+69"/>
        <source>ClaimDesk met an unexpected error. Your catalogue is safe: every change is saved as it is made. You can keep working, but consider restarting the app.</source>
        <translation>В ClaimDesk произошла непредвиденная ошибка. Ваш каталог в безопасности: каждое изменение сохраняется сразу. Можно продолжать работу, но лучше перезапустить приложение.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details were written to {path}.</source>
        <translation>Подробности записаны в {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Further errors in this session are only logged.</source>
        <translation>Следующие ошибки в этом сеансе будут только записываться в журнал.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{app} — unexpected error</source>
        <translation>{app} — непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/shortcuts_dialog.py" line="+71"/>
        <location line="+11"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Type to filter by key or action…</source>
        <translation>Введите клавишу или действие для фильтра…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter shortcuts</source>
        <translation>Фильтр сочетаний клавиш</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <location line="-47"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it does</source>
        <translation>Что делает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
</TS>
