<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>The quote “{quote}” occurs %n time(s) in the article; occurrence {occurrence} does not exist.</source>
        <translation>
            <numerusform>The quote “{quote}” occurs %n time in the article; occurrence {occurrence} does not exist.</numerusform>
            <numerusform>The quote “{quote}” occurs %n times in the article; occurrence {occurrence} does not exist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalogue {location} cannot be used: this catalogue's version table is damaged (it names %n schema version(s) instead of one: {found}): ClaimDesk will not write into it. Recover what is readable into a new file (in the app, or with claimdesk-cli recover), or open a backup.</source>
        <translation>
            <numerusform>The catalogue {location} cannot be used: this catalogue's version table is damaged (it names %n schema version instead of one: {found}): ClaimDesk will not write into it. Recover what is readable into a new file (in the app, or with claimdesk-cli recover), or open a backup.</numerusform>
            <numerusform>The catalogue {location} cannot be used: this catalogue's version table is damaged (it names %n schema versions instead of one: {found}): ClaimDesk will not write into it. Recover what is readable into a new file (in the app, or with claimdesk-cli recover), or open a backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The status “{label}” cannot be removed: %n cluster(s) have it. Give those clusters another status first (or rename this one). Nothing was changed.</source>
        <translation>
            <numerusform>The status “{label}” cannot be removed: %n cluster has it. Give those clusters another status first (or rename this one). Nothing was changed.</numerusform>
            <numerusform>The status “{label}” cannot be removed: %n clusters have it. Give those clusters another status first (or rename this one). Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
</TS>
