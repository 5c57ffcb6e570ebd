"""Search: parsing what a person typed, compiling it to SQL, running it, snippets.

``query`` parses, ``compile`` turns the parsed query into SQL pieces, ``plans``
chooses how to read them and runs them, ``snippets`` makes the extracts.
"""
