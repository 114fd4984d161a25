# dgtk interface messages (en): messages. Syntax: https://projectfluent.org/fluent/guide/
