# dgtk interface messages (fr): questionnaire. Syntax: https://projectfluent.org/fluent/guide/
