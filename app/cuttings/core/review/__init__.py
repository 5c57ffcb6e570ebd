"""Press reviews (a *rassegna stampa*): dated editions of ordered sections of clips.

:mod:`.models` holds the tables and the values, :mod:`.store` the
:class:`~cuttings.core.library.Library` methods, :mod:`.plans` how an
edition is made from a query, a tag or a date range, :mod:`.transfer` its
JSON form, and :mod:`.export` the PDF, DOCX and HTML outputs.
"""
