<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../src/claimdesk/gui/actions.py" line="+162" />
            <location line="+665" />
            <source>Claims in this article</source>
            <translation>Утверждения в этой статье</translation>
        </message>
        <message>
            <location line="-657" />
            <source>&amp;Paste article</source>
            <translation>&amp;Вставить статью</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New article from the text on the clipboard</source>
            <translation>Новая статья из текста в буфере обмена</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open or import article files (text, web page, Word, PDF, ODT, RTF, Markdown)</source>
            <translation>Открыть или импортировать файлы статей (текст, веб-страница, Word, PDF, ODT, RTF, Markdown)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Open &amp;URL…</source>
            <translation>Открыть по &amp;адресу…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fetch a web page by its address and import its article</source>
            <translation>Загрузить веб-страницу по адресу и импортировать её статью</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Import folder…</source>
            <translation>&amp;Импортировать папку…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import every article file in a folder and its subfolders</source>
            <translation>Импортировать все файлы статей из папки и её подпапок</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import &amp;annotations…</source>
            <translation>Импортировать а&amp;ннотации…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Store the W3C Web Annotations of a file (from ClaimDesk or another annotation tool) as claims on the articles they name, in one undo step</source>
            <translation>Сохранить веб-аннотации W3C из файла (из ClaimDesk или другой программы для аннотаций) как утверждения в указанных в них статьях, одним шагом отмены</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Import REFI-QDA pro&amp;ject…</source>
            <translation>Импортировать &amp;проект REFI-QDA…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Store a REFI-QDA project (.qdpx, from QualCoder, NVivo, ATLAS.ti or MAXQDA): its texts as articles, its coded selections as claims, in one undo step</source>
            <translation>Сохранить проект REFI-QDA (.qdpx, из QualCoder, NVivo, ATLAS.ti или MAXQDA): его тексты как статьи, закодированные фрагменты как утверждения, одним шагом отмены</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;New catalogue…</source>
            <translation>Со&amp;здать каталог…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Create a new catalogue file and switch to it</source>
            <translation>Создать новый файл каталога и перейти к нему</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open &amp;catalogue…</source>
            <translation>Открыть &amp;каталог…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open another catalogue file</source>
            <translation>Открыть другой файл каталога</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Connect to &amp;team catalogue…</source>
            <translation>По&amp;дключиться к командному каталогу…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open a catalogue shared on a PostgreSQL server</source>
            <translation>Открыть общий каталог на сервере PostgreSQL</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Co&amp;py catalogue to…</source>
            <translation>&amp;Скопировать каталог в…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copy this catalogue into a new file or an empty team catalogue, ids kept</source>
            <translation>Скопировать этот каталог в новый файл или в пустой командный каталог, сохранив идентификаторы</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Export claims…</source>
            <translation>&amp;Экспорт утверждений…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export claims as CSV</source>
            <translation>Экспортировать утверждения в CSV</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Quit ClaimDesk</source>
            <translation>Выйти из ClaimDesk</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+675" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location line="-672" />
            <source>Undo the last edit (the Edit menu names it)</source>
            <translation>Отменить последнюю правку (меню «Правка» называет её)</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+662" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location line="-659" />
            <source>Redo the last undone edit</source>
            <translation>Повторить последнюю отменённую правку</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Find text in the article (capitals, ё/е and line breaks do not matter); on the Catalogue and Speakers tabs, go to their search field</source>
            <translation>Найти текст в статье (регистр, ё/е и переносы строк не важны); на вкладках «Каталог» и «Спикеры» — перейти к их полю поиска</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Find &amp;next</source>
            <translation>Найти &amp;далее</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select the next hit of the search in the article</source>
            <translation>Выделить следующее совпадение поиска в статье</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Find pre&amp;vious</source>
            <translation>Найти п&amp;редыдущее</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select the previous hit of the search in the article</source>
            <translation>Выделить предыдущее совпадение поиска в статье</translation>
        </message>
        <message>
            <location line="+7" />
            <source>F&amp;ilter articles</source>
            <translation>&amp;Фильтр статей</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Filter the article list by title or outlet</source>
            <translation>Отфильтровать список статей по заголовку или изданию</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Preferences…</source>
            <translation>Настро&amp;йки…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your name on claims, the language, CSV's Excel option, the reader's font size, the highlight colours and the theme</source>
            <translation>Ваше имя в утверждениях, язык, вариант CSV для Excel, размер шрифта текста статьи, цвета выделений и тема оформления</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Edit details…</source>
            <translation>&amp;Изменить сведения…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit the title, outlet, date, URL and language of the article in the reader</source>
            <translation>Изменить заголовок, издание, дату, адрес и язык открытой статьи</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Edit &amp;text…</source>
            <translation>Изменить &amp;текст…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Correct the text of the article in the reader: saved as a new version, its claims follow their words (Undo gives the old text back)</source>
            <translation>Исправить текст открытой статьи: он сохраняется как новая версия, утверждения следуют за своими словами («Отменить» возвращает прежний текст)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Check for a &amp;newer version</source>
            <translation>Проверить, нет ли &amp;новой версии</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fetch the web page of the article in the reader again; if its article has changed, offer to store it as the next version (its claims follow their words)</source>
            <translation>Снова загрузить веб-страницу открытой статьи; если статья изменилась, предложить сохранить её как следующую версию (утверждения следуют за своими словами)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Versions…</source>
            <translation>&amp;Версии…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>List the versions of the article's text and what changed between them</source>
            <translation>Показать версии текста статьи и что изменилось между ними</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Delete article…</source>
            <translation>&amp;Удалить статью…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the article in the reader with its claims (asks first; Undo brings it back)</source>
            <translation>Удалить открытую статью вместе с её утверждениями (с подтверждением; «Отменить» вернёт её)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Articles</source>
            <translation>&amp;Статьи</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Go to the article list</source>
            <translation>Перейти к списку статей</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Reader</source>
            <translation>&amp;Текст статьи</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Go to the article text</source>
            <translation>Перейти к тексту статьи</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Catalogue</source>
            <translation>&amp;Каталог</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Browse, search and filter every claim in the catalogue</source>
            <translation>Просматривать, искать и фильтровать все утверждения каталога</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Speakers</source>
            <translation>С&amp;пикеры</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Browse speakers: edit, aliases, merge, show their claims</source>
            <translation>Просмотр спикеров: правка, другие имена, объединение, их утверждения</translation>
        </message>
        <message>
            <location line="+5" />
            <source>C&amp;lusters</source>
            <translation>К&amp;ластеры</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Claim clusters (the same claim across articles) and their verdicts</source>
            <translation>Кластеры утверждений («то же утверждение» в разных статьях) и их вердикты</translation>
        </message>
        <message>
            <location line="+7" />
            <source>S&amp;tatistics…</source>
            <translation>Стат&amp;истика…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Claims per speaker, outlet, tag, kind and month, as tables and bar charts</source>
            <translation>Утверждения по спикерам, изданиям, меткам, типам и месяцам — таблицы и столбчатые диаграммы</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Speaker pro&amp;file…</source>
            <translation>Про&amp;филь спикера…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The profile of the speaker chosen on the Speakers tab: every claim, clusters, first and last appearance, outlets, tags and a timeline</source>
            <translation>Профиль спикера, выбранного на вкладке «Спикеры»: все утверждения, кластеры, первое и последнее появление, издания, метки и хронология</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Attribute…</source>
            <translation>&amp;Приписать…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attribute the selected text to a speaker (snapped to whole words; quote marks, commas and colons at the edges dropped)</source>
            <translation>Приписать выделенный текст спикеру (выделение расширяется до целых слов; кавычки, запятые и двоеточия по краям отбрасываются)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Attribute e&amp;xactly as selected…</source>
            <translation>Приписать &amp;точно как выделено…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attribute the selection exactly as selected (or hold Alt while selecting)</source>
            <translation>Приписать выделение точно как выделено (или удерживайте Alt при выделении)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Move claim here</source>
            <translation>Пере&amp;местить утверждение сюда</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move the chosen claim to the selected text (choose the claim, then select its new span); its speaker, tags, note and links stay. A claim not found in a new text of its article is placed there</source>
            <translation>Переместить выбранное утверждение на выделенный текст (выберите утверждение, затем выделите его новый фрагмент); спикер, метки, заметка и связи сохраняются. Утверждение, не найденное в новом тексте статьи, получает здесь место</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Re&amp;view orphaned claims</source>
            <translation>Про&amp;верить утверждения без места</translation>
        </message>
        <message>
            <location line="+3" />
            <source>List every claim not found in a new text of its article, on the Catalogue tab: open one (Enter), select where it belongs and use Move claim here; placed, it leaves the list</source>
            <translation>Показать на вкладке «Каталог» все утверждения, не найденные в новом тексте своей статьи: откройте одно (Enter), выделите, где оно должно стоять, и выберите «Переместить утверждение сюда»; получив место, оно уходит из списка</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Re-attribute…</source>
            <translation>Приписать &amp;другому спикеру…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attribute the chosen claim to another speaker</source>
            <translation>Приписать выбранное утверждение другому спикеру</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Edit claim…</source>
            <translation>&amp;Изменить утверждение…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit the chosen claim: speaker, kind, tags, note</source>
            <translation>Изменить выбранное утверждение: спикер, тип, метки, заметка</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Delete claim</source>
            <translation>&amp;Удалить утверждение</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete the claims selected in the claims panel</source>
            <translation>Удалить утверждения, выбранные на панели утверждений</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Mark as &amp;same claim</source>
            <translation>&amp;Отметить как «то же утверждение»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Link the chosen claim to the selected similar claim</source>
            <translation>Связать выбранное утверждение с выбранным похожим утверждением</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Next suggestion</source>
            <translation>&amp;Следующая подсказка</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Go to the next suggested attribution (Enter accepts it, Delete rejects it)</source>
            <translation>Перейти к следующей подсказке (Enter принимает её, Delete отклоняет)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Previous suggestion</source>
            <translation>П&amp;редыдущая подсказка</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Go to the previous suggested attribution</source>
            <translation>Перейти к предыдущей подсказке</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Accept all suggestions &amp;above…</source>
            <translation>Принять все подсказки в&amp;ыше…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Accept every suggested attribution at or above a confidence, as one undo step</source>
            <translation>Принять все подсказки с уверенностью не ниже заданной, одним шагом отмены</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit &amp;verdict…</source>
            <translation>Изменить &amp;вердикт…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the chosen cluster a verdict: status, explanation, fact-check address, reviewer, date</source>
            <translation>Вынести вердикт выбранному кластеру: статус, пояснение, адрес проверки фактов, проверяющий, дата</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Confirm cluster</source>
            <translation>&amp;Подтвердить кластер</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mark the chosen cluster's claims as checked: the same claim</source>
            <translation>Отметить утверждения выбранного кластера как проверенные: «то же утверждение»</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Split off selected</source>
            <translation>&amp;Отделить выбранные</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take the selected appearances out of the chosen cluster into a new cluster</source>
            <translation>Вынести выбранные появления из выбранного кластера в новый кластер</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Merge into…</source>
            <translation>О&amp;бъединить с другим…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merge the chosen cluster into another cluster you choose</source>
            <translation>Объединить выбранный кластер с другим кластером на ваш выбор</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export Claim&amp;Review…</source>
            <translation>&amp;Экспорт ClaimReview…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the chosen cluster's verdict as a schema.org ClaimReview (JSON-LD) file</source>
            <translation>Сохранить вердикт выбранного кластера в файл schema.org ClaimReview (JSON-LD)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Timeline…</source>
            <translation>&amp;Хронология…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The chosen cluster's appearances over time, by outlet or by speaker (PNG and SVG)</source>
            <translation>Появления выбранного кластера во времени, по изданиям или по спикерам (PNG и SVG)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Gather clusters</source>
            <translation>&amp;Собрать кластеры</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Put the claims linked as the same claim, and those that almost certainly say the same, into clusters (claims already placed stay)</source>
            <translation>Собрать в кластеры утверждения, связанные как «то же утверждение», и те, что почти наверняка говорят то же самое (уже распределённые утверждения остаются на месте)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Gather &amp;linked claims only</source>
            <translation>Собрать только св&amp;язанные утверждения</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Put the claims linked as the same claim into clusters, at once (no search for claims that almost certainly say the same)</source>
            <translation>Сразу собрать в кластеры утверждения, связанные как «то же утверждение» (без поиска утверждений, которые почти наверняка говорят то же самое)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Verdict la&amp;bels…</source>
            <translation>&amp;Названия статусов…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rename the verdict statuses, add the desk's own and put them in order</source>
            <translation>Переименовать статусы вердиктов, добавить свои и расставить их по порядку</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location line="+3" />
            <source>List every keyboard shortcut</source>
            <translation>Показать все сочетания клавиш</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Try the &amp;sample article</source>
            <translation>Попробовать на &amp;примере</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add the sample article that comes with ClaimDesk (or open it) to try attributing quotes</source>
            <translation>Добавить статью-пример, поставляемую с ClaimDesk (или открыть её), чтобы попробовать приписывать цитаты</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;About ClaimDesk</source>
            <translation>&amp;О программе ClaimDesk</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About ClaimDesk</source>
            <translation>О программе ClaimDesk</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Article</source>
            <translation>&amp;Статья</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Claim</source>
            <translation>&amp;Утверждение</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cl&amp;usters</source>
            <translation>&amp;Кластеры</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>Спр&amp;авка</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Edit the chosen claim</source>
            <translation>Изменить выбранное утверждение</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Accept the suggestion</source>
            <translation>Принять подсказку</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Suggested attributions</source>
            <translation>Подсказки</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Reject the suggestion</source>
            <translation>Отклонить подсказку</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete the selected claims</source>
            <translation>Удалить выбранные утверждения</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Catalogue</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Open the claim in its article</source>
            <translation>Открыть утверждение в его статье</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete the selected speaker</source>
            <translation>Удалить выбранного спикера</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Speakers</source>
            <translation>Спикеры</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open the appearance in its article</source>
            <translation>Открыть появление в его статье</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Clusters</source>
            <translation>Кластеры</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Ctrl+click, Shift+Up / Down</source>
            <translation>Ctrl+щелчок, Shift+Вверх / Вниз</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select appearances to split off into a new cluster</source>
            <translation>Выбрать появления, чтобы вынести их в новый кластер</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Alt while selecting</source>
            <translation>Alt при выделении</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the exact selection (no snapping)</source>
            <translation>Сохранить выделение точно (без расширения до слов)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reader</source>
            <translation>Текст статьи</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Next / previous hit</source>
            <translation>Следующее / предыдущее совпадение</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Find bar</source>
            <translation>Панель поиска</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Close, keeping the hit selected (Ctrl+Enter attributes it)</source>
            <translation>Закрыть, оставив совпадение выделенным (Ctrl+Enter приписывает его)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Up / Down, Enter</source>
            <translation>Вверх / Вниз, Enter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a speaker and accept</source>
            <translation>Выбрать спикера и принять</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Speaker picker</source>
            <translation>Выбор спикера</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Tab, Alt+letter</source>
            <translation>Tab, Alt+буква</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next field, jump to a field</source>
            <translation>Следующее поле, переход к полю</translation>
        </message>
        <message>
            <location line="+88" />
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Open &amp;recent</source>
            <translation>Недавние &amp;файлы</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Main toolbar</source>
            <translation>Основная панель инструментов</translation>
        </message>
        <message>
            <location line="+43" />
            <source>{menu}, in {panel}</source>
            <translation>{menu}, на панели «{panel}»</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../src/claimdesk/gui/app.py" line="+81" />
            <source>Catalogue who said what in news articles.</source>
            <translation>Каталог того, кто что сказал в новостных статьях.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the catalogue: a file path or a database URL</source>
            <translation>каталог: путь к файлу или URL базы данных</translation>
        </message>
        <message>
            <location line="+6" />
            <source>check the app works on a throwaway catalogue, then exit (0 if it does)</source>
            <translation>проверить работу приложения на временном каталоге и выйти (0, если всё в порядке)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>text files to open as articles</source>
            <translation>текстовые файлы, которые открыть как статьи</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{app} — cannot open the catalogue</source>
            <translation>{app} — не удаётся открыть каталог</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Recover what is readable into a new catalogue (the damaged file is left as it is), open another catalogue, start a new one, or quit.</source>
            <translation>Восстановите читаемое в новый каталог (повреждённый файл останется как есть), откройте другой каталог, создайте новый или выйдите.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Recover what is readable…</source>
            <translation>Восстановить читаемое…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open another catalogue, start a new one, or quit.</source>
            <translation>Откройте другой каталог, создайте новый или выйдите.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open another…</source>
            <translation>Открыть другой…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New catalogue…</source>
            <translation>Новый каталог…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Open catalogue</source>
            <translation>Открыть каталог</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Catalogues (*.sqlite *.db);;All files (*)</source>
            <translation>Каталоги (*.sqlite *.db);;Все файлы (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New catalogue</source>
            <translation>Новый каталог</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+15" />
            <source>Catalogues (*.sqlite)</source>
            <translation>Каталоги (*.sqlite)</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Recover into a new catalogue</source>
            <translation>Восстановить в новый каталог</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{app} — recovery failed</source>
            <translation>{app} — восстановить не удалось</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{app} — catalogue recovered</source>
            <translation>{app} — каталог восстановлен</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The damaged catalogue {name} was left as it is. ClaimDesk opens the recovered one now.</source>
            <translation>Повреждённый каталог {name} оставлен как есть. Сейчас ClaimDesk откроет восстановленный.</translation>
        </message>
    </context>
    <context>
        <name>AppearancesModel</name>
        <message>
            <location filename="../../src/claimdesk/gui/clusters_view.py" line="+185" />
            <source>Published</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Speaker</source>
            <translation>Спикер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Article</source>
            <translation>Статья</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claim</source>
            <translation>Утверждение</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The first appearance is marked ★</source>
            <translation>Первое появление отмечено ★</translation>
        </message>
        <message>
            <location line="+14" />
            <source>(no date)</source>
            <translation>(без даты)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(unattributed)</source>
            <translation>(без спикера)</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <location filename="../../src/claimdesk/cli.py" line="+1401" />
            <source>show program's version number and exit</source>
            <translation>показать версию программы и выйти</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/i18n_text.py" line="+224" />
            <source>usage: </source>
            <translation>использование: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>positional arguments</source>
            <translation>позиционные аргументы</translation>
        </message>
        <message>
            <location line="+1" />
            <source>options</source>
            <translation>параметры</translation>
        </message>
        <message>
            <location line="+1" />
            <source>show this help message and exit</source>
            <translation>показать эту справку и выйти</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: ошибка: %(message)s
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>аргумент %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the following arguments are required: %s</source>
            <translation>не хватает обязательных аргументов: %s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>one of the arguments %s is required</source>
            <translation>нужен один из аргументов %s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not allowed with argument %s</source>
            <translation>нельзя указывать вместе с аргументом %s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unrecognized arguments: %s</source>
            <translation>неизвестные аргументы: %s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>недопустимое значение: %(value)r (выберите из %(choices)s)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>недопустимое значение %(type)s: %(value)r</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>неоднозначный параметр: %(option)s подходит к %(matches)s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected one argument</source>
            <translation>ожидается один аргумент</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected at most one argument</source>
            <translation>ожидается не больше одного аргумента</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected at least one argument</source>
            <translation>ожидается хотя бы один аргумент</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ignored explicit argument %r</source>
            <translation>пропущен явный аргумент %r</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>неизвестная команда %(parser_name)r (есть: %(choices)s)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>не удаётся открыть «%(filename)s»: %(error)s</translation>
        </message>
    </context>
    <context>
        <name>ArticleActions</name>
        <message>
            <location filename="../../src/claimdesk/gui/article_actions.py" line="+674" />
            <source>Articles ({patterns})</source>
            <translation>Статьи ({patterns})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>ArticleController</name>
        <message>
            <location line="-579" />
            <source>The clipboard holds no text to make an article from.</source>
            <translation>В буфере обмена нет текста, из которого можно сделать статью.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Open articles</source>
            <translation>Открыть статьи</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Import a folder of articles</source>
            <translation>Импорт папки со статьями</translation>
        </message>
        <message>
            <location line="+82" />
            <source>Author: {author}</source>
            <translation>Автор: {author}</translation>
        </message>
        <message>
            <location line="+112" />
            <location line="+55" />
            <location line="+49" />
            <source>This article is already in the catalogue.</source>
            <translation>Эта статья уже есть в каталоге.</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Article details — already in the catalogue</source>
            <translation>Сведения о статье — уже в каталоге</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Already in the catalogue: updated the details of “{title}”.</source>
            <translation>Уже в каталоге: сведения о статье «{title}» обновлены.</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>This text is already in the catalogue as “{title}”, with %n claim(s). OK updates its details; Cancel leaves them as they are.</source>
            <translation>
                <numerusform>Этот текст уже есть в каталоге как «{title}», с %n утверждением. «OK» обновит его сведения, «Отмена» оставит их как есть.</numerusform>
                <numerusform>Этот текст уже есть в каталоге как «{title}», с %n утверждениями. «OK» обновит его сведения, «Отмена» оставит их как есть.</numerusform>
                <numerusform>Этот текст уже есть в каталоге как «{title}», с %n утверждениями. «OK» обновит его сведения, «Отмена» оставит их как есть.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>This text is already in the catalogue as “{title}”. OK updates its details; Cancel leaves them as they are.</source>
            <translation>Этот текст уже есть в каталоге как «{title}». «OK» обновит его сведения, «Отмена» оставит их как есть.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Open an article first.</source>
            <translation>Сначала откройте статью.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Edit article details</source>
            <translation>Сведения о статье</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saved the details of “{title}”.</source>
            <translation>Сведения о статье «{title}» сохранены.</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>Deleted “{title}” and its %n claim(s). Edit › Undo ({key}) brings it back.</source>
            <translation>
                <numerusform>Статья «{title}» удалена вместе с %n утверждением. «Правка › Отменить» ({key}) вернёт её.</numerusform>
                <numerusform>Статья «{title}» удалена вместе с %n утверждениями. «Правка › Отменить» ({key}) вернёт её.</numerusform>
                <numerusform>Статья «{title}» удалена вместе с %n утверждениями. «Правка › Отменить» ({key}) вернёт её.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deleted “{title}”. Edit › Undo ({key}) brings it back.</source>
            <translation>Статья «{title}» удалена. «Правка › Отменить» ({key}) вернёт её.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Import folder “{name}”</source>
            <translation>импорт папки «{name}»</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Import %n file(s)</source>
            <translation>
                <numerusform>импорт %n файла</numerusform>
                <numerusform>импорт %n файлов</numerusform>
                <numerusform>импорт %n файлов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Delete “{title}” and its %n claim(s)? You can undo this with Edit › Undo.</source>
            <translation>
                <numerusform>Удалить «{title}» вместе с %n утверждением? Это можно отменить через «Правка › Отменить».</numerusform>
                <numerusform>Удалить «{title}» вместе с %n утверждениями? Это можно отменить через «Правка › Отменить».</numerusform>
                <numerusform>Удалить «{title}» вместе с %n утверждениями? Это можно отменить через «Правка › Отменить».</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete “{title}”? You can undo this with Edit › Undo.</source>
            <translation>Удалить «{title}»? Это можно отменить через «Правка › Отменить».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Delete article</source>
            <translation>Удаление статьи</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
    </context>
    <context>
        <name>ArticleDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/article_dialog.py" line="+83" />
            <source>Article details</source>
            <translation>Сведения о статье</translation>
        </message>
        <message>
            <location line="+31" />
            <source>e.g. Sputnik Azerbaijan</source>
            <translation>например, Sputnik Азербайджан</translation>
        </message>
        <message>
            <location line="+3" />
            <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
            <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
        </message>
        <message>
            <location line="+7" />
            <source>e.g. ru, en</source>
            <translation>например, ru, en</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Outlet:</source>
            <translation>&amp;Издание:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;URL:</source>
            <translation>&amp;Адрес (URL):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n символ</numerusform>
                <numerusform>%n символа</numerusform>
                <numerusform>%n символов</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>the clipboard</source>
            <translation>буфер обмена</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{source} — {characters}</source>
            <translation>{source} — {characters}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Store as a new version of “{title}”</source>
            <translation>Сохранить как новую версию «{title}»</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The text is nearly the same as this earlier article: store it as that article's new version (its claims follow their words) instead of a new article</source>
            <translation>Текст почти совпадает с этой более ранней статьёй: сохранить его как новую версию той статьи (её утверждения последуют за своими словами), а не как новую статью</translation>
        </message>
    </context>
    <context>
        <name>ArticleList</name>
        <message>
            <location filename="../../src/claimdesk/gui/article_list.py" line="+38" />
            <location line="+7" />
            <source>Title</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+7" />
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claims</source>
            <translation>Утверждения</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Publication date</source>
            <translation>Дата публикации</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Number of claims</source>
            <translation>Число утверждений</translation>
        </message>
    </context>
    <context>
        <name>ArticleListPanel</name>
        <message>
            <location line="+74" />
            <source>Filter by title or outlet…</source>
            <translation>Фильтр по заголовку или изданию…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filter articles</source>
            <translation>Фильтр статей</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Articles in the catalogue</source>
            <translation>Статьи каталога</translation>
        </message>
    </context>
    <context>
        <name>ArticleReader</name>
        <message>
            <location filename="../../src/claimdesk/gui/reader.py" line="+105" />
            <source>Article text</source>
            <translation>Текст статьи</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The article text; select a quote and press Ctrl+Enter</source>
            <translation>Текст статьи; выделите цитату и нажмите Ctrl+Enter</translation>
        </message>
        <message>
            <location line="+321" />
            <source>Unattributed</source>
            <translation>Без спикера</translation>
        </message>
    </context>
    <context>
        <name>ArticleTextDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/text_edit_dialog.py" line="+34" />
            <source>Edit text — {title}</source>
            <translation>Правка текста — {title}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit text</source>
            <translation>Правка текста</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Saving keeps the present text as an earlier version (Article › Versions…) and moves the claims with the words they quote. Ctrl+Enter saves; Escape cancels.</source>
            <translation>При сохранении нынешний текст остаётся предыдущей версией («Статья › Версии…»), а утверждения перемещаются вместе с цитируемыми словами. Ctrl+Enter — сохранить, Escape — отменить.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Article text</source>
            <translation>Текст статьи</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Save as a new version (Ctrl+Enter)</source>
            <translation>Сохранить как новую версию (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Discard changes?</source>
            <translation>Отбросить изменения?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The text was changed. Discard the changes?</source>
            <translation>Текст изменён. Отбросить изменения?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Discard changes</source>
            <translation>&amp;Отбросить изменения</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Keep editing</source>
            <translation>&amp;Продолжить правку</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../../src/claimdesk/gui/bar_chart.py" line="+36" />
            <source>Save &amp;PNG…</source>
            <translation>Со&amp;хранить PNG…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save S&amp;VG…</source>
            <translation>Сохр&amp;анить SVG…</translation>
        </message>
        <message numerus="yes">
            <location line="+66" />
            <source>%n in all; the first {drawn} drawn</source>
            <translation>
                <numerusform>Всего: %n; на графике первые {drawn}</numerusform>
                <numerusform>Всего: %n; на графике первые {drawn}</numerusform>
                <numerusform>Всего: %n; на графике первые {drawn}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
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
            <location filename="../../src/claimdesk/gui/browse_tabs.py" line="+69" />
            <source>Catalogue</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Speakers</source>
            <translation>Спикеры</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clusters</source>
            <translation>Кластеры</translation>
        </message>
    </context>
    <context>
        <name>CatalogueController</name>
        <message>
            <location filename="../../src/claimdesk/gui/catalogue_actions.py" line="+47" />
            <source>Opened the catalogue {location}</source>
            <translation>Открыт каталог {location}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New catalogue</source>
            <translation>Новый каталог</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+18" />
            <source>Catalogues ({patterns})</source>
            <translation>Каталоги ({patterns})</translation>
        </message>
        <message>
            <location line="-13" />
            <source>{path} already exists; use Open catalogue to open it.</source>
            <translation>{path} уже существует; откройте его через «Открыть каталог».</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Open catalogue</source>
            <translation>Открыть каталог</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message numerus="yes">
            <location line="+19" />
            <source>Copied %n record(s) to {target}</source>
            <translation>
                <numerusform>Скопирована %n запись в {target}</numerusform>
                <numerusform>Скопированы %n записи в {target}</numerusform>
                <numerusform>Скопировано %n записей в {target}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogueUndoStack</name>
        <message>
            <location filename="../../src/claimdesk/gui/undo.py" line="+88" />
            <source>Edit</source>
            <translation>правка</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add article “{title}”</source>
            <translation>добавление статьи «{title}»</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Add %n article(s)</source>
            <translation>
                <numerusform>добавление %n статьи</numerusform>
                <numerusform>добавление %n статей</numerusform>
                <numerusform>добавление %n статей</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit details of “{title}”</source>
            <translation>изменение сведений о статье «{title}»</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete article “{title}”</source>
            <translation>удаление статьи «{title}»</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Attribute %n span(s)</source>
            <translation>
                <numerusform>приписывание %n фрагмента</numerusform>
                <numerusform>приписывание %n фрагментов</numerusform>
                <numerusform>приписывание %n фрагментов</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attribute “{quote}” to {speaker}</source>
            <translation>приписывание «{quote}» спикеру {speaker}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mark “{quote}”</source>
            <translation>отметка «{quote}»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re-attribute “{quote}” to {speaker}</source>
            <translation>смена спикера у «{quote}» на {speaker}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Re-attribute “{quote}”</source>
            <translation>смена спикера у «{quote}»</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit claim “{quote}”</source>
            <translation>изменение утверждения «{quote}»</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move claim “{quote}”</source>
            <translation>перемещение утверждения «{quote}»</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Place orphaned claim “{quote}”</source>
            <translation>размещение утверждения без места «{quote}»</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delete claim “{quote}”</source>
            <translation>удаление утверждения «{quote}»</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Delete %n claim(s)</source>
            <translation>
                <numerusform>удаление %n утверждения</numerusform>
                <numerusform>удаление %n утверждений</numerusform>
                <numerusform>удаление %n утверждений</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Link “{quote}” ({relation})</source>
            <translation>связь «{quote}» ({relation})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove link</source>
            <translation>удаление связи</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gather clusters</source>
            <translation>сбор кластеров</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirm cluster</source>
            <translation>подтверждение кластера</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unconfirm cluster</source>
            <translation>снятие подтверждения кластера</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Split cluster {number}</source>
            <translation>разделение кластера {number}</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Merge %n cluster(s)</source>
            <translation>
                <numerusform>объединение %n кластера</numerusform>
                <numerusform>объединение %n кластеров</numerusform>
                <numerusform>объединение %n кластеров</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Verdict: {verdict}</source>
            <translation>вердикт: {verdict}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import REFI-QDA project “{name}”</source>
            <translation>импорт проекта REFI-QDA «{name}»</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Import %n annotation(s) from {file}</source>
            <translation>
                <numerusform>импорт %n аннотации из {file}</numerusform>
                <numerusform>импорт %n аннотаций из {file}</numerusform>
                <numerusform>импорт %n аннотаций из {file}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add speaker {name}</source>
            <translation>добавление спикера {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit speaker {name}</source>
            <translation>изменение спикера {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add alias “{alias}” to {name}</source>
            <translation>добавление другого имени «{alias}» спикеру {name}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Remove alias “{alias}” of {name}</source>
            <translation>удаление другого имени «{alias}» у спикера {name}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Merge {merged} into {kept}</source>
            <translation>объединение {merged} с {kept}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delete speaker {name}</source>
            <translation>удаление спикера {name}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New version {number} of “{title}”</source>
            <translation>новая версия {number} статьи «{title}»</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Accept %n suggestion(s)</source>
            <translation>
                <numerusform>принятие %n подсказки</numerusform>
                <numerusform>принятие %n подсказок</numerusform>
                <numerusform>принятие %n подсказок</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>Redone: {step}</source>
            <translation>Повторено: {step}</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Undone: {step}</source>
            <translation>Отменено: {step}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueView</name>
        <message>
            <location filename="../../src/claimdesk/gui/catalogue_view.py" line="+78" />
            <source>Catalogue</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Claims</source>
            <translation>Утверждения</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+85" />
            <source>Delete claims</source>
            <translation>Удалить утверждения</translation>
        </message>
        <message>
            <location line="-80" />
            <source>Open in article</source>
            <translation>Открыть в статье</translation>
        </message>
        <message numerus="yes">
            <location line="+40" />
            <source>%Ln+ claim(s)</source>
            <translation>
                <numerusform>%Ln+ утверждение</numerusform>
                <numerusform>%Ln+ утверждения</numerusform>
                <numerusform>%Ln+ утверждений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln claim(s)</source>
            <translation>
                <numerusform>%Ln утверждение</numerusform>
                <numerusform>%Ln утверждения</numerusform>
                <numerusform>%Ln утверждений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+39" />
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
            <location filename="../../src/claimdesk/gui/chart_windows.py" line="+71" />
            <source>Choose a speaker on the Speakers tab to see their profile.</source>
            <translation>Выберите спикера на вкладке «Спикеры», чтобы увидеть его профиль.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose a cluster on the Clusters tab to see its timeline.</source>
            <translation>Выберите кластер на вкладке «Кластеры», чтобы увидеть его хронологию.</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <location filename="../../src/claimdesk/gui/charts.py" line="+82" />
            <source>PNG image (*.png)</source>
            <translation>Изображение PNG (*.png)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SVG drawing (*.svg)</source>
            <translation>Рисунок SVG (*.svg)</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Chart</source>
            <translation>График</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Save the chart as {format}</source>
            <translation>Сохранить график в формате {format}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All files (*)</source>
            <translation>Все файлы (*)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The chart could not be saved in {path}: {reason}.</source>
            <translation>Не удалось сохранить график в {path}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>ClaimActions</name>
        <message>
            <location filename="../../src/claimdesk/gui/claim_actions.py" line="+489" />
            <source>“{quote}” was not found in the article's new text: select where it belongs and press {key} to place it.</source>
            <translation>«{quote}» не найдено в новом тексте статьи: выделите, где оно должно стоять, и нажмите {key}, чтобы разместить его.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Select the new span for “{quote}” and press {key}.</source>
            <translation>Выделите новый фрагмент для «{quote}» и нажмите {key}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Place “{quote}” here</source>
            <translation>Помес&amp;тить «{quote}» сюда</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Move “{quote}” here</source>
            <translation>Пере&amp;местить «{quote}» сюда</translation>
        </message>
    </context>
    <context>
        <name>ClaimController</name>
        <message>
            <location line="-376" />
            <source>Suggested: {name} said the same in another article.</source>
            <translation>Подсказка: {name} сказал(а) то же самое в другой статье.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Suggested: {name} said the same in «{where}».</source>
            <translation>Подсказка: {name} сказал(а) то же самое в «{where}».</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Select a quote in the article first.</source>
            <translation>Сначала выделите цитату в статье.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Attributed to {name}.</source>
            <translation>Приписано спикеру {name}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attributed to nobody (unattributed).</source>
            <translation>Не приписано никому (без спикера).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose a claim in the claims panel first.</source>
            <translation>Сначала выберите утверждение на панели утверждений.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Re-attribute</source>
            <translation>Приписать другому спикеру</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Edit claim</source>
            <translation>Правка утверждения</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Choose the claim to move (click its highlight or its row), select its new span, then press {key}.</source>
            <translation>Выберите утверждение, которое нужно переместить (щёлкните его выделение или строку), выделите его новый фрагмент и нажмите {key}.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Placed the claim on “{quote}”.</source>
            <translation>Утверждение размещено на «{quote}».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Moved the claim on “{quote}”.</source>
            <translation>Утверждение перемещено на «{quote}».</translation>
        </message>
        <message>
            <location line="+35" />
            <source>&amp;Edit claim “{quote}”…</source>
            <translation>&amp;Изменить утверждение «{quote}»…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Re-attribute “{quote}”…</source>
            <translation>Приписать «{quote}» &amp;другому спикеру…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Delete claim “{quote}”</source>
            <translation>&amp;Удалить утверждение «{quote}»</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Choose a claim here and a similar claim to link them.</source>
            <translation>Выберите здесь утверждение и похожее утверждение, чтобы связать их.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Linked as the same claim.</source>
            <translation>Связано как «то же утверждение».</translation>
        </message>
    </context>
    <context>
        <name>ClaimFilterBar</name>
        <message>
            <location filename="../../src/claimdesk/gui/claim_filter_bar.py" line="+56" />
            <source>Search quotes, speakers, titles…</source>
            <translation>Поиск по цитатам, спикерам, заголовкам…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search text</source>
            <translation>Текст для поиска</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Speaker</source>
            <translation>Спикер</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All kinds</source>
            <translation>Все типы</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tag</source>
            <translation>Метка</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Verdict status</source>
            <translation>Статус вердикта</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only claims of clusters with this verdict status</source>
            <translation>Только утверждения из кластеров с этим статусом вердикта</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From (YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>От (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Until (YYYY, YYYY-MM or YYYY-MM-DD)</source>
            <translation>До (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Needs revie&amp;w</source>
            <translation>Тре&amp;бует проверки</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only claims not found in their article's new text, waiting to be placed: open one (Enter), select where it belongs and use Claim › Move claim here</source>
            <translation>Только утверждения, не найденные в новом тексте своей статьи и ждущие места: откройте утверждение (Enter), выделите, где оно должно быть, и выберите «Утверждение › Переместить утверждение сюда»</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Clear filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Search:</source>
            <translation>По&amp;иск:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;peaker:</source>
            <translation>Спик&amp;ер:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Kind:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tag:</source>
            <translation>&amp;Метка:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Outlet:</source>
            <translation>Изда&amp;ние:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ver&amp;dict:</source>
            <translation>Ве&amp;рдикт:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;rom:</source>
            <translation>&amp;От:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>U&amp;ntil:</source>
            <translation>&amp;До:</translation>
        </message>
        <message>
            <location line="+125" />
            <source>Speaker #{id}</source>
            <translation>Спикер № {id}</translation>
        </message>
        <message>
            <location line="+61" />
            <source>All speakers</source>
            <translation>Все спикеры</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(unattributed)</source>
            <translation>(без спикера)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All tags</source>
            <translation>Все метки</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All outlets</source>
            <translation>Все издания</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All verdicts</source>
            <translation>Все вердикты</translation>
        </message>
    </context>
    <context>
        <name>ClaimKind</name>
        <message>
            <location filename="../../src/claimdesk/gui/kind_labels.py" line="+18" />
            <source>Direct quote</source>
            <translation>Прямая цитата</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indirect quote</source>
            <translation>Косвенная цитата</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claim</source>
            <translation>Утверждение</translation>
        </message>
        <message>
            <location line="+5" />
            <source>direct</source>
            <translation>прямая цитата</translation>
        </message>
        <message>
            <location line="+1" />
            <source>indirect</source>
            <translation>косвенная цитата</translation>
        </message>
        <message>
            <location line="+1" />
            <source>claim</source>
            <translation>утверждение</translation>
        </message>
    </context>
    <context>
        <name>ClaimsModel</name>
        <message>
            <location filename="../../src/claimdesk/gui/claims_panel.py" line="+27" />
            <source>Speaker</source>
            <translation>Спикер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message numerus="yes">
            <location line="+47" />
            <source>{mark} Linked as the same claim to %n other(s)</source>
            <translation>
                <numerusform>{mark} Связано как «то же утверждение» с %n другим утверждением</numerusform>
                <numerusform>{mark} Связано как «то же утверждение» с %n другими утверждениями</numerusform>
                <numerusform>{mark} Связано как «то же утверждение» с %n другими утверждениями</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unattributed</source>
            <translation>Без спикера</translation>
        </message>
    </context>
    <context>
        <name>ClaimsPanel</name>
        <message>
            <location line="-52" />
            <source>⚠ Not found:</source>
            <translation>⚠ Не найдено:</translation>
        </message>
        <message>
            <location line="+85" />
            <source>Not found in the article's new text (version {version}'s words below). Select where it belongs and press {key}.</source>
            <translation>Не найдено в новом тексте статьи (ниже — слова из версии {version}). Выделите, где утверждение должно быть, и нажмите {key}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Placed approximately in the new text ({percent} alike): check it.</source>
            <translation>Размещено в новом тексте приблизительно (сходство {percent}): проверьте.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Made on version {made} of the text.</source>
            <translation>Создано по версии {made} текста.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Made on version {made} of the text; it followed the text to version {now}.</source>
            <translation>Создано по версии {made} текста и перенесено вместе с текстом в версию {now}.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Claims in this article</source>
            <translation>Утверждения в этой статье</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claims in the current article</source>
            <translation>Утверждения текущей статьи</translation>
        </message>
    </context>
    <context>
        <name>ClaimsTableModel</name>
        <message>
            <location filename="../../src/claimdesk/gui/claims_table_model.py" line="+50" />
            <source>Speaker</source>
            <translation>Спикер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Article</source>
            <translation>Статья</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created</source>
            <translation>Создано</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added by</source>
            <translation>Добавил(а)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Changed by</source>
            <translation>Изменил(а)</translation>
        </message>
        <message>
            <location line="+273" />
            <source>Added {when} by {who}</source>
            <translation>Добавлено {when}, автор: {who}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Added {when}</source>
            <translation>Добавлено {when}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>last changed {when} by {who}</source>
            <translation>последнее изменение {when}, автор: {who}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>last changed {when}</source>
            <translation>последнее изменение {when}</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <location filename="../../src/claimdesk/cli.py" line="-1284" />
            <source>{argument} is not valid text in the locale's encoding ({encoding}): retype it, or set the terminal's or the script's encoding to match</source>
            <translation>{argument} — недопустимый текст в кодировке локали ({encoding}): наберите его заново или установите ту же кодировку в терминале или скрипте</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the search text is {length:,} characters long; search for at most {limit:,} (a few distinctive words find a claim)</source>
            <translation>длина текста поиска — {length:,} символов; ищите не больше {limit:,} (утверждение находят по нескольким характерным словам)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the text is {length:,} characters long; compare at most {limit:,} (the text of one claim)</source>
            <translation>длина текста — {length:,} символов; сравнивайте не больше {limit:,} (текст одного утверждения)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{argument} is not an id: give a whole number such as 12</source>
            <translation>{argument} — не идентификатор: укажите целое число, например 12</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{argument} is not a count: give a whole number such as 12</source>
            <translation>{argument} — не количество: укажите целое число, например 12</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{argument} is not an id: it must be from 1 to {largest}</source>
            <translation>{argument} — не идентификатор: он должен быть от 1 до {largest}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{argument} is not a count: it must be from 1 to {largest}</source>
            <translation>{argument} — не количество: оно должно быть от 1 до {largest}</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{prog}: error: {message} (see {prog} --help)</source>
            <translation>{prog}: ошибка: {message} (см. {prog} --help)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>No speaker is named “{name}” (by name or alias).</source>
            <translation>Нет спикера с именем «{name}» (ни основным, ни другим).</translation>
        </message>
        <message>
            <location line="+64" />
            <source>No article files found (.txt, .md, .html, .docx, .pdf, .odt, .rtf).</source>
            <translation>Файлы статей не найдены (.txt, .md, .html, .docx, .pdf, .odt, .rtf).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--title names one article: give it with a single file.</source>
            <translation>--title задаёт заголовок одной статьи: укажите его с одним файлом.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>--version-of takes one file or web address: the article's new text.</source>
            <translation>--version-of принимает один файл или веб-адрес: новый текст статьи.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{options} cannot be given with --version-of: a new version changes the article's text, not its details (use article-edit).</source>
            <translation>{options} нельзя указывать с --version-of: новая версия меняет текст статьи, а не её сведения (используйте article-edit).</translation>
        </message>
        <message>
            <location line="+35" />
            <source>{prog}: article {article} is now at version {version}; its claims: {states}</source>
            <translation>{prog}: статья {article} теперь в версии {version}; её утверждения: {states}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{count} exact</source>
            <translation>на месте: {count}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} moved</source>
            <translation>сдвинуто: {count}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} approximate</source>
            <translation>найдено приблизительно: {count}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{count} orphaned</source>
            <translation>без места: {count}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{prog}: warning: {name}: {warning}</source>
            <translation>{prog}: предупреждение: {name}: {warning}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{prog}: error: {message}</source>
            <translation>{prog}: ошибка: {message}</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Give web addresses or files, not both, in one import.</source>
            <translation>В одном импорте укажите либо веб-адреса, либо файлы, но не то и другое.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--title names one article: give it with a single web address.</source>
            <translation>--title задаёт заголовок одной статьи: укажите его с одним веб-адресом.</translation>
        </message>
        <message>
            <location line="+104" />
            <source>{prog}: {name}: the same text is already article {article}</source>
            <translation>{prog}: {name}: этот текст уже есть в каталоге — статья {article}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{prog}: {name}: imported as article {article}, a near-duplicate of {near}</source>
            <translation>{prog}: {name}: импортирован как статья {article}, почти дубликат {near}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{prog}: {created} imported, {there} already there, {failed} failed, {stopped} not tried</source>
            <translation>{prog}: импортировано: {created}, уже в каталоге: {there}, с ошибкой: {failed}, не обработано: {stopped}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{prog}: {created} imported, {there} already there, {failed} failed</source>
            <translation>{prog}: импортировано: {created}, уже в каталоге: {there}, с ошибкой: {failed}</translation>
        </message>
        <message>
            <location line="+169" />
            <source>--accept-min is a confidence between 0 and 1.</source>
            <translation>--accept-min — это уверенность от 0 до 1.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{prog}: stored {stored} of {total} suggestions</source>
            <translation>{prog}: сохранено подсказок: {stored} из {total}</translation>
        </message>
        <message>
            <location line="+37" />
            <source>(matched “{name}”)</source>
            <translation>(совпало с «{name}»)</translation>
        </message>
        <message numerus="yes">
            <location line="+36" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n утверждение</numerusform>
                <numerusform>%n утверждения</numerusform>
                <numerusform>%n утверждений</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Give the text of a claim to compare, e.g. similar "…".</source>
            <translation>Укажите текст утверждения для сравнения, например similar "…".</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+343" />
            <source>(unattributed)</source>
            <translation>(без спикера)</translation>
        </message>
        <message>
            <location line="-331" />
            <source>indexing claims: {done}/{total} ({percent}%)</source>
            <translation>индексация утверждений: {done}/{total} ({percent}%)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Another desk is building or merging the server's claim index right now, or it was built with another version of the word stemmer: try again in a minute.</source>
            <translation>Другое рабочее место сейчас строит или объединяет индекс утверждений на сервере, или индекс построен другой версией стеммера: повторите через минуту.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>ready: searches use it</source>
            <translation>готов: поиск использует его</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not built yet: the first search builds it (or use --rebuild)</source>
            <translation>ещё не построен: его построит первый поиск (или используйте --rebuild)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>being built (or a build stopped half-way: --rebuild finishes it)</source>
            <translation>строится (или построение прервалось на полпути: --rebuild его завершит)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>built by a desk with another word stemmer: this desk indexes claims itself</source>
            <translation>построен рабочим местом с другим стеммером: это рабочее место индексирует утверждения само</translation>
        </message>
        <message>
            <location line="+4" />
            <source>server claim index: {meaning}</source>
            <translation>индекс утверждений на сервере: {meaning}</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n claim(s) indexed</source>
            <translation>
                <numerusform>%n утверждение в индексе</numerusform>
                <numerusform>%n утверждения в индексе</numerusform>
                <numerusform>%n утверждений в индексе</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n posting(s)</source>
            <translation>
                <numerusform>%n запись</numerusform>
                <numerusform>%n записи</numerusform>
                <numerusform>%n записей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n row(s) waiting to be merged</source>
            <translation>
                <numerusform>%n строка ждёт объединения</numerusform>
                <numerusform>%n строки ждут объединения</numerusform>
                <numerusform>%n строк ждут объединения</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+64" />
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n символ</numerusform>
                <numerusform>%n символа</numerusform>
                <numerusform>%n символов</numerusform>
            </translation>
        </message>
        <message>
            <location line="+31" />
            <source>version {number}</source>
            <translation>версия {number}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n байт</numerusform>
                <numerusform>%n байта</numerusform>
                <numerusform>%n байт</numerusform>
            </translation>
        </message>
        <message>
            <location line="+33" />
            <source>{path} could not be written: {reason}</source>
            <translation>Не удалось записать {path}: {reason}</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n byte(s) written to {path}</source>
            <translation>
                <numerusform>%n байт записан в {path}</numerusform>
                <numerusform>%n байта записано в {path}</numerusform>
                <numerusform>%n байт записано в {path}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+25" />
            <source>Nothing to change: give --title, --outlet, --date, --url or --language (an empty value such as --date "" clears it).</source>
            <translation>Нечего менять: укажите --title, --outlet, --date, --url или --language (пустое значение, например --date "", очищает поле).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Deleting article {article} “{title}” needs --yes: there is no terminal to ask.</source>
            <translation>Для удаления статьи {article} «{title}» нужен --yes: нет терминала, чтобы спросить.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Deleting article {article} “{title}” and its %n claim(s) needs --yes: there is no terminal to ask.</source>
            <translation>
                <numerusform>Для удаления статьи {article} «{title}» и её %n утверждения нужен --yes: нет терминала, чтобы спросить.</numerusform>
                <numerusform>Для удаления статьи {article} «{title}» и её %n утверждений нужен --yes: нет терминала, чтобы спросить.</numerusform>
                <numerusform>Для удаления статьи {article} «{title}» и её %n утверждений нужен --yes: нет терминала, чтобы спросить.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete article {article} “{title}”? This cannot be undone from the command line. [y/N] </source>
            <translation>Удалить статью {article} «{title}»? Из командной строки это не отменить. [y/N] </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Delete article {article} “{title}” and its %n claim(s)? This cannot be undone from the command line. [y/N] </source>
            <translation>
                <numerusform>Удалить статью {article} «{title}» и её %n утверждение? Из командной строки это не отменить. [y/N] </numerusform>
                <numerusform>Удалить статью {article} «{title}» и её %n утверждения? Из командной строки это не отменить. [y/N] </numerusform>
                <numerusform>Удалить статью {article} «{title}» и её %n утверждений? Из командной строки это не отменить. [y/N] </numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>y|yes</source>
            <translation>д|да</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not confirmed: nothing was deleted.</source>
            <translation>Не подтверждено: ничего не удалено.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Deleted article {article} “{title}” and its %n claim(s).</source>
            <translation>
                <numerusform>Удалены статья {article} «{title}» и её %n утверждение.</numerusform>
                <numerusform>Удалены статья {article} «{title}» и её %n утверждения.</numerusform>
                <numerusform>Удалены статья {article} «{title}» и её %n утверждений.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Deleted article {article} “{title}”.</source>
            <translation>Удалена статья {article} «{title}».</translation>
        </message>
        <message>
            <location line="+60" />
            <source>(orphaned, version {number})</source>
            <translation>(без места, версия {number})</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>copying {table}: {done}/%n row(s) ({percent}%)</source>
            <translation>
                <numerusform>копирование {table}: {done}/%n строка ({percent}%)</numerusform>
                <numerusform>копирование {table}: {done}/%n строки ({percent}%)</numerusform>
                <numerusform>копирование {table}: {done}/%n строк ({percent}%)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>copied %n row(s) ({counts}) from {source} to {target}</source>
            <translation>
                <numerusform>скопирована %n строка ({counts}) из {source} в {target}</numerusform>
                <numerusform>скопировано %n строки ({counts}) из {source} в {target}</numerusform>
                <numerusform>скопировано %n строк ({counts}) из {source} в {target}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>check reads a catalogue file; a team catalogue's PostgreSQL server checks its own data (its administrator runs its tools).</source>
            <translation>check читает файл каталога; сервер PostgreSQL командного каталога проверяет свои данные сам (его инструменты запускает администратор).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{path}: passed the full integrity check</source>
            <translation>{path}: полная проверка целостности пройдена</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>reading {table}: %n row(s)</source>
            <translation>
                <numerusform>чтение {table}: %n строка</numerusform>
                <numerusform>чтение {table}: %n строки</numerusform>
                <numerusform>чтение {table}: %n строк</numerusform>
            </translation>
        </message>
        <message>
            <location line="+41" />
            <location line="+172" />
            <source>speaker name, alias or id</source>
            <translation>имя спикера, другое имя или идентификатор</translation>
        </message>
        <message>
            <location line="-169" />
            <source>only claims in this article</source>
            <translation>только утверждения из этой статьи</translation>
        </message>
        <message>
            <location line="+3" />
            <source>outlet name (or part of it)</source>
            <translation>название издания (или его часть)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>only claims of clusters with this verdict status (key or label; see verdict-labels)</source>
            <translation>только утверждения из кластеров с этим статусом вердикта (ключ или название; см. verdict-labels)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>published on or after (YYYY[-MM[-DD]])</source>
            <translation>опубликовано в этот день или позже (ГГГГ[-ММ[-ДД]])</translation>
        </message>
        <message>
            <location line="+3" />
            <source>published on or before</source>
            <translation>опубликовано в этот день или раньше</translation>
        </message>
        <message>
            <location line="+6" />
            <source>words in the quote, speaker or article title</source>
            <translation>слова в цитате, имени спикера или заголовке статьи</translation>
        </message>
        <message>
            <location line="+10" />
            <source>catalogue file or database URL (default: $CLAIMDESK_DATABASE_URL, else the catalogue in the user data folder)</source>
            <translation>файл каталога или URL базы данных (по умолчанию: $CLAIMDESK_DATABASE_URL, иначе каталог в папке данных пользователя)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>ClaimDesk's catalogue of claims.</source>
            <translation>Каталог утверждений ClaimDesk.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>import files (.txt .md .html .docx .pdf .odt .rtf), folders of them or web pages as articles and print their ids</source>
            <translation>импортировать файлы (.txt .md .html .docx .pdf .odt .rtf), папки с ними или веб-страницы как статьи и вывести их идентификаторы</translation>
        </message>
        <message>
            <location line="+11" />
            <source>files, folders, or web addresses (http:// or https://, fetched before the catalogue is opened)</source>
            <translation>файлы, папки или веб-адреса (http:// или https://, загружаются до открытия каталога)</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+194" />
            <source>publication date, YYYY-MM-DD (or YYYY-MM, YYYY)</source>
            <translation>дата публикации, ГГГГ-ММ-ДД (или ГГГГ-ММ, ГГГГ)</translation>
        </message>
        <message>
            <location line="-190" />
            <location line="+194" />
            <source>language code such as ru or en</source>
            <translation>код языка, например ru или en</translation>
        </message>
        <message>
            <location line="-188" />
            <source>store the one FILE as a new version of this article's text; its claims follow the text (printed per claim: exact, moved, approximate with a score, or orphaned)</source>
            <translation>сохранить единственный FILE как новую версию текста этой статьи; её утверждения следуют за текстом (для каждого выводится: exact — на месте, moved — сдвинуто, approximate — приблизительно, с оценкой, orphaned — без места)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>processes reading files at once (default: one per core; 1 reads them here)</source>
            <translation>сколько процессов читают файлы одновременно (по умолчанию: по одному на ядро; 1 — читать в этом процессе)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>attribute a quote in an article to a speaker</source>
            <translation>приписать цитату из статьи спикеру</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the exact text of the quote</source>
            <translation>точный текст цитаты</translation>
        </message>
        <message>
            <location line="+6" />
            <source>name or alias; created if unknown</source>
            <translation>имя или другое имя; неизвестный спикер создаётся</translation>
        </message>
        <message>
            <location line="+7" />
            <source>which repeat of the quote (1 = first)</source>
            <translation>какое по счёту вхождение цитаты (1 — первое)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a tag (repeat for several)</source>
            <translation>метка (повторите для нескольких)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>suggest quotes and their speakers in an article (stores nothing without --accept-min)</source>
            <translation>подсказать цитаты и их спикеров в статье (без --accept-min ничего не сохраняется)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>store the suggestions at or above this confidence (0-1), creating speakers; without a value, the confidence of those the app shows by default for the article's language</source>
            <translation>сохранить подсказки с уверенностью не ниже этой (0–1), создавая спикеров; без значения — уверенность подсказок, которые приложение по умолчанию показывает для языка статьи</translation>
        </message>
        <message>
            <location line="+10" />
            <source>add another name under which a speaker appears</source>
            <translation>добавить другое имя, под которым встречается спикер</translation>
        </message>
        <message>
            <location line="+12" />
            <source>list speakers, or find one by a fuzzy name</source>
            <translation>список спикеров или поиск спикера по неточному имени</translation>
        </message>
        <message>
            <location line="+3" />
            <source>part of a name or alias</source>
            <translation>часть имени или другого имени</translation>
        </message>
        <message>
            <location line="+5" />
            <source>fuzzy search: any case, spelling, script or typo</source>
            <translation>нечёткий поиск: любой регистр, написание, алфавит или опечатка</translation>
        </message>
        <message>
            <location line="+6" />
            <source>with --match: how many (default 10)</source>
            <translation>с --match: сколько показать (по умолчанию 10)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>find stored claims similar to a text, with scores</source>
            <translation>найти сохранённые утверждения, похожие на текст, с оценками</translation>
        </message>
        <message>
            <location line="+9" />
            <source>show, rebuild or merge the claim index a team catalogue keeps on its PostgreSQL server</source>
            <translation>показать, перестроить или объединить индекс утверждений, который командный каталог хранит на своём сервере PostgreSQL</translation>
        </message>
        <message>
            <location line="+8" />
            <source>index every claim afresh</source>
            <translation>заново проиндексировать все утверждения</translation>
        </message>
        <message>
            <location line="+5" />
            <source>merge the claims written since into the postings</source>
            <translation>добавить в индекс утверждения, записанные с тех пор</translation>
        </message>
        <message>
            <location line="+4" />
            <source>list articles</source>
            <translation>список статей</translation>
        </message>
        <message>
            <location line="+3" />
            <source>part of a title or outlet</source>
            <translation>часть заголовка или названия издания</translation>
        </message>
        <message>
            <location line="+7" />
            <source>list the versions of an article's text (the current one marked *), with their claims</source>
            <translation>список версий текста статьи (текущая отмечена *) с их утверждениями</translation>
        </message>
        <message>
            <location line="+11" />
            <source>list the web pages an article was read from, as fetched (one per version of its text)</source>
            <translation>список веб-страниц, из которых прочитана статья, в загруженном виде (по одной на версию текста)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>write a web page an article was read from, as fetched</source>
            <translation>записать веб-страницу, из которой прочитана статья, в загруженном виде</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the file to write the page to</source>
            <translation>файл, в который записать страницу</translation>
        </message>
        <message>
            <location line="+6" />
            <source>change an article's details (an empty value clears one; an empty title becomes the text's first line)</source>
            <translation>изменить сведения о статье (пустое значение очищает поле; пустой заголовок становится первой строкой текста)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>delete an article and its claims (asks first at a terminal; --yes in scripts)</source>
            <translation>удалить статью и её утверждения (в терминале сначала спрашивает; в скриптах — --yes)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>do not ask: delete it</source>
            <translation>не спрашивать: удалить</translation>
        </message>
        <message>
            <location line="+3" />
            <source>list claims</source>
            <translation>список утверждений</translation>
        </message>
        <message>
            <location line="+6" />
            <source>only claims not found in their article's newest text, waiting to be placed</source>
            <translation>только утверждения, не найденные в новейшем тексте статьи и ждущие места</translation>
        </message>
        <message>
            <location line="+10" />
            <source>copy a whole catalogue into a new, empty one (SQLite to PostgreSQL and back), ids kept</source>
            <translation>скопировать весь каталог в новый, пустой (из SQLite в PostgreSQL и обратно), с сохранением идентификаторов</translation>
        </message>
        <message>
            <location line="+7" />
            <source>catalogue file or database URL to copy</source>
            <translation>файл каталога или URL базы данных, которые копировать</translation>
        </message>
        <message>
            <location line="+5" />
            <source>new or empty catalogue file or database URL</source>
            <translation>новый или пустой файл каталога или URL базы данных</translation>
        </message>
        <message>
            <location line="+8" />
            <source>run the full integrity check on a catalogue file now (opening one runs it only when the file may have changed since ClaimDesk last closed it)</source>
            <translation>выполнить полную проверку целостности файла каталога сейчас (при открытии она выполняется, только если файл мог измениться после того, как ClaimDesk его закрыл)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>copy what is readable of a damaged catalogue into a new one (the damaged file is only read), counting the rows recovered and lost in each table</source>
            <translation>скопировать читаемое из повреждённого каталога в новый (повреждённый файл только читается) и подсчитать восстановленные и потерянные строки в каждой таблице</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the damaged catalogue file</source>
            <translation>файл повреждённого каталога</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the new catalogue file to make</source>
            <translation>файл нового каталога</translation>
        </message>
        <message>
            <location line="+44" />
            <source>{prog}: interrupted</source>
            <translation>{prog}: прервано</translation>
        </message>
    </context>
    <context>
        <name>CliClusters</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/cli_clusters.py" line="+100" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n утверждение</numerusform>
                <numerusform>%n утверждения</numerusform>
                <numerusform>%n утверждений</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>{status}, confirmed</source>
            <translation>{status}, подтверждено</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(no date)</source>
            <translation>(без даты)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(unattributed)</source>
            <translation>(без спикера)</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n new cluster(s)</source>
            <translation>
                <numerusform>%n новый кластер</numerusform>
                <numerusform>%n новых кластера</numerusform>
                <numerusform>%n новых кластеров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n grown</source>
            <translation>
                <numerusform>%n пополнен</numerusform>
                <numerusform>%n пополнено</numerusform>
                <numerusform>%n пополнено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Gathered %n claim(s): {new}, {grown}.</source>
            <translation>
                <numerusform>Собрано %n утверждение: {new}, {grown}.</numerusform>
                <numerusform>Собрано %n утверждения: {new}, {grown}.</numerusform>
                <numerusform>Собрано %n утверждений: {new}, {grown}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>--claims lists the claims of one status: add --status.</source>
            <translation>--claims выводит утверждения одного статуса: добавьте --status.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>(no outlet)</source>
            <translation>(без издания)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>article {id}</source>
            <translation>статья {id}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>claim {id}</source>
            <translation>утверждение {id}</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Split %n claim(s) into cluster {cluster}.</source>
            <translation>
                <numerusform>%n утверждение выделено в кластер {cluster}.</numerusform>
                <numerusform>%n утверждения выделены в кластер {cluster}.</numerusform>
                <numerusform>%n утверждений выделено в кластер {cluster}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Merged %n cluster(s) ({merged}) into {cluster}.</source>
            <translation>
                <numerusform>%n кластер ({merged}) объединён с {cluster}.</numerusform>
                <numerusform>%n кластера ({merged}) объединены с {cluster}.</numerusform>
                <numerusform>%n кластеров ({merged}) объединено с {cluster}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cluster {cluster}: {claims}, {status}</source>
            <translation>Кластер {cluster}: {claims}, {status}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Explanation: {text}</source>
            <translation>Пояснение: {text}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fact-check: {url}</source>
            <translation>Проверка фактов: {url}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reviewed by {reviewer} on {date}</source>
            <translation>Проверил(а) {reviewer}, {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(unknown)</source>
            <translation>(неизвестно)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Cluster {cluster}: {status}</source>
            <translation>Кластер {cluster}: {status}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Claims: {count}</source>
            <translation>Утверждений: {count}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By speaker:</source>
            <translation>По спикерам:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By outlet:</source>
            <translation>По изданиям:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By tag:</source>
            <translation>По меткам:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By kind:</source>
            <translation>По типам:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By month:</source>
            <translation>По месяцам:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>a status's key or label (claimdesk-cli verdict-labels lists them)</source>
            <translation>ключ или название статуса (их список выводит claimdesk-cli verdict-labels)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>list claim clusters (the largest first) with their verdicts and first appearances</source>
            <translation>список кластеров утверждений (сначала крупнейшие) с вердиктами и первыми появлениями</translation>
        </message>
        <message>
            <location line="+8" />
            <source>only clusters with this verdict ({statuses})</source>
            <translation>только кластеры с этим вердиктом ({statuses})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>first place the claims linked as the same claim, and those almost certainly the same, into clusters (one undoable edit; claims already in clusters stay). Matching compares every claim: about 20 ms a claim, so minutes in a large catalogue, where --links-only takes a moment</source>
            <translation>сначала собрать в кластеры утверждения, связанные как «то же утверждение», и почти наверняка одинаковые (одна правка, которую можно отменить; утверждения, уже входящие в кластеры, остаются на месте). Сопоставление сравнивает все утверждения: около 20 мс на утверждение, то есть минуты в большом каталоге, где --links-only занимает мгновение</translation>
        </message>
        <message>
            <location line="+11" />
            <source>with --gather: only the same-claim links</source>
            <translation>с --gather: только связи «то же утверждение»</translation>
        </message>
        <message>
            <location line="+5" />
            <source>with --status: list the claims, in time order</source>
            <translation>с --status: вывести утверждения в порядке времени</translation>
        </message>
        <message>
            <location line="+7" />
            <source>show a cluster: its verdict and every appearance in time order (the first marked *)</source>
            <translation>показать кластер: его вердикт и все появления в порядке времени (первое отмечено *)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>print the verdict as schema.org ClaimReview JSON-LD</source>
            <translation>вывести вердикт как JSON-LD schema.org ClaimReview</translation>
        </message>
        <message>
            <location line="+7" />
            <source>first take these claims out into a new cluster</source>
            <translation>сначала выделить эти утверждения в новый кластер</translation>
        </message>
        <message>
            <location line="+7" />
            <source>first move every claim of these clusters into this one</source>
            <translation>сначала перенести все утверждения этих кластеров в этот</translation>
        </message>
        <message>
            <location line="+5" />
            <source>mark its claims as checked</source>
            <translation>отметить его утверждения как проверенные</translation>
        </message>
        <message>
            <location line="+6" />
            <source>give a cluster a fact-check verdict</source>
            <translation>вынести кластеру вердикт проверки фактов</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the fact-check's address</source>
            <translation>адрес проверки фактов</translation>
        </message>
        <message>
            <location line="+3" />
            <source>why the rating</source>
            <translation>почему такая оценка</translation>
        </message>
        <message>
            <location line="+5" />
            <source>who reviewed it (default: you)</source>
            <translation>кто проверял (по умолчанию: вы)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>date of the verdict, YYYY-MM-DD (default: today)</source>
            <translation>дата вердикта, ГГГГ-ММ-ДД (по умолчанию: сегодня)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>count claims per speaker, outlet, tag, kind and month</source>
            <translation>подсчитать утверждения по спикерам, изданиям, меткам, типам и месяцам</translation>
        </message>
    </context>
    <context>
        <name>CliExport</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/cli_export.py" line="+57" />
            <source>the {network} network of %n claim(s) written to {path}</source>
            <translation>
                <numerusform>сеть {network} по %n утверждению записана в {path}</numerusform>
                <numerusform>сеть {network} по %n утверждениям записана в {path}</numerusform>
                <numerusform>сеть {network} по %n утверждениям записана в {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n claim(s) written to {path}</source>
            <translation>
                <numerusform>%n утверждение записано в {path}</numerusform>
                <numerusform>%n утверждения записаны в {path}</numerusform>
                <numerusform>%n утверждений записано в {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%n claim(s) imported from {path}</source>
            <translation>
                <numerusform>%n утверждение импортировано из {path}</numerusform>
                <numerusform>%n утверждения импортированы из {path}</numerusform>
                <numerusform>%n утверждений импортировано из {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%n новая статья</numerusform>
                <numerusform>%n новые статьи</numerusform>
                <numerusform>%n новых статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n new speaker(s)</source>
            <translation>
                <numerusform>%n новый спикер</numerusform>
                <numerusform>%n новых спикера</numerusform>
                <numerusform>%n новых спикеров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n already there</source>
            <translation>
                <numerusform>%n уже было</numerusform>
                <numerusform>%n уже были</numerusform>
                <numerusform>%n уже было</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>export claims to a file: CSV, JSON Lines, JSON (every field; schema claimdesk/core/export/schemas/claims-v1.schema.json), W3C Web Annotation, a REFI-QDA project (.qdpx), or the network of their speakers as GraphML or GEXF (for Gephi)</source>
            <translation>экспортировать утверждения в файл: CSV, JSON Lines, JSON (все поля; схема claimdesk/core/export/schemas/claims-v1.schema.json), W3C Web Annotation, проект REFI-QDA (.qdpx) или сеть их спикеров в GraphML или GEXF (для Gephi)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the file to write</source>
            <translation>файл, в который записать</translation>
        </message>
        <message>
            <location line="+3" />
            <source>write CSV to this file</source>
            <translation>записать CSV в этот файл</translation>
        </message>
        <message>
            <location line="+5" />
            <source>csv, jsonl, json, webannotation, qdpx, graphml or gexf (default: from the --output file's suffix: .csv, .jsonl, .json, .jsonld, .qdpx, .graphml, .gexf)</source>
            <translation>csv, jsonl, json, webannotation, qdpx, graphml или gexf (по умолчанию — по расширению файла --output: .csv, .jsonl, .json, .jsonld, .qdpx, .graphml, .gexf)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>GraphML/GEXF: speakers (linked by shared clusters and contradictions), speaker-tag or speaker-cluster (two-mode); the filters, --since/--until too, choose the claims (default: speakers)</source>
            <translation>GraphML/GEXF: speakers — спикеры (связанные общими кластерами и противоречиями), speaker-tag или speaker-cluster (двудольные); утверждения выбирают фильтры, в том числе --since/--until (по умолчанию: speakers)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>CSV: add a byte-order mark for spreadsheet programs</source>
            <translation>CSV: добавить метку порядка байтов для табличных редакторов</translation>
        </message>
        <message>
            <location line="+5" />
            <source>CSV: do not neutralise cells starting with = + - @ (for data pipelines)</source>
            <translation>CSV: не обезвреживать ячейки, начинающиеся с = + - @ (для конвейеров данных)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>store the W3C Web Annotations of a file (as export --format webannotation writes them) as claims on the articles they name (by text or url; the articles the file carries that the catalogue lacks are stored with them): all or none</source>
            <translation>сохранить веб-аннотации W3C из файла (в том виде, в каком их пишет export --format webannotation) как утверждения в названных в них статьях (по тексту или адресу; статьи из файла, которых нет в каталоге, сохраняются вместе с ними): всё или ничего</translation>
        </message>
        <message>
            <location line="+16" />
            <source>--csv writes CSV; for --format {format} give --output FILE instead.</source>
            <translation>--csv пишет CSV; для --format {format} укажите вместо него --output FILE.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Which format is {name}? Give --format ({formats}).</source>
            <translation>В каком формате {name}? Укажите --format ({formats}).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--excel and --keep-formulas concern CSV exports only.</source>
            <translation>--excel и --keep-formulas относятся только к экспорту в CSV.</translation>
        </message>
    </context>
    <context>
        <name>CliQdpx</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/cli_qdpx.py" line="+45" />
            <location line="+23" />
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n статья</numerusform>
                <numerusform>%n статьи</numerusform>
                <numerusform>%n статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-21" />
            <location line="+29" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n утверждение</numerusform>
                <numerusform>%n утверждения</numerusform>
                <numerusform>%n утверждений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-27" />
            <source>%n speaker(s)</source>
            <translation>
                <numerusform>%n спикер</numerusform>
                <numerusform>%n спикера</numerusform>
                <numerusform>%n спикеров</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{articles}, {claims} and {speakers} written to {path}</source>
            <translation>{articles}, {claims} и {speakers} записаны в {path}</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n orphaned claim(s) left out</source>
            <translation>
                <numerusform>%n утверждение без места пропущено</numerusform>
                <numerusform>%n утверждения без места пропущены</numerusform>
                <numerusform>%n утверждений без места пропущено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <location line="+8" />
            <source>%n already there</source>
            <translation>
                <numerusform>%n уже было</numerusform>
                <numerusform>%n уже были</numerusform>
                <numerusform>%n уже было</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-5" />
            <source>%n new speaker(s)</source>
            <translation>
                <numerusform>%n новый спикер</numerusform>
                <numerusform>%n новых спикера</numerusform>
                <numerusform>%n новых спикеров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n link(s)</source>
            <translation>
                <numerusform>%n связь</numerusform>
                <numerusform>%n связи</numerusform>
                <numerusform>%n связей</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>{articles}, {speakers}, {claims} imported from {path}</source>
            <translation>{articles}, {speakers}, {claims} импортированы из {path}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>export the whole catalogue as a REFI-QDA project (.qdpx) for QDA software</source>
            <translation>экспортировать весь каталог как проект REFI-QDA (.qdpx) для программ качественного анализа</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the project's name (default: ClaimDesk)</source>
            <translation>название проекта (по умолчанию: ClaimDesk)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>print what was written as JSON</source>
            <translation>вывести записанное в виде JSON</translation>
        </message>
        <message>
            <location line="+5" />
            <source>import a REFI-QDA project (.qdpx): its text sources as articles, its selections as claims, its cases as speakers; all of it or, on any error, nothing</source>
            <translation>импортировать проект REFI-QDA (.qdpx): его текстовые источники как статьи, выделения как утверждения, случаи как спикеров; всё целиком или, при любой ошибке, ничего</translation>
        </message>
        <message>
            <location line="+8" />
            <source>print what was imported as JSON</source>
            <translation>вывести импортированное в виде JSON</translation>
        </message>
    </context>
    <context>
        <name>ClusterController</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/cluster_actions.py" line="+172" />
            <source>%n claim(s) split off into cluster {id}.</source>
            <translation>
                <numerusform>%n утверждение выделено в кластер {id}.</numerusform>
                <numerusform>%n утверждения выделены в кластер {id}.</numerusform>
                <numerusform>%n утверждений выделено в кластер {id}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+33" />
            <source>Cluster {merged} merged into cluster {target}.</source>
            <translation>Кластер {merged} объединён с кластером {target}.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Export ClaimReview</source>
            <translation>Экспорт ClaimReview</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ClaimReview JSON-LD (*.jsonld *.json);;All files (*)</source>
            <translation>ClaimReview JSON-LD (*.jsonld *.json);;Все файлы (*)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Exported the ClaimReview of cluster {id} to {path}.</source>
            <translation>ClaimReview кластера {id} экспортирован в {path}.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Looking for claims that almost certainly say the same…</source>
            <translation>Поиск утверждений, которые почти наверняка говорят одно и то же…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Gather clusters</source>
            <translation>Собрать кластеры</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Gathering cancelled: nothing changed.</source>
            <translation>Сбор кластеров отменён: ничего не изменилось.</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Gathered %n claim(s): {created}, {grown}.</source>
            <translation>
                <numerusform>Собрано %n утверждение: {created}, {grown}.</numerusform>
                <numerusform>Собрано %n утверждения: {created}, {grown}.</numerusform>
                <numerusform>Собрано %n утверждений: {created}, {grown}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n new cluster(s)</source>
            <translation>
                <numerusform>%n новый кластер</numerusform>
                <numerusform>%n новых кластера</numerusform>
                <numerusform>%n новых кластеров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n grown</source>
            <translation>
                <numerusform>%n пополнен</numerusform>
                <numerusform>%n пополнено</numerusform>
                <numerusform>%n пополнено</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Looking for claims that almost certainly say the same: {done} of {total}…</source>
            <translation>Поиск утверждений, которые почти наверняка говорят одно и то же: {done} из {total}…</translation>
        </message>
    </context>
    <context>
        <name>ClusterTimelineDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/cluster_timeline_dialog.py" line="+22" />
            <source>Timeline of cluster {id}</source>
            <translation>Хронология кластера {id}</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>«{quote}» — first said by {speaker} ({outlet}, {date}); %n appearance(s), {status}.</source>
            <translation>
                <numerusform>«{quote}» — впервые сказал(а) {speaker} ({outlet}, {date}); %n появление, {status}.</numerusform>
                <numerusform>«{quote}» — впервые сказал(а) {speaker} ({outlet}, {date}); %n появления, {status}.</numerusform>
                <numerusform>«{quote}» — впервые сказал(а) {speaker} ({outlet}, {date}); %n появлений, {status}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>(unattributed)</source>
            <translation>(без спикера)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no outlet</source>
            <translation>без издания</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no date</source>
            <translation>без даты</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cluster {id}</source>
            <translation>Кластер {id}</translation>
        </message>
    </context>
    <context>
        <name>ClustersModel</name>
        <message>
            <location filename="../../src/claimdesk/gui/clusters_view.py" line="-150" />
            <source>Cluster</source>
            <translation>Кластер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claims</source>
            <translation>Утверждения</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verdict</source>
            <translation>Вердикт</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First appeared</source>
            <translation>Впервые появилось</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First said by</source>
            <translation>Впервые сказал(а)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claim</source>
            <translation>Утверждение</translation>
        </message>
        <message>
            <location line="+25" />
            <source>(no date)</source>
            <translation>(без даты)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(unattributed)</source>
            <translation>(без спикера)</translation>
        </message>
    </context>
    <context>
        <name>ClustersView</name>
        <message>
            <location line="+149" />
            <source>Verdict &amp;status:</source>
            <translation>Статус вер&amp;дикта:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Clusters</source>
            <translation>Кластеры</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Appearances of the chosen cluster</source>
            <translation>Появления выбранного кластера</translation>
        </message>
        <message>
            <location line="+52" />
            <source>{clusters}, {claims}</source>
            <translation>{clusters}, {claims}</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n кластер</numerusform>
                <numerusform>%n кластера</numerusform>
                <numerusform>%n кластеров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n утверждение</numerusform>
                <numerusform>%n утверждения</numerusform>
                <numerusform>%n утверждений</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>All verdicts</source>
            <translation>Все вердикты</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Cluster {id}: {status}, confirmed</source>
            <translation>Кластер {id}: {status}, подтверждён</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cluster {id}: {status}</source>
            <translation>Кластер {id}: {status}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>reviewed by {reviewer} on {date}</source>
            <translation>проверяющий: {reviewer}, дата: {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown</source>
            <translation>неизвестен</translation>
        </message>
    </context>
    <context>
        <name>CopyDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/copy_dialog.py" line="+12" />
            <source>Copy every article, speaker and claim (with their ids and links) into a new catalogue.
Give a new file path, or the URL of an empty PostgreSQL database
(postgresql+psycopg://user@server/database; the password comes from ~/.pgpass):</source>
            <translation>Скопировать все статьи, спикеров и утверждения (с их идентификаторами и связями) в новый каталог.
Укажите путь к новому файлу или URL пустой базы данных PostgreSQL
(postgresql+psycopg://пользователь@сервер/база; пароль берётся из ~/.pgpass):</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Copy catalogue to</source>
            <translation>Копирование каталога</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Copying the catalogue…</source>
            <translation>Копирование каталога…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Copy catalogue</source>
            <translation>Копирование каталога</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Copying {table}s… {done} of {total}</source>
            <translation>Копирование таблицы {table}… {done} из {total}</translation>
        </message>
    </context>
    <context>
        <name>CountsModel</name>
        <message>
            <location filename="../../src/claimdesk/gui/statistics_dialog.py" line="+39" />
            <source>Speaker</source>
            <translation>Спикер</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tag</source>
            <translation>Метка</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Month</source>
            <translation>Месяц</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Claims</source>
            <translation>Утверждения</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share</source>
            <translation>Доля</translation>
        </message>
    </context>
    <context>
        <name>EmptyReaderPage</name>
        <message>
            <location filename="../../src/claimdesk/gui/empty_state.py" line="+93" />
            <source>Start with an article</source>
            <translation>Начните со статьи</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ClaimDesk keeps a catalogue of who said what: select a quote in a news article, name its speaker, and the claim is highlighted, filed and ready to search, compare and export.</source>
            <translation>ClaimDesk ведёт каталог того, кто что сказал: выделите цитату в новостной статье, укажите спикера — и утверждение выделено, занесено в каталог и готово к поиску, сравнению и экспорту.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Try it on a sample article</source>
            <translation>Попробовать на статье-примере</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Adds a short Russian news report (Sputnik, 2020) to this catalogue and opens it</source>
            <translation>Добавляет в этот каталог короткую новость на русском языке (Sputnik, 2020) и открывает её</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A short news report in Russian, added to this catalogue.</source>
            <translation>Короткая новость на русском языке, добавляется в этот каталог.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Or bring your own:</source>
            <translation>Или возьмите свою:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paste an article ({key})</source>
            <translation>Вставить статью ({key})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open a file ({key})</source>
            <translation>Открыть файл ({key})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Text, web pages, Word, PDF, ODT, RTF and Markdown files.</source>
            <translation>Текст, веб-страницы, файлы Word, PDF, ODT, RTF и Markdown.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>…or drop files here</source>
            <translation>…или перетащите файлы сюда</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Drop article files or a folder anywhere in this window</source>
            <translation>Перетащите файлы статей или папку в любое место этого окна</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <location line="-105" />
            <source>Select a quote in the article and press {key} to attribute it to its speaker.</source>
            <translation>Выделите цитату в статье и нажмите {key}, чтобы приписать её спикеру.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../src/claimdesk/gui/errors.py" line="+30" />
            <source>The team server cannot be reached (it may have stopped, or the network is down): nothing was saved. Check the network connection and try again once the server is back; ClaimDesk reconnects by itself.</source>
            <translation>Командный сервер недоступен (возможно, он остановлен или нет сети): ничего не сохранено. Проверьте подключение к сети и повторите, когда сервер снова заработает; ClaimDesk подключится сам.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The team server cannot be reached (it may have stopped, or the network is down): nothing was saved, and what you typed is kept here. Check the network connection, then press OK to try again once the server is back (ClaimDesk reconnects by itself), or Cancel to drop it.</source>
            <translation>Командный сервер недоступен (возможно, он остановлен или нет сети): ничего не сохранено, а введённое вами осталось здесь. Проверьте подключение к сети и нажмите «ОК», чтобы повторить, когда сервер снова заработает (ClaimDesk подключится сам), или «Отмена», чтобы отказаться.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Team server unreachable — retrying…</source>
            <translation>Командный сервер недоступен — повторная попытка…</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Something went wrong: {kind}: {error}</source>
            <translation>Что-то пошло не так: {kind}: {error}</translation>
        </message>
    </context>
    <context>
        <name>ExceptionReporter</name>
        <message>
            <location line="+69" />
            <source>ClaimDesk met an unexpected error. Your catalogue is safe: every change is saved as it is made. You can keep working, but consider restarting the app.</source>
            <translation>В ClaimDesk произошла непредвиденная ошибка. Ваш каталог в безопасности: каждое изменение сохраняется сразу. Можно продолжать работу, но лучше перезапустить приложение.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Details were written to {path}.</source>
            <translation>Подробности записаны в {path}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Further errors in this session are only logged.</source>
            <translation>Следующие ошибки в этом сеансе будут только записываться в журнал.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{app} — unexpected error</source>
            <translation>{app} — непредвиденная ошибка</translation>
        </message>
    </context>
    <context>
        <name>ExchangeImports</name>
        <message>
            <location filename="../../src/claimdesk/gui/exchange_import.py" line="+22" />
            <source>W3C Web Annotations (*.jsonld *.json);;All files (*)</source>
            <translation>Веб-аннотации W3C (*.jsonld *.json);;Все файлы (*)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
            <translation>Проекты REFI-QDA (*.qdpx);;Все файлы (*)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Import W3C Web Annotations</source>
            <translation>Импорт веб-аннотаций W3C</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <location line="+24" />
            <source>%n new speaker(s)</source>
            <translation>
                <numerusform>%n новый спикер</numerusform>
                <numerusform>%n новых спикера</numerusform>
                <numerusform>%n новых спикеров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-22" />
            <location line="+21" />
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%n новая статья</numerusform>
                <numerusform>%n новые статьи</numerusform>
                <numerusform>%n новых статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-19" />
            <location line="+25" />
            <source>%n already there</source>
            <translation>
                <numerusform>%n уже было в каталоге</numerusform>
                <numerusform>%n уже были в каталоге</numerusform>
                <numerusform>%n уже были в каталоге</numerusform>
            </translation>
        </message>
        <message>
            <location line="-17" />
            <source>Import a REFI-QDA project</source>
            <translation>Импорт проекта REFI-QDA</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n link(s)</source>
            <translation>
                <numerusform>%n связь</numerusform>
                <numerusform>%n связи</numerusform>
                <numerusform>%n связей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n claim(s) imported from {file} ({details})</source>
            <translation>
                <numerusform>Из {file} импортировано %n утверждение ({details})</numerusform>
                <numerusform>Из {file} импортировано %n утверждения ({details})</numerusform>
                <numerusform>Из {file} импортировано %n утверждений ({details})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/export_dialog.py" line="+44" />
            <source>Export claims</source>
            <translation>Экспорт утверждений</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CSV, for spreadsheets</source>
            <translation>CSV, для электронных таблиц</translation>
        </message>
        <message>
            <location line="+2" />
            <source>JSON Lines: every field, a claim a line</source>
            <translation>JSON Lines: все поля, по утверждению в строке</translation>
        </message>
        <message>
            <location line="+2" />
            <source>JSON: every field, one document</source>
            <translation>JSON: все поля, один документ</translation>
        </message>
        <message>
            <location line="+2" />
            <source>W3C Web Annotation (JSON-LD)</source>
            <translation>Веб-аннотации W3C (JSON-LD)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>REFI-QDA project, for QualCoder, NVivo, ATLAS.ti, MAXQDA</source>
            <translation>Проект REFI-QDA, для QualCoder, NVivo, ATLAS.ti, MAXQDA</translation>
        </message>
        <message>
            <location line="+5" />
            <source>GraphML: a network of speakers, for Gephi</source>
            <translation>GraphML: сеть спикеров, для Gephi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>GEXF 1.3: a network of speakers over time, for Gephi</source>
            <translation>GEXF 1.3: сеть спикеров во времени, для Gephi</translation>
        </message>
        <message>
            <location line="+43" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+72" />
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Network</source>
            <translation>Сеть</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Which network the chosen claims draw: speakers linked by the clusters they share and the claims they contradict, or speakers with their tags or clusters.</source>
            <translation>Какую сеть образуют выбранные утверждения: спикеров, связанных общими кластерами и противоречащими утверждениями, или спикеров с их метками или кластерами.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>E&amp;xcel-compatible (adds BOM)</source>
            <translation>&amp;Для Excel (с меткой порядка байтов)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Starts the file with a byte-order mark so Excel reads Cyrillic and other non-Latin text correctly.</source>
            <translation>Начинает файл с метки порядка байтов, чтобы Excel правильно читал кириллицу и другой нелатинский текст.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Neutralise spreadsheet &amp;formulas</source>
            <translation>Обезвредить &amp;формулы</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Puts an apostrophe before cells starting with = + - @ so a spreadsheet never runs them as formulas.</source>
            <translation>Ставит апостроф перед ячейками, которые начинаются с = + - @, чтобы электронная таблица не выполняла их как формулы.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Export</source>
            <translation>&amp;Экспортировать</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sa&amp;ve to:</source>
            <translation>&amp;Сохранить в:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Claims</source>
            <translation>Утверждения</translation>
        </message>
        <message>
            <location line="+8" />
            <source>For&amp;mat:</source>
            <translation>Фор&amp;мат:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Graph:</source>
            <translation>&amp;Граф:</translation>
        </message>
        <message numerus="yes">
            <location line="+46" />
            <source>%n claim(s) match these filters.</source>
            <translation>
                <numerusform>Этим фильтрам отвечает %n утверждение.</numerusform>
                <numerusform>Этим фильтрам отвечают %n утверждения.</numerusform>
                <numerusform>Этим фильтрам отвечают %n утверждений.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>{formats};;All files (*)</source>
            <translation>{formats};;Все файлы (*)</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Exporting to {path}…</source>
            <translation>Экспорт в {path}…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exporting claims…</source>
            <translation>Экспорт утверждений…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Exporting claims… {written} of {total}</source>
            <translation>Экспорт утверждений… {written} из {total}</translation>
        </message>
        <message numerus="yes">
            <location line="+27" />
            <source>The network of %n claim(s) written to {path}</source>
            <translation>
                <numerusform>Сеть %n утверждения записана в {path}</numerusform>
                <numerusform>Сеть %n утверждений записана в {path}</numerusform>
                <numerusform>Сеть %n утверждений записана в {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n claim(s) written to {path}</source>
            <translation>
                <numerusform>%n утверждение записано в {path}</numerusform>
                <numerusform>%n утверждения записаны в {path}</numerusform>
                <numerusform>%n утверждений записано в {path}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+28" />
            <source>The export was cancelled; no file was written.</source>
            <translation>Экспорт отменён; файл не записан.</translation>
        </message>
    </context>
    <context>
        <name>ExportThread</name>
        <message>
            <location filename="../../src/claimdesk/gui/export_worker.py" line="+85" />
            <source>The export failed unexpectedly: {kind}: {error}</source>
            <translation>Экспорт неожиданно не удался: {kind}: {error}</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../src/claimdesk/gui/find_bar.py" line="+47" />
            <location line="+1" />
            <source>Find in the article</source>
            <translation>Найти в статье</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Capitals, ё/е and line breaks do not matter. Enter or {next}: next; Shift+Enter or {previous}: previous; Escape: close, keeping the hit selected (then {attribute} attributes it)</source>
            <translation>Регистр, ё/е и переносы строк не важны. Enter или {next} — следующее; Shift+Enter или {previous} — предыдущее; Escape — закрыть, оставив найденное выделенным (затем {attribute} — указать спикера)</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+148" />
            <source>{current} of {total}</source>
            <translation>{current} из {total}</translation>
        </message>
        <message>
            <location line="-142" />
            <source>Previous hit ({key})</source>
            <translation>Предыдущее совпадение ({key})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Next hit ({key})</source>
            <translation>Следующее совпадение ({key})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close (Escape)</source>
            <translation>Закрыть (Escape)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Fi&amp;nd:</source>
            <translation>&amp;Найти:</translation>
        </message>
        <message>
            <location line="+48" />
            <source>“{text}” is not in this article.</source>
            <translation>«{text}» в этой статье не найдено.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Reached the end of the article; continued from the top.</source>
            <translation>Достигнут конец статьи; поиск продолжен с начала.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reached the top of the article; continued from the end.</source>
            <translation>Достигнуто начало статьи; поиск продолжен с конца.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>No matches</source>
            <translation>Нет совпадений</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n совпадение</numerusform>
                <numerusform>%n совпадения</numerusform>
                <numerusform>%n совпадений</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GatherThread</name>
        <message>
            <location filename="../../src/claimdesk/gui/cluster_actions.py" line="-231" />
            <source>Gathering clusters failed: {reason}</source>
            <translation>Не удалось собрать кластеры: {reason}</translation>
        </message>
    </context>
    <context>
        <name>HighlightPalette</name>
        <message>
            <location filename="../../src/claimdesk/gui/colours.py" line="+55" />
            <source>Soft</source>
            <translation>Мягкие</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strong</source>
            <translation>Яркие</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Colour-blind safe (Okabe–Ito)</source>
            <translation>Различимые при дальтонизме (Окабэ — Ито)</translation>
        </message>
    </context>
    <context>
        <name>ImportBatch</name>
        <message>
            <location filename="../../src/claimdesk/gui/import_batch.py" line="+247" />
            <source>Author: {author}</source>
            <translation>Автор: {author}</translation>
        </message>
    </context>
    <context>
        <name>ImportRun</name>
        <message>
            <location line="-148" />
            <source>Reading files…</source>
            <translation>Чтение файлов…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Importing articles</source>
            <translation>Импорт статей</translation>
        </message>
        <message numerus="yes">
            <location line="+53" />
            <source>Imported {done} of %n: {name}</source>
            <translation>
                <numerusform>Импортировано {done} из %n: {name}</numerusform>
                <numerusform>Импортировано {done} из %n: {name}</numerusform>
                <numerusform>Импортировано {done} из %n: {name}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+58" />
            <source>not stored: {reason}</source>
            <translation>не сохранено: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryDialog</name>
        <message>
            <location line="+60" />
            <source>Import finished</source>
            <translation>Импорт завершён</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Import cancelled</source>
            <translation>Импорт отменён</translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>%n imported</source>
            <translation>
                <numerusform>%n импортирован</numerusform>
                <numerusform>%n импортированы</numerusform>
                <numerusform>%n импортировано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n already there</source>
            <translation>
                <numerusform>%n уже в каталоге</numerusform>
                <numerusform>%n уже в каталоге</numerusform>
                <numerusform>%n уже в каталоге</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n failed</source>
            <translation>
                <numerusform>%n с ошибкой</numerusform>
                <numerusform>%n с ошибкой</numerusform>
                <numerusform>%n с ошибкой</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n skipped</source>
            <translation>
                <numerusform>%n пропущен</numerusform>
                <numerusform>%n пропущены</numerusform>
                <numerusform>%n пропущено</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{counts} — import cancelled.</source>
            <translation>{counts} — импорт отменён.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>{counts}.</source>
            <translation>{counts}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;b&gt;Failed:&lt;/b&gt;</source>
            <translation>&lt;b&gt;С ошибкой:&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;Nearly the same as an earlier article:&lt;/b&gt;</source>
            <translation>&lt;b&gt;Почти дубликаты более ранних статей:&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>ImportThread</name>
        <message>
            <location filename="../../src/claimdesk/gui/import_worker.py" line="+97" />
            <source>The folder cannot be read: {reason}</source>
            <translation>Не удаётся прочитать папку: {reason}</translation>
        </message>
    </context>
    <context>
        <name>IndexBuilder</name>
        <message>
            <location filename="../../src/claimdesk/gui/workers.py" line="+144" />
            <source>Matching is unavailable: {reason}</source>
            <translation>Сопоставление недоступно: {reason}</translation>
        </message>
    </context>
    <context>
        <name>IndexingController</name>
        <message>
            <location filename="../../src/claimdesk/gui/indexing.py" line="+54" />
            <source>Indexing…</source>
            <translation>Индексирование…</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Indexing… {percent}%</source>
            <translation>Индексирование… {percent} %</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Matching ready (%n claim(s))</source>
            <translation>
                <numerusform>Сопоставление готово (%n утверждение)</numerusform>
                <numerusform>Сопоставление готово (%n утверждения)</numerusform>
                <numerusform>Сопоставление готово (%n утверждений)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Matching unavailable</source>
            <translation>Сопоставление недоступно</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/claimdesk/gui/main_window.py" line="+157" />
            <source>Reader</source>
            <translation>Текст статьи</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Claims in this article</source>
            <translation>Утверждения в этой статье</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Similar claims in other articles</source>
            <translation>Похожие утверждения в других статьях</translation>
        </message>
        <message>
            <location line="+93" />
            <source>the catalogue</source>
            <translation>каталог</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{app} — opening {name}…</source>
            <translation>{app} — открывается {name}…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opening {name}…</source>
            <translation>Открывается {name}…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opening catalogue…</source>
            <translation>Открывается каталог…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The catalogue could not be opened.</source>
            <translation>Не удалось открыть каталог.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cannot open the catalogue</source>
            <translation>Не удаётся открыть каталог</translation>
        </message>
        <message>
            <location line="+82" />
            <source>{name} in {folder}</source>
            <translation>{name} в {folder}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Paste an article with {paste} or open a text file with {open}.</source>
            <translation>Вставьте статью с помощью {paste} или откройте текстовый файл с помощью {open}.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Opening the newest article…</source>
            <translation>Открывается самая новая статья…</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Updated: %n claim(s) changed elsewhere.</source>
            <translation>
                <numerusform>Обновлено: %n утверждение изменено в другом месте.</numerusform>
                <numerusform>Обновлено: %n утверждения изменены в другом месте.</numerusform>
                <numerusform>Обновлено: %n утверждений изменено в другом месте.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Updated: the catalogue changed elsewhere.</source>
            <translation>Обновлено: каталог изменён в другом месте.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The team server is back.</source>
            <translation>Командный сервер снова доступен.</translation>
        </message>
        <message numerus="yes">
            <location line="+47" />
            <source>%n claim(s) to place: press Enter to open one in its article, select where it belongs and press {key}.</source>
            <translation>
                <numerusform>%n утверждение ждёт места: нажмите Enter, чтобы открыть его в статье, выделите, где оно должно стоять, и нажмите {key}.</numerusform>
                <numerusform>%n утверждения ждут места: нажмите Enter, чтобы открыть одно из них в статье, выделите, где оно должно стоять, и нажмите {key}.</numerusform>
                <numerusform>%n утверждений ждут места: нажмите Enter, чтобы открыть одно из них в статье, выделите, где оно должно стоять, и нажмите {key}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>No claims wait to be placed.</source>
            <translation>Нет утверждений, ждущих места.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>No recent files</source>
            <translation>Нет недавних файлов</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clear the list</source>
            <translation>Очистить список</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open an article to find text in it.</source>
            <translation>Откройте статью, чтобы искать в ней текст.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>unknown</source>
            <translation>неизвестна</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Catalogue who said what: highlight quotes and claims in news articles, attribute them to speakers, find repeats.&lt;/p&gt;&lt;p&gt;Catalogue: &lt;code&gt;{location}&lt;/code&gt;&lt;br/&gt;Schema version: {revision}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Каталог того, кто что сказал: выделяйте цитаты и утверждения в новостных статьях, приписывайте их спикерам, находите повторы.&lt;/p&gt;&lt;p&gt;Каталог: &lt;code&gt;{location}&lt;/code&gt;&lt;br/&gt;Версия схемы: {revision}&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+8" />
            <source>About {app}</source>
            <translation>О программе {app}</translation>
        </message>
    </context>
    <context>
        <name>MergeClustersDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/merge_clusters_dialog.py" line="+38" />
            <source>Merge cluster</source>
            <translation>Объединить кластер</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Merge cluster {id} (%n claim(s), “{quote}”) into the cluster chosen below. The chosen cluster keeps its verdict; one still unchecked takes this one's.</source>
            <translation>
                <numerusform>Объединить кластер {id} (%n утверждение, «{quote}») с кластером, выбранным ниже. Выбранный кластер сохранит свой вердикт; непроверенный получит вердикт этого.</numerusform>
                <numerusform>Объединить кластер {id} (%n утверждения, «{quote}») с кластером, выбранным ниже. Выбранный кластер сохранит свой вердикт; непроверенный получит вердикт этого.</numerusform>
                <numerusform>Объединить кластер {id} (%n утверждений, «{quote}») с кластером, выбранным ниже. Выбранный кластер сохранит свой вердикт; непроверенный получит вердикт этого.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Type a cluster's number, its words or speaker…</source>
            <translation>Введите номер кластера, его слова или спикера…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Find:</source>
            <translation>&amp;Найти:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Clusters to merge into</source>
            <translation>Кластеры, с которыми можно объединить</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Merge</source>
            <translation>&amp;Объединить</translation>
        </message>
    </context>
    <context>
        <name>MergeSpeakersDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/merge_speakers_dialog.py" line="+27" />
            <source>Merge speakers</source>
            <translation>Объединить спикеров</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Which speaker do you keep? The other one's claims and aliases move to it and its name becomes an alias. You can undo this.</source>
            <translation>Какого спикера оставить? Утверждения и другие имена второго спикера перейдут к нему, а имя второго станет другим именем. Это можно отменить.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Merge</source>
            <translation>Объединить</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Keep {name} ({details}) — %n claim(s)</source>
            <translation>
                <numerusform>Оставить: {name} ({details}) — %n утверждение</numerusform>
                <numerusform>Оставить: {name} ({details}) — %n утверждения</numerusform>
                <numerusform>Оставить: {name} ({details}) — %n утверждений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Keep {name} — %n claim(s)</source>
            <translation>
                <numerusform>Оставить: {name} — %n утверждение</numerusform>
                <numerusform>Оставить: {name} — %n утверждения</numerusform>
                <numerusform>Оставить: {name} — %n утверждений</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NearDuplicateNotice</name>
        <message>
            <location filename="../../src/claimdesk/gui/import_notice.py" line="+38" />
            <source>Dismiss</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Article {number} is nearly the same as {earlier}</source>
            <translation>Статья {number} почти совпадает с {earlier}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open the earlier article</source>
            <translation>Открыть более раннюю статью</translation>
        </message>
    </context>
    <context>
        <name>NetworkKind</name>
        <message>
            <location filename="../../src/claimdesk/gui/kind_labels.py" line="+43" />
            <source>Speakers linked by shared or contradicting claims</source>
            <translation>Спикеры, связанные общими или противоречащими утверждениями</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Speakers and tags</source>
            <translation>Спикеры и метки</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Speakers and claim clusters</source>
            <translation>Спикеры и кластеры утверждений</translation>
        </message>
    </context>
    <context>
        <name>NewVersionReport</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/version_actions.py" line="+162" />
            <source>%n claim(s) followed the text</source>
            <translation>
                <numerusform>%n утверждение последовало за текстом</numerusform>
                <numerusform>%n утверждения последовали за текстом</numerusform>
                <numerusform>%n утверждений последовали за текстом</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n placed approximately</source>
            <translation>
                <numerusform>%n размещено приблизительно</numerusform>
                <numerusform>%n размещены приблизительно</numerusform>
                <numerusform>%n размещено приблизительно</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n not found (orphaned)</source>
            <translation>
                <numerusform>%n не найдено (без места)</numerusform>
                <numerusform>%n не найдены (без места)</numerusform>
                <numerusform>%n не найдено (без места)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved the new text: {parts}. Edit › Undo ({key}) restores it.</source>
            <translation>Новый текст сохранён: {parts}. «Правка › Отменить» ({key}) вернёт прежний.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved the new text. Edit › Undo ({key}) restores it.</source>
            <translation>Новый текст сохранён. «Правка › Отменить» ({key}) вернёт прежний.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n claim(s) not found in the new text. They are kept, marked “not found” in the claims panel: choose one there, select where it belongs in the text and press {key} (Claim › Move claim here).</source>
            <translation>
                <numerusform>%n утверждение не найдено в новом тексте. Оно сохранено и отмечено как «не найдено» на панели утверждений: выберите его там, выделите в тексте, где оно должно стоять, и нажмите {key} («Утверждение › Переместить утверждение сюда»).</numerusform>
                <numerusform>%n утверждения не найдены в новом тексте. Они сохранены и отмечены как «не найдено» на панели утверждений: выберите там одно из них, выделите в тексте, где оно должно стоять, и нажмите {key} («Утверждение › Переместить утверждение сюда»).</numerusform>
                <numerusform>%n утверждений не найдено в новом тексте. Они сохранены и отмечены как «не найдено» на панели утверждений: выберите там одно из них, выделите в тексте, где оно должно стоять, и нажмите {key} («Утверждение › Переместить утверждение сюда»).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n claim(s) placed where the text is similar but not the same; the claims panel shows each one's match (≈ and a percentage): check them.</source>
            <translation>
                <numerusform>%n утверждение размещено там, где текст похож, но не совпадает; панель утверждений показывает степень совпадения (≈ и процент): проверьте его.</numerusform>
                <numerusform>%n утверждения размещены там, где текст похож, но не совпадает; панель утверждений показывает степень совпадения каждого (≈ и процент): проверьте их.</numerusform>
                <numerusform>%n утверждений размещено там, где текст похож, но не совпадает; панель утверждений показывает степень совпадения каждого (≈ и процент): проверьте их.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Claims to review</source>
            <translation>Утверждения для проверки</translation>
        </message>
    </context>
    <context>
        <name>NewerVersionCheck</name>
        <message>
            <location filename="../../src/claimdesk/gui/newer_version.py" line="+81" />
            <source>Checking for a newer version</source>
            <translation>Проверка новой версии</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Fetching {address}…</source>
            <translation>Загрузка {address}…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Checking for a newer version was cancelled.</source>
            <translation>Проверка новой версии отменена.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The page could not be read: {error}</source>
            <translation>Не удалось прочитать страницу: {error}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>No newer version: the page is as stored (checked {time}).</source>
            <translation>Новой версии нет: страница такая же, как сохранённая (проверено в {time}).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A newer version</source>
            <translation>Новая версия</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The page at {address} has changed (fetched {time}).

{change}

Store its text as version {number} of “{title}”? Its claims follow the words they quote; Undo gives the old text back.</source>
            <translation>Страница {address} изменилась (загружена {time}).

{change}

Сохранить её текст как версию {number} статьи «{title}»? Утверждения последуют за цитируемыми словами; «Отменить» вернёт прежний текст.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Store as version {number}</source>
            <translation>Сохранить как версию {number}</translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>%n paragraph(s) changed</source>
            <translation>
                <numerusform>%n абзац изменён</numerusform>
                <numerusform>%n абзаца изменены</numerusform>
                <numerusform>%n абзацев изменено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n paragraph(s) added</source>
            <translation>
                <numerusform>%n абзац добавлен</numerusform>
                <numerusform>%n абзаца добавлены</numerusform>
                <numerusform>%n абзацев добавлено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n paragraph(s) removed</source>
            <translation>
                <numerusform>%n абзац удалён</numerusform>
                <numerusform>%n абзаца удалены</numerusform>
                <numerusform>%n абзацев удалено</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the spacing differs.</source>
            <translation>Различаются только пробелы.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>{changes} (about %n character(s) differ).</source>
            <translation>
                <numerusform>{changes} (различается около %n символа).</numerusform>
                <numerusform>{changes} (различается около %n символов).</numerusform>
                <numerusform>{changes} (различается около %n символов).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>OperationRunner</name>
        <message>
            <location filename="../../src/claimdesk/gui/operations.py" line="+49" />
            <source>Saving to the team server…</source>
            <translation>Сохранение на командный сервер…</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/preferences_dialog.py" line="+87" />
            <location line="+1" />
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Your login name: {name}</source>
            <translation>Ваше имя входа в систему: {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recorded as who added and changed each claim (“Added by”).</source>
            <translation>Записывается как автор добавления и изменения каждого утверждения («Кем добавлено»).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>System</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The language changes the next time ClaimDesk starts.</source>
            <translation>Язык сменится при следующем запуске ClaimDesk.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>E&amp;xcel-compatible (UTF-8 with BOM)</source>
            <translation>&amp;Совместимо с Excel (UTF-8 с BOM)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Starts CSV files with a byte-order mark, so Excel reads Cyrillic and other non-Latin text correctly. The export dialog remembers your last choice.</source>
            <translation>Начинает файлы CSV с метки порядка байтов (BOM), чтобы Excel правильно читал кириллицу и другие нелатинские буквы. Окно экспорта запоминает ваш последний выбор.</translation>
        </message>
        <message>
            <location line="+8" />
            <source> pt</source>
            <translation> пт</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Underlines tell the kinds apart: solid, a direct quote; dashed, an indirect quote; wavy, a claim.</source>
            <translation>Подчёркивание различает типы: сплошное — прямая цитата, пунктирное — косвенная цитата, волнистое — утверждение.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Apply</source>
            <translation>&amp;Применить</translation>
        </message>
        <message>
            <location line="+18" />
            <source>General</source>
            <translation>Общие</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your &amp;name (“Added by”):</source>
            <translation>Ваше &amp;имя («Кем добавлено»):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык интерфейса:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>CSV export</source>
            <translation>Экспорт CSV</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Appearance</source>
            <translation>Внешний вид</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Theme:</source>
            <translation>&amp;Тема оформления:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reader &amp;font size:</source>
            <translation>&amp;Размер шрифта текста статьи:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Highlight colours:</source>
            <translation>&amp;Цвета выделений:</translation>
        </message>
    </context>
    <context>
        <name>ProfileClaimsModel</name>
        <message>
            <location filename="../../src/claimdesk/gui/speaker_profile_dialog.py" line="+42" />
            <source>Published</source>
            <translation>Опубликовано</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Article</source>
            <translation>Статья</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cluster</source>
            <translation>Кластер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claim</source>
            <translation>Утверждение</translation>
        </message>
        <message>
            <location line="+16" />
            <source>(no date)</source>
            <translation>(без даты)</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/shortcuts_dialog.py" line="+71" />
            <location line="+11" />
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Type to filter by key or action…</source>
            <translation>Введите клавишу или действие для фильтра…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filter shortcuts</source>
            <translation>Фильтр сочетаний клавиш</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsModel</name>
        <message>
            <location line="-47" />
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What it does</source>
            <translation>Что делает</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>Где</translation>
        </message>
    </context>
    <context>
        <name>SimilarClaimsModel</name>
        <message>
            <location filename="../../src/claimdesk/gui/similar_panel.py" line="+27" />
            <source>Score</source>
            <translation>Сходство</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Speaker</source>
            <translation>Спикер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quote</source>
            <translation>Цитата</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Already linked to the chosen claim as the same claim.</source>
            <translation>Уже связано с выбранным утверждением как «то же утверждение».</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Almost certainly the same claim.</source>
            <translation>Почти наверняка то же утверждение.</translation>
        </message>
    </context>
    <context>
        <name>SimilarClaimsPanel</name>
        <message>
            <location line="+24" />
            <source>Similar claims in other articles</source>
            <translation>Похожие утверждения в других статьях</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claims in other articles that look similar</source>
            <translation>Похожие утверждения в других статьях</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Similar claims</source>
            <translation>Похожие утверждения</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Same claim</source>
            <translation>То же утверждение</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+71" />
            <source>Link the chosen claim to the selected similar claim</source>
            <translation>Связать выбранное утверждение с выделенным похожим</translation>
        </message>
        <message numerus="yes">
            <location line="-52" />
            <source>%n similar claim(s)</source>
            <translation>
                <numerusform>%n похожее утверждение</numerusform>
                <numerusform>%n похожих утверждения</numerusform>
                <numerusform>%n похожих утверждений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n almost certainly the same</source>
            <translation>
                <numerusform>%n — почти наверняка то же самое</numerusform>
                <numerusform>%n — почти наверняка те же</numerusform>
                <numerusform>%n — почти наверняка те же</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n linked ({mark})</source>
            <translation>
                <numerusform>%n связано ({mark})</numerusform>
                <numerusform>%n связаны ({mark})</numerusform>
                <numerusform>%n связаны ({mark})</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>No similar claims in other articles.</source>
            <translation>В других статьях похожих утверждений нет.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Looking for similar claims…</source>
            <translation>Поиск похожих утверждений…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Choose a claim of this article first (attribute it)</source>
            <translation>Сначала выберите утверждение этой статьи (укажите спикера)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Already linked to the chosen claim as the same claim.</source>
            <translation>Уже связано с выбранным утверждением как «то же утверждение».</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Select a span or a claim to see similar claims from other articles.</source>
            <translation>Выделите фрагмент или утверждение, чтобы увидеть похожие утверждения из других статей.</translation>
        </message>
    </context>
    <context>
        <name>SpeakerChoice</name>
        <message>
            <location filename="../../src/claimdesk/gui/speaker_picker.py" line="+77" />
            <source>➕ New speaker “{name}”</source>
            <translation>➕ Новый спикер «{name}»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No speaker (unattributed)</source>
            <translation>Без спикера</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(as “{name}”)</source>
            <translation>(как «{name}»)</translation>
        </message>
    </context>
    <context>
        <name>SpeakerChoiceModel</name>
        <message>
            <location line="+41" />
            <source>Also known as: {aliases}</source>
            <translation>Другие имена: {aliases}</translation>
        </message>
    </context>
    <context>
        <name>SpeakerEditDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/speaker_edit_dialog.py" line="+29" />
            <source>Edit speaker — {name}</source>
            <translation>Изменить спикера — {name}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>&amp;Name:</source>
            <translation>&amp;Имя:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Role:</source>
            <translation>&amp;Должность:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Организация:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No&amp;te:</source>
            <translation>&amp;Заметка:</translation>
        </message>
    </context>
    <context>
        <name>SpeakerPicker</name>
        <message>
            <location filename="../../src/claimdesk/gui/speaker_picker.py" line="-72" />
            <source>Speakers cannot be matched now: the team server cannot be reached. What you type is kept; matches appear again once the server is back.</source>
            <translation>Сейчас нельзя подобрать спикеров: командный сервер недоступен. Введённое сохранится; совпадения снова появятся, когда сервер вернётся.</translation>
        </message>
        <message>
            <location line="+109" />
            <source>Attribute</source>
            <translation>Указать спикера</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{quote}”</source>
            <translation>«{quote}»</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Speaker</source>
            <translation>Спикер</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Speaker's name or alias; Up/Down choose a match</source>
            <translation>Имя спикера или другое имя; стрелки вверх и вниз выбирают совпадение</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type a name or alias…</source>
            <translation>Введите имя или другое имя…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Matching speakers</source>
            <translation>Подходящие спикеры</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New speaker's role</source>
            <translation>Должность нового спикера</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New speaker's organisation</source>
            <translation>Организация нового спикера</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kind of claim</source>
            <translation>Тип утверждения</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message>
            <location line="+1" />
            <source>comma-separated, e.g. economy, Karabakh</source>
            <translation>через запятую, например: экономика, Карабах</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Speaker:</source>
            <translation>&amp;Спикер:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Role:</source>
            <translation>&amp;Должность:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Организация:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Kind:</source>
            <translation>&amp;Тип:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tags:</source>
            <translation>&amp;Метки:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Note:</source>
            <translation>&amp;Заметка:</translation>
        </message>
        <message>
            <location line="+129" />
            <source>The server is back and the speaker matches are up to date: check them, then OK.</source>
            <translation>Сервер снова доступен, и совпадения спикеров обновлены: проверьте их и нажмите OK.</translation>
        </message>
    </context>
    <context>
        <name>SpeakerProfileDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/speaker_profile_dialog.py" line="+24" />
            <source>Profile of {name}</source>
            <translation>Профиль спикера — {name}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The speaker's claims</source>
            <translation>Утверждения спикера</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter or a double-click shows a claim in its article.</source>
            <translation>Enter или двойной щелчок показывает утверждение в его статье.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>{shown} and %n more</source>
            <translation>
                <numerusform>{shown} и ещё %n</numerusform>
                <numerusform>{shown} и ещё %n</numerusform>
                <numerusform>{shown} и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cluster {id}</source>
            <translation>Кластер {id}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(no outlet)</source>
            <translation>(без издания)</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n claim(s); first appeared {first}, last {last}</source>
            <translation>
                <numerusform>%n утверждение; первое появление — {first}, последнее — {last}</numerusform>
                <numerusform>%n утверждения; первое появление — {first}, последнее — {last}</numerusform>
                <numerusform>%n утверждений; первое появление — {first}, последнее — {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n in undated articles</source>
            <translation>
                <numerusform>%n в статьях без даты</numerusform>
                <numerusform>%n в статьях без даты</numerusform>
                <numerusform>%n в статьях без даты</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Outlets: {outlets}</source>
            <translation>Издания: {outlets}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tags: {tags}</source>
            <translation>Метки: {tags}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clusters: {clusters}</source>
            <translation>Кластеры: {clusters}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Also called: {aliases}</source>
            <translation>Другие имена: {aliases}</translation>
        </message>
    </context>
    <context>
        <name>SpeakersTableModel</name>
        <message>
            <location filename="../../src/claimdesk/gui/speakers_model.py" line="+34" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aliases</source>
            <translation>Другие имена</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Должность</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claims</source>
            <translation>Утверждения</translation>
        </message>
    </context>
    <context>
        <name>SpeakersView</name>
        <message>
            <location filename="../../src/claimdesk/gui/speakers_view.py" line="+70" />
            <location line="+16" />
            <source>Speakers</source>
            <translation>Спикеры</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Filter speakers by name or alias…</source>
            <translation>Фильтр спикеров по имени или другому имени…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filter speakers</source>
            <translation>Фильтр спикеров</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Ed&amp;it…</source>
            <translation>&amp;Изменить…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Merge…</source>
            <translation>&amp;Объединить…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Delete</source>
            <translation>У&amp;далить</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Show claims</source>
            <translation>Показать у&amp;тверждения</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Profile…</source>
            <translation>Профи&amp;ль…</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+3" />
            <location line="+227" />
            <source>Aliases</source>
            <translation>Другие имена</translation>
        </message>
        <message>
            <location line="-221" />
            <source>New alias</source>
            <translation>Новое другое имя</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New alias, e.g. a surname or a title</source>
            <translation>Новое другое имя, например фамилия или должность</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add a&amp;lias</source>
            <translation>Добавить и&amp;мя</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Remove alias</source>
            <translation>У&amp;брать имя</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+319" />
            <source>Delete speaker</source>
            <translation>Удалить спикера</translation>
        </message>
        <message>
            <location line="-109" />
            <source>Aliases of {name}</source>
            <translation>Другие имена спикера «{name}»</translation>
        </message>
        <message numerus="yes">
            <location line="+100" />
            <source>Delete {name}? Their %n claim(s) stay in the catalogue, unattributed. You can undo this with Edit › Undo.</source>
            <translation>
                <numerusform>Удалить спикера «{name}»? %n утверждение этого спикера останется в каталоге без спикера. Это можно отменить: «Правка › Отменить».</numerusform>
                <numerusform>Удалить спикера «{name}»? %n утверждения этого спикера останутся в каталоге без спикера. Это можно отменить: «Правка › Отменить».</numerusform>
                <numerusform>Удалить спикера «{name}»? %n утверждений этого спикера останутся в каталоге без спикера. Это можно отменить: «Правка › Отменить».</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delete {name}? You can undo this with Edit › Undo.</source>
            <translation>Удалить спикера «{name}»? Это можно отменить: «Правка › Отменить».</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/claimdesk/gui/startup.py" line="+51" />
            <source>the catalogue</source>
            <translation>каталог</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the team catalogue</source>
            <translation>командный каталог</translation>
        </message>
    </context>
    <context>
        <name>StatisticsDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/statistics_dialog.py" line="-61" />
            <source>&amp;Speakers</source>
            <translation>&amp;Спикеры</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Claims per speaker</source>
            <translation>Утверждения по спикерам</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Outlets</source>
            <translation>&amp;Издания</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Claims per outlet</source>
            <translation>Утверждения по изданиям</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Tags</source>
            <translation>&amp;Метки</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Claims per tag</source>
            <translation>Утверждения по меткам</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Kinds</source>
            <translation>&amp;Типы</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Claims per kind</source>
            <translation>Утверждения по типам</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Months</source>
            <translation>Мес&amp;яцы</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Claims per month</source>
            <translation>Утверждения по месяцам</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(no speaker)</source>
            <translation>(без спикера)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no outlet)</source>
            <translation>(без издания)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no date)</source>
            <translation>(без даты)</translation>
        </message>
        <message>
            <location line="+103" />
            <source>Catalogue statistics</source>
            <translation>Статистика каталога</translation>
        </message>
        <message>
            <location line="+39" />
            <source>{claims} by {speakers} in {outlets}; {tags}.</source>
            <translation>{claims}, {speakers}, {outlets}; {tags}.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln claim(s)</source>
            <translation>
                <numerusform>%Ln утверждение</numerusform>
                <numerusform>%Ln утверждения</numerusform>
                <numerusform>%Ln утверждений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln speaker(s)</source>
            <translation>
                <numerusform>%Ln спикер</numerusform>
                <numerusform>%Ln спикера</numerusform>
                <numerusform>%Ln спикеров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln outlet(s)</source>
            <translation>
                <numerusform>%Ln издание</numerusform>
                <numerusform>%Ln издания</numerusform>
                <numerusform>%Ln изданий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln tag(s)</source>
            <translation>
                <numerusform>%Ln метка</numerusform>
                <numerusform>%Ln метки</numerusform>
                <numerusform>%Ln меток</numerusform>
            </translation>
        </message>
        <message>
            <location line="+24" />
            <source>The figures could not be read again: {reason}</source>
            <translation>Не удалось заново прочитать данные: {reason}</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsController</name>
        <message>
            <location filename="../../src/claimdesk/gui/suggestions.py" line="+91" />
            <source>Suggested attributions</source>
            <translation>Подсказки: кто сказал</translation>
        </message>
        <message>
            <location line="+90" />
            <source>No suggestions: {reason}</source>
            <translation>Подсказок нет: {reason}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>No suggestions in this article.</source>
            <translation>В этой статье подсказок нет.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Suggestion rejected.</source>
            <translation>Подсказка отклонена.</translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>Accepted %n suggestion(s) with confidence ≥ {confidence}.</source>
            <translation>
                <numerusform>Принята %n подсказка с уверенностью ≥ {confidence}.</numerusform>
                <numerusform>Принято %n подсказки с уверенностью ≥ {confidence}.</numerusform>
                <numerusform>Принято %n подсказок с уверенностью ≥ {confidence}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Accept suggestions</source>
            <translation>Принять подсказки</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accept every suggestion with confidence at least:</source>
            <translation>Принять все подсказки с уверенностью не ниже:</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsModel</name>
        <message>
            <location filename="../../src/claimdesk/gui/suggestions_panel.py" line="+62" />
            <source>{confidence}  {who} (who?) — {kind}: “{quote}”</source>
            <translation>{confidence}  {who} (кто?) — {kind}: «{quote}»</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{confidence}  {who} — {kind}: “{quote}”</source>
            <translation>{confidence}  {who} — {kind}: «{quote}»</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{confidence}  {who} (new) — {kind}: “{quote}”</source>
            <translation>{confidence}  {who} (новый) — {kind}: «{quote}»</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown speaker</source>
            <translation>Неизвестный спикер</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{who} (from “{mention}”)</source>
            <translation>{who} (из «{mention}»)</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location line="+36" />
            <location line="+4" />
            <source>Suggested attributions</source>
            <translation>Подсказки: кто сказал</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter accepts, Delete rejects, {next} and {previous} move to the next and previous</source>
            <translation>Enter — принять, Delete — отклонить, {next} и {previous} — к следующей и предыдущей</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Acce&amp;pt</source>
            <translation>Прин&amp;ять</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;ject</source>
            <translation>&amp;Отклонить</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Least confidence to accept all</source>
            <translation>Наименьшая уверенность для «Принять все»</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Accept all ≥</source>
            <translation>Принять все ≥</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Look for suggestions</source>
            <translation>&amp;Искать подсказки</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Read this long article for quotes (in the background)</source>
            <translation>Искать цитаты в этой длинной статье (в фоне)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sho&amp;w all</source>
            <translation>Показать вс&amp;е</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Also list the less certain suggestions (below the confidence at which nine in ten were right when measured)</source>
            <translation>Показывать и менее надёжные подсказки (ниже уверенности, при которой по замерам верны девять из десяти)</translation>
        </message>
        <message numerus="yes">
            <location line="+56" />
            <source>%n suggestion(s): Enter accepts, Delete rejects, {next} next.</source>
            <translation>
                <numerusform>%n подсказка: Enter — принять, Delete — отклонить, {next} — следующая.</numerusform>
                <numerusform>%n подсказки: Enter — принять, Delete — отклонить, {next} — следующая.</numerusform>
                <numerusform>%n подсказок: Enter — принять, Delete — отклонить, {next} — следующая.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>No suggestions for this article.</source>
            <translation>Для этой статьи подсказок нет.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n less certain hidden (Show all).</source>
            <translation>
                <numerusform>%n менее надёжная скрыта («Показать все»).</numerusform>
                <numerusform>%n менее надёжные скрыты («Показать все»).</numerusform>
                <numerusform>%n менее надёжных скрыто («Показать все»).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Looking for quotes in this long article…</source>
            <translation>Поиск цитат в этой длинной статье…</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>This article is long (%Ln character(s)): suggestions are looked for only when you ask.</source>
            <translation>
                <numerusform>Статья длинная (%Ln символ): подсказки ищутся, только когда вы попросите.</numerusform>
                <numerusform>Статья длинная (%Ln символа): подсказки ищутся, только когда вы попросите.</numerusform>
                <numerusform>Статья длинная (%Ln символов): подсказки ищутся, только когда вы попросите.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamCatalogueDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/team_dialog.py" line="+32" />
            <source>Connect to team catalogue</source>
            <translation>Подключение к командному каталогу</translation>
        </message>
        <message>
            <location line="+5" />
            <source>db.newsroom.example or /run/postgresql</source>
            <translation>db.newsroom.example или /run/postgresql</translation>
        </message>
        <message>
            <location line="+8" />
            <source>a name from ~/.pg_service.conf (instead of the above)</source>
            <translation>имя из ~/.pg_service.conf (вместо полей выше)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>ClaimDesk does not store passwords. Put yours in ~/.pgpass (host:port:database:user:password, mode 600) or in a PostgreSQL service file.</source>
            <translation>ClaimDesk не хранит пароли. Укажите свой в ~/.pgpass (host:port:database:user:password, права 600) или в файле служб PostgreSQL.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Server:</source>
            <translation>&amp;Сервер:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Port:</source>
            <translation>&amp;Порт:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Database:</source>
            <translation>&amp;База данных:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User:</source>
            <translation>По&amp;льзователь:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ser&amp;vice:</source>
            <translation>Сл&amp;ужба:</translation>
        </message>
    </context>
    <context>
        <name>Theme</name>
        <message>
            <location filename="../../src/claimdesk/gui/theme.py" line="+44" />
            <source>System</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
    </context>
    <context>
        <name>TimelineChart</name>
        <message>
            <location filename="../../src/claimdesk/gui/timeline_chart.py" line="+33" />
            <source>Outlet</source>
            <translation>Издание</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Speaker</source>
            <translation>Спикер</translation>
        </message>
        <message>
            <location line="+26" />
            <source>(unattributed)</source>
            <translation>(без спикера)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(no outlet)</source>
            <translation>(без издания)</translation>
        </message>
        <message>
            <location line="+52" />
            <source>&amp;Rows:</source>
            <translation>&amp;Строки:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save &amp;PNG…</source>
            <translation>Со&amp;хранить PNG…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save S&amp;VG…</source>
            <translation>Сохр&amp;анить SVG…</translation>
        </message>
        <message>
            <location line="+87" />
            <source>{appearances} in {rows}</source>
            <translation>{appearances}, {rows}</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n appearance(s)</source>
            <translation>
                <numerusform>%n появление</numerusform>
                <numerusform>%n появления</numerusform>
                <numerusform>%n появлений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n строка</numerusform>
                <numerusform>%n строки</numerusform>
                <numerusform>%n строк</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n without a date (not drawn)</source>
            <translation>
                <numerusform>%n без даты (не показано)</numerusform>
                <numerusform>%n без даты (не показаны)</numerusform>
                <numerusform>%n без даты (не показаны)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{row}, {day}: %n claim(s)</source>
            <translation>
                <numerusform>{row}, {day}: %n утверждение</numerusform>
                <numerusform>{row}, {day}: %n утверждения</numerusform>
                <numerusform>{row}, {day}: %n утверждений</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UrlDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/url_dialog.py" line="+28" />
            <source>Open web page</source>
            <translation>Открыть веб-страницу</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Address of the article's web page:</source>
            <translation>&amp;Адрес веб-страницы статьи:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>ClaimDesk fetches the page, keeps a copy of it as fetched, and reads its article as it reads a saved web page; the page's final address becomes the article's URL.</source>
            <translation>ClaimDesk загружает страницу, сохраняет её копию в загруженном виде и читает статью так же, как сохранённую веб-страницу; окончательный адрес страницы становится адресом статьи.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Fetch</source>
            <translation>&amp;Загрузить</translation>
        </message>
    </context>
    <context>
        <name>UrlImport</name>
        <message>
            <location filename="../../src/claimdesk/gui/url_import.py" line="+56" />
            <location line="+47" />
            <source>Fetching {address}…</source>
            <translation>Загрузка {address}…</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Opening web page</source>
            <translation>Открытие веб-страницы</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Fetching the page was cancelled.</source>
            <translation>Загрузка страницы отменена.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The page could not be read: {error}</source>
            <translation>Не удалось прочитать страницу: {error}</translation>
        </message>
    </context>
    <context>
        <name>VerdictDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/verdict_dialog.py" line="+41" />
            <source>The fact-check address is too long (at most {limit} characters).</source>
            <translation>Адрес проверки фактов слишком длинный (не более {limit} символов).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The fact-check address must be a web address (http:// or https://…).</source>
            <translation>Адрес проверки фактов должен быть веб-адресом (http:// или https://…).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The review date “{date}” is not a date (YYYY-MM-DD).</source>
            <translation>Дата проверки «{date}» не является датой (ГГГГ-ММ-ДД).</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Verdict of cluster {id}</source>
            <translation>Вердикт кластера {id}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{quote}”</source>
            <translation>«{quote}»</translation>
        </message>
        <message>
            <location line="+16" />
            <source>What the fact-check found, in a few sentences</source>
            <translation>Что показала проверка фактов, в нескольких предложениях</translation>
        </message>
        <message>
            <location line="+10" />
            <source>YYYY-MM-DD (today when a finding is given)</source>
            <translation>ГГГГ-ММ-ДД (сегодня, если вынесен вердикт)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Status:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Explanation:</source>
            <translation>&amp;Пояснение:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fact-check &amp;address:</source>
            <translation>&amp;Адрес проверки фактов:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reviewer:</source>
            <translation>П&amp;роверяющий:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Date:</source>
            <translation>&amp;Дата:</translation>
        </message>
    </context>
    <context>
        <name>VerdictLabelsDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/verdict_labels_dialog.py" line="+99" />
            <source>Verdict labels</source>
            <translation>Названия статусов вердикта</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Verdict statuses</source>
            <translation>Статусы вердикта</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The label shown for the status</source>
            <translation>Название, под которым показывается статус</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A &amp;finding (a ClaimReview can be published)</source>
            <translation>&amp;Вывод проверки (можно опубликовать ClaimReview)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Rename</source>
            <translation>&amp;Переименовать</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add as new status</source>
            <translation>&amp;Добавить как новый статус</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move &amp;up</source>
            <translation>Выш&amp;е</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move &amp;down</source>
            <translation>Ни&amp;же</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;move</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Label:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Added as a new status, it gets the key “{key}”.</source>
            <translation>Новый статус получит ключ «{key}».</translation>
        </message>
    </context>
    <context>
        <name>VerdictLabelsModel</name>
        <message numerus="yes">
            <location line="-158" />
            <source>Key: {key}. %n cluster(s) have it.</source>
            <translation>
                <numerusform>Ключ: {key}. Он у %n кластера.</numerusform>
                <numerusform>Ключ: {key}. Он у %n кластеров.</numerusform>
                <numerusform>Ключ: {key}. Он у %n кластеров.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not a finding: no ClaimReview is published for it.</source>
            <translation>Не вывод проверки: ClaimReview для него не публикуется.</translation>
        </message>
    </context>
    <context>
        <name>VerdictStatus</name>
        <message>
            <location filename="../../src/claimdesk/gui/kind_labels.py" line="-27" />
            <source>Unchecked</source>
            <translation>Не проверено</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>Проверяется</translation>
        </message>
        <message>
            <location line="+1" />
            <source>True</source>
            <translation>Правда</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mostly true</source>
            <translation>Скорее правда</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mixed</source>
            <translation>Полуправда</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mostly false</source>
            <translation>Скорее неправда</translation>
        </message>
        <message>
            <location line="+1" />
            <source>False</source>
            <translation>Неправда</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unverifiable</source>
            <translation>Невозможно проверить</translation>
        </message>
    </context>
    <context>
        <name>VersionController</name>
        <message>
            <location filename="../../src/claimdesk/gui/version_actions.py" line="-155" />
            <source>Open an article first.</source>
            <translation>Сначала откройте статью.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The text is unchanged: nothing to save.</source>
            <translation>Текст не изменён: сохранять нечего.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>This article was not read from a web page.</source>
            <translation>Эта статья не была прочитана с веб-страницы.</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <location filename="../../src/claimdesk/gui/versions_dialog.py" line="+39" />
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stored</source>
            <translation>Сохранена</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Кем</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claims in it</source>
            <translation>Утверждения в ней</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made on it</source>
            <translation>Сделаны на ней</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Claims whose span stands in this text now: every placed claim in the current text, the claims not found since in an earlier one</source>
            <translation>Утверждения, чей фрагмент сейчас находится в этом тексте: все размещённые утверждения — в текущем тексте, утверждения, не найденные с тех пор, — в более раннем</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Claims made on this text, wherever they stand now</source>
            <translation>Утверждения, сделанные на этом тексте, где бы они ни находились сейчас</translation>
        </message>
        <message>
            <location line="+13" />
            <source>removed</source>
            <translation>удалено</translation>
        </message>
        <message>
            <location line="+1" />
            <source>added</source>
            <translation>добавлено</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Versions — {title}</source>
            <translation>Версии — {title}</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+10" />
            <source>Versions</source>
            <translation>Версии</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{number} (current)</source>
            <translation>{number} (текущая)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Changes from the chosen version to the current text: &lt;s&gt;struck through&lt;/s&gt; was removed, &lt;u&gt;underlined&lt;/u&gt; was added.</source>
            <translation>Изменения от выбранной версии к текущему тексту: &lt;s&gt;зачёркнутое&lt;/s&gt; удалено, &lt;u&gt;подчёркнутое&lt;/u&gt; добавлено.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Changes from the chosen version</source>
            <translation>Изменения по сравнению с выбранной версией</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Version {number} is the current text.</source>
            <translation>Версия {number} — это текущий текст.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Version {number} is the same as the current text.</source>
            <translation>Версия {number} совпадает с текущим текстом.</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <location filename="../../src/claimdesk/gui/workers.py" line="-101" />
            <source>Matching failed: {reason}</source>
            <translation>Сопоставление не удалось: {reason}</translation>
        </message>
    </context>
</TS>