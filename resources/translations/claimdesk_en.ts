<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>ArticleController</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/article_actions.py" line="+430" />
            <source>This text is already in the catalogue as “{title}”, with %Ln claim(s). OK updates its details; Cancel leaves them as they are.</source>
            <translation>
                <numerusform>This text is already in the catalogue as “{title}”, with %Ln claim. OK updates its details; Cancel leaves them as they are.</numerusform>
                <numerusform>This text is already in the catalogue as “{title}”, with %Ln claims. OK updates its details; Cancel leaves them as they are.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+89" />
            <source>Deleted “{title}” and its %Ln claim(s). Edit › Undo ({key}) brings it back.</source>
            <translation>
                <numerusform>Deleted “{title}” and its %Ln claim. Edit › Undo ({key}) brings it back.</numerusform>
                <numerusform>Deleted “{title}” and its %Ln claims. Edit › Undo ({key}) brings it back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>Import %Ln file(s)</source>
            <translation>
                <numerusform>Import %Ln file</numerusform>
                <numerusform>Import %Ln files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Delete “{title}” and its %Ln claim(s)? You can undo this with Edit › Undo.</source>
            <translation>
                <numerusform>Delete “{title}” and its %Ln claim? You can undo this with Edit › Undo.</numerusform>
                <numerusform>Delete “{title}” and its %Ln claims? You can undo this with Edit › Undo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ArticleDialog</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/article_dialog.py" line="+136" />
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln character</numerusform>
                <numerusform>%Ln characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/bar_chart.py" line="+108" />
            <source>%Ln in all; the first {drawn} drawn</source>
            <translation>
                <numerusform>%Ln in all; the first {drawn} drawn</numerusform>
                <numerusform>%Ln in all; the first {drawn} drawn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln in all</source>
            <translation>
                <numerusform>%Ln in all</numerusform>
                <numerusform>%Ln in all</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogueController</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/catalogue_actions.py" line="+96" />
            <source>Copied %Ln record(s) to {target}</source>
            <translation>
                <numerusform>Copied %Ln record to {target}</numerusform>
                <numerusform>Copied %Ln records to {target}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogueUndoStack</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/undo.py" line="+108" />
            <source>Add %Ln article(s)</source>
            <translation>
                <numerusform>Add %Ln article</numerusform>
                <numerusform>Add %Ln articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>Attribute %Ln span(s)</source>
            <translation>
                <numerusform>Attribute %Ln span</numerusform>
                <numerusform>Attribute %Ln spans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+37" />
            <source>Delete %Ln claim(s)</source>
            <translation>
                <numerusform>Delete %Ln claim</numerusform>
                <numerusform>Delete %Ln claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Merge %Ln cluster(s)</source>
            <translation>
                <numerusform>Merge %Ln cluster</numerusform>
                <numerusform>Merge %Ln clusters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>Import %Ln annotation(s) from {file}</source>
            <translation>
                <numerusform>Import %Ln annotation from {file}</numerusform>
                <numerusform>Import %Ln annotations from {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+42" />
            <source>Accept %Ln suggestion(s)</source>
            <translation>
                <numerusform>Accept %Ln suggestion</numerusform>
                <numerusform>Accept %Ln suggestions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CatalogueView</name>
        <message numerus="yes">
            <source>only the first %Ln word(s) are searched</source>
            <translation>
                <numerusform>only the first word is searched</numerusform>
                <numerusform>only the first %Ln words are searched</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln word(s) further on are not looked for.</source>
            <translation>
                <numerusform>%Ln word further on is not looked for.</numerusform>
                <numerusform>%Ln words further on are not looked for.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/catalogue_view.py" line="+159" />
            <source>%Ln+ claim(s), counting…</source>
            <translation>
                <numerusform>%Ln+ claim, counting…</numerusform>
                <numerusform>%Ln+ claims, counting…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln+ claim(s)</source>
            <translation>
                <numerusform>%Ln+ claim</numerusform>
                <numerusform>%Ln+ claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln claim(s)</source>
            <translation>
                <numerusform>%Ln claim</numerusform>
                <numerusform>%Ln claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+39" />
            <source>Delete %Ln claim(s)? You can undo this with Edit › Undo.</source>
            <translation>
                <numerusform>Delete %Ln claim? You can undo this with Edit › Undo.</numerusform>
                <numerusform>Delete %Ln claims? You can undo this with Edit › Undo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClaimController</name>
        <message numerus="yes">
            <source>Deleted %Ln claim(s). Edit › Undo ({key}) brings them back.</source>
            <translation>
                <numerusform>Deleted %Ln claim. Edit › Undo ({key}) brings it back.</numerusform>
                <numerusform>Deleted %Ln claims. Edit › Undo ({key}) brings them back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClaimsModel</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/claims_panel.py" line="+77" />
            <source>{mark} Linked as the same claim to %Ln other(s)</source>
            <translation>
                <numerusform>{mark} Linked as the same claim to %Ln other</numerusform>
                <numerusform>{mark} Linked as the same claim to %Ln others</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>{prog}: stored {stored} of %n suggestion(s)</source>
            <translation>
                <numerusform>{prog}: stored {stored} of %n suggestion</numerusform>
                <numerusform>{prog}: stored {stored} of %n suggestions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/claimdesk/cli.py" line="+900" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n claim</numerusform>
                <numerusform>%n claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+82" />
            <source>%n claim(s) indexed</source>
            <translation>
                <numerusform>%n claim indexed</numerusform>
                <numerusform>%n claims indexed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n posting(s)</source>
            <translation>
                <numerusform>%n posting</numerusform>
                <numerusform>%n postings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n row(s) waiting to be merged</source>
            <translation>
                <numerusform>%n row waiting to be merged</numerusform>
                <numerusform>%n rows waiting to be merged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+64" />
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n character</numerusform>
                <numerusform>%n characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+44" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+39" />
            <source>%n byte(s) written to {path}</source>
            <translation>
                <numerusform>%n byte written to {path}</numerusform>
                <numerusform>%n bytes written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+46" />
            <source>Deleting article {article} “{title}” and its %n claim(s) needs --yes: there is no terminal to ask.</source>
            <translation>
                <numerusform>Deleting article {article} “{title}” and its %n claim needs --yes: there is no terminal to ask.</numerusform>
                <numerusform>Deleting article {article} “{title}” and its %n claims needs --yes: there is no terminal to ask.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>Delete article {article} “{title}” and its %n claim(s)? This cannot be undone from the command line. [y/N] </source>
            <translation>
                <numerusform>Delete article {article} “{title}” and its %n claim? This cannot be undone from the command line. [y/N] </numerusform>
                <numerusform>Delete article {article} “{title}” and its %n claims? This cannot be undone from the command line. [y/N] </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>Deleted article {article} “{title}” and its %n claim(s).</source>
            <translation>
                <numerusform>Deleted article {article} “{title}” and its %n claim.</numerusform>
                <numerusform>Deleted article {article} “{title}” and its %n claims.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+80" />
            <source>copying {table}: {done}/%n row(s) ({percent}%)</source>
            <translation>
                <numerusform>copying {table}: {done}/%n row ({percent}%)</numerusform>
                <numerusform>copying {table}: {done}/%n rows ({percent}%)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>copied %n row(s) ({counts}) from {source} to {target}</source>
            <translation>
                <numerusform>copied %n row ({counts}) from {source} to {target}</numerusform>
                <numerusform>copied %n rows ({counts}) from {source} to {target}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+41" />
            <source>reading {table}: %n row(s)</source>
            <translation>
                <numerusform>reading {table}: %n row</numerusform>
                <numerusform>reading {table}: %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/claimdesk/cli_verdicts.py" line="+76" />
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n cluster</numerusform>
                <numerusform>%n clusters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CliClusters</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/cli_clusters.py" line="+100" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n claim</numerusform>
                <numerusform>%n claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+22" />
            <source>%n new cluster(s)</source>
            <translation>
                <numerusform>%n new cluster</numerusform>
                <numerusform>%n new clusters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n grown</source>
            <translation>
                <numerusform>%n grown</numerusform>
                <numerusform>%n grown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Gathered %n claim(s): {new}, {grown}.</source>
            <translation>
                <numerusform>Gathered %n claim: {new}, {grown}.</numerusform>
                <numerusform>Gathered %n claims: {new}, {grown}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+47" />
            <source>Split %n claim(s) into cluster {cluster}.</source>
            <translation>
                <numerusform>Split %n claim into cluster {cluster}.</numerusform>
                <numerusform>Split %n claims into cluster {cluster}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Merged %n cluster(s) ({merged}) into {cluster}.</source>
            <translation>
                <numerusform>Merged %n cluster ({merged}) into {cluster}.</numerusform>
                <numerusform>Merged %n clusters ({merged}) into {cluster}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CliExport</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/cli_export.py" line="+57" />
            <source>the {network} network of %n claim(s) written to {path}</source>
            <translation>
                <numerusform>the {network} network of %n claim written to {path}</numerusform>
                <numerusform>the {network} network of %n claims written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n claim(s) written to {path}</source>
            <translation>
                <numerusform>%n claim written to {path}</numerusform>
                <numerusform>%n claims written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%n claim(s) imported from {path}</source>
            <translation>
                <numerusform>%n claim imported from {path}</numerusform>
                <numerusform>%n claims imported from {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n new article(s)</source>
            <translation>
                <numerusform>%n new article</numerusform>
                <numerusform>%n new articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n new speaker(s)</source>
            <translation>
                <numerusform>%n new speaker</numerusform>
                <numerusform>%n new speakers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n already there</source>
            <translation>
                <numerusform>%n already there</numerusform>
                <numerusform>%n already there</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CliQdpx</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/cli_qdpx.py" line="+45" />
            <location line="+23" />
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-21" />
            <location line="+29" />
            <source>%n claim(s)</source>
            <translation>
                <numerusform>%n claim</numerusform>
                <numerusform>%n claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-27" />
            <source>%n speaker(s)</source>
            <translation>
                <numerusform>%n speaker</numerusform>
                <numerusform>%n speakers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n orphaned claim(s) left out</source>
            <translation>
                <numerusform>%n orphaned claim left out</numerusform>
                <numerusform>%n orphaned claims left out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <location line="+8" />
            <source>%n already there</source>
            <translation>
                <numerusform>%n already there</numerusform>
                <numerusform>%n already there</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-5" />
            <source>%n new speaker(s)</source>
            <translation>
                <numerusform>%n new speaker</numerusform>
                <numerusform>%n new speakers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n link(s)</source>
            <translation>
                <numerusform>%n link</numerusform>
                <numerusform>%n links</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterController</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/cluster_actions.py" line="+172" />
            <source>%Ln claim(s) split off into cluster {id}.</source>
            <translation>
                <numerusform>%Ln claim split off into cluster {id}.</numerusform>
                <numerusform>%Ln claims split off into cluster {id}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+121" />
            <source>Gathered %Ln claim(s): {created}, {grown}.</source>
            <translation>
                <numerusform>Gathered %Ln claim: {created}, {grown}.</numerusform>
                <numerusform>Gathered %Ln claims: {created}, {grown}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln new cluster(s)</source>
            <translation>
                <numerusform>%Ln new cluster</numerusform>
                <numerusform>%Ln new clusters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln grown</source>
            <translation>
                <numerusform>%Ln grown</numerusform>
                <numerusform>%Ln grown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterTimelineDialog</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/cluster_timeline_dialog.py" line="+28" />
            <source>«{quote}» — first said by {speaker} ({outlet}, {date}); %Ln appearance(s), {status}.</source>
            <translation>
                <numerusform>«{quote}» — first said by {speaker} ({outlet}, {date}); %Ln appearance, {status}.</numerusform>
                <numerusform>«{quote}» — first said by {speaker} ({outlet}, {date}); %Ln appearances, {status}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClustersView</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/clusters_view.py" line="+313" />
            <source>%Ln cluster(s)</source>
            <translation>
                <numerusform>%Ln cluster</numerusform>
                <numerusform>%Ln clusters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln claim(s)</source>
            <translation>
                <numerusform>%Ln claim</numerusform>
                <numerusform>%Ln claims</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/core/catalogue/annotation_import.py" line="+106" />
            <source>Annotation {annotation}: the quote “{quote}” stands %n time(s) in article {article}, and its prefix and suffix do not tell which.</source>
            <translation>
                <numerusform>Annotation {annotation}: the quote “{quote}” stands %n time in article {article}, and its prefix and suffix do not tell which.</numerusform>
                <numerusform>Annotation {annotation}: the quote “{quote}” stands %n times in article {article}, and its prefix and suffix do not tell which.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Annotation {annotation}: the quote “{quote}” stands %n time(s) in the article “{title}” carried in the file, and its prefix and suffix do not tell which.</source>
            <translation>
                <numerusform>Annotation {annotation}: the quote “{quote}” stands %n time in the article “{title}” carried in the file, and its prefix and suffix do not tell which.</numerusform>
                <numerusform>Annotation {annotation}: the quote “{quote}” stands %n times in the article “{title}” carried in the file, and its prefix and suffix do not tell which.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Annotation {annotation}: the quote “{quote}” stands %n time(s) in article {number} carried in the file, and its prefix and suffix do not tell which.</source>
            <translation>
                <numerusform>Annotation {annotation}: the quote “{quote}” stands %n time in article {number} carried in the file, and its prefix and suffix do not tell which.</numerusform>
                <numerusform>Annotation {annotation}: the quote “{quote}” stands %n times in article {number} carried in the file, and its prefix and suffix do not tell which.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Annotation {annotation}: %n article(s) have the address {address}, and none has the annotated text's hash.</source>
            <translation>
                <numerusform>Annotation {annotation}: %n article has the address {address}, and none has the annotated text's hash.</numerusform>
                <numerusform>Annotation {annotation}: %n articles have the address {address}, and none has the annotated text's hash.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/claimdesk/core/domain/errors.py" line="+21" />
            <source>The quote “{quote}” occurs %n time(s) in the article; occurrence {occurrence} does not exist.</source>
            <translation>
                <numerusform>The quote “{quote}” occurs %n time in the article; occurrence {occurrence} does not exist.</numerusform>
                <numerusform>The quote “{quote}” occurs %n times in the article; occurrence {occurrence} does not exist.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>The catalogue {location} cannot be used: this catalogue's version table is damaged (it names %n schema version(s) instead of one: {found}): ClaimDesk will not write into it. Recover what is readable into a new file (in the app, or with claimdesk-cli recover), or open a backup.</source>
            <translation>
                <numerusform>The catalogue {location} cannot be used: this catalogue's version table is damaged (it names %n schema version instead of one: {found}): ClaimDesk will not write into it. Recover what is readable into a new file (in the app, or with claimdesk-cli recover), or open a backup.</numerusform>
                <numerusform>The catalogue {location} cannot be used: this catalogue's version table is damaged (it names %n schema versions instead of one: {found}): ClaimDesk will not write into it. Recover what is readable into a new file (in the app, or with claimdesk-cli recover), or open a backup.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>The status “{label}” cannot be removed: %n cluster(s) have it. Give those clusters another status first (or rename this one). Nothing was changed.</source>
            <translation>
                <numerusform>The status “{label}” cannot be removed: %n cluster has it. Give those clusters another status first (or rename this one). Nothing was changed.</numerusform>
                <numerusform>The status “{label}” cannot be removed: %n clusters have it. Give those clusters another status first (or rename this one). Nothing was changed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/claimdesk/core/importers/web.py" line="+91" />
            <source>{host} redirected the page more than %n time(s) (last to {target}): open it in a browser, save it and import the file.</source>
            <translation>
                <numerusform>{host} redirected the page more than %n time (last to {target}): open it in a browser, save it and import the file.</numerusform>
                <numerusform>{host} redirected the page more than %n times (last to {target}): open it in a browser, save it and import the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>{host} is sending the page too slowly (it took over %n second(s)). Try again later, or open the page in a browser, save it and import the file.</source>
            <translation>
                <numerusform>{host} is sending the page too slowly (it took over %n second). Try again later, or open the page in a browser, save it and import the file.</numerusform>
                <numerusform>{host} is sending the page too slowly (it took over %n seconds). Try again later, or open the page in a browser, save it and import the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/claimdesk/core/importers/web_errors.py" line="+79" />
            <source>{host} did not answer within %n second(s): the site may be down or very slow, or the connection is poor. Try again later.</source>
            <translation>
                <numerusform>{host} did not answer within %n second: the site may be down or very slow, or the connection is poor. Try again later.</numerusform>
                <numerusform>{host} did not answer within %n seconds: the site may be down or very slow, or the connection is poor. Try again later.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>{host} stopped sending the page (nothing came for %n second(s)). Try again later.</source>
            <translation>
                <numerusform>{host} stopped sending the page (nothing came for %n second). Try again later.</numerusform>
                <numerusform>{host} stopped sending the page (nothing came for %n seconds). Try again later.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangeImports</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/exchange_import.py" line="+47" />
            <location line="+24" />
            <source>%Ln new speaker(s)</source>
            <translation>
                <numerusform>%Ln new speaker</numerusform>
                <numerusform>%Ln new speakers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-22" />
            <location line="+21" />
            <source>%Ln new article(s)</source>
            <translation>
                <numerusform>%Ln new article</numerusform>
                <numerusform>%Ln new articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-19" />
            <location line="+25" />
            <source>%Ln already there</source>
            <translation>
                <numerusform>%Ln already there</numerusform>
                <numerusform>%Ln already there</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-2" />
            <source>%Ln link(s)</source>
            <translation>
                <numerusform>%Ln link</numerusform>
                <numerusform>%Ln links</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%Ln claim(s) imported from {file} ({details})</source>
            <translation>
                <numerusform>%Ln claim imported from {file} ({details})</numerusform>
                <numerusform>%Ln claims imported from {file} ({details})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/export_dialog.py" line="+245" />
            <source>%Ln claim(s) match these filters.</source>
            <translation>
                <numerusform>%Ln claim matches these filters.</numerusform>
                <numerusform>%Ln claims match these filters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+109" />
            <source>The network of %Ln claim(s) written to {path}</source>
            <translation>
                <numerusform>The network of %Ln claim written to {path}</numerusform>
                <numerusform>The network of %Ln claims written to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%Ln claim(s) written to {path}</source>
            <translation>
                <numerusform>%Ln claim written to {path}</numerusform>
                <numerusform>%Ln claims written to {path}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/find_bar.py" line="+210" />
            <source>%Ln match(es)</source>
            <translation>
                <numerusform>%Ln match</numerusform>
                <numerusform>%Ln matches</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportRun</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/import_batch.py" line="+154" />
            <source>Imported {done} of %Ln: {name}</source>
            <translation>
                <numerusform>Imported {done} of %Ln: {name}</numerusform>
                <numerusform>Imported {done} of %Ln: {name}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportSummaryDialog</name>
        <message numerus="yes">
            <location line="+148" />
            <source>%Ln imported</source>
            <translation>
                <numerusform>%Ln imported</numerusform>
                <numerusform>%Ln imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln already there</source>
            <translation>
                <numerusform>%Ln already there</numerusform>
                <numerusform>%Ln already there</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln failed</source>
            <translation>
                <numerusform>%Ln failed</numerusform>
                <numerusform>%Ln failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln skipped</source>
            <translation>
                <numerusform>%Ln skipped</numerusform>
                <numerusform>%Ln skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln not tried</source>
            <translation>
                <numerusform>%Ln not tried</numerusform>
                <numerusform>%Ln not tried</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IndexingController</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/indexing.py" line="+87" />
            <source>Matching ready (%Ln claim(s))</source>
            <translation>
                <numerusform>Matching ready (%Ln claim)</numerusform>
                <numerusform>Matching ready (%Ln claims)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/main_window.py" line="+397" />
            <source>Updated: %Ln claim(s) changed elsewhere.</source>
            <translation>
                <numerusform>Updated: %Ln claim changed elsewhere.</numerusform>
                <numerusform>Updated: %Ln claims changed elsewhere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+101" />
            <source>%Ln claim(s) to place: press Enter to open one in its article, select where it belongs and press {key}.</source>
            <translation>
                <numerusform>%Ln claim to place: press Enter to open it in its article, select where it belongs and press {key}.</numerusform>
                <numerusform>%Ln claims to place: press Enter to open one in its article, select where it belongs and press {key}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeClustersDialog</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/merge_clusters_dialog.py" line="+43" />
            <source>Merge cluster {id} (%Ln claim(s), “{quote}”) into the cluster chosen below. The chosen cluster keeps its verdict; one still unchecked takes this one's.</source>
            <translation>
                <numerusform>Merge cluster {id} (%Ln claim, “{quote}”) into the cluster chosen below. The chosen cluster keeps its verdict; one still unchecked takes this one's.</numerusform>
                <numerusform>Merge cluster {id} (%Ln claims, “{quote}”) into the cluster chosen below. The chosen cluster keeps its verdict; one still unchecked takes this one's.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MergeSpeakersDialog</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/merge_speakers_dialog.py" line="+58" />
            <source>Keep {name} ({details}) — %Ln claim(s)</source>
            <translation>
                <numerusform>Keep {name} ({details}) — %Ln claim</numerusform>
                <numerusform>Keep {name} ({details}) — %Ln claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Keep {name} — %Ln claim(s)</source>
            <translation>
                <numerusform>Keep {name} — %Ln claim</numerusform>
                <numerusform>Keep {name} — %Ln claims</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewVersionReport</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/version_actions.py" line="+161" />
            <source>%Ln claim(s) followed the text</source>
            <translation>
                <numerusform>%Ln claim followed the text</numerusform>
                <numerusform>%Ln claims followed the text</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln placed approximately</source>
            <translation>
                <numerusform>%Ln placed approximately</numerusform>
                <numerusform>%Ln placed approximately</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln not found (orphaned)</source>
            <translation>
                <numerusform>%Ln not found (orphaned)</numerusform>
                <numerusform>%Ln not found (orphaned)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%Ln claim(s) not found in the new text. They are kept, marked “not found” in the claims panel: choose one there, select where it belongs in the text and press {key} (Claim › Move claim here).</source>
            <translation>
                <numerusform>%Ln claim was not found in the new text. It is kept, marked “not found” in the claims panel: choose it there, select where it belongs in the text and press {key} (Claim › Move claim here).</numerusform>
                <numerusform>%Ln claims were not found in the new text. They are kept, marked “not found” in the claims panel: choose one there, select where it belongs in the text and press {key} (Claim › Move claim here).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%Ln claim(s) placed where the text is similar but not the same; the claims panel shows each one's match (≈ and a percentage): check them.</source>
            <translation>
                <numerusform>%Ln claim was placed where the text is similar but not the same; the claims panel shows its match (≈ and a percentage): check it.</numerusform>
                <numerusform>%Ln claims were placed where the text is similar but not the same; the claims panel shows each one's match (≈ and a percentage): check them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewerVersionCheck</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/newer_version.py" line="+216" />
            <source>%Ln paragraph(s) changed</source>
            <translation>
                <numerusform>%Ln paragraph changed</numerusform>
                <numerusform>%Ln paragraphs changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln paragraph(s) added</source>
            <translation>
                <numerusform>%Ln paragraph added</numerusform>
                <numerusform>%Ln paragraphs added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln paragraph(s) removed</source>
            <translation>
                <numerusform>%Ln paragraph removed</numerusform>
                <numerusform>%Ln paragraphs removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>{changes} (about %Ln character(s) differ).</source>
            <translation>
                <numerusform>{changes} (about %Ln character differs).</numerusform>
                <numerusform>{changes} (about %Ln characters differ).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SimilarClaimsPanel</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/similar_panel.py" line="+134" />
            <source>%Ln similar claim(s)</source>
            <translation>
                <numerusform>%Ln similar claim</numerusform>
                <numerusform>%Ln similar claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln almost certainly the same</source>
            <translation>
                <numerusform>%Ln almost certainly the same</numerusform>
                <numerusform>%Ln almost certainly the same</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln linked ({mark})</source>
            <translation>
                <numerusform>%Ln linked ({mark})</numerusform>
                <numerusform>%Ln linked ({mark})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpeakerProfileDialog</name>
        <message numerus="yes">
            <source>%Ln claim(s), none in a dated article</source>
            <translation>
                <numerusform>%Ln claim, not in a dated article</numerusform>
                <numerusform>%Ln claims, none in a dated article</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/speaker_profile_dialog.py" line="+146" />
            <source>{shown} and %Ln more</source>
            <translation>
                <numerusform>{shown} and %Ln more</numerusform>
                <numerusform>{shown} and %Ln more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>%Ln claim(s); first appeared {first}, last {last}</source>
            <translation>
                <numerusform>%Ln claim; first appeared {first}, last {last}</numerusform>
                <numerusform>%Ln claims; first appeared {first}, last {last}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%Ln in undated articles</source>
            <translation>
                <numerusform>%Ln in undated articles</numerusform>
                <numerusform>%Ln in undated articles</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpeakersView</name>
        <message numerus="yes">
            <source>%Ln claim(s)</source>
            <translation>
                <numerusform>%Ln claim</numerusform>
                <numerusform>%Ln claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/speakers_view.py" line="+451" />
            <source>Delete {name}? Their %Ln claim(s) stay in the catalogue, unattributed. You can undo this with Edit › Undo.</source>
            <translation>
                <numerusform>Delete {name}? Their %Ln claim stays in the catalogue, unattributed. You can undo this with Edit › Undo.</numerusform>
                <numerusform>Delete {name}? Their %Ln claims stay in the catalogue, unattributed. You can undo this with Edit › Undo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatisticsDialog</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/statistics_dialog.py" line="+215" />
            <source>%Ln claim(s)</source>
            <translation>
                <numerusform>%Ln claim</numerusform>
                <numerusform>%Ln claims</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln speaker(s)</source>
            <translation>
                <numerusform>%Ln speaker</numerusform>
                <numerusform>%Ln speakers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln outlet(s)</source>
            <translation>
                <numerusform>%Ln outlet</numerusform>
                <numerusform>%Ln outlets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln tag(s)</source>
            <translation>
                <numerusform>%Ln tag</numerusform>
                <numerusform>%Ln tags</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestionsController</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/suggestions.py" line="+299" />
            <source>Accepted %Ln suggestion(s) with confidence ≥ {confidence}.</source>
            <translation>
                <numerusform>Accepted %Ln suggestion with confidence ≥ {confidence}.</numerusform>
                <numerusform>Accepted %Ln suggestions with confidence ≥ {confidence}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/suggestions_panel.py" line="+207" />
            <source>%Ln suggestion(s): Enter accepts, Delete rejects, {next} next.</source>
            <translation>
                <numerusform>%Ln suggestion: Enter accepts, Delete rejects, {next} next.</numerusform>
                <numerusform>%Ln suggestions: Enter accepts, Delete rejects, {next} next.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%Ln less certain hidden (Show all).</source>
            <translation>
                <numerusform>%Ln less certain hidden (Show all).</numerusform>
                <numerusform>%Ln less certain hidden (Show all).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+22" />
            <source>This article is long (%Ln character(s)): suggestions are looked for only when you ask.</source>
            <translation>
                <numerusform>This article is long (%Ln character): suggestions are looked for only when you ask.</numerusform>
                <numerusform>This article is long (%Ln characters): suggestions are looked for only when you ask.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineChart</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/timeline_chart.py" line="+209" />
            <source>%Ln appearance(s)</source>
            <translation>
                <numerusform>%Ln appearance</numerusform>
                <numerusform>%Ln appearances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln row(s)</source>
            <translation>
                <numerusform>%Ln row</numerusform>
                <numerusform>%Ln rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%Ln without a date (not drawn)</source>
            <translation>
                <numerusform>%Ln without a date (not drawn)</numerusform>
                <numerusform>%Ln without a date (not drawn)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>{row}, {day}: %Ln claim(s)</source>
            <translation>
                <numerusform>{row}, {day}: %Ln claim</numerusform>
                <numerusform>{row}, {day}: %Ln claims</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VerdictLabelsModel</name>
        <message numerus="yes">
            <location filename="../../src/claimdesk/gui/verdict_labels_dialog.py" line="+67" />
            <source>Key: {key}. %Ln cluster(s) have it.</source>
            <translation>
                <numerusform>Key: {key}. %Ln cluster has it.</numerusform>
                <numerusform>Key: {key}. %Ln clusters have it.</numerusform>
            </translation>
        </message>
    </context>
</TS>
