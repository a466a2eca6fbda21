<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ExchangeImports</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="47"/>
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="71"/>
        <source>%n new speaker(s)</source>
        <translation><numerusform>%n new speaker</numerusform><numerusform>%n new speakers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="49"/>
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="70"/>
        <source>%n new article(s)</source>
        <translation><numerusform>%n new article</numerusform><numerusform>%n new articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="51"/>
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="76"/>
        <source>%n already there</source>
        <translation><numerusform>%n already there</numerusform><numerusform>%n already there</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="74"/>
        <source>%n link(s)</source>
        <translation><numerusform>%n link</numerusform><numerusform>%n links</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/exchange_import.py" line="83"/>
        <source>%n claim(s) imported from {file} ({details})</source>
        <translation><numerusform>%n claim imported from {file} ({details})</numerusform><numerusform>%n claims imported from {file} ({details})</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="240"/>
        <source>%n claim(s) match these filters.</source>
        <translation><numerusform>%n claim matches these filters.</numerusform><numerusform>%n claims match these filters.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="347"/>
        <source>The network of %n claim(s) written to {path}</source>
        <translation><numerusform>The network of %n claim written to {path}</numerusform><numerusform>The network of %n claims written to {path}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/export_dialog.py" line="351"/>
        <source>%n claim(s) written to {path}</source>
        <translation><numerusform>%n claim written to {path}</numerusform><numerusform>%n claims written to {path}</numerusform></translation>
    </message>
</context>
</TS>