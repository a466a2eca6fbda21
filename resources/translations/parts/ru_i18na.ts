<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="161" />
        <location filename="../../../src/claimdesk/gui/actions.py" line="799" />
        <source>Claims in this article</source>
        <translation>Утверждения в этой статье</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="169" />
        <source>&amp;Paste article</source>
        <translation>&amp;Вставить статью</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="172" />
        <source>New article from the text on the clipboard</source>
        <translation>Новая статья из текста в буфере обмена</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="179" />
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="182" />
        <source>Open or import article files (text, web page, Word, PDF, ODT, RTF, Markdown)</source>
        <translation>Открыть или импортировать файлы статей (текст, веб-страница, Word, PDF, ODT, RTF, Markdown)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="192" />
        <source>Open &amp;URL…</source>
        <translation>Открыть по &amp;адресу…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="195" />
        <source>Fetch a web page by its address and import its article</source>
        <translation>Загрузить веб-страницу по адресу и импортировать её статью</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="200" />
        <source>&amp;Import folder…</source>
        <translation>&amp;Импортировать папку…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="203" />
        <source>Import every article file in a folder and its subfolders</source>
        <translation>Импортировать все файлы статей из папки и её подпапок</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="208" />
        <source>Import &amp;annotations…</source>
        <translation>Импортировать а&amp;ннотации…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="211" />
        <source>Store the W3C Web Annotations of a file (from ClaimDesk or another annotation tool) as claims on the articles they name, in one undo step</source>
        <translation>Сохранить веб-аннотации W3C из файла (из ClaimDesk или другой программы для аннотаций) как утверждения в указанных в них статьях, одним шагом отмены</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="220" />
        <source>Import REFI-QDA pro&amp;ject…</source>
        <translation>Импортировать &amp;проект REFI-QDA…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="223" />
        <source>Store a REFI-QDA project (.qdpx, from QualCoder, NVivo, ATLAS.ti or MAXQDA): its texts as articles, its coded selections as claims, in one undo step</source>
        <translation>Сохранить проект REFI-QDA (.qdpx, из QualCoder, NVivo, ATLAS.ti или MAXQDA): его тексты как статьи, закодированные фрагменты как утверждения, одним шагом отмены</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="232" />
        <source>&amp;New catalogue…</source>
        <translation>Со&amp;здать каталог…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="235" />
        <source>Create a new catalogue file and switch to it</source>
        <translation>Создать новый файл каталога и перейти к нему</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="241" />
        <source>Open &amp;catalogue…</source>
        <translation>Открыть &amp;каталог…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="244" />
        <source>Open another catalogue file</source>
        <translation>Открыть другой файл каталога</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="250" />
        <source>Connect to &amp;team catalogue…</source>
        <translation>По&amp;дключиться к командному каталогу…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="253" />
        <source>Open a catalogue shared on a PostgreSQL server</source>
        <translation>Открыть общий каталог на сервере PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="259" />
        <source>Co&amp;py catalogue to…</source>
        <translation>&amp;Скопировать каталог в…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="262" />
        <source>Copy this catalogue into a new file or an empty team catalogue, ids kept</source>
        <translation>Скопировать этот каталог в новый файл или в пустой командный каталог, сохранив идентификаторы</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="270" />
        <source>&amp;Export claims…</source>
        <translation>&amp;Экспорт утверждений…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="273" />
        <source>Export claims as CSV</source>
        <translation>Экспортировать утверждения в CSV</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="281" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="284" />
        <source>Quit ClaimDesk</source>
        <translation>Выйти из ClaimDesk</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="292" />
        <location filename="../../../src/claimdesk/gui/actions.py" line="940" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="295" />
        <source>Undo the last edit (the Edit menu names it)</source>
        <translation>Отменить последнюю правку (меню «Правка» называет её)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="301" />
        <location filename="../../../src/claimdesk/gui/actions.py" line="936" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="304" />
        <source>Redo the last undone edit</source>
        <translation>Повторить последнюю отменённую правку</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="310" />
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="313" />
        <source>Find text in the article (capitals, ё/е and line breaks do not matter); on the Catalogue and Speakers tabs, go to their search field</source>
        <translation>Найти текст в статье (регистр, ё/е и переносы строк не важны); на вкладках «Каталог» и «Спикеры» — перейти к их полю поиска</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="323" />
        <source>Find &amp;next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="326" />
        <source>Select the next hit of the search in the article</source>
        <translation>Выделить следующее совпадение поиска в статье</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="333" />
        <source>Find pre&amp;vious</source>
        <translation>Найти п&amp;редыдущее</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="336" />
        <source>Select the previous hit of the search in the article</source>
        <translation>Выделить предыдущее совпадение поиска в статье</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="343" />
        <source>F&amp;ilter articles</source>
        <translation>&amp;Фильтр статей</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="346" />
        <source>Filter the article list by title or outlet</source>
        <translation>Отфильтровать список статей по заголовку или изданию</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="353" />
        <source>&amp;Edit details…</source>
        <translation>&amp;Изменить сведения…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="356" />
        <source>Edit the title, outlet, date, URL and language of the article in the reader</source>
        <translation>Изменить заголовок, издание, дату, адрес и язык открытой статьи</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="364" />
        <source>Edit &amp;text…</source>
        <translation>Изменить &amp;текст…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="367" />
        <source>Correct the text of the article in the reader: saved as a new version, its claims follow their words (Undo gives the old text back)</source>
        <translation>Исправить текст открытой статьи: он сохраняется как новая версия, утверждения следуют за своими словами («Отменить» возвращает прежний текст)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="377" />
        <source>Check for a &amp;newer version</source>
        <translation>Проверить, нет ли &amp;новой версии</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="380" />
        <source>Fetch the web page of the article in the reader again; if its article has changed, offer to store it as the next version (its claims follow their words)</source>
        <translation>Снова загрузить веб-страницу открытой статьи; если статья изменилась, предложить сохранить её как следующую версию (утверждения следуют за своими словами)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="390" />
        <source>&amp;Versions…</source>
        <translation>&amp;Версии…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="393" />
        <source>List the versions of the article's text and what changed between them</source>
        <translation>Показать версии текста статьи и что изменилось между ними</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="401" />
        <source>&amp;Delete article…</source>
        <translation>&amp;Удалить статью…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="404" />
        <source>Delete the article in the reader with its claims (asks first; Undo brings it back)</source>
        <translation>Удалить открытую статью вместе с её утверждениями (с подтверждением; «Отменить» вернёт её)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="415" />
        <source>&amp;Articles</source>
        <translation>&amp;Статьи</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="418" />
        <source>Go to the article list</source>
        <translation>Перейти к списку статей</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="424" />
        <source>&amp;Reader</source>
        <translation>&amp;Текст статьи</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="427" />
        <source>Go to the article text</source>
        <translation>Перейти к тексту статьи</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="433" />
        <source>&amp;Catalogue</source>
        <translation>&amp;Каталог</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="436" />
        <source>Browse, search and filter every claim in the catalogue</source>
        <translation>Просматривать, искать и фильтровать все утверждения каталога</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="441" />
        <source>&amp;Speakers</source>
        <translation>С&amp;пикеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="444" />
        <source>Browse speakers: edit, aliases, merge, show their claims</source>
        <translation>Просмотр спикеров: правка, другие имена, объединение, их утверждения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="449" />
        <source>C&amp;lusters</source>
        <translation>К&amp;ластеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="452" />
        <source>Claim clusters (the same claim across articles) and their verdicts</source>
        <translation>Кластеры утверждений («то же утверждение» в разных статьях) и их вердикты</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="459" />
        <source>S&amp;tatistics…</source>
        <translation>Стат&amp;истика…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="462" />
        <source>Claims per speaker, outlet, tag, kind and month, as tables and bar charts</source>
        <translation>Утверждения по спикерам, изданиям, меткам, типам и месяцам — таблицы и столбчатые диаграммы</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="470" />
        <source>Speaker pro&amp;file…</source>
        <translation>Про&amp;филь спикера…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="473" />
        <source>The profile of the speaker chosen on the Speakers tab: every claim, clusters, first and last appearance, outlets, tags and a timeline</source>
        <translation>Профиль спикера, выбранного на вкладке «Спикеры»: все утверждения, кластеры, первое и последнее появление, издания, метки и хронология</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="484" />
        <source>&amp;Attribute…</source>
        <translation>&amp;Приписать…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="487" />
        <source>Attribute the selected text to a speaker (snapped to whole words; quote marks, commas and colons at the edges dropped)</source>
        <translation>Приписать выделенный текст спикеру (выделение расширяется до целых слов; кавычки, запятые и двоеточия по краям отбрасываются)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="499" />
        <source>Attribute e&amp;xactly as selected…</source>
        <translation>Приписать &amp;точно как выделено…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="502" />
        <source>Attribute the selection exactly as selected (or hold Alt while selecting)</source>
        <translation>Приписать выделение точно как выделено (или удерживайте Alt при выделении)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="510" />
        <source>&amp;Move claim here</source>
        <translation>Пере&amp;местить утверждение сюда</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="513" />
        <source>Move the chosen claim to the selected text (choose the claim, then select its new span); its speaker, tags, note and links stay. A claim not found in a new text of its article is placed there</source>
        <translation>Переместить выбранное утверждение на выделенный текст (выберите утверждение, затем выделите его новый фрагмент); спикер, метки, заметка и связи сохраняются. Утверждение, не найденное в новом тексте статьи, получает здесь место</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="525" />
        <source>Re&amp;view orphaned claims</source>
        <translation>Про&amp;верить утверждения без места</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="528" />
        <source>List every claim not found in a new text of its article, on the Catalogue tab: open one (Enter), select where it belongs and use Move claim here; placed, it leaves the list</source>
        <translation>Показать на вкладке «Каталог» все утверждения, не найденные в новом тексте своей статьи: откройте одно (Enter), выделите, где оно должно стоять, и выберите «Переместить утверждение сюда»; получив место, оно уходит из списка</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="540" />
        <source>&amp;Re-attribute…</source>
        <translation>Приписать &amp;другому спикеру…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="543" />
        <source>Attribute the chosen claim to another speaker</source>
        <translation>Приписать выбранное утверждение другому спикеру</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="550" />
        <source>&amp;Edit claim…</source>
        <translation>&amp;Изменить утверждение…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="553" />
        <source>Edit the chosen claim: speaker, kind, tags, note</source>
        <translation>Изменить выбранное утверждение: спикер, тип, метки, заметка</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="560" />
        <source>&amp;Delete claim</source>
        <translation>&amp;Удалить утверждение</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="563" />
        <source>Delete the claims selected in the claims panel</source>
        <translation>Удалить утверждения, выбранные на панели утверждений</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="571" />
        <source>Mark as &amp;same claim</source>
        <translation>&amp;Отметить как «то же утверждение»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="574" />
        <source>Link the chosen claim to the selected similar claim</source>
        <translation>Связать выбранное утверждение с выбранным похожим утверждением</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="581" />
        <source>&amp;Next suggestion</source>
        <translation>&amp;Следующая подсказка</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="584" />
        <source>Go to the next suggested attribution (Enter accepts it, Delete rejects it)</source>
        <translation>Перейти к следующей подсказке (Enter принимает её, Delete отклоняет)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="592" />
        <source>&amp;Previous suggestion</source>
        <translation>П&amp;редыдущая подсказка</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="595" />
        <source>Go to the previous suggested attribution</source>
        <translation>Перейти к предыдущей подсказке</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="601" />
        <source>Accept all suggestions &amp;above…</source>
        <translation>Принять все подсказки в&amp;ыше…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="604" />
        <source>Accept every suggested attribution at or above a confidence, as one undo step</source>
        <translation>Принять все подсказки с уверенностью не ниже заданной, одним шагом отмены</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="614" />
        <source>Edit &amp;verdict…</source>
        <translation>Изменить &amp;вердикт…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="617" />
        <source>Give the chosen cluster a verdict: status, explanation, fact-check address, reviewer, date</source>
        <translation>Вынести вердикт выбранному кластеру: статус, пояснение, адрес проверки фактов, проверяющий, дата</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="627" />
        <source>&amp;Confirm cluster</source>
        <translation>&amp;Подтвердить кластер</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="630" />
        <source>Mark the chosen cluster's claims as checked: the same claim</source>
        <translation>Отметить утверждения выбранного кластера как проверенные: «то же утверждение»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="636" />
        <source>&amp;Split off selected</source>
        <translation>&amp;Отделить выбранные</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="639" />
        <source>Take the selected appearances out of the chosen cluster into a new cluster</source>
        <translation>Вынести выбранные появления из выбранного кластера в новый кластер</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="647" />
        <source>&amp;Merge into…</source>
        <translation>О&amp;бъединить с…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="650" />
        <source>Merge the chosen cluster into another cluster you choose</source>
        <translation>Объединить выбранный кластер с другим кластером на ваш выбор</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="656" />
        <source>Export Claim&amp;Review…</source>
        <translation>&amp;Экспорт ClaimReview…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="659" />
        <source>Save the chosen cluster's verdict as a schema.org ClaimReview (JSON-LD) file</source>
        <translation>Сохранить вердикт выбранного кластера в файл schema.org ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="669" />
        <source>&amp;Timeline…</source>
        <translation>&amp;Хронология…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="672" />
        <source>The chosen cluster's appearances over time, by outlet or by speaker (PNG and SVG)</source>
        <translation>Появления выбранного кластера во времени, по изданиям или по спикерам (PNG и SVG)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="682" />
        <source>&amp;Gather clusters</source>
        <translation>&amp;Собрать кластеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="685" />
        <source>Put the claims linked as the same claim, and those that almost certainly say the same, into clusters (claims already placed stay)</source>
        <translation>Собрать в кластеры утверждения, связанные как «то же утверждение», и те, что почти наверняка говорят то же самое (уже распределённые утверждения остаются на месте)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="695" />
        <source>Gather &amp;linked claims only</source>
        <translation>Собрать только св&amp;язанные утверждения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="698" />
        <source>Put the claims linked as the same claim into clusters, at once (no search for claims that almost certainly say the same)</source>
        <translation>Сразу собрать в кластеры утверждения, связанные как «то же утверждение» (без поиска утверждений, которые почти наверняка говорят то же самое)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="709" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="712" />
        <source>List every keyboard shortcut</source>
        <translation>Показать все сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="718" />
        <source>Try the &amp;sample article</source>
        <translation>Попробовать на &amp;примере</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="721" />
        <source>Add the sample article that comes with ClaimDesk (or open it) to try attributing quotes</source>
        <translation>Добавить статью-пример, поставляемую с ClaimDesk (или открыть её), чтобы попробовать приписывать цитаты</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="730" />
        <source>&amp;About ClaimDesk</source>
        <translation>&amp;О программе ClaimDesk</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="733" />
        <source>About ClaimDesk</source>
        <translation>О программе ClaimDesk</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="743" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="744" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="745" />
        <source>&amp;Article</source>
        <translation>&amp;Статья</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="746" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="747" />
        <source>&amp;Claim</source>
        <translation>&amp;Утверждение</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="748" />
        <source>Cl&amp;usters</source>
        <translation>&amp;Кластеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="749" />
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="798" />
        <source>Edit the chosen claim</source>
        <translation>Изменить выбранное утверждение</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="803" />
        <source>Accept the suggestion</source>
        <translation>Принять подсказку</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="804" />
        <location filename="../../../src/claimdesk/gui/actions.py" line="809" />
        <source>Suggested attributions</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="808" />
        <source>Reject the suggestion</source>
        <translation>Отклонить подсказку</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="813" />
        <source>Delete the selected claims</source>
        <translation>Удалить выбранные утверждения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="814" />
        <location filename="../../../src/claimdesk/gui/actions.py" line="819" />
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="818" />
        <source>Open the claim in its article</source>
        <translation>Открыть утверждение в его статье</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="823" />
        <source>Delete the selected speaker</source>
        <translation>Удалить выбранного спикера</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="824" />
        <source>Speakers</source>
        <translation>Спикеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="828" />
        <source>Open the appearance in its article</source>
        <translation>Открыть появление в его статье</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="829" />
        <location filename="../../../src/claimdesk/gui/actions.py" line="834" />
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="832" />
        <source>Ctrl+click, Shift+Up / Down</source>
        <translation>Ctrl+щелчок, Shift+Вверх / Вниз</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="833" />
        <source>Select appearances to split off into a new cluster</source>
        <translation>Выбрать появления, чтобы вынести их в новый кластер</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="837" />
        <source>Alt while selecting</source>
        <translation>Alt при выделении</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="838" />
        <source>Keep the exact selection (no snapping)</source>
        <translation>Сохранить выделение точно (без расширения до слов)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="839" />
        <source>Reader</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="843" />
        <source>Next / previous hit</source>
        <translation>Следующее / предыдущее совпадение</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="844" />
        <location filename="../../../src/claimdesk/gui/actions.py" line="849" />
        <source>Find bar</source>
        <translation>Панель поиска</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="848" />
        <source>Close, keeping the hit selected (Ctrl+Enter attributes it)</source>
        <translation>Закрыть, оставив совпадение выделенным (Ctrl+Enter приписывает его)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="852" />
        <source>Up / Down, Enter</source>
        <translation>Вверх / Вниз, Enter</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="853" />
        <source>Choose a speaker and accept</source>
        <translation>Выбрать спикера и принять</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="854" />
        <location filename="../../../src/claimdesk/gui/actions.py" line="859" />
        <source>Speaker picker</source>
        <translation>Выбор спикера</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="857" />
        <source>Tab, Alt+letter</source>
        <translation>Tab, Alt+буква</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="858" />
        <source>Next field, jump to a field</source>
        <translation>Следующее поле, переход к полю</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="946" />
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="948" />
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="970" />
        <source>Open &amp;recent</source>
        <translation>Недавние &amp;файлы</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="996" />
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/actions.py" line="1039" />
        <source>{menu}, in {panel}</source>
        <translation>{menu}, на панели «{panel}»</translation>
    </message>
</context>
<context>
    <name>ArticleActions</name>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="674" />
        <source>Articles ({patterns})</source>
        <translation>Статьи ({patterns})</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="675" />
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ArticleController</name>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="96" />
        <source>The clipboard holds no text to make an article from.</source>
        <translation>В буфере обмена нет текста, из которого можно сделать статью.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="115" />
        <source>Open articles</source>
        <translation>Открыть статьи</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="124" />
        <source>Import a folder of articles</source>
        <translation>Импорт папки со статьями</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="206" />
        <source>Author: {author}</source>
        <translation>Автор: {author}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="318" />
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="373" />
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="422" />
        <source>This article is already in the catalogue.</source>
        <translation>Эта статья уже есть в каталоге.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="406" />
        <source>Article details — already in the catalogue</source>
        <translation>Сведения о статье — уже в каталоге</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="416" />
        <source>Already in the catalogue: updated the details of “{title}”.</source>
        <translation>Уже в каталоге: сведения о статье «{title}» обновлены.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="430" />
        <source>This text is already in the catalogue as “{title}”, with %n claim(s). OK updates its details; Cancel leaves them as they are.</source>
        <translation>
            <numerusform>Этот текст уже есть в каталоге как «{title}», с %n утверждением. «OK» обновит его сведения, «Отмена» оставит их как есть.</numerusform>
            <numerusform>Этот текст уже есть в каталоге как «{title}», с %n утверждениями. «OK» обновит его сведения, «Отмена» оставит их как есть.</numerusform>
            <numerusform>Этот текст уже есть в каталоге как «{title}», с %n утверждениями. «OK» обновит его сведения, «Отмена» оставит их как есть.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="437" />
        <source>This text is already in the catalogue as “{title}”. OK updates its details; Cancel leaves them as they are.</source>
        <translation>Этот текст уже есть в каталоге как «{title}». «OK» обновит его сведения, «Отмена» оставит их как есть.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="458" />
        <source>Open an article first.</source>
        <translation>Сначала откройте статью.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="485" />
        <source>Edit article details</source>
        <translation>Сведения о статье</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="494" />
        <source>Saved the details of “{title}”.</source>
        <translation>Сведения о статье «{title}» сохранены.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="519" />
        <source>Deleted “{title}” and its %n claim(s). Edit › Undo ({key}) brings it back.</source>
        <translation>
            <numerusform>Статья «{title}» удалена вместе с %n утверждением. «Правка › Отменить» ({key}) вернёт её.</numerusform>
            <numerusform>Статья «{title}» удалена вместе с %n утверждениями. «Правка › Отменить» ({key}) вернёт её.</numerusform>
            <numerusform>Статья «{title}» удалена вместе с %n утверждениями. «Правка › Отменить» ({key}) вернёт её.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="524" />
        <source>Deleted “{title}”. Edit › Undo ({key}) brings it back.</source>
        <translation>Статья «{title}» удалена. «Правка › Отменить» ({key}) вернёт её.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="535" />
        <source>Import folder “{name}”</source>
        <translation>импорт папки «{name}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="536" />
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>импорт %n файла</numerusform>
            <numerusform>импорт %n файлов</numerusform>
            <numerusform>импорт %n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="543" />
        <source>Delete “{title}” and its %n claim(s)? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Удалить «{title}» вместе с %n утверждением? Это можно отменить через «Правка › Отменить».</numerusform>
            <numerusform>Удалить «{title}» вместе с %n утверждениями? Это можно отменить через «Правка › Отменить».</numerusform>
            <numerusform>Удалить «{title}» вместе с %n утверждениями? Это можно отменить через «Правка › Отменить».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="548" />
        <source>Delete “{title}”? You can undo this with Edit › Undo.</source>
        <translation>Удалить «{title}»? Это можно отменить через «Правка › Отменить».</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="551" />
        <source>Delete article</source>
        <translation>Удаление статьи</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="557" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="83" />
        <source>Article details</source>
        <translation>Сведения о статье</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="114" />
        <source>e.g. Sputnik Azerbaijan</source>
        <translation>например, Sputnik Азербайджан</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="117" />
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="124" />
        <source>e.g. ru, en</source>
        <translation>например, ru, en</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="127" />
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="128" />
        <source>&amp;Outlet:</source>
        <translation>&amp;Издание:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="129" />
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="130" />
        <source>&amp;URL:</source>
        <translation>&amp;Адрес (URL):</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="131" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="136" />
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="138" />
        <source>{source} — {characters}</source>
        <translation>{source} — {characters}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="161" />
        <source>Store as a new version of “{title}”</source>
        <translation>Сохранить как новую версию «{title}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="167" />
        <source>The text is nearly the same as this earlier article: store it as that article's new version (its claims follow their words) instead of a new article</source>
        <translation>Текст почти совпадает с этой более ранней статьёй: сохранить его как новую версию той статьи (её утверждения последуют за своими словами), а не как новую статью</translation>
    </message>
</context>
<context>
    <name>ArticleList</name>
    <message>
        <location filename="../../../src/claimdesk/gui/article_list.py" line="38" />
        <location filename="../../../src/claimdesk/gui/article_list.py" line="45" />
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_list.py" line="39" />
        <location filename="../../../src/claimdesk/gui/article_list.py" line="46" />
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_list.py" line="40" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_list.py" line="41" />
        <source>Claims</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_list.py" line="47" />
        <source>Publication date</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_list.py" line="48" />
        <source>Number of claims</source>
        <translation>Число утверждений</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../../src/claimdesk/gui/article_list.py" line="122" />
        <source>Filter by title or outlet…</source>
        <translation>Фильтр по заголовку или изданию…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_list.py" line="124" />
        <source>Filter articles</source>
        <translation>Фильтр статей</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/article_list.py" line="128" />
        <source>Articles in the catalogue</source>
        <translation>Статьи каталога</translation>
    </message>
</context>
<context>
    <name>ArticleTextDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/text_edit_dialog.py" line="34" />
        <source>Edit text — {title}</source>
        <translation>Правка текста — {title}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/text_edit_dialog.py" line="34" />
        <source>Edit text</source>
        <translation>Правка текста</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/text_edit_dialog.py" line="42" />
        <source>Saving keeps the present text as an earlier version (Article › Versions…) and moves the claims with the words they quote. Ctrl+Enter saves; Escape cancels.</source>
        <translation>При сохранении нынешний текст остаётся предыдущей версией («Статья › Версии…»), а утверждения перемещаются вместе с цитируемыми словами. Ctrl+Enter — сохранить, Escape — отменить.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/text_edit_dialog.py" line="66" />
        <source>Save as a new version (Ctrl+Enter)</source>
        <translation>Сохранить как новую версию (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/text_edit_dialog.py" line="94" />
        <source>Discard changes?</source>
        <translation>Отбросить изменения?</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/text_edit_dialog.py" line="95" />
        <source>The text was changed. Discard the changes?</source>
        <translation>Текст изменён. Отбросить изменения?</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/text_edit_dialog.py" line="100" />
        <source>&amp;Discard changes</source>
        <translation>&amp;Отбросить изменения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/text_edit_dialog.py" line="102" />
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
</context>
<context>
    <name>CatalogueController</name>
    <message>
        <location filename="../../../src/claimdesk/gui/catalogue_actions.py" line="47" />
        <source>Opened the catalogue {location}</source>
        <translation>Открыт каталог {location}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/catalogue_actions.py" line="55" />
        <source>New catalogue</source>
        <translation>Новый каталог</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/catalogue_actions.py" line="57" />
        <location filename="../../../src/claimdesk/gui/catalogue_actions.py" line="75" />
        <source>Catalogues ({patterns})</source>
        <translation>Каталоги ({patterns})</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/catalogue_actions.py" line="62" />
        <source>{path} already exists; use Open catalogue to open it.</source>
        <translation>{path} уже существует; откройте его через «Открыть каталог».</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/catalogue_actions.py" line="73" />
        <source>Open catalogue</source>
        <translation>Открыть каталог</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/catalogue_actions.py" line="77" />
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/catalogue_actions.py" line="96" />
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
        <location filename="../../../src/claimdesk/gui/undo.py" line="88" />
        <source>Edit</source>
        <translation>правка</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="248" />
        <source>Redone: {step}</source>
        <translation>Повторено: {step}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="248" />
        <source>Undone: {step}</source>
        <translation>Отменено: {step}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="104" />
        <source>Add article “{title}”</source>
        <translation>добавление статьи «{title}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/undo.py" line="108" />
        <source>Add %n article(s)</source>
        <translation>
            <numerusform>добавление %n статьи</numerusform>
            <numerusform>добавление %n статей</numerusform>
            <numerusform>добавление %n статей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="112" />
        <source>Edit details of “{title}”</source>
        <translation>изменение сведений о статье «{title}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="116" />
        <source>Delete article “{title}”</source>
        <translation>удаление статьи «{title}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/undo.py" line="120" />
        <source>Attribute %n span(s)</source>
        <translation>
            <numerusform>приписывание %n фрагмента</numerusform>
            <numerusform>приписывание %n фрагментов</numerusform>
            <numerusform>приписывание %n фрагментов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="124" />
        <source>Attribute “{quote}” to {speaker}</source>
        <translation>приписывание «{quote}» спикеру {speaker}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="128" />
        <source>Mark “{quote}”</source>
        <translation>отметка «{quote}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="131" />
        <source>Re-attribute “{quote}” to {speaker}</source>
        <translation>смена спикера у «{quote}» на {speaker}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="137" />
        <source>Re-attribute “{quote}”</source>
        <translation>смена спикера у «{quote}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="141" />
        <source>Edit claim “{quote}”</source>
        <translation>изменение утверждения «{quote}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="145" />
        <source>Move claim “{quote}”</source>
        <translation>перемещение утверждения «{quote}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="149" />
        <source>Place orphaned claim “{quote}”</source>
        <translation>размещение утверждения без места «{quote}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="153" />
        <source>Delete claim “{quote}”</source>
        <translation>удаление утверждения «{quote}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/undo.py" line="157" />
        <source>Delete %n claim(s)</source>
        <translation>
            <numerusform>удаление %n утверждения</numerusform>
            <numerusform>удаление %n утверждений</numerusform>
            <numerusform>удаление %n утверждений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="161" />
        <source>Link “{quote}” ({relation})</source>
        <translation>связь «{quote}» ({relation})</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="165" />
        <source>Remove link</source>
        <translation>удаление связи</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="166" />
        <source>Gather clusters</source>
        <translation>сбор кластеров</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="167" />
        <source>Confirm cluster</source>
        <translation>подтверждение кластера</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="168" />
        <source>Unconfirm cluster</source>
        <translation>снятие подтверждения кластера</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="171" />
        <source>Split cluster {number}</source>
        <translation>разделение кластера {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/undo.py" line="175" />
        <source>Merge %n cluster(s)</source>
        <translation>
            <numerusform>объединение %n кластера</numerusform>
            <numerusform>объединение %n кластеров</numerusform>
            <numerusform>объединение %n кластеров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="179" />
        <source>Verdict: {verdict}</source>
        <translation>вердикт: {verdict}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="183" />
        <source>Import REFI-QDA project “{name}”</source>
        <translation>импорт проекта REFI-QDA «{name}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/undo.py" line="187" />
        <source>Import %n annotation(s) from {file}</source>
        <translation>
            <numerusform>импорт %n аннотации из {file}</numerusform>
            <numerusform>импорт %n аннотаций из {file}</numerusform>
            <numerusform>импорт %n аннотаций из {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="193" />
        <source>Add speaker {name}</source>
        <translation>добавление спикера {name}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="197" />
        <source>Edit speaker {name}</source>
        <translation>изменение спикера {name}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="201" />
        <source>Add alias “{alias}” to {name}</source>
        <translation>добавление другого имени «{alias}» спикеру {name}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="207" />
        <source>Remove alias “{alias}” of {name}</source>
        <translation>удаление другого имени «{alias}» у спикера {name}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="213" />
        <source>Merge {merged} into {kept}</source>
        <translation>объединение {merged} с {kept}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="219" />
        <source>Delete speaker {name}</source>
        <translation>удаление спикера {name}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/undo.py" line="223" />
        <source>New version {number} of “{title}”</source>
        <translation>новая версия {number} статьи «{title}»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/undo.py" line="229" />
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>принятие %n подсказки</numerusform>
            <numerusform>принятие %n подсказок</numerusform>
            <numerusform>принятие %n подсказок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimActions</name>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="489" />
        <source>“{quote}” was not found in the article's new text: select where it belongs and press {key} to place it.</source>
        <translation>«{quote}» не найдено в новом тексте статьи: выделите, где оно должно стоять, и нажмите {key}, чтобы разместить его.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="495" />
        <source>Select the new span for “{quote}” and press {key}.</source>
        <translation>Выделите новый фрагмент для «{quote}» и нажмите {key}.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="504" />
        <source>&amp;Place “{quote}” here</source>
        <translation>Помес&amp;тить «{quote}» сюда</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="506" />
        <source>&amp;Move “{quote}” here</source>
        <translation>Пере&amp;местить «{quote}» сюда</translation>
    </message>
</context>
<context>
    <name>ClaimController</name>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="130" />
        <source>Suggested: {name} said the same in another article.</source>
        <translation>Подсказка: {name} сказал(а) то же самое в другой статье.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="132" />
        <source>Suggested: {name} said the same in «{where}».</source>
        <translation>Подсказка: {name} сказал(а) то же самое в «{where}».</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="163" />
        <source>Select a quote in the article first.</source>
        <translation>Сначала выделите цитату в статье.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="196" />
        <source>Attributed to {name}.</source>
        <translation>Приписано спикеру {name}.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="198" />
        <source>Attributed to nobody (unattributed).</source>
        <translation>Не приписано никому (без спикера).</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="205" />
        <source>Choose a claim in the claims panel first.</source>
        <translation>Сначала выберите утверждение на панели утверждений.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="235" />
        <source>Re-attribute</source>
        <translation>Приписать другому спикеру</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="235" />
        <source>Edit claim</source>
        <translation>Правка утверждения</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="275" />
        <source>Choose the claim to move (click its highlight or its row), select its new span, then press {key}.</source>
        <translation>Выберите утверждение, которое нужно переместить (щёлкните его выделение или строку), выделите его новый фрагмент и нажмите {key}.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="304" />
        <source>Placed the claim on “{quote}”.</source>
        <translation>Утверждение размещено на «{quote}».</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="306" />
        <source>Moved the claim on “{quote}”.</source>
        <translation>Утверждение перемещено на «{quote}».</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="341" />
        <source>&amp;Edit claim “{quote}”…</source>
        <translation>&amp;Изменить утверждение «{quote}»…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="347" />
        <source>&amp;Re-attribute “{quote}”…</source>
        <translation>Приписать «{quote}» &amp;другому спикеру…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="353" />
        <source>&amp;Delete claim “{quote}”</source>
        <translation>&amp;Удалить утверждение «{quote}»</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="396" />
        <source>Choose a claim here and a similar claim to link them.</source>
        <translation>Выберите здесь утверждение и похожее утверждение, чтобы связать их.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/claim_actions.py" line="404" />
        <source>Linked as the same claim.</source>
        <translation>Связано как «то же утверждение».</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/copy_dialog.py" line="12" />
        <source>Copy every article, speaker and claim (with their ids and links) into a new catalogue.
Give a new file path, or the URL of an empty PostgreSQL database
(postgresql+psycopg://user@server/database; the password comes from ~/.pgpass):</source>
        <translation>Скопировать все статьи, спикеров и утверждения (с их идентификаторами и связями) в новый каталог.
Укажите путь к новому файлу или URL пустой базы данных PostgreSQL
(postgresql+psycopg://пользователь@сервер/база; пароль берётся из ~/.pgpass):</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/copy_dialog.py" line="24" />
        <source>Copy catalogue to</source>
        <translation>Копирование каталога</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/copy_dialog.py" line="36" />
        <source>Copying the catalogue…</source>
        <translation>Копирование каталога…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/copy_dialog.py" line="37" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/copy_dialog.py" line="42" />
        <source>Copy catalogue</source>
        <translation>Копирование каталога</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/copy_dialog.py" line="45" />
        <source>Copying {table}s… {done} of {total}</source>
        <translation>Копирование таблицы {table}… {done} из {total}</translation>
    </message>
</context>
<context>
    <name>EmptyReaderPage</name>
    <message>
        <location filename="../../../src/claimdesk/gui/empty_state.py" line="93" />
        <source>Start with an article</source>
        <translation>Начните со статьи</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/empty_state.py" line="102" />
        <source>ClaimDesk keeps a catalogue of who said what: select a quote in a news article, name its speaker, and the claim is highlighted, filed and ready to search, compare and export.</source>
        <translation>ClaimDesk ведёт каталог того, кто что сказал: выделите цитату в новостной статье, укажите спикера — и утверждение выделено, занесено в каталог и готово к поиску, сравнению и экспорту.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/empty_state.py" line="112" />
        <source>Try it on a sample article</source>
        <translation>Попробовать на статье-примере</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/empty_state.py" line="117" />
        <source>Adds a short Russian news report (Sputnik, 2020) to this catalogue and opens it</source>
        <translation>Добавляет в этот каталог короткую новость на русском языке (Sputnik, 2020) и открывает её</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/empty_state.py" line="123" />
        <source>A short news report in Russian, added to this catalogue.</source>
        <translation>Короткая новость на русском языке, добавляется в этот каталог.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/empty_state.py" line="129" />
        <source>Or bring your own:</source>
        <translation>Или возьмите свою:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/empty_state.py" line="131" />
        <source>Paste an article ({key})</source>
        <translation>Вставить статью ({key})</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/empty_state.py" line="137" />
        <source>Open a file ({key})</source>
        <translation>Открыть файл ({key})</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/empty_state.py" line="141" />
        <source>Text, web pages, Word, PDF, ODT, RTF and Markdown files.</source>
        <translation>Текст, веб-страницы, файлы Word, PDF, ODT, RTF и Markdown.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/empty_state.py" line="145" />
        <source>…or drop files here</source>
        <translation>…или перетащите файлы сюда</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/empty_state.py" line="148" />
        <source>Drop article files or a folder anywhere in this window</source>
        <translation>Перетащите файлы статей или папку в любое место этого окна</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../../src/claimdesk/gui/empty_state.py" line="43" />
        <source>Select a quote in the article and press {key} to attribute it to its speaker.</source>
        <translation>Выделите цитату в статье и нажмите {key}, чтобы приписать её спикеру.</translation>
    </message>
</context>
<context>
    <name>ImportBatch</name>
    <message>
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="247" />
        <source>Author: {author}</source>
        <translation>Автор: {author}</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="99" />
        <source>Reading files…</source>
        <translation>Чтение файлов…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="99" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="101" />
        <source>Importing articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="154" />
        <source>Imported {done} of %n: {name}</source>
        <translation>
            <numerusform>Импортировано {done} из %n: {name}</numerusform>
            <numerusform>Импортировано {done} из %n: {name}</numerusform>
            <numerusform>Импортировано {done} из %n: {name}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="212" />
        <source>not stored: {reason}</source>
        <translation>не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="301" />
        <source>%n imported</source>
        <translation>
            <numerusform>%n импортирован</numerusform>
            <numerusform>%n импортированы</numerusform>
            <numerusform>%n импортировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="302" />
        <source>%n already there</source>
        <translation>
            <numerusform>%n уже в каталоге</numerusform>
            <numerusform>%n уже в каталоге</numerusform>
            <numerusform>%n уже в каталоге</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="303" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
            <numerusform>%n с ошибкой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="306" />
        <source>%n skipped</source>
        <translation>
            <numerusform>%n пропущен</numerusform>
            <numerusform>%n пропущены</numerusform>
            <numerusform>%n пропущено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="307" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="308" />
        <source>{counts} — import cancelled.</source>
        <translation>{counts} — импорт отменён.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="308" />
        <source>{counts}.</source>
        <translation>{counts}.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="313" />
        <source>&lt;b&gt;Failed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;С ошибкой:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="317" />
        <source>&lt;b&gt;Nearly the same as an earlier article:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Почти дубликаты более ранних статей:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="272" />
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="272" />
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
</context>
<context>
    <name>ImportThread</name>
    <message>
        <location filename="../../../src/claimdesk/gui/import_worker.py" line="97" />
        <source>The folder cannot be read: {reason}</source>
        <translation>Не удаётся прочитать папку: {reason}</translation>
    </message>
</context>
<context>
    <name>IndexBuilder</name>
    <message>
        <location filename="../../../src/claimdesk/gui/workers.py" line="144" />
        <source>Matching is unavailable: {reason}</source>
        <translation>Сопоставление недоступно: {reason}</translation>
    </message>
</context>
<context>
    <name>IndexingController</name>
    <message>
        <location filename="../../../src/claimdesk/gui/indexing.py" line="54" />
        <source>Indexing…</source>
        <translation>Индексирование…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/indexing.py" line="83" />
        <source>Indexing… {percent}%</source>
        <translation>Индексирование… {percent} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/indexing.py" line="87" />
        <source>Matching ready (%n claim(s))</source>
        <translation>
            <numerusform>Сопоставление готово (%n утверждение)</numerusform>
            <numerusform>Сопоставление готово (%n утверждения)</numerusform>
            <numerusform>Сопоставление готово (%n утверждений)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/indexing.py" line="92" />
        <source>Matching unavailable</source>
        <translation>Сопоставление недоступно</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="154" />
        <source>Reader</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="160" />
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="162" />
        <source>Claims in this article</source>
        <translation>Утверждения в этой статье</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="165" />
        <source>Similar claims in other articles</source>
        <translation>Похожие утверждения в других статьях</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="255" />
        <source>the catalogue</source>
        <translation>каталог</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="263" />
        <source>{app} — opening {name}…</source>
        <translation>{app} — открывается {name}…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="265" />
        <source>Opening {name}…</source>
        <translation>Открывается {name}…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="267" />
        <source>Opening catalogue…</source>
        <translation>Открывается каталог…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="273" />
        <source>The catalogue could not be opened.</source>
        <translation>Не удалось открыть каталог.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="274" />
        <source>Cannot open the catalogue</source>
        <translation>Не удаётся открыть каталог</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="362" />
        <source>Paste an article with {paste} or open a text file with {open}.</source>
        <translation>Вставьте статью с помощью {paste} или откройте текстовый файл с помощью {open}.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="374" />
        <source>Opening the newest article…</source>
        <translation>Открывается самая новая статья…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/main_window.py" line="389" />
        <source>Updated: %n claim(s) changed elsewhere.</source>
        <translation>
            <numerusform>Обновлено: %n утверждение изменено в другом месте.</numerusform>
            <numerusform>Обновлено: %n утверждения изменены в другом месте.</numerusform>
            <numerusform>Обновлено: %n утверждений изменено в другом месте.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="391" />
        <source>Updated: the catalogue changed elsewhere.</source>
        <translation>Обновлено: каталог изменён в другом месте.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="443" />
        <source>The team server is back.</source>
        <translation>Командный сервер снова доступен.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/main_window.py" line="490" />
        <source>%n claim(s) to place: press Enter to open one in its article, select where it belongs and press {key}.</source>
        <translation>
            <numerusform>%n утверждение ждёт места: нажмите Enter, чтобы открыть его в статье, выделите, где оно должно стоять, и нажмите {key}.</numerusform>
            <numerusform>%n утверждения ждут места: нажмите Enter, чтобы открыть одно из них в статье, выделите, где оно должно стоять, и нажмите {key}.</numerusform>
            <numerusform>%n утверждений ждут места: нажмите Enter, чтобы открыть одно из них в статье, выделите, где оно должно стоять, и нажмите {key}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="498" />
        <source>No claims wait to be placed.</source>
        <translation>Нет утверждений, ждущих места.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="542" />
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="545" />
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="554" />
        <source>Open an article to find text in it.</source>
        <translation>Откройте статью, чтобы искать в ней текст.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="578" />
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="580" />
        <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Catalogue who said what: highlight quotes and claims in news articles, attribute them to speakers, find repeats.&lt;/p&gt;&lt;p&gt;Catalogue: &lt;code&gt;{location}&lt;/code&gt;&lt;br/&gt;Schema version: {revision}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Каталог того, кто что сказал: выделяйте цитаты и утверждения в новостных статьях, приписывайте их спикерам, находите повторы.&lt;/p&gt;&lt;p&gt;Каталог: &lt;code&gt;{location}&lt;/code&gt;&lt;br/&gt;Версия схемы: {revision}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/main_window.py" line="588" />
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
</context>
<context>
    <name>NearDuplicateNotice</name>
    <message>
        <location filename="../../../src/claimdesk/gui/import_notice.py" line="38" />
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/import_notice.py" line="50" />
        <source>Article {number} is nearly the same as {earlier}</source>
        <translation>Статья {number} почти совпадает с {earlier}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/import_notice.py" line="52" />
        <source>Open the earlier article</source>
        <translation>Открыть более раннюю статью</translation>
    </message>
</context>
<context>
    <name>NewVersionReport</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="162" />
        <source>%n claim(s) followed the text</source>
        <translation>
            <numerusform>%n утверждение последовало за текстом</numerusform>
            <numerusform>%n утверждения последовали за текстом</numerusform>
            <numerusform>%n утверждений последовали за текстом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="164" />
        <source>%n placed approximately</source>
        <translation>
            <numerusform>%n размещено приблизительно</numerusform>
            <numerusform>%n размещены приблизительно</numerusform>
            <numerusform>%n размещено приблизительно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="166" />
        <source>%n not found (orphaned)</source>
        <translation>
            <numerusform>%n не найдено (без места)</numerusform>
            <numerusform>%n не найдены (без места)</numerusform>
            <numerusform>%n не найдено (без места)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="168" />
        <source>Saved the new text: {parts}. Edit › Undo ({key}) restores it.</source>
        <translation>Новый текст сохранён: {parts}. «Правка › Отменить» ({key}) вернёт прежний.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="170" />
        <source>Saved the new text. Edit › Undo ({key}) restores it.</source>
        <translation>Новый текст сохранён. «Правка › Отменить» ({key}) вернёт прежний.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="171" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="181" />
        <source>%n claim(s) not found in the new text. They are kept, marked “not found” in the claims panel: choose one there, select where it belongs in the text and press {key} (Claim › Move claim here).</source>
        <translation>
            <numerusform>%n утверждение не найдено в новом тексте. Оно сохранено и отмечено как «не найдено» на панели утверждений: выберите его там, выделите в тексте, где оно должно стоять, и нажмите {key} («Утверждение › Переместить утверждение сюда»).</numerusform>
            <numerusform>%n утверждения не найдены в новом тексте. Они сохранены и отмечены как «не найдено» на панели утверждений: выберите там одно из них, выделите в тексте, где оно должно стоять, и нажмите {key} («Утверждение › Переместить утверждение сюда»).</numerusform>
            <numerusform>%n утверждений не найдено в новом тексте. Они сохранены и отмечены как «не найдено» на панели утверждений: выберите там одно из них, выделите в тексте, где оно должно стоять, и нажмите {key} («Утверждение › Переместить утверждение сюда»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="191" />
        <source>%n claim(s) placed where the text is similar but not the same; the claims panel shows each one's match (≈ and a percentage): check them.</source>
        <translation>
            <numerusform>%n утверждение размещено там, где текст похож, но не совпадает; панель утверждений показывает степень совпадения (≈ и процент): проверьте его.</numerusform>
            <numerusform>%n утверждения размещены там, где текст похож, но не совпадает; панель утверждений показывает степень совпадения каждого (≈ и процент): проверьте их.</numerusform>
            <numerusform>%n утверждений размещено там, где текст похож, но не совпадает; панель утверждений показывает степень совпадения каждого (≈ и процент): проверьте их.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="199" />
        <source>Claims to review</source>
        <translation>Утверждения для проверки</translation>
    </message>
</context>
<context>
    <name>NewerVersionCheck</name>
    <message>
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="81" />
        <source>Checking for a newer version</source>
        <translation>Проверка новой версии</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="85" />
        <source>Fetching {address}…</source>
        <translation>Загрузка {address}…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="95" />
        <source>Checking for a newer version was cancelled.</source>
        <translation>Проверка новой версии отменена.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="113" />
        <source>The page could not be read: {error}</source>
        <translation>Не удалось прочитать страницу: {error}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="162" />
        <source>No newer version: the page is as stored (checked {time}).</source>
        <translation>Новой версии нет: страница такая же, как сохранённая (проверено в {time}).</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="170" />
        <source>A newer version</source>
        <translation>Новая версия</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="172" />
        <source>The page at {address} has changed (fetched {time}).

{change}

Store its text as version {number} of “{title}”? Its claims follow the words they quote; Undo gives the old text back.</source>
        <translation>Страница {address} изменилась (загружена {time}).

{change}

Сохранить её текст как версию {number} статьи «{title}»? Утверждения последуют за цитируемыми словами; «Отменить» вернёт прежний текст.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="187" />
        <source>Store as version {number}</source>
        <translation>Сохранить как версию {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="216" />
        <source>%n paragraph(s) changed</source>
        <translation>
            <numerusform>%n абзац изменён</numerusform>
            <numerusform>%n абзаца изменены</numerusform>
            <numerusform>%n абзацев изменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="218" />
        <source>%n paragraph(s) added</source>
        <translation>
            <numerusform>%n абзац добавлен</numerusform>
            <numerusform>%n абзаца добавлены</numerusform>
            <numerusform>%n абзацев добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="220" />
        <source>%n paragraph(s) removed</source>
        <translation>
            <numerusform>%n абзац удалён</numerusform>
            <numerusform>%n абзаца удалены</numerusform>
            <numerusform>%n абзацев удалено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="222" />
        <source>Only the spacing differs.</source>
        <translation>Различаются только пробелы.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="223" />
        <source>{changes} (about %n character(s) differ).</source>
        <translation>
            <numerusform>{changes} (различается около %n символа).</numerusform>
            <numerusform>{changes} (различается около %n символов).</numerusform>
            <numerusform>{changes} (различается около %n символов).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="224" />
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <location filename="../../../src/claimdesk/gui/operations.py" line="49" />
        <source>Saving to the team server…</source>
        <translation>Сохранение на командный сервер…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../../src/claimdesk/gui/startup.py" line="51" />
        <source>the catalogue</source>
        <translation>каталог</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/startup.py" line="53" />
        <source>the team catalogue</source>
        <translation>командный каталог</translation>
    </message>
</context>
<context>
    <name>TeamCatalogueDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/team_dialog.py" line="32" />
        <source>Connect to team catalogue</source>
        <translation>Подключение к командному каталогу</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/team_dialog.py" line="37" />
        <source>db.newsroom.example or /run/postgresql</source>
        <translation>db.newsroom.example или /run/postgresql</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/team_dialog.py" line="45" />
        <source>a name from ~/.pg_service.conf (instead of the above)</source>
        <translation>имя из ~/.pg_service.conf (вместо полей выше)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/team_dialog.py" line="49" />
        <source>ClaimDesk does not store passwords. Put yours in ~/.pgpass (host:port:database:user:password, mode 600) or in a PostgreSQL service file.</source>
        <translation>ClaimDesk не хранит пароли. Укажите свой в ~/.pgpass (host:port:database:user:password, права 600) или в файле служб PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/team_dialog.py" line="63" />
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/team_dialog.py" line="64" />
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/team_dialog.py" line="65" />
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/team_dialog.py" line="66" />
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/team_dialog.py" line="67" />
        <source>Ser&amp;vice:</source>
        <translation>Сл&amp;ужба:</translation>
    </message>
</context>
<context>
    <name>UrlDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/url_dialog.py" line="28" />
        <source>Open web page</source>
        <translation>Открыть веб-страницу</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/url_dialog.py" line="34" />
        <source>&amp;Address of the article's web page:</source>
        <translation>&amp;Адрес веб-страницы статьи:</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/url_dialog.py" line="44" />
        <source>ClaimDesk fetches the page, keeps a copy of it as fetched, and reads its article as it reads a saved web page; the page's final address becomes the article's URL.</source>
        <translation>ClaimDesk загружает страницу, сохраняет её копию в загруженном виде и читает статью так же, как сохранённую веб-страницу; окончательный адрес страницы становится адресом статьи.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/url_dialog.py" line="55" />
        <source>&amp;Fetch</source>
        <translation>&amp;Загрузить</translation>
    </message>
</context>
<context>
    <name>UrlImport</name>
    <message>
        <location filename="../../../src/claimdesk/gui/url_import.py" line="56" />
        <location filename="../../../src/claimdesk/gui/url_import.py" line="103" />
        <source>Fetching {address}…</source>
        <translation>Загрузка {address}…</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/url_import.py" line="57" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/url_import.py" line="100" />
        <source>Opening web page</source>
        <translation>Открытие веб-страницы</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/url_import.py" line="115" />
        <source>Fetching the page was cancelled.</source>
        <translation>Загрузка страницы отменена.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/url_import.py" line="134" />
        <source>The page could not be read: {error}</source>
        <translation>Не удалось прочитать страницу: {error}</translation>
    </message>
</context>
<context>
    <name>VersionController</name>
    <message>
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="44" />
        <source>Open an article first.</source>
        <translation>Сначала откройте статью.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="69" />
        <source>The text is unchanged: nothing to save.</source>
        <translation>Текст не изменён: сохранять нечего.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="100" />
        <source>This article was not read from a web page.</source>
        <translation>Эта статья не была прочитана с веб-страницы.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="39" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="40" />
        <source>Stored</source>
        <translation>Сохранена</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="41" />
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="42" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="43" />
        <source>Claims in it</source>
        <translation>Утверждения в ней</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="44" />
        <source>Made on it</source>
        <translation>Сделаны на ней</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="48" />
        <source>Claims whose span stands in this text now: every placed claim in the current text, the claims not found since in an earlier one</source>
        <translation>Утверждения, чей фрагмент сейчас находится в этом тексте: все размещённые утверждения — в текущем тексте, утверждения, не найденные с тех пор, — в более раннем</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="53" />
        <source>Claims made on this text, wherever they stand now</source>
        <translation>Утверждения, сделанные на этом тексте, где бы они ни находились сейчас</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="66" />
        <source>removed</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="67" />
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="128" />
        <source>Versions — {title}</source>
        <translation>Версии — {title}</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="130" />
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="150" />
        <source>{number} (current)</source>
        <translation>{number} (текущая)</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="170" />
        <source>Changes from the chosen version to the current text: &lt;s&gt;struck through&lt;/s&gt; was removed, &lt;u&gt;underlined&lt;/u&gt; was added.</source>
        <translation>Изменения от выбранной версии к текущему тексту: &lt;s&gt;зачёркнутое&lt;/s&gt; удалено, &lt;u&gt;подчёркнутое&lt;/u&gt; добавлено.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="211" />
        <source>Version {number} is the current text.</source>
        <translation>Версия {number} — это текущий текст.</translation>
    </message>
    <message>
        <location filename="../../../src/claimdesk/gui/versions_dialog.py" line="213" />
        <source>Version {number} is the same as the current text.</source>
        <translation>Версия {number} совпадает с текущим текстом.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../../src/claimdesk/gui/workers.py" line="43" />
        <source>Matching failed: {reason}</source>
        <translation>Сопоставление не удалось: {reason}</translation>
    </message>
</context>
</TS>
