<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>Annotation {annotation}: the quote “{quote}” stands %n time(s) in article {article}, and its prefix and suffix do not tell which.</source>
        <translation>
            <numerusform>Annotation {annotation}: the quote “{quote}” stands %n time in article {article}, and its prefix and suffix do not tell which.</numerusform>
            <numerusform>Annotation {annotation}: the quote “{quote}” stands %n times in article {article}, and its prefix and suffix do not tell which.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Annotation {annotation}: the quote “{quote}” stands %n time(s) in the article “{title}” carried in the file, and its prefix and suffix do not tell which.</source>
        <translation>
            <numerusform>Annotation {annotation}: the quote “{quote}” stands %n time in the article “{title}” carried in the file, and its prefix and suffix do not tell which.</numerusform>
            <numerusform>Annotation {annotation}: the quote “{quote}” stands %n times in the article “{title}” carried in the file, and its prefix and suffix do not tell which.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Annotation {annotation}: the quote “{quote}” stands %n time(s) in article {number} carried in the file, and its prefix and suffix do not tell which.</source>
        <translation>
            <numerusform>Annotation {annotation}: the quote “{quote}” stands %n time in article {number} carried in the file, and its prefix and suffix do not tell which.</numerusform>
            <numerusform>Annotation {annotation}: the quote “{quote}” stands %n times in article {number} carried in the file, and its prefix and suffix do not tell which.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Annotation {annotation}: %n article(s) have the address {address}, and none has the annotated text's hash.</source>
        <translation>
            <numerusform>Annotation {annotation}: %n article has the address {address}, and none has the annotated text's hash.</numerusform>
            <numerusform>Annotation {annotation}: %n articles have the address {address}, and none has the annotated text's hash.</numerusform>
        </translation>
    </message>
</context>
</TS>
