<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tickerline::AlertBanner</name>
    <message numerus="yes">
        <source>(%n more in the log)</source>
        <translation>
            <numerusform>(%n more in the log)</numerusform>
            <numerusform>(%n more in the log)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tickerline::CsvTransferDialogs</name>
    <message numerus="yes">
        <source>Exported %Ln tick(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln tick to %1.</numerusform>
            <numerusform>Exported %Ln ticks to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new tick(s) from %1.</source>
        <translation>
            <numerusform>Imported %Ln new tick from %1.</numerusform>
            <numerusform>Imported %Ln new ticks from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tick(s) were already stored.</source>
        <translation>
            <numerusform>%Ln tick was already stored.</numerusform>
            <numerusform>%Ln ticks were already stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s) were skipped.</source>
        <translation>
            <numerusform>%Ln bad row was skipped.</numerusform>
            <numerusform>%Ln bad rows were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more bad row(s)</source>
        <translation>
            <numerusform>… and %Ln more bad row</numerusform>
            <numerusform>… and %Ln more bad rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tickerline::SymbolSearchBox</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… (%n provider(s) still to answer)</source>
        <translation>
            <numerusform>Searching… (%n provider still to answer)</numerusform>
            <numerusform>Searching… (%n providers still to answer)</numerusform>
        </translation>
    </message>
</context>
</TS>
