<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BarChart</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/bar_chart.py" line="104"/>
        <source>%n in all; the first {drawn} drawn</source>
        <translation>
            <numerusform>%n in all; the first {drawn} drawn</numerusform>
            <numerusform>%n in all; the first {drawn} drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/bar_chart.py" line="106"/>
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueView</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/catalogue_view.py" line="150"/>
        <source>%Ln+ claim(s)</source>
        <translation>
            <numerusform>%Ln+ claim</numerusform>
            <numerusform>%Ln+ claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/catalogue_view.py" line="152"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/catalogue_view.py" line="191"/>
        <source>Delete %n claim(s)? You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Delete %n claim? You can undo this with Edit › Undo.</numerusform>
            <numerusform>Delete %n claims? You can undo this with Edit › Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/claims_panel.py" line="77"/>
        <source>{mark} Linked as the same claim to %n other(s)</source>
        <translation>
            <numerusform>{mark} Linked as the same claim to %n other</numerusform>
            <numerusform>{mark} Linked as the same claim to %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/find_bar.py" line="209"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeSpeakersDialog</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/merge_speakers_dialog.py" line="58"/>
        <source>Keep {name} ({details}) — %n claim(s)</source>
        <translation>
            <numerusform>Keep {name} ({details}) — %n claim</numerusform>
            <numerusform>Keep {name} ({details}) — %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/merge_speakers_dialog.py" line="61"/>
        <source>Keep {name} — %n claim(s)</source>
        <translation>
            <numerusform>Keep {name} — %n claim</numerusform>
            <numerusform>Keep {name} — %n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimilarClaimsPanel</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="134"/>
        <source>%n similar claim(s)</source>
        <translation>
            <numerusform>%n similar claim</numerusform>
            <numerusform>%n similar claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="136"/>
        <source>%n almost certainly the same</source>
        <translation>
            <numerusform>%n almost certainly the same</numerusform>
            <numerusform>%n almost certainly the same</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/similar_panel.py" line="138"/>
        <source>%n linked ({mark})</source>
        <translation>
            <numerusform>%n linked ({mark})</numerusform>
            <numerusform>%n linked ({mark})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakerProfileDialog</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="145"/>
        <source>{shown} and %n more</source>
        <translation>
            <numerusform>{shown} and %n more</numerusform>
            <numerusform>{shown} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="161"/>
        <source>%n claim(s); first appeared {first}, last {last}</source>
        <translation>
            <numerusform>%n claim; first appeared {first}, last {last}</numerusform>
            <numerusform>%n claims; first appeared {first}, last {last}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/speaker_profile_dialog.py" line="165"/>
        <source>%n in undated articles</source>
        <translation>
            <numerusform>%n in undated articles</numerusform>
            <numerusform>%n in undated articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakersView</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/speakers_view.py" line="449"/>
        <source>Delete {name}? Their %n claim(s) stay in the catalogue, unattributed. You can undo this with Edit › Undo.</source>
        <translation>
            <numerusform>Delete {name}? Their %n claim stays in the catalogue, unattributed. You can undo this with Edit › Undo.</numerusform>
            <numerusform>Delete {name}? Their %n claims stay in the catalogue, unattributed. You can undo this with Edit › Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="214"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="215"/>
        <source>%Ln speaker(s)</source>
        <translation>
            <numerusform>%Ln speaker</numerusform>
            <numerusform>%Ln speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="216"/>
        <source>%Ln outlet(s)</source>
        <translation>
            <numerusform>%Ln outlet</numerusform>
            <numerusform>%Ln outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/statistics_dialog.py" line="217"/>
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
        <location filename="../../../src/claimdesk/gui/suggestions.py" line="299"/>
        <source>Accepted %n suggestion(s) with confidence ≥ {confidence}.</source>
        <translation>
            <numerusform>Accepted %n suggestion with confidence ≥ {confidence}.</numerusform>
            <numerusform>Accepted %n suggestions with confidence ≥ {confidence}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="196"/>
        <source>%n suggestion(s): Enter accepts, Delete rejects, {next} next.</source>
        <translation>
            <numerusform>%n suggestion: Enter accepts, Delete rejects, {next} next.</numerusform>
            <numerusform>%n suggestions: Enter accepts, Delete rejects, {next} next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="201"/>
        <source>%n less certain hidden (Show all).</source>
        <translation>
            <numerusform>%n less certain hidden (Show all).</numerusform>
            <numerusform>%n less certain hidden (Show all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/suggestions_panel.py" line="223"/>
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
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="206"/>
        <source>%n appearance(s)</source>
        <translation>
            <numerusform>%n appearance</numerusform>
            <numerusform>%n appearances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="207"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="210"/>
        <source>%n without a date (not drawn)</source>
        <translation>
            <numerusform>%n without a date (not drawn)</numerusform>
            <numerusform>%n without a date (not drawn)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../src/claimdesk/gui/timeline_chart.py" line="215"/>
        <source>{row}, {day}: %n claim(s)</source>
        <translation>
            <numerusform>{row}, {day}: %n claim</numerusform>
            <numerusform>{row}, {day}: %n claims</numerusform>
        </translation>
    </message>
</context>
</TS>
