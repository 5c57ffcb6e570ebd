<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityDock</name>
    <message numerus="yes">
        <source>Clipping %Ln link(s)…</source>
        <translation>
            <numerusform>Recortando %Ln enlace…</numerusform>
            <numerusform>Recortando %Ln enlaces…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clipped</source>
        <translation>
            <numerusform>%Ln recortado</numerusform>
            <numerusform>%Ln recortados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln ya en la biblioteca</numerusform>
            <numerusform>%Ln ya en la biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fallido</numerusform>
            <numerusform>%Ln fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelado</numerusform>
            <numerusform>%Ln cancelados</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipping activity summary</source>
        <translation>Resumen de la actividad de recorte</translation>
    </message>
    <message>
        <source>Show the clipping activity</source>
        <translation>Mostrar la actividad de recorte</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Clipping summary</source>
        <translation>Resumen de recortes</translation>
    </message>
    <message>
        <source>Clipping activity</source>
        <translation>Actividad de recorte</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation>&amp;Quitar terminados</translation>
    </message>
    <message>
        <source>Retry failed clip</source>
        <translation>Reintentar el recorte fallido</translation>
    </message>
    <message>
        <source>Cancel pending clip</source>
        <translation>Cancelar el recorte pendiente</translation>
    </message>
    <message>
        <source>Clear finished rows</source>
        <translation>Quitar las filas terminadas</translation>
    </message>
</context>
<context>
    <name>AllHighlightsWindow</name>
    <message>
        <source>All Highlights</source>
        <translation>Todos los resaltados</translation>
    </message>
    <message>
        <source>All highlights</source>
        <translation>Todos los resaltados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln highlight(s), newest first. Double-click one to read it in its clip.</source>
        <translation>
            <numerusform>%Ln resaltado, el más reciente primero. Doble clic en uno para leerlo en su recorte.</numerusform>
            <numerusform>%Ln resaltados, los más recientes primero. Doble clic en uno para leerlo en su recorte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No highlights yet: select text in a clip and press Ctrl+H.</source>
        <translation>Aún no hay resaltados: seleccione texto en un recorte y pulse Ctrl+H.</translation>
    </message>
</context>
<context>
    <name>BrowserExtensionDialog</name>
    <message>
        <source>The Cuttings extension for Chrome, Edge, Brave or Firefox clips the page you are reading as your browser shows it: articles behind your subscription, pages drawn by scripts. Install it (see the README), open its options, and paste this pairing token.</source>
        <translation>La extensión de Cuttings para Chrome, Edge, Brave o Firefox recorta la página que está leyendo tal como la muestra el navegador: artículos tras su suscripción, páginas generadas por scripts. Instálela (consulte el README), abra sus opciones y pegue este token de emparejamiento.</translation>
    </message>
    <message>
        <source>Browser Extension — {APP_NAME}</source>
        <translation>Extensión del navegador — {APP_NAME}</translation>
    </message>
    <message>
        <source>Connector status</source>
        <translation>Estado del conector</translation>
    </message>
    <message>
        <source>Listening for the extension on {url} while this window is open.</source>
        <translation>Esperando a la extensión en {url} mientras esta ventana esté abierta.</translation>
    </message>
    <message>
        <source>Not listening: {error}.</source>
        <translation>No se espera a la extensión: {error}.</translation>
    </message>
    <message>
        <source>Not listening in this window; “cuttings serve” can instead.</source>
        <translation>Esta ventana no espera a la extensión; «cuttings serve» puede hacerlo en su lugar.</translation>
    </message>
    <message>
        <source>Pairing token</source>
        <translation>Token de emparejamiento</translation>
    </message>
    <message>
        <source>Pairing &amp;token:</source>
        <translation>&amp;Token de emparejamiento:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Restablecer…</translation>
    </message>
    <message>
        <source>Make a new token; extensions paired with the old one stop working</source>
        <translation>Crear un token nuevo; las extensiones emparejadas con el anterior dejarán de funcionar</translation>
    </message>
    <message>
        <source>Show E&amp;xtension Folder</source>
        <translation>Mostrar carpeta de la e&amp;xtensión</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Reset the Pairing Token</source>
        <translation>Restablecer el token de emparejamiento</translation>
    </message>
    <message>
        <source>Make a new pairing token? Browsers paired with the current one stop clipping until the new token is pasted in their extension&apos;s options.</source>
        <translation>¿Crear un token de emparejamiento nuevo? Los navegadores emparejados con el actual dejarán de recortar hasta que se pegue el token nuevo en las opciones de su extensión.</translation>
    </message>
</context>
<context>
    <name>ChangeChecker</name>
    <message numerus="yes">
        <source>Check %Ln clip(s) for changes</source>
        <translation>
            <numerusform>Buscar cambios en %Ln recorte</numerusform>
            <numerusform>Buscar cambios en %Ln recortes</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled check for changes</source>
        <translation>Búsqueda programada de cambios</translation>
    </message>
    <message>
        <source>Checking {done} of {total}…</source>
        <translation>Comprobando {done} de {total}…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>CheckSummary</name>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>con cambios</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirados</translation>
    </message>
    <message>
        <source>redirected</source>
        <translation>redirigidos</translation>
    </message>
    <message>
        <source>walled</source>
        <translation>tras un muro de pago</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>{count} {finding}</source>
        <translation>{count} {finding}</translation>
    </message>
    <message>
        <source>Checked {done} of {total}: {found}</source>
        <translation>Comprobados {done} de {total}: {found}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>Citations</name>
    <message numerus="yes">
        <source>Copied %Ln citation(s)</source>
        <translation>
            <numerusform>%Ln cita copiada</numerusform>
            <numerusform>%Ln citas copiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln link(s)</source>
        <translation>
            <numerusform>%Ln enlace copiado</numerusform>
            <numerusform>%Ln enlaces copiados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipController</name>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>error inesperado (consulte el registro)</translation>
    </message>
</context>
<context>
    <name>ClipDelegate</name>
    <message>
        <source>◐ Partial</source>
        <translation>◐ Parcial</translation>
    </message>
</context>
<context>
    <name>ClipJob</name>
    <message>
        <source>Failed: {message}</source>
        <translation>Error: {message}</translation>
    </message>
</context>
<context>
    <name>CountLine</name>
    <message>
        <source>Number of clips shown</source>
        <translation>Número de recortes mostrados</translation>
    </message>
    <message>
        <source>Searching for “{search}”…</source>
        <translation>Buscando «{search}»…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No clip matches.</source>
        <translation>Ningún recorte coincide.</translation>
    </message>
    <message>
        <source>Your library is empty.

Paste a link in the field above (Ctrl+L), press Ctrl+V here, or drop a link from your browser onto this window.

Bookmarks or another app&apos;s export? File → Import… (Ctrl+Shift+I).</source>
        <translation>Su biblioteca está vacía.

Pegue un enlace en el campo de arriba (Ctrl+L), pulse Ctrl+V aquí o arrastre un enlace desde el navegador a esta ventana.

¿Marcadores o una exportación de otra aplicación? Archivo → Importar… (Ctrl+Shift+I).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es) for “{search}”</source>
        <translation>
            <numerusform>%Ln coincidencia con «{search}»</numerusform>
            <numerusform>%Ln coincidencias con «{search}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s)</source>
        <translation>
            <numerusform>%Ln recorte</numerusform>
            <numerusform>%Ln recortes</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} in {place}</source>
        <translation>{count} en {place}</translation>
    </message>
    <message>
        <source>{count} tagged {tags}</source>
        <translation>{count} con la etiqueta {tags}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionado</numerusform>
            <numerusform>%Ln seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: {message}</source>
        <translation>Búsqueda: {message}</translation>
    </message>
</context>
<context>
    <name>EditDetailsDialog</name>
    <message>
        <source>Edit Details</source>
        <translation>Editar detalles</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
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
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>the original publisher</source>
        <translation>el editor original</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Sitio:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>the site it was clipped from</source>
        <translation>el sitio del que se recortó</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publicado:</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>2025-02-22 14:30, or empty for no date</source>
        <translation>2025-02-22 14:30, o vacío si no tiene fecha</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>error inesperado (consulte el registro)</translation>
    </message>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation>No se pudo deshacer ni rehacer: {reason}</translation>
    </message>
</context>
<context>
    <name>EditTagsDialog</name>
    <message>
        <source>Edit Tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>politics, energy, to read</source>
        <translation>política, energía, para leer</translation>
    </message>
    <message>
        <source>&amp;Tags of this clip, separated by commas:</source>
        <translation>&amp;Etiquetas de este recorte, separadas por comas:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Tags of the %Ln selected clips, separated by commas:</source>
        <translation>
            <numerusform>&amp;Etiquetas del recorte seleccionado, separadas por comas:</numerusform>
            <numerusform>&amp;Etiquetas de los %Ln recortes seleccionados, separadas por comas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditionTree</name>
    <message>
        <source>Sections and clips</source>
        <translation>Secciones y recortes</translation>
    </message>
    <message>
        <source>clip {id}</source>
        <translation>recorte {id}</translation>
    </message>
    <message>
        <source>[headline]</source>
        <translation>[titular]</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Clip(s) to Trash</source>
        <translation>
            <numerusform>Mover %n recorte a la papelera</numerusform>
            <numerusform>Mover %n recortes a la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) moved to the trash — Undo (Ctrl+Z)</source>
        <translation>
            <numerusform>%Ln recorte movido a la papelera — Deshacer (Ctrl+Z)</numerusform>
            <numerusform>%Ln recortes movidos a la papelera — Deshacer (Ctrl+Z)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %Ln clip(s) to the trash…</source>
        <translation>
            <numerusform>Moviendo %Ln recorte a la papelera…</numerusform>
            <numerusform>Moviendo %Ln recortes a la papelera…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) restored</source>
        <translation>
            <numerusform>%Ln recorte restaurado</numerusform>
            <numerusform>%Ln recortes restaurados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) moved to the trash</source>
        <translation>
            <numerusform>%Ln recorte movido a la papelera</numerusform>
            <numerusform>%Ln recortes movidos a la papelera</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Clip</source>
        <translation>Cambiar nombre del recorte</translation>
    </message>
    <message numerus="yes">
        <source>Tagging %Ln clip(s)…</source>
        <translation>
            <numerusform>Etiquetando %Ln recorte…</numerusform>
            <numerusform>Etiquetando %Ln recortes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Cambiar nombre de la etiqueta</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Combinar etiquetas</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Eliminar etiqueta</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>JSON (Cuttings, can be imported again)</source>
        <translation>JSON (Cuttings, se puede volver a importar)</translation>
    </message>
    <message>
        <source>Markdown (a folder, one file per clip)</source>
        <translation>Markdown (una carpeta, un archivo por recorte)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Página HTML</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Hoja de cálculo CSV</translation>
    </message>
    <message>
        <source>Bookmark file (browsers, Pocket, Raindrop…)</source>
        <translation>Archivo de marcadores (navegadores, Pocket, Raindrop…)</translation>
    </message>
    <message>
        <source>EPUB e-book</source>
        <translation>Libro electrónico EPUB</translation>
    </message>
    <message>
        <source>Export Clippings</source>
        <translation>Exportar recortes</translation>
    </message>
    <message>
        <source>Export clippings</source>
        <translation>Exportar recortes</translation>
    </message>
    <message>
        <source>&amp;All clips ({total})</source>
        <translation>&amp;Todos los recortes ({total})</translation>
    </message>
    <message>
        <source>The &amp;selected clips ({selected})</source>
        <translation>Los recortes &amp;seleccionados ({selected})</translation>
    </message>
    <message>
        <source>The &amp;clips shown by the search or filter ({results})</source>
        <translation>Los recortes &amp;mostrados por la búsqueda o el filtro ({results})</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Choose where to export</source>
        <translation>Elegir dónde exportar</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <source>Show Export</source>
        <translation>Mostrar exportación</translation>
    </message>
    <message>
        <source>Show the exported file</source>
        <translation>Mostrar el archivo exportado</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln clip(s) to {where}</source>
        <translation>
            <numerusform>%Ln recorte exportado a {where}</numerusform>
            <numerusform>%Ln recortes exportados a {where}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportación cancelada: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the export (details in the log).</source>
        <translation>Un error inesperado ha detenido la exportación (detalles en el registro).</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error de exportación</translation>
    </message>
    <message>
        <source>The clips could not be exported.</source>
        <translation>No se pudieron exportar los recortes.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Matches in the article</source>
        <translation>Coincidencias en el artículo</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to Date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>{example}, 20 February 2025, 2025-02, 2024…</source>
        <translation>{example}, 20 de febrero de 2025, 2025-02, 2024…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation>Problema con la fecha</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Not a date I can read yet.</source>
        <translation>Todavía no es una fecha reconocible.</translation>
    </message>
</context>
<context>
    <name>HighlightsController</name>
    <message>
        <source>Highlights</source>
        <translation>Resaltados</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Resaltar selección</translation>
    </message>
    <message>
        <source>Highlight with &amp;Comment…</source>
        <translation>Resaltar con &amp;comentario…</translation>
    </message>
    <message>
        <source>All &amp;Highlights</source>
        <translation>&amp;Todos los resaltados</translation>
    </message>
    <message>
        <source>Highlights &amp;Panel</source>
        <translation>&amp;Panel de resaltados</translation>
    </message>
    <message>
        <source>This highlight&apos;s text is no longer in the article.</source>
        <translation>El texto de este resaltado ya no está en el artículo.</translation>
    </message>
    <message>
        <source>Select some text of the article first.</source>
        <translation>Seleccione primero texto del artículo.</translation>
    </message>
    <message>
        <source>Highlight with Comment</source>
        <translation>Resaltar con comentario</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Edit Highlight Comment</source>
        <translation>Editar comentario del resaltado</translation>
    </message>
    <message>
        <source>Recolour Highlight</source>
        <translation>Cambiar color del resaltado</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Quitar resaltado</translation>
    </message>
    <message>
        <source>Highlight in {label}</source>
        <translation>Resaltar en {label}</translation>
    </message>
    <message>
        <source>Edit Highlight Comment…</source>
        <translation>Editar comentario del resaltado…</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Highlights of this clip</source>
        <translation>Resaltados de este recorte</translation>
    </message>
    <message>
        <source>No highlights yet.
Select text in the article and press Ctrl+H,
or right-click it and choose Highlight.</source>
        <translation>Aún no hay resaltados.
Seleccione texto en el artículo y pulse Ctrl+H,
o haga clic con el botón derecho y elija Resaltar.</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Quitar resaltado</translation>
    </message>
    <message>
        <source>Go to Highlight</source>
        <translation>Ir al resaltado</translation>
    </message>
    <message>
        <source>Edit Comment…</source>
        <translation>Editar comentario…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>unexpected error</source>
        <translation>error inesperado</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>retry of {name}</source>
        <translation>reintento de {name}</translation>
    </message>
    <message>
        <source>Retrying Failed Items…</source>
        <translation>Reintentando los elementos fallidos…</translation>
    </message>
    <message>
        <source>An unexpected error stopped the import (details in the log).</source>
        <translation>Un error inesperado ha detenido la importación (detalles en el registro).</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Error de importación</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import Cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Imported: {count}</source>
        <translation>Importados: {count}</translation>
    </message>
    <message>
        <source>Skipped as duplicates: {count}</source>
        <translation>Omitidos por estar duplicados: {count}</translation>
    </message>
    <message>
        <source>Failed: {count}</source>
        <translation>Fallidos: {count}</translation>
    </message>
    <message>
        <source>Skipped, not web pages (bookmarklets…): {count}</source>
        <translation>Omitidos, no son páginas web (bookmarklets…): {count}</translation>
    </message>
    <message>
        <source>The import was cancelled: Retry Failures imports the rest.</source>
        <translation>Se canceló la importación: Reintentar fallidos importa el resto.</translation>
    </message>
    <message>
        <source>Failed items</source>
        <translation>Elementos fallidos</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>(sin enlace)</translation>
    </message>
    <message>
        <source>&amp;Open Report File</source>
        <translation>&amp;Abrir archivo de informe</translation>
    </message>
    <message>
        <source>Open the import report file</source>
        <translation>Abrir el archivo de informe de la importación</translation>
    </message>
    <message>
        <source>&amp;Retry Failures</source>
        <translation>&amp;Reintentar fallidos</translation>
    </message>
    <message>
        <source>Retry the failed items</source>
        <translation>Reintentar los elementos fallidos</translation>
    </message>
</context>
<context>
    <name>ImportSetupDialog</name>
    <message>
        <source>Import Clippings</source>
        <translation>Importar recortes</translation>
    </message>
    <message>
        <source>Import clippings</source>
        <translation>Importar recortes</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos que importar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Leyendo los archivos…</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Format of the files</source>
        <translation>Formato de los archivos</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>Detectar por el contenido</translation>
    </message>
    <message>
        <source>Tags to add to every imported clip</source>
        <translation>Etiquetas que añadir a cada recorte importado</translation>
    </message>
    <message>
        <source>optional: imported, 2024</source>
        <translation>opcional: importado, 2024</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Add &amp;tags:</source>
        <translation>Añadir &amp;etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Start the import</source>
        <translation>Iniciar la importación</translation>
    </message>
    <message>
        <source>These files hold no link to import.</source>
        <translation>Estos archivos no contienen ningún enlace que importar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) to import. Links without their article are downloaded; links already in the library are skipped.</source>
        <translation>
            <numerusform>%Ln elemento que importar. Los enlaces sin su artículo se descargan; los enlaces que ya están en la biblioteca se omiten.</numerusform>
            <numerusform>%Ln elementos que importar. Los enlaces sin su artículo se descargan; los enlaces que ya están en la biblioteca se omiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Limpiando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Already in library</source>
        <translation>Ya en la biblioteca</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time {app} starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie {app}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{APP_NAME} main window</source>
        <translation>Ventana principal de {APP_NAME}</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <source>Paste a link to clip it (Ctrl+L)</source>
        <translation>Pegue un enlace para recortarlo (Ctrl+L)</translation>
    </message>
    <message>
        <source>Link to clip</source>
        <translation>Enlace para recortar</translation>
    </message>
    <message>
        <source>Tags for the next clip</source>
        <translation>Etiquetas del próximo recorte</translation>
    </message>
    <message>
        <source>Tags for the links you clip next; emptied once they are used</source>
        <translation>Etiquetas de los próximos enlaces que recorte; se vacía una vez usadas</translation>
    </message>
    <message>
        <source>Tags for new clips</source>
        <translation>Etiquetas de los recortes nuevos</translation>
    </message>
    <message>
        <source>Clip the link</source>
        <translation>Recortar el enlace</translation>
    </message>
    <message>
        <source>The clipboard holds no web link to clip.</source>
        <translation>El portapapeles no contiene ningún enlace web que recortar.</translation>
    </message>
    <message>
        <source>{APP_NAME}: something went wrong</source>
        <translation>{APP_NAME}: algo ha fallado</translation>
    </message>
    <message>
        <source>Cuttings met an unexpected error. Your library is safe; the details are in the log.</source>
        <translation>Cuttings ha encontrado un error inesperado. Su biblioteca está a salvo; los detalles están en el registro.</translation>
    </message>
    <message>
        <source>About {APP_NAME}</source>
        <translation>Acerca de {APP_NAME}</translation>
    </message>
    <message>
        <source>A news-clipping manager: clip articles by URL, read them offline, tag and search them.</source>
        <translation>Un gestor de recortes de prensa: recorte artículos a partir de su URL, léalos sin conexión, etiquételos y búsquelos.</translation>
    </message>
    <message>
        <source>Library: {path}</source>
        <translation>Biblioteca: {path}</translation>
    </message>
</context>
<context>
    <name>MaintenanceFlow</name>
    <message>
        <source>Backing up the library to {name}…</source>
        <translation>Haciendo copia de seguridad de la biblioteca en {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln clip(s) ({size}) to {path}</source>
        <translation>
            <numerusform>Copia de seguridad de %Ln recorte ({size}) guardada en {path}</numerusform>
            <numerusform>Copia de seguridad de %Ln recortes ({size}) guardada en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The library could not be backed up.</source>
        <translation>No se pudo hacer la copia de seguridad de la biblioteca.</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Comprobando la biblioteca…</translation>
    </message>
    <message>
        <source>Check Library</source>
        <translation>Comprobar biblioteca</translation>
    </message>
    <message>
        <source>Library is healthy.</source>
        <translation>La biblioteca está en buen estado.</translation>
    </message>
    <message>
        <source>No problem found in {path}.</source>
        <translation>No se encontró ningún problema en {path}.</translation>
    </message>
    <message>
        <source>No problem found in {path}:</source>
        <translation>No se encontró ningún problema en {path}:</translation>
    </message>
    <message>
        <source>Not checked:</source>
        <translation>Sin comprobar:</translation>
    </message>
    <message numerus="yes">
        <source>The library has %Ln problem(s).</source>
        <translation>
            <numerusform>La biblioteca tiene %Ln problema.</numerusform>
            <numerusform>La biblioteca tiene %Ln problemas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more.</source>
        <translation>
            <numerusform>…y %Ln más.</numerusform>
            <numerusform>…y %Ln más.</numerusform>
        </translation>
    </message>
    <message>
        <source>

Back up the library (File → Back Up Library…) before {APP_NAME} writes to it again.</source>
        <translation>

Haga una copia de seguridad de la biblioteca (Archivo → Copia de seguridad de la biblioteca…) antes de que {APP_NAME} vuelva a escribir en ella.</translation>
    </message>
    <message>
        <source>The library could not be checked.</source>
        <translation>No se pudo comprobar la biblioteca.</translation>
    </message>
    <message>
        <source>Unexpected error: {error_type}</source>
        <translation>Error inesperado: {error_type}</translation>
    </message>
</context>
<context>
    <name>MediaFlow</name>
    <message>
        <source>&amp;Always</source>
        <translation>&amp;Siempre</translation>
    </message>
    <message>
        <source>&amp;Lead Image Only</source>
        <translation>Solo la imagen &amp;principal</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nunca</translation>
    </message>
    <message>
        <source>Save Original Page</source>
        <translation>Guardar página original</translation>
    </message>
    <message>
        <source>The page was not saved.</source>
        <translation>No se guardó la página.</translation>
    </message>
    <message>
        <source>Saved the page as fetched on {fetched_at} to {target}</source>
        <translation>Se guardó la página tal como se descargó el {fetched_at} en {target}</translation>
    </message>
    <message>
        <source>Library Info</source>
        <translation>Información de la biblioteca</translation>
    </message>
    <message>
        <source>The library could not be read.</source>
        <translation>No se pudo leer la biblioteca.</translation>
    </message>
    <message>
        <source>Download Missing Images</source>
        <translation>Descargar imágenes que faltan</translation>
    </message>
    <message numerus="yes">
        <source>Fetched pictures for %Ln clip(s)</source>
        <translation>
            <numerusform>Imágenes descargadas para %Ln recorte</numerusform>
            <numerusform>Imágenes descargadas para %Ln recortes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln failed</source>
        <translation>
            <numerusform>; %Ln con error</numerusform>
            <numerusform>; %Ln con error</numerusform>
        </translation>
    </message>
    <message>
        <source> (cancelled: run it again to go on)</source>
        <translation> (cancelado: vuelva a ejecutarlo para continuar)</translation>
    </message>
    <message>
        <source>The pictures could not be downloaded.</source>
        <translation>No se pudieron descargar las imágenes.</translation>
    </message>
</context>
<context>
    <name>PageIntake</name>
    <message>
        <source>The copied page is too large to clip (over 15 MB).</source>
        <translation>La página copiada es demasiado grande para recortarla (más de 15 MB).</translation>
    </message>
    <message>
        <source>A pasted page needs the web address it comes from (http or https).</source>
        <translation>Una página pegada necesita la dirección web de la que procede (http o https).</translation>
    </message>
    <message>
        <source>Pasted page: {url}</source>
        <translation>Página pegada: {url}</translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>PlacesList</name>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Rename “{name}”…</source>
        <translation>Cambiar nombre de «{name}»…</translation>
    </message>
    <message>
        <source>Edit “{name}”…</source>
        <translation>Editar «{name}»…</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Eliminar «{name}»</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Vaciar papelera…</translation>
    </message>
</context>
<context>
    <name>PlacesModel</name>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Destacados</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message numerus="yes">
        <source>{name}, %Ln clip(s)</source>
        <translation>
            <numerusform>{name}, %Ln recorte</numerusform>
            <numerusform>{name}, %Ln recortes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Current item</source>
        <translation>Elemento actual</translation>
    </message>
    <message>
        <source>Cancel: {title}</source>
        <translation>Cancelar: {title}</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} de {total} completados</translation>
    </message>
    <message>
        <source>Cancelling… (work under way finishes first)</source>
        <translation>Cancelando… (primero termina el trabajo en curso)</translation>
    </message>
</context>
<context>
    <name>ReaderBrowser</name>
    <message>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Select a clip to read it here.</source>
        <translation>Seleccione un recorte para leerlo aquí.</translation>
    </message>
    <message>
        <source>Paste or drop a link anywhere in the window to clip an article.</source>
        <translation>Pegue o suelte un enlace en cualquier parte de la ventana para recortar un artículo.</translation>
    </message>
</context>
<context>
    <name>ReaderLook</name>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Reader &amp;Text Size</source>
        <translation>Tamaño del te&amp;xto del lector</translation>
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
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>Se&amp;pia</translation>
    </message>
</context>
<context>
    <name>ReaderPanel</name>
    <message>
        <source>Add a note to this clip…</source>
        <translation>Añadir una nota a este recorte…</translation>
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
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecheckSettingsDialog</name>
    <message>
        <source>Re-check Settings</source>
        <translation>Ajustes de recomprobación</translation>
    </message>
    <message>
        <source>&amp;Check clips for changes automatically</source>
        <translation>&amp;Comprobar automáticamente si los recortes cambian</translation>
    </message>
    <message>
        <source>Re-check steps</source>
        <translation>Pasos de recomprobación</translation>
    </message>
    <message>
        <source>&amp;After clipping:</source>
        <translation>&amp;Tras recortar:</translation>
    </message>
    <message>
        <source>Each clip is checked at these times after it was clipped, soonest first: m for minutes, h for hours, d for days (for example 1h, 6h, 1d, 3d, 7d, 30d). Checks run while the window is open.</source>
        <translation>Cada recorte se comprueba en estos momentos después de recortarlo, del más próximo al más lejano: m para minutos, h para horas, d para días (por ejemplo 1h, 6h, 1d, 3d, 7d, 30d). Las comprobaciones se hacen mientras la ventana está abierta.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Write at least one step, such as 1d.</source>
        <translation>Escriba al menos un paso, por ejemplo 1d.</translation>
    </message>
</context>
<context>
    <name>Refetcher</name>
    <message>
        <source>Refetch takes {max} clips at most: select fewer.</source>
        <translation>Se pueden volver a descargar {max} recortes como máximo: seleccione menos.</translation>
    </message>
    <message>
        <source>Refetching “{title}”…</source>
        <translation>Volviendo a descargar «{title}»…</translation>
    </message>
    <message>
        <source>Refetched “{title}”</source>
        <translation>Se volvió a descargar «{title}»</translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>error inesperado (consulte el registro)</translation>
    </message>
    <message>
        <source>Could not refetch “{title}”: {reason}</source>
        <translation>No se pudo volver a descargar «{title}»: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Press Reviews</source>
        <translation>Revistas de prensa</translation>
    </message>
    <message>
        <source>New Review from &amp;Selection</source>
        <translation>Nueva revista a partir de la &amp;selección</translation>
    </message>
    <message>
        <source>New Review from Current &amp;Search</source>
        <translation>Nueva revista a partir de la &amp;búsqueda actual</translation>
    </message>
    <message>
        <source>New Review by &amp;Tags of the Search</source>
        <translation>Nueva revista por las &amp;etiquetas de la búsqueda</translation>
    </message>
    <message>
        <source>New &amp;Empty Review</source>
        <translation>Nueva revista &amp;vacía</translation>
    </message>
    <message>
        <source>Select the clips for the review first</source>
        <translation>Seleccione primero los recortes para la revista</translation>
    </message>
    <message>
        <source>Delete Press Review</source>
        <translation>Eliminar revista de prensa</translation>
    </message>
    <message>
        <source>Delete this press review? Its clips stay in the library.</source>
        <translation>¿Eliminar esta revista de prensa? Sus recortes se quedan en la biblioteca.</translation>
    </message>
    <message>
        <source>Delete Review</source>
        <translation>Eliminar revista</translation>
    </message>
</context>
<context>
    <name>ReviewEditor</name>
    <message>
        <source>Press Review</source>
        <translation>Revista de prensa</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose Logo…</source>
        <translation>Elegir logotipo…</translation>
    </message>
    <message>
        <source>Remove Logo</source>
        <translation>Quitar logotipo</translation>
    </message>
    <message>
        <source>In evidenza: the day&apos;s main stories</source>
        <translation>In evidenza: las noticias principales del día</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>&amp;In evidenza:</source>
        <translation>&amp;In evidenza:</translation>
    </message>
    <message>
        <source>Add Section…</source>
        <translation>Añadir sección…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>A short summary of the selected clip</source>
        <translation>Un breve resumen del recorte seleccionado</translation>
    </message>
    <message>
        <source>Include the full text (else headline and summary)</source>
        <translation>Incluir el texto completo (si no, titular y resumen)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Export {format}…</source>
        <translation>Exportar {format}…</translation>
    </message>
    <message>
        <source>Logo: {size} KB</source>
        <translation>Logotipo: {size} KB</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>No se puede leer {path}: {error}</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Tamaño de página:</translation>
    </message>
    <message>
        <source>Press Review — {title}</source>
        <translation>Revista de prensa — {title}</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Añadir sección</translation>
    </message>
    <message>
        <source>Section title:</source>
        <translation>Título de la sección:</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Cambiar nombre de la sección</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Export as {format}</source>
        <translation>Exportar como {format}</translation>
    </message>
    <message>
        <source>Written: {written}</source>
        <translation>Guardado: {written}</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportación cancelada</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Error al exportar: {error}</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>Press reviews</source>
        <translation>Revistas de prensa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln section(s)</source>
        <translation>
            <numerusform>%Ln sección</numerusform>
            <numerusform>%Ln secciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {articles} in {sections}</source>
        <translation>{name}: {articles} en {sections}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Duplicate as Today&apos;s</source>
        <translation>Duplicar como la de hoy</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <source>Edit Saved Search</source>
        <translation>Editar búsqueda guardada</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Any of these tags (not all of them)</source>
        <translation>Cualquiera de estas etiquetas (no todas)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Búsqueda:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Una búsqueda guardada necesita un nombre.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Newest First</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest First</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clips</source>
        <translation>Buscar recortes</translation>
    </message>
    <message>
        <source>Order of search results</source>
        <translation>Orden de los resultados de búsqueda</translation>
    </message>
</context>
<context>
    <name>StatesController</name>
    <message>
        <source>Filter tags</source>
        <translation>Filtrar etiquetas</translation>
    </message>
    <message>
        <source>Any selected tag</source>
        <translation>Cualquier etiqueta seleccionada</translation>
    </message>
    <message>
        <source>Show clips with any of the selected tags, not all of them</source>
        <translation>Mostrar los recortes con cualquiera de las etiquetas seleccionadas, no con todas</translation>
    </message>
    <message>
        <source>Mark &amp;Read / Unread</source>
        <translation>Marcar como &amp;leído / no leído</translation>
    </message>
    <message>
        <source>&amp;Star / Unstar</source>
        <translation>&amp;Destacar / Quitar destacado</translation>
    </message>
    <message>
        <source>&amp;Archive / Unarchive</source>
        <translation>&amp;Archivar / Desarchivar</translation>
    </message>
    <message>
        <source>Restore from &amp;Trash</source>
        <translation>Restaurar de la &amp;papelera</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vaciar papelera…</translation>
    </message>
    <message>
        <source>Save &amp;Search…</source>
        <translation>&amp;Guardar búsqueda…</translation>
    </message>
    <message>
        <source>Mark Clips Read When &amp;Opened</source>
        <translation>Marcar como leídos al a&amp;brirlos</translation>
    </message>
    <message>
        <source>&amp;Clip</source>
        <translation>Re&amp;corte</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Quitar destacado</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Destacar</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Saved search “{name}” saved</source>
        <translation>Se ha guardado la búsqueda «{name}»</translation>
    </message>
    <message>
        <source>Rename Saved Search</source>
        <translation>Cambiar nombre de la búsqueda guardada</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nuevo nombre para «{name}»:</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>All clips</source>
        <translation>Todos los recortes</translation>
    </message>
    <message>
        <source>Tag {name}</source>
        <translation>Etiqueta {name}</translation>
    </message>
    <message numerus="yes">
        <source>{label}, %Ln clip(s)</source>
        <translation>
            <numerusform>{label}, %Ln recorte</numerusform>
            <numerusform>{label}, %Ln recortes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagSidebar</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Select one or more tags to show only clips carrying all of them</source>
        <translation>Seleccione una o varias etiquetas para mostrar solo los recortes que las tengan todas</translation>
    </message>
    <message>
        <source>Rename “{name}”…</source>
        <translation>Cambiar nombre de «{name}»…</translation>
    </message>
    <message>
        <source>Merge Selected Tags Into…</source>
        <translation>Combinar etiquetas seleccionadas en…</translation>
    </message>
    <message>
        <source>Merge “{name}” Into…</source>
        <translation>Combinar «{name}» en…</translation>
    </message>
    <message>
        <source>Delete “{name}”…</source>
        <translation>Eliminar «{name}»…</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Cambiar nombre de la etiqueta</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nuevo nombre para «{name}»:</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Combinar etiquetas</translation>
    </message>
    <message>
        <source>“{tag}”</source>
        <translation>«{tag}»</translation>
    </message>
    <message>
        <source>Merge {tags} into:</source>
        <translation>Combinar {tags} en:</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Eliminar etiqueta</translation>
    </message>
    <message>
        <source>Remove the tag “{name}” from every clip? The clips themselves stay.</source>
        <translation>¿Quitar la etiqueta «{name}» de todos los recortes? Los recortes se conservan.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: {error_type}: {error}</source>
        <translation>Error inesperado: {error_type}: {error}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>{url}
Partial: {partial}</source>
        <translation>{url}
Parcial: {partial}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>etiquetas: {tags}</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Clips, newest first, grouped by day</source>
        <translation>Recortes, los más recientes primero, agrupados por día</translation>
    </message>
</context>
<context>
    <name>TitleDialog</name>
    <message>
        <source>Rename Clip</source>
        <translation>Cambiar nombre del recorte</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>A clip needs a title: type one, or Cancel to keep the old one.</source>
        <translation>Un recorte necesita un título: escriba uno, o pulse Cancelar para conservar el anterior.</translation>
    </message>
</context>
<context>
    <name>TrashFlow</name>
    <message numerus="yes">
        <source>Delete %Ln clip(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar definitivamente %Ln recorte? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar definitivamente %Ln recortes? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vaciar papelera</translation>
    </message>
    <message>
        <source>Delete every clip in the trash for good? This cannot be undone.</source>
        <translation>¿Eliminar definitivamente todos los recortes de la papelera? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleting for Good</source>
        <translation>Eliminando definitivamente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) deleted for good</source>
        <translation>
            <numerusform>%Ln recorte eliminado definitivamente</numerusform>
            <numerusform>%Ln recortes eliminados definitivamente</numerusform>
        </translation>
    </message>
    <message>
        <source>In the Trash</source>
        <translation>En la papelera</translation>
    </message>
    <message>
        <source>“{title}” is in the trash. Restore it?</source>
        <translation>«{title}» está en la papelera. ¿Restaurarlo?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Restaurar de la papelera</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clip(s) restored</source>
        <translation>
            <numerusform>%Ln recorte restaurado</numerusform>
            <numerusform>%Ln recortes restaurados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionBar</name>
    <message>
        <source>Version {number} · {fetched_at} UTC</source>
        <translation>Versión {number} · {fetched_at} UTC</translation>
    </message>
    <message>
        <source>Version shown</source>
        <translation>Versión mostrada</translation>
    </message>
    <message>
        <source>Co&amp;mpare Versions…</source>
        <translation>Co&amp;mparar versiones…</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>headline changed</source>
        <translation>titular cambiado</translation>
    </message>
    <message>
        <source>byline changed</source>
        <translation>firma cambiada</translation>
    </message>
    <message>
        <source>date changed</source>
        <translation>fecha cambiada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) added</source>
        <translation>
            <numerusform>%Ln párrafo añadido</numerusform>
            <numerusform>%Ln párrafos añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) removed</source>
        <translation>
            <numerusform>%Ln párrafo eliminado</numerusform>
            <numerusform>%Ln párrafos eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln paragraph(s) changed</source>
        <translation>
            <numerusform>%Ln párrafo cambiado</numerusform>
            <numerusform>%Ln párrafos cambiados</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Comparar versiones</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Versión posterior</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
</context>
<context>
    <name>WindowService</name>
    <message>
        <source>the Cuttings window closed</source>
        <translation>se cerró la ventana de Cuttings</translation>
    </message>
    <message>
        <source>cancelled in the Cuttings window</source>
        <translation>cancelado en la ventana de Cuttings</translation>
    </message>
    <message>
        <source>unexpected error (see the log)</source>
        <translation>error inesperado (consulte el registro)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Upgrading the library {name} for this version of Cuttings…
A copy of the file as it was is kept beside it.</source>
        <translation>Actualizando la biblioteca {name} para esta versión de Cuttings…
Se conserva a su lado una copia del archivo tal como estaba.</translation>
    </message>
    <message>
        <source>{APP_NAME}: cannot open the library</source>
        <translation>{APP_NAME}: no se puede abrir la biblioteca</translation>
    </message>
    <message>
        <source>Cuttings cannot open the library
{path}</source>
        <translation>Cuttings no puede abrir la biblioteca
{path}</translation>
    </message>
    <message>
        <source>Choose Another Library…</source>
        <translation>Elegir otra biblioteca…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>browser</name>
    <message>
        <source>No Web Browser</source>
        <translation>No hay navegador web</translation>
    </message>
    <message>
        <source>No web browser could be opened for this link. It is on the clipboard: paste it into a browser.</source>
        <translation>No se pudo abrir ningún navegador web para este enlace. Está en el portapapeles: péguelo en un navegador.</translation>
    </message>
</context>
<context>
    <name>clipping.dock</name>
    <message>
        <source>Nothing clipped in this session yet.</source>
        <translation>Aún no se ha recortado nada en esta sesión.</translation>
    </message>
</context>
<context>
    <name>clipping.pages</name>
    <message>
        <source>Paste Page</source>
        <translation>Pegar página</translation>
    </message>
    <message>
        <source>The copied page does not say where it comes from.
Web address of the page (it identifies the clip):</source>
        <translation>La página copiada no indica de dónde procede.
Dirección web de la página (identifica el recorte):</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Cuttings JSON export</source>
        <translation>Exportación JSON de Cuttings</translation>
    </message>
    <message>
        <source>wallabag JSON export</source>
        <translation>Exportación JSON de wallabag</translation>
    </message>
    <message>
        <source>bookmark file (browsers, Pocket, Instapaper, Raindrop HTML)</source>
        <translation>archivo de marcadores (navegadores, Pocket, Instapaper, HTML de Raindrop)</translation>
    </message>
    <message>
        <source>Pocket CSV export</source>
        <translation>Exportación CSV de Pocket</translation>
    </message>
    <message>
        <source>Instapaper CSV export</source>
        <translation>Exportación CSV de Instapaper</translation>
    </message>
    <message>
        <source>CSV with a url column</source>
        <translation>CSV con una columna url</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>Canal RSS o Atom</translation>
    </message>
    <message>
        <source>OPML list of feeds</source>
        <translation>Lista OPML de canales</translation>
    </message>
    <message>
        <source>list of URLs</source>
        <translation>lista de URL</translation>
    </message>
    <message>
        <source>the backup was cancelled; nothing was written</source>
        <translation>se canceló la copia de seguridad; no se ha escrito nada</translation>
    </message>
    <message>
        <source>the check was cancelled</source>
        <translation>se canceló la comprobación</translation>
    </message>
    <message>
        <source>the page could not be read as an article</source>
        <translation>no se pudo leer la página como un artículo</translation>
    </message>
    <message>
        <source>not imported: the import was cancelled before the feed was downloaded</source>
        <translation>no importado: se canceló la importación antes de descargar el canal</translation>
    </message>
</context>
<context>
    <name>details</name>
    <message>
        <source>No published date</source>
        <translation>Sin fecha de publicación</translation>
    </message>
</context>
<context>
    <name>highlights.panel</name>
    <message>
        <source>(no longer in the article)</source>
        <translation>(ya no está en el artículo)</translation>
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
        <translation>Biblioteca: {path}
Tamaño: {size}
Recortes: {clips}
Imágenes: {images} ({images_size}, {percent} % de la biblioteca)
Páginas originales: {originals} ({originals_size} comprimidas)</translation>
    </message>
    <message>
        <source>Save Original Page</source>
        <translation>Guardar página original</translation>
    </message>
    <message>
        <source>HTML page (*.html);;All files (*)</source>
        <translation>Página HTML (*.html);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Abrir biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Copia de seguridad de la biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Check Library</source>
        <translation>Comprobar &amp;biblioteca</translation>
    </message>
    <message>
        <source>Save &amp;Original Page…</source>
        <translation>Guardar página &amp;original…</translation>
    </message>
    <message>
        <source>Library &amp;Info</source>
        <translation>I&amp;nformación de la biblioteca</translation>
    </message>
    <message>
        <source>Download &amp;Missing Images</source>
        <translation>&amp;Descargar imágenes que faltan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <source>&amp;Paste Links or Page to Clip</source>
        <translation>&amp;Pegar enlaces o página para recortar</translation>
    </message>
    <message>
        <source>Clip a &amp;Link…</source>
        <translation>&amp;Recortar un enlace…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Find in &amp;Article…</source>
        <translation>Buscar en el &amp;artículo…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar si&amp;guiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <source>Copy &amp;Link</source>
        <translation>Cop&amp;iar enlace</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown Citation</source>
        <translation>Copiar como cita &amp;Markdown</translation>
    </message>
    <message>
        <source>Re&amp;fetch Article</source>
        <translation>Volver a de&amp;scargar el artículo</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>Editar etiq&amp;uetas…</translation>
    </message>
    <message>
        <source>&amp;Rename Clip…</source>
        <translation>Cambiar nombre del rec&amp;orte…</translation>
    </message>
    <message>
        <source>Edit D&amp;etails…</source>
        <translation>Editar de&amp;talles…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Open Original in Browser</source>
        <translation>Abrir o&amp;riginal en el navegador</translation>
    </message>
    <message>
        <source>&amp;Go to Date…</source>
        <translation>Ir a la &amp;fecha…</translation>
    </message>
    <message>
        <source>Sort by &amp;Clipped Date</source>
        <translation>Ordenar por fecha de re&amp;corte</translation>
    </message>
    <message>
        <source>Sort by &amp;Published Date</source>
        <translation>Ordenar por fecha de p&amp;ublicación</translation>
    </message>
    <message>
        <source>&amp;About {APP_NAME}</source>
        <translation>&amp;Acerca de {APP_NAME}</translation>
    </message>
    <message>
        <source>Check for &amp;Changes</source>
        <translation>Buscar &amp;cambios</translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation>Comparar &amp;versiones…</translation>
    </message>
    <message>
        <source>Re-check &amp;Settings…</source>
        <translation>Ajustes de &amp;recomprobación…</translation>
    </message>
    <message>
        <source>&amp;Browser Extension…</source>
        <translation>&amp;Extensión del navegador…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Sort &amp;Search Results</source>
        <translation>Ordenar resultados de &amp;búsqueda</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Save &amp;Pictures</source>
        <translation>Guardar &amp;imágenes</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revista</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
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
        <translation>Archivos compatibles (*.html *.htm *.csv *.json *.opml *.xml *.rss *.atom *.txt)</translation>
    </message>
    <message>
        <source>Bookmark files (*.html *.htm)</source>
        <translation>Archivos de marcadores (*.html *.htm)</translation>
    </message>
    <message>
        <source>Cuttings or wallabag JSON (*.json)</source>
        <translation>JSON de Cuttings o wallabag (*.json)</translation>
    </message>
    <message>
        <source>Pocket, Instapaper or other CSV (*.csv)</source>
        <translation>CSV de Pocket, Instapaper u otros (*.csv)</translation>
    </message>
    <message>
        <source>Feeds and OPML lists (*.xml *.rss *.atom *.opml)</source>
        <translation>Canales y listas OPML (*.xml *.rss *.atom *.opml)</translation>
    </message>
    <message>
        <source>Lists of URLs (*.txt)</source>
        <translation>Listas de URL (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>Página HTML (*.html)</translation>
    </message>
    <message>
        <source>Bookmark file (*.html)</source>
        <translation>Archivo de marcadores (*.html)</translation>
    </message>
    <message>
        <source>EPUB book (*.epub)</source>
        <translation>Libro EPUB (*.epub)</translation>
    </message>
    <message>
        <source>Import Clippings</source>
        <translation>Importar recortes</translation>
    </message>
    <message>
        <source>Choose a Folder for the Markdown Files</source>
        <translation>Elegir una carpeta para los archivos Markdown</translation>
    </message>
    <message>
        <source>Export Clippings</source>
        <translation>Exportar recortes</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Copia de seguridad de la biblioteca</translation>
    </message>
    <message>
        <source>Cuttings libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Bibliotecas de Cuttings (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation>Abrir o crear biblioteca</translation>
    </message>
</context>
<context>
    <name>reader.render</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>Qt date format: d day, MMMM month name, yyyy year</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm</source>
        <comment>Qt date format: d day, MMMM month name, yyyy year, HH:mm 24-hour time</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Picture not kept: {why}</source>
        <translation>Imagen no conservada: {why}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partial clip&lt;/b&gt; — {reason}.&lt;br /&gt;Cuttings fetched this page without your subscription, login or cookie choices. To keep the article as you see it, open the original in your browser and clip it with the Cuttings browser extension (&lt;i&gt;Clip this page&lt;/i&gt;).</source>
        <translation>&lt;b&gt;Recorte parcial&lt;/b&gt; — {reason}.&lt;br /&gt;Cuttings descargó esta página sin su suscripción, su inicio de sesión ni sus preferencias de cookies. Para conservar el artículo tal como lo ve, abra el original en el navegador y recórtelo con la extensión de Cuttings para navegadores (&lt;i&gt;Clip this page&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>By {author}</source>
        <translation>Por {author}</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>Publicado el {date}</translation>
    </message>
    <message>
        <source>Clipped {date}</source>
        <translation>Recortado el {date}</translation>
    </message>
    <message>
        <source>Open the original ↗</source>
        <translation>Abrir el original ↗</translation>
    </message>
</context>
<context>
    <name>review.controller</name>
    <message>
        <source>Press review {date}</source>
        <translation>Revista de prensa {date}</translation>
    </message>
</context>
<context>
    <name>timeline.dates</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>Qt date format of a day header: dddd weekday, d day, MMMM month name, yyyy year</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>versions.labels</name>
    <message>
        <source>removed from the site</source>
        <translation>retirado del sitio</translation>
    </message>
    <message>
        <source>now redirects elsewhere</source>
        <translation>ahora redirige a otro lugar</translation>
    </message>
    <message>
        <source>now behind a wall</source>
        <translation>ahora tras un muro de pago</translation>
    </message>
    <message>
        <source>changed {count}{times}</source>
        <translation>modificado {count}{times}</translation>
    </message>
</context>
<context>
    <name>versions.render</name>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version {old}&lt;/b&gt; ({old_fetched_at}) → &lt;b&gt;Version {new}&lt;/b&gt; ({new_fetched_at})</source>
        <translation>&lt;b&gt;Versión {old}&lt;/b&gt; ({old_fetched_at}) → &lt;b&gt;Versión {new}&lt;/b&gt; ({new_fetched_at})</translation>
    </message>
</context>
</TS>
