# dgtk interface messages (fr): comments. Syntax: https://projectfluent.org/fluent/guide/
