<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;Panels</source>
            <translation>Па&amp;нели</translation>
        </message>
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
            <source>Cop&amp;y catalogue to…</source>
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
            <source>Export claims: CSV, JSON, W3C Web Annotation, REFI-QDA or a network (GraphML, GEXF)</source>
            <translation>Экспортировать утверждения: CSV, JSON, W3C Web Annotation, REFI-QDA или сеть (GraphML, GEXF)</translation>
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
            <source>Accept all suggestions a&amp;bove…</source>
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
            <source>{name} already exists. Give the new catalogue another name.</source>
            <translation>{name} уже существует. Назовите новый каталог иначе.</translation>
        </message>
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
            <location filename="../../src/claimdesk/gui/clusters_view.py" line="+186" />
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
            <location filename="../../src/claimdesk/cli.py" line="+1445" />
            <source>show program's version number and exit</source>
            <translation>показать версию программы и выйти</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/i18n_text.py" line="+235" />
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
            <source>This text is already in the catalogue as “{title}”, with %Ln claim(s). OK updates its details; Cancel leaves them as they are.</source>
            <translation>
                <numerusform>Этот текст уже есть в каталоге как «{title}», с %Ln утверждением. «OK» обновит его сведения, «Отмена» оставит их как есть.</numerusform>
                <numerusform>Этот текст уже есть в каталоге как «{title}», с %Ln утверждениями. «OK» обновит его сведения, «Отмена» оставит их как есть.</numerusform>
                <numerusform>Этот текст уже есть в каталоге как «{title}», с %Ln утверждениями. «OK» обновит его сведения, «Отмена» оставит их как есть.</numerusform>
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
            <source>Deleted “{title}” and its %Ln claim(s). Edit › Undo ({key}) brings it back.</source>
            <translation>
                <numerusform>Статья «{title}» удалена вместе с %Ln утверждением. «Правка › Отменить» ({key}) вернёт её.</numerusform>
                <numerusform>Статья «{title}» удалена вместе с %Ln утверждениями. «Правка › Отменить» ({key}) вернёт её.</numerusform>
                <numerusform>Статья «{title}» удалена вместе с %Ln утверждениями. «Правка › Отменить» ({key}) вернёт её.</numerusform>
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
            <source>Import %Ln file(s)</source>
            <translation>
                <numerusform>импорт %Ln файла</numerusform>
                <numerusform>импорт %Ln файлов</numerusform>
                <numerusform>импорт %Ln файлов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Delete “{title}” and its %Ln claim(s)? You can undo this with Edit › Undo.</source>
            <translation>
                <numerusform>Удалить «{title}» вместе с %Ln утверждением? Это можно отменить через «Правка › Отменить».</numerusform>
                <numerusform>Удалить «{title}» вместе с %Ln утверждениями? Это можно отменить через «Правка › Отменить».</numerusform>
                <numerusform>Удалить «{title}» вместе с %Ln утверждениями? Это можно отменить через «Правка › Отменить».</numerusform>
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
            <source>YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY</source>
            <translation>ДД.ММ.ГГГГ, ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
        </message>
        <message>
            <source>The publication date, as 2024-03-15 or 15.03.2024 (day first), or only the month (2024-03, 03.2024) or the year; it is stored as 2024-03-15</source>
            <translation>Дата публикации: 15.03.2024 или 2024-03-15, либо только месяц (03.2024, 2024-03) или год; хранится как 2024-03-15</translation>
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
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln символ</numerusform>
                <numerusform>%Ln символа</numerusform>
                <numerusform>%Ln символов</numerusform>
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
            <translation>Кол-во</translation>
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
            <location filename="../../src/claimdesk/gui/bar_chart.py" line="+38" />
            <source>Save &amp;PNG…</source>
            <translation>Со&amp;хранить PNG…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save S&amp;VG…</source>
            <translation>Сохр&amp;анить SVG…</translation>
        </message>
        <message numerus="yes">
            <location line="+68" />
            <source>%Ln in all; the first {drawn} drawn</source>
            <translation>
                <numerusform>Всего: %Ln; на графике первые {drawn}</numerusform>
                <numerusform>Всего: %Ln; на графике первые {drawn}</numerusform>
                <numerusform>Всего: %Ln; на графике первые {drawn}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln in all</source>
            <translation>
                <numerusform>Всего: %Ln</numerusform>
                <numerusform>Всего: %Ln</numerusform>
                <numerusform>Всего: %Ln</numerusform>
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
            <source>{name} already exists. Give the new catalogue another name (or open that one with File › Open catalogue).</source>
            <translation>{name} уже существует. Назовите новый каталог иначе (а этот можно открыть через «Файл › Открыть каталог»).</translation>
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
            <source>Copied %Ln record(s) to {target}</source>
            <translation>
                <numerusform>Скопирована %Ln запись в {target}</numerusform>
                <numerusform>Скопированы %Ln записи в {target}</numerusform>
                <numerusform>Скопировано %Ln записей в {target}</numerusform>
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
            <source>Add %Ln article(s)</source>
            <translation>
                <numerusform>добавление %Ln статьи</numerusform>
                <numerusform>добавление %Ln статей</numerusform>
                <numerusform>добавление %Ln статей</numerusform>
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
            <source>Attribute %Ln span(s)</source>
            <translation>
                <numerusform>приписывание %Ln фрагмента</numerusform>
                <numerusform>приписывание %Ln фрагментов</numerusform>
                <numerusform>приписывание %Ln фрагментов</numerusform>
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
            <source>Delete %Ln claim(s)</source>
            <translation>
                <numerusform>удаление %Ln утверждения</numerusform>
                <numerusform>удаление %Ln утверждений</numerusform>
                <numerusform>удаление %Ln утверждений</numerusform>
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
            <source>Merge %Ln cluster(s)</source>
            <translation>
                <numerusform>объединение %Ln кластера</numerusform>
                <numerusform>объединение %Ln кластеров</numerusform>
                <numerusform>объединение %Ln кластеров</numerusform>
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
            <source>Import %Ln annotation(s) from {file}</source>
            <translation>
                <numerusform>импорт %Ln аннотации из {file}</numerusform>
                <numerusform>импорт %Ln аннотаций из {file}</numerusform>
                <numerusform>импорт %Ln аннотаций из {file}</numerusform>
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
            <source>Accept %Ln suggestion(s)</source>
            <translation>
                <numerusform>принятие %Ln подсказки</numerusform>
                <numerusform>принятие %Ln подсказок</numerusform>
                <numerusform>принятие %Ln подсказок</numerusform>
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
        <message numerus="yes">
            <source>only the first %Ln word(s) are searched</source>
            <translation>
                <numerusform>ищется только первое %Ln слово</numerusform>
                <numerusform>ищутся только первые %Ln слова</numerusform>
                <numerusform>ищутся только первые %Ln слов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln word(s) further on are not looked for.</source>
            <translation>
                <numerusform>Следующее за ними %Ln слово не ищется.</numerusform>
                <numerusform>Следующие за ними %Ln слова не ищутся.</numerusform>
                <numerusform>Следующие за ними %Ln слов не ищутся.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/gui/catalogue_view.py" line="+79" />
            <source>Catalogue</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Claims</source>
            <translation>Утверждения</translation>
        </message>
        <message>
            <location line="+25" />
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
            <source>%Ln+ claim(s), counting…</source>
            <translation>
                <numerusform>%Ln+ утверждение, подсчёт…</numerusform>
                <numerusform>%Ln+ утверждения, подсчёт…</numerusform>
                <numerusform>%Ln+ утверждений, подсчёт…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
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
            <source>Delete %Ln claim(s)? You can undo this with Edit › Undo.</source>
            <translation>
                <numerusform>Удалить %Ln утверждение? Это можно отменить: «Правка › Отменить».</numerusform>
                <numerusform>Удалить %Ln утверждения? Это можно отменить: «Правка › Отменить».</numerusform>
                <numerusform>Удалить %Ln утверждений? Это можно отменить: «Правка › Отменить».</numerusform>
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
            <source>Saved as {file}</source>
            <translation>Сохранено как {file}</translation>
        </message>
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
        <message numerus="yes">
            <source>Deleted %Ln claim(s). Edit › Undo ({key}) brings them back.</source>
            <translation>
                <numerusform>Удалено %Ln утверждение. «Правка › Отменить» ({key}) вернёт его.</numerusform>
                <numerusform>Удалено %Ln утверждения. «Правка › Отменить» ({key}) вернёт их.</numerusform>
                <numerusform>Удалено %Ln утверждений. «Правка › Отменить» ({key}) вернёт их.</numerusform>
            </translation>
        </message>
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
            <source>No claims: the Until date is before the From date (swap them?).</source>
            <translation>Утверждений нет: дата «До» раньше даты «От» (поменять их местами?).</translation>
        </message>
        <message>
            <source>The Until date is before the From date: change one of them (or swap them).</source>
            <translation>Дата «До» раньше даты «От»: измените одну из них (или поменяйте их местами).</translation>
        </message>
        <message>
            <source>No speaker is called “{name}”.</source>
            <translation>Спикера «{name}» нет.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/gui/claim_filter_bar.py" line="+56" />
            <source>Search quotes, speakers, titles…</source>
            <translation>Поиск по цитатам, спикерам, заголовкам…</translation>
        </message>
        <message>
            <source>Claims with every word typed, each in the quote, the speaker's name or aliases or the article's title (capitals and ё/е do not matter). Put words in quotation marks to find them as they stand together.</source>
            <translation>Утверждения, в которых есть каждое введённое слово: в цитате, в имени или других именах спикера либо в заголовке статьи (регистр и ё/е не важны). Чтобы найти слова именно в таком порядке и вместе, возьмите их в кавычки.</translation>
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
            <source>Only claims of clusters with this verdict status (Unchecked: also the claims in no cluster)</source>
            <translation>Только утверждения из кластеров с этим статусом вердикта («Не проверено» — также утверждения вне кластеров)</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, DD.MM.YYYY</source>
            <translation>ДД.ММ.ГГГГ</translation>
        </message>
        <message>
            <source>Published from</source>
            <translation>Опубликовано с</translation>
        </message>
        <message>
            <source>Claims of articles published on or after this date: 2024-03-15 or 15.03.2024 (day first), or a month (2024-03, 03.2024) or a year (2024) from its start</source>
            <translation>Утверждения из статей, опубликованных в этот день или позже: 15.03.2024 или 2024-03-15, либо месяц (03.2024, 2024-03) или год (2024) с его начала</translation>
        </message>
        <message>
            <source>Published until</source>
            <translation>Опубликовано по</translation>
        </message>
        <message>
            <source>Claims of articles published on or before this date: 2024-03-15 or 15.03.2024 (day first), or a month (2024-03, 03.2024) or a year (2024) to its end</source>
            <translation>Утверждения из статей, опубликованных в этот день или раньше: 15.03.2024 или 2024-03-15, либо месяц (03.2024, 2024-03) или год (2024) до его конца</translation>
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
            <source>{mark} Linked as the same claim to %Ln other(s)</source>
            <translation>
                <numerusform>{mark} Связано как «то же утверждение» с %Ln другим утверждением</numerusform>
                <numerusform>{mark} Связано как «то же утверждение» с %Ln другими утверждениями</numerusform>
                <numerusform>{mark} Связано как «то же утверждение» с %Ln другими утверждениями</numerusform>
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
            <source>store the claim with no speaker</source>
            <translation>сохранить утверждение без спикера</translation>
        </message>
        <message>
            <source>the name is blank: give one (at least a letter)</source>
            <translation>имя пустое: укажите его (хотя бы одну букву)</translation>
        </message>
        <message>
            <source>{prog}: claim {claim} is already there (this quote, speaker and kind): nothing stored</source>
            <translation>{prog}: утверждение {claim} уже есть (та же цитата, спикер и тип): ничего не сохранено</translation>
        </message>
        <message>
            <source>There is no catalogue at {path}: check the path (import makes a new one).</source>
            <translation>По пути {path} нет каталога: проверьте путь (новый каталог создаёт import).</translation>
        </message>
        <message>
            <source>{path} is an empty file, not a ClaimDesk catalogue.</source>
            <translation>{path} — пустой файл, а не каталог ClaimDesk.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/cli.py" line="-1319" />
            <source>{argument} is not valid text in the locale's encoding ({encoding}): retype it, or set the terminal's or the script's encoding to match</source>
            <translation>{argument} — недопустимый текст в кодировке локали ({encoding}): наберите его заново или установите ту же кодировку в терминале или скрипте</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the search text is {length:,} characters long; search for at most {limit:,} (a few distinctive words find a claim)</source>
            <translation>длина текста поиска — {length} символов; ищите не больше {limit} (утверждение находят по нескольким характерным словам)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the text is {length:,} characters long; compare at most {limit:,} (the text of one claim)</source>
            <translation>длина текста — {length} символов; сравнивайте не больше {limit} (текст одного утверждения)</translation>
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
            <location line="+73" />
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
            <location line="+9" />
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
            <location line="+105" />
            <source>{prog}: {name}: the same text is already article {article}</source>
            <translation>{prog}: {name}: этот текст уже есть в каталоге — статья {article}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{prog}: {name}: imported as article {article}, a near-duplicate of {near}</source>
            <translation>{prog}: {name}: импортирован как статья {article}, почти дубликат {near}</translation>
        </message>
        <message>
            <location line="+37" />
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
        <message numerus="yes">
            <location line="+13" />
            <source>{prog}: stored {stored} of %n suggestion(s)</source>
            <translation>
                <numerusform>{prog}: сохранено подсказок: {stored} из %n</numerusform>
                <numerusform>{prog}: сохранено подсказок: {stored} из %n</numerusform>
                <numerusform>{prog}: сохранено подсказок: {stored} из %n</numerusform>
            </translation>
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
            <location line="+354" />
            <source>(unattributed)</source>
            <translation>(без спикера)</translation>
        </message>
        <message>
            <location line="-342" />
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
            <location line="+15" />
            <source>edited in the app</source>
            <translation>правка в приложении</translation>
        </message>
        <message>
            <location line="+27" />
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
            <location line="+173" />
            <source>speaker name, alias or id</source>
            <translation>имя спикера, другое имя или идентификатор</translation>
        </message>
        <message>
            <location line="-170" />
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
            <source>only claims of clusters with this verdict status (key or label; see verdict-labels; unchecked: also the claims in no cluster)</source>
            <translation>только утверждения из кластеров с этим статусом вердикта (ключ или название; см. verdict-labels; unchecked — также утверждения вне кластеров)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>published on or after (YYYY[-MM[-DD]] or [DD.]MM.YYYY)</source>
            <translation>опубликовано в этот день или позже (ГГГГ[-ММ[-ДД]] или [ДД.]ММ.ГГГГ)</translation>
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
            <location line="+11" />
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
            <source>publication date, YYYY-MM-DD or DD.MM.YYYY (or YYYY-MM, YYYY)</source>
            <translation>дата публикации, ДД.ММ.ГГГГ или ГГГГ-ММ-ДД (или ГГГГ-ММ, ГГГГ)</translation>
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
            <source>how many (with --match the best, 10 by default; else all)</source>
            <translation>сколько показать (с --match лучшие, по умолчанию 10; иначе всех)</translation>
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
        <message>
            <location filename="../../src/claimdesk/cli_verdicts.py" line="+41" />
            <source>Added “{label}” ({key}).</source>
            <translation>Добавлен статус «{label}» ({key}).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Renamed {key} to “{label}”.</source>
            <translation>Статус {key} переименован в «{label}».</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Reordered the statuses.</source>
            <translation>Порядок статусов изменён.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Removed “{label}” ({key}).</source>
            <translation>Статус «{label}» ({key}) удалён.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>finding</source>
            <translation>вывод проверки</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not a finding</source>
            <translation>не вывод проверки</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n кластер</numerusform>
                <numerusform>%n кластера</numerusform>
                <numerusform>%n кластеров</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CliClusters</name>
        <message>
            <source>--links-only says how to gather: give --gather too.</source>
            <translation>--links-only говорит, как собирать: добавьте --gather.</translation>
        </message>
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
            <location line="+109" />
            <source>(no outlet)</source>
            <translation>(без издания)</translation>
        </message>
        <message>
            <location line="-108" />
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
            <location line="+4" />
            <source>By speaker:</source>
            <translation>По спикерам:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(no speaker)</source>
            <translation>(без спикера)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>By outlet:</source>
            <translation>По изданиям:</translation>
        </message>
        <message>
            <location line="+4" />
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
            <location line="+11" />
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
            <source>date of the verdict, YYYY-MM-DD or DD.MM.YYYY (default: today)</source>
            <translation>дата вердикта, ДД.ММ.ГГГГ или ГГГГ-ММ-ДД (по умолчанию: сегодня)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>count claims per speaker, outlet, tag, kind and month</source>
            <translation>подсчитать утверждения по спикерам, изданиям, меткам, типам и месяцам</translation>
        </message>
    </context>
    <context>
        <name>CliExport</name>
        <message>
            <source>speakers</source>
            <translation>спикеров</translation>
        </message>
        <message>
            <source>speaker–tag</source>
            <translation>спикер–метка</translation>
        </message>
        <message>
            <source>speaker–cluster</source>
            <translation>спикер–кластер</translation>
        </message>
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
            <source>%Ln claim(s) split off into cluster {id}.</source>
            <translation>
                <numerusform>%Ln утверждение выделено в кластер {id}.</numerusform>
                <numerusform>%Ln утверждения выделены в кластер {id}.</numerusform>
                <numerusform>%Ln утверждений выделено в кластер {id}.</numerusform>
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
        <message>
            <location line="+18" />
            <source>No claims were gathered: no claims outside a cluster are linked as the same claim or almost certainly say the same.

To put two claims in one cluster, choose one of them in the reader, then the other in the Similar claims panel, and press “Same claim”.</source>
            <translation>Ничего не собрано: среди утверждений вне кластеров нет ни связанных как «то же утверждение», ни почти наверняка говорящих одно и то же.

Чтобы объединить два утверждения в кластер, выберите одно из них в тексте статьи, затем другое на панели «Похожие утверждения в других статьях» и нажмите «То же утверждение».</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Gathered %Ln claim(s): {created}, {grown}.</source>
            <translation>
                <numerusform>Собрано %Ln утверждение: {created}, {grown}.</numerusform>
                <numerusform>Собрано %Ln утверждения: {created}, {grown}.</numerusform>
                <numerusform>Собрано %Ln утверждений: {created}, {grown}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln new cluster(s)</source>
            <translation>
                <numerusform>%Ln новый кластер</numerusform>
                <numerusform>%Ln новых кластера</numerusform>
                <numerusform>%Ln новых кластеров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln grown</source>
            <translation>
                <numerusform>%Ln пополнен</numerusform>
                <numerusform>%Ln пополнено</numerusform>
                <numerusform>%Ln пополнено</numerusform>
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
            <source>«{quote}» — first said by {speaker} ({outlet}, {date}); %Ln appearance(s), {status}.</source>
            <translation>
                <numerusform>«{quote}» — впервые сказал(а) {speaker} ({outlet}, {date}); %Ln появление, {status}.</numerusform>
                <numerusform>«{quote}» — впервые сказал(а) {speaker} ({outlet}, {date}); %Ln появления, {status}.</numerusform>
                <numerusform>«{quote}» — впервые сказал(а) {speaker} ({outlet}, {date}); %Ln появлений, {status}.</numerusform>
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
            <source>reviewer: {reviewer}</source>
            <translation>проверяющий: {reviewer}</translation>
        </message>
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
            <location line="+8" />
            <source>Appearances of the chosen cluster</source>
            <translation>Появления выбранного кластера</translation>
        </message>
        <message>
            <location line="+53" />
            <source>{clusters}, {claims}</source>
            <translation>{clusters}, {claims}</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln cluster(s)</source>
            <translation>
                <numerusform>%Ln кластер</numerusform>
                <numerusform>%Ln кластера</numerusform>
                <numerusform>%Ln кластеров</numerusform>
            </translation>
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
        <message>
            <location filename="../../src/claimdesk/core/catalogue/annotation_import.py" line="+58" />
            <source>Annotation {annotation}: its span {start}–{end} is past the end of article {article} ({length} characters).</source>
            <translation>Аннотация {annotation}: её фрагмент {start}–{end} выходит за конец статьи {article} (символов в тексте: {length}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Annotation {annotation}: its span {start}–{end} is past the end of the article “{title}” carried in the file ({length} characters).</source>
            <translation>Аннотация {annotation}: её фрагмент {start}–{end} выходит за конец статьи «{title}» из файла (символов в тексте: {length}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Annotation {annotation}: its span {start}–{end} is past the end of article {number} carried in the file ({length} characters).</source>
            <translation>Аннотация {annotation}: её фрагмент {start}–{end} выходит за конец статьи {number} из файла (символов в тексте: {length}).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Annotation {annotation}: the quote “{quote}” is not at {start}–{end} of article {article}, which holds “{found}” there.</source>
            <translation>Аннотация {annotation}: цитаты «{quote}» нет на месте {start}–{end} статьи {article}: там стоит «{found}».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Annotation {annotation}: the quote “{quote}” is not at {start}–{end} of the article “{title}” carried in the file, which holds “{found}” there.</source>
            <translation>Аннотация {annotation}: цитаты «{quote}» нет на месте {start}–{end} статьи «{title}» из файла: там стоит «{found}».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Annotation {annotation}: the quote “{quote}” is not at {start}–{end} of article {number} carried in the file, which holds “{found}” there.</source>
            <translation>Аннотация {annotation}: цитаты «{quote}» нет на месте {start}–{end} статьи {number} из файла: там стоит «{found}».</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Annotation {annotation}: the quote “{quote}” is not in article {article}.</source>
            <translation>Аннотация {annotation}: цитаты «{quote}» нет в статье {article}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Annotation {annotation}: the quote “{quote}” is not in the article “{title}” carried in the file.</source>
            <translation>Аннотация {annotation}: цитаты «{quote}» нет в статье «{title}» из файла.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Annotation {annotation}: the quote “{quote}” is not in article {number} carried in the file.</source>
            <translation>Аннотация {annotation}: цитаты «{quote}» нет в статье {number} из файла.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Annotation {annotation}: the quote “{quote}” stands %n time(s) in article {article}, and its prefix and suffix do not tell which.</source>
            <translation>
                <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье {article} %n раз, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
                <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье {article} %n раза, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
                <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье {article} %n раз, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Annotation {annotation}: the quote “{quote}” stands %n time(s) in the article “{title}” carried in the file, and its prefix and suffix do not tell which.</source>
            <translation>
                <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье «{title}» из файла %n раз, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
                <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье «{title}» из файла %n раза, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
                <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье «{title}» из файла %n раз, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Annotation {annotation}: the quote “{quote}” stands %n time(s) in article {number} carried in the file, and its prefix and suffix do not tell which.</source>
            <translation>
                <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье {number} из файла %n раз, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
                <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье {number} из файла %n раза, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
                <numerusform>Аннотация {annotation}: цитата «{quote}» встречается в статье {number} из файла %n раз, и по тексту до и после неё не понять, какое из мест имеется в виду.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Annotation {annotation}: %n article(s) have the address {address}, and none has the annotated text's hash.</source>
            <translation>
                <numerusform>Аннотация {annotation}: адрес {address} есть у %n статьи, но хеша размеченного текста нет ни у одной.</numerusform>
                <numerusform>Аннотация {annotation}: адрес {address} есть у %n статей, но хеша размеченного текста нет ни у одной.</numerusform>
                <numerusform>Аннотация {annotation}: адрес {address} есть у %n статей, но хеша размеченного текста нет ни у одной.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+56" />
            <source>Annotation {annotation}: its article ({address}) is neither in this catalogue (by its text or its address) nor carried in the file; import the article first.</source>
            <translation>Аннотация {annotation}: её статьи ({address}) нет ни в этом каталоге (ни по тексту, ни по адресу), ни в самом файле; сначала импортируйте статью.</translation>
        </message>
        <message>
            <location line="+145" />
            <source>The article “{title}” carried in the file: {reason}</source>
            <translation>Статья «{title}» из файла: {reason}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Article {number} carried in the file: {reason}</source>
            <translation>Статья {number} из файла: {reason}</translation>
        </message>
        <message>
            <location line="+31" />
            <location filename="../../src/claimdesk/core/importers/batch.py" line="+139" />
            <source>{file}: {reason}</source>
            <translation>{file}: {reason}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file: {reason}</source>
            <translation>Файл: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/catalogue/article_batch.py" line="+153" />
            <source>not stored</source>
            <translation>не сохранено</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/domain/dates.py" line="+20" />
            <source>“{date}” is not a date: write it as YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY.</source>
            <translation>«{date}» — не дата: запишите её как ДД.ММ.ГГГГ, ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{date}” is not a full date: write it as YYYY-MM-DD or DD.MM.YYYY.</source>
            <translation>«{date}» — неполная дата: запишите её как ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>“{date}” is not a real date (there is no year 0).</source>
            <translation>«{date}» — несуществующая дата (нулевого года нет).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{date}” is not a real date (a month is numbered from 01 to 12).</source>
            <translation>«{date}» — несуществующая дата (месяцы нумеруются от 01 до 12).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>“{date}” is not a real date ({year}-{month:02d} has {days} days).</source>
            <translation>«{date}» — несуществующая дата (в месяце {month:02d}.{year} всего {days} дн.).</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/domain/clusters.py" line="+21" />
            <source>The review date “{date}” is not a date: write it as YYYY-MM-DD or DD.MM.YYYY.</source>
            <translation>Дата проверки «{date}» — не дата: запишите её как ДД.ММ.ГГГГ или ГГГГ-ММ-ДД.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/catalogue/claims.py" line="+430" />
            <source>Unknown link “{link}”; choose one of: {choices}.</source>
            <translation>Неизвестная связь «{link}»; выберите одну из: {choices}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A claim cannot be linked to itself.</source>
            <translation>Утверждение нельзя связать с самим собой.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>These two claims are already linked that way.</source>
            <translation>Эти два утверждения уже связаны таким образом.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/catalogue/clusters.py" line="+54" />
            <source>The explanation is too long (at most {limit:,} characters).</source>
            <translation>Пояснение слишком длинное (не более {limit} символов).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The fact-check address is too long (at most {limit:,} characters).</source>
            <translation>Адрес проверки фактов слишком длинный (не более {limit} символов).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The reviewer is too long (at most {limit:,} characters).</source>
            <translation>Имя проверяющего слишком длинное (не более {limit} символов).</translation>
        </message>
        <message>
            <location line="+417" />
            <source>Choose the claims to take out of the cluster.</source>
            <translation>Выберите утверждения, которые нужно вынести из кластера.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Claim {claim} is not in cluster {cluster} (any more): nothing was changed.</source>
            <translation>Утверждения {claim} нет (уже нет) в кластере {cluster}: ничего не изменено.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A split must leave at least one claim in the cluster: nothing was changed.</source>
            <translation>После разделения в кластере должно остаться хотя бы одно утверждение: ничего не изменено.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Choose at least one other cluster to merge.</source>
            <translation>Выберите хотя бы один другой кластер для объединения.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>The fact-check address “{address}” is not a web address: write it as https://… (or leave it empty).</source>
            <translation>Адрес проверки фактов «{address}» — не веб-адрес: напишите его как https://… (или оставьте поле пустым).</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/catalogue/qdpx_transfer.py" line="+132" />
            <source>{file}: the speaker “{speaker}”: {reason}</source>
            <translation>{file}: спикер «{speaker}»: {reason}</translation>
        </message>
        <message>
            <location line="+195" />
            <source>{file}: the source “{title}”: {reason}</source>
            <translation>{file}: источник «{title}»: {reason}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file}: a source: {reason}</source>
            <translation>{file}: один из источников: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/catalogue/service.py" line="+189" />
            <source>Unknown export format “{format}”; choose one of: {choices}.</source>
            <translation>Неизвестный формат экспорта «{format}»; выберите один из: {choices}.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Unknown network export “{format}”/“{network}”: the formats are graphml and gexf, the networks {choices}.</source>
            <translation>Неизвестный экспорт сети «{format}»/«{network}»: форматы — graphml и gexf, сети — {choices}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{format} is not a network format: use graphml or gexf.</source>
            <translation>{format} — не формат сети: используйте graphml или gexf.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Only a team catalogue on PostgreSQL keeps its claim index on the server; each desk indexes a SQLite catalogue's claims itself.</source>
            <translation>Индекс утверждений на сервере есть только у общего каталога редакции на PostgreSQL; утверждения каталога SQLite каждое рабочее место индексирует само.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/catalogue/speakers.py" line="+124" />
            <source>{speaker} has no alias “{alias}”.</source>
            <translation>У спикера {speaker} нет другого имени «{alias}».</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A speaker cannot be merged with itself.</source>
            <translation>Спикера нельзя объединить с самим собой.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/catalogue/transfer.py" line="+32" />
            <source>The copy was cancelled; the target catalogue was left empty.</source>
            <translation>Копирование отменено; целевой каталог оставлен пустым.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>The target catalogue {location} is not empty (its {table} table has rows): copy into a new, empty catalogue.</source>
            <translation>Целевой каталог {location} не пуст (в его таблице {table} есть строки): копируйте в новый, пустой каталог.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The source and the target are the same catalogue.</source>
            <translation>Источник и цель — один и тот же каталог.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/catalogue/verdict_labels.py" line="+105" />
            <source>Unknown status “{status}”; choose one of: {choices}.</source>
            <translation>Неизвестный статус «{status}»; выберите один из: {choices}.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>A status needs a label.</source>
            <translation>У статуса должно быть название.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The label is too long (at most {limit} characters).</source>
            <translation>Название слишком длинное (не более {limit} символов).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The status “{label}” ({key}) has that label already: choose another.</source>
            <translation>Это название уже у статуса «{label}» ({key}): выберите другое.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The key “{key}” must be one word of letters, digits and underscores, at most {limit} characters.</source>
            <translation>Ключ «{key}» должен быть одним словом из букв, цифр и подчёркиваний, не длиннее {limit} символов.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>A status with the key “{key}” exists already.</source>
            <translation>Статус с ключом «{key}» уже есть.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The status “{label}” cannot be removed: new clusters start with it. You can rename it.</source>
            <translation>Статус «{label}» нельзя удалить: он есть у каждого нового кластера. Его можно переименовать.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/catalogue/versions.py" line="+110" />
            <source>Article {other} already has this text, so it cannot also be a new version of article {article} (“{title}”).</source>
            <translation>Этот текст уже есть у статьи {other}, поэтому он не может стать ещё и новой версией статьи {article} («{title}»).</translation>
        </message>
        <message>
            <location line="+171" />
            <source>Claim {claim} (“{quote}”) is not orphaned: it already stands in the article's text. Move it instead.</source>
            <translation>Утверждение {claim} («{quote}») не осталось без места: оно уже стоит в тексте статьи. Лучше переместите его.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/domain/article_text.py" line="+31" />
            <source>The text contains NUL characters, so it is probably a binary file, not an article.</source>
            <translation>В тексте есть символы NUL: скорее всего, это двоичный файл, а не статья.</translation>
        </message>
        <message>
            <source>{share:.0%} of the text is control characters, so it is probably binary data, not an article.</source>
            <translation>{share:.0%} текста — управляющие символы: скорее всего, это двоичные данные, а не статья.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The article is empty: there is no text to catalogue.</source>
            <translation>Статья пустая: в ней нет текста для каталога.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The article is {length:,} characters long; the limit is {limit:,}. Split it into smaller articles.</source>
            <translation>В статье знаков: {length}, а можно не больше {limit}. Разделите её на статьи поменьше.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/claimdesk/core/domain/errors.py" line="+21" />
            <source>The quote “{quote}” occurs %n time(s) in the article; occurrence {occurrence} does not exist.</source>
            <translation>
                <numerusform>Цитата «{quote}» встречается в статье %n раз; вхождения {occurrence} нет.</numerusform>
                <numerusform>Цитата «{quote}» встречается в статье %n раза; вхождения {occurrence} нет.</numerusform>
                <numerusform>Цитата «{quote}» встречается в статье %n раз; вхождения {occurrence} нет.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>The catalogue {location} cannot be used: this catalogue's version table is damaged (it names %n schema version(s) instead of one: {found}): ClaimDesk will not write into it. Recover what is readable into a new file (in the app, or with claimdesk-cli recover), or open a backup.</source>
            <translation>
                <numerusform>Каталогом {location} нельзя пользоваться: его таблица версий повреждена (в ней %n версия схемы вместо одной: {found}): ClaimDesk не будет в него записывать. Восстановите то, что читается, в новый файл (в приложении или командой claimdesk-cli recover) или откройте резервную копию.</numerusform>
                <numerusform>Каталогом {location} нельзя пользоваться: его таблица версий повреждена (в ней %n версии схемы вместо одной: {found}): ClaimDesk не будет в него записывать. Восстановите то, что читается, в новый файл (в приложении или командой claimdesk-cli recover) или откройте резервную копию.</numerusform>
                <numerusform>Каталогом {location} нельзя пользоваться: его таблица версий повреждена (в ней %n версий схемы вместо одной: {found}): ClaimDesk не будет в него записывать. Восстановите то, что читается, в новый файл (в приложении или командой claimdesk-cli recover) или откройте резервную копию.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>The status “{label}” cannot be removed: %n cluster(s) have it. Give those clusters another status first (or rename this one). Nothing was changed.</source>
            <translation>
                <numerusform>Статус «{label}» нельзя удалить: он стоит у %n кластера. Сначала дайте этим кластерам другой статус (или переименуйте этот). Ничего не изменено.</numerusform>
                <numerusform>Статус «{label}» нельзя удалить: он стоит у %n кластеров. Сначала дайте этим кластерам другой статус (или переименуйте этот). Ничего не изменено.</numerusform>
                <numerusform>Статус «{label}» нельзя удалить: он стоит у %n кластеров. Сначала дайте этим кластерам другой статус (или переименуйте этот). Ничего не изменено.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+45" />
            <source>There is no article with id {ident} in this catalogue.</source>
            <translation>В этом каталоге нет статьи с номером {ident}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no claim with id {ident} in this catalogue.</source>
            <translation>В этом каталоге нет утверждения с номером {ident}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no speaker with id {ident} in this catalogue.</source>
            <translation>В этом каталоге нет спикера с номером {ident}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no cluster with id {ident} in this catalogue.</source>
            <translation>В этом каталоге нет кластера с номером {ident}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no page snapshot with id {ident} in this catalogue.</source>
            <translation>В этом каталоге нет снимка страницы с номером {ident}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no speaker alias with id {ident} in this catalogue.</source>
            <translation>В этом каталоге нет другого имени спикера с номером {ident}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no claim link with id {ident} in this catalogue.</source>
            <translation>В этом каталоге нет связи утверждений с номером {ident}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no verdict status with id {ident} in this catalogue.</source>
            <translation>В этом каталоге нет статуса вердикта с номером {ident}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>There is no {what} with id {ident} in this catalogue.</source>
            <translation>В этом каталоге нет записи «{what}» с номером {ident}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Article {article} has no version {number}.</source>
            <translation>У статьи {article} нет версии {number}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The span {start}–{end} lies outside the article text, which is {length} characters long.</source>
            <translation>Фрагмент {start}–{end} лежит за пределами текста статьи (в нём {length} знаков).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The selection is empty: select some words of the article first.</source>
            <translation>Ничего не выделено: сначала выделите слова в статье.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The quote “{quote}” does not occur in the article.</source>
            <translation>Цитаты «{quote}» в статье нет.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>This article was changed by someone else since you opened it; nothing was saved. It now shows their version: check it and make your change again.</source>
            <translation>Пока статья была открыта, её изменил кто-то другой; ничего не сохранено. Теперь показана их версия: проверьте её и внесите изменение снова.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This claim was changed by someone else since you opened it; nothing was saved. It now shows their version: check it and make your change again.</source>
            <translation>Пока утверждение было открыто, его изменил кто-то другой; ничего не сохранено. Теперь показана их версия: проверьте её и внесите изменение снова.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This speaker was changed by someone else since you opened it; nothing was saved. It now shows their version: check it and make your change again.</source>
            <translation>Пока спикер был открыт, его изменил кто-то другой; ничего не сохранено. Теперь показана их версия: проверьте её и внесите изменение снова.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This cluster was changed by someone else since you opened it; nothing was saved. It now shows their version: check it and make your change again.</source>
            <translation>Пока кластер был открыт, его изменил кто-то другой; ничего не сохранено. Теперь показана их версия: проверьте её и внесите изменение снова.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This verdict status was changed by someone else since you opened it; nothing was saved. It now shows their version: check it and make your change again.</source>
            <translation>Пока статус вердикта был открыт, его изменил кто-то другой; ничего не сохранено. Теперь показана их версия: проверьте её и внесите изменение снова.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This record was changed by someone else since you opened it; nothing was saved. It now shows their version: check it and make your change again.</source>
            <translation>Пока запись была открыта, её изменил кто-то другой; ничего не сохранено. Теперь показана их версия: проверьте её и внесите изменение снова.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>There is nothing to redo.</source>
            <translation>Повторять нечего.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is nothing to undo.</source>
            <translation>Отменять нечего.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{description}” cannot be undone: the records it changed have been changed since.</source>
            <translation>«{description}» нельзя отменить: записи, которые это действие изменило, с тех пор изменились.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Not enough disk space for the backup before upgrading the catalogue {location} (needs {megabytes} MB; {detail}): the catalogue was left as it was. Free some space on that disk and open it again.</source>
            <translation>Недостаточно места на диске для резервной копии перед обновлением каталога {location} (нужно {megabytes} МБ; {detail}): каталог оставлен как был. Освободите место на этом диске и откройте каталог снова.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not enough disk space for the backup before upgrading the catalogue {location} (needs {megabytes} MB): the catalogue was left as it was. Free some space on that disk and open it again.</source>
            <translation>Недостаточно места на диске для резервной копии перед обновлением каталога {location} (нужно {megabytes} МБ): каталог оставлен как был. Освободите место на этом диске и откройте каталог снова.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The catalogue {location} is damaged ({detail}): ClaimDesk will not write into it. Recover what is readable into a new file (in the app, or with claimdesk-cli recover), or open a backup.</source>
            <translation>Каталог {location} повреждён ({detail}): ClaimDesk не будет в него записывать. Восстановите то, что читается, в новый файл (в приложении или командой claimdesk-cli recover) или откройте резервную копию.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The catalogue {location} is damaged: ClaimDesk will not write into it. Recover what is readable into a new file (in the app, or with claimdesk-cli recover), or open a backup.</source>
            <translation>Каталог {location} повреждён: ClaimDesk не будет в него записывать. Восстановите то, что читается, в новый файл (в приложении или командой claimdesk-cli recover) или откройте резервную копию.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The export was cancelled; no file was written.</source>
            <translation>Экспорт отменён; файл не записан.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The text given is the text article {article} (“{title}”) has now: there is no new version to store.</source>
            <translation>Это тот же текст, что сейчас у статьи {article} («{title}»): новой версии для сохранения нет.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/domain/export_formats.py" line="+50" />
            <source>CSV files</source>
            <translation>Файлы CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON Lines files</source>
            <translation>Файлы JSON Lines</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON files</source>
            <translation>Файлы JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>W3C Web Annotation files</source>
            <translation>Файлы W3C Web Annotation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>REFI-QDA projects</source>
            <translation>Проекты REFI-QDA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GraphML networks</source>
            <translation>Сети GraphML</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GEXF networks</source>
            <translation>Сети GEXF</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/domain/row_values.py" line="+39" />
            <source>The speaker's name is empty.</source>
            <translation>Имя спикера пустое.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The speaker's alias is empty.</source>
            <translation>Другое имя спикера пустое.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The speaker's name is longer than 300 characters.</source>
            <translation>Имя спикера длиннее 300 знаков.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The speaker's alias is longer than 300 characters.</source>
            <translation>Другое имя спикера длиннее 300 знаков.</translation>
        </message>
        <message>
            <source>The speaker's role is longer than 300 characters.</source>
            <translation>Должность спикера длиннее 300 знаков.</translation>
        </message>
        <message>
            <source>The speaker's organisation is longer than 300 characters.</source>
            <translation>Организация спикера длиннее 300 знаков.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Unknown kind “{kind}”; choose one of: {choices}.</source>
            <translation>Неизвестный вид «{kind}»; выберите один из: {choices}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A tag may be at most 200 characters long.</source>
            <translation>Метка может быть не длиннее 200 знаков.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/export/atomic.py" line="+71" />
            <source>Cannot write {target}: {reason}.</source>
            <translation>Не удалось записать {target}: {reason}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot write {target}: it is a symbolic link, and an export only writes regular files. Choose another name.</source>
            <translation>Нельзя записать {target}: это символическая ссылка, а экспорт записывает только обычные файлы. Выберите другое имя.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot write {target}: it is a folder, and an export only writes regular files. Choose another name.</source>
            <translation>Нельзя записать {target}: это папка, а экспорт записывает только обычные файлы. Выберите другое имя.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot write {target}: it is a device, and an export only writes regular files. Choose another name.</source>
            <translation>Нельзя записать {target}: это устройство, а экспорт записывает только обычные файлы. Выберите другое имя.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot write {target}: it is a named pipe, and an export only writes regular files. Choose another name.</source>
            <translation>Нельзя записать {target}: это именованный канал, а экспорт записывает только обычные файлы. Выберите другое имя.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cannot write {target}: it is a special file, and an export only writes regular files. Choose another name.</source>
            <translation>Нельзя записать {target}: это специальный файл, а экспорт записывает только обычные файлы. Выберите другое имя.</translation>
        </message>
        <message>
            <source>Cannot write {target}: it is a ClaimDesk catalogue or another SQLite database (or one of its working files), which an export never replaces. Choose another name.</source>
            <translation>Нельзя записать {target}: это каталог ClaimDesk или другая база данных SQLite (либо один из её рабочих файлов), а экспорт никогда их не заменяет. Выберите другое имя.</translation>
        </message>
        <message>
            <source>“{url}” is not a web address: write it as https://… (or leave it empty).</source>
            <translation>«{url}» — не веб-адрес: запишите его как https://… (или оставьте поле пустым).</translation>
        </message>
        <message>
            <source>“{language}” is not a language code: write it as two letters, such as ru or en (or leave it empty).</source>
            <translation>«{language}» — не код языка: запишите его двумя буквами, например ru или en (или оставьте поле пустым).</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Cannot write to the folder {folder}: {reason}.</source>
            <translation>Не удалось записать в папку {folder}: {reason}.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Cannot create a temporary file in {folder}.</source>
            <translation>Не удалось создать временный файл в папке {folder}.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/export/claim_json.py" line="+278" />
            <source>Article {article} was deleted during the export; export again.</source>
            <translation>Статью {article} удалили во время экспорта; запустите экспорт ещё раз.</translation>
        </message>
        <message>
            <location line="+70" />
            <source>The text of article {article} changed during the export; export again.</source>
            <translation>Текст статьи {article} изменился во время экспорта; запустите экспорт ещё раз.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/export/claim_review.py" line="+48" />
            <source>Cluster {cluster} cannot be exported as a ClaimReview without a finding (the status is “{status}”).</source>
            <translation>Кластер {cluster} нельзя экспортировать как ClaimReview без оценки (вердикт: «{status}»).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cluster {cluster} cannot be exported as a ClaimReview without the fact-check's address.</source>
            <translation>Кластер {cluster} нельзя экспортировать как ClaimReview без адреса фактчека.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cluster {cluster} cannot be exported as a ClaimReview without a reviewer.</source>
            <translation>Кластер {cluster} нельзя экспортировать как ClaimReview без проверяющего.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cluster {cluster} cannot be exported as a ClaimReview without a finding (the status is “{status}”), the fact-check's address.</source>
            <translation>Кластер {cluster} нельзя экспортировать как ClaimReview без оценки (вердикт: «{status}») и адреса фактчека.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cluster {cluster} cannot be exported as a ClaimReview without a finding (the status is “{status}”), a reviewer.</source>
            <translation>Кластер {cluster} нельзя экспортировать как ClaimReview без оценки (вердикт: «{status}») и проверяющего.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cluster {cluster} cannot be exported as a ClaimReview without the fact-check's address, a reviewer.</source>
            <translation>Кластер {cluster} нельзя экспортировать как ClaimReview без адреса фактчека и проверяющего.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cluster {cluster} cannot be exported as a ClaimReview without a finding (the status is “{status}”), the fact-check's address, a reviewer.</source>
            <translation>Кластер {cluster} нельзя экспортировать как ClaimReview без оценки (вердикт: «{status}»), адреса фактчека и проверяющего.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/export/networks.py" line="+261" />
            <source>{format} is not a network format.</source>
            <translation>{format} — не формат для экспорта сети.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/__init__.py" line="+81" />
            <source>a PDF document</source>
            <translation>документ PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a Word document</source>
            <translation>документ Word</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an OpenDocument text</source>
            <translation>текст OpenDocument</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a ZIP archive</source>
            <translation>архив ZIP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an old-style Office document</source>
            <translation>документ Office старого формата</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an RTF document</source>
            <translation>документ RTF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an image</source>
            <translation>изображение</translation>
        </message>
        <message>
            <location line="+1" />
            <source>binary data</source>
            <translation>двоичные данные</translation>
        </message>
        <message>
            <location line="+18" />
            <location filename="../../src/claimdesk/core/importers/encoding.py" line="+81" />
            <source>{file} is empty.</source>
            <translation>Файл {file} пуст.</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../src/claimdesk/core/importers/docx.py" line="+49" />
            <location filename="../../src/claimdesk/core/importers/markdown.py" line="+60" />
            <location filename="../../src/claimdesk/core/importers/odt.py" line="+42" />
            <location filename="../../src/claimdesk/core/importers/rtf.py" line="+34" />
            <source>{file} holds no text.</source>
            <translation>В файле {file} нет текста.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{file} is an old Word .doc file: open it in Word or LibreOffice, save it as .docx and import that.</source>
            <translation>{file} — файл Word старого формата (.doc): откройте его в Word или LibreOffice, сохраните как .docx и импортируйте новый файл.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{file} is {format}, not an article ClaimDesk reads.</source>
            <translation>{file} — это {format}, а не статья, которую может прочитать ClaimDesk.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{file} is not a web page: it holds {format}.</source>
            <translation>{file} — не веб-страница: по содержимому это {format}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not {format}: it holds plain text or HTML. Rename it to .txt or .html to import it.</source>
            <translation>{file} — не {format}: внутри простой текст или HTML. Чтобы импортировать файл, дайте ему расширение .txt или .html.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is damaged or not {format}.</source>
            <translation>Файл {file} повреждён, или это не {format}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} is damaged or not {format} (it holds {content}).</source>
            <translation>Файл {file} повреждён, или это не {format} (по содержимому это {content}).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{file} is not a text file: it holds binary data.</source>
            <translation>{file} — не текстовый файл: в нём двоичные данные.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} is not a text file: it holds {format} (binary data). Rename it to .{extension} to import it.</source>
            <translation>{file} — не текстовый файл: по содержимому это {format} (двоичные данные). Чтобы импортировать файл, дайте ему расширение .{extension}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not a text file: it holds {format} (binary data).</source>
            <translation>{file} — не текстовый файл: по содержимому это {format} (двоичные данные).</translation>
        </message>
        <message>
            <location line="+72" />
            <source>The dateline gives {dateline} but no year: add the year to the date.</source>
            <translation>В датировке статьи ({dateline}) нет года: добавьте год к дате.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The text was decoded as {encoding}.</source>
            <translation>Текст прочитан в кодировке {encoding}.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>1 other file left out ({kinds}): not a kind ClaimDesk imports</source>
            <translation>Пропущен 1 файл другого типа ({kinds}): такие файлы ClaimDesk не импортирует</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{total:,} other files left out ({kinds}): not a kind ClaimDesk imports</source>
            <translation>Пропущено файлов других типов: {total} ({kinds}); такие файлы ClaimDesk не импортирует</translation>
        </message>
        <message>
            <location line="+19" />
            <source>no extension</source>
            <translation>без расширения</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/base.py" line="+58" />
            <location line="+122" />
            <source>{file} is a folder, not a file.</source>
            <translation>{file} — папка, а не файл.</translation>
        </message>
        <message>
            <location line="-104" />
            <source>{path} does not exist.</source>
            <translation>{path} не существует.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} cannot be read: permission denied.</source>
            <translation>Не удалось прочитать {file}: нет прав доступа.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} cannot be read: {reason}.</source>
            <translation>Не удалось прочитать {file}: {reason}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{file} is not a file but a named pipe: save what it gives to a file and import that.</source>
            <translation>{file} — не файл, а именованный канал: сохраните то, что он выдаёт, в файл и импортируйте его.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} is not a file but a socket: save what it gives to a file and import that.</source>
            <translation>{file} — не файл, а сокет: сохраните то, что он выдаёт, в файл и импортируйте его.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} is not a file but a device: save what it gives to a file and import that.</source>
            <translation>{file} — не файл, а устройство: сохраните то, что оно выдаёт, в файл и импортируйте его.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} is not a file but a special file: save what it gives to a file and import that.</source>
            <translation>{file} — не обычный файл, а специальный: сохраните то, что он выдаёт, в обычный файл и импортируйте его.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{file} is {size}; ClaimDesk opens files of at most {limit}.</source>
            <translation>Размер {file} — {size}; ClaimDesk открывает файлы не больше {limit}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is over {limit}; ClaimDesk opens files of at most {limit}.</source>
            <translation>Размер {file} больше {limit}; ClaimDesk открывает файлы не больше {limit}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} is {size}; ClaimDesk opens text files of at most {limit}. Split it into smaller files.</source>
            <translation>Размер {file} — {size}; ClaimDesk открывает текстовые файлы не больше {limit}. Разделите его на файлы поменьше.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} is over {limit}; ClaimDesk opens text files of at most {limit}. Split it into smaller files.</source>
            <translation>Размер {file} больше {limit}; ClaimDesk открывает текстовые файлы не больше {limit}. Разделите его на файлы поменьше.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file} is {size}; ClaimDesk opens Markdown files of at most {limit}. Split it into smaller files.</source>
            <translation>Размер {file} — {size}; ClaimDesk открывает файлы Markdown не больше {limit}. Разделите его на файлы поменьше.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} is over {limit}; ClaimDesk opens Markdown files of at most {limit}. Split it into smaller files.</source>
            <translation>Размер {file} больше {limit}; ClaimDesk открывает файлы Markdown не больше {limit}. Разделите его на файлы поменьше.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file} is {size}; ClaimDesk opens RTF files of at most {limit}. Split it into smaller files.</source>
            <translation>Размер {file} — {size}; ClaimDesk открывает файлы RTF не больше {limit}. Разделите его на файлы поменьше.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file} is over {limit}; ClaimDesk opens RTF files of at most {limit}. Split it into smaller files.</source>
            <translation>Размер {file} больше {limit}; ClaimDesk открывает файлы RTF не больше {limit}. Разделите его на файлы поменьше.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>{file} takes too long to read (over {seconds:.0f} seconds): it may be damaged. Open it in its editor and save or export it again, or copy its text.</source>
            <translation>{file} читается слишком долго (больше {seconds:.0f} с): возможно, файл повреждён. Откройте его в редакторе и сохраните или экспортируйте заново либо скопируйте из него текст.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{file} holds more text than that; ClaimDesk stores articles of at most {limit:,} characters. Split it into smaller files.</source>
            <translation>В {file} больше текста, чем умещается в статье: ClaimDesk хранит статьи не длиннее {limit} знаков. Разделите его на файлы поменьше.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{file} holds {chars:,} characters; ClaimDesk stores articles of at most {limit:,} characters. Split it into smaller files.</source>
            <translation>Знаков в {file}: {chars}; ClaimDesk хранит статьи не длиннее {limit} знаков. Разделите его на файлы поменьше.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/batch.py" line="-29" />
            <source>{file}: {kind}: {detail}</source>
            <translation>{file}: {kind}: {detail}</translation>
        </message>
        <message>
            <location line="+274" />
            <source>{file} could not be read: the reader stopped on it ({kind}).</source>
            <translation>Не удалось прочитать {file}: чтение файла аварийно прервалось ({kind}).</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/encoding.py" line="+21" />
            <source>{file} is a binary file, not text.</source>
            <translation>{file} — двоичный файл, а не текст.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{file}: 1 byte is not valid {encoding} (at byte {first:,}, line {line:,}) and shown as “�”: check the text there, or save the file again as {encoding} and re-import it.</source>
            <translation>{file}: 1 байт недопустим в кодировке {encoding} (байт {first}, строка {line}) и показан как «�»: проверьте текст в этом месте или сохраните файл заново в {encoding} и импортируйте ещё раз.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file}: {bad:,} bytes are not valid {encoding} (the first at byte {first:,}, line {line:,}) and shown as “�”: check the text there, or save the file again as {encoding} and re-import it.</source>
            <translation>{file}: байтов, недопустимых в кодировке {encoding}: {bad} (первый — байт {first}, строка {line}); они показаны как «�»: проверьте текст в этих местах или сохраните файл заново в {encoding} и импортируйте ещё раз.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>{file} is not text in an encoding ClaimDesk recognises (it may be a binary file): open it in a text editor, save it as UTF-8 and import that.</source>
            <translation>{file} — не текст в кодировке, которую распознаёт ClaimDesk (возможно, это двоичный файл): откройте его в текстовом редакторе, сохраните в UTF-8 и импортируйте новый файл.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/html.py" line="+120" />
            <source>{file} is too large a web page to read ({chars:,} characters and {elements:,} elements of markup without its scripts and styles; ClaimDesk reads up to {max_chars:,} characters and {max_elements:,} elements). Save the article alone (the browser's reader view, or print it to PDF), or copy its text and paste it.</source>
            <translation>Веб-страница {file} слишком велика (без скриптов и стилей в её разметке знаков: {chars}, элементов: {elements}; ClaimDesk читает не больше {max_chars} знаков и {max_elements} элементов). Сохраните только статью (режим чтения в браузере или печать в PDF) либо скопируйте и вставьте её текст.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{file} holds no article text: the page has only navigation, forms or a few words (its article may be loaded by scripts). Save the article page itself, or copy the article's text and paste it.</source>
            <translation>В {file} нет текста статьи: на странице только навигация, формы или несколько слов (возможно, статью загружают скрипты). Сохраните саму страницу статьи либо скопируйте и вставьте её текст.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/limits.py" line="+102" />
            <source>{size:.0f} MB</source>
            <translation>{size:.0f} МБ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{size:,} bytes</source>
            <translation>{size} Б</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/metadata.py" line="+97" />
            <source>{date} {year}</source>
            <translation>{date} {year} г.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{place}, {date}, {outlet}</source>
            <translation>{place}, {date}, {outlet}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{place}, {date}</source>
            <translation>{place}, {date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{place}, {outlet}</source>
            <translation>{place}, {outlet}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{day} January</source>
            <translation>{day} января</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{day} February</source>
            <translation>{day} февраля</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{day} March</source>
            <translation>{day} марта</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{day} April</source>
            <translation>{day} апреля</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{day} May</source>
            <translation>{day} мая</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{day} June</source>
            <translation>{day} июня</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{day} July</source>
            <translation>{day} июля</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{day} August</source>
            <translation>{day} августа</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{day} September</source>
            <translation>{day} сентября</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{day} October</source>
            <translation>{day} октября</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{day} November</source>
            <translation>{day} ноября</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{day} December</source>
            <translation>{day} декабря</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/pdf.py" line="+34" />
            <source>{file} is damaged or not a PDF file (it does not start as one).</source>
            <translation>Файл {file} повреждён, или это не PDF (он начинается не так, как PDF).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file} is incomplete (the file is cut short); download or copy it again.</source>
            <translation>Файл {file} неполный (он обрывается раньше конца); скачайте или скопируйте его ещё раз.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{file} has no text layer (is it a scan?): run OCR on it first (for example with ocrmypdf), or copy its text from a viewer and paste it.</source>
            <translation>В {file} нет текстового слоя (это скан?): сначала распознайте в нём текст (например, с помощью ocrmypdf) либо скопируйте текст из программы просмотра и вставьте его.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/pdf_pages.py" line="+99" />
            <source>{file} is too complex to read: its pages draw more than {limit:,} operations (ClaimDesk's limit). Split it into smaller PDFs, or copy its text from a viewer and paste it.</source>
            <translation>{file} слишком сложен для чтения: на его страницах больше {limit} операций рисования (предел ClaimDesk). Разделите его на PDF поменьше либо скопируйте текст из программы просмотра и вставьте его.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{file} is password-protected.</source>
            <translation>{file} защищён паролем.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{file} is damaged: its pages cannot be read ({kind}). Open it in a PDF viewer and save or print it to a new PDF, then import that.</source>
            <translation>{file} повреждён: его страницы не читаются ({kind}). Откройте его в программе просмотра PDF, сохраните или напечатайте в новый PDF и импортируйте его.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{file} is encrypted in a way ClaimDesk cannot open ({reason}).</source>
            <translation>{file} зашифрован так, что ClaimDesk не может его открыть ({reason}).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{file} is password-protected: open it with its password and save an unprotected copy (or print it to PDF), then import that.</source>
            <translation>{file} защищён паролем: откройте его с паролем и сохраните копию без защиты (или напечатайте его в PDF), затем импортируйте эту копию.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} has {count:,} pages; ClaimDesk reads PDFs of at most {limit:,} pages. Split it (for example with qpdf --split-pages) and import the parts.</source>
            <translation>Страниц в {file}: {count}; ClaimDesk читает PDF не длиннее {limit} страниц. Разделите его (например, с помощью qpdf --split-pages) и импортируйте части.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/qdpx.py" line="+73" />
            <source>{file}: the source “{title}” has no plain text inside the project (ClaimDesk reads text sources with an internal plainTextPath or PlainTextContent).</source>
            <translation>{file}: у источника «{title}» нет простого текста внутри проекта (ClaimDesk читает текстовые источники с внутренним plainTextPath или с PlainTextContent).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file}: an untitled source has no plain text inside the project (ClaimDesk reads text sources with an internal plainTextPath or PlainTextContent).</source>
            <translation>{file}: у источника без названия нет простого текста внутри проекта (ClaimDesk читает текстовые источники с внутренним plainTextPath или с PlainTextContent).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file}: the source “{title}” refers to {part}, which is missing.</source>
            <translation>{file}: источник «{title}» ссылается на {part}, а этой части в файле нет.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file}: an untitled source refers to {part}, which is missing.</source>
            <translation>{file}: источник без названия ссылается на {part}, а этой части в файле нет.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file}: the source “{title}” unpacks to {size}, more than an article can hold; it may be a “zip bomb”.</source>
            <translation>{file}: источник «{title}» распаковывается в {size} — больше, чем вмещает статья; возможно, это «ZIP-бомба».</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file}: an untitled source unpacks to {size}, more than an article can hold; it may be a “zip bomb”.</source>
            <translation>{file}: источник без названия распаковывается в {size} — больше, чем вмещает статья; возможно, это «ZIP-бомба».</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file}: the text of the source “{title}” is not UTF-8, as REFI-QDA requires.</source>
            <translation>{file}: текст источника «{title}» не в UTF-8, а REFI-QDA требует UTF-8.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file}: the text of an untitled source is not UTF-8, as REFI-QDA requires.</source>
            <translation>{file}: текст источника без названия не в UTF-8, а REFI-QDA требует UTF-8.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file}: a selection in the source “{title}” runs from {start} to {end}, outside its text of {length:,} characters.</source>
            <translation>{file}: выделение в источнике «{title}» идёт с {start} по {end}, за пределы его текста (знаков в нём: {length}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file}: a selection in an untitled source runs from {start} to {end}, outside its text of {length:,} characters.</source>
            <translation>{file}: выделение в источнике без названия идёт с {start} по {end}, за пределы его текста (знаков в нём: {length}).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file}: a selection in the source “{title}” ({start}–{end}) holds only white space.</source>
            <translation>{file}: в выделении в источнике «{title}» ({start}–{end}) только пробельные символы.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file}: a selection in an untitled source ({start}–{end}) holds only white space.</source>
            <translation>{file}: в выделении в источнике без названия ({start}–{end}) только пробельные символы.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file}: a selection in the source “{title}” has {attribute}=“{value}”, not a whole number.</source>
            <translation>{file}: у выделения в источнике «{title}» {attribute}=«{value}» — это не целое число.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{file}: a selection in an untitled source has {attribute}=“{value}”, not a whole number.</source>
            <translation>{file}: у выделения в источнике без названия {attribute}=«{value}» — это не целое число.</translation>
        </message>
        <message>
            <location line="+95" />
            <location filename="../../src/claimdesk/core/importers/web_annotation.py" line="+211" />
            <source>Cannot read {file}: {reason}.</source>
            <translation>Не удаётся прочитать {file}: {reason}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} is larger than {limit}, the most ClaimDesk reads as a REFI-QDA project: export it in parts.</source>
            <translation>Файл {file} больше {limit} — это самый большой проект REFI-QDA, который читает ClaimDesk: экспортируйте проект частями.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{file} is damaged or not a REFI-QDA project (.qdpx) (it is not a complete ZIP archive).</source>
            <translation>Файл {file} повреждён или это не проект REFI-QDA (.qdpx) (это не полный ZIP-архив).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not a REFI-QDA project (.qdpx) (it has no {part}).</source>
            <translation>Файл {file} — не проект REFI-QDA (.qdpx) (в нём нет {part}).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{file} unpacks to {size} (ClaimDesk reads at most {limit}); it may be a “zip bomb”.</source>
            <translation>Файл {file} распаковывается в {size} (ClaimDesk читает не больше {limit}); возможно, это «ZIP-бомба».</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{file} is damaged: its {part} cannot be unpacked.</source>
            <translation>Файл {file} повреждён: его часть {part} не распаковывается.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{file} is damaged: its {part} is not well-formed XML ({reason}).</source>
            <translation>Файл {file} повреждён: его {part} — не корректный XML ({reason}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is refused: its {part} declares a DTD (entities), which a REFI-QDA project never needs.</source>
            <translation>Файл {file} отклонён: его {part} объявляет DTD (сущности), а проекту REFI-QDA это никогда не нужно.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{file} is not a REFI-QDA project (.qdpx): its {part} holds a &lt;Project&gt; outside the namespace {namespace}.</source>
            <translation>Файл {file} — не проект REFI-QDA (.qdpx): в его {part} находится &lt;Project&gt; вне пространства имён {namespace}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not a REFI-QDA project (.qdpx): its {part} holds &lt;{element}&gt; rather than a &lt;Project&gt;.</source>
            <translation>Файл {file} — не проект REFI-QDA (.qdpx): в его {part} находится &lt;{element}&gt;, а не &lt;Project&gt;.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/rtf.py" line="-14" />
            <source>{file} is not an RTF document (it does not start as one).</source>
            <translation>{file} — не документ RTF (он начинается не так, как RTF).</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/rtf_text.py" line="+166" />
            <source>{file} is damaged or hostile: its groups nest more than {depth} deep. Open it in its editor and save it again.</source>
            <translation>{file} повреждён или составлен со злым умыслом: глубина вложенности его групп больше {depth}. Откройте его в редакторе и сохраните заново.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/text.py" line="+30" />
            <source>{file} holds only white space.</source>
            <translation>В {file} только пробельные символы.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/claimdesk/core/importers/web.py" line="+91" />
            <source>{host} redirected the page more than %n time(s) (last to {target}): open it in a browser, save it and import the file.</source>
            <translation>
                <numerusform>Сайт {host} перенаправил страницу больше %n раза (последний раз — на {target}): откройте её в браузере, сохраните и импортируйте файл.</numerusform>
                <numerusform>Сайт {host} перенаправил страницу больше %n раз (последний раз — на {target}): откройте её в браузере, сохраните и импортируйте файл.</numerusform>
                <numerusform>Сайт {host} перенаправил страницу больше %n раз (последний раз — на {target}): откройте её в браузере, сохраните и импортируйте файл.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{host} is sending the page too slowly (it took over %n second(s)). Try again later, or open the page in a browser, save it and import the file.</source>
            <translation>
                <numerusform>Сайт {host} передаёт страницу слишком медленно (дольше %n секунды). Попробуйте позже или откройте страницу в браузере, сохраните её и импортируйте файл.</numerusform>
                <numerusform>Сайт {host} передаёт страницу слишком медленно (дольше %n секунд). Попробуйте позже или откройте страницу в браузере, сохраните её и импортируйте файл.</numerusform>
                <numerusform>Сайт {host} передаёт страницу слишком медленно (дольше %n секунд). Попробуйте позже или откройте страницу в браузере, сохраните её и импортируйте файл.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>{host} is sending the page too slowly (it took over {seconds:g} seconds). Try again later, or open the page in a browser, save it and import the file.</source>
            <translation>Сайт {host} передаёт страницу слишком медленно (дольше {seconds:g} секунды). Попробуйте позже или откройте страницу в браузере, сохраните её и импортируйте файл.</translation>
        </message>
        <message>
            <location line="+107" />
            <source>Type a web address, such as https://example.com/news/article.</source>
            <translation>Введите веб-адрес, например https://example.com/news/article.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>ClaimDesk fetches web pages from http:// and https:// addresses only, not “file:” addresses. For a file on this computer, import the file itself.</source>
            <translation>ClaimDesk загружает веб-страницы только по адресам http:// и https://, а не по адресам «file:». Файл с этого компьютера импортируйте как файл.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>ClaimDesk fetches web pages from http:// and https:// addresses only, not “{scheme}:” addresses.</source>
            <translation>ClaimDesk загружает веб-страницы только по адресам http:// и https://, а не по адресам «{scheme}:».</translation>
        </message>
        <message>
            <location line="+9" />
            <source>ClaimDesk fetches web pages from http:// and https:// addresses only, not addresses without http:// or https://.</source>
            <translation>ClaimDesk загружает веб-страницы только по адресам http:// и https://, а не по адресам без http:// или https://.</translation>
        </message>
        <message>
            <location line="+134" />
            <source>{host} sends the page round in a circle of redirects (back to {target}). The site may want cookies or a login: open the page in a browser, save it (Save page as…) and import the file.</source>
            <translation>Сайт {host} гоняет страницу по кругу перенаправлений (обратно на {target}). Возможно, сайту нужны файлы cookie или вход: откройте страницу в браузере, сохраните её («Сохранить страницу как…») и импортируйте файл.</translation>
        </message>
        <message>
            <location line="+78" />
            <source>{host} redirected the page to a “{scheme}:” address, which ClaimDesk does not fetch.</source>
            <translation>Сайт {host} перенаправил страницу на адрес «{scheme}:», а с таких адресов ClaimDesk не загружает.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{host} redirected the page to an address that is not valid ({location}).</source>
            <translation>Сайт {host} перенаправил страницу на недопустимый адрес ({location}).</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/web_annotation.py" line="-85" />
            <source>claimdesk:textHash is not text.</source>
            <translation>claimdesk:textHash — не текст.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>claimdesk:textHash holds a NUL character.</source>
            <translation>claimdesk:textHash содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its title is not text.</source>
            <translation>её заголовок — не текст.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its title holds a NUL character.</source>
            <translation>её заголовок содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its outlet is not text.</source>
            <translation>её издание — не текст.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its outlet holds a NUL character.</source>
            <translation>её издание содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its url is not text.</source>
            <translation>её адрес (url) — не текст.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its url holds a NUL character.</source>
            <translation>её адрес (url) содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its language is not text.</source>
            <translation>её язык — не текст.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its language holds a NUL character.</source>
            <translation>её язык содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the target's source is not text.</source>
            <translation>источник цели (target) — не текст.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the target's source holds a NUL character.</source>
            <translation>источник цели (target) содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the quote (exact) is not text.</source>
            <translation>цитата (exact) — не текст.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the quote (exact) holds a NUL character.</source>
            <translation>цитата (exact) содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the prefix is not text.</source>
            <translation>текст перед цитатой (prefix) — не текст.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the prefix holds a NUL character.</source>
            <translation>текст перед цитатой (prefix) содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the suffix is not text.</source>
            <translation>текст после цитаты (suffix) — не текст.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the suffix holds a NUL character.</source>
            <translation>текст после цитаты (suffix) содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the speaker is not text.</source>
            <translation>имя спикера — не текст.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the speaker holds a NUL character.</source>
            <translation>имя спикера содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the speaker's role is not text.</source>
            <translation>должность спикера — не текст.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the speaker's role holds a NUL character.</source>
            <translation>должность спикера содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the organisation is not text.</source>
            <translation>организация — не текст.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the organisation holds a NUL character.</source>
            <translation>организация содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a tag is not text.</source>
            <translation>одна из меток — не текст.</translation>
        </message>
        <message>
            <source>one of the speaker's aliases is not text.</source>
            <translation>одно из других имён спикера — не текст.</translation>
        </message>
        <message>
            <source>one of the speaker's aliases holds a NUL character.</source>
            <translation>в одном из других имён спикера есть символ NUL.</translation>
        </message>
        <message>
            <source>the speaker's aliases are not a list.</source>
            <translation>другие имена спикера записаны не списком.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a tag holds a NUL character.</source>
            <translation>одна из меток содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the note is not text.</source>
            <translation>заметка — не текст.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the note holds a NUL character.</source>
            <translation>заметка содержит символ NUL.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>{file} is {size:.0f} MB; annotation files of up to {limit} MB are read: split it.</source>
            <translation>Размер файла {file} — {size:.0f} МБ; читаются файлы аннотаций не больше {limit} МБ: разделите его.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{file} is too large to be an annotation file.</source>
            <translation>Файл {file} слишком велик для файла аннотаций.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} is empty: export the annotations again.</source>
            <translation>Файл {file} пуст: экспортируйте аннотации снова.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file} is not UTF-8 text (byte {byte}).</source>
            <translation>Файл {file} — не текст в UTF-8 (байт {byte}).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} is not valid JSON: {reason} (line {line}, column {column}).</source>
            <translation>Файл {file} — не корректный JSON: {reason} (строка {line}, столбец {column}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{file} is not valid JSON: {constant} is not JSON.</source>
            <translation>Файл {file} — не корректный JSON: {constant} — не значение JSON.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} is not valid JSON: {reason}.</source>
            <translation>Файл {file} — не корректный JSON: {reason}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file} holds no annotations.</source>
            <translation>В файле {file} нет аннотаций.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} holds {count:,} annotations; up to {limit:,} are imported at once: split it.</source>
            <translation>В файле {file} аннотаций: {count}; за один раз импортируется не больше {limit}: разделите его.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Annotation {number} in {file}: {problem}</source>
            <translation>Аннотация {number} в файле {file}: {problem}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{file}: claimdesk:articles is not a list.</source>
            <translation>{file}: claimdesk:articles — не список.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} carries {count:,} articles; up to {limit:,} are imported at once: split it.</source>
            <translation>В файле {file} передано статей: {count}; за один раз импортируется не больше {limit}: разделите его.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Article {number} carried in {file}: {problem}</source>
            <translation>Статья {number}, переданная в файле {file}: {problem}</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+129" />
            <source>it is not a JSON object.</source>
            <translation>это не объект JSON.</translation>
        </message>
        <message>
            <location line="-126" />
            <source>it has no text (claimdesk:text).</source>
            <translation>у неё нет текста (claimdesk:text).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its text is {length:,} characters long; articles of up to {limit:,} are stored.</source>
            <translation>в её тексте знаков: {length}; сохраняются статьи не длиннее {limit} знаков.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>its text is not the one its claimdesk:textHash names (was it changed after the export?).</source>
            <translation>её текст не тот, что назван в её claimdesk:textHash (его изменили после экспорта?).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>its date (claimdesk:published) is not text.</source>
            <translation>её дата (claimdesk:published) — не текст.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>{file} is not an annotation, a page or a collection of them.</source>
            <translation>Файл {file} — не аннотация, не страница аннотаций и не их коллекция.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{file}: the collection's first page is not in the file (only embedded pages are read).</source>
            <translation>{file}: первой страницы коллекции в файле нет (читаются только встроенные страницы).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{file}: the collection has further pages, which are not read.</source>
            <translation>{file}: у коллекции есть и другие страницы, они не читаются.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file} is not an Annotation, AnnotationPage or AnnotationCollection (its type is {type}).</source>
            <translation>Файл {file} — не Annotation, не AnnotationPage и не AnnotationCollection (его тип: {type}).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>{file}: the page's items are not a list.</source>
            <translation>{file}: элементы страницы (items) — не список.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>the TextPositionSelector's start is not a whole number of 0 or more.</source>
            <translation>начало (start) в TextPositionSelector — не целое число от 0 и больше.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the TextPositionSelector's end is not a whole number of 0 or more.</source>
            <translation>конец (end) в TextPositionSelector — не целое число от 0 и больше.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>its @context does not include {context}.</source>
            <translation>её @context не включает {context}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>it has no id.</source>
            <translation>у неё нет id.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>its type is not Annotation.</source>
            <translation>её тип — не Annotation.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>it has more than one target (a claim has one span).</source>
            <translation>у неё больше одной цели (target), а у утверждения один фрагмент.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>its target names no source and selector.</source>
            <translation>в её цели (target) не указаны источник и селектор.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>its target has no source.</source>
            <translation>у её цели (target) нет источника.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>a selector is not a JSON object.</source>
            <translation>один из селекторов — не объект JSON.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the quote (exact) is empty.</source>
            <translation>цитата (exact) пуста.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the TextPositionSelector's end ({end}) is not after its start.</source>
            <translation>конец ({end}) в TextPositionSelector стоит не после начала.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>its target has neither a TextQuoteSelector nor a TextPositionSelector.</source>
            <translation>в её цели (target) нет ни TextQuoteSelector, ни TextPositionSelector.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>its kind {kind} is not one of: {kinds}.</source>
            <translation>указанный в ней тип утверждения {kind} не из числа допустимых: {kinds}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>it names more than one speaker.</source>
            <translation>в ней названо больше одного спикера.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/web_errors.py" line="+20" />
            <source>The server answered {status}: the site did not understand the address. Check it. ({url})</source>
            <translation>Сервер ответил {status}: сайт не понял адрес. Проверьте его. ({url})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server answered {status}: the page needs a login. Open the page in a browser, save it (Save page as…) and import the file. ({url})</source>
            <translation>Сервер ответил {status}: для этой страницы нужно войти в учётную запись. Откройте страницу в браузере, сохраните её («Сохранить страницу как…») и импортируйте файл. ({url})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The server answered {status}: the page is for subscribers only. Open the page in a browser, save it (Save page as…) and import the file. ({url})</source>
            <translation>Сервер ответил {status}: страница доступна только подписчикам. Откройте страницу в браузере, сохраните её («Сохранить страницу как…») и импортируйте файл. ({url})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The server answered {status}: the site does not let ClaimDesk read this page (it may need a login or a subscription, or turn programs away). Open the page in a browser, save it (Save page as…) and import the file. ({url})</source>
            <translation>Сервер ответил {status}: сайт не даёт ClaimDesk прочитать эту страницу (возможно, нужны вход или подписка, либо сайт не пускает программы). Откройте страницу в браузере, сохраните её («Сохранить страницу как…») и импортируйте файл. ({url})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server answered {status}: the page is not there (any more). Check the address. ({url})</source>
            <translation>Сервер ответил {status}: такой страницы нет (или уже нет). Проверьте адрес. ({url})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The server answered {status}: the page has been removed from the site. ({url})</source>
            <translation>Сервер ответил {status}: страница удалена с сайта. ({url})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server answered {status}: the site is getting too many requests. Wait a few minutes and try again. ({url})</source>
            <translation>Сервер ответил {status}: на сайт приходит слишком много запросов. Подождите несколько минут и попробуйте снова. ({url})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The server answered {status}: the page is not available here for legal reasons. ({url})</source>
            <translation>Сервер ответил {status}: страница здесь недоступна по юридическим причинам. ({url})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server answered {status}: the site has a problem of its own (not your address or your connection). Try again later. ({url})</source>
            <translation>Сервер ответил {status}: неполадки на самом сайте (дело не в адресе и не в вашем подключении). Попробуйте позже. ({url})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The server answered {status}: the site refused to give the page. Check the address. ({url})</source>
            <translation>Сервер ответил {status}: сайт отказался отдать страницу. Проверьте адрес. ({url})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server answered {status}: it sent no page to read. Open the page in a browser, save it (Save page as…) and import the file. ({url})</source>
            <translation>Сервер ответил {status}: страницы для чтения он не прислал. Откройте страницу в браузере, сохраните её («Сохранить страницу как…») и импортируйте файл. ({url})</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{address}” is not a web address ClaimDesk can fetch: check it.</source>
            <translation>«{address}» — не веб-адрес, по которому ClaimDesk может загрузить страницу: проверьте его.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{host} did not answer within %n second(s): the site may be down or very slow, or the connection is poor. Try again later.</source>
            <translation>
                <numerusform>Сайт {host} не ответил за %n секунду: возможно, он не работает или очень медленный, либо плохая связь. Попробуйте позже.</numerusform>
                <numerusform>Сайт {host} не ответил за %n секунды: возможно, он не работает или очень медленный, либо плохая связь. Попробуйте позже.</numerusform>
                <numerusform>Сайт {host} не ответил за %n секунд: возможно, он не работает или очень медленный, либо плохая связь. Попробуйте позже.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>{host} did not answer within {seconds:g} seconds: the site may be down or very slow, or the connection is poor. Try again later.</source>
            <translation>Сайт {host} не ответил за {seconds:g} секунды: возможно, он не работает или очень медленный, либо плохая связь. Попробуйте позже.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{host} stopped sending the page (nothing came for %n second(s)). Try again later.</source>
            <translation>
                <numerusform>Сайт {host} перестал передавать страницу (за %n секунду ничего не пришло). Попробуйте позже.</numerusform>
                <numerusform>Сайт {host} перестал передавать страницу (за %n секунды ничего не пришло). Попробуйте позже.</numerusform>
                <numerusform>Сайт {host} перестал передавать страницу (за %n секунд ничего не пришло). Попробуйте позже.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>{host} stopped sending the page (nothing came for {seconds:g} seconds). Try again later.</source>
            <translation>Сайт {host} перестал передавать страницу (за {seconds:g} секунды ничего не пришло). Попробуйте позже.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The page was not fetched: cancelled.</source>
            <translation>Страница не загружена: загрузка отменена.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The page at {host} is over {limit}; ClaimDesk fetches pages of at most {limit}, and stopped. Save the article alone (the browser's reader view, or print it to PDF) and import the file.</source>
            <translation>Страница на {host} больше {limit}; ClaimDesk загружает страницы не больше {limit} и прервал загрузку. Сохраните одну статью (режим чтения в браузере или печать в PDF) и импортируйте файл.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The page at {host} is {size}; ClaimDesk fetches pages of at most {limit}, and stopped. Save the article alone (the browser's reader view, or print it to PDF) and import the file.</source>
            <translation>Размер страницы на {host} — {size}; ClaimDesk загружает страницы не больше {limit} и прервал загрузку. Сохраните одну статью (режим чтения в браузере или печать в PDF) и импортируйте файл.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The site {host} was not found: check the address for typos, and check that this computer is connected to the internet.</source>
            <translation>Сайт {host} не найден: проверьте, нет ли в адресе опечаток и подключён ли этот компьютер к интернету.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{host} refused the connection (nothing answers there on port {port}): the site may be down, or the address wrong. Check it, or try again later.</source>
            <translation>Сайт {host} отклонил соединение (на порту {port} никто не отвечает): возможно, сайт не работает или адрес неверен. Проверьте адрес или попробуйте позже.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{host} cannot be reached ({reason}): check that this computer is connected to the internet, and try again.</source>
            <translation>Не удаётся связаться с {host} ({reason}): проверьте, подключён ли этот компьютер к интернету, и попробуйте снова.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The connection to {host} broke off before the page was complete. Try again.</source>
            <translation>Соединение с {host} оборвалось до того, как страница загрузилась целиком. Попробуйте снова.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{host} sent the page packed (compressed) in a damaged way. Try again later.</source>
            <translation>Сайт {host} прислал страницу сжатой, но повреждённой. Попробуйте позже.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The page at {url} could not be fetched: {reason}.</source>
            <translation>Не удалось загрузить страницу {url}: {reason}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The secure (https) connection to {host} was refused: the site's certificate is not valid (it could not be checked). Check the address; if it is right, the site has a problem with its certificate, and what it sends cannot be trusted to come from it.</source>
            <translation>Защищённое (https) соединение с {host} отклонено: сертификат сайта недействителен (его не удалось проверить). Проверьте адрес; если он верен, у сайта проблема с сертификатом, и нельзя быть уверенным, что присланное им действительно исходит от него.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The secure (https) connection to {host} was refused: the site's certificate is not valid ({reason}). Check the address; if it is right, the site has a problem with its certificate, and what it sends cannot be trusted to come from it.</source>
            <translation>Защищённое (https) соединение с {host} отклонено: сертификат сайта недействителен ({reason}). Проверьте адрес; если он верен, у сайта проблема с сертификатом, и нельзя быть уверенным, что присланное им действительно исходит от него.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The secure (https) connection to {host} could not be made: the server there does not answer in https; try the address with http://.</source>
            <translation>Не удалось установить защищённое (https) соединение с {host}: сервер там не отвечает по https; попробуйте адрес с http://.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The secure (https) connection to {host} could not be made: the site uses an old, insecure kind of https that is no longer accepted.</source>
            <translation>Не удалось установить защищённое (https) соединение с {host}: сайт использует старую, небезопасную разновидность https, которая больше не принимается.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The secure (https) connection to {host} could not be made: {reason}.</source>
            <translation>Не удалось установить защищённое (https) соединение с {host}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/web_page.py" line="+49" />
            <source>The address gives an image, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
            <translation>По этому адресу — изображение, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The address gives a video, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
            <translation>По этому адресу — видео, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The address gives a sound recording, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
            <translation>По этому адресу — звукозапись, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The address gives a font, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
            <translation>По этому адресу — шрифт, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The address gives JSON data, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
            <translation>По этому адресу — данные JSON, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The address gives a ZIP archive, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
            <translation>По этому адресу — архив ZIP, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The address gives an old Word .doc file, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
            <translation>По этому адресу — старый файл Word .doc, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The address gives {content_type}, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
            <translation>По этому адресу — {content_type}, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The address gives data of an unknown kind, not an article: ClaimDesk imports web pages, PDFs, plain text and Word, OpenDocument and RTF documents.</source>
            <translation>По этому адресу — данные неизвестного вида, а не статья: ClaimDesk импортирует веб-страницы, PDF, простой текст и документы Word, OpenDocument и RTF.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The page at {url} is empty.</source>
            <translation>Страница {url} пуста.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The page at {url} is not a web page: the server says it is {content_type}, but it holds binary data.</source>
            <translation>По адресу {url} не веб-страница: сервер называет её {content_type}, но в ней двоичные данные.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>The server said the page is in {declared}, but it is not: it was read as {used}. Check that the text reads right.</source>
            <translation>Сервер сообщил, что страница в кодировке {declared}, но это не так: она прочитана как {used}. Проверьте, правильно ли читается текст.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The page at {url} holds only white space.</source>
            <translation>На странице {url} только пробельные символы.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/xmlparts.py" line="+101" />
            <source>{file} is damaged or hostile: its {part} nests elements more than {depth} deep. Open it in its editor and save it again.</source>
            <translation>Файл {file} повреждён или вредоносен: в его части {part} элементы вложены глубже {depth} уровней. Откройте его в редакторе и сохраните заново.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{file} is damaged or hostile: its {part} declares a DOCTYPE, which documents never do. Open it in its editor and save it again.</source>
            <translation>Файл {file} повреждён или вредоносен: его часть {part} объявляет DOCTYPE, чего документы никогда не делают. Откройте его в редакторе и сохраните заново.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{file} is damaged: its {part} is larger than it says.</source>
            <translation>Файл {file} повреждён: его часть {part} больше, чем в нём указано.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{file} is damaged: its text cannot be read ({part}, line {line}: {reason}).</source>
            <translation>Файл {file} повреждён: его текст не читается ({part}, строка {line}: {reason}).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{file} is damaged: its {part} declares an encoding that cannot be read ({reason}).</source>
            <translation>Файл {file} повреждён: его часть {part} объявляет кодировку, которую невозможно прочитать ({reason}).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{file} is password-protected or damaged ({reason}): save an unprotected copy.</source>
            <translation>Файл {file} защищён паролем или повреждён ({reason}): сохраните копию без защиты.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{file} is damaged: its part {part} cannot be read ({reason}).</source>
            <translation>Файл {file} повреждён: его часть {part} не читается ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/importers/zipcheck.py" line="+24" />
            <source>{file} is an old-style Office file, not a Word document: open it and save it as .docx.</source>
            <translation>Файл {file} — файл Office старого формата, а не документ Word: откройте его и сохраните как .docx.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{file} is an old-style Office file, not an OpenDocument text: open it and save it as .odt.</source>
            <translation>Файл {file} — файл Office старого формата, а не текст OpenDocument: откройте его и сохраните как .odt.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file} is damaged or not a Word document (it is not a complete ZIP package).</source>
            <translation>Файл {file} повреждён или это не документ Word (это не полный ZIP-пакет).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is damaged or not an OpenDocument text (it is not a complete ZIP package).</source>
            <translation>Файл {file} повреждён или это не текст OpenDocument (это не полный ZIP-пакет).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} is not a Word document (it has no {part}).</source>
            <translation>Файл {file} — не документ Word (в нём нет {part}).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{file} is not an OpenDocument text (it has no {part}).</source>
            <translation>Файл {file} — не текст OpenDocument (в нём нет {part}).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} is an old-style Office file, not {kind}: open it and save it as {suffix}.</source>
            <translation>Файл {file} — файл Office старого формата, а не {kind}: откройте его и сохраните как {suffix}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is damaged or not {kind} (it is not a complete ZIP package).</source>
            <translation>Файл {file} повреждён или это не {kind} (это не полный ZIP-пакет).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{file} is not {kind} (it has no {part}).</source>
            <translation>Файл {file} — не {kind} (в нём нет {part}).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{file} is password-protected: open it in its editor, remove the password (or save an unprotected copy) and import that.</source>
            <translation>Файл {file} защищён паролем: откройте его в редакторе, снимите пароль (или сохраните копию без защиты) и импортируйте её.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{file} is too large to read: its {part} unpacks to {size} (ClaimDesk reads at most {limit}); it may be a “zip bomb”. Open it in its editor and copy the article's text, or save it again.</source>
            <translation>Файл {file} слишком велик для чтения: его часть {part} распаковывается в {size} (ClaimDesk читает не больше {limit}); возможно, это «ZIP-бомба». Откройте его в редакторе и скопируйте текст статьи или сохраните файл заново.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/matching/article_match.py" line="+67" />
            <source>article {article} “{title}” ({where}), {similarity:.0%} alike</source>
            <translation>№ {article} «{title}» ({where}), сходство {similarity:.0%}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>article {article} “{title}”, {similarity:.0%} alike</source>
            <translation>№ {article} «{title}», сходство {similarity:.0%}</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/matching/claim_index.py" line="+583" />
            <source>The claim index {path} cannot be read: {reason}</source>
            <translation>Индекс утверждений {path} не читается: {reason}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The claim index {path} has no valid header.</source>
            <translation>У индекса утверждений {path} нет правильного заголовка.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The claim index {path} is of another format version.</source>
            <translation>Индекс утверждений {path} записан в другой версии формата.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The claim index {path} was built with another normalisation or stemmer.</source>
            <translation>Индекс утверждений {path} построен с другой нормализацией текста или другим стеммером.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The claim index {path} is incomplete.</source>
            <translation>Индекс утверждений {path} неполон.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The claim index {path} is damaged ({part}).</source>
            <translation>Индекс утверждений {path} повреждён ({part}).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The claim index {path} is inconsistent: {reason}</source>
            <translation>Индекс утверждений {path} противоречив: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/storage/checked.py" line="+193" />
            <source>There is no catalogue at {path}.</source>
            <translation>По пути {path} каталога нет.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot read the catalogue {path}: {reason}</source>
            <translation>Не удаётся прочитать каталог {path}: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/storage/claim_query.py" line="+538" />
            <source>Cannot sort by “{order}”; choose one of: {choices}.</source>
            <translation>Сортировать по «{order}» нельзя; выберите одно из: {choices}.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/storage/db.py" line="+89" />
            <source>it holds text that is not valid UTF-8</source>
            <translation>в нём есть текст с байтами, недопустимыми в UTF-8</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{path} is not a ClaimDesk catalogue (it is not a SQLite database).</source>
            <translation>{path} — не каталог ClaimDesk (это не база данных SQLite).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The catalogue's file name {name} holds bytes that are not valid text in this system's encoding, which SQLite cannot open: rename the file (or its folder).</source>
            <translation>В имени файла каталога {name} есть байты, которые в кодировке этой системы не являются текстом, и SQLite не может его открыть: переименуйте файл (или его папку).</translation>
        </message>
        <message>
            <location line="+45" />
            <source>service {service}</source>
            <translation>служба {service}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>catalogue</source>
            <translation>каталог</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{database} on this computer (local socket)</source>
            <translation>{database} на этом компьютере (локальный сокет)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{database} on {host}</source>
            <translation>{database} на {host}</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Cannot create the folder for the catalogue {path}: {reason}.</source>
            <translation>Не удаётся создать папку для каталога {path}: {reason}.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>A PostgreSQL catalogue needs the psycopg driver: pip install 'claimdesk[postgres]'.</source>
            <translation>Для каталога на PostgreSQL нужен драйвер psycopg: pip install 'claimdesk[postgres]'.</translation>
        </message>
        <message>
            <location line="+89" />
            <source>{megabytes} MB free</source>
            <translation>свободно {megabytes} МБ</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The backup before upgrading the catalogue {path} could not be made ({reason}): the catalogue was left as it was.</source>
            <translation>Не удалось сделать резервную копию перед обновлением каталога {path} ({reason}): каталог остался как был.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The server name {host} is not known here: check its spelling and this computer's network connection.</source>
            <translation>Имя сервера {host} здесь неизвестно: проверьте, как оно написано, и подключение этого компьютера к сети.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing answers at {server}: check the server name and port, and that the PostgreSQL server is running and accepts connections from this computer.</source>
            <translation>По адресу {server} никто не отвечает: проверьте имя сервера и порт, а также что сервер PostgreSQL запущен и принимает подключения с этого компьютера.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The server {server} did not answer in time: check the name and port, and that no firewall stands between this computer and the server.</source>
            <translation>Сервер {server} не ответил вовремя: проверьте имя и порт, а также что между этим компьютером и сервером нет брандмауэра.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The server {server} refused the login as {user}: check the user name, and the password in ~/.pgpass (host:port:database:user:password, mode 600).</source>
            <translation>Сервер {server} отказал во входе пользователю {user}: проверьте имя пользователя и пароль в ~/.pgpass (host:port:database:user:password, права 600).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The server {server} refused the login: check the user name, and the password in ~/.pgpass (host:port:database:user:password, mode 600).</source>
            <translation>Сервер {server} отказал во входе: проверьте имя пользователя и пароль в ~/.pgpass (host:port:database:user:password, права 600).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The server {server} has no database {database}: check its name, or ask the server's administrator to create it.</source>
            <translation>На сервере {server} нет базы данных {database}: проверьте её имя или попросите администратора сервера её создать.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The server {server} does not let this user use the database {database}: ask its administrator for access. ({reason})</source>
            <translation>Сервер {server} не разрешает этому пользователю работать с базой данных {database}: попросите доступ у её администратора. ({reason})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot open the team catalogue {database} on {server}: {reason}</source>
            <translation>Не удаётся открыть общий каталог {database} на {server}: {reason}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The catalogue {path} is read-only: check the file's permissions.</source>
            <translation>Каталог {path} доступен только для чтения: проверьте права доступа к файлу.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The catalogue {path} is locked by another program; try again in a moment.</source>
            <translation>Каталог {path} заблокирован другой программой; попробуйте ещё раз чуть позже.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot open the catalogue {path}: the file or its folder is not accessible.</source>
            <translation>Не удаётся открыть каталог {path}: нет доступа к файлу или его папке.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot write to the catalogue {path}: the disk is full or failing.</source>
            <translation>Не удаётся записать в каталог {path}: диск переполнен или неисправен.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot open the catalogue {path}: {reason}</source>
            <translation>Не удаётся открыть каталог {path}: {reason}</translation>
        </message>
        <message>
            <location line="+72" />
            <source>{path} holds tables that are not a ClaimDesk catalogue; choose another file (it was left as it was).</source>
            <translation>В файле {path} есть таблицы, не относящиеся к каталогу ClaimDesk; выберите другой файл (этот остался как был).</translation>
        </message>
        <message>
            <location line="+43" />
            <source>This catalogue was written by a newer version of ClaimDesk (schema {schema}); update ClaimDesk to open it.</source>
            <translation>Этот каталог записан более новой версией ClaimDesk (схема {schema}); чтобы открыть его, обновите ClaimDesk.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This database holds tables that are not a ClaimDesk catalogue; choose another file.</source>
            <translation>В этой базе данных есть таблицы, не относящиеся к каталогу ClaimDesk; выберите другой файл.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Upgrading the catalogue's schema failed ({reason}); the catalogue was left as it was. A copy made before the upgrade is at {backup}.</source>
            <translation>Не удалось обновить схему каталога ({reason}); каталог остался как был. Копия, сделанная перед обновлением, лежит в {backup}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Upgrading the catalogue's schema failed ({reason}); the catalogue was left as it was.</source>
            <translation>Не удалось обновить схему каталога ({reason}); каталог остался как был.</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/storage/recovery.py" line="+97" />
            <source>{rows:,} recovered</source>
            <translation>восстановлено {rows}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an unknown number lost</source>
            <translation>потеряно неизвестно сколько</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{rows:,} lost</source>
            <translation>потеряно {rows}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>at most {rows:,} lost</source>
            <translation>потеряно не больше {rows}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{rows:,} refused as their article, speaker or claim was lost</source>
            <translation>отклонено {rows} (потеряны их статья, спикер или утверждение)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{rows:,} kept unattributed (their speaker was lost)</source>
            <translation>без спикера оставлено {rows} (их спикер потерян)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{rows:,} kept with a damaged value mended (text shown as �)</source>
            <translation>с исправленным повреждённым значением оставлено {rows} (текст показан как �)</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Recovered {rows:,} rows into {target}; every row was readable.</source>
            <translation>В {target} восстановлено строк: {rows}; прочитались все строки.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recovered {rows:,} rows into {target}; some rows could not be read.</source>
            <translation>В {target} восстановлено строк: {rows}; часть строк прочитать не удалось.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recovered {rows:,} rows into {target}; 1 row was lost.</source>
            <translation>В {target} восстановлено строк: {rows}; потеряна 1 строка.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recovered {rows:,} rows into {target}; at most 1 row was lost.</source>
            <translation>В {target} восстановлено строк: {rows}; потеряно не больше 1 строки.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recovered {rows:,} rows into {target}; {lost:,} rows were lost.</source>
            <translation>В {target} восстановлено строк: {rows}; потеряно строк: {lost}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recovered {rows:,} rows into {target}; at most {lost:,} rows were lost.</source>
            <translation>В {target} восстановлено строк: {rows}; потеряно строк: не больше {lost}.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Nothing in {file} could be read: no new catalogue was made. Open a backup instead.</source>
            <translation>В {file} ничего не удалось прочитать: новый каталог не создан. Откройте вместо него резервную копию.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>There is no catalogue file {file} to recover.</source>
            <translation>Файла каталога {file}, который нужно восстановить, нет.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Recover into a new file, not into the damaged catalogue itself.</source>
            <translation>Восстанавливайте в новый файл, а не в сам повреждённый каталог.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{file} already exists: recover into a new file, so nothing is overwritten.</source>
            <translation>{file} уже существует: восстанавливайте в новый файл, чтобы ничего не перезаписать.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{file} cannot be copied to recover it ({reason}): is there room in {folder}?</source>
            <translation>{file} не удаётся скопировать для восстановления ({reason}): хватает ли места в {folder}?</translation>
        </message>
        <message>
            <location line="+52" />
            <source>{file} cannot be recovered: not even its first page reads as a SQLite database. Open a backup instead.</source>
            <translation>{file} не удаётся восстановить: даже его первая страница не читается как база данных SQLite. Откройте вместо него резервную копию.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{file} cannot be recovered: the list of its tables cannot be read ({reason}). Open a backup instead.</source>
            <translation>{file} не удаётся восстановить: не читается список его таблиц ({reason}). Откройте вместо него резервную копию.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The recovered catalogue {file} did not check out: {reason}</source>
            <translation>Восстановленный каталог {file} не прошёл проверку: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/claimdesk/core/storage/store.py" line="+427" />
            <source>a stored value cannot be read: {reason}</source>
            <translation>сохранённое значение не читается: {reason}</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The catalogue cannot hold a value given ({reason}): nothing was changed.</source>
            <translation>Каталог не может хранить одно из заданных значений ({reason}): ничего не изменено.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The catalogue refused the change because it conflicts with what it holds ({reason}).</source>
            <translation>Каталог отклонил изменение, потому что оно противоречит тому, что в нём уже есть ({reason}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The catalogue server ({location}) cannot be reached: nothing was changed. ClaimDesk connects again by itself when the server is back: try again in a moment. ({reason})</source>
            <translation>Сервер каталога ({location}) недоступен: ничего не изменено. Когда сервер вернётся, ClaimDesk подключится к нему сам: попробуйте ещё раз чуть позже. ({reason})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The catalogue {location} is read-only: nothing was changed.</source>
            <translation>Каталог {location} доступен только для чтения: ничего не изменено.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The disk holding {location} is full: nothing was changed.</source>
            <translation>Диск, на котором лежит {location}, переполнен: ничего не изменено.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The catalogue {location} is busy in another program: nothing was changed. Try again in a moment.</source>
            <translation>Каталог {location} занят другой программой: ничего не изменено. Попробуйте ещё раз чуть позже.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The catalogue {location} could not be used: {reason}</source>
            <translation>Каталогом {location} не удалось воспользоваться: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ExceptionReporter</name>
        <message>
            <location filename="../../src/claimdesk/gui/errors.py" line="+69" />
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
        <name>FileDialogs</name>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Папка:</translation>
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
            <source>%Ln new speaker(s)</source>
            <translation>
                <numerusform>%Ln новый спикер</numerusform>
                <numerusform>%Ln новых спикера</numerusform>
                <numerusform>%Ln новых спикеров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-22" />
            <location line="+21" />
            <source>%Ln new article(s)</source>
            <translation>
                <numerusform>%Ln новая статья</numerusform>
                <numerusform>%Ln новые статьи</numerusform>
                <numerusform>%Ln новых статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-19" />
            <location line="+25" />
            <source>%Ln already there</source>
            <translation>
                <numerusform>%Ln уже было в каталоге</numerusform>
                <numerusform>%Ln уже были в каталоге</numerusform>
                <numerusform>%Ln уже были в каталоге</numerusform>
            </translation>
        </message>
        <message>
            <location line="-17" />
            <source>Import a REFI-QDA project</source>
            <translation>Импорт проекта REFI-QDA</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%Ln link(s)</source>
            <translation>
                <numerusform>%Ln связь</numerusform>
                <numerusform>%Ln связи</numerusform>
                <numerusform>%Ln связей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%Ln claim(s) imported from {file} ({details})</source>
            <translation>
                <numerusform>Из {file} импортировано %Ln утверждение ({details})</numerusform>
                <numerusform>Из {file} импортировано %Ln утверждения ({details})</numerusform>
                <numerusform>Из {file} импортировано %Ln утверждений ({details})</numerusform>
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
            <source>{file} already exists in {folder}. Replace it with the export?</source>
            <translation>{file} уже есть в папке {folder}. Заменить его экспортом?</translation>
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
            <source>%Ln claim(s) match these filters.</source>
            <translation>
                <numerusform>Этим фильтрам отвечает %Ln утверждение.</numerusform>
                <numerusform>Этим фильтрам отвечают %Ln утверждения.</numerusform>
                <numerusform>Этим фильтрам отвечают %Ln утверждений.</numerusform>
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
            <source>The network of %Ln claim(s) written to {path}</source>
            <translation>
                <numerusform>Сеть %Ln утверждения записана в {path}</numerusform>
                <numerusform>Сеть %Ln утверждений записана в {path}</numerusform>
                <numerusform>Сеть %Ln утверждений записана в {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%Ln claim(s) written to {path}</source>
            <translation>
                <numerusform>%Ln утверждение записано в {path}</numerusform>
                <numerusform>%Ln утверждения записаны в {path}</numerusform>
                <numerusform>%Ln утверждений записано в {path}</numerusform>
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
        <name>FieldChecks</name>
        <message>
            <source>What is past the limit is selected: shorten the text and try again.</source>
            <translation>Лишнее сверх предела выделено: сократите текст и попробуйте снова.</translation>
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
            <source>%Ln match(es)</source>
            <translation>
                <numerusform>%Ln совпадение</numerusform>
                <numerusform>%Ln совпадения</numerusform>
                <numerusform>%Ln совпадений</numerusform>
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
            <location filename="../../src/claimdesk/gui/import_batch.py" line="+248" />
            <source>Author: {author}</source>
            <translation>Автор: {author}</translation>
        </message>
    </context>
    <context>
        <name>ImportRun</name>
        <message>
            <location line="-149" />
            <source>Reading files…</source>
            <translation>Чтение файлов…</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Чтение файла {name}…</translation>
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
            <source>Imported {done} of %Ln: {name}</source>
            <translation>
                <numerusform>Импортировано {done} из %Ln: {name}</numerusform>
                <numerusform>Импортировано {done} из %Ln: {name}</numerusform>
                <numerusform>Импортировано {done} из %Ln: {name}</numerusform>
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
            <location line="+61" />
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
            <source>%Ln imported</source>
            <translation>
                <numerusform>%Ln импортирован</numerusform>
                <numerusform>%Ln импортированы</numerusform>
                <numerusform>%Ln импортировано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln already there</source>
            <translation>
                <numerusform>%Ln уже в каталоге</numerusform>
                <numerusform>%Ln уже в каталоге</numerusform>
                <numerusform>%Ln уже в каталоге</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln failed</source>
            <translation>
                <numerusform>%Ln с ошибкой</numerusform>
                <numerusform>%Ln с ошибкой</numerusform>
                <numerusform>%Ln с ошибкой</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln skipped</source>
            <translation>
                <numerusform>%Ln пропущен</numerusform>
                <numerusform>%Ln пропущены</numerusform>
                <numerusform>%Ln пропущено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln not tried</source>
            <translation>
                <numerusform>%Ln файл не тронут</numerusform>
                <numerusform>%Ln файла не тронуты</numerusform>
                <numerusform>%Ln файлов не тронуто</numerusform>
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
            <source>Matching ready (%Ln claim(s))</source>
            <translation>
                <numerusform>Сопоставление готово (%Ln утверждение)</numerusform>
                <numerusform>Сопоставление готово (%Ln утверждения)</numerusform>
                <numerusform>Сопоставление готово (%Ln утверждений)</numerusform>
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
            <source>Opening the article…</source>
            <translation>Открывается статья…</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Updated: %Ln claim(s) changed elsewhere.</source>
            <translation>
                <numerusform>Обновлено: %Ln утверждение изменено в другом месте.</numerusform>
                <numerusform>Обновлено: %Ln утверждения изменены в другом месте.</numerusform>
                <numerusform>Обновлено: %Ln утверждений изменено в другом месте.</numerusform>
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
            <source>%Ln claim(s) to place: press Enter to open one in its article, select where it belongs and press {key}.</source>
            <translation>
                <numerusform>%Ln утверждение ждёт места: нажмите Enter, чтобы открыть его в статье, выделите, где оно должно стоять, и нажмите {key}.</numerusform>
                <numerusform>%Ln утверждения ждут места: нажмите Enter, чтобы открыть одно из них в статье, выделите, где оно должно стоять, и нажмите {key}.</numerusform>
                <numerusform>%Ln утверждений ждут места: нажмите Enter, чтобы открыть одно из них в статье, выделите, где оно должно стоять, и нажмите {key}.</numerusform>
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
            <source>Merge cluster {id} (%Ln claim(s), “{quote}”) into the cluster chosen below. The chosen cluster keeps its verdict; one still unchecked takes this one's.</source>
            <translation>
                <numerusform>Объединить кластер {id} (%Ln утверждение, «{quote}») с кластером, выбранным ниже. Выбранный кластер сохранит свой вердикт; непроверенный получит вердикт этого.</numerusform>
                <numerusform>Объединить кластер {id} (%Ln утверждения, «{quote}») с кластером, выбранным ниже. Выбранный кластер сохранит свой вердикт; непроверенный получит вердикт этого.</numerusform>
                <numerusform>Объединить кластер {id} (%Ln утверждений, «{quote}») с кластером, выбранным ниже. Выбранный кластер сохранит свой вердикт; непроверенный получит вердикт этого.</numerusform>
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
            <source>Keep {name} ({details}) — %Ln claim(s)</source>
            <translation>
                <numerusform>Оставить: {name} ({details}) — %Ln утверждение</numerusform>
                <numerusform>Оставить: {name} ({details}) — %Ln утверждения</numerusform>
                <numerusform>Оставить: {name} ({details}) — %Ln утверждений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Keep {name} — %Ln claim(s)</source>
            <translation>
                <numerusform>Оставить: {name} — %Ln утверждение</numerusform>
                <numerusform>Оставить: {name} — %Ln утверждения</numerusform>
                <numerusform>Оставить: {name} — %Ln утверждений</numerusform>
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
            <location filename="../../src/claimdesk/gui/version_actions.py" line="+161" />
            <source>%Ln claim(s) followed the text</source>
            <translation>
                <numerusform>%Ln утверждение последовало за текстом</numerusform>
                <numerusform>%Ln утверждения последовали за текстом</numerusform>
                <numerusform>%Ln утверждений последовали за текстом</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln placed approximately</source>
            <translation>
                <numerusform>%Ln размещено приблизительно</numerusform>
                <numerusform>%Ln размещены приблизительно</numerusform>
                <numerusform>%Ln размещено приблизительно</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln not found (orphaned)</source>
            <translation>
                <numerusform>%Ln не найдено (без места)</numerusform>
                <numerusform>%Ln не найдены (без места)</numerusform>
                <numerusform>%Ln не найдено (без места)</numerusform>
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
            <source>%Ln claim(s) not found in the new text. They are kept, marked “not found” in the claims panel: choose one there, select where it belongs in the text and press {key} (Claim › Move claim here).</source>
            <translation>
                <numerusform>%Ln утверждение не найдено в новом тексте. Оно сохранено и отмечено как «не найдено» на панели утверждений: выберите его там, выделите в тексте, где оно должно стоять, и нажмите {key} («Утверждение › Переместить утверждение сюда»).</numerusform>
                <numerusform>%Ln утверждения не найдены в новом тексте. Они сохранены и отмечены как «не найдено» на панели утверждений: выберите там одно из них, выделите в тексте, где оно должно стоять, и нажмите {key} («Утверждение › Переместить утверждение сюда»).</numerusform>
                <numerusform>%Ln утверждений не найдено в новом тексте. Они сохранены и отмечены как «не найдено» на панели утверждений: выберите там одно из них, выделите в тексте, где оно должно стоять, и нажмите {key} («Утверждение › Переместить утверждение сюда»).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%Ln claim(s) placed where the text is similar but not the same; the claims panel shows each one's match (≈ and a percentage): check them.</source>
            <translation>
                <numerusform>%Ln утверждение размещено там, где текст похож, но не совпадает; панель утверждений показывает степень совпадения (≈ и процент): проверьте его.</numerusform>
                <numerusform>%Ln утверждения размещены там, где текст похож, но не совпадает; панель утверждений показывает степень совпадения каждого (≈ и процент): проверьте их.</numerusform>
                <numerusform>%Ln утверждений размещено там, где текст похож, но не совпадает; панель утверждений показывает степень совпадения каждого (≈ и процент): проверьте их.</numerusform>
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
            <source>%Ln paragraph(s) changed</source>
            <translation>
                <numerusform>%Ln абзац изменён</numerusform>
                <numerusform>%Ln абзаца изменены</numerusform>
                <numerusform>%Ln абзацев изменено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln paragraph(s) added</source>
            <translation>
                <numerusform>%Ln абзац добавлен</numerusform>
                <numerusform>%Ln абзаца добавлены</numerusform>
                <numerusform>%Ln абзацев добавлено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln paragraph(s) removed</source>
            <translation>
                <numerusform>%Ln абзац удалён</numerusform>
                <numerusform>%Ln абзаца удалены</numerusform>
                <numerusform>%Ln абзацев удалено</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only the spacing differs.</source>
            <translation>Различаются только пробелы.</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>{changes} (about %Ln character(s) differ).</source>
            <translation>
                <numerusform>{changes} (различается около %Ln символа).</numerusform>
                <numerusform>{changes} (различается около %Ln символов).</numerusform>
                <numerusform>{changes} (различается около %Ln символов).</numerusform>
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
            <source>%Ln similar claim(s)</source>
            <translation>
                <numerusform>%Ln похожее утверждение</numerusform>
                <numerusform>%Ln похожих утверждения</numerusform>
                <numerusform>%Ln похожих утверждений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln almost certainly the same</source>
            <translation>
                <numerusform>%Ln — почти наверняка то же самое</numerusform>
                <numerusform>%Ln — почти наверняка те же</numerusform>
                <numerusform>%Ln — почти наверняка те же</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln linked ({mark})</source>
            <translation>
                <numerusform>%Ln связано ({mark})</numerusform>
                <numerusform>%Ln связаны ({mark})</numerusform>
                <numerusform>%Ln связаны ({mark})</numerusform>
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
        <message numerus="yes">
            <source>%Ln claim(s), none in a dated article</source>
            <translation>
                <numerusform>%Ln утверждение, ни одного в статье с датой</numerusform>
                <numerusform>%Ln утверждения, ни одного в статье с датой</numerusform>
                <numerusform>%Ln утверждений, ни одного в статье с датой</numerusform>
            </translation>
        </message>
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
            <source>{shown} and %Ln more</source>
            <translation>
                <numerusform>{shown} и ещё %Ln</numerusform>
                <numerusform>{shown} и ещё %Ln</numerusform>
                <numerusform>{shown} и ещё %Ln</numerusform>
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
            <source>%Ln claim(s); first appeared {first}, last {last}</source>
            <translation>
                <numerusform>%Ln утверждение; первое появление — {first}, последнее — {last}</numerusform>
                <numerusform>%Ln утверждения; первое появление — {first}, последнее — {last}</numerusform>
                <numerusform>%Ln утверждений; первое появление — {first}, последнее — {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%Ln in undated articles</source>
            <translation>
                <numerusform>%Ln в статьях без даты</numerusform>
                <numerusform>%Ln в статьях без даты</numerusform>
                <numerusform>%Ln в статьях без даты</numerusform>
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
            <source>Another speaker is already called “{name}”{who} ({claims}). Merge this speaker into them (its claims and names move there), or keep two speakers of this name?</source>
            <translation>Спикер с именем «{name}»{who} уже есть ({claims}). Объединить этого спикера с ним (его утверждения и имена перейдут туда) или оставить двух спикеров с одним именем?</translation>
        </message>
        <message numerus="yes">
            <source>%Ln claim(s)</source>
            <translation>
                <numerusform>%Ln утверждение</numerusform>
                <numerusform>%Ln утверждения</numerusform>
                <numerusform>%Ln утверждений</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Merge into them</source>
            <translation>О&amp;бъединить с ним</translation>
        </message>
        <message>
            <source>“{alias}” is what another speaker is called: {name}{who} ({claims}). Merge this speaker into them (its claims and names move there), or add it as this speaker's other name all the same?</source>
            <translation>«{alias}» — так зовут другого спикера: {name}{who} ({claims}). Объединить этого спикера с ним (его утверждения и имена перейдут туда) или всё равно добавить это имя этому спикеру?</translation>
        </message>
        <message>
            <source>&amp;Add all the same</source>
            <translation>&amp;Добавить всё равно</translation>
        </message>
        <message>
            <source>&amp;Keep both</source>
            <translation>&amp;Оставить обоих</translation>
        </message>
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
        <message>
            <location line="+2" />
            <source>Aliases of {name}: none yet</source>
            <translation>Другие имена спикера «{name}»: пока нет</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Aliases (choose a speaker)</source>
            <translation>Другие имена (выберите спикера)</translation>
        </message>
        <message numerus="yes">
            <location line="+100" />
            <source>Delete {name}? Their %Ln claim(s) stay in the catalogue, unattributed. You can undo this with Edit › Undo.</source>
            <translation>
                <numerusform>Удалить спикера «{name}»? %Ln утверждение этого спикера останется в каталоге без спикера. Это можно отменить: «Правка › Отменить».</numerusform>
                <numerusform>Удалить спикера «{name}»? %Ln утверждения этого спикера останутся в каталоге без спикера. Это можно отменить: «Правка › Отменить».</numerusform>
                <numerusform>Удалить спикера «{name}»? %Ln утверждений этого спикера останутся в каталоге без спикера. Это можно отменить: «Правка › Отменить».</numerusform>
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
            <source>Press {key} to attribute the selected text.</source>
            <translation>Чтобы указать, кто это сказал, нажмите {key}.</translation>
        </message>
        <message>
            <source>Suggestion rejected (“Bring back” under the list lists it again).</source>
            <translation>Подсказка отклонена (кнопка «Вернуть» под списком покажет её снова).</translation>
        </message>
        <message>
            <source>The rejected suggestions are listed again.</source>
            <translation>Отклонённые подсказки снова в списке.</translation>
        </message>
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
            <source>Accepted %Ln suggestion(s) with confidence ≥ {confidence}.</source>
            <translation>
                <numerusform>Принята %Ln подсказка с уверенностью ≥ {confidence}.</numerusform>
                <numerusform>Принято %Ln подсказки с уверенностью ≥ {confidence}.</numerusform>
                <numerusform>Принято %Ln подсказок с уверенностью ≥ {confidence}.</numerusform>
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
        <message numerus="yes">
            <source>Bring back %Ln rejected</source>
            <translation>
                <numerusform>Вернуть %Ln отклонённую</numerusform>
                <numerusform>Вернуть %Ln отклонённые</numerusform>
                <numerusform>Вернуть %Ln отклонённых</numerusform>
            </translation>
        </message>
        <message>
            <source>List again the suggestions rejected in this article (a mistaken Delete)</source>
            <translation>Снова показать подсказки, отклонённые в этой статье (если Delete нажата по ошибке)</translation>
        </message>
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
            <source>%Ln suggestion(s): Enter accepts, Delete rejects, {next} next.</source>
            <translation>
                <numerusform>%Ln подсказка: Enter — принять, Delete — отклонить, {next} — следующая.</numerusform>
                <numerusform>%Ln подсказки: Enter — принять, Delete — отклонить, {next} — следующая.</numerusform>
                <numerusform>%Ln подсказок: Enter — принять, Delete — отклонить, {next} — следующая.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>No suggestions for this article.</source>
            <translation>Для этой статьи подсказок нет.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln less certain hidden (Show all).</source>
            <translation>
                <numerusform>%Ln менее надёжная скрыта («Показать все»).</numerusform>
                <numerusform>%Ln менее надёжные скрыты («Показать все»).</numerusform>
                <numerusform>%Ln менее надёжных скрыто («Показать все»).</numerusform>
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
            <source>No appearance has a date. Give their articles one (Article › Edit details…) to see them here.</source>
            <translation>Ни у одного появления нет даты. Укажите дату их статей (Статья › Изменить сведения…), чтобы увидеть их здесь.</translation>
        </message>
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
            <source>%Ln appearance(s)</source>
            <translation>
                <numerusform>%Ln появление</numerusform>
                <numerusform>%Ln появления</numerusform>
                <numerusform>%Ln появлений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln строка</numerusform>
                <numerusform>%Ln строки</numerusform>
                <numerusform>%Ln строк</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln without a date (not drawn)</source>
            <translation>
                <numerusform>%Ln без даты (не показано)</numerusform>
                <numerusform>%Ln без даты (не показаны)</numerusform>
                <numerusform>%Ln без даты (не показаны)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{row}, {day}: %Ln claim(s)</source>
            <translation>
                <numerusform>{row}, {day}: %Ln утверждение</numerusform>
                <numerusform>{row}, {day}: %Ln утверждения</numerusform>
                <numerusform>{row}, {day}: %Ln утверждений</numerusform>
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
            <source>YYYY-MM-DD or DD.MM.YYYY (today when a finding is given)</source>
            <translation>ДД.ММ.ГГГГ или ГГГГ-ММ-ДД (сегодня, если вынесен вердикт)</translation>
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
            <source>New clusters start with this status: rename it if you like.</source>
            <translation>С этого статуса начинается каждый новый кластер: его можно переименовать.</translation>
        </message>
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
            <source>A new status is a &amp;finding (a ClaimReview can be published)</source>
            <translation>Новый статус — &amp;вывод проверки (можно опубликовать ClaimReview)</translation>
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
            <source>Key: {key}. %Ln cluster(s) have it.</source>
            <translation>
                <numerusform>Ключ: {key}. Он у %Ln кластера.</numerusform>
                <numerusform>Ключ: {key}. Он у %Ln кластеров.</numerusform>
                <numerusform>Ключ: {key}. Он у %Ln кластеров.</numerusform>
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
            <location filename="../../src/claimdesk/gui/version_actions.py" line="-157" />
            <source>Open an article first.</source>
            <translation>Сначала откройте статью.</translation>
        </message>
        <message>
            <location line="+27" />
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
            <location line="+3" />
            <source>edited in the app</source>
            <translation>правка в приложении</translation>
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
            <location line="+21" />
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
