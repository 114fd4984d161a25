# dgtk interface messages (fr): cli. Syntax: https://projectfluent.org/fluent/guide/
