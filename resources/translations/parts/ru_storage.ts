<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Errors</name>
    <message>
        <source>The text contains NUL characters, so it is probably a binary file, not an article.</source>
        <translation>В тексте есть символы NUL: скорее всего, это двоичный файл, а не статья.</translation>
    </message>
    <message>
        <source>The article is empty: there is no text to catalogue.</source>
        <translation>Статья пустая: в ней нет текста для каталога.</translation>
    </message>
    <message>
        <source>The article is {length:,} characters long; the limit is {limit:,}. Split it into smaller articles.</source>
        <translation>В статье знаков: {length}, а можно не больше {limit}. Разделите её на статьи поменьше.</translation>
    </message>
    <message>
        <source>The speaker's name is empty.</source>
        <translation>Имя автора пустое.</translation>
    </message>
    <message>
        <source>The speaker's alias is empty.</source>
        <translation>Другое имя автора пустое.</translation>
    </message>
    <message>
        <source>The speaker's name is longer than 300 characters.</source>
        <translation>Имя автора длиннее 300 знаков.</translation>
    </message>
    <message>
        <source>The speaker's alias is longer than 300 characters.</source>
        <translation>Другое имя автора длиннее 300 знаков.</translation>
    </message>
    <message>
        <source>Unknown kind “{kind}”; choose one of: {choices}.</source>
        <translation>Неизвестный вид «{kind}»; выберите один из: {choices}.</translation>
    </message>
    <message>
        <source>A tag may be at most 200 characters long.</source>
        <translation>Метка может быть не длиннее 200 знаков.</translation>
    </message>
    <message>
        <source>article {article} “{title}” ({where}), {similarity:.0%} alike</source>
        <translation>№ {article} «{title}» ({where}), сходство {similarity:.0%}</translation>
    </message>
    <message>
        <source>article {article} “{title}”, {similarity:.0%} alike</source>
        <translation>№ {article} «{title}», сходство {similarity:.0%}</translation>
    </message>
    <message>
        <source>The claim index {path} is of another format version.</source>
        <translation>Индекс утверждений {path} записан в другой версии формата.</translation>
    </message>
    <message>
        <source>The claim index {path} was built with another normalisation or stemmer.</source>
        <translation>Индекс утверждений {path} построен с другой нормализацией текста или другим стеммером.</translation>
    </message>
    <message>
        <source>The claim index {path} is incomplete.</source>
        <translation>Индекс утверждений {path} неполон.</translation>
    </message>
    <message>
        <source>The claim index {path} cannot be read: {reason}</source>
        <translation>Индекс утверждений {path} не читается: {reason}</translation>
    </message>
    <message>
        <source>The claim index {path} has no valid header.</source>
        <translation>У индекса утверждений {path} нет правильного заголовка.</translation>
    </message>
    <message>
        <source>The claim index {path} is damaged ({part}).</source>
        <translation>Индекс утверждений {path} повреждён ({part}).</translation>
    </message>
    <message>
        <source>The claim index {path} is inconsistent: {reason}</source>
        <translation>Индекс утверждений {path} противоречив: {reason}</translation>
    </message>
    <message>
        <source>There is no catalogue at {path}.</source>
        <translation>По пути {path} каталога нет.</translation>
    </message>
    <message>
        <source>Cannot read the catalogue {path}: {reason}</source>
        <translation>Не удаётся прочитать каталог {path}: {reason}</translation>
    </message>
    <message>
        <source>Cannot sort by “{order}”; choose one of: {choices}.</source>
        <translation>Сортировать по «{order}» нельзя; выберите одно из: {choices}.</translation>
    </message>
    <message>
        <source>{path} is not a ClaimDesk catalogue (it is not a SQLite database).</source>
        <translation>{path} — не каталог ClaimDesk (это не база данных SQLite).</translation>
    </message>
    <message>
        <source>it holds text that is not valid UTF-8</source>
        <translation>в нём есть текст с байтами, недопустимыми в UTF-8</translation>
    </message>
    <message>
        <source>Cannot open the team catalogue {database} on {server}: {reason}</source>
        <translation>Не удаётся открыть общий каталог {database} на {server}: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the catalogue {path}: {reason}</source>
        <translation>Не удаётся открыть каталог {path}: {reason}</translation>
    </message>
    <message>
        <source>The catalogue's file name {name} holds bytes that are not valid text in this system's encoding, which SQLite cannot open: rename the file (or its folder).</source>
        <translation>В имени файла каталога {name} есть байты, которые в кодировке этой системы не являются текстом, и SQLite не может его открыть: переименуйте файл (или его папку).</translation>
    </message>
    <message>
        <source>{database} on this computer (local socket)</source>
        <translation>{database} на этом компьютере (локальный сокет)</translation>
    </message>
    <message>
        <source>{megabytes} MB free</source>
        <translation>свободно {megabytes} МБ</translation>
    </message>
    <message>
        <source>The server name {host} is not known here: check its spelling and this computer's network connection.</source>
        <translation>Имя сервера {host} здесь неизвестно: проверьте, как оно написано, и подключение этого компьютера к сети.</translation>
    </message>
    <message>
        <source>Nothing answers at {server}: check the server name and port, and that the PostgreSQL server is running and accepts connections from this computer.</source>
        <translation>По адресу {server} никто не отвечает: проверьте имя сервера и порт, а также что сервер PostgreSQL запущен и принимает подключения с этого компьютера.</translation>
    </message>
    <message>
        <source>The server {server} did not answer in time: check the name and port, and that no firewall stands between this computer and the server.</source>
        <translation>Сервер {server} не ответил вовремя: проверьте имя и порт, а также что между этим компьютером и сервером нет брандмауэра.</translation>
    </message>
    <message>
        <source>The server {server} refused the login: check the user name, and the password in ~/.pgpass (host:port:database:user:password, mode 600).</source>
        <translation>Сервер {server} отказал во входе: проверьте имя пользователя и пароль в ~/.pgpass (host:port:database:user:password, права 600).</translation>
    </message>
    <message>
        <source>The server {server} refused the login as {user}: check the user name, and the password in ~/.pgpass (host:port:database:user:password, mode 600).</source>
        <translation>Сервер {server} отказал во входе пользователю {user}: проверьте имя пользователя и пароль в ~/.pgpass (host:port:database:user:password, права 600).</translation>
    </message>
    <message>
        <source>The server {server} has no database {database}: check its name, or ask the server's administrator to create it.</source>
        <translation>На сервере {server} нет базы данных {database}: проверьте её имя или попросите администратора сервера её создать.</translation>
    </message>
    <message>
        <source>The server {server} does not let this user use the database {database}: ask its administrator for access. ({reason})</source>
        <translation>Сервер {server} не разрешает этому пользователю работать с базой данных {database}: попросите доступ у её администратора. ({reason})</translation>
    </message>
    <message>
        <source>The catalogue {path} is read-only: check the file's permissions.</source>
        <translation>Каталог {path} доступен только для чтения: проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>The catalogue {path} is locked by another program; try again in a moment.</source>
        <translation>Каталог {path} заблокирован другой программой; попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>Cannot open the catalogue {path}: the file or its folder is not accessible.</source>
        <translation>Не удаётся открыть каталог {path}: нет доступа к файлу или его папке.</translation>
    </message>
    <message>
        <source>Cannot write to the catalogue {path}: the disk is full or failing.</source>
        <translation>Не удаётся записать в каталог {path}: диск переполнен или неисправен.</translation>
    </message>
    <message>
        <source>{path} holds tables that are not a ClaimDesk catalogue; choose another file (it was left as it was).</source>
        <translation>В файле {path} есть таблицы, не относящиеся к каталогу ClaimDesk; выберите другой файл (этот остался как был).</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>каталог</translation>
    </message>
    <message>
        <source>{database} on {host}</source>
        <translation>{database} на {host}</translation>
    </message>
    <message>
        <source>A PostgreSQL catalogue needs the psycopg driver: pip install 'claimdesk[postgres]'.</source>
        <translation>Для каталога на PostgreSQL нужен драйвер psycopg: pip install 'claimdesk[postgres]'.</translation>
    </message>
    <message>
        <source>The backup before upgrading the catalogue {path} could not be made ({reason}): the catalogue was left as it was.</source>
        <translation>Не удалось сделать резервную копию перед обновлением каталога {path} ({reason}): каталог остался как был.</translation>
    </message>
    <message>
        <source>This catalogue was written by a newer version of ClaimDesk (schema {schema}); update ClaimDesk to open it.</source>
        <translation>Этот каталог записан более новой версией ClaimDesk (схема {schema}); чтобы открыть его, обновите ClaimDesk.</translation>
    </message>
    <message>
        <source>This database holds tables that are not a ClaimDesk catalogue; choose another file.</source>
        <translation>В этой базе данных есть таблицы, не относящиеся к каталогу ClaimDesk; выберите другой файл.</translation>
    </message>
    <message>
        <source>service {service}</source>
        <translation>служба {service}</translation>
    </message>
    <message>
        <source>Upgrading the catalogue's schema failed ({reason}); the catalogue was left as it was.</source>
        <translation>Не удалось обновить схему каталога ({reason}); каталог остался как был.</translation>
    </message>
    <message>
        <source>Upgrading the catalogue's schema failed ({reason}); the catalogue was left as it was. A copy made before the upgrade is at {backup}.</source>
        <translation>Не удалось обновить схему каталога ({reason}); каталог остался как был. Копия, сделанная перед обновлением, лежит в {backup}.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the catalogue {path}: {reason}.</source>
        <translation>Не удаётся создать папку для каталога {path}: {reason}.</translation>
    </message>
    <message>
        <source>Recovered {rows:,} rows into {target}; every row was readable.</source>
        <translation>В {target} восстановлено строк: {rows}; прочитались все строки.</translation>
    </message>
    <message>
        <source>Recovered {rows:,} rows into {target}; some rows could not be read.</source>
        <translation>В {target} восстановлено строк: {rows}; часть строк прочитать не удалось.</translation>
    </message>
    <message>
        <source>Recovered {rows:,} rows into {target}; 1 row was lost.</source>
        <translation>В {target} восстановлено строк: {rows}; потеряна 1 строка.</translation>
    </message>
    <message>
        <source>Recovered {rows:,} rows into {target}; at most 1 row was lost.</source>
        <translation>В {target} восстановлено строк: {rows}; потеряно не больше 1 строки.</translation>
    </message>
    <message>
        <source>Recovered {rows:,} rows into {target}; {lost:,} rows were lost.</source>
        <translation>В {target} восстановлено строк: {rows}; потеряно строк: {lost}.</translation>
    </message>
    <message>
        <source>Recovered {rows:,} rows into {target}; at most {lost:,} rows were lost.</source>
        <translation>В {target} восстановлено строк: {rows}; потеряно строк: не больше {lost}.</translation>
    </message>
    <message>
        <source>{file} cannot be recovered: the list of its tables cannot be read ({reason}). Open a backup instead.</source>
        <translation>{file} не удаётся восстановить: не читается список его таблиц ({reason}). Откройте вместо него резервную копию.</translation>
    </message>
    <message>
        <source>{rows:,} refused as their article, speaker or claim was lost</source>
        <translation>отклонено {rows} (потеряны их статья, автор или утверждение)</translation>
    </message>
    <message>
        <source>{rows:,} kept unattributed (their speaker was lost)</source>
        <translation>без автора оставлено {rows} (их автор потерян)</translation>
    </message>
    <message>
        <source>{rows:,} kept with a damaged value mended (text shown as �)</source>
        <translation>с исправленным повреждённым значением оставлено {rows} (текст показан как �)</translation>
    </message>
    <message>
        <source>There is no catalogue file {file} to recover.</source>
        <translation>Файла каталога {file}, который нужно восстановить, нет.</translation>
    </message>
    <message>
        <source>Recover into a new file, not into the damaged catalogue itself.</source>
        <translation>Восстанавливайте в новый файл, а не в сам повреждённый каталог.</translation>
    </message>
    <message>
        <source>{file} already exists: recover into a new file, so nothing is overwritten.</source>
        <translation>{file} уже существует: восстанавливайте в новый файл, чтобы ничего не перезаписать.</translation>
    </message>
    <message>
        <source>{rows:,} recovered</source>
        <translation>восстановлено {rows}</translation>
    </message>
    <message>
        <source>The recovered catalogue {file} did not check out: {reason}</source>
        <translation>Восстановленный каталог {file} не прошёл проверку: {reason}</translation>
    </message>
    <message>
        <source>an unknown number lost</source>
        <translation>потеряно неизвестно сколько</translation>
    </message>
    <message>
        <source>at most {rows:,} lost</source>
        <translation>потеряно не больше {rows}</translation>
    </message>
    <message>
        <source>Nothing in {file} could be read: no new catalogue was made. Open a backup instead.</source>
        <translation>В {file} ничего не удалось прочитать: новый каталог не создан. Откройте вместо него резервную копию.</translation>
    </message>
    <message>
        <source>{file} cannot be copied to recover it ({reason}): is there room in {folder}?</source>
        <translation>{file} не удаётся скопировать для восстановления ({reason}): хватает ли места в {folder}?</translation>
    </message>
    <message>
        <source>{rows:,} lost</source>
        <translation>потеряно {rows}</translation>
    </message>
    <message>
        <source>{file} cannot be recovered: not even its first page reads as a SQLite database. Open a backup instead.</source>
        <translation>{file} не удаётся восстановить: даже его первая страница не читается как база данных SQLite. Откройте вместо него резервную копию.</translation>
    </message>
    <message>
        <source>The catalogue {location} is read-only: nothing was changed.</source>
        <translation>Каталог {location} доступен только для чтения: ничего не изменено.</translation>
    </message>
    <message>
        <source>The catalogue cannot hold a value given ({reason}): nothing was changed.</source>
        <translation>Каталог не может хранить одно из заданных значений ({reason}): ничего не изменено.</translation>
    </message>
    <message>
        <source>The catalogue refused the change because it conflicts with what it holds ({reason}).</source>
        <translation>Каталог отклонил изменение, потому что оно противоречит тому, что в нём уже есть ({reason}).</translation>
    </message>
    <message>
        <source>The catalogue server ({location}) cannot be reached: nothing was changed. ClaimDesk connects again by itself when the server is back: try again in a moment. ({reason})</source>
        <translation>Сервер каталога ({location}) недоступен: ничего не изменено. Когда сервер вернётся, ClaimDesk подключится к нему сам: попробуйте ещё раз чуть позже. ({reason})</translation>
    </message>
    <message>
        <source>The disk holding {location} is full: nothing was changed.</source>
        <translation>Диск, на котором лежит {location}, переполнен: ничего не изменено.</translation>
    </message>
    <message>
        <source>a stored value cannot be read: {reason}</source>
        <translation>сохранённое значение не читается: {reason}</translation>
    </message>
    <message>
        <source>The catalogue {location} is busy in another program: nothing was changed. Try again in a moment.</source>
        <translation>Каталог {location} занят другой программой: ничего не изменено. Попробуйте ещё раз чуть позже.</translation>
    </message>
    <message>
        <source>The catalogue {location} could not be used: {reason}</source>
        <translation>Каталогом {location} не удалось воспользоваться: {reason}</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Файлы CSV</translation>
    </message>
    <message>
        <source>JSON Lines files</source>
        <translation>Файлы JSON Lines</translation>
    </message>
    <message>
        <source>JSON files</source>
        <translation>Файлы JSON</translation>
    </message>
    <message>
        <source>W3C Web Annotation files</source>
        <translation>Файлы W3C Web Annotation</translation>
    </message>
    <message>
        <source>REFI-QDA projects</source>
        <translation>Проекты REFI-QDA</translation>
    </message>
    <message>
        <source>GraphML networks</source>
        <translation>Сети GraphML</translation>
    </message>
    <message>
        <source>GEXF networks</source>
        <translation>Сети GEXF</translation>
    </message>
</context>
</TS>
