"""The reader pane: a clip's clean text, offline, in a QTextBrowser."""
