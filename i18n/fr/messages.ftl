# dgtk interface messages (fr): messages. Syntax: https://projectfluent.org/fluent/guide/
