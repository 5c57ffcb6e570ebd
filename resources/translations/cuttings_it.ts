<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ActivityDock</name>
    <message numerus="yes">
        <source>Clipping %Ln link(s)…</source>
        <translation>
            <numerusform>Ritaglio di %Ln link in corso…</numerusform>
            <numerusform>Ritaglio di %Ln link in corso…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clipped</source>
        <translation>
            <numerusform>%Ln ritagliato</numerusform>
            <numerusform>%Ln ritagliati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln già nella libreria</numerusform>
            <numerusform>%Ln già nella libreria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln non riuscito</numerusform>
            <numerusform>%Ln non riusciti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln annullato</numerusform>
            <numerusform>%Ln annullati</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipping activity summary</source>
        <translation>Riepilogo dell’attività di ritaglio</translation>
    </message>
    <message>
        <source>Show the clipping activity</source>
        <translation>Mostra l’attività di ritaglio</translation>
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
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Clipping summary</source>
        <translation>Riepilogo dei ritagli</translation>
    </message>
    <message>
        <source>Clipping activity</source>
        <translation>Attività di ritaglio</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation>Rimuovi &amp;completati</translation>
    </message>
    <message>
        <source>Retry failed clip</source>
        <translation>Riprova il ritaglio non riuscito</translation>
    </message>
    <message>
        <source>Cancel pending clip</source>
        <translation>Annulla il ritaglio in attesa</translation>
    </message>
    <message>
        <source>Clear finished rows</source>
        <translation>Rimuovi le righe completate</translation>
    </message>
</context>
<context>
    <name>AllHighlightsWindow</name>
    <message>
        <source>All Highlights</source>
        <translation>Tutte le evidenziazioni</translation>
    </message>
    <message>
        <source>All highlights</source>
        <translation>Tutte le evidenziazioni</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s), newest first. Double-click one to read it in its clip.</source>
        <translation>
            <numerusform>%Ln evidenziazione, dalla più recente. Fai doppio clic per leggerla nel suo ritaglio.</numerusform>
            <numerusform>%Ln evidenziazioni, dalla più recente. Fai doppio clic su una per leggerla nel suo ritaglio.</numerusform>
        </translation>
    </message>
    <message>
        <source>No highlights yet: select text in a clip and press Ctrl+H.</source>
        <translation>Ancora nessuna evidenziazione: seleziona del testo in un ritaglio e premi Ctrl+H.</translation>
    </message>
</context>
<context>
    <name>BrowserExtensionDialog</name>
    <message>
        <source>The Cuttings extension for Chrome, Edge, Brave or Firefox clips the page you are reading as your browser shows it: articles behind your subscription, pages drawn by scripts. Install it (see the README), open its options, and paste this pairing token.</source>
        <translation>L’estensione di Cuttings per Chrome, Edge, Brave o Firefox ritaglia la pagina che stai leggendo così come la mostra il browser: articoli riservati agli abbonati, pagine generate da script. Installala (vedi il README), apri le sue opzioni e incolla questo token di associazione.</translation>
    </message>
    <message>
        <source>Browser Extension — {APP_NAME}</source>
        <translation>Estensione per browser — {APP_NAME}</translation>
    </message>
    <message>
        <source>Connector status</source>
        <translation>Stato del connettore</translation>
    </message>
    <message>
        <source>Listening for the extension on {url} while this window is open.</source>
        <translation>In ascolto dell’estensione su {url} finché questa finestra è aperta.</translation>
    </message>
    <message>
        <source>Not listening: {error}.</source>
        <translation>Non in ascolto: {error}.</translation>
    </message>
    <message>
        <source>Not listening in this window; “cuttings serve” can instead.</source>
        <translation>Non in ascolto in questa finestra; in alternativa si può usare “cuttings serve”.</translation>
    </message>
    <message>
        <source>Pairing token</source>
        <translation>Token di associazione</translation>
    </message>
    <message>
        <source>Pairing &amp;token:</source>
        <translation>&amp;Token di associazione:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Reimposta…</translation>
    </message>
    <message>
        <source>Make a new token; extensions paired with the old one stop working</source>
        <translation>Crea un nuovo token; le estensioni associate a quello precedente smettono di funzionare</translation>
    </message>
    <message>
        <source>Show E&amp;xtension Folder</source>
        <translation>Mostra cartella dell’&amp;estensione</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>Reset the Pairing Token</source>
        <translation>Reimposta il token di associazione</translation>
    </message>
    <message>
        <source>Make a new pairing token? Browsers paired with the current one stop clipping until the new token is pasted in their extension&apos;s options.</source>
        <translation>Creare un nuovo token di associazione? I browser associati a quello attuale smettono di ritagliare finché il nuovo token non viene incollato nelle opzioni della loro estensione.</translation>
    </message>
</context>
<context>
    <name>ChangeChecker</name>
    <message numerus="yes">
        <source>Check %Ln clip(s) for changes</source>
        <translation>
            <numerusform>Controllo modifiche di %Ln ritaglio</numerusform>
            <numerusform>Controllo modifiche di %Ln ritagli</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled check for changes</source>
        <translation>Controllo programmato delle modifiche</translation>
    </message>
    <message>
        <source>Checking {done} of {total}…</source>
        <translation>Controllo: {done} di {total}…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
</context>
<context>
    <name>CheckSummary</name>
    <message>
        <source>unchanged</source>
        <translation>invariati</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificati</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>rimossi</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>reindirizzati</translation>
    </message>
    <message>
        <source>walled</source>
        <translation>bloccati</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riusciti</translation>
    </message>
    <message>
        <source>{count} {finding}</source>
        <translation>{finding}: {count}</translation>
    </message>
    <message>
        <source>Checked {done} of {total}: {found}</source>
        <translation>Controllati {done} di {total} ({found})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nessun esito</translation>
    </message>
</context>
<context>
    <name>Citations</name>
    <message numerus="yes">
        <source>Copied %Ln citation(s)</source>
        <translation>
            <numerusform>%Ln citazione copiata</numerusform>
            <numerusform>%Ln citazioni copiate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln link(s)</source>
        <translation>
            <numerusform>%Ln link copiato</numerusform>
            <numerusform>%Ln link copiati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipController</name>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>errore imprevisto (vedi il log)</translation>
    </message>
</context>
<context>
    <name>ClipDelegate</name>
    <message>
        <source>◐ Partial</source>
        <translation>◐ Parziale</translation>
    </message>
</context>
<context>
    <name>ClipJob</name>
    <message>
        <source>Failed: {message}</source>
        <translation>Non riuscito: {message}</translation>
    </message>
</context>
<context>
    <name>CountLine</name>
    <message>
        <source>Number of clips shown</source>
        <translation>Numero di ritagli mostrati</translation>
    </message>
    <message>
        <source>Searching for “{search}”…</source>
        <translation>Ricerca di “{search}”…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>No clip matches.</source>
        <translation>Nessun ritaglio corrisponde.</translation>
    </message>
    <message>
        <source>Your library is empty.

Paste a link in the field above (Ctrl+L), press Ctrl+V here, or drop a link from your browser onto this window.

Bookmarks or another app&apos;s export? File → Import… (Ctrl+Shift+I).</source>
        <translation>La tua libreria è vuota.

Incolla un link nel campo qui sopra (Ctrl+L), premi Ctrl+V qui o trascina un link dal browser su questa finestra.

Segnalibri o l’esportazione di un’altra app? File → Importa… (Ctrl+Shift+I).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) for “{search}”</source>
        <translation>
            <numerusform>%Ln risultato per “{search}”</numerusform>
            <numerusform>%Ln risultati per “{search}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s)</source>
        <translation>
            <numerusform>%Ln ritaglio</numerusform>
            <numerusform>%Ln ritagli</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} in {place}</source>
        <translation>{count} in {place}</translation>
    </message>
    <message>
        <source>{count} tagged {tags}</source>
        <translation>{count} con tag {tags}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Conteggio…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selezionato</numerusform>
            <numerusform>%Ln selezionati</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: {message}</source>
        <translation>Ricerca: {message}</translation>
    </message>
</context>
<context>
    <name>EditDetailsDialog</name>
    <message>
        <source>Edit Details</source>
        <translation>Modifica dettagli</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autore:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Ada Rossi, Ugo Bianchi</source>
        <translation>Ada Rossi, Ugo Bianchi</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>the original publisher</source>
        <translation>la testata originale</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Sito:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>the site it was clipped from</source>
        <translation>il sito da cui è stato ritagliato</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Pubblicato il:</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Data di pubblicazione</translation>
    </message>
    <message>
        <source>2025-02-22 14:30, or empty for no date</source>
        <translation>2025-02-22 14:30, o vuoto se senza data</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Edit Note</source>
        <translation>Modifica nota</translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>errore imprevisto (vedi il log)</translation>
    </message>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation>Impossibile annullare o ripetere: {reason}</translation>
    </message>
</context>
<context>
    <name>EditTagsDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Modifica tag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>politics, energy, to read</source>
        <translation>politica, energia, da leggere</translation>
    </message>
    <message>
        <source>&amp;Tags of this clip, separated by commas:</source>
        <translation>&amp;Tag di questo ritaglio, separati da virgole:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tags of the %Ln selected clips, separated by commas:</source>
        <translation>
            <numerusform>&amp;Tag del ritaglio selezionato, separati da virgole:</numerusform>
            <numerusform>&amp;Tag dei %Ln ritagli selezionati, separati da virgole:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionTree</name>
    <message>
        <source>Sections and clips</source>
        <translation>Sezioni e ritagli</translation>
    </message>
    <message>
        <source>clip {id}</source>
        <translation>ritaglio {id}</translation>
    </message>
    <message>
        <source>[headline]</source>
        <translation>[solo titolo]</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annulla l’eliminazione</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Clip(s) to Trash</source>
        <translation>
            <numerusform>Sposta %n ritaglio nel cestino</numerusform>
            <numerusform>Sposta %n ritagli nel cestino</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) moved to the trash — Undo (Ctrl+Z)</source>
        <translation>
            <numerusform>%Ln ritaglio spostato nel cestino — Annulla (Ctrl+Z)</numerusform>
            <numerusform>%Ln ritagli spostati nel cestino — Annulla (Ctrl+Z)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %Ln clip(s) to the trash…</source>
        <translation>
            <numerusform>Spostamento di %Ln ritaglio nel cestino…</numerusform>
            <numerusform>Spostamento di %Ln ritagli nel cestino…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) restored</source>
        <translation>
            <numerusform>%Ln ritaglio ripristinato</numerusform>
            <numerusform>%Ln ritagli ripristinati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) moved to the trash</source>
        <translation>
            <numerusform>%Ln ritaglio spostato nel cestino</numerusform>
            <numerusform>%Ln ritagli spostati nel cestino</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Clip</source>
        <translation>Rinomina ritaglio</translation>
    </message>
    <message numerus="yes">
        <source>Tagging %Ln clip(s)…</source>
        <translation>
            <numerusform>Assegnazione dei tag a %Ln ritaglio…</numerusform>
            <numerusform>Assegnazione dei tag a %Ln ritagli…</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Modifica tag</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Rinomina tag</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Unisci tag</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Elimina tag</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>JSON (Cuttings, can be imported again)</source>
        <translation>JSON (Cuttings, reimportabile)</translation>
    </message>
    <message>
        <source>Markdown (a folder, one file per clip)</source>
        <translation>Markdown (una cartella, un file per ritaglio)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Pagina HTML</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Foglio di calcolo CSV</translation>
    </message>
    <message>
        <source>Bookmark file (browsers, Pocket, Raindrop…)</source>
        <translation>File di segnalibri (browser, Pocket, Raindrop…)</translation>
    </message>
    <message>
        <source>EPUB e-book</source>
        <translation>E-book EPUB</translation>
    </message>
    <message>
        <source>Export Clippings</source>
        <translation>Esporta ritagli</translation>
    </message>
    <message>
        <source>Export clippings</source>
        <translation>Esporta ritagli</translation>
    </message>
    <message>
        <source>&amp;All clips ({total})</source>
        <translation>&amp;Tutti i ritagli ({total})</translation>
    </message>
    <message>
        <source>The &amp;selected clips ({selected})</source>
        <translation>I ritagli &amp;selezionati ({selected})</translation>
    </message>
    <message>
        <source>The &amp;clips shown by the search or filter ({results})</source>
        <translation>I ritagli mostrati dalla &amp;ricerca o dal filtro ({results})</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato di esportazione</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Esporta:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Choose where to export</source>
        <translation>Scegli dove esportare</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Show Export</source>
        <translation>Mostra esportazione</translation>
    </message>
    <message>
        <source>Show the exported file</source>
        <translation>Mostra il file esportato</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clip(s) to {where}</source>
        <translation>
            <numerusform>%Ln ritaglio esportato in {where}</numerusform>
            <numerusform>%Ln ritagli esportati in {where}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Esportazione annullata: non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the export (details in the log).</source>
        <translation>Un errore imprevisto ha interrotto l’esportazione (dettagli nel log).</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>The clips could not be exported.</source>
        <translation>Impossibile esportare i ritagli.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Trova nell’articolo</translation>
    </message>
    <message>
        <source>Matches in the article</source>
        <translation>Corrispondenze nell’articolo</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Corrispondenza precedente (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Corrispondenza successiva (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Nessuna corrispondenza</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} di {total}</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>Vai alla data</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>{example}, 20 February 2025, 2025-02, 2024…</source>
        <translation>{example}, 20 febbraio 2025, 2025-02, 2024…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation>Problema con la data</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Not a date I can read yet.</source>
        <translation>Data non riconosciuta.</translation>
    </message>
</context>
<context>
    <name>HighlightsController</name>
    <message>
        <source>Highlights</source>
        <translation>Evidenziazioni</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Evidenzia selezione</translation>
    </message>
    <message>
        <source>Highlight with &amp;Comment…</source>
        <translation>Evidenzia con &amp;commento…</translation>
    </message>
    <message>
        <source>All &amp;Highlights</source>
        <translation>Tutte le e&amp;videnziazioni</translation>
    </message>
    <message>
        <source>Highlights &amp;Panel</source>
        <translation>Pa&amp;nnello evidenziazioni</translation>
    </message>
    <message>
        <source>This highlight&apos;s text is no longer in the article.</source>
        <translation>Il testo di questa evidenziazione non è più nell’articolo.</translation>
    </message>
    <message>
        <source>Select some text of the article first.</source>
        <translation>Seleziona prima del testo dell’articolo.</translation>
    </message>
    <message>
        <source>Highlight with Comment</source>
        <translation>Evidenzia con commento</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Evidenziazione</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commento:</translation>
    </message>
    <message>
        <source>Edit Highlight Comment</source>
        <translation>Modifica commento dell’evidenziazione</translation>
    </message>
    <message>
        <source>Recolour Highlight</source>
        <translation>Cambia colore dell’evidenziazione</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Rimuovi evidenziazione</translation>
    </message>
    <message>
        <source>Highlight in {label}</source>
        <translation>Evidenzia: {label}</translation>
    </message>
    <message>
        <source>Edit Highlight Comment…</source>
        <translation>Modifica commento dell’evidenziazione…</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Highlights of this clip</source>
        <translation>Evidenziazioni di questo ritaglio</translation>
    </message>
    <message>
        <source>No highlights yet.
Select text in the article and press Ctrl+H,
or right-click it and choose Highlight.</source>
        <translation>Ancora nessuna evidenziazione.
Seleziona del testo nell’articolo e premi Ctrl+H,
oppure fai clic destro e scegli Evidenzia.</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Rimuovi evidenziazione</translation>
    </message>
    <message>
        <source>Go to Highlight</source>
        <translation>Vai all’evidenziazione</translation>
    </message>
    <message>
        <source>Edit Comment…</source>
        <translation>Modifica commento…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>unexpected error</source>
        <translation>errore imprevisto</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>retry of {name}</source>
        <translation>nuovo tentativo di {name}</translation>
    </message>
    <message>
        <source>Retrying Failed Items…</source>
        <translation>Nuovo tentativo per gli elementi non riusciti…</translation>
    </message>
    <message>
        <source>An unexpected error stopped the import (details in the log).</source>
        <translation>Un errore imprevisto ha interrotto l’importazione (dettagli nel log).</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Importazione non riuscita</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Cancelled</source>
        <translation>Importazione annullata</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Riepilogo dell’importazione</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importati: {count}</translation>
    </message>
    <message>
        <source>Skipped as duplicates: {count}</source>
        <translation>Saltati perché duplicati: {count}</translation>
    </message>
    <message>
        <source>Failed: {count}</source>
        <translation>Non riusciti: {count}</translation>
    </message>
    <message>
        <source>Skipped, not web pages (bookmarklets…): {count}</source>
        <translation>Saltati perché non pagine web (bookmarklet…): {count}</translation>
    </message>
    <message>
        <source>The import was cancelled: Retry Failures imports the rest.</source>
        <translation>L’importazione è stata annullata: Riprova non riusciti importa il resto.</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>Elementi non riusciti</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>(nessun link)</translation>
    </message>
    <message>
        <source>&amp;Open Report File</source>
        <translation>&amp;Apri file del rapporto</translation>
    </message>
    <message>
        <source>Open the import report file</source>
        <translation>Apri il file del rapporto di importazione</translation>
    </message>
    <message>
        <source>&amp;Retry Failures</source>
        <translation>&amp;Riprova non riusciti</translation>
    </message>
    <message>
        <source>Retry the failed items</source>
        <translation>Riprova gli elementi non riusciti</translation>
    </message>
</context>
<context>
    <name>ImportSetupDialog</name>
    <message>
        <source>Import Clippings</source>
        <translation>Importa ritagli</translation>
    </message>
    <message>
        <source>Import clippings</source>
        <translation>Importa ritagli</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lettura dei file…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Stato dell’importazione</translation>
    </message>
    <message>
        <source>Format of the files</source>
        <translation>Formato dei file</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Rileva dal contenuto</translation>
    </message>
    <message>
        <source>Tags to add to every imported clip</source>
        <translation>Tag da aggiungere a ogni ritaglio importato</translation>
    </message>
    <message>
        <source>optional: imported, 2024</source>
        <translation>facoltativo: importati, 2024</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>Aggiungi &amp;tag:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Start the import</source>
        <translation>Avvia l’importazione</translation>
    </message>
    <message>
        <source>These files hold no link to import.</source>
        <translation>Questi file non contengono link da importare.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) to import. Links without their article are downloaded; links already in the library are skipped.</source>
        <translation>
            <numerusform>%Ln elemento da importare. I link senza il loro articolo vengono scaricati; quelli già nella libreria vengono saltati.</numerusform>
            <numerusform>%Ln elementi da importare. I link senza il loro articolo vengono scaricati; quelli già nella libreria vengono saltati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Download…</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Pulizia…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Already in library</source>
        <translation>Già nella libreria</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predefinita di sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time {app} starts.</source>
        <translation>La nuova lingua verrà usata al prossimo avvio di {app}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{APP_NAME} main window</source>
        <translation>Finestra principale di {APP_NAME}</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Ritaglia</translation>
    </message>
    <message>
        <source>Paste a link to clip it (Ctrl+L)</source>
        <translation>Incolla un link per ritagliarlo (Ctrl+L)</translation>
    </message>
    <message>
        <source>Link to clip</source>
        <translation>Link da ritagliare</translation>
    </message>
    <message>
        <source>Tags for the next clip</source>
        <translation>Tag per il prossimo ritaglio</translation>
    </message>
    <message>
        <source>Tags for the links you clip next; emptied once they are used</source>
        <translation>Tag per i prossimi link che ritagli; si svuota dopo l’uso</translation>
    </message>
    <message>
        <source>Tags for new clips</source>
        <translation>Tag per i nuovi ritagli</translation>
    </message>
    <message>
        <source>Clip the link</source>
        <translation>Ritaglia il link</translation>
    </message>
    <message>
        <source>The clipboard holds no web link to clip.</source>
        <translation>Gli appunti non contengono alcun link web da ritagliare.</translation>
    </message>
    <message>
        <source>{APP_NAME}: something went wrong</source>
        <translation>{APP_NAME}: qualcosa è andato storto</translation>
    </message>
    <message>
        <source>Cuttings met an unexpected error. Your library is safe; the details are in the log.</source>
        <translation>Cuttings ha riscontrato un errore imprevisto. La tua libreria è al sicuro; i dettagli sono nel log.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Informazioni su {APP_NAME}</translation>
    </message>
    <message>
        <source>A news-clipping manager: clip articles by URL, read them offline, tag and search them.</source>
        <translation>Un gestore di ritagli di giornale: ritaglia articoli dal loro URL, leggili offline, assegna tag e fai ricerche.</translation>
    </message>
    <message>
        <source>Library: {path}</source>
        <translation>Libreria: {path}</translation>
    </message>
</context>
<context>
    <name>MaintenanceFlow</name>
    <message>
        <source>Backing up the library to {name}…</source>
        <translation>Backup della libreria in {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln clip(s) ({size}) to {path}</source>
        <translation>
            <numerusform>Backup completato: %Ln ritaglio ({size}) in {path}</numerusform>
            <numerusform>Backup completato: %Ln ritagli ({size}) in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be backed up.</source>
        <translation>Impossibile eseguire il backup della libreria.</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Controllo della libreria…</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>Controlla libreria</translation>
    </message>
    <message>
        <source>Library is healthy.</source>
        <translation>La libreria è integra.</translation>
    </message>
    <message>
        <source>No problem found in {path}.</source>
        <translation>Nessun problema trovato in {path}.</translation>
    </message>
    <message>
        <source>No problem found in {path}:</source>
        <translation>Nessun problema trovato in {path}:</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Non controllati:</translation>
    </message>
    <message numerus="yes">
        <source>The library has %Ln problem(s).</source>
        <translation>
            <numerusform>La libreria ha %Ln problema.</numerusform>
            <numerusform>La libreria ha %Ln problemi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…e %Ln altro.</numerusform>
            <numerusform>…e altri %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>

Back up the library (File → Back Up Library…) before {APP_NAME} writes to it again.</source>
        <translation>

Esegui il backup della libreria (File → Backup della libreria…) prima che {APP_NAME} vi scriva di nuovo.</translation>
    </message>
    <message>
        <source>The library could not be checked.</source>
        <translation>Impossibile controllare la libreria.</translation>
    </message>
    <message>
        <source>Unexpected error: {error_type}</source>
        <translation>Errore imprevisto: {error_type}</translation>
    </message>
</context>
<context>
    <name>MediaFlow</name>
    <message>
        <source>&amp;Always</source>
        <translation>&amp;Sempre</translation>
    </message>
    <message>
        <source>&amp;Lead Image Only</source>
        <translation>Solo immagine &amp;principale</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Mai</translation>
    </message>
    <message>
        <source>Save Original Page</source>
        <translation>Salva pagina originale</translation>
    </message>
    <message>
        <source>The page was not saved.</source>
        <translation>La pagina non è stata salvata.</translation>
    </message>
    <message>
        <source>Saved the page as fetched on {fetched_at} to {target}</source>
        <translation>Salvata in {target} la pagina scaricata il {fetched_at}</translation>
    </message>
    <message>
        <source>Library Info</source>
        <translation>Informazioni sulla libreria</translation>
    </message>
    <message>
        <source>The library could not be read.</source>
        <translation>Impossibile leggere la libreria.</translation>
    </message>
    <message>
        <source>Download Missing Images</source>
        <translation>Scarica immagini mancanti</translation>
    </message>
    <message numerus="yes">
        <source>Fetched pictures for %Ln clip(s)</source>
        <translation>
            <numerusform>Immagini scaricate per %Ln ritaglio</numerusform>
            <numerusform>Immagini scaricate per %Ln ritagli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln failed</source>
        <translation>
            <numerusform>; %Ln non riuscito</numerusform>
            <numerusform>; %Ln non riusciti</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled: run it again to go on)</source>
        <translation> (annullato: eseguilo di nuovo per continuare)</translation>
    </message>
    <message>
        <source>The pictures could not be downloaded.</source>
        <translation>Impossibile scaricare le immagini.</translation>
    </message>
</context>
<context>
    <name>PageIntake</name>
    <message>
        <source>The copied page is too large to clip (over 15 MB).</source>
        <translation>La pagina copiata è troppo grande per essere ritagliata (oltre 15 MB).</translation>
    </message>
    <message>
        <source>A pasted page needs the web address it comes from (http or https).</source>
        <translation>Una pagina incollata richiede l’indirizzo web da cui proviene (http o https).</translation>
    </message>
    <message>
        <source>Pasted page: {url}</source>
        <translation>Pagina incollata: {url}</translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
</context>
<context>
    <name>PlacesList</name>
    <message>
        <source>Places</source>
        <translation>Posizioni</translation>
    </message>
    <message>
        <source>Rename “{name}”…</source>
        <translation>Rinomina “{name}”…</translation>
    </message>
    <message>
        <source>Edit “{name}”…</source>
        <translation>Modifica “{name}”…</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Elimina “{name}”</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Svuota cestino…</translation>
    </message>
</context>
<context>
    <name>PlacesModel</name>
    <message>
        <source>Unread</source>
        <translation>Non letti</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Con stella</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivio</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message numerus="yes">
        <source>{name}, %Ln clip(s)</source>
        <translation>
            <numerusform>{name}, %Ln ritaglio</numerusform>
            <numerusform>{name}, %Ln ritagli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Elemento corrente</translation>
    </message>
    <message>
        <source>Cancel: {title}</source>
        <translation>Annulla: {title}</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} di {total} completati</translation>
    </message>
    <message>
        <source>Cancelling… (work under way finishes first)</source>
        <translation>Annullamento… (prima termina il lavoro in corso)</translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Reader</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <source>Select a clip to read it here.</source>
        <translation>Seleziona un ritaglio per leggerlo qui.</translation>
    </message>
    <message>
        <source>Paste or drop a link anywhere in the window to clip an article.</source>
        <translation>Incolla o trascina un link in un punto qualsiasi della finestra per ritagliare un articolo.</translation>
    </message>
</context>
<context>
    <name>ReaderLook</name>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Testo più &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Testo più &amp;piccolo</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Dimensioni &amp;effettive</translation>
    </message>
    <message>
        <source>Reader &amp;Text Size</source>
        <translation>Dimensione del &amp;testo in lettura</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>S&amp;eppia</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Add a note to this clip…</source>
        <translation>Aggiungi una nota a questo ritaglio…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
</context>
<context>
    <name>ReaderText</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln parola</numerusform>
            <numerusform>%Ln parole</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecheckSettingsDialog</name>
    <message>
        <source>Re-check Settings</source>
        <translation>Impostazioni di ricontrollo</translation>
    </message>
    <message>
        <source>&amp;Check clips for changes automatically</source>
        <translation>&amp;Controlla automaticamente se i ritagli cambiano</translation>
    </message>
    <message>
        <source>Re-check steps</source>
        <translation>Scadenze di ricontrollo</translation>
    </message>
    <message>
        <source>&amp;After clipping:</source>
        <translation>&amp;Dopo il ritaglio:</translation>
    </message>
    <message>
        <source>Each clip is checked at these times after it was clipped, soonest first: m for minutes, h for hours, d for days (for example 1h, 6h, 1d, 3d, 7d, 30d). Checks run while the window is open.</source>
        <translation>Ogni ritaglio viene controllato a queste scadenze dopo il ritaglio, dalla più vicina: m per minuti, h per ore, d per giorni (per esempio 1h, 6h, 1d, 3d, 7d, 30d). I controlli si fanno mentre la finestra è aperta.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Write at least one step, such as 1d.</source>
        <translation>Scrivi almeno una scadenza, per esempio 1d.</translation>
    </message>
</context>
<context>
    <name>Refetcher</name>
    <message>
        <source>Refetch takes {max} clips at most: select fewer.</source>
        <translation>Puoi riscaricare al massimo {max} ritagli: selezionane meno.</translation>
    </message>
    <message>
        <source>Refetching “{title}”…</source>
        <translation>Nuovo download di “{title}”…</translation>
    </message>
    <message>
        <source>Refetched “{title}”</source>
        <translation>“{title}” riscaricato</translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>errore imprevisto (vedi il log)</translation>
    </message>
    <message>
        <source>Could not refetch “{title}”: {reason}</source>
        <translation>Impossibile riscaricare “{title}”: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Press Reviews</source>
        <translation>Rassegne stampa</translation>
    </message>
    <message>
        <source>New Review from &amp;Selection</source>
        <translation>Nuova rassegna dalla &amp;selezione</translation>
    </message>
    <message>
        <source>New Review from Current &amp;Search</source>
        <translation>Nuova rassegna dalla &amp;ricerca attuale</translation>
    </message>
    <message>
        <source>New Review by &amp;Tags of the Search</source>
        <translation>Nuova rassegna per &amp;tag della ricerca</translation>
    </message>
    <message>
        <source>New &amp;Empty Review</source>
        <translation>Nuova rassegna &amp;vuota</translation>
    </message>
    <message>
        <source>Select the clips for the review first</source>
        <translation>Seleziona prima i ritagli per la rassegna</translation>
    </message>
    <message>
        <source>Delete Press Review</source>
        <translation>Elimina rassegna stampa</translation>
    </message>
    <message>
        <source>Delete this press review? Its clips stay in the library.</source>
        <translation>Eliminare questa rassegna stampa? I suoi ritagli restano nella libreria.</translation>
    </message>
    <message>
        <source>Delete Review</source>
        <translation>Elimina rassegna</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Press Review</source>
        <translation>Rassegna stampa</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>Choose Logo…</source>
        <translation>Scegli logo…</translation>
    </message>
    <message>
        <source>Remove Logo</source>
        <translation>Rimuovi logo</translation>
    </message>
    <message>
        <source>In evidenza: the day&apos;s main stories</source>
        <translation>In evidenza: le notizie principali del giorno</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
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
        <translation>Aggiungi sezione…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>A short summary of the selected clip</source>
        <translation>Un breve riassunto del ritaglio selezionato</translation>
    </message>
    <message>
        <source>Include the full text (else headline and summary)</source>
        <translation>Includi il testo completo (altrimenti titolo e riassunto)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Export {format}…</source>
        <translation>Esporta {format}…</translation>
    </message>
    <message>
        <source>Logo: {size} KB</source>
        <translation>Logo: {size} KB</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Impossibile leggere {path}: {error}</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annulla esportazione</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Formato pagina:</translation>
    </message>
    <message>
        <source>Press Review — {title}</source>
        <translation>Rassegna stampa — {title}</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Scegli un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Aggiungi sezione</translation>
    </message>
    <message>
        <source>Section title:</source>
        <translation>Titolo della sezione:</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Rinomina sezione</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento Word (*.docx)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Pagina web (*.html)</translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation>Esporta come {format}</translation>
    </message>
    <message>
        <source>Written: {written}</source>
        <translation>Salvato: {written}</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Esportazione annullata</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Esportazione non riuscita: {error}</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>Press reviews</source>
        <translation>Rassegne stampa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln articolo</numerusform>
            <numerusform>%Ln articoli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln section(s)</source>
        <translation>
            <numerusform>%Ln sezione</numerusform>
            <numerusform>%Ln sezioni</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {articles} in {sections}</source>
        <translation>{name}: {articles} in {sections}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Duplicate as Today&apos;s</source>
        <translation>Duplica con la data di oggi</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <source>Edit Saved Search</source>
        <translation>Modifica ricerca salvata</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Salva ricerca</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Any of these tags (not all of them)</source>
        <translation>Uno qualsiasi di questi tag (non tutti)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Ricerca:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordine:</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Una ricerca salvata deve avere un nome.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Newest First</source>
        <translation>Prima i più recenti</translation>
    </message>
    <message>
        <source>Oldest First</source>
        <translation>Prima i meno recenti</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinenza</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Prima i più recenti</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Prima i meno recenti</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Cerca (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clips</source>
        <translation>Cerca nei ritagli</translation>
    </message>
    <message>
        <source>Order of search results</source>
        <translation>Ordine dei risultati di ricerca</translation>
    </message>
</context>
<context>
    <name>StatesController</name>
    <message>
        <source>Filter tags</source>
        <translation>Filtra i tag</translation>
    </message>
    <message>
        <source>Any selected tag</source>
        <translation>Almeno un tag selezionato</translation>
    </message>
    <message>
        <source>Show clips with any of the selected tags, not all of them</source>
        <translation>Mostra i ritagli con almeno uno dei tag selezionati, non per forza tutti</translation>
    </message>
    <message>
        <source>Mark &amp;Read / Unread</source>
        <translation>Segna come &amp;letto/non letto</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>Aggiungi/rimuovi &amp;stella</translation>
    </message>
    <message>
        <source>&amp;Archive / Unarchive</source>
        <translation>&amp;Archivia/togli dall’archivio</translation>
    </message>
    <message>
        <source>Restore from &amp;Trash</source>
        <translation>Ripristina dal &amp;cestino</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>S&amp;vuota cestino…</translation>
    </message>
    <message>
        <source>Save &amp;Search…</source>
        <translation>Salva &amp;ricerca…</translation>
    </message>
    <message>
        <source>Mark Clips Read When &amp;Opened</source>
        <translation>Segna come letti i ritagli all’a&amp;pertura</translation>
    </message>
    <message>
        <source>&amp;Clip</source>
        <translation>R&amp;itaglio</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>Segna come letto</translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation>Segna come non letto</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Rimuovi stella</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Aggiungi stella</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Togli dall’archivio</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Saved search “{name}” saved</source>
        <translation>Ricerca “{name}” salvata</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Rinomina ricerca salvata</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nuovo nome per “{name}”:</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>All clips</source>
        <translation>Tutti i ritagli</translation>
    </message>
    <message>
        <source>Tag {name}</source>
        <translation>Tag: {name}</translation>
    </message>
    <message numerus="yes">
        <source>{label}, %Ln clip(s)</source>
        <translation>
            <numerusform>{label}, %Ln ritaglio</numerusform>
            <numerusform>{label}, %Ln ritagli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagSidebar</name>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Select one or more tags to show only clips carrying all of them</source>
        <translation>Seleziona uno o più tag per mostrare solo i ritagli che li hanno tutti</translation>
    </message>
    <message>
        <source>Rename “{name}”…</source>
        <translation>Rinomina “{name}”…</translation>
    </message>
    <message>
        <source>Merge Selected Tags Into…</source>
        <translation>Unisci i tag selezionati in…</translation>
    </message>
    <message>
        <source>Merge “{name}” Into…</source>
        <translation>Unisci “{name}” in…</translation>
    </message>
    <message>
        <source>Delete “{name}”…</source>
        <translation>Elimina “{name}”…</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Rinomina tag</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nuovo nome per “{name}”:</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Unisci tag</translation>
    </message>
    <message>
        <source>“{tag}”</source>
        <translation>“{tag}”</translation>
    </message>
    <message>
        <source>Merge {tags} into:</source>
        <translation>Unisci {tags} in:</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Elimina tag</translation>
    </message>
    <message>
        <source>Remove the tag “{name}” from every clip? The clips themselves stay.</source>
        <translation>Rimuovere il tag “{name}” da tutti i ritagli? I ritagli restano nella libreria.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: {error_type}: {error}</source>
        <translation>Errore imprevisto: {error_type}: {error}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>{url}
Partial: {partial}</source>
        <translation>{url}
Parziale: {partial}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>tag: {tags}</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parziale</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Clips, newest first, grouped by day</source>
        <translation>Ritagli, dal più recente, raggruppati per giorno</translation>
    </message>
</context>
<context>
    <name>TitleDialog</name>
    <message>
        <source>Rename Clip</source>
        <translation>Rinomina ritaglio</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <source>A clip needs a title: type one, or Cancel to keep the old one.</source>
        <translation>Un ritaglio deve avere un titolo: digitane uno, oppure scegli Annulla per mantenere quello precedente.</translation>
    </message>
</context>
<context>
    <name>TrashFlow</name>
    <message numerus="yes">
        <source>Delete %Ln clip(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare definitivamente %Ln ritaglio? L’operazione non può essere annullata.</numerusform>
            <numerusform>Eliminare definitivamente %Ln ritagli? L’operazione non può essere annullata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Elimina definitivamente</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Svuota cestino</translation>
    </message>
    <message>
        <source>Delete every clip in the trash for good? This cannot be undone.</source>
        <translation>Eliminare definitivamente tutti i ritagli nel cestino? L’operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Deleting for Good</source>
        <translation>Eliminazione definitiva</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) deleted for good</source>
        <translation>
            <numerusform>%Ln ritaglio eliminato definitivamente</numerusform>
            <numerusform>%Ln ritagli eliminati definitivamente</numerusform>
        </translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>Nel cestino</translation>
    </message>
    <message>
        <source>“{title}” is in the trash. Restore it?</source>
        <translation>“{title}” è nel cestino. Ripristinarlo?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Ripristina dal cestino</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) restored</source>
        <translation>
            <numerusform>%Ln ritaglio ripristinato</numerusform>
            <numerusform>%Ln ritagli ripristinati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionBar</name>
    <message>
        <source>Version {number} · {fetched_at} UTC</source>
        <translation>Versione {number} · {fetched_at} UTC</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>Versione mostrata</translation>
    </message>
    <message>
        <source>Co&amp;mpare Versions…</source>
        <translation>Co&amp;nfronta versioni…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versione:</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>headline changed</source>
        <translation>titolo modificato</translation>
    </message>
    <message>
        <source>byline changed</source>
        <translation>firma modificata</translation>
    </message>
    <message>
        <source>date changed</source>
        <translation>data modificata</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) added</source>
        <translation>
            <numerusform>%Ln paragrafo aggiunto</numerusform>
            <numerusform>%Ln paragrafi aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) removed</source>
        <translation>
            <numerusform>%Ln paragrafo rimosso</numerusform>
            <numerusform>%Ln paragrafi rimossi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln paragrafo modificato</numerusform>
            <numerusform>%Ln paragrafi modificati</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>nessuna modifica</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Confronta versioni</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Versione precedente</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Versione successiva</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Cosa è cambiato</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Confronto in corso…</translation>
    </message>
</context>
<context>
    <name>WindowService</name>
    <message>
        <source>the Cuttings window closed</source>
        <translation>la finestra di Cuttings è stata chiusa</translation>
    </message>
    <message>
        <source>cancelled in the Cuttings window</source>
        <translation>annullato nella finestra di Cuttings</translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>errore imprevisto (vedi il log)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Upgrading the library {name} for this version of Cuttings…
A copy of the file as it was is kept beside it.</source>
        <translation>Aggiornamento della libreria {name} per questa versione di Cuttings…
Una copia del file originale viene conservata nella stessa cartella.</translation>
    </message>
    <message>
        <source>{APP_NAME}: cannot open the library</source>
        <translation>{APP_NAME}: impossibile aprire la libreria</translation>
    </message>
    <message>
        <source>Cuttings cannot open the library
{path}</source>
        <translation>Cuttings non riesce ad aprire la libreria
{path}</translation>
    </message>
    <message>
        <source>Choose Another Library…</source>
        <translation>Scegli un’altra libreria…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>browser</name>
    <message>
        <source>No Web Browser</source>
        <translation>Nessun browser web</translation>
    </message>
    <message>
        <source>No web browser could be opened for this link. It is on the clipboard: paste it into a browser.</source>
        <translation>Impossibile aprire un browser web per questo link. Il link è negli appunti: incollalo in un browser.</translation>
    </message>
</context>
<context>
    <name>clipping.dock</name>
    <message>
        <source>Nothing clipped in this session yet.</source>
        <translation>Ancora nessun ritaglio in questa sessione.</translation>
    </message>
</context>
<context>
    <name>clipping.pages</name>
    <message>
        <source>Paste Page</source>
        <translation>Incolla pagina</translation>
    </message>
    <message>
        <source>The copied page does not say where it comes from.
Web address of the page (it identifies the clip):</source>
        <translation>La pagina copiata non indica da dove proviene.
Indirizzo web della pagina (identifica il ritaglio):</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Cuttings JSON export</source>
        <translation>Esportazione JSON di Cuttings</translation>
    </message>
    <message>
        <source>wallabag JSON export</source>
        <translation>Esportazione JSON di wallabag</translation>
    </message>
    <message>
        <source>bookmark file (browsers, Pocket, Instapaper, Raindrop HTML)</source>
        <translation>file di segnalibri (browser, Pocket, Instapaper, HTML di Raindrop)</translation>
    </message>
    <message>
        <source>Pocket CSV export</source>
        <translation>Esportazione CSV di Pocket</translation>
    </message>
    <message>
        <source>Instapaper CSV export</source>
        <translation>Esportazione CSV di Instapaper</translation>
    </message>
    <message>
        <source>CSV with a url column</source>
        <translation>CSV con una colonna url</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>Feed RSS o Atom</translation>
    </message>
    <message>
        <source>OPML list of feeds</source>
        <translation>Elenco di feed OPML</translation>
    </message>
    <message>
        <source>list of URLs</source>
        <translation>elenco di URL</translation>
    </message>
    <message>
        <source>the backup was cancelled; nothing was written</source>
        <translation>il backup è stato annullato; non è stato scritto nulla</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>il controllo è stato annullato</translation>
    </message>
    <message>
        <source>the page could not be read as an article</source>
        <translation>impossibile leggere la pagina come articolo</translation>
    </message>
    <message>
        <source>not imported: the import was cancelled before the feed was downloaded</source>
        <translation>non importato: l’importazione è stata annullata prima del download del feed</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <source>No published date</source>
        <translation>Nessuna data di pubblicazione</translation>
    </message>
</context>
<context>
    <name>highlights.panel</name>
    <message>
        <source>(no longer in the article)</source>
        <translation>(non più nell’articolo)</translation>
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
        <translation>Libreria: {path}
Dimensione: {size}
Ritagli: {clips}
Immagini: {images} ({images_size}, {percent}% della libreria)
Pagine originali: {originals} ({originals_size} compressi)</translation>
    </message>
    <message>
        <source>Save Original Page</source>
        <translation>Salva pagina originale</translation>
    </message>
    <message>
        <source>HTML page (*.html);;All files (*)</source>
        <translation>Pagina HTML (*.html);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Apri libreria…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Backup della libreria…</translation>
    </message>
    <message>
        <source>&amp;Check Library</source>
        <translation>&amp;Controlla libreria</translation>
    </message>
    <message>
        <source>Save &amp;Original Page…</source>
        <translation>Salva pagina &amp;originale…</translation>
    </message>
    <message>
        <source>Library &amp;Info</source>
        <translation>I&amp;nfo libreria</translation>
    </message>
    <message>
        <source>Download &amp;Missing Images</source>
        <translation>Scarica immagini &amp;mancanti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Paste Links or Page to Clip</source>
        <translation>&amp;Incolla link o pagina da ritagliare</translation>
    </message>
    <message>
        <source>Clip a &amp;Link…</source>
        <translation>Ritaglia un &amp;link…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>Find in &amp;Article…</source>
        <translation>Trova nell’articol&amp;o…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Trova s&amp;uccessivo</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Trova &amp;precedente</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Copia &amp;link</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown Citation</source>
        <translation>Copia come citazione Mar&amp;kdown</translation>
    </message>
    <message>
        <source>Re&amp;fetch Article</source>
        <translation>Ri&amp;scarica articolo</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>Modifica ta&amp;g…</translation>
    </message>
    <message>
        <source>&amp;Rename Clip…</source>
        <translation>Ri&amp;nomina ritaglio…</translation>
    </message>
    <message>
        <source>Edit D&amp;etails…</source>
        <translation>Modifica &amp;dettagli…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Eli&amp;mina</translation>
    </message>
    <message>
        <source>&amp;Open Original in Browser</source>
        <translation>Apri originale nel &amp;browser</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>Vai alla &amp;data…</translation>
    </message>
    <message>
        <source>Sort by &amp;Clipped Date</source>
        <translation>Ordina per data di &amp;ritaglio</translation>
    </message>
    <message>
        <source>Sort by &amp;Published Date</source>
        <translation>Ordina per data di &amp;pubblicazione</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;Informazioni su {APP_NAME}</translation>
    </message>
    <message>
        <source>Check for &amp;Changes</source>
        <translation>Cerca modific&amp;he</translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation>&amp;Confronta versioni…</translation>
    </message>
    <message>
        <source>Re-check &amp;Settings…</source>
        <translation>Impostazioni di &amp;ricontrollo…</translation>
    </message>
    <message>
        <source>&amp;Browser Extension…</source>
        <translation>Estensione per il &amp;browser…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Sort &amp;Search Results</source>
        <translation>&amp;Ordina risultati di ricerca</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <source>Save &amp;Pictures</source>
        <translation>Salva &amp;immagini</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Rassegna</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
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
        <translation>File supportati (*.html *.htm *.csv *.json *.opml *.xml *.rss *.atom *.txt)</translation>
    </message>
    <message>
        <source>Bookmark files (*.html *.htm)</source>
        <translation>File di segnalibri (*.html *.htm)</translation>
    </message>
    <message>
        <source>Cuttings or wallabag JSON (*.json)</source>
        <translation>JSON di Cuttings o wallabag (*.json)</translation>
    </message>
    <message>
        <source>Pocket, Instapaper or other CSV (*.csv)</source>
        <translation>CSV di Pocket, Instapaper o altri (*.csv)</translation>
    </message>
    <message>
        <source>Feeds and OPML lists (*.xml *.rss *.atom *.opml)</source>
        <translation>Feed ed elenchi OPML (*.xml *.rss *.atom *.opml)</translation>
    </message>
    <message>
        <source>Lists of URLs (*.txt)</source>
        <translation>Elenchi di URL (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Pagina HTML (*.html)</translation>
    </message>
    <message>
        <source>Bookmark file (*.html)</source>
        <translation>File di segnalibri (*.html)</translation>
    </message>
    <message>
        <source>EPUB book (*.epub)</source>
        <translation>Libro EPUB (*.epub)</translation>
    </message>
    <message>
        <source>Import Clippings</source>
        <translation>Importa ritagli</translation>
    </message>
    <message>
        <source>Choose a Folder for the Markdown Files</source>
        <translation>Scegli una cartella per i file Markdown</translation>
    </message>
    <message>
        <source>Export Clippings</source>
        <translation>Esporta ritagli</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Backup della libreria</translation>
    </message>
    <message>
        <source>Cuttings libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Librerie di Cuttings (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation>Apri o crea libreria</translation>
    </message>
</context>
<context>
    <name>reader.render</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>Qt date format: d day, MMMM month name, yyyy year</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>Qt date format: d day, MMMM month name, yyyy year, HH:mm 24-hour time</comment>
        <translation>d MMMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Picture not kept: {why}</source>
        <translation>Immagine non conservata: {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partial clip&lt;/b&gt; — {reason}.&lt;br /&gt;Cuttings fetched this page without your subscription, login or cookie choices. To keep the article as you see it, open the original in your browser and clip it with the Cuttings browser extension (&lt;i&gt;Clip this page&lt;/i&gt;).</source>
        <translation>&lt;b&gt;Ritaglio parziale&lt;/b&gt; — {reason}.&lt;br /&gt;Cuttings ha scaricato questa pagina senza il tuo abbonamento, il tuo accesso o le tue scelte sui cookie. Per conservare l’articolo così come lo vedi, aprilo nel browser e ritaglialo con l’estensione per browser di Cuttings (&lt;i&gt;Clip this page&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Di {author}</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>Pubblicato il {date}</translation>
    </message>
    <message>
        <source>Clipped {date}</source>
        <translation>Ritagliato il {date}</translation>
    </message>
    <message>
        <source>Open the original ↗</source>
        <translation>Apri l’originale ↗</translation>
    </message>
</context>
<context>
    <name>review.controller</name>
    <message>
        <source>Press review {date}</source>
        <translation>Rassegna stampa {date}</translation>
    </message>
</context>
<context>
    <name>timeline.dates</name>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>Qt date format of a day header: dddd weekday, d day, MMMM month name, yyyy year</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>versions.labels</name>
    <message>
        <source>removed from the site</source>
        <translation>rimosso dal sito</translation>
    </message>
    <message>
        <source>now redirects elsewhere</source>
        <translation>ora reindirizza altrove</translation>
    </message>
    <message>
        <source>now behind a wall</source>
        <translation>ora ad accesso bloccato</translation>
    </message>
    <message>
        <source>changed {count}{times}</source>
        <translation>modificato {count}{times}</translation>
    </message>
</context>
<context>
    <name>versions.render</name>
    <message>
        <source>Headline</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Data di pubblicazione</translation>
    </message>
    <message>
        <source>added</source>
        <translation>aggiunto</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>rimosso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {old}&lt;/b&gt; ({old_fetched_at}) → &lt;b&gt;Version {new}&lt;/b&gt; ({new_fetched_at})</source>
        <translation>&lt;b&gt;Versione {old}&lt;/b&gt; ({old_fetched_at}) → &lt;b&gt;Versione {new}&lt;/b&gt; ({new_fetched_at})</translation>
    </message>
</context>
</TS>
