# dgtk interface messages (fr): words. Syntax: https://projectfluent.org/fluent/guide/

## Used by the tests of the message system (src/i18n.rs).
i18n-example = { $n ->
    [one] { $n } fichier
   *[other] { $n } fichiers
}
i18n-example-plain = un message
