<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityDock</name>
    <message numerus="yes">
        <source>Clipping %Ln link(s)…</source>
        <translation>
            <numerusform>Clipping %Ln link…</numerusform>
            <numerusform>Clipping %Ln links…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clipped</source>
        <translation>
            <numerusform>%Ln clipped</numerusform>
            <numerusform>%Ln clipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln already in the library</numerusform>
            <numerusform>%Ln already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllHighlightsWindow</name>
    <message numerus="yes">
        <source>%Ln highlight(s), newest first. Double-click one to read it in its clip.</source>
        <translation>
            <numerusform>%Ln highlight, newest first. Double-click one to read it in its clip.</numerusform>
            <numerusform>%Ln highlights, newest first. Double-click one to read it in its clip.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeChecker</name>
    <message numerus="yes">
        <source>Check %Ln clip(s) for changes</source>
        <translation>
            <numerusform>Check %Ln clip for changes</numerusform>
            <numerusform>Check %Ln clips for changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Citations</name>
    <message numerus="yes">
        <source>Copied %Ln citation(s)</source>
        <translation>
            <numerusform>Copied citation</numerusform>
            <numerusform>Copied %Ln citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln link(s)</source>
        <translation>
            <numerusform>Copied link</numerusform>
            <numerusform>Copied %Ln links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountLine</name>
    <message numerus="yes">
        <source>%Ln match(es) for “{search}”</source>
        <translation>
            <numerusform>%Ln match for “{search}”</numerusform>
            <numerusform>%Ln matches for “{search}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s)</source>
        <translation>
            <numerusform>%Ln clip</numerusform>
            <numerusform>%Ln clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditTagsDialog</name>
    <message numerus="yes">
        <source>&amp;Tags of the %Ln selected clips, separated by commas:</source>
        <translation>
            <numerusform>&amp;Tags of the %Ln selected clips, separated by commas:</numerusform>
            <numerusform>&amp;Tags of the %Ln selected clips, separated by commas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message numerus="yes">
        <source>Move %n Clip(s) to Trash</source>
        <translation>
            <numerusform>Move Clip to Trash</numerusform>
            <numerusform>Move Clips to Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) moved to the trash — Undo (Ctrl+Z)</source>
        <translation>
            <numerusform>%Ln clip moved to the trash — Undo (Ctrl+Z)</numerusform>
            <numerusform>%Ln clips moved to the trash — Undo (Ctrl+Z)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %Ln clip(s) to the trash…</source>
        <translation>
            <numerusform>Moving %Ln clip to the trash…</numerusform>
            <numerusform>Moving %Ln clips to the trash…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) restored</source>
        <translation>
            <numerusform>%Ln clip restored</numerusform>
            <numerusform>%Ln clips restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) moved to the trash</source>
        <translation>
            <numerusform>%Ln clip moved to the trash</numerusform>
            <numerusform>%Ln clips moved to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tagging %Ln clip(s)…</source>
        <translation>
            <numerusform>Tagging %Ln clip…</numerusform>
            <numerusform>Tagging %Ln clips…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <source>Exported %Ln clip(s) to {where}</source>
        <translation>
            <numerusform>Exported %Ln clip to {where}</numerusform>
            <numerusform>Exported %Ln clips to {where}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSetupDialog</name>
    <message numerus="yes">
        <source>%Ln item(s) to import. Links without their article are downloaded; links already in the library are skipped.</source>
        <translation>
            <numerusform>%Ln item to import. Links without their article are downloaded; links already in the library are skipped.</numerusform>
            <numerusform>%Ln items to import. Links without their article are downloaded; links already in the library are skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MaintenanceFlow</name>
    <message numerus="yes">
        <source>Backed up %Ln clip(s) ({size}) to {path}</source>
        <translation>
            <numerusform>Backed up %Ln clip ({size}) to {path}</numerusform>
            <numerusform>Backed up %Ln clips ({size}) to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library has %Ln problem(s).</source>
        <translation>
            <numerusform>The library has %Ln problem.</numerusform>
            <numerusform>The library has %Ln problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…and %Ln more.</numerusform>
            <numerusform>…and %Ln more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MediaFlow</name>
    <message numerus="yes">
        <source>Fetched pictures for %Ln clip(s)</source>
        <translation>
            <numerusform>Fetched pictures for %Ln clip</numerusform>
            <numerusform>Fetched pictures for %Ln clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln failed</source>
        <translation>
            <numerusform>; %Ln failed</numerusform>
            <numerusform>; %Ln failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacesModel</name>
    <message numerus="yes">
        <source>{name}, %Ln clip(s)</source>
        <translation>
            <numerusform>{name}, %Ln clip</numerusform>
            <numerusform>{name}, %Ln clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderText</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln section(s)</source>
        <translation>
            <numerusform>%Ln section</numerusform>
            <numerusform>%Ln sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message numerus="yes">
        <source>{label}, %Ln clip(s)</source>
        <translation>
            <numerusform>{label}, %Ln clip</numerusform>
            <numerusform>{label}, %Ln clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashFlow</name>
    <message numerus="yes">
        <source>Delete %Ln clip(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln clip for good? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln clips for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) deleted for good</source>
        <translation>
            <numerusform>%Ln clip deleted for good</numerusform>
            <numerusform>%Ln clips deleted for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) restored</source>
        <translation>
            <numerusform>%Ln clip restored</numerusform>
            <numerusform>%Ln clips restored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message numerus="yes">
        <source>%Ln paragraph(s) added</source>
        <translation>
            <numerusform>%Ln paragraph added</numerusform>
            <numerusform>%Ln paragraphs added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) removed</source>
        <translation>
            <numerusform>%Ln paragraph removed</numerusform>
            <numerusform>%Ln paragraphs removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln paragraph changed</numerusform>
            <numerusform>%Ln paragraphs changed</numerusform>
        </translation>
    </message>
</context>
</TS>
