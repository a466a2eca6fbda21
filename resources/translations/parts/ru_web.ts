<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Errors</name>
    <message>
        <source>The server answered {status}: the site has a problem of its own (not your address or your connection). Try again later. ({url})</source>
        <translation>Сервер ответил {status}: неполадки на самом сайте (дело не в адресе и не в вашем подключении). Попробуйте позже. ({url})</translation>
    </message>
    <message>
        <source>The server answered {status}: the site refused to give the page. Check the address. ({url})</source>
        <translation>Сервер ответил {status}: сайт отказался отдать страницу. Проверьте адрес. ({url})</translation>
    </message>
    <message>
        <source>The server answered {status}: it sent no page to read. Open the page in a browser, save it (Save page as…) and import the file. ({url})</source>
        <translation>Сервер ответил {status}: страницы для чтения он не прислал. Откройте страницу в браузере, сохраните её («Сохранить страницу как…») и импортируйте файл. ({url})</translation>
    </message>
    <message>
        <source>“{address}” is not a web address ClaimDesk can fetch: check it.</source>
        <translation>«{address}» — не веб-адрес, по которому ClaimDesk может загрузить страницу: проверьте его.</translation>
    </message>
    <message numerus="yes">
        <source>{host} did not answer within %n second(s): the site may be down or very slow, or the connection is poor. Try again later.</source>
        <translation>
            <numerusform>Сайт {host} не ответил за %n секунду: возможно, он не работает или очень медленный, либо плохая связь. Попробуйте позже.</numerusform>
            <numerusform>Сайт {host} не ответил за %n секунды: возможно, он не работает или очень медленный, либо плохая связь. Попробуйте позже.</numerusform>
            <numerusform>Сайт {host} не ответил за %n секунд: возможно, он не работает или очень медленный, либо плохая связь. Попробуйте позже.</numerusform>
        </translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds:g} seconds: the site may be down or very slow, or the connection is poor. Try again later.</source>
        <translation>Сайт {host} не ответил за {seconds:g} секунды: возможно, он не работает или очень медленный, либо плохая связь. Попробуйте позже.</translation>
    </message>
    <message numerus="yes">
        <source>{host} stopped sending the page (nothing came for %n second(s)). Try again later.</source>
        <translation>
            <numerusform>Сайт {host} перестал передавать страницу (за %n секунду ничего не пришло). Попробуйте позже.</numerusform>
            <numerusform>Сайт {host} перестал передавать страницу (за %n секунды ничего не пришло). Попробуйте позже.</numerusform>
            <numerusform>Сайт {host} перестал передавать страницу (за %n секунд ничего не пришло). Попробуйте позже.</numerusform>
        </translation>
    </message>
    <message>
        <source>{host} stopped sending the page (nothing came for {seconds:g} seconds). Try again later.</source>
        <translation>Сайт {host} перестал передавать страницу (за {seconds:g} секунды ничего не пришло). Попробуйте позже.</translation>
    </message>
    <message>
        <source>The server answered {status}: the site did not understand the address. Check it. ({url})</source>
        <translation>Сервер ответил {status}: сайт не понял адрес. Проверьте его. ({url})</translation>
    </message>
    <message>
        <source>The server answered {status}: the page needs a login. Open the page in a browser, save it (Save page as…) and import the file. ({url})</source>
        <translation>Сервер ответил {status}: для этой страницы нужно войти в учётную запись. Откройте страницу в браузере, сохраните её («Сохранить страницу как…») и импортируйте файл. ({url})</translation>
    </message>
    <message>
        <source>The server answered {status}: the page is for subscribers only. Open the page in a browser, save it (Save page as…) and import the file. ({url})</source>
        <translation>Сервер ответил {status}: страница доступна только подписчикам. Откройте страницу в браузере, сохраните её («Сохранить страницу как…») и импортируйте файл. ({url})</translation>
    </message>
    <message>
        <source>The server answered {status}: the site does not let ClaimDesk read this page (it may need a login or a subscription, or turn programs away). Open the page in a browser, save it (Save page as…) and import the file. ({url})</source>
        <translation>Сервер ответил {status}: сайт не даёт ClaimDesk прочитать эту страницу (возможно, нужны вход или подписка, либо сайт не пускает программы). Откройте страницу в браузере, сохраните её («Сохранить страницу как…») и импортируйте файл. ({url})</translation>
    </message>
    <message>
        <source>The server answered {status}: the page is not there (any more). Check the address. ({url})</source>
        <translation>Сервер ответил {status}: такой страницы нет (или уже нет). Проверьте адрес. ({url})</translation>
    </message>
    <message>
        <source>The server answered {status}: the page has been removed from the site. ({url})</source>
        <translation>Сервер ответил {status}: страница удалена с сайта. ({url})</translation>
    </message>
    <message>
        <source>The server answered {status}: the site is getting too many requests. Wait a few minutes and try again. ({url})</source>
        <translation>Сервер ответил {status}: на сайт приходит слишком много запросов. Подождите несколько минут и попробуйте снова. ({url})</translation>
    </message>
    <message>
        <source>The server answered {status}: the page is not available here for legal reasons. ({url})</source>
        <translation>Сервер ответил {status}: страница здесь недоступна по юридическим причинам. ({url})</translation>
    </message>
    <message>
        <source>The page at {host} is {size}; ClaimDesk fetches pages of at most {limit}, and stopped. Save the article alone (the browser's reader view, or print it to PDF) and import the file.</source>
        <translation>Размер страницы на {host} — {size}; ClaimDesk загружает страницы не больше {limit} и прервал загрузку. Сохраните одну статью (режим чтения в браузере или печать в PDF) и импортируйте файл.</translation>
    </message>
    <message>
        <source>The page at {url} could not be fetched: {reason}.</source>
        <translation>Не удалось загрузить страницу {url}: {reason}.</translation>
    </message>
    <message>
        <source>The secure (https) connection to {host} could not be made: {reason}.</source>
        <translation>Не удалось установить защищённое (https) соединение с {host}: {reason}.</translation>
    </message>
    <message>
        <source>The page was not fetched: cancelled.</source>
        <translation>Страница не загружена: загрузка отменена.</translation>
    </message>
    <message>
        <source>The page at {host} is over {limit}; ClaimDesk fetches pages of at most {limit}, and stopped. Save the article alone (the browser's reader view, or print it to PDF) and import the file.</source>
        <translation>Страница на {host} больше {limit}; ClaimDesk загружает страницы не больше {limit} и прервал загрузку. Сохраните одну статью (режим чтения в браузере или печать в PDF) и импортируйте файл.</translation>
    </message>
    <message>
        <source>The site {host} was not found: check the address for typos, and check that this computer is connected to the internet.</source>
        <translation>Сайт {host} не найден: проверьте, нет ли в адресе опечаток и подключён ли этот компьютер к интернету.</translation>
    </message>
    <message>
        <source>{host} cannot be reached ({reason}): check that this computer is connected to the internet, and try again.</source>
        <translation>Не удаётся связаться с {host} ({reason}): проверьте, подключён ли этот компьютер к интернету, и попробуйте снова.</translation>
    </message>
    <message>
        <source>The connection to {host} broke off before the page was complete. Try again.</source>
        <translation>Соединение с {host} оборвалось до того, как страница загрузилась целиком. Попробуйте снова.</translation>
    </message>
    <message>
        <source>{host} sent the page packed (compressed) in a damaged way. Try again later.</source>
        <translation>Сайт {host} прислал страницу сжатой, но повреждённой. Попробуйте позже.</translation>
    </message>
    <message>
        <source>The secure (https) connection to {host} was refused: the site's certificate is not valid ({reason}). Check the address; if it is right, the site has a problem with its certificate, and what it sends cannot be trusted to come from it.</source>
        <translation>Защищённое (https) соединение с {host} отклонено: сертификат сайта недействителен ({reason}). Проверьте адрес; если он верен, у сайта проблема с сертификатом, и нельзя быть уверенным, что присланное им действительно исходит от него.</translation>
    </message>
    <message>
        <source>The secure (https) connection to {host} could not be made: the server there does not answer in https; try the address with http://.</source>
        <translation>Не удалось установить защищённое (https) соединение с {host}: сервер там не отвечает по https; попробуйте адрес с http://.</translation>
    </message>
    <message>
        <source>The secure (https) connection to {host} could not be made: the site uses an old, insecure kind of https that is no longer accepted.</source>
        <translation>Не удалось установить защищённое (https) соединение с {host}: сайт использует старую, небезопасную разновидность https, которая больше не принимается.</translation>
    </message>
    <message>
        <source>{host} refused the connection (nothing answers there on port {port}): the site may be down, or the address wrong. Check it, or try again later.</source>
        <translation>Сайт {host} отклонил соединение (на порту {port} никто не отвечает): возможно, сайт не работает или адрес неверен. Проверьте адрес или попробуйте позже.</translation>
    </message>
    <message>
        <source>The secure (https) connection to {host} was refused: the site's certificate is not valid (it could not be checked). Check the address; if it is right, the site has a problem with its certificate, and what it sends cannot be trusted to come from it.</source>
        <translation>Защищённое (https) соединение с {host} отклонено: сертификат сайта недействителен (его не удалось проверить). Проверьте адрес; если он верен, у сайта проблема с сертификатом, и нельзя быть уверенным, что присланное им действительно исходит от него.</translation>
    </message>
    <message numerus="yes">
        <source>{host} redirected the page more than %n time(s) (last to {target}): open it in a browser, save it and import the file.</source>
        <translation>
            <numerusform>Сайт {host} перенаправил страницу больше %n раза (последний раз — на {target}): откройте её в браузере, сохраните и импортируйте файл.</numerusform>
            <numerusform>Сайт {host} перенаправил страницу больше %n раз (последний раз — на {target}): откройте её в браузере, сохраните и импортируйте файл.</numerusform>
            <numerusform>Сайт {host} перенаправил страницу больше %n раз (последний раз — на {target}): откройте её в браузере, сохраните и импортируйте файл.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{host} is sending the page too slowly (it took over %n second(s)). Try again later, or open the page in a browser, save it and import the file.</source>
        <translation>
            <numerusform>Сайт {host} передаёт страницу слишком медленно (дольше %n секунды). Попробуйте позже или откройте страницу в браузере, сохраните её и импортируйте файл.</numerusform>
            <numerusform>Сайт {host} передаёт страницу слишком медленно (дольше %n секунд). Попробуйте позже или откройте страницу в браузере, сохраните её и импортируйте файл.</numerusform>
            <numerusform>Сайт {host} передаёт страницу слишком медленно (дольше %n секунд). Попробуйте позже или откройте страницу в браузере, сохраните её и импортируйте файл.</numerusform>
        </translation>
    </message>
    <message>
        <source>{host} is sending the page too slowly (it took over {seconds:g} seconds). Try again later, or open the page in a browser, save it and import the file.</source>
        <translation>Сайт {host} передаёт страницу слишком медленно (дольше {seconds:g} секунды). Попробуйте позже или откройте страницу в браузере, сохраните её и импортируйте файл.</translation>
    </message>
    <message>
        <source>Type a web address, such as https://example.com/news/article.</source>
        <translation>Введите веб-адрес, например https://example.com/news/article.</translation>
    </message>
    <message>
        <source>ClaimDesk fetches web pages from http:// and https:// addresses only, not “file:” addresses. For a file on this computer, import the file itself.</source>
        <translation>ClaimDesk загружает веб-страницы только по адресам http:// и https://, а не по адресам «file:». Файл с этого компьютера импортируйте как файл.</translation>
    </message>
    <message>
        <source>ClaimDesk fetches web pages from http:// and https:// addresses only, not “{scheme}:” addresses.</source>
        <translation>ClaimDesk загружает веб-страницы только по адресам http:// и https://, а не по адресам «{scheme}:».</translation>
    </message>
    <message>
        <source>ClaimDesk fetches web pages from http:// and https:// addresses only, not addresses without http:// or https://.</source>
        <translation>ClaimDesk загружает веб-страницы только по адресам http:// и https://, а не по адресам без http:// или https://.</translation>
    </message>
    <message>
        <source>{host} redirected the page to a “{scheme}:” address, which ClaimDesk does not fetch.</source>
        <translation>Сайт {host} перенаправил страницу на адрес «{scheme}:», а с таких адресов ClaimDesk не загружает.</translation>
    </message>
    <message>
        <source>{host} redirected the page to an address that is not valid ({location}).</source>
        <translation>Сайт {host} перенаправил страницу на недопустимый адрес ({location}).</translation>
    </message>
    <message>
        <source>{host} sends the page round in a circle of redirects (back to {target}). The site may want cookies or a login: open the page in a browser, save it (Save page as…) and import the file.</source>
        <translation>Сайт {host} гоняет страницу по кругу перенаправлений (обратно на {target}). Возможно, сайту нужны файлы cookie или вход: откройте страницу в браузере, сохраните её («Сохранить страницу как…») и импортируйте файл.</translation>
    </message>
    <message>
        <source>The address gives {content_type}, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
        <translation>По этому адресу — {content_type}, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
    </message>
    <message>
        <source>The address gives data of an unknown kind, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
        <translation>По этому адресу — данные неизвестного вида, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
    </message>
    <message>
        <source>The address gives an image, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
        <translation>По этому адресу — изображение, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
    </message>
    <message>
        <source>The address gives a video, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
        <translation>По этому адресу — видео, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
    </message>
    <message>
        <source>The address gives a sound recording, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
        <translation>По этому адресу — звукозапись, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
    </message>
    <message>
        <source>The address gives a font, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
        <translation>По этому адресу — шрифт, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
    </message>
    <message>
        <source>The address gives JSON data, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
        <translation>По этому адресу — данные JSON, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
    </message>
    <message>
        <source>The address gives a ZIP archive, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
        <translation>По этому адресу — архив ZIP, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
    </message>
    <message>
        <source>The address gives an old Word .doc file, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
        <translation>По этому адресу — старый файл Word .doc, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
    </message>
    <message>
        <source>The server said the page is in {declared}, but it is not: it was read as {used}. Check that the text reads right.</source>
        <translation>Сервер сообщил, что страница в кодировке {declared}, но это не так: она прочитана как {used}. Проверьте, правильно ли читается текст.</translation>
    </message>
    <message>
        <source>The page at {url} is empty.</source>
        <translation>Страница {url} пуста.</translation>
    </message>
    <message>
        <source>The page at {url} holds only white space.</source>
        <translation>На странице {url} только пробельные символы.</translation>
    </message>
    <message>
        <source>The page at {url} is not a web page: the server says it is {content_type}, but it holds binary data.</source>
        <translation>По адресу {url} не веб-страница: сервер называет её {content_type}, но в ней двоичные данные.</translation>
    </message>
    <message>
        <source>{file} is damaged or hostile: its {part} declares a DOCTYPE, which documents never do. Open it in its editor and save it again.</source>
        <translation>Файл {file} повреждён или вредоносен: его часть {part} объявляет DOCTYPE, чего документы никогда не делают. Откройте его в редакторе и сохраните заново.</translation>
    </message>
    <message>
        <source>{file} is damaged or hostile: its {part} nests elements more than {depth} deep. Open it in its editor and save it again.</source>
        <translation>Файл {file} повреждён или вредоносен: в его части {part} элементы вложены глубже {depth} уровней. Откройте его в редакторе и сохраните заново.</translation>
    </message>
    <message>
        <source>{file} is damaged: its text cannot be read ({part}, line {line}: {reason}).</source>
        <translation>Файл {file} повреждён: его текст не читается ({part}, строка {line}: {reason}).</translation>
    </message>
    <message>
        <source>{file} is damaged: its {part} declares an encoding that cannot be read ({reason}).</source>
        <translation>Файл {file} повреждён: его часть {part} объявляет кодировку, которую невозможно прочитать ({reason}).</translation>
    </message>
    <message>
        <source>{file} is password-protected or damaged ({reason}): save an unprotected copy.</source>
        <translation>Файл {file} защищён паролем или повреждён ({reason}): сохраните копию без защиты.</translation>
    </message>
    <message>
        <source>{file} is damaged: its part {part} cannot be read ({reason}).</source>
        <translation>Файл {file} повреждён: его часть {part} не читается ({reason}).</translation>
    </message>
    <message>
        <source>{file} is damaged: its {part} is larger than it says.</source>
        <translation>Файл {file} повреждён: его часть {part} больше, чем в нём указано.</translation>
    </message>
    <message>
        <source>{file} is an old-style Office file, not {kind}: open it and save it as {suffix}.</source>
        <translation>Файл {file} — файл Office старого формата, а не {kind}: откройте его и сохраните как {suffix}.</translation>
    </message>
    <message>
        <source>{file} is damaged or not {kind} (it is not a complete ZIP package).</source>
        <translation>Файл {file} повреждён или это не {kind} (это не полный ZIP-пакет).</translation>
    </message>
    <message>
        <source>{file} is not {kind} (it has no {part}).</source>
        <translation>Файл {file} — не {kind} (в нём нет {part}).</translation>
    </message>
    <message>
        <source>{file} is an old-style Office file, not a Word document: open it and save it as .docx.</source>
        <translation>Файл {file} — файл Office старого формата, а не документ Word: откройте его и сохраните как .docx.</translation>
    </message>
    <message>
        <source>{file} is an old-style Office file, not an OpenDocument text: open it and save it as .odt.</source>
        <translation>Файл {file} — файл Office старого формата, а не текст OpenDocument: откройте его и сохраните как .odt.</translation>
    </message>
    <message>
        <source>{file} is damaged or not a Word document (it is not a complete ZIP package).</source>
        <translation>Файл {file} повреждён или это не документ Word (это не полный ZIP-пакет).</translation>
    </message>
    <message>
        <source>{file} is damaged or not an OpenDocument text (it is not a complete ZIP package).</source>
        <translation>Файл {file} повреждён или это не текст OpenDocument (это не полный ZIP-пакет).</translation>
    </message>
    <message>
        <source>{file} is not a Word document (it has no {part}).</source>
        <translation>Файл {file} — не документ Word (в нём нет {part}).</translation>
    </message>
    <message>
        <source>{file} is not an OpenDocument text (it has no {part}).</source>
        <translation>Файл {file} — не текст OpenDocument (в нём нет {part}).</translation>
    </message>
    <message>
        <source>{file} is too large to read: its {part} unpacks to {size} (ClaimDesk reads at most {limit}); it may be a “zip bomb”. Open it in its editor and copy the article's text, or save it again.</source>
        <translation>Файл {file} слишком велик для чтения: его часть {part} распаковывается в {size} (ClaimDesk читает не больше {limit}); возможно, это «ZIP-бомба». Откройте его в редакторе и скопируйте текст статьи или сохраните файл заново.</translation>
    </message>
    <message>
        <source>{file} is password-protected: open it in its editor, remove the password (or save an unprotected copy) and import that.</source>
        <translation>Файл {file} защищён паролем: откройте его в редакторе, снимите пароль (или сохраните копию без защиты) и импортируйте её.</translation>
    </message>
    <message>
        <source>{file}: the source “{title}” has no plain text inside the project (ClaimDesk reads text sources with an internal plainTextPath or PlainTextContent).</source>
        <translation>{file}: у источника «{title}» нет простого текста внутри проекта (ClaimDesk читает текстовые источники с внутренним plainTextPath или с PlainTextContent).</translation>
    </message>
    <message>
        <source>{file}: an untitled source has no plain text inside the project (ClaimDesk reads text sources with an internal plainTextPath or PlainTextContent).</source>
        <translation>{file}: у источника без названия нет простого текста внутри проекта (ClaimDesk читает текстовые источники с внутренним plainTextPath или с PlainTextContent).</translation>
    </message>
    <message>
        <source>{file}: the source “{title}” refers to {part}, which is missing.</source>
        <translation>{file}: источник «{title}» ссылается на {part}, а этой части в файле нет.</translation>
    </message>
    <message>
        <source>{file}: an untitled source refers to {part}, which is missing.</source>
        <translation>{file}: источник без названия ссылается на {part}, а этой части в файле нет.</translation>
    </message>
    <message>
        <source>{file}: the source “{title}” unpacks to {size}, more than an article can hold; it may be a “zip bomb”.</source>
        <translation>{file}: источник «{title}» распаковывается в {size} — больше, чем вмещает статья; возможно, это «ZIP-бомба».</translation>
    </message>
    <message>
        <source>{file}: an untitled source unpacks to {size}, more than an article can hold; it may be a “zip bomb”.</source>
        <translation>{file}: источник без названия распаковывается в {size} — больше, чем вмещает статья; возможно, это «ZIP-бомба».</translation>
    </message>
    <message>
        <source>{file}: the text of the source “{title}” is not UTF-8, as REFI-QDA requires.</source>
        <translation>{file}: текст источника «{title}» не в UTF-8, а REFI-QDA требует UTF-8.</translation>
    </message>
    <message>
        <source>{file}: the text of an untitled source is not UTF-8, as REFI-QDA requires.</source>
        <translation>{file}: текст источника без названия не в UTF-8, а REFI-QDA требует UTF-8.</translation>
    </message>
    <message>
        <source>{file}: a selection in the source “{title}” runs from {start} to {end}, outside its text of {length:,} characters.</source>
        <translation>{file}: выделение в источнике «{title}» идёт с {start} по {end}, за пределы его текста (знаков в нём: {length:,}).</translation>
    </message>
    <message>
        <source>{file}: a selection in an untitled source runs from {start} to {end}, outside its text of {length:,} characters.</source>
        <translation>{file}: выделение в источнике без названия идёт с {start} по {end}, за пределы его текста (знаков в нём: {length:,}).</translation>
    </message>
    <message>
        <source>{file}: a selection in the source “{title}” ({start}–{end}) holds only white space.</source>
        <translation>{file}: в выделении в источнике «{title}» ({start}–{end}) только пробельные символы.</translation>
    </message>
    <message>
        <source>{file}: a selection in an untitled source ({start}–{end}) holds only white space.</source>
        <translation>{file}: в выделении в источнике без названия ({start}–{end}) только пробельные символы.</translation>
    </message>
    <message>
        <source>{file}: a selection in the source “{title}” has {attribute}=“{value}”, not a whole number.</source>
        <translation>{file}: у выделения в источнике «{title}» {attribute}=«{value}» — это не целое число.</translation>
    </message>
    <message>
        <source>{file}: a selection in an untitled source has {attribute}=“{value}”, not a whole number.</source>
        <translation>{file}: у выделения в источнике без названия {attribute}=«{value}» — это не целое число.</translation>
    </message>
    <message>
        <source>{file} is larger than {limit}, the most ClaimDesk reads as a REFI-QDA project: export it in parts.</source>
        <translation>Файл {file} больше {limit} — это самый большой проект REFI-QDA, который читает ClaimDesk: экспортируйте проект частями.</translation>
    </message>
    <message>
        <source>{file} is not a REFI-QDA project (.qdpx) (it has no {part}).</source>
        <translation>Файл {file} — не проект REFI-QDA (.qdpx) (в нём нет {part}).</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} (ClaimDesk reads at most {limit}); it may be a “zip bomb”.</source>
        <translation>Файл {file} распаковывается в {size} (ClaimDesk читает не больше {limit}); возможно, это «ZIP-бомба».</translation>
    </message>
    <message>
        <source>{file} is refused: its {part} declares a DTD (entities), which a REFI-QDA project never needs.</source>
        <translation>Файл {file} отклонён: его {part} объявляет DTD (сущности), а проекту REFI-QDA это никогда не нужно.</translation>
    </message>
    <message>
        <source>{file} is not a REFI-QDA project (.qdpx): its {part} holds &lt;{element}&gt; rather than a &lt;Project&gt;.</source>
        <translation>Файл {file} — не проект REFI-QDA (.qdpx): в его {part} находится &lt;{element}&gt;, а не &lt;Project&gt;.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Не удаётся прочитать {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is damaged or not a REFI-QDA project (.qdpx) (it is not a complete ZIP archive).</source>
        <translation>Файл {file} повреждён или это не проект REFI-QDA (.qdpx) (это не полный ZIP-архив).</translation>
    </message>
    <message>
        <source>{file} is damaged: its {part} cannot be unpacked.</source>
        <translation>Файл {file} повреждён: его часть {part} не распаковывается.</translation>
    </message>
    <message>
        <source>{file} is damaged: its {part} is not well-formed XML ({reason}).</source>
        <translation>Файл {file} повреждён: его {part} — не корректный XML ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a REFI-QDA project (.qdpx): its {part} holds a &lt;Project&gt; outside the namespace {namespace}.</source>
        <translation>Файл {file} — не проект REFI-QDA (.qdpx): в его {part} находится &lt;Project&gt; вне пространства имён {namespace}.</translation>
    </message>
    <message>
        <source>claimdesk:textHash is not text.</source>
        <translation>claimdesk:textHash — не текст.</translation>
    </message>
    <message>
        <source>claimdesk:textHash holds a NUL character.</source>
        <translation>claimdesk:textHash содержит символ NUL.</translation>
    </message>
    <message>
        <source>its title is not text.</source>
        <translation>её заголовок — не текст.</translation>
    </message>
    <message>
        <source>its title holds a NUL character.</source>
        <translation>её заголовок содержит символ NUL.</translation>
    </message>
    <message>
        <source>its outlet is not text.</source>
        <translation>её издание — не текст.</translation>
    </message>
    <message>
        <source>its outlet holds a NUL character.</source>
        <translation>её издание содержит символ NUL.</translation>
    </message>
    <message>
        <source>its url is not text.</source>
        <translation>её адрес (url) — не текст.</translation>
    </message>
    <message>
        <source>its url holds a NUL character.</source>
        <translation>её адрес (url) содержит символ NUL.</translation>
    </message>
    <message>
        <source>its language is not text.</source>
        <translation>её язык — не текст.</translation>
    </message>
    <message>
        <source>its language holds a NUL character.</source>
        <translation>её язык содержит символ NUL.</translation>
    </message>
    <message>
        <source>the target's source is not text.</source>
        <translation>источник цели (target) — не текст.</translation>
    </message>
    <message>
        <source>the target's source holds a NUL character.</source>
        <translation>источник цели (target) содержит символ NUL.</translation>
    </message>
    <message>
        <source>the quote (exact) is not text.</source>
        <translation>цитата (exact) — не текст.</translation>
    </message>
    <message>
        <source>the quote (exact) holds a NUL character.</source>
        <translation>цитата (exact) содержит символ NUL.</translation>
    </message>
    <message>
        <source>the prefix is not text.</source>
        <translation>текст перед цитатой (prefix) — не текст.</translation>
    </message>
    <message>
        <source>the prefix holds a NUL character.</source>
        <translation>текст перед цитатой (prefix) содержит символ NUL.</translation>
    </message>
    <message>
        <source>the suffix is not text.</source>
        <translation>текст после цитаты (suffix) — не текст.</translation>
    </message>
    <message>
        <source>the suffix holds a NUL character.</source>
        <translation>текст после цитаты (suffix) содержит символ NUL.</translation>
    </message>
    <message>
        <source>the speaker is not text.</source>
        <translation>имя автора — не текст.</translation>
    </message>
    <message>
        <source>the speaker holds a NUL character.</source>
        <translation>имя автора содержит символ NUL.</translation>
    </message>
    <message>
        <source>the speaker's role is not text.</source>
        <translation>должность автора — не текст.</translation>
    </message>
    <message>
        <source>the speaker's role holds a NUL character.</source>
        <translation>должность автора содержит символ NUL.</translation>
    </message>
    <message>
        <source>the organisation is not text.</source>
        <translation>организация — не текст.</translation>
    </message>
    <message>
        <source>the organisation holds a NUL character.</source>
        <translation>организация содержит символ NUL.</translation>
    </message>
    <message>
        <source>a tag is not text.</source>
        <translation>одна из меток — не текст.</translation>
    </message>
    <message>
        <source>a tag holds a NUL character.</source>
        <translation>одна из меток содержит символ NUL.</translation>
    </message>
    <message>
        <source>the note is not text.</source>
        <translation>заметка — не текст.</translation>
    </message>
    <message>
        <source>the note holds a NUL character.</source>
        <translation>заметка содержит символ NUL.</translation>
    </message>
    <message>
        <source>{file} is not an Annotation, AnnotationPage or AnnotationCollection (its type is {type}).</source>
        <translation>Файл {file} — не Annotation, не AnnotationPage и не AnnotationCollection (его тип: {type}).</translation>
    </message>
    <message>
        <source>{file} is too large to be an annotation file.</source>
        <translation>Файл {file} слишком велик для файла аннотаций.</translation>
    </message>
    <message>
        <source>{file} is empty: export the annotations again.</source>
        <translation>Файл {file} пуст: экспортируйте аннотации снова.</translation>
    </message>
    <message>
        <source>{file} holds no annotations.</source>
        <translation>В файле {file} нет аннотаций.</translation>
    </message>
    <message>
        <source>{file} holds {count:,} annotations; up to {limit:,} are imported at once: split it.</source>
        <translation>В файле {file} аннотаций: {count:,}; за один раз импортируется не больше {limit:,}: разделите его.</translation>
    </message>
    <message>
        <source>{file}: claimdesk:articles is not a list.</source>
        <translation>{file}: claimdesk:articles — не список.</translation>
    </message>
    <message>
        <source>{file} carries {count:,} articles; up to {limit:,} are imported at once: split it.</source>
        <translation>В файле {file} передано статей: {count:,}; за один раз импортируется не больше {limit:,}: разделите его.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>это не объект JSON.</translation>
    </message>
    <message>
        <source>it has no text (claimdesk:text).</source>
        <translation>у неё нет текста (claimdesk:text).</translation>
    </message>
    <message>
        <source>its text is {length:,} characters long; articles of up to {limit:,} are stored.</source>
        <translation>в её тексте знаков: {length:,}; сохраняются статьи не длиннее {limit:,} знаков.</translation>
    </message>
    <message>
        <source>its text is not the one its claimdesk:textHash names (was it changed after the export?).</source>
        <translation>её текст не тот, что назван в её claimdesk:textHash (его изменили после экспорта?).</translation>
    </message>
    <message>
        <source>its date (claimdesk:published) is not text.</source>
        <translation>её дата (claimdesk:published) — не текст.</translation>
    </message>
    <message>
        <source>{file} is not an annotation, a page or a collection of them.</source>
        <translation>Файл {file} — не аннотация, не страница аннотаций и не их коллекция.</translation>
    </message>
    <message>
        <source>{file}: the page's items are not a list.</source>
        <translation>{file}: элементы страницы (items) — не список.</translation>
    </message>
    <message>
        <source>the TextPositionSelector's end is not a whole number of 0 or more.</source>
        <translation>конец (end) в TextPositionSelector — не целое число от 0 и больше.</translation>
    </message>
    <message>
        <source>its @context does not include {context}.</source>
        <translation>её @context не включает {context}.</translation>
    </message>
    <message>
        <source>it has no id.</source>
        <translation>у неё нет id.</translation>
    </message>
    <message>
        <source>its type is not Annotation.</source>
        <translation>её тип — не Annotation.</translation>
    </message>
    <message>
        <source>its target names no source and selector.</source>
        <translation>в её цели (target) не указаны источник и селектор.</translation>
    </message>
    <message>
        <source>its target has no source.</source>
        <translation>у её цели (target) нет источника.</translation>
    </message>
    <message>
        <source>its target has neither a TextQuoteSelector nor a TextPositionSelector.</source>
        <translation>в её цели (target) нет ни TextQuoteSelector, ни TextPositionSelector.</translation>
    </message>
    <message>
        <source>{file} is {size:.0f} MB; annotation files of up to {limit} MB are read: split it.</source>
        <translation>Размер файла {file} — {size:.0f} МБ; читаются файлы аннотаций не больше {limit} МБ: разделите его.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte {byte}).</source>
        <translation>Файл {file} — не текст в UTF-8 (байт {byte}).</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason} (line {line}, column {column}).</source>
        <translation>Файл {file} — не корректный JSON: {reason} (строка {line}, столбец {column}).</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {constant} is not JSON.</source>
        <translation>Файл {file} — не корректный JSON: {constant} — не значение JSON.</translation>
    </message>
    <message>
        <source>{file} is not valid JSON: {reason}.</source>
        <translation>Файл {file} — не корректный JSON: {reason}.</translation>
    </message>
    <message>
        <source>{file}: the collection's first page is not in the file (only embedded pages are read).</source>
        <translation>{file}: первой страницы коллекции в файле нет (читаются только встроенные страницы).</translation>
    </message>
    <message>
        <source>{file}: the collection has further pages, which are not read.</source>
        <translation>{file}: у коллекции есть и другие страницы, они не читаются.</translation>
    </message>
    <message>
        <source>the TextPositionSelector's start is not a whole number of 0 or more.</source>
        <translation>начало (start) в TextPositionSelector — не целое число от 0 и больше.</translation>
    </message>
    <message>
        <source>it has more than one target (a claim has one span).</source>
        <translation>у неё больше одной цели (target), а у утверждения один фрагмент.</translation>
    </message>
    <message>
        <source>a selector is not a JSON object.</source>
        <translation>один из селекторов — не объект JSON.</translation>
    </message>
    <message>
        <source>Annotation {number} in {file}: {problem}</source>
        <translation>Аннотация {number} в файле {file}: {problem}</translation>
    </message>
    <message>
        <source>Article {number} carried in {file}: {problem}</source>
        <translation>Статья {number}, переданная в файле {file}: {problem}</translation>
    </message>
    <message>
        <source>the quote (exact) is empty.</source>
        <translation>цитата (exact) пуста.</translation>
    </message>
    <message>
        <source>its kind {kind} is not one of: {kinds}.</source>
        <translation>указанный в ней тип утверждения {kind} не из числа допустимых: {kinds}.</translation>
    </message>
    <message>
        <source>the TextPositionSelector's end ({end}) is not after its start.</source>
        <translation>конец ({end}) в TextPositionSelector стоит не после начала.</translation>
    </message>
    <message>
        <source>it names more than one speaker.</source>
        <translation>в ней названо больше одного автора.</translation>
    </message>
    <message>
        <source>{day} January</source>
        <translation>{day} января</translation>
    </message>
    <message>
        <source>{day} February</source>
        <translation>{day} февраля</translation>
    </message>
    <message>
        <source>{day} March</source>
        <translation>{day} марта</translation>
    </message>
    <message>
        <source>{day} April</source>
        <translation>{day} апреля</translation>
    </message>
    <message>
        <source>{day} May</source>
        <translation>{day} мая</translation>
    </message>
    <message>
        <source>{day} June</source>
        <translation>{day} июня</translation>
    </message>
    <message>
        <source>{day} July</source>
        <translation>{day} июля</translation>
    </message>
    <message>
        <source>{day} August</source>
        <translation>{day} августа</translation>
    </message>
    <message>
        <source>{day} September</source>
        <translation>{day} сентября</translation>
    </message>
    <message>
        <source>{day} October</source>
        <translation>{day} октября</translation>
    </message>
    <message>
        <source>{day} November</source>
        <translation>{day} ноября</translation>
    </message>
    <message>
        <source>{day} December</source>
        <translation>{day} декабря</translation>
    </message>
    <message>
        <source>{place}, {date}, {outlet}</source>
        <translation>{place}, {date}, {outlet}</translation>
    </message>
    <message>
        <source>{place}, {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <source>{place}, {outlet}</source>
        <translation>{place}, {outlet}</translation>
    </message>
    <message>
        <source>{date} {year}</source>
        <translation>{date} {year} г.</translation>
    </message>
</context>
</TS>
