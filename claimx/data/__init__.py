"""General data files (lexicons, patterns, aliases); each folder's README gives the source."""
