"""The window's side of versions: the version bar over the reader, the comparison dialog,
and the checker that re-checks clips (on demand and on the schedule)."""
