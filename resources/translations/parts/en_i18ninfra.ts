<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/cli.py" line="+865"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>%n claim(s) indexed</source>
        <translation>
            <numerusform>%n claim indexed</numerusform>
            <numerusform>%n claims indexed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n posting(s)</source>
        <translation>
            <numerusform>%n posting</numerusform>
            <numerusform>%n postings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) waiting to be merged</source>
        <translation>
            <numerusform>%n row waiting to be merged</numerusform>
            <numerusform>%n rows waiting to be merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n byte(s) written to {path}</source>
        <translation>
            <numerusform>%n byte written to {path}</numerusform>
            <numerusform>%n bytes written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Deleting article {article} “{title}” and its %n claim(s) needs --yes: there is no terminal to ask.</source>
        <translation>
            <numerusform>Deleting article {article} “{title}” and its %n claim needs --yes: there is no terminal to ask.</numerusform>
            <numerusform>Deleting article {article} “{title}” and its %n claims needs --yes: there is no terminal to ask.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Delete article {article} “{title}” and its %n claim(s)? This cannot be undone from the command line. [y/N] </source>
        <translation>
            <numerusform>Delete article {article} “{title}” and its %n claim? This cannot be undone from the command line. [y/N] </numerusform>
            <numerusform>Delete article {article} “{title}” and its %n claims? This cannot be undone from the command line. [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Deleted article {article} “{title}” and its %n claim(s).</source>
        <translation>
            <numerusform>Deleted article {article} “{title}” and its %n claim.</numerusform>
            <numerusform>Deleted article {article} “{title}” and its %n claims.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>copying {table}: {done}/%n row(s) ({percent}%)</source>
        <translation>
            <numerusform>copying {table}: {done}/%n row ({percent}%)</numerusform>
            <numerusform>copying {table}: {done}/%n rows ({percent}%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>copied %n row(s) ({counts}) from {source} to {target}</source>
        <translation>
            <numerusform>copied %n row ({counts}) from {source} to {target}</numerusform>
            <numerusform>copied %n rows ({counts}) from {source} to {target}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>reading {table}: %n row(s)</source>
        <translation>
            <numerusform>reading {table}: %n row</numerusform>
            <numerusform>reading {table}: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliClusters</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/cli_clusters.py" line="+101"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n new cluster(s)</source>
        <translation>
            <numerusform>%n new cluster</numerusform>
            <numerusform>%n new clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n grown</source>
        <translation>
            <numerusform>%n grown</numerusform>
            <numerusform>%n grown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Gathered %n claim(s): {new}, {grown}.</source>
        <translation>
            <numerusform>Gathered %n claim: {new}, {grown}.</numerusform>
            <numerusform>Gathered %n claims: {new}, {grown}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Split %n claim(s) into cluster {cluster}.</source>
        <translation>
            <numerusform>Split %n claim into cluster {cluster}.</numerusform>
            <numerusform>Split %n claims into cluster {cluster}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
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
        <location filename="../../../src/claimdesk/cli_export.py" line="+56"/>
        <source>the {network} network of %n claim(s) written to {path}</source>
        <translation>
            <numerusform>the {network} network of %n claim written to {path}</numerusform>
            <numerusform>the {network} network of %n claims written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n claim(s) written to {path}</source>
        <translation>
            <numerusform>%n claim written to {path}</numerusform>
            <numerusform>%n claims written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n claim(s) imported from {path}</source>
        <translation>
            <numerusform>%n claim imported from {path}</numerusform>
            <numerusform>%n claims imported from {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new speaker(s)</source>
        <translation>
            <numerusform>%n new speaker</numerusform>
            <numerusform>%n new speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location filename="../../../src/claimdesk/cli_qdpx.py" line="+45"/>
        <location line="+23"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <location line="+29"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform>
            <numerusform>%n speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n orphaned claim(s) left out</source>
        <translation>
            <numerusform>%n orphaned claim left out</numerusform>
            <numerusform>%n orphaned claims left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+8"/>
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <source>%n new speaker(s)</source>
        <translation>
            <numerusform>%n new speaker</numerusform>
            <numerusform>%n new speakers</numerusform>
        </translation>
    </message>
</context>
</TS>
