<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityDock</name>
    <message numerus="yes">
        <source>Clipping %Ln link(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clipping activity summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the clipping activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Clipping summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipping activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel pending clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllHighlightsWindow</name>
    <message>
        <source>All Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s), newest first. Double-click one to read it in its clip.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No highlights yet: select text in a clip and press Ctrl+H.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserExtensionDialog</name>
    <message>
        <source>The Cuttings extension for Chrome, Edge, Brave or Firefox clips the page you are reading as your browser shows it: articles behind your subscription, pages drawn by scripts. Install it (see the README), open its options, and paste this pairing token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser Extension — {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening for the extension on {url} while this window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening in this window; “cuttings serve” can instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new token; extensions paired with the old one stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show E&amp;xtension Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the Pairing Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new pairing token? Browsers paired with the current one stop clipping until the new token is pasted in their extension&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeChecker</name>
    <message numerus="yes">
        <source>Check %Ln clip(s) for changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled check for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckSummary</name>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {done} of {total}: {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citations</name>
    <message numerus="yes">
        <source>Copied %Ln citation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipController</name>
    <message>
        <source>unexpected error (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipDelegate</name>
    <message>
        <source>◐ Partial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipJob</name>
    <message>
        <source>Failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDetailsDialog</name>
    <message>
        <source>Edit Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ada Rossi, Ugo Bianchi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site it was clipped from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2025-02-22 14:30, or empty for no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditTagsDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>politics, energy, to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags of this clip, separated by commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tags of the %Ln selected clips, separated by commas:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionTree</name>
    <message>
        <source>Sections and clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[headline]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Clip(s) to Trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) moved to the trash — Undo (Ctrl+Z)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %Ln clip(s) to the trash…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) restored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) moved to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tagging %Ln clip(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>JSON (Cuttings, can be imported again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (a folder, one file per clip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark file (browsers, Pocket, Raindrop…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPUB e-book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Clippings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export clippings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All clips ({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;selected clips ({selected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;clips shown by the search or filter ({results})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Show Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clip(s) to {where}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped the export (details in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clips could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{example}, 20 February 2025, 2025-02, 2024…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date I can read yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightsController</name>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight with &amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This highlight&apos;s text is no longer in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some text of the article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight with Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Highlight Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight in {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Highlight Comment…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Highlights of this clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No highlights yet.
Select text in the article and press Ctrl+H,
or right-click it and choose Highlight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying Failed Items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped the import (details in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped as duplicates: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, not web pages (bookmarklets…): {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled: Retry Failures imports the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Report File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the import report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the failed items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSetupDialog</name>
    <message>
        <source>Import Clippings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clippings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to add to every imported clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: imported, 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files hold no link to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) to import. Links without their article are downloaded; links already in the library are skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time {app} starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{APP_NAME} main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of clips shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a link to clip it (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags for the next clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags for the links you clip next; emptied once they are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags for new clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no web link to clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for “{search}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clip matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is empty.

Paste a link in the field above (Ctrl+L), press Ctrl+V here, or drop a link from your browser onto this window.

Bookmarks or another app&apos;s export? File → Import… (Ctrl+Shift+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) for “{search}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count} in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tagged {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME}: something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttings met an unexpected error. Your library is safe; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttings libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A news-clipping manager: clip articles by URL, read them offline, tag and search them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceFlow</name>
    <message>
        <source>Backing up the library to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln clip(s) ({size}) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found in {path}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The library has %Ln problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>

Back up the library (File → Back Up Library…) before {APP_NAME} writes to it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {error_type}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaFlow</name>
    <message>
        <source>&amp;Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead Image Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Original Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the page as fetched on {fetched_at} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Missing Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fetched pictures for %Ln clip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled: run it again to go on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pictures could not be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageIntake</name>
    <message>
        <source>The copied page is too large to clip (over 15 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pasted page needs the web address it comes from (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted page: {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesList</name>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesModel</name>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}, %Ln clip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… (work under way finishes first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a clip to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or drop a link anywhere in the window to clip an article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderLook</name>
    <message>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader &amp;Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Add a note to this clip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderText</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Refetcher</name>
    <message>
        <source>Refetch takes {max} clips at most: select fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refetching “{title}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refetched “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refetch “{title}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Press Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Review from &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Review from Current &amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Review by &amp;Tags of the Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Empty Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the clips for the review first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Press Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this press review? Its clips stay in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Press Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In evidenza: the day&apos;s main stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In evidenza:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short summary of the selected clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the full text (else headline and summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {format}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo: {size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Review — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {written}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>Press reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {articles} articles in {sections} sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate as Today&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <source>Edit Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of these tags (not all of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Newest First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatesController</name>
    <message>
        <source>Filter tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any selected tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show clips with any of the selected tags, not all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Read / Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive / Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Clips Read When &amp;Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search “{name}” saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>All clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{label}, %Ln clip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagSidebar</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more tags to show only clips carrying all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Selected Tags Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “{name}” Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {tags} into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag “{name}” from every clip? The clips themselves stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: {error_type}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>{url}
Partial: {partial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips, newest first, grouped by day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleDialog</name>
    <message>
        <source>Rename Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip needs a title: type one, or Cancel to keep the old one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashFlow</name>
    <message numerus="yes">
        <source>Delete %Ln clip(s) for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every clip in the trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) deleted for good</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is in the trash. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) restored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionBar</name>
    <message>
        <source>Version {number} · {fetched_at} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>headline changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowService</name>
    <message>
        <source>the Cuttings window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled in the Cuttings window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Upgrading the library {name} for this version of Cuttings…
A copy of the file as it was is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{APP_NAME}: cannot open the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttings cannot open the library
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttings libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>browser</name>
    <message>
        <source>No Web Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be opened for this link. It is on the clipboard: paste it into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clipping.dock</name>
    <message>
        <source>Nothing clipped in this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clipping.pages</name>
    <message>
        <source>Paste Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied page does not say where it comes from.
Web address of the page (it identifies the clip):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Cuttings JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wallabag JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmark file (browsers, Pocket, Instapaper, Raindrop HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pocket CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instapaper CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with a url column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPML list of feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list of URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page could not be read as an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported: the import was cancelled before the feed was downloaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <source>No published date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>highlights.panel</name>
    <message>
        <source>(no longer in the article)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>media</name>
    <message>
        <source>Library: {path}
Size: {size}
Clips: {clips}
Pictures: {images} ({images_size}, {percent}% of the library)
Original pages: {originals} ({originals_size} compressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Original Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Original Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library &amp;Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download &amp;Missing Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Links or Page to Clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip a &amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fetch Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Clip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit D&amp;etails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Original in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;Clipped Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by &amp;Published Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for &amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browser Extension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort &amp;Search Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porting.exporting</name>
    <message>
        <source>Cuttings: {library}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porting.paths</name>
    <message>
        <source>Supported files (*.html *.htm *.csv *.json *.opml *.xml *.rss *.atom *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark files (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttings or wallabag JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pocket, Instapaper or other CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds and OPML lists (*.xml *.rss *.atom *.opml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists of URLs (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark file (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPUB book (*.epub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Clippings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Folder for the Markdown Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Clippings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttings libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reader.render</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>Qt date format: d day, MMMM month name, yyyy year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>Qt date format: d day, MMMM month name, yyyy year, HH:mm 24-hour time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture not kept: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Partial clip&lt;/b&gt; — {reason}.&lt;br /&gt;Cuttings fetched this page without your subscription, login or cookie choices. To keep the article as you see it, open the original in your browser and clip it with the Cuttings browser extension (&lt;i&gt;Clip this page&lt;/i&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipped {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the original ↗</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>review.controller</name>
    <message>
        <source>Press review {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline.dates</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>Qt date format of a day header: dddd weekday, d day, MMMM month name, yyyy year</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>versions.labels</name>
    <message>
        <source>removed from the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now redirects elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now behind a wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed {count}{times}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>versions.render</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {old}&lt;/b&gt; ({old_fetched_at}) → &lt;b&gt;Version {new}&lt;/b&gt; ({new_fetched_at})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
