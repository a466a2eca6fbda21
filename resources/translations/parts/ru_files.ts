<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Errors</name>
    <message>
        <source>Cannot write {target}: {reason}.</source>
        <translation>Не удалось записать {target}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {target}: it is a symbolic link, and an export only writes regular files. Choose another name.</source>
        <translation>Нельзя записать {target}: это символическая ссылка, а экспорт записывает только обычные файлы. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Cannot write {target}: it is a folder, and an export only writes regular files. Choose another name.</source>
        <translation>Нельзя записать {target}: это папка, а экспорт записывает только обычные файлы. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Cannot write {target}: it is a device, and an export only writes regular files. Choose another name.</source>
        <translation>Нельзя записать {target}: это устройство, а экспорт записывает только обычные файлы. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Cannot write {target}: it is a named pipe, and an export only writes regular files. Choose another name.</source>
        <translation>Нельзя записать {target}: это именованный канал, а экспорт записывает только обычные файлы. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Cannot write {target}: it is a special file, and an export only writes regular files. Choose another name.</source>
        <translation>Нельзя записать {target}: это специальный файл, а экспорт записывает только обычные файлы. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {reason}.</source>
        <translation>Не удалось записать в папку {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in {folder}.</source>
        <translation>Не удалось создать временный файл в папке {folder}.</translation>
    </message>
    <message>
        <source>Article {article} was deleted during the export; export again.</source>
        <translation>Статью {article} удалили во время экспорта; запустите экспорт ещё раз.</translation>
    </message>
    <message>
        <source>The text of article {article} changed during the export; export again.</source>
        <translation>Текст статьи {article} изменился во время экспорта; запустите экспорт ещё раз.</translation>
    </message>
    <message>
        <source>Cluster {cluster} cannot be exported as a ClaimReview without a finding (the status is “{status}”).</source>
        <translation>Группу {cluster} нельзя экспортировать как ClaimReview без оценки (вердикт: «{status}»).</translation>
    </message>
    <message>
        <source>Cluster {cluster} cannot be exported as a ClaimReview without the fact-check's address.</source>
        <translation>Группу {cluster} нельзя экспортировать как ClaimReview без адреса фактчека.</translation>
    </message>
    <message>
        <source>Cluster {cluster} cannot be exported as a ClaimReview without a reviewer.</source>
        <translation>Группу {cluster} нельзя экспортировать как ClaimReview без проверяющего.</translation>
    </message>
    <message>
        <source>Cluster {cluster} cannot be exported as a ClaimReview without a finding (the status is “{status}”), the fact-check's address.</source>
        <translation>Группу {cluster} нельзя экспортировать как ClaimReview без оценки (вердикт: «{status}») и адреса фактчека.</translation>
    </message>
    <message>
        <source>Cluster {cluster} cannot be exported as a ClaimReview without a finding (the status is “{status}”), a reviewer.</source>
        <translation>Группу {cluster} нельзя экспортировать как ClaimReview без оценки (вердикт: «{status}») и проверяющего.</translation>
    </message>
    <message>
        <source>Cluster {cluster} cannot be exported as a ClaimReview without the fact-check's address, a reviewer.</source>
        <translation>Группу {cluster} нельзя экспортировать как ClaimReview без адреса фактчека и проверяющего.</translation>
    </message>
    <message>
        <source>Cluster {cluster} cannot be exported as a ClaimReview without a finding (the status is “{status}”), the fact-check's address, a reviewer.</source>
        <translation>Группу {cluster} нельзя экспортировать как ClaimReview без оценки (вердикт: «{status}»), адреса фактчека и проверяющего.</translation>
    </message>
    <message>
        <source>{format} is not a network format.</source>
        <translation>{format} — не формат для экспорта сети.</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>документ Word</translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation>текст OpenDocument</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>архив ZIP</translation>
    </message>
    <message>
        <source>an old-style Office document</source>
        <translation>документ Office старого формата</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>документ RTF</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>двоичные данные</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>Файл {file} пуст.</translation>
    </message>
    <message>
        <source>{file} holds no text.</source>
        <translation>В файле {file} нет текста.</translation>
    </message>
    <message>
        <source>{file} is an old Word .doc file: open it in Word or LibreOffice, save it as .docx and import that.</source>
        <translation>{file} — файл Word старого формата (.doc): откройте его в Word или LibreOffice, сохраните как .docx и импортируйте новый файл.</translation>
    </message>
    <message>
        <source>{file} is {format}, not an article ClaimDesk reads.</source>
        <translation>{file} — это {format}, а не статья, которую может прочитать ClaimDesk.</translation>
    </message>
    <message>
        <source>{file} is not a web page: it holds {format}.</source>
        <translation>{file} — не веб-страница: по содержимому это {format}.</translation>
    </message>
    <message>
        <source>{file} is not {format}: it holds plain text or HTML. Rename it to .txt or .html to import it.</source>
        <translation>{file} — не {format}: внутри простой текст или HTML. Чтобы импортировать файл, дайте ему расширение .txt или .html.</translation>
    </message>
    <message>
        <source>{file} is damaged or not {format}.</source>
        <translation>Файл {file} повреждён, или это не {format}.</translation>
    </message>
    <message>
        <source>{file} is damaged or not {format} (it holds {content}).</source>
        <translation>Файл {file} повреждён, или это не {format} (по содержимому это {content}).</translation>
    </message>
    <message>
        <source>{file} is not a text file: it holds binary data.</source>
        <translation>{file} — не текстовый файл: в нём двоичные данные.</translation>
    </message>
    <message>
        <source>{file} is not a text file: it holds {format} (binary data). Rename it to .{extension} to import it.</source>
        <translation>{file} — не текстовый файл: по содержимому это {format} (двоичные данные). Чтобы импортировать файл, дайте ему расширение .{extension}.</translation>
    </message>
    <message>
        <source>{file} is not a text file: it holds {format} (binary data).</source>
        <translation>{file} — не текстовый файл: по содержимому это {format} (двоичные данные).</translation>
    </message>
    <message>
        <source>The dateline gives {dateline} but no year: add the year to the date.</source>
        <translation>В датировке статьи ({dateline}) нет года: добавьте год к дате.</translation>
    </message>
    <message>
        <source>The text was decoded as {encoding}.</source>
        <translation>Текст прочитан в кодировке {encoding}.</translation>
    </message>
    <message>
        <source>1 other file left out ({kinds}): not a kind ClaimDesk imports</source>
        <translation>Пропущен 1 файл другого типа ({kinds}): такие файлы ClaimDesk не импортирует</translation>
    </message>
    <message>
        <source>{total:,} other files left out ({kinds}): not a kind ClaimDesk imports</source>
        <translation>Пропущено файлов других типов: {total:,} ({kinds}); такие файлы ClaimDesk не импортирует</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>без расширения</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} — папка, а не файл.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>Не удалось прочитать {file}: нет прав доступа.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Не удалось прочитать {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is not a file but a named pipe: save what it gives to a file and import that.</source>
        <translation>{file} — не файл, а именованный канал: сохраните то, что он выдаёт, в файл и импортируйте его.</translation>
    </message>
    <message>
        <source>{file} is not a file but a socket: save what it gives to a file and import that.</source>
        <translation>{file} — не файл, а сокет: сохраните то, что он выдаёт, в файл и импортируйте его.</translation>
    </message>
    <message>
        <source>{file} is not a file but a device: save what it gives to a file and import that.</source>
        <translation>{file} — не файл, а устройство: сохраните то, что оно выдаёт, в файл и импортируйте его.</translation>
    </message>
    <message>
        <source>{file} is not a file but a special file: save what it gives to a file and import that.</source>
        <translation>{file} — не обычный файл, а специальный: сохраните то, что он выдаёт, в обычный файл и импортируйте его.</translation>
    </message>
    <message>
        <source>{file} is {size}; ClaimDesk opens files of at most {limit}.</source>
        <translation>Размер {file} — {size}; ClaimDesk открывает файлы не больше {limit}.</translation>
    </message>
    <message>
        <source>{file} is over {limit}; ClaimDesk opens files of at most {limit}.</source>
        <translation>Размер {file} больше {limit}; ClaimDesk открывает файлы не больше {limit}.</translation>
    </message>
    <message>
        <source>{file} is {size}; ClaimDesk opens text files of at most {limit}. Split it into smaller files.</source>
        <translation>Размер {file} — {size}; ClaimDesk открывает текстовые файлы не больше {limit}. Разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>{file} is over {limit}; ClaimDesk opens text files of at most {limit}. Split it into smaller files.</source>
        <translation>Размер {file} больше {limit}; ClaimDesk открывает текстовые файлы не больше {limit}. Разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>{file} is {size}; ClaimDesk opens Markdown files of at most {limit}. Split it into smaller files.</source>
        <translation>Размер {file} — {size}; ClaimDesk открывает файлы Markdown не больше {limit}. Разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>{file} is over {limit}; ClaimDesk opens Markdown files of at most {limit}. Split it into smaller files.</source>
        <translation>Размер {file} больше {limit}; ClaimDesk открывает файлы Markdown не больше {limit}. Разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>{file} is {size}; ClaimDesk opens RTF files of at most {limit}. Split it into smaller files.</source>
        <translation>Размер {file} — {size}; ClaimDesk открывает файлы RTF не больше {limit}. Разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>{file} is over {limit}; ClaimDesk opens RTF files of at most {limit}. Split it into smaller files.</source>
        <translation>Размер {file} больше {limit}; ClaimDesk открывает файлы RTF не больше {limit}. Разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>{file} takes too long to read (over {seconds:.0f} seconds): it may be damaged. Open it in its editor and save or export it again, or copy its text.</source>
        <translation>{file} читается слишком долго (больше {seconds:.0f} с): возможно, файл повреждён. Откройте его в редакторе и сохраните или экспортируйте заново либо скопируйте из него текст.</translation>
    </message>
    <message>
        <source>{file} holds more text than that; ClaimDesk stores articles of at most {limit:,} characters. Split it into smaller files.</source>
        <translation>В {file} больше текста, чем умещается в статье: ClaimDesk хранит статьи не длиннее {limit:,} знаков. Разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>{file} holds {chars:,} characters; ClaimDesk stores articles of at most {limit:,} characters. Split it into smaller files.</source>
        <translation>Знаков в {file}: {chars:,}; ClaimDesk хранит статьи не длиннее {limit:,} знаков. Разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>{file}: {kind}: {detail}</source>
        <translation>{file}: {kind}: {detail}</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{file} could not be read: the reader stopped on it ({kind}).</source>
        <translation>Не удалось прочитать {file}: чтение файла аварийно прервалось ({kind}).</translation>
    </message>
    <message>
        <source>{file} is a binary file, not text.</source>
        <translation>{file} — двоичный файл, а не текст.</translation>
    </message>
    <message>
        <source>{file}: 1 byte is not valid {encoding} (at byte {first:,}, line {line:,}) and shown as “�”: check the text there, or save the file again as {encoding} and re-import it.</source>
        <translation>{file}: 1 байт недопустим в кодировке {encoding} (байт {first:,}, строка {line:,}) и показан как «�»: проверьте текст в этом месте или сохраните файл заново в {encoding} и импортируйте ещё раз.</translation>
    </message>
    <message>
        <source>{file}: {bad:,} bytes are not valid {encoding} (the first at byte {first:,}, line {line:,}) and shown as “�”: check the text there, or save the file again as {encoding} and re-import it.</source>
        <translation>{file}: байтов, недопустимых в кодировке {encoding}: {bad:,} (первый — байт {first:,}, строка {line:,}); они показаны как «�»: проверьте текст в этих местах или сохраните файл заново в {encoding} и импортируйте ещё раз.</translation>
    </message>
    <message>
        <source>{file} is not text in an encoding ClaimDesk recognises (it may be a binary file): open it in a text editor, save it as UTF-8 and import that.</source>
        <translation>{file} — не текст в кодировке, которую распознаёт ClaimDesk (возможно, это двоичный файл): откройте его в текстовом редакторе, сохраните в UTF-8 и импортируйте новый файл.</translation>
    </message>
    <message>
        <source>{file} is too large a web page to read ({chars:,} characters and {elements:,} elements of markup without its scripts and styles; ClaimDesk reads up to {max_chars:,} characters and {max_elements:,} elements). Save the article alone (the browser's reader view, or print it to PDF), or copy its text and paste it.</source>
        <translation>Веб-страница {file} слишком велика (без скриптов и стилей в её разметке знаков: {chars:,}, элементов: {elements:,}; ClaimDesk читает не больше {max_chars:,} знаков и {max_elements:,} элементов). Сохраните только статью (режим чтения в браузере или печать в PDF) либо скопируйте и вставьте её текст.</translation>
    </message>
    <message>
        <source>{file} holds no article text: the page has only navigation, forms or a few words (its article may be loaded by scripts). Save the article page itself, or copy the article's text and paste it.</source>
        <translation>В {file} нет текста статьи: на странице только навигация, формы или несколько слов (возможно, статью загружают скрипты). Сохраните саму страницу статьи либо скопируйте и вставьте её текст.</translation>
    </message>
    <message>
        <source>{size:.0f} MB</source>
        <translation>{size:.0f} МБ</translation>
    </message>
    <message>
        <source>{size:,} bytes</source>
        <translation>{size:,} Б</translation>
    </message>
    <message>
        <source>{file} is damaged or not a PDF file (it does not start as one).</source>
        <translation>Файл {file} повреждён, или это не PDF (он начинается не так, как PDF).</translation>
    </message>
    <message>
        <source>{file} is incomplete (the file is cut short); download or copy it again.</source>
        <translation>Файл {file} неполный (он обрывается раньше конца); скачайте или скопируйте его ещё раз.</translation>
    </message>
    <message>
        <source>{file} has no text layer (is it a scan?): run OCR on it first (for example with ocrmypdf), or copy its text from a viewer and paste it.</source>
        <translation>В {file} нет текстового слоя (это скан?): сначала распознайте в нём текст (например, с помощью ocrmypdf) либо скопируйте текст из программы просмотра и вставьте его.</translation>
    </message>
    <message>
        <source>{file} is too complex to read: its pages draw more than {limit:,} operations (ClaimDesk's limit). Split it into smaller PDFs, or copy its text from a viewer and paste it.</source>
        <translation>{file} слишком сложен для чтения: на его страницах больше {limit:,} операций рисования (предел ClaimDesk). Разделите его на PDF поменьше либо скопируйте текст из программы просмотра и вставьте его.</translation>
    </message>
    <message>
        <source>{file} is password-protected.</source>
        <translation>{file} защищён паролем.</translation>
    </message>
    <message>
        <source>{file} is damaged: its pages cannot be read ({kind}). Open it in a PDF viewer and save or print it to a new PDF, then import that.</source>
        <translation>{file} повреждён: его страницы не читаются ({kind}). Откройте его в программе просмотра PDF, сохраните или напечатайте в новый PDF и импортируйте его.</translation>
    </message>
    <message>
        <source>{file} is encrypted in a way ClaimDesk cannot open ({reason}).</source>
        <translation>{file} зашифрован так, что ClaimDesk не может его открыть ({reason}).</translation>
    </message>
    <message>
        <source>{file} is password-protected: open it with its password and save an unprotected copy (or print it to PDF), then import that.</source>
        <translation>{file} защищён паролем: откройте его с паролем и сохраните копию без защиты (или напечатайте его в PDF), затем импортируйте эту копию.</translation>
    </message>
    <message>
        <source>{file} has {count:,} pages; ClaimDesk reads PDFs of at most {limit:,} pages. Split it (for example with qpdf --split-pages) and import the parts.</source>
        <translation>Страниц в {file}: {count:,}; ClaimDesk читает PDF не длиннее {limit:,} страниц. Разделите его (например, с помощью qpdf --split-pages) и импортируйте части.</translation>
    </message>
    <message>
        <source>{file} is not an RTF document (it does not start as one).</source>
        <translation>{file} — не документ RTF (он начинается не так, как RTF).</translation>
    </message>
    <message>
        <source>{file} is damaged or hostile: its groups nest more than {depth} deep. Open it in its editor and save it again.</source>
        <translation>{file} повреждён или составлен со злым умыслом: глубина вложенности его групп больше {depth}. Откройте его в редакторе и сохраните заново.</translation>
    </message>
    <message>
        <source>{file} holds only white space.</source>
        <translation>В {file} только пробельные символы.</translation>
    </message>
</context>
</TS>
