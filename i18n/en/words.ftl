# dgtk interface messages (en): words. Syntax: https://projectfluent.org/fluent/guide/

## Used by the tests of the message system (src/i18n.rs).
i18n-example = { $n ->
    [one] { $n } file
   *[other] { $n } files
}
i18n-example-plain = a message
