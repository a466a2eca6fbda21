<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ArticleController</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="430" />
        <source>This text is already in the catalogue as “{title}”, with %n claim(s). OK updates its details; Cancel leaves them as they are.</source>
        <translation>
            <numerusform>This text is already in the catalogue as “{title}”, with %n claim. OK updates its details; Cancel leaves them as they are.</numerusform>
            <numerusform>This text is already in the catalogue as “{title}”, with %n claims. OK updates its details; Cancel leaves them as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="519" />
        <source>Deleted “{title}” and its %n claim(s). Edit › Undo ({key}) brings it back.</source>
        <translation>
            <numerusform>Deleted “{title}” and its %n claim. Edit › Undo ({key}) brings it back.</numerusform>
            <numerusform>Deleted “{title}” and its %n claims. Edit › Undo ({key}) brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="536" />
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/article_actions.py" line="543" />
        <source>Delete “{title}” and its %n claim(s)? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Delete “{title}” and its %n claim? You can undo this with Edit › Undo.</numerusform>
            <numerusform>Delete “{title}” and its %n claims? You can undo this with Edit › Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/article_dialog.py" line="136" />
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueController</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/catalogue_actions.py" line="96" />
        <source>Copied %n record(s) to {target}</source>
        <translation>
            <numerusform>Copied %n record to {target}</numerusform>
            <numerusform>Copied %n records to {target}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueUndoStack</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/undo.py" line="108" />
        <source>Add %n article(s)</source>
        <translation>
            <numerusform>Add %n article</numerusform>
            <numerusform>Add %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/undo.py" line="120" />
        <source>Attribute %n span(s)</source>
        <translation>
            <numerusform>Attribute %n span</numerusform>
            <numerusform>Attribute %n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/undo.py" line="157" />
        <source>Delete %n claim(s)</source>
        <translation>
            <numerusform>Delete %n claim</numerusform>
            <numerusform>Delete %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/undo.py" line="175" />
        <source>Merge %n cluster(s)</source>
        <translation>
            <numerusform>Merge %n cluster</numerusform>
            <numerusform>Merge %n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/undo.py" line="187" />
        <source>Import %n annotation(s) from {file}</source>
        <translation>
            <numerusform>Import %n annotation from {file}</numerusform>
            <numerusform>Import %n annotations from {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/undo.py" line="229" />
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="154" />
        <source>Imported {done} of %n: {name}</source>
        <translation>
            <numerusform>Imported {done} of %n: {name}</numerusform>
            <numerusform>Imported {done} of %n: {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="301" />
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="302" />
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="303" />
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/import_batch.py" line="306" />
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexingController</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/indexing.py" line="87" />
        <source>Matching ready (%n claim(s))</source>
        <translation>
            <numerusform>Matching ready (%n claim)</numerusform>
            <numerusform>Matching ready (%n claims)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/main_window.py" line="389" />
        <source>Updated: %n claim(s) changed elsewhere.</source>
        <translation>
            <numerusform>Updated: %n claim changed elsewhere.</numerusform>
            <numerusform>Updated: %n claims changed elsewhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/main_window.py" line="490" />
        <source>%n claim(s) to place: press Enter to open one in its article, select where it belongs and press {key}.</source>
        <translation>
            <numerusform>%n claim to place: press Enter to open it in its article, select where it belongs and press {key}.</numerusform>
            <numerusform>%n claims to place: press Enter to open one in its article, select where it belongs and press {key}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewVersionReport</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="162" />
        <source>%n claim(s) followed the text</source>
        <translation>
            <numerusform>%n claim followed the text</numerusform>
            <numerusform>%n claims followed the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="164" />
        <source>%n placed approximately</source>
        <translation>
            <numerusform>%n placed approximately</numerusform>
            <numerusform>%n placed approximately</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="166" />
        <source>%n not found (orphaned)</source>
        <translation>
            <numerusform>%n not found (orphaned)</numerusform>
            <numerusform>%n not found (orphaned)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="181" />
        <source>%n claim(s) not found in the new text. They are kept, marked “not found” in the claims panel: choose one there, select where it belongs in the text and press {key} (Claim › Move claim here).</source>
        <translation>
            <numerusform>%n claim was not found in the new text. It is kept, marked “not found” in the claims panel: choose it there, select where it belongs in the text and press {key} (Claim › Move claim here).</numerusform>
            <numerusform>%n claims were not found in the new text. They are kept, marked “not found” in the claims panel: choose one there, select where it belongs in the text and press {key} (Claim › Move claim here).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/version_actions.py" line="191" />
        <source>%n claim(s) placed where the text is similar but not the same; the claims panel shows each one's match (≈ and a percentage): check them.</source>
        <translation>
            <numerusform>%n claim was placed where the text is similar but not the same; the claims panel shows its match (≈ and a percentage): check it.</numerusform>
            <numerusform>%n claims were placed where the text is similar but not the same; the claims panel shows each one's match (≈ and a percentage): check them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewerVersionCheck</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="216" />
        <source>%n paragraph(s) changed</source>
        <translation>
            <numerusform>%n paragraph changed</numerusform>
            <numerusform>%n paragraphs changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="218" />
        <source>%n paragraph(s) added</source>
        <translation>
            <numerusform>%n paragraph added</numerusform>
            <numerusform>%n paragraphs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="220" />
        <source>%n paragraph(s) removed</source>
        <translation>
            <numerusform>%n paragraph removed</numerusform>
            <numerusform>%n paragraphs removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/newer_version.py" line="223" />
        <source>{changes} (about %n character(s) differ).</source>
        <translation>
            <numerusform>{changes} (about %n character differs).</numerusform>
            <numerusform>{changes} (about %n characters differ).</numerusform>
        </translation>
    </message>
</context>
</TS>
