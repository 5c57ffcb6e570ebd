<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActivityDock</name>
    <message numerus="yes">
        <source>Clipping %Ln link(s)…</source>
        <translation>
            <numerusform>Découpage de %Ln lien…</numerusform>
            <numerusform>Découpage de %Ln liens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clipped</source>
        <translation>
            <numerusform>%Ln découpé</numerusform>
            <numerusform>%Ln découpés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln annulé</numerusform>
            <numerusform>%Ln annulés</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipping activity summary</source>
        <translation>Résumé de l’activité de découpage</translation>
    </message>
    <message>
        <source>Show the clipping activity</source>
        <translation>Afficher l’activité de découpage</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Clipping summary</source>
        <translation>Résumé du découpage</translation>
    </message>
    <message>
        <source>Clipping activity</source>
        <translation>Activité de découpage</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation>Effacer les &amp;terminés</translation>
    </message>
    <message>
        <source>Retry failed clip</source>
        <translation>Réessayer la coupure en échec</translation>
    </message>
    <message>
        <source>Cancel pending clip</source>
        <translation>Annuler la coupure en attente</translation>
    </message>
    <message>
        <source>Clear finished rows</source>
        <translation>Effacer les lignes terminées</translation>
    </message>
</context>
<context>
    <name>AllHighlightsWindow</name>
    <message>
        <source>All Highlights</source>
        <translation>Tous les surlignages</translation>
    </message>
    <message>
        <source>All highlights</source>
        <translation>Tous les surlignages</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s), newest first. Double-click one to read it in its clip.</source>
        <translation>
            <numerusform>%Ln surlignage, du plus récent au plus ancien. Double-cliquez dessus pour le lire dans sa coupure.</numerusform>
            <numerusform>%Ln surlignages, du plus récent au plus ancien. Double-cliquez sur l’un d’eux pour le lire dans sa coupure.</numerusform>
        </translation>
    </message>
    <message>
        <source>No highlights yet: select text in a clip and press Ctrl+H.</source>
        <translation>Aucun surlignage pour l’instant&#x202f;: sélectionnez du texte dans une coupure et appuyez sur Ctrl+H.</translation>
    </message>
</context>
<context>
    <name>BrowserExtensionDialog</name>
    <message>
        <source>The Cuttings extension for Chrome, Edge, Brave or Firefox clips the page you are reading as your browser shows it: articles behind your subscription, pages drawn by scripts. Install it (see the README), open its options, and paste this pairing token.</source>
        <translation>L’extension Cuttings pour Chrome, Edge, Brave ou Firefox découpe la page que vous lisez telle que votre navigateur l’affiche&#x202f;: articles réservés à vos abonnements, pages générées par des scripts. Installez-la (voir le README), ouvrez ses options et collez-y ce jeton d’appairage.</translation>
    </message>
    <message>
        <source>Browser Extension — {APP_NAME}</source>
        <translation>Extension de navigateur — {APP_NAME}</translation>
    </message>
    <message>
        <source>Connector status</source>
        <translation>État du connecteur</translation>
    </message>
    <message>
        <source>Listening for the extension on {url} while this window is open.</source>
        <translation>À l’écoute de l’extension sur {url} tant que cette fenêtre est ouverte.</translation>
    </message>
    <message>
        <source>Not listening: {error}.</source>
        <translation>Pas à l’écoute&#x202f;: {error}.</translation>
    </message>
    <message>
        <source>Not listening in this window; “cuttings serve” can instead.</source>
        <translation>Pas à l’écoute dans cette fenêtre&#x202f;; «&#x202f;cuttings serve&#x202f;» peut le faire à sa place.</translation>
    </message>
    <message>
        <source>Pairing token</source>
        <translation>Jeton d’appairage</translation>
    </message>
    <message>
        <source>Pairing &amp;token:</source>
        <translation>&amp;Jeton d’appairage&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Réinitialiser…</translation>
    </message>
    <message>
        <source>Make a new token; extensions paired with the old one stop working</source>
        <translation>Créer un nouveau jeton&#x202f;; les extensions appairées avec l’ancien cessent de fonctionner</translation>
    </message>
    <message>
        <source>Show E&amp;xtension Folder</source>
        <translation>Afficher le dossier de l’e&amp;xtension</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Reset the Pairing Token</source>
        <translation>Réinitialiser le jeton d’appairage</translation>
    </message>
    <message>
        <source>Make a new pairing token? Browsers paired with the current one stop clipping until the new token is pasted in their extension&apos;s options.</source>
        <translation>Créer un nouveau jeton d’appairage&#x202f;? Les navigateurs appairés avec le jeton actuel cessent de découper jusqu’à ce que le nouveau jeton soit collé dans les options de leur extension.</translation>
    </message>
</context>
<context>
    <name>ChangeChecker</name>
    <message numerus="yes">
        <source>Check %Ln clip(s) for changes</source>
        <translation>
            <numerusform>Vérification des modifications de %Ln coupure</numerusform>
            <numerusform>Vérification des modifications de %Ln coupures</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled check for changes</source>
        <translation>Vérification programmée des modifications</translation>
    </message>
    <message>
        <source>Checking {done} of {total}…</source>
        <translation>Vérification de {done} sur {total}…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>CheckSummary</name>
    <message>
        <source>unchanged</source>
        <translation>inchangées</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiées</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirées</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>redirigées</translation>
    </message>
    <message>
        <source>walled</source>
        <translation>accès restreint</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>{count} {finding}</source>
        <translation>{finding} ({count})</translation>
    </message>
    <message>
        <source>Checked {done} of {total}: {found}</source>
        <translation>{done} sur {total} vérifiées&#x202f;: {found}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>Citations</name>
    <message numerus="yes">
        <source>Copied %Ln citation(s)</source>
        <translation>
            <numerusform>%Ln citation copiée</numerusform>
            <numerusform>%Ln citations copiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln link(s)</source>
        <translation>
            <numerusform>%Ln lien copié</numerusform>
            <numerusform>%Ln liens copiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipController</name>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>erreur inattendue (voir le journal)</translation>
    </message>
</context>
<context>
    <name>ClipDelegate</name>
    <message>
        <source>◐ Partial</source>
        <translation>◐ Partielle</translation>
    </message>
</context>
<context>
    <name>ClipJob</name>
    <message>
        <source>Failed: {message}</source>
        <translation>Échec&#x202f;: {message}</translation>
    </message>
</context>
<context>
    <name>CountLine</name>
    <message>
        <source>Number of clips shown</source>
        <translation>Nombre de coupures affichées</translation>
    </message>
    <message>
        <source>Searching for “{search}”…</source>
        <translation>Recherche de «&#x202f;{search}&#x202f;»…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No clip matches.</source>
        <translation>Aucune coupure ne correspond.</translation>
    </message>
    <message>
        <source>Your library is empty.

Paste a link in the field above (Ctrl+L), press Ctrl+V here, or drop a link from your browser onto this window.

Bookmarks or another app&apos;s export? File → Import… (Ctrl+Shift+I).</source>
        <translation>Votre bibliothèque est vide.

Collez un lien dans le champ ci-dessus (Ctrl+L), appuyez sur Ctrl+V ici ou déposez un lien depuis votre navigateur sur cette fenêtre.

Des signets ou l’exportation d’une autre application&#x202f;? Fichier → Importer… (Ctrl+Shift+I).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) for “{search}”</source>
        <translation>
            <numerusform>%Ln résultat pour «&#x202f;{search}&#x202f;»</numerusform>
            <numerusform>%Ln résultats pour «&#x202f;{search}&#x202f;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s)</source>
        <translation>
            <numerusform>%Ln coupure</numerusform>
            <numerusform>%Ln coupures</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} in {place}</source>
        <translation>{count} dans {place}</translation>
    </message>
    <message>
        <source>{count} tagged {tags}</source>
        <translation>{count} avec l’étiquette {tags}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionnée</numerusform>
            <numerusform>%Ln sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: {message}</source>
        <translation>Recherche&#x202f;: {message}</translation>
    </message>
</context>
<context>
    <name>EditDetailsDialog</name>
    <message>
        <source>Edit Details</source>
        <translation>Modifier les détails</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#x202f;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#x202f;:</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Ada Rossi, Ugo Bianchi</source>
        <translation>Claire Dubois, Marc Lefèvre</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#x202f;:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>the original publisher</source>
        <translation>l’éditeur d’origine</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite&#x202f;:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>the site it was clipped from</source>
        <translation>le site d’où elle a été découpée</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publication&#x202f;:</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>2025-02-22 14:30, or empty for no date</source>
        <translation>2025-02-22 14:30, ou vide pour aucune date</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>erreur inattendue (voir le journal)</translation>
    </message>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation>Impossible d’annuler ou de rétablir&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>EditTagsDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>politics, energy, to read</source>
        <translation>politique, énergie, à lire</translation>
    </message>
    <message>
        <source>&amp;Tags of this clip, separated by commas:</source>
        <translation>É&amp;tiquettes de cette coupure, séparées par des virgules&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tags of the %Ln selected clips, separated by commas:</source>
        <translation>
            <numerusform>É&amp;tiquettes de la coupure sélectionnée, séparées par des virgules&#x202f;:</numerusform>
            <numerusform>É&amp;tiquettes des %Ln coupures sélectionnées, séparées par des virgules&#x202f;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionTree</name>
    <message>
        <source>Sections and clips</source>
        <translation>Rubriques et coupures</translation>
    </message>
    <message>
        <source>clip {id}</source>
        <translation>coupure {id}</translation>
    </message>
    <message>
        <source>[headline]</source>
        <translation>[titre]</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Clip(s) to Trash</source>
        <translation>
            <numerusform>Placer %n coupure dans la corbeille</numerusform>
            <numerusform>Placer %n coupures dans la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) moved to the trash — Undo (Ctrl+Z)</source>
        <translation>
            <numerusform>%Ln coupure placée dans la corbeille — Annuler (Ctrl+Z)</numerusform>
            <numerusform>%Ln coupures placées dans la corbeille — Annuler (Ctrl+Z)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %Ln clip(s) to the trash…</source>
        <translation>
            <numerusform>Placement de %Ln coupure dans la corbeille…</numerusform>
            <numerusform>Placement de %Ln coupures dans la corbeille…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) restored</source>
        <translation>
            <numerusform>%Ln coupure restaurée</numerusform>
            <numerusform>%Ln coupures restaurées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) moved to the trash</source>
        <translation>
            <numerusform>%Ln coupure placée dans la corbeille</numerusform>
            <numerusform>%Ln coupures placées dans la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Clip</source>
        <translation>Renommer la coupure</translation>
    </message>
    <message numerus="yes">
        <source>Tagging %Ln clip(s)…</source>
        <translation>
            <numerusform>Étiquetage de %Ln coupure…</numerusform>
            <numerusform>Étiquetage de %Ln coupures…</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner les étiquettes</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>JSON (Cuttings, can be imported again)</source>
        <translation>JSON (Cuttings, réimportable)</translation>
    </message>
    <message>
        <source>Markdown (a folder, one file per clip)</source>
        <translation>Markdown (un dossier, un fichier par coupure)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Feuille de calcul CSV</translation>
    </message>
    <message>
        <source>Bookmark file (browsers, Pocket, Raindrop…)</source>
        <translation>Fichier de signets (navigateurs, Pocket, Raindrop…)</translation>
    </message>
    <message>
        <source>EPUB e-book</source>
        <translation>Livre numérique EPUB</translation>
    </message>
    <message>
        <source>Export Clippings</source>
        <translation>Exporter des coupures</translation>
    </message>
    <message>
        <source>Export clippings</source>
        <translation>Exporter des coupures</translation>
    </message>
    <message>
        <source>&amp;All clips ({total})</source>
        <translation>&amp;Toutes les coupures ({total})</translation>
    </message>
    <message>
        <source>The &amp;selected clips ({selected})</source>
        <translation>Les coupures &amp;sélectionnées ({selected})</translation>
    </message>
    <message>
        <source>The &amp;clips shown by the search or filter ({results})</source>
        <translation>Les coupures &amp;affichées par la recherche ou le filtre ({results})</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d’exportation</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#x202f;:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Choose where to export</source>
        <translation>Choisir où exporter</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Show Export</source>
        <translation>Afficher l’exportation</translation>
    </message>
    <message>
        <source>Show the exported file</source>
        <translation>Afficher le fichier exporté</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clip(s) to {where}</source>
        <translation>
            <numerusform>%Ln coupure exportée vers {where}</numerusform>
            <numerusform>%Ln coupures exportées vers {where}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportation annulée&#x202f;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the export (details in the log).</source>
        <translation>Une erreur inattendue a interrompu l’exportation (détails dans le journal).</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The clips could not be exported.</source>
        <translation>Impossible d’exporter les coupures.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <source>Matches in the article</source>
        <translation>Occurrences dans l’article</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>{example}, 20 February 2025, 2025-02, 2024…</source>
        <translation>{example}, 20 février 2025, 2025-02, 2024…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#x202f;:</translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation>Problème de date</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Not a date I can read yet.</source>
        <translation>Date non reconnue pour l’instant.</translation>
    </message>
</context>
<context>
    <name>HighlightsController</name>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>S&amp;urligner la sélection</translation>
    </message>
    <message>
        <source>Highlight with &amp;Comment…</source>
        <translation>Surligner avec un &amp;commentaire…</translation>
    </message>
    <message>
        <source>All &amp;Highlights</source>
        <translation>Tous les &amp;surlignages</translation>
    </message>
    <message>
        <source>Highlights &amp;Panel</source>
        <translation>&amp;Panneau des surlignages</translation>
    </message>
    <message>
        <source>This highlight&apos;s text is no longer in the article.</source>
        <translation>Le texte de ce surlignage ne figure plus dans l’article.</translation>
    </message>
    <message>
        <source>Select some text of the article first.</source>
        <translation>Sélectionnez d’abord du texte dans l’article.</translation>
    </message>
    <message>
        <source>Highlight with Comment</source>
        <translation>Surligner avec un commentaire</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire&#x202f;:</translation>
    </message>
    <message>
        <source>Edit Highlight Comment</source>
        <translation>Modifier le commentaire du surlignage</translation>
    </message>
    <message>
        <source>Recolour Highlight</source>
        <translation>Changer la couleur du surlignage</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Highlight in {label}</source>
        <translation>Surligner en {label}</translation>
    </message>
    <message>
        <source>Edit Highlight Comment…</source>
        <translation>Modifier le commentaire du surlignage…</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Highlights of this clip</source>
        <translation>Surlignages de cette coupure</translation>
    </message>
    <message>
        <source>No highlights yet.
Select text in the article and press Ctrl+H,
or right-click it and choose Highlight.</source>
        <translation>Aucun surlignage pour l’instant.
Sélectionnez du texte dans l’article et appuyez sur Ctrl+H,
ou faites un clic droit dessus et choisissez Surligner.</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Go to Highlight</source>
        <translation>Aller au surlignage</translation>
    </message>
    <message>
        <source>Edit Comment…</source>
        <translation>Modifier le commentaire…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>unexpected error</source>
        <translation>erreur inattendue</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>retry of {name}</source>
        <translation>nouvel essai de {name}</translation>
    </message>
    <message>
        <source>Retrying Failed Items…</source>
        <translation>Nouvel essai des éléments en échec…</translation>
    </message>
    <message>
        <source>An unexpected error stopped the import (details in the log).</source>
        <translation>Une erreur inattendue a interrompu l’importation (détails dans le journal).</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l’importation</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importés&#x202f;: {count}</translation>
    </message>
    <message>
        <source>Skipped as duplicates: {count}</source>
        <translation>Ignorés car en double&#x202f;: {count}</translation>
    </message>
    <message>
        <source>Failed: {count}</source>
        <translation>En échec&#x202f;: {count}</translation>
    </message>
    <message>
        <source>Skipped, not web pages (bookmarklets…): {count}</source>
        <translation>Ignorés, pas des pages web (bookmarklets…)&#x202f;: {count}</translation>
    </message>
    <message>
        <source>The import was cancelled: Retry Failures imports the rest.</source>
        <translation>L’importation a été annulée&#x202f;: «&#x202f;Réessayer les échecs&#x202f;» importe le reste.</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>Éléments en échec</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>(aucun lien)</translation>
    </message>
    <message>
        <source>&amp;Open Report File</source>
        <translation>&amp;Ouvrir le fichier de rapport</translation>
    </message>
    <message>
        <source>Open the import report file</source>
        <translation>Ouvrir le fichier de rapport d’importation</translation>
    </message>
    <message>
        <source>&amp;Retry Failures</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>Retry the failed items</source>
        <translation>Réessayer les éléments en échec</translation>
    </message>
</context>
<context>
    <name>ImportSetupDialog</name>
    <message>
        <source>Import Clippings</source>
        <translation>Importer des coupures</translation>
    </message>
    <message>
        <source>Import clippings</source>
        <translation>Importer des coupures</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l’importation</translation>
    </message>
    <message>
        <source>Format of the files</source>
        <translation>Format des fichiers</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Détecter d’après le contenu</translation>
    </message>
    <message>
        <source>Tags to add to every imported clip</source>
        <translation>Étiquettes à ajouter à chaque coupure importée</translation>
    </message>
    <message>
        <source>optional: imported, 2024</source>
        <translation>facultatif&#x202f;: importé, 2024</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#x202f;:</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>Ajouter des é&amp;tiquettes&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Start the import</source>
        <translation>Lancer l’importation</translation>
    </message>
    <message>
        <source>These files hold no link to import.</source>
        <translation>Ces fichiers ne contiennent aucun lien à importer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) to import. Links without their article are downloaded; links already in the library are skipped.</source>
        <translation>
            <numerusform>%Ln élément à importer. Les liens sans leur article sont téléchargés&#x202f;; les liens déjà dans la bibliothèque sont ignorés.</numerusform>
            <numerusform>%Ln éléments à importer. Les liens sans leur article sont téléchargés&#x202f;; les liens déjà dans la bibliothèque sont ignorés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Nettoyage…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Already in library</source>
        <translation>Déjà dans la bibliothèque</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language is used the next time {app} starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de {app}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{APP_NAME} main window</source>
        <translation>Fenêtre principale de {APP_NAME}</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Découper</translation>
    </message>
    <message>
        <source>Paste a link to clip it (Ctrl+L)</source>
        <translation>Coller un lien pour le découper (Ctrl+L)</translation>
    </message>
    <message>
        <source>Link to clip</source>
        <translation>Lien à découper</translation>
    </message>
    <message>
        <source>Tags for the next clip</source>
        <translation>Étiquettes de la prochaine coupure</translation>
    </message>
    <message>
        <source>Tags for the links you clip next; emptied once they are used</source>
        <translation>Étiquettes des prochains liens découpés&#x202f;; vidées une fois utilisées</translation>
    </message>
    <message>
        <source>Tags for new clips</source>
        <translation>Étiquettes des nouvelles coupures</translation>
    </message>
    <message>
        <source>Clip the link</source>
        <translation>Découper le lien</translation>
    </message>
    <message>
        <source>The clipboard holds no web link to clip.</source>
        <translation>Le presse-papiers ne contient aucun lien web à découper.</translation>
    </message>
    <message>
        <source>{APP_NAME}: something went wrong</source>
        <translation>{APP_NAME}&#x202f;: un problème est survenu</translation>
    </message>
    <message>
        <source>Cuttings met an unexpected error. Your library is safe; the details are in the log.</source>
        <translation>Cuttings a rencontré une erreur inattendue. Votre bibliothèque est intacte&#x202f;; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>À propos de {APP_NAME}</translation>
    </message>
    <message>
        <source>A news-clipping manager: clip articles by URL, read them offline, tag and search them.</source>
        <translation>Un gestionnaire de coupures de presse&#x202f;: découpez des articles par leur URL, lisez-les hors ligne, étiquetez-les et recherchez-les.</translation>
    </message>
    <message>
        <source>Library: {path}</source>
        <translation>Bibliothèque&#x202f;: {path}</translation>
    </message>
</context>
<context>
    <name>MaintenanceFlow</name>
    <message>
        <source>Backing up the library to {name}…</source>
        <translation>Sauvegarde de la bibliothèque dans {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln clip(s) ({size}) to {path}</source>
        <translation>
            <numerusform>%Ln coupure sauvegardée ({size}) dans {path}</numerusform>
            <numerusform>%Ln coupures sauvegardées ({size}) dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be backed up.</source>
        <translation>Impossible de sauvegarder la bibliothèque.</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Vérification de la bibliothèque…</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>Vérifier la bibliothèque</translation>
    </message>
    <message>
        <source>Library is healthy.</source>
        <translation>La bibliothèque est en bon état.</translation>
    </message>
    <message>
        <source>No problem found in {path}.</source>
        <translation>Aucun problème trouvé dans {path}.</translation>
    </message>
    <message>
        <source>No problem found in {path}:</source>
        <translation>Aucun problème trouvé dans {path}&#x202f;:</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Non vérifié&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <source>The library has %Ln problem(s).</source>
        <translation>
            <numerusform>La bibliothèque présente %Ln problème.</numerusform>
            <numerusform>La bibliothèque présente %Ln problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…et %Ln autre.</numerusform>
            <numerusform>…et %Ln autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>

Back up the library (File → Back Up Library…) before {APP_NAME} writes to it again.</source>
        <translation>

Sauvegardez la bibliothèque (Fichier → Sauvegarder la bibliothèque…) avant que {APP_NAME} n’y écrive à nouveau.</translation>
    </message>
    <message>
        <source>The library could not be checked.</source>
        <translation>Impossible de vérifier la bibliothèque.</translation>
    </message>
    <message>
        <source>Unexpected error: {error_type}</source>
        <translation>Erreur inattendue&#x202f;: {error_type}</translation>
    </message>
</context>
<context>
    <name>MediaFlow</name>
    <message>
        <source>&amp;Always</source>
        <translation>&amp;Toujours</translation>
    </message>
    <message>
        <source>&amp;Lead Image Only</source>
        <translation>Image &amp;principale seulement</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Jamais</translation>
    </message>
    <message>
        <source>Save Original Page</source>
        <translation>Enregistrer la page d’origine</translation>
    </message>
    <message>
        <source>The page was not saved.</source>
        <translation>La page n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Saved the page as fetched on {fetched_at} to {target}</source>
        <translation>Page telle que téléchargée le {fetched_at} enregistrée dans {target}</translation>
    </message>
    <message>
        <source>Library Info</source>
        <translation>Informations sur la bibliothèque</translation>
    </message>
    <message>
        <source>The library could not be read.</source>
        <translation>Impossible de lire la bibliothèque.</translation>
    </message>
    <message>
        <source>Download Missing Images</source>
        <translation>Télécharger les images manquantes</translation>
    </message>
    <message numerus="yes">
        <source>Fetched pictures for %Ln clip(s)</source>
        <translation>
            <numerusform>Images téléchargées pour %Ln coupure</numerusform>
            <numerusform>Images téléchargées pour %Ln coupures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln failed</source>
        <translation>
            <numerusform>&#x202f;; %Ln en échec</numerusform>
            <numerusform>&#x202f;; %Ln en échec</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled: run it again to go on)</source>
        <translation> (annulé&#x202f;: relancez pour continuer)</translation>
    </message>
    <message>
        <source>The pictures could not be downloaded.</source>
        <translation>Impossible de télécharger les images.</translation>
    </message>
</context>
<context>
    <name>PageIntake</name>
    <message>
        <source>The copied page is too large to clip (over 15 MB).</source>
        <translation>La page copiée est trop volumineuse pour être découpée (plus de 15 Mo).</translation>
    </message>
    <message>
        <source>A pasted page needs the web address it comes from (http or https).</source>
        <translation>Une page collée doit être accompagnée de l’adresse web d’où elle provient (http ou https).</translation>
    </message>
    <message>
        <source>Pasted page: {url}</source>
        <translation>Page collée&#x202f;: {url}</translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>PlacesList</name>
    <message>
        <source>Places</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Rename “{name}”…</source>
        <translation>Renommer «&#x202f;{name}&#x202f;»…</translation>
    </message>
    <message>
        <source>Edit “{name}”…</source>
        <translation>Modifier «&#x202f;{name}&#x202f;»…</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Supprimer «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
</context>
<context>
    <name>PlacesModel</name>
    <message>
        <source>Unread</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message numerus="yes">
        <source>{name}, %Ln clip(s)</source>
        <translation>
            <numerusform>{name}, %Ln coupure</numerusform>
            <numerusform>{name}, %Ln coupures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Élément en cours</translation>
    </message>
    <message>
        <source>Cancel: {title}</source>
        <translation>Annuler&#x202f;: {title}</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} sur {total} terminés</translation>
    </message>
    <message>
        <source>Cancelling… (work under way finishes first)</source>
        <translation>Annulation… (le travail en cours se termine d’abord)</translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Reader</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Select a clip to read it here.</source>
        <translation>Sélectionnez une coupure pour la lire ici.</translation>
    </message>
    <message>
        <source>Paste or drop a link anywhere in the window to clip an article.</source>
        <translation>Collez ou déposez un lien n’importe où dans la fenêtre pour découper un article.</translation>
    </message>
</context>
<context>
    <name>ReaderLook</name>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Agrandir le texte</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Réduire le texte</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Reader &amp;Text Size</source>
        <translation>&amp;Taille du texte du lecteur</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>Sé&amp;pia</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Add a note to this clip…</source>
        <translation>Ajouter une note à cette coupure…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>ReaderText</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecheckSettingsDialog</name>
    <message>
        <source>Re-check Settings</source>
        <translation>Paramètres de revérification</translation>
    </message>
    <message>
        <source>&amp;Check clips for changes automatically</source>
        <translation>&amp;Vérifier automatiquement les modifications des coupures</translation>
    </message>
    <message>
        <source>Re-check steps</source>
        <translation>Étapes de revérification</translation>
    </message>
    <message>
        <source>&amp;After clipping:</source>
        <translation>&amp;Après le découpage&#x202f;:</translation>
    </message>
    <message>
        <source>Each clip is checked at these times after it was clipped, soonest first: m for minutes, h for hours, d for days (for example 1h, 6h, 1d, 3d, 7d, 30d). Checks run while the window is open.</source>
        <translation>Chaque coupure est vérifiée à ces moments après son découpage, du plus proche au plus lointain&#x202f;: m pour minutes, h pour heures, d pour jours (par exemple 1h, 6h, 1d, 3d, 7d, 30d). Les vérifications ont lieu tant que la fenêtre est ouverte.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Write at least one step, such as 1d.</source>
        <translation>Indiquez au moins une étape, par exemple 1d.</translation>
    </message>
</context>
<context>
    <name>Refetcher</name>
    <message>
        <source>Refetch takes {max} clips at most: select fewer.</source>
        <translation>Le retéléchargement accepte {max} coupures au plus&#x202f;: sélectionnez-en moins.</translation>
    </message>
    <message>
        <source>Refetching “{title}”…</source>
        <translation>Retéléchargement de «&#x202f;{title}&#x202f;»…</translation>
    </message>
    <message>
        <source>Refetched “{title}”</source>
        <translation>Coupure «&#x202f;{title}&#x202f;» retéléchargée</translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>erreur inattendue (voir le journal)</translation>
    </message>
    <message>
        <source>Could not refetch “{title}”: {reason}</source>
        <translation>Impossible de retélécharger «&#x202f;{title}&#x202f;»&#x202f;: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Press Reviews</source>
        <translation>Revues de presse</translation>
    </message>
    <message>
        <source>New Review from &amp;Selection</source>
        <translation>Nouvelle revue à partir de la &amp;sélection</translation>
    </message>
    <message>
        <source>New Review from Current &amp;Search</source>
        <translation>Nouvelle revue à partir de la &amp;recherche</translation>
    </message>
    <message>
        <source>New Review by &amp;Tags of the Search</source>
        <translation>Nouvelle revue par é&amp;tiquettes de la recherche</translation>
    </message>
    <message>
        <source>New &amp;Empty Review</source>
        <translation>Nouvelle revue &amp;vide</translation>
    </message>
    <message>
        <source>Select the clips for the review first</source>
        <translation>Sélectionnez d’abord les coupures de la revue</translation>
    </message>
    <message>
        <source>Delete Press Review</source>
        <translation>Supprimer la revue de presse</translation>
    </message>
    <message>
        <source>Delete this press review? Its clips stay in the library.</source>
        <translation>Supprimer cette revue de presse&#x202f;? Ses coupures restent dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Delete Review</source>
        <translation>Supprimer la revue</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Press Review</source>
        <translation>Revue de presse</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose Logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove Logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>In evidenza: the day&apos;s main stories</source>
        <translation>In evidenza&#x202f;: les principaux sujets du jour</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#x202f;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;In evidenza:</source>
        <translation>&amp;In evidenza&#x202f;:</translation>
    </message>
    <message>
        <source>Add Section…</source>
        <translation>Ajouter une rubrique…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>A short summary of the selected clip</source>
        <translation>Un bref résumé de la coupure sélectionnée</translation>
    </message>
    <message>
        <source>Include the full text (else headline and summary)</source>
        <translation>Inclure le texte intégral (sinon titre et résumé)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Export {format}…</source>
        <translation>Exporter en {format}…</translation>
    </message>
    <message>
        <source>Logo: {size} KB</source>
        <translation>Logo&#x202f;: {size} Ko</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Impossible de lire {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l’exportation</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Format de page&#x202f;:</translation>
    </message>
    <message>
        <source>Press Review — {title}</source>
        <translation>Revue de presse — {title}</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Ajouter une rubrique</translation>
    </message>
    <message>
        <source>Section title:</source>
        <translation>Titre de la rubrique&#x202f;:</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Renommer la rubrique</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation>Exporter en {format}</translation>
    </message>
    <message>
        <source>Written: {written}</source>
        <translation>Écrit&#x202f;: {written}</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Échec de l’exportation&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>Press reviews</source>
        <translation>Revues de presse</translation>
    </message>
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
            <numerusform>%Ln rubrique</numerusform>
            <numerusform>%Ln rubriques</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {articles} in {sections}</source>
        <translation>{name}&#x202f;: {articles} dans {sections}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Duplicate as Today&apos;s</source>
        <translation>Dupliquer pour aujourd’hui</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <source>Edit Saved Search</source>
        <translation>Modifier la recherche enregistrée</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Any of these tags (not all of them)</source>
        <translation>L’une de ces étiquettes (pas forcément toutes)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Recherche&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#x202f;:</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Une recherche enregistrée doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Newest First</source>
        <translation>Plus récentes d’abord</translation>
    </message>
    <message>
        <source>Oldest First</source>
        <translation>Plus anciennes d’abord</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récentes d’abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciennes d’abord</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clips</source>
        <translation>Rechercher des coupures</translation>
    </message>
    <message>
        <source>Order of search results</source>
        <translation>Ordre des résultats de recherche</translation>
    </message>
</context>
<context>
    <name>StatesController</name>
    <message>
        <source>Filter tags</source>
        <translation>Filtrer les étiquettes</translation>
    </message>
    <message>
        <source>Any selected tag</source>
        <translation>Une des étiquettes sélectionnées</translation>
    </message>
    <message>
        <source>Show clips with any of the selected tags, not all of them</source>
        <translation>Afficher les coupures portant l’une des étiquettes sélectionnées, pas forcément toutes</translation>
    </message>
    <message>
        <source>Mark &amp;Read / Unread</source>
        <translation>Marquer comme &amp;lue / non lue</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>Ajouter aux &amp;favoris / Retirer des favoris</translation>
    </message>
    <message>
        <source>&amp;Archive / Unarchive</source>
        <translation>&amp;Archiver / Désarchiver</translation>
    </message>
    <message>
        <source>Restore from &amp;Trash</source>
        <translation>Restaurer depuis la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Save &amp;Search…</source>
        <translation>Enregistrer la &amp;recherche…</translation>
    </message>
    <message>
        <source>Mark Clips Read When &amp;Opened</source>
        <translation>Marquer comme lues à l’&amp;ouverture</translation>
    </message>
    <message>
        <source>&amp;Clip</source>
        <translation>&amp;Coupure</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>Marquer comme lue</translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation>Marquer comme non lue</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Saved search “{name}” saved</source>
        <translation>Recherche «&#x202f;{name}&#x202f;» enregistrée</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nouveau nom pour «&#x202f;{name}&#x202f;»&#x202f;:</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>All clips</source>
        <translation>Toutes les coupures</translation>
    </message>
    <message>
        <source>Tag {name}</source>
        <translation>Étiquette {name}</translation>
    </message>
    <message numerus="yes">
        <source>{label}, %Ln clip(s)</source>
        <translation>
            <numerusform>{label}, %Ln coupure</numerusform>
            <numerusform>{label}, %Ln coupures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagSidebar</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Select one or more tags to show only clips carrying all of them</source>
        <translation>Sélectionnez une ou plusieurs étiquettes pour n’afficher que les coupures qui les portent toutes</translation>
    </message>
    <message>
        <source>Rename “{name}”…</source>
        <translation>Renommer «&#x202f;{name}&#x202f;»…</translation>
    </message>
    <message>
        <source>Merge Selected Tags Into…</source>
        <translation>Fusionner les étiquettes sélectionnées dans…</translation>
    </message>
    <message>
        <source>Merge “{name}” Into…</source>
        <translation>Fusionner «&#x202f;{name}&#x202f;» dans…</translation>
    </message>
    <message>
        <source>Delete “{name}”…</source>
        <translation>Supprimer «&#x202f;{name}&#x202f;»…</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nouveau nom pour «&#x202f;{name}&#x202f;»&#x202f;:</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner les étiquettes</translation>
    </message>
    <message>
        <source>“{tag}”</source>
        <translation>«&#x202f;{tag}&#x202f;»</translation>
    </message>
    <message>
        <source>Merge {tags} into:</source>
        <translation>Fusionner {tags} dans&#x202f;:</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>Remove the tag “{name}” from every clip? The clips themselves stay.</source>
        <translation>Retirer l’étiquette «&#x202f;{name}&#x202f;» de toutes les coupures&#x202f;? Les coupures elles-mêmes sont conservées.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: {error_type}: {error}</source>
        <translation>Erreur inattendue&#x202f;: {error_type}&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>{url}
Partial: {partial}</source>
        <translation>{url}
Partielle&#x202f;: {partial}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>étiquettes&#x202f;: {tags}</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Clips, newest first, grouped by day</source>
        <translation>Coupures, les plus récentes d’abord, groupées par jour</translation>
    </message>
</context>
<context>
    <name>TitleDialog</name>
    <message>
        <source>Rename Clip</source>
        <translation>Renommer la coupure</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#x202f;:</translation>
    </message>
    <message>
        <source>A clip needs a title: type one, or Cancel to keep the old one.</source>
        <translation>Une coupure doit avoir un titre&#x202f;: saisissez-en un, ou cliquez sur Annuler pour garder l’ancien.</translation>
    </message>
</context>
<context>
    <name>TrashFlow</name>
    <message numerus="yes">
        <source>Delete %Ln clip(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %Ln coupure&#x202f;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %Ln coupures&#x202f;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>Delete every clip in the trash for good? This cannot be undone.</source>
        <translation>Supprimer définitivement toutes les coupures de la corbeille&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleting for Good</source>
        <translation>Suppression définitive</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) deleted for good</source>
        <translation>
            <numerusform>%Ln coupure supprimée définitivement</numerusform>
            <numerusform>%Ln coupures supprimées définitivement</numerusform>
        </translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <source>“{title}” is in the trash. Restore it?</source>
        <translation>«&#x202f;{title}&#x202f;» est dans la corbeille. La restaurer&#x202f;?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) restored</source>
        <translation>
            <numerusform>%Ln coupure restaurée</numerusform>
            <numerusform>%Ln coupures restaurées</numerusform>
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
        <translation>Version affichée</translation>
    </message>
    <message>
        <source>Co&amp;mpare Versions…</source>
        <translation>Co&amp;mparer les versions…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#x202f;:</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>headline changed</source>
        <translation>titre modifié</translation>
    </message>
    <message>
        <source>byline changed</source>
        <translation>signature modifiée</translation>
    </message>
    <message>
        <source>date changed</source>
        <translation>date modifiée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) added</source>
        <translation>
            <numerusform>%Ln paragraphe ajouté</numerusform>
            <numerusform>%Ln paragraphes ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) removed</source>
        <translation>
            <numerusform>%Ln paragraphe supprimé</numerusform>
            <numerusform>%Ln paragraphes supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln paragraphe modifié</numerusform>
            <numerusform>%Ln paragraphes modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Comparer les versions</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Version ultérieure</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#x202f;:</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
</context>
<context>
    <name>WindowService</name>
    <message>
        <source>the Cuttings window closed</source>
        <translation>la fenêtre de Cuttings a été fermée</translation>
    </message>
    <message>
        <source>cancelled in the Cuttings window</source>
        <translation>annulé dans la fenêtre de Cuttings</translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>erreur inattendue (voir le journal)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Upgrading the library {name} for this version of Cuttings…
A copy of the file as it was is kept beside it.</source>
        <translation>Mise à niveau de la bibliothèque {name} pour cette version de Cuttings…
Une copie du fichier dans son état antérieur est conservée à côté.</translation>
    </message>
    <message>
        <source>{APP_NAME}: cannot open the library</source>
        <translation>{APP_NAME}&#x202f;: impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>Cuttings cannot open the library
{path}</source>
        <translation>Cuttings ne peut pas ouvrir la bibliothèque
{path}</translation>
    </message>
    <message>
        <source>Choose Another Library…</source>
        <translation>Choisir une autre bibliothèque…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>browser</name>
    <message>
        <source>No Web Browser</source>
        <translation>Aucun navigateur web</translation>
    </message>
    <message>
        <source>No web browser could be opened for this link. It is on the clipboard: paste it into a browser.</source>
        <translation>Aucun navigateur web n’a pu être ouvert pour ce lien. Il a été copié dans le presse-papiers&#x202f;: collez-le dans un navigateur.</translation>
    </message>
</context>
<context>
    <name>clipping.dock</name>
    <message>
        <source>Nothing clipped in this session yet.</source>
        <translation>Rien n’a encore été découpé dans cette session.</translation>
    </message>
</context>
<context>
    <name>clipping.pages</name>
    <message>
        <source>Paste Page</source>
        <translation>Coller la page</translation>
    </message>
    <message>
        <source>The copied page does not say where it comes from.
Web address of the page (it identifies the clip):</source>
        <translation>La page copiée n’indique pas sa provenance.
Adresse web de la page (elle identifie la coupure)&#x202f;:</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Cuttings JSON export</source>
        <translation>Export JSON de Cuttings</translation>
    </message>
    <message>
        <source>wallabag JSON export</source>
        <translation>Export JSON de wallabag</translation>
    </message>
    <message>
        <source>bookmark file (browsers, Pocket, Instapaper, Raindrop HTML)</source>
        <translation>Fichier de signets (navigateurs, Pocket, Instapaper, HTML de Raindrop)</translation>
    </message>
    <message>
        <source>Pocket CSV export</source>
        <translation>Export CSV de Pocket</translation>
    </message>
    <message>
        <source>Instapaper CSV export</source>
        <translation>Export CSV d’Instapaper</translation>
    </message>
    <message>
        <source>CSV with a url column</source>
        <translation>CSV avec une colonne url</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>Flux RSS ou Atom</translation>
    </message>
    <message>
        <source>OPML list of feeds</source>
        <translation>Liste de flux OPML</translation>
    </message>
    <message>
        <source>list of URLs</source>
        <translation>Liste d’URL</translation>
    </message>
    <message>
        <source>the backup was cancelled; nothing was written</source>
        <translation>la sauvegarde a été annulée&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>la vérification a été annulée</translation>
    </message>
    <message>
        <source>the page could not be read as an article</source>
        <translation>la page n’a pas pu être lue comme un article</translation>
    </message>
    <message>
        <source>not imported: the import was cancelled before the feed was downloaded</source>
        <translation>non importé&#x202f;: l’importation a été annulée avant le téléchargement du flux</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <source>No published date</source>
        <translation>Aucune date de publication</translation>
    </message>
</context>
<context>
    <name>highlights.panel</name>
    <message>
        <source>(no longer in the article)</source>
        <translation>(ne figure plus dans l’article)</translation>
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
        <translation>Bibliothèque&#x202f;: {path}
Taille&#x202f;: {size}
Coupures&#x202f;: {clips}
Images&#x202f;: {images} ({images_size}, {percent}&#x202f;% de la bibliothèque)
Pages d’origine&#x202f;: {originals} ({originals_size} compressées)</translation>
    </message>
    <message>
        <source>Save Original Page</source>
        <translation>Enregistrer la page d’origine</translation>
    </message>
    <message>
        <source>HTML page (*.html);;All files (*)</source>
        <translation>Page HTML (*.html);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Sauvegarder la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Check Library</source>
        <translation>&amp;Vérifier la bibliothèque</translation>
    </message>
    <message>
        <source>Save &amp;Original Page…</source>
        <translation>Enregistrer la &amp;page d’origine…</translation>
    </message>
    <message>
        <source>Library &amp;Info</source>
        <translation>I&amp;nformations sur la bibliothèque</translation>
    </message>
    <message>
        <source>Download &amp;Missing Images</source>
        <translation>&amp;Télécharger les images manquantes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Paste Links or Page to Clip</source>
        <translation>C&amp;oller des liens ou une page à découper</translation>
    </message>
    <message>
        <source>Clip a &amp;Link…</source>
        <translation>Découper un &amp;lien…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Find in &amp;Article…</source>
        <translation>Rechercher dans l’ar&amp;ticle…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le sui&amp;vant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown Citation</source>
        <translation>Copier comme citation &amp;Markdown</translation>
    </message>
    <message>
        <source>Re&amp;fetch Article</source>
        <translation>Retéléchar&amp;ger l’article</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>Modifier les éti&amp;quettes…</translation>
    </message>
    <message>
        <source>&amp;Rename Clip…</source>
        <translation>Re&amp;nommer la coupure…</translation>
    </message>
    <message>
        <source>Edit D&amp;etails…</source>
        <translation>Modifier les &amp;détails…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Open Original in Browser</source>
        <translation>Ouvrir l’&amp;original dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Aller à la date…</translation>
    </message>
    <message>
        <source>Sort by &amp;Clipped Date</source>
        <translation>Trier par date de dé&amp;coupage</translation>
    </message>
    <message>
        <source>Sort by &amp;Published Date</source>
        <translation>Trier par date de p&amp;ublication</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>À &amp;propos de {APP_NAME}</translation>
    </message>
    <message>
        <source>Check for &amp;Changes</source>
        <translation>Vérifier les &amp;modifications</translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation>Co&amp;mparer les versions…</translation>
    </message>
    <message>
        <source>Re-check &amp;Settings…</source>
        <translation>&amp;Paramètres de revérification…</translation>
    </message>
    <message>
        <source>&amp;Browser Extension…</source>
        <translation>&amp;Extension de navigateur…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Sort &amp;Search Results</source>
        <translation>Trier les résultats de &amp;recherche</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Save &amp;Pictures</source>
        <translation>Enregistrer les &amp;images</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>porting.exporting</name>
    <message>
        <source>Cuttings: {library}</source>
        <translation>Cuttings&#x202f;: {library}</translation>
    </message>
</context>
<context>
    <name>porting.paths</name>
    <message>
        <source>Supported files (*.html *.htm *.csv *.json *.opml *.xml *.rss *.atom *.txt)</source>
        <translation>Fichiers pris en charge (*.html *.htm *.csv *.json *.opml *.xml *.rss *.atom *.txt)</translation>
    </message>
    <message>
        <source>Bookmark files (*.html *.htm)</source>
        <translation>Fichiers de signets (*.html *.htm)</translation>
    </message>
    <message>
        <source>Cuttings or wallabag JSON (*.json)</source>
        <translation>JSON de Cuttings ou de wallabag (*.json)</translation>
    </message>
    <message>
        <source>Pocket, Instapaper or other CSV (*.csv)</source>
        <translation>CSV de Pocket, d’Instapaper ou autre (*.csv)</translation>
    </message>
    <message>
        <source>Feeds and OPML lists (*.xml *.rss *.atom *.opml)</source>
        <translation>Flux et listes OPML (*.xml *.rss *.atom *.opml)</translation>
    </message>
    <message>
        <source>Lists of URLs (*.txt)</source>
        <translation>Listes d’URL (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Page HTML (*.html)</translation>
    </message>
    <message>
        <source>Bookmark file (*.html)</source>
        <translation>Fichier de signets (*.html)</translation>
    </message>
    <message>
        <source>EPUB book (*.epub)</source>
        <translation>Livre EPUB (*.epub)</translation>
    </message>
    <message>
        <source>Import Clippings</source>
        <translation>Importer des coupures</translation>
    </message>
    <message>
        <source>Choose a Folder for the Markdown Files</source>
        <translation>Choisir un dossier pour les fichiers Markdown</translation>
    </message>
    <message>
        <source>Export Clippings</source>
        <translation>Exporter des coupures</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Sauvegarder la bibliothèque</translation>
    </message>
    <message>
        <source>Cuttings libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Bibliothèques Cuttings (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation>Ouvrir ou créer une bibliothèque</translation>
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
        <translation>d MMMM yyyy &apos;à&apos; HH:mm</translation>
    </message>
    <message>
        <source>Picture not kept: {why}</source>
        <translation>Image non conservée&#x202f;: {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partial clip&lt;/b&gt; — {reason}.&lt;br /&gt;Cuttings fetched this page without your subscription, login or cookie choices. To keep the article as you see it, open the original in your browser and clip it with the Cuttings browser extension (&lt;i&gt;Clip this page&lt;/i&gt;).</source>
        <translation>&lt;b&gt;Coupure partielle&lt;/b&gt; — {reason}.&lt;br /&gt;Cuttings a téléchargé cette page sans votre abonnement, votre connexion ni vos choix de cookies. Pour conserver l’article tel que vous le voyez, ouvrez l’original dans votre navigateur et découpez-le avec l’extension de navigateur Cuttings (&lt;i&gt;Clip this page&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Par {author}</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>Publié le {date}</translation>
    </message>
    <message>
        <source>Clipped {date}</source>
        <translation>Découpé le {date}</translation>
    </message>
    <message>
        <source>Open the original ↗</source>
        <translation>Ouvrir l’original ↗</translation>
    </message>
</context>
<context>
    <name>review.controller</name>
    <message>
        <source>Press review {date}</source>
        <translation>Revue de presse du {date}</translation>
    </message>
</context>
<context>
    <name>timeline.dates</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
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
        <translation>retirée du site</translation>
    </message>
    <message>
        <source>now redirects elsewhere</source>
        <translation>redirige désormais ailleurs</translation>
    </message>
    <message>
        <source>now behind a wall</source>
        <translation>désormais en accès restreint</translation>
    </message>
    <message>
        <source>changed {count}{times}</source>
        <translation>modifiée {count}{times}</translation>
    </message>
</context>
<context>
    <name>versions.render</name>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {old}&lt;/b&gt; ({old_fetched_at}) → &lt;b&gt;Version {new}&lt;/b&gt; ({new_fetched_at})</source>
        <translation>&lt;b&gt;Version {old}&lt;/b&gt; ({old_fetched_at}) → &lt;b&gt;Version {new}&lt;/b&gt; ({new_fetched_at})</translation>
    </message>
</context>
</TS>
