<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityDock</name>
    <message numerus="yes">
        <source>Clipping %Ln link(s)…</source>
        <translation>
            <numerusform>%Ln Link wird erfasst…</numerusform>
            <numerusform>%Ln Links werden erfasst…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clipped</source>
        <translation>
            <numerusform>%Ln erfasst</numerusform>
            <numerusform>%Ln erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln bereits in der Bibliothek</numerusform>
            <numerusform>%Ln bereits in der Bibliothek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln abgebrochen</numerusform>
            <numerusform>%Ln abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipping activity summary</source>
        <translation>Übersicht der Erfassungsaktivität</translation>
    </message>
    <message>
        <source>Show the clipping activity</source>
        <translation>Erfassungsaktivität anzeigen</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Clipping summary</source>
        <translation>Erfassungsübersicht</translation>
    </message>
    <message>
        <source>Clipping activity</source>
        <translation>Erfassungsaktivität</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation>&amp;Erledigte entfernen</translation>
    </message>
    <message>
        <source>Retry failed clip</source>
        <translation>Fehlgeschlagenen Ausschnitt erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel pending clip</source>
        <translation>Ausstehenden Ausschnitt abbrechen</translation>
    </message>
    <message>
        <source>Clear finished rows</source>
        <translation>Erledigte Zeilen entfernen</translation>
    </message>
</context>
<context>
    <name>AllHighlightsWindow</name>
    <message>
        <source>All Highlights</source>
        <translation>Alle Markierungen</translation>
    </message>
    <message>
        <source>All highlights</source>
        <translation>Alle Markierungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s), newest first. Double-click one to read it in its clip.</source>
        <translation>
            <numerusform>%Ln Markierung, neueste zuerst. Doppelklicken Sie darauf, um sie in ihrem Ausschnitt zu lesen.</numerusform>
            <numerusform>%Ln Markierungen, neueste zuerst. Doppelklicken Sie auf eine, um sie in ihrem Ausschnitt zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No highlights yet: select text in a clip and press Ctrl+H.</source>
        <translation>Noch keine Markierungen: Wählen Sie Text in einem Ausschnitt aus und drücken Sie Ctrl+H.</translation>
    </message>
</context>
<context>
    <name>BrowserExtensionDialog</name>
    <message>
        <source>The Cuttings extension for Chrome, Edge, Brave or Firefox clips the page you are reading as your browser shows it: articles behind your subscription, pages drawn by scripts. Install it (see the README), open its options, and paste this pairing token.</source>
        <translation>Die Cuttings-Erweiterung für Chrome, Edge, Brave oder Firefox erfasst die Seite, die Sie gerade lesen, so wie Ihr Browser sie anzeigt: Artikel hinter Ihrem Abonnement, von Skripten erzeugte Seiten. Installieren Sie sie (siehe README), öffnen Sie ihre Optionen und fügen Sie dieses Kopplungstoken ein.</translation>
    </message>
    <message>
        <source>Browser Extension — {APP_NAME}</source>
        <translation>Browsererweiterung — {APP_NAME}</translation>
    </message>
    <message>
        <source>Connector status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Listening for the extension on {url} while this window is open.</source>
        <translation>Verbindungsbereit für die Erweiterung unter {url}, solange dieses Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>Not listening: {error}.</source>
        <translation>Nicht verbindungsbereit: {error}.</translation>
    </message>
    <message>
        <source>Not listening in this window; “cuttings serve” can instead.</source>
        <translation>In diesem Fenster nicht verbindungsbereit; stattdessen kann „cuttings serve“ dies übernehmen.</translation>
    </message>
    <message>
        <source>Pairing token</source>
        <translation>Kopplungstoken</translation>
    </message>
    <message>
        <source>Pairing &amp;token:</source>
        <translation>Kopplungs&amp;token:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>Make a new token; extensions paired with the old one stop working</source>
        <translation>Neues Token erzeugen; mit dem alten gekoppelte Erweiterungen funktionieren dann nicht mehr</translation>
    </message>
    <message>
        <source>Show E&amp;xtension Folder</source>
        <translation>Erweiterungs&amp;ordner anzeigen</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Reset the Pairing Token</source>
        <translation>Kopplungstoken zurücksetzen</translation>
    </message>
    <message>
        <source>Make a new pairing token? Browsers paired with the current one stop clipping until the new token is pasted in their extension&apos;s options.</source>
        <translation>Neues Kopplungstoken erzeugen? Mit dem aktuellen gekoppelte Browser erfassen nichts mehr, bis das neue Token in den Optionen ihrer Erweiterung eingefügt wird.</translation>
    </message>
</context>
<context>
    <name>ChangeChecker</name>
    <message numerus="yes">
        <source>Check %Ln clip(s) for changes</source>
        <translation>
            <numerusform>%Ln Ausschnitt auf Änderungen prüfen</numerusform>
            <numerusform>%Ln Ausschnitte auf Änderungen prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled check for changes</source>
        <translation>Geplante Prüfung auf Änderungen</translation>
    </message>
    <message>
        <source>Checking {done} of {total}…</source>
        <translation>Prüfung: {done} von {total}…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>CheckSummary</name>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>umgeleitet</translation>
    </message>
    <message>
        <source>walled</source>
        <translation>zugangsbeschränkt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>{count} {finding}</source>
        <translation>{count} {finding}</translation>
    </message>
    <message>
        <source>Checked {done} of {total}: {found}</source>
        <translation>{done} von {total} geprüft: {found}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>Citations</name>
    <message numerus="yes">
        <source>Copied %Ln citation(s)</source>
        <translation>
            <numerusform>%Ln Quellenangabe kopiert</numerusform>
            <numerusform>%Ln Quellenangaben kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln link(s)</source>
        <translation>
            <numerusform>%Ln Link kopiert</numerusform>
            <numerusform>%Ln Links kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipController</name>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>unerwarteter Fehler (siehe Protokoll)</translation>
    </message>
</context>
<context>
    <name>ClipDelegate</name>
    <message>
        <source>◐ Partial</source>
        <translation>◐ Unvollständig</translation>
    </message>
</context>
<context>
    <name>ClipJob</name>
    <message>
        <source>Failed: {message}</source>
        <translation>Fehlgeschlagen: {message}</translation>
    </message>
</context>
<context>
    <name>CountLine</name>
    <message>
        <source>Number of clips shown</source>
        <translation>Anzahl der angezeigten Ausschnitte</translation>
    </message>
    <message>
        <source>Searching for “{search}”…</source>
        <translation>Suche nach „{search}“…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No clip matches.</source>
        <translation>Keine passenden Ausschnitte.</translation>
    </message>
    <message>
        <source>Your library is empty.

Paste a link in the field above (Ctrl+L), press Ctrl+V here, or drop a link from your browser onto this window.

Bookmarks or another app&apos;s export? File → Import… (Ctrl+Shift+I).</source>
        <translation>Ihre Bibliothek ist leer.

Fügen Sie einen Link in das Feld oben ein (Ctrl+L), drücken Sie hier Ctrl+V oder ziehen Sie einen Link aus Ihrem Browser auf dieses Fenster.

Lesezeichen oder der Export einer anderen App? Datei → Importieren… (Ctrl+Shift+I).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) for “{search}”</source>
        <translation>
            <numerusform>%Ln Treffer für „{search}“</numerusform>
            <numerusform>%Ln Treffer für „{search}“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s)</source>
        <translation>
            <numerusform>%Ln Ausschnitt</numerusform>
            <numerusform>%Ln Ausschnitte</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} in {place}</source>
        <translation>{count} in „{place}“</translation>
    </message>
    <message>
        <source>{count} tagged {tags}</source>
        <translation>{count} mit Schlagwort {tags}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: {message}</source>
        <translation>Suche: {message}</translation>
    </message>
</context>
<context>
    <name>EditDetailsDialog</name>
    <message>
        <source>Edit Details</source>
        <translation>Details bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Ada Rossi, Ugo Bianchi</source>
        <translation>Ada Rossi, Ugo Bianchi</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>the original publisher</source>
        <translation>der ursprüngliche Herausgeber</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>the site it was clipped from</source>
        <translation>die Website, von der der Ausschnitt stammt</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>2025-02-22 14:30, or empty for no date</source>
        <translation>2025-02-22 14:30, oder leer für kein Datum</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>unerwarteter Fehler (siehe Protokoll)</translation>
    </message>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation>Rückgängig machen oder Wiederherstellen nicht möglich: {reason}</translation>
    </message>
</context>
<context>
    <name>EditTagsDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>politics, energy, to read</source>
        <translation>Politik, Energie, zu lesen</translation>
    </message>
    <message>
        <source>&amp;Tags of this clip, separated by commas:</source>
        <translation>&amp;Schlagwörter dieses Ausschnitts, durch Kommas getrennt:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tags of the %Ln selected clips, separated by commas:</source>
        <translation>
            <numerusform>&amp;Schlagwörter des %Ln ausgewählten Ausschnitts, durch Kommas getrennt:</numerusform>
            <numerusform>&amp;Schlagwörter der %Ln ausgewählten Ausschnitte, durch Kommas getrennt:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionTree</name>
    <message>
        <source>Sections and clips</source>
        <translation>Rubriken und Ausschnitte</translation>
    </message>
    <message>
        <source>clip {id}</source>
        <translation>Ausschnitt {id}</translation>
    </message>
    <message>
        <source>[headline]</source>
        <translation>[Überschrift]</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Clip(s) to Trash</source>
        <translation>
            <numerusform>%n Ausschnitt in den Papierkorb verschieben</numerusform>
            <numerusform>%n Ausschnitte in den Papierkorb verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) moved to the trash — Undo (Ctrl+Z)</source>
        <translation>
            <numerusform>%Ln Ausschnitt in den Papierkorb verschoben — Rückgängig (Ctrl+Z)</numerusform>
            <numerusform>%Ln Ausschnitte in den Papierkorb verschoben — Rückgängig (Ctrl+Z)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %Ln clip(s) to the trash…</source>
        <translation>
            <numerusform>%Ln Ausschnitt wird in den Papierkorb verschoben…</numerusform>
            <numerusform>%Ln Ausschnitte werden in den Papierkorb verschoben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) restored</source>
        <translation>
            <numerusform>%Ln Ausschnitt wiederhergestellt</numerusform>
            <numerusform>%Ln Ausschnitte wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) moved to the trash</source>
        <translation>
            <numerusform>%Ln Ausschnitt in den Papierkorb verschoben</numerusform>
            <numerusform>%Ln Ausschnitte in den Papierkorb verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Clip</source>
        <translation>Ausschnitt umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>Tagging %Ln clip(s)…</source>
        <translation>
            <numerusform>Schlagwörter für %Ln Ausschnitt werden gesetzt…</numerusform>
            <numerusform>Schlagwörter für %Ln Ausschnitte werden gesetzt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>JSON (Cuttings, can be imported again)</source>
        <translation>JSON (Cuttings, erneut importierbar)</translation>
    </message>
    <message>
        <source>Markdown (a folder, one file per clip)</source>
        <translation>Markdown (ein Ordner, eine Datei pro Ausschnitt)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Bookmark file (browsers, Pocket, Raindrop…)</source>
        <translation>Lesezeichendatei (Browser, Pocket, Raindrop…)</translation>
    </message>
    <message>
        <source>EPUB e-book</source>
        <translation>EPUB-E-Book</translation>
    </message>
    <message>
        <source>Export Clippings</source>
        <translation>Ausschnitte exportieren</translation>
    </message>
    <message>
        <source>Export clippings</source>
        <translation>Ausschnitte exportieren</translation>
    </message>
    <message>
        <source>&amp;All clips ({total})</source>
        <translation>&amp;Alle Ausschnitte ({total})</translation>
    </message>
    <message>
        <source>The &amp;selected clips ({selected})</source>
        <translation>Die au&amp;sgewählten Ausschnitte ({selected})</translation>
    </message>
    <message>
        <source>The &amp;clips shown by the search or filter ({results})</source>
        <translation>Die &amp;von Suche oder Filter angezeigten Ausschnitte ({results})</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Choose where to export</source>
        <translation>Exportziel auswählen</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Show Export</source>
        <translation>Export anzeigen</translation>
    </message>
    <message>
        <source>Show the exported file</source>
        <translation>Exportierte Datei anzeigen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clip(s) to {where}</source>
        <translation>
            <numerusform>%Ln Ausschnitt nach {where} exportiert</numerusform>
            <numerusform>%Ln Ausschnitte nach {where} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the export (details in the log).</source>
        <translation>Ein unerwarteter Fehler hat den Export abgebrochen (Details im Protokoll).</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The clips could not be exported.</source>
        <translation>Die Ausschnitte konnten nicht exportiert werden.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Matches in the article</source>
        <translation>Treffer im Artikel</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>Gehe zu Datum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>{example}, 20 February 2025, 2025-02, 2024…</source>
        <translation>{example}, 20. Februar 2025, 2025-02, 2024…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation>Problem mit dem Datum</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Not a date I can read yet.</source>
        <translation>Dieses Datum wird nicht erkannt.</translation>
    </message>
</context>
<context>
    <name>HighlightsController</name>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Aus&amp;wahl markieren</translation>
    </message>
    <message>
        <source>Highlight with &amp;Comment…</source>
        <translation>Mit Komm&amp;entar markieren…</translation>
    </message>
    <message>
        <source>All &amp;Highlights</source>
        <translation>Alle &amp;Markierungen</translation>
    </message>
    <message>
        <source>Highlights &amp;Panel</source>
        <translation>Markierungs&amp;leiste</translation>
    </message>
    <message>
        <source>This highlight&apos;s text is no longer in the article.</source>
        <translation>Der Text dieser Markierung ist nicht mehr im Artikel enthalten.</translation>
    </message>
    <message>
        <source>Select some text of the article first.</source>
        <translation>Wählen Sie zuerst Text im Artikel aus.</translation>
    </message>
    <message>
        <source>Highlight with Comment</source>
        <translation>Mit Kommentar markieren</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <source>Edit Highlight Comment</source>
        <translation>Kommentar der Markierung bearbeiten</translation>
    </message>
    <message>
        <source>Recolour Highlight</source>
        <translation>Farbe der Markierung ändern</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Highlight in {label}</source>
        <translation>Markieren: {label}</translation>
    </message>
    <message>
        <source>Edit Highlight Comment…</source>
        <translation>Kommentar der Markierung bearbeiten…</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Highlights of this clip</source>
        <translation>Markierungen dieses Ausschnitts</translation>
    </message>
    <message>
        <source>No highlights yet.
Select text in the article and press Ctrl+H,
or right-click it and choose Highlight.</source>
        <translation>Noch keine Markierungen.
Wählen Sie Text im Artikel aus und drücken Sie Ctrl+H,
oder klicken Sie mit der rechten Maustaste darauf und wählen Sie „Markieren“.</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Go to Highlight</source>
        <translation>Zur Markierung gehen</translation>
    </message>
    <message>
        <source>Edit Comment…</source>
        <translation>Kommentar bearbeiten…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>unexpected error</source>
        <translation>unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>retry of {name}</source>
        <translation>erneuter Versuch: {name}</translation>
    </message>
    <message>
        <source>Retrying Failed Items…</source>
        <translation>Fehlgeschlagene Einträge werden erneut versucht…</translation>
    </message>
    <message>
        <source>An unexpected error stopped the import (details in the log).</source>
        <translation>Ein unerwarteter Fehler hat den Import abgebrochen (Details im Protokoll).</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importiert: {count}</translation>
    </message>
    <message>
        <source>Skipped as duplicates: {count}</source>
        <translation>Als Duplikate übersprungen: {count}</translation>
    </message>
    <message>
        <source>Failed: {count}</source>
        <translation>Fehlgeschlagen: {count}</translation>
    </message>
    <message>
        <source>Skipped, not web pages (bookmarklets…): {count}</source>
        <translation>Übersprungen, keine Webseiten (Bookmarklets…): {count}</translation>
    </message>
    <message>
        <source>The import was cancelled: Retry Failures imports the rest.</source>
        <translation>Der Import wurde abgebrochen: „Fehlgeschlagene wiederholen“ importiert den Rest.</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>Fehlgeschlagene Einträge</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>(kein Link)</translation>
    </message>
    <message>
        <source>&amp;Open Report File</source>
        <translation>Berichtsdatei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the import report file</source>
        <translation>Importbericht öffnen</translation>
    </message>
    <message>
        <source>&amp;Retry Failures</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Retry the failed items</source>
        <translation>Fehlgeschlagene Einträge erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ImportSetupDialog</name>
    <message>
        <source>Import Clippings</source>
        <translation>Ausschnitte importieren</translation>
    </message>
    <message>
        <source>Import clippings</source>
        <translation>Ausschnitte importieren</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>Format of the files</source>
        <translation>Format der Dateien</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Aus dem Inhalt erkennen</translation>
    </message>
    <message>
        <source>Tags to add to every imported clip</source>
        <translation>Schlagwörter für jeden importierten Ausschnitt</translation>
    </message>
    <message>
        <source>optional: imported, 2024</source>
        <translation>optional: importiert, 2024</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>&amp;Schlagwörter hinzufügen:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Start the import</source>
        <translation>Import starten</translation>
    </message>
    <message>
        <source>These files hold no link to import.</source>
        <translation>Diese Dateien enthalten keine Links zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) to import. Links without their article are downloaded; links already in the library are skipped.</source>
        <translation>
            <numerusform>%Ln Eintrag zu importieren. Links ohne Artikel werden heruntergeladen; Links, die bereits in der Bibliothek sind, werden übersprungen.</numerusform>
            <numerusform>%Ln Einträge zu importieren. Links ohne Artikel werden heruntergeladen; Links, die bereits in der Bibliothek sind, werden übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Wird bereinigt…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Already in library</source>
        <translation>Bereits in der Bibliothek</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The new language is used the next time {app} starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von {app} verwendet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{APP_NAME} main window</source>
        <translation>Hauptfenster von {APP_NAME}</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Paste a link to clip it (Ctrl+L)</source>
        <translation>Link zum Erfassen einfügen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Link to clip</source>
        <translation>Zu erfassender Link</translation>
    </message>
    <message>
        <source>Tags for the next clip</source>
        <translation>Schlagwörter für den nächsten Ausschnitt</translation>
    </message>
    <message>
        <source>Tags for the links you clip next; emptied once they are used</source>
        <translation>Schlagwörter für die als Nächstes erfassten Links; werden nach der Verwendung geleert</translation>
    </message>
    <message>
        <source>Tags for new clips</source>
        <translation>Schlagwörter für neue Ausschnitte</translation>
    </message>
    <message>
        <source>Clip the link</source>
        <translation>Link erfassen</translation>
    </message>
    <message>
        <source>The clipboard holds no web link to clip.</source>
        <translation>Die Zwischenablage enthält keinen Weblink zum Erfassen.</translation>
    </message>
    <message>
        <source>{APP_NAME}: something went wrong</source>
        <translation>{APP_NAME}: Ein Fehler ist aufgetreten</translation>
    </message>
    <message>
        <source>Cuttings met an unexpected error. Your library is safe; the details are in the log.</source>
        <translation>In Cuttings ist ein unerwarteter Fehler aufgetreten. Ihre Bibliothek ist sicher; die Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Über {APP_NAME}</translation>
    </message>
    <message>
        <source>A news-clipping manager: clip articles by URL, read them offline, tag and search them.</source>
        <translation>Eine Verwaltung für Presseausschnitte: Artikel per URL erfassen, offline lesen, verschlagworten und durchsuchen.</translation>
    </message>
    <message>
        <source>Library: {path}</source>
        <translation>Bibliothek: {path}</translation>
    </message>
</context>
<context>
    <name>MaintenanceFlow</name>
    <message>
        <source>Backing up the library to {name}…</source>
        <translation>Bibliothek wird in {name} gesichert…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln clip(s) ({size}) to {path}</source>
        <translation>
            <numerusform>%Ln Ausschnitt ({size}) in {path} gesichert</numerusform>
            <numerusform>%Ln Ausschnitte ({size}) in {path} gesichert</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be backed up.</source>
        <translation>Die Bibliothek konnte nicht gesichert werden.</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Bibliothek wird geprüft…</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>Bibliothek prüfen</translation>
    </message>
    <message>
        <source>Library is healthy.</source>
        <translation>Die Bibliothek ist in Ordnung.</translation>
    </message>
    <message>
        <source>No problem found in {path}.</source>
        <translation>Keine Probleme in {path} gefunden.</translation>
    </message>
    <message>
        <source>No problem found in {path}:</source>
        <translation>Keine Probleme in {path} gefunden:</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Nicht geprüft:</translation>
    </message>
    <message numerus="yes">
        <source>The library has %Ln problem(s).</source>
        <translation>
            <numerusform>Die Bibliothek hat %Ln Problem.</numerusform>
            <numerusform>Die Bibliothek hat %Ln Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…und %Ln weiteres.</numerusform>
            <numerusform>…und %Ln weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>

Back up the library (File → Back Up Library…) before {APP_NAME} writes to it again.</source>
        <translation>

Sichern Sie die Bibliothek (Datei → Bibliothek sichern…), bevor {APP_NAME} wieder in sie schreibt.</translation>
    </message>
    <message>
        <source>The library could not be checked.</source>
        <translation>Die Bibliothek konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Unexpected error: {error_type}</source>
        <translation>Unerwarteter Fehler: {error_type}</translation>
    </message>
</context>
<context>
    <name>MediaFlow</name>
    <message>
        <source>&amp;Always</source>
        <translation>&amp;Immer</translation>
    </message>
    <message>
        <source>&amp;Lead Image Only</source>
        <translation>Nur &amp;Aufmacherbild</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>Save Original Page</source>
        <translation>Originalseite speichern</translation>
    </message>
    <message>
        <source>The page was not saved.</source>
        <translation>Die Seite wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved the page as fetched on {fetched_at} to {target}</source>
        <translation>Seite im Stand vom {fetched_at} in {target} gespeichert</translation>
    </message>
    <message>
        <source>Library Info</source>
        <translation>Bibliotheksinformationen</translation>
    </message>
    <message>
        <source>The library could not be read.</source>
        <translation>Die Bibliothek konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Download Missing Images</source>
        <translation>Fehlende Bilder herunterladen</translation>
    </message>
    <message numerus="yes">
        <source>Fetched pictures for %Ln clip(s)</source>
        <translation>
            <numerusform>Bilder für %Ln Ausschnitt abgerufen</numerusform>
            <numerusform>Bilder für %Ln Ausschnitte abgerufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln failed</source>
        <translation>
            <numerusform>; %Ln fehlgeschlagen</numerusform>
            <numerusform>; %Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled: run it again to go on)</source>
        <translation> (abgebrochen: zum Fortsetzen erneut ausführen)</translation>
    </message>
    <message>
        <source>The pictures could not be downloaded.</source>
        <translation>Die Bilder konnten nicht heruntergeladen werden.</translation>
    </message>
</context>
<context>
    <name>PageIntake</name>
    <message>
        <source>The copied page is too large to clip (over 15 MB).</source>
        <translation>Die kopierte Seite ist zu groß zum Erfassen (über 15 MB).</translation>
    </message>
    <message>
        <source>A pasted page needs the web address it comes from (http or https).</source>
        <translation>Eine eingefügte Seite benötigt die Webadresse, von der sie stammt (http oder https).</translation>
    </message>
    <message>
        <source>Pasted page: {url}</source>
        <translation>Eingefügte Seite: {url}</translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>PlacesList</name>
    <message>
        <source>Places</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Rename “{name}”…</source>
        <translation>„{name}“ umbenennen…</translation>
    </message>
    <message>
        <source>Edit “{name}”…</source>
        <translation>„{name}“ bearbeiten…</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>„{name}“ löschen</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
</context>
<context>
    <name>PlacesModel</name>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message numerus="yes">
        <source>{name}, %Ln clip(s)</source>
        <translation>
            <numerusform>{name}, %Ln Ausschnitt</numerusform>
            <numerusform>{name}, %Ln Ausschnitte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Aktueller Eintrag</translation>
    </message>
    <message>
        <source>Cancel: {title}</source>
        <translation>Abbrechen: {title}</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
        <source>Cancelling… (work under way finishes first)</source>
        <translation>Wird abgebrochen… (laufende Arbeit wird zuerst beendet)</translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Reader</source>
        <translation>Leseansicht</translation>
    </message>
    <message>
        <source>Select a clip to read it here.</source>
        <translation>Wählen Sie einen Ausschnitt aus, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>Paste or drop a link anywhere in the window to clip an article.</source>
        <translation>Fügen Sie einen Link an beliebiger Stelle im Fenster ein oder ziehen Sie ihn hinein, um einen Artikel zu erfassen.</translation>
    </message>
</context>
<context>
    <name>ReaderLook</name>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Text ver&amp;größern</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Text ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Reader &amp;Text Size</source>
        <translation>&amp;Textgröße der Leseansicht</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>S&amp;epia</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Add a note to this clip…</source>
        <translation>Notiz zu diesem Ausschnitt hinzufügen…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>ReaderText</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecheckSettingsDialog</name>
    <message>
        <source>Re-check Settings</source>
        <translation>Einstellungen der erneuten Prüfung</translation>
    </message>
    <message>
        <source>&amp;Check clips for changes automatically</source>
        <translation>Ausschnitte automatisch auf Änderungen &amp;prüfen</translation>
    </message>
    <message>
        <source>Re-check steps</source>
        <translation>Zeitpunkte der erneuten Prüfung</translation>
    </message>
    <message>
        <source>&amp;After clipping:</source>
        <translation>&amp;Nach dem Erfassen:</translation>
    </message>
    <message>
        <source>Each clip is checked at these times after it was clipped, soonest first: m for minutes, h for hours, d for days (for example 1h, 6h, 1d, 3d, 7d, 30d). Checks run while the window is open.</source>
        <translation>Jeder Ausschnitt wird zu diesen Zeitpunkten nach dem Erfassen geprüft, der früheste zuerst: m für Minuten, h für Stunden, d für Tage (zum Beispiel 1h, 6h, 1d, 3d, 7d, 30d). Geprüft wird, solange das Fenster geöffnet ist.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Write at least one step, such as 1d.</source>
        <translation>Geben Sie mindestens einen Zeitpunkt an, zum Beispiel 1d.</translation>
    </message>
</context>
<context>
    <name>Refetcher</name>
    <message>
        <source>Refetch takes {max} clips at most: select fewer.</source>
        <translation>Es können höchstens {max} Ausschnitte erneut abgerufen werden: Wählen Sie weniger aus.</translation>
    </message>
    <message>
        <source>Refetching “{title}”…</source>
        <translation>„{title}“ wird erneut abgerufen…</translation>
    </message>
    <message>
        <source>Refetched “{title}”</source>
        <translation>„{title}“ erneut abgerufen</translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>unerwarteter Fehler (siehe Protokoll)</translation>
    </message>
    <message>
        <source>Could not refetch “{title}”: {reason}</source>
        <translation>„{title}“ konnte nicht erneut abgerufen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Press Reviews</source>
        <translation>Pressespiegel</translation>
    </message>
    <message>
        <source>New Review from &amp;Selection</source>
        <translation>Neuer Pressespiegel aus &amp;Auswahl</translation>
    </message>
    <message>
        <source>New Review from Current &amp;Search</source>
        <translation>Neuer Pressespiegel aus aktueller &amp;Suche</translation>
    </message>
    <message>
        <source>New Review by &amp;Tags of the Search</source>
        <translation>Neuer Pressespiegel nach Schlag&amp;wörtern der Suche</translation>
    </message>
    <message>
        <source>New &amp;Empty Review</source>
        <translation>Neuer &amp;leerer Pressespiegel</translation>
    </message>
    <message>
        <source>Select the clips for the review first</source>
        <translation>Wählen Sie zuerst die Ausschnitte für den Pressespiegel aus</translation>
    </message>
    <message>
        <source>Delete Press Review</source>
        <translation>Pressespiegel löschen</translation>
    </message>
    <message>
        <source>Delete this press review? Its clips stay in the library.</source>
        <translation>Diesen Pressespiegel löschen? Seine Ausschnitte bleiben in der Bibliothek.</translation>
    </message>
    <message>
        <source>Delete Review</source>
        <translation>Pressespiegel löschen</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Press Review</source>
        <translation>Pressespiegel</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose Logo…</source>
        <translation>Logo auswählen…</translation>
    </message>
    <message>
        <source>Remove Logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>In evidenza: the day&apos;s main stories</source>
        <translation>In evidenza: die wichtigsten Meldungen des Tages</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>&amp;In evidenza:</source>
        <translation>&amp;In evidenza:</translation>
    </message>
    <message>
        <source>Add Section…</source>
        <translation>Rubrik hinzufügen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>A short summary of the selected clip</source>
        <translation>Eine kurze Zusammenfassung des ausgewählten Ausschnitts</translation>
    </message>
    <message>
        <source>Include the full text (else headline and summary)</source>
        <translation>Volltext einschließen (sonst Überschrift und Zusammenfassung)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Export {format}…</source>
        <translation>{format} exportieren…</translation>
    </message>
    <message>
        <source>Logo: {size} KB</source>
        <translation>Logo: {size} KB</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitenformat:</translation>
    </message>
    <message>
        <source>Press Review — {title}</source>
        <translation>Pressespiegel — {title}</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Rubrik hinzufügen</translation>
    </message>
    <message>
        <source>Section title:</source>
        <translation>Titel der Rubrik:</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Rubrik umbenennen</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation>Als {format} exportieren</translation>
    </message>
    <message>
        <source>Written: {written}</source>
        <translation>Gespeichert: {written}</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>Press reviews</source>
        <translation>Pressespiegel</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln section(s)</source>
        <translation>
            <numerusform>%Ln Rubrik</numerusform>
            <numerusform>%Ln Rubriken</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {articles} in {sections}</source>
        <translation>{name}: {articles} in {sections}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Duplicate as Today&apos;s</source>
        <translation>Für heute duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <source>Edit Saved Search</source>
        <translation>Gespeicherte Suche bearbeiten</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Any of these tags (not all of them)</source>
        <translation>Eines dieser Schlagwörter (nicht alle)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;uche:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Eine gespeicherte Suche benötigt einen Namen.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Newest First</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest First</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clips</source>
        <translation>Ausschnitte durchsuchen</translation>
    </message>
    <message>
        <source>Order of search results</source>
        <translation>Reihenfolge der Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>StatesController</name>
    <message>
        <source>Filter tags</source>
        <translation>Schlagwörter filtern</translation>
    </message>
    <message>
        <source>Any selected tag</source>
        <translation>Beliebiges ausgewähltes Schlagwort</translation>
    </message>
    <message>
        <source>Show clips with any of the selected tags, not all of them</source>
        <translation>Ausschnitte mit einem beliebigen der ausgewählten Schlagwörter anzeigen, nicht nur mit allen</translation>
    </message>
    <message>
        <source>Mark &amp;Read / Unread</source>
        <translation>Als &amp;gelesen/ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;Stern setzen/entfernen</translation>
    </message>
    <message>
        <source>&amp;Archive / Unarchive</source>
        <translation>&amp;Archivieren/Zurückholen</translation>
    </message>
    <message>
        <source>Restore from &amp;Trash</source>
        <translation>Aus &amp;Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>Save &amp;Search…</source>
        <translation>Suche spei&amp;chern…</translation>
    </message>
    <message>
        <source>Mark Clips Read When &amp;Opened</source>
        <translation>Beim Ö&amp;ffnen als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Clip</source>
        <translation>Aus&amp;schnitt</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Stern entfernen</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Stern setzen</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Aus Archiv zurückholen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Saved search “{name}” saved</source>
        <translation>Suche „{name}“ gespeichert</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Gespeicherte Suche umbenennen</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Neuer Name für „{name}“:</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>All clips</source>
        <translation>Alle Ausschnitte</translation>
    </message>
    <message>
        <source>Tag {name}</source>
        <translation>Schlagwort {name}</translation>
    </message>
    <message numerus="yes">
        <source>{label}, %Ln clip(s)</source>
        <translation>
            <numerusform>{label}, %Ln Ausschnitt</numerusform>
            <numerusform>{label}, %Ln Ausschnitte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagSidebar</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Select one or more tags to show only clips carrying all of them</source>
        <translation>Wählen Sie ein oder mehrere Schlagwörter aus, um nur Ausschnitte anzuzeigen, die alle davon tragen</translation>
    </message>
    <message>
        <source>Rename “{name}”…</source>
        <translation>„{name}“ umbenennen…</translation>
    </message>
    <message>
        <source>Merge Selected Tags Into…</source>
        <translation>Ausgewählte Schlagwörter zusammenführen in…</translation>
    </message>
    <message>
        <source>Merge “{name}” Into…</source>
        <translation>„{name}“ zusammenführen in…</translation>
    </message>
    <message>
        <source>Delete “{name}”…</source>
        <translation>„{name}“ löschen…</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Neuer Name für „{name}“:</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <source>“{tag}”</source>
        <translation>„{tag}“</translation>
    </message>
    <message>
        <source>Merge {tags} into:</source>
        <translation>{tags} zusammenführen in:</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message>
        <source>Remove the tag “{name}” from every clip? The clips themselves stay.</source>
        <translation>Das Schlagwort „{name}“ von allen Ausschnitten entfernen? Die Ausschnitte selbst bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: {error_type}: {error}</source>
        <translation>Unerwarteter Fehler: {error_type}: {error}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>{url}
Partial: {partial}</source>
        <translation>{url}
Unvollständig: {partial}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>unvollständig</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Clips, newest first, grouped by day</source>
        <translation>Ausschnitte, neueste zuerst, nach Tag gruppiert</translation>
    </message>
</context>
<context>
    <name>TitleDialog</name>
    <message>
        <source>Rename Clip</source>
        <translation>Ausschnitt umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>A clip needs a title: type one, or Cancel to keep the old one.</source>
        <translation>Ein Ausschnitt benötigt einen Titel: Geben Sie einen ein, oder klicken Sie auf „Abbrechen“, um den alten zu behalten.</translation>
    </message>
</context>
<context>
    <name>TrashFlow</name>
    <message numerus="yes">
        <source>Delete %Ln clip(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>%Ln Ausschnitt endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%Ln Ausschnitte endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>Delete every clip in the trash for good? This cannot be undone.</source>
        <translation>Alle Ausschnitte im Papierkorb endgültig löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleting for Good</source>
        <translation>Wird endgültig gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) deleted for good</source>
        <translation>
            <numerusform>%Ln Ausschnitt endgültig gelöscht</numerusform>
            <numerusform>%Ln Ausschnitte endgültig gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>Im Papierkorb</translation>
    </message>
    <message>
        <source>“{title}” is in the trash. Restore it?</source>
        <translation>„{title}“ ist im Papierkorb. Wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Aus Papierkorb wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) restored</source>
        <translation>
            <numerusform>%Ln Ausschnitt wiederhergestellt</numerusform>
            <numerusform>%Ln Ausschnitte wiederhergestellt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionBar</name>
    <message>
        <source>Version {number} · {fetched_at} UTC</source>
        <translation>Version {number} · {fetched_at} UTC</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>Angezeigte Version</translation>
    </message>
    <message>
        <source>Co&amp;mpare Versions…</source>
        <translation>Versionen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>V&amp;ersion:</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>headline changed</source>
        <translation>Überschrift geändert</translation>
    </message>
    <message>
        <source>byline changed</source>
        <translation>Autorenzeile geändert</translation>
    </message>
    <message>
        <source>date changed</source>
        <translation>Datum geändert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) added</source>
        <translation>
            <numerusform>%Ln Absatz hinzugefügt</numerusform>
            <numerusform>%Ln Absätze hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) removed</source>
        <translation>
            <numerusform>%Ln Absatz entfernt</numerusform>
            <numerusform>%Ln Absätze entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln Absatz geändert</numerusform>
            <numerusform>%Ln Absätze geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Frühere Version</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Spätere Version</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
</context>
<context>
    <name>WindowService</name>
    <message>
        <source>the Cuttings window closed</source>
        <translation>das Cuttings-Fenster wurde geschlossen</translation>
    </message>
    <message>
        <source>cancelled in the Cuttings window</source>
        <translation>im Cuttings-Fenster abgebrochen</translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>unerwarteter Fehler (siehe Protokoll)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Upgrading the library {name} for this version of Cuttings…
A copy of the file as it was is kept beside it.</source>
        <translation>Die Bibliothek {name} wird für diese Version von Cuttings aktualisiert…
Eine Kopie der ursprünglichen Datei wird daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>{APP_NAME}: cannot open the library</source>
        <translation>{APP_NAME}: Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cuttings cannot open the library
{path}</source>
        <translation>Cuttings kann die Bibliothek nicht öffnen
{path}</translation>
    </message>
    <message>
        <source>Choose Another Library…</source>
        <translation>Andere Bibliothek auswählen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>browser</name>
    <message>
        <source>No Web Browser</source>
        <translation>Kein Webbrowser</translation>
    </message>
    <message>
        <source>No web browser could be opened for this link. It is on the clipboard: paste it into a browser.</source>
        <translation>Für diesen Link konnte kein Webbrowser geöffnet werden. Er befindet sich in der Zwischenablage: Fügen Sie ihn in einen Browser ein.</translation>
    </message>
</context>
<context>
    <name>clipping.dock</name>
    <message>
        <source>Nothing clipped in this session yet.</source>
        <translation>In dieser Sitzung wurde noch nichts erfasst.</translation>
    </message>
</context>
<context>
    <name>clipping.pages</name>
    <message>
        <source>Paste Page</source>
        <translation>Seite einfügen</translation>
    </message>
    <message>
        <source>The copied page does not say where it comes from.
Web address of the page (it identifies the clip):</source>
        <translation>Die kopierte Seite gibt nicht an, woher sie stammt.
Webadresse der Seite (sie identifiziert den Ausschnitt):</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Cuttings JSON export</source>
        <translation>Cuttings-JSON-Export</translation>
    </message>
    <message>
        <source>wallabag JSON export</source>
        <translation>wallabag-JSON-Export</translation>
    </message>
    <message>
        <source>bookmark file (browsers, Pocket, Instapaper, Raindrop HTML)</source>
        <translation>Lesezeichendatei (Browser, Pocket, Instapaper, Raindrop-HTML)</translation>
    </message>
    <message>
        <source>Pocket CSV export</source>
        <translation>Pocket-CSV-Export</translation>
    </message>
    <message>
        <source>Instapaper CSV export</source>
        <translation>Instapaper-CSV-Export</translation>
    </message>
    <message>
        <source>CSV with a url column</source>
        <translation>CSV mit einer url-Spalte</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>RSS- oder Atom-Feed</translation>
    </message>
    <message>
        <source>OPML list of feeds</source>
        <translation>OPML-Feedliste</translation>
    </message>
    <message>
        <source>list of URLs</source>
        <translation>URL-Liste</translation>
    </message>
    <message>
        <source>the backup was cancelled; nothing was written</source>
        <translation>die Sicherung wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the page could not be read as an article</source>
        <translation>die Seite konnte nicht als Artikel gelesen werden</translation>
    </message>
    <message>
        <source>not imported: the import was cancelled before the feed was downloaded</source>
        <translation>nicht importiert: der Import wurde abgebrochen, bevor der Feed heruntergeladen wurde</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <source>No published date</source>
        <translation>Kein Veröffentlichungsdatum</translation>
    </message>
</context>
<context>
    <name>highlights.panel</name>
    <message>
        <source>(no longer in the article)</source>
        <translation>(nicht mehr im Artikel)</translation>
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
        <translation>Bibliothek: {path}
Größe: {size}
Ausschnitte: {clips}
Bilder: {images} ({images_size}, {percent} % der Bibliothek)
Originalseiten: {originals} ({originals_size} komprimiert)</translation>
    </message>
    <message>
        <source>Save Original Page</source>
        <translation>Originalseite speichern</translation>
    </message>
    <message>
        <source>HTML page (*.html);;All files (*)</source>
        <translation>HTML-Seite (*.html);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Open Library…</source>
        <translation>Bibliothek ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>Bibliothek &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Check Library</source>
        <translation>Bibliothek &amp;prüfen</translation>
    </message>
    <message>
        <source>Save &amp;Original Page…</source>
        <translation>&amp;Originalseite speichern…</translation>
    </message>
    <message>
        <source>Library &amp;Info</source>
        <translation>Bibliotheksi&amp;nformationen</translation>
    </message>
    <message>
        <source>Download &amp;Missing Images</source>
        <translation>&amp;Fehlende Bilder herunterladen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Paste Links or Page to Clip</source>
        <translation>Links oder Seite zum Erfassen ein&amp;fügen</translation>
    </message>
    <message>
        <source>Clip a &amp;Link…</source>
        <translation>&amp;Link erfassen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find in &amp;Article…</source>
        <translation>Im &amp;Artikel suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Lin&amp;k kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown Citation</source>
        <translation>Als &amp;Markdown-Zitat kopieren</translation>
    </message>
    <message>
        <source>Re&amp;fetch Article</source>
        <translation>Artikel erneut a&amp;brufen</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>Schlagwör&amp;ter bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Rename Clip…</source>
        <translation>Ausschnitt &amp;umbenennen…</translation>
    </message>
    <message>
        <source>Edit D&amp;etails…</source>
        <translation>&amp;Details bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Open Original in Browser</source>
        <translation>&amp;Original im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Gehe zu Datum…</translation>
    </message>
    <message>
        <source>Sort by &amp;Clipped Date</source>
        <translation>Nach &amp;Erfassungsdatum sortieren</translation>
    </message>
    <message>
        <source>Sort by &amp;Published Date</source>
        <translation>Nach Ve&amp;röffentlichungsdatum sortieren</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>Ü&amp;ber {APP_NAME}</translation>
    </message>
    <message>
        <source>Check for &amp;Changes</source>
        <translation>Auf Ä&amp;nderungen prüfen</translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation>Versionen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Re-check &amp;Settings…</source>
        <translation>&amp;Einstellungen der erneuten Prüfung…</translation>
    </message>
    <message>
        <source>&amp;Browser Extension…</source>
        <translation>&amp;Browsererweiterung…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Sort &amp;Search Results</source>
        <translation>&amp;Suchergebnisse sortieren</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Save &amp;Pictures</source>
        <translation>Bilder &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Pressespiegel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>porting.exporting</name>
    <message>
        <source>Cuttings: {library}</source>
        <translation>Cuttings: {library}</translation>
    </message>
</context>
<context>
    <name>porting.paths</name>
    <message>
        <source>Supported files (*.html *.htm *.csv *.json *.opml *.xml *.rss *.atom *.txt)</source>
        <translation>Unterstützte Dateien (*.html *.htm *.csv *.json *.opml *.xml *.rss *.atom *.txt)</translation>
    </message>
    <message>
        <source>Bookmark files (*.html *.htm)</source>
        <translation>Lesezeichendateien (*.html *.htm)</translation>
    </message>
    <message>
        <source>Cuttings or wallabag JSON (*.json)</source>
        <translation>Cuttings- oder wallabag-JSON (*.json)</translation>
    </message>
    <message>
        <source>Pocket, Instapaper or other CSV (*.csv)</source>
        <translation>Pocket, Instapaper oder andere CSV (*.csv)</translation>
    </message>
    <message>
        <source>Feeds and OPML lists (*.xml *.rss *.atom *.opml)</source>
        <translation>Feeds und OPML-Listen (*.xml *.rss *.atom *.opml)</translation>
    </message>
    <message>
        <source>Lists of URLs (*.txt)</source>
        <translation>URL-Listen (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Bookmark file (*.html)</source>
        <translation>Lesezeichendatei (*.html)</translation>
    </message>
    <message>
        <source>EPUB book (*.epub)</source>
        <translation>EPUB-Buch (*.epub)</translation>
    </message>
    <message>
        <source>Import Clippings</source>
        <translation>Ausschnitte importieren</translation>
    </message>
    <message>
        <source>Choose a Folder for the Markdown Files</source>
        <translation>Ordner für die Markdown-Dateien auswählen</translation>
    </message>
    <message>
        <source>Export Clippings</source>
        <translation>Ausschnitte exportieren</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Bibliothek sichern</translation>
    </message>
    <message>
        <source>Cuttings libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Cuttings-Bibliotheken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation>Bibliothek öffnen oder erstellen</translation>
    </message>
</context>
<context>
    <name>reader.render</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>Qt date format: d day, MMMM month name, yyyy year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>Qt date format: d day, MMMM month name, yyyy year, HH:mm 24-hour time</comment>
        <translation>d. MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Picture not kept: {why}</source>
        <translation>Bild nicht gespeichert: {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partial clip&lt;/b&gt; — {reason}.&lt;br /&gt;Cuttings fetched this page without your subscription, login or cookie choices. To keep the article as you see it, open the original in your browser and clip it with the Cuttings browser extension (&lt;i&gt;Clip this page&lt;/i&gt;).</source>
        <translation>&lt;b&gt;Unvollständiger Ausschnitt&lt;/b&gt; — {reason}.&lt;br /&gt;Cuttings hat diese Seite ohne Ihr Abonnement, Ihre Anmeldung oder Ihre Cookie-Einstellungen abgerufen. Um den Artikel so zu behalten, wie Sie ihn sehen, öffnen Sie das Original in Ihrem Browser und erfassen Sie es mit der Cuttings-Browsererweiterung (&lt;i&gt;Clip this page&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Von {author}</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>Veröffentlicht am {date}</translation>
    </message>
    <message>
        <source>Clipped {date}</source>
        <translation>Erfasst am {date}</translation>
    </message>
    <message>
        <source>Open the original ↗</source>
        <translation>Original öffnen ↗</translation>
    </message>
</context>
<context>
    <name>review.controller</name>
    <message>
        <source>Press review {date}</source>
        <translation>Pressespiegel {date}</translation>
    </message>
</context>
<context>
    <name>timeline.dates</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>Qt date format of a day header: dddd weekday, d day, MMMM month name, yyyy year</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>versions.labels</name>
    <message>
        <source>removed from the site</source>
        <translation>von der Website entfernt</translation>
    </message>
    <message>
        <source>now redirects elsewhere</source>
        <translation>leitet jetzt woandershin weiter</translation>
    </message>
    <message>
        <source>now behind a wall</source>
        <translation>jetzt zugangsbeschränkt</translation>
    </message>
    <message>
        <source>changed {count}{times}</source>
        <translation>{count}{times} geändert</translation>
    </message>
</context>
<context>
    <name>versions.render</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {old}&lt;/b&gt; ({old_fetched_at}) → &lt;b&gt;Version {new}&lt;/b&gt; ({new_fetched_at})</source>
        <translation>&lt;b&gt;Version {old}&lt;/b&gt; ({old_fetched_at}) → &lt;b&gt;Version {new}&lt;/b&gt; ({new_fetched_at})</translation>
    </message>
</context>
</TS>
