# dgtk interface messages (en): report. Syntax: https://projectfluent.org/fluent/guide/
