# dgtk interface messages (en): questionnaire. Syntax: https://projectfluent.org/fluent/guide/
