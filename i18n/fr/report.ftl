# dgtk interface messages (fr): report. Syntax: https://projectfluent.org/fluent/guide/
