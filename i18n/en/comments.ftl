# dgtk interface messages (en): comments. Syntax: https://projectfluent.org/fluent/guide/
