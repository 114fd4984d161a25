# dgtk interface messages (en): cli. Syntax: https://projectfluent.org/fluent/guide/
