<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Errors</name>
    <message numerus="yes">
        <source>{host} did not answer within %n second(s): the site may be down or very slow, or the connection is poor. Try again later.</source>
        <translation>
            <numerusform>{host} did not answer within %n second: the site may be down or very slow, or the connection is poor. Try again later.</numerusform>
            <numerusform>{host} did not answer within %n seconds: the site may be down or very slow, or the connection is poor. Try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{host} stopped sending the page (nothing came for %n second(s)). Try again later.</source>
        <translation>
            <numerusform>{host} stopped sending the page (nothing came for %n second). Try again later.</numerusform>
            <numerusform>{host} stopped sending the page (nothing came for %n seconds). Try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{host} redirected the page more than %n time(s) (last to {target}): open it in a browser, save it and import the file.</source>
        <translation>
            <numerusform>{host} redirected the page more than %n time (last to {target}): open it in a browser, save it and import the file.</numerusform>
            <numerusform>{host} redirected the page more than %n times (last to {target}): open it in a browser, save it and import the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{host} is sending the page too slowly (it took over %n second(s)). Try again later, or open the page in a browser, save it and import the file.</source>
        <translation>
            <numerusform>{host} is sending the page too slowly (it took over %n second). Try again later, or open the page in a browser, save it and import the file.</numerusform>
            <numerusform>{host} is sending the page too slowly (it took over %n seconds). Try again later, or open the page in a browser, save it and import the file.</numerusform>
        </translation>
    </message>
</context>
</TS>
