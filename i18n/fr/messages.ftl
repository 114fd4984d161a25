# dgtk interface messages (fr): messages. Syntax: https://projectfluent.org/fluent/guide/

## Problems in answer files (dgtk check and every command that reads them). A problem is shown
## after `file:line:col: `. Ids, keys and values from the file stay as written, in straight quotes.
check-file-empty = le fichier est vide : un fichier de réponses contient au moins une table [assessment]
check-more-syntax-errors = … et { $n ->
    [one] { $n } autre erreur de syntaxe
   *[other] { $n } autres erreurs de syntaxe
} : s'agit-il bien d'un fichier de réponses TOML ?
check-more-problems = … et { $n ->
    [one] { $n } autre problème
   *[other] { $n } autres problèmes
} dans { $file }
check-type-string = un texte
check-type-integer = un nombre entier
check-type-number = un nombre
check-type-boolean = true ou false
check-type-date = une date
check-type-list = une liste
check-type-table = une table
check-found-string = le texte "{ $value }"
check-found-number = le nombre { $value }
check-found-date = la date { $value }
check-expected = on attend { $what }, on trouve { $found }
check-expected-string-quote = on attend un texte, on trouve { $found } (un texte s'écrit entre guillemets : "{ $value }")
check-expected-list-brackets = on attend une liste de textes, on trouve le texte "{ $value }" (une liste s'écrit entre crochets : ["{ $value }"])
check-what-list-of-strings = une liste de textes
check-what-table-assessment = une table [assessment]
check-what-table-answers = une table [answers]
check-what-table = une table { $table }
check-what-answer-table = une table [answers.{ $id }] avec `answer = ...`
check-what-merged-answer = une table [merged.answers.{ $id }] de la forme contributeur = réponse
check-what-year = une année, par exemple 2026
check-what-status = "draft" ou "final"
check-what-datetime = une date et une heure, par exemple 2026-06-30T10:00:00Z
check-what-level = un niveau de 0 à { $max }
check-what-yes-no = true ou false
check-what-checklist = une liste d'identifiants d'éléments
check-what-number = un nombre de { $min } à { $max }
check-what-or-na = { $what }, "n/a" ou "unknown"
check-what-target = une cible de score de 0 à 100
check-invisible-only = (la valeur ne contient que des caractères invisibles, par exemple { $character })
check-version-empty = framework_version ne doit pas être vide : indiquez la version du référentiel sur laquelle les réponses ont été données (le référentiel chargé est en version { $loaded })
check-version-unknown = framework_version "{ $version }" n'est pas une version connue de ce dgtk : le référentiel chargé, "{ $framework }", est en version { $loaded } (écrivez "{ $loaded }" si les réponses portent sur celle-ci, ou chargez le référentiel de cette version avec --framework DOSSIER)
check-unknown-key-in = clé inconnue "{ $key }" dans { $place }{ $hint }
check-unknown-key = clé inconnue "{ $key }"{ $hint }
check-missing-key = clé manquante "{ $key }"
check-place-file = le fichier
check-missing-assessment = table [assessment] manquante (framework, country, year…)
check-final-unanswered = le statut est "final", mais { $n ->
    [one] { $n } question est sans réponse
   *[other] { $n } questions sont sans réponse
} : { $ids } (répondez-y, ou indiquez "n/a" ou "unknown")
check-final-flagged = le statut est "final", mais { $n ->
    [one] { $n } réponse est encore marquée à revoir
   *[other] { $n } réponses sont encore marquées à revoir
} : { $ids } (confirmez-{ $n ->
    [one] la
   *[other] les
} et supprimez `flag`)
check-other-framework = ce fichier porte sur le référentiel "{ $file }", mais le référentiel chargé est "{ $loaded }" (chargez le bon référentiel avec --framework DOSSIER)
check-country-empty = country ne doit pas être vide (un code ISO 3166-1 alpha-3 ou un code d'organisme){ $invisible }
check-year-range = l'année { $year } est hors limites (de 1900 à 2200)
check-year-quoted = on attend une année, par exemple 2026, on trouve le texte "{ $value }" (écrivez-la sans guillemets : year = { $year })
check-status-value = status doit valoir "draft" ou "final", et non "{ $value }"
check-updated = `updated` doit être une date et une heure complètes avec leur fuseau horaire, par exemple 2026-06-30T10:00:00Z ou 2026-06-30T10:00:00+02:00, et non { $what }
check-updated-time-only = l'heure seule { $value }
check-updated-date-only = la date seule { $value }
check-updated-no-zone = la date et l'heure sans fuseau horaire { $value }
check-missing-meta-key = il manque `{ $key }` dans [assessment]
check-unknown-question = identifiant de question inconnu "{ $id }"{ $hint }
check-flag-value = flag doit valoir "review", et non "{ $value }"
check-na-instead-level = répondez 0
check-na-instead-yes-no = répondez "no" (false)
check-na-instead-checklist = répondez [] (aucun élément en place)
check-na-instead-number = donnez le chiffre
check-na-not-allowed = "n/a" n'est pas une réponse possible à "{ $id }" : cette question s'applique partout ; { $instead } ou "unknown" (ce référentiel n'admet n/a que pour les questions dotées de `na_when`)
check-na-needs-reason = "n/a" doit être justifié : indiquez dans `evidence` pourquoi la question ne s'applique pas{ $invisible }
check-level-range = le niveau { $level } est hors limites : l'échelle va de 0 à { $max }
check-unknown-item = élément de liste de contrôle inconnu "{ $item }"{ $hint }
check-item-twice = l'élément de liste de contrôle "{ $item }" figure deux fois
check-number-range = { $value } { $unit } est hors limites : l'indicateur va de { $min } à { $max }
check-not-finite = on attend un nombre fini, on trouve { $value }
check-unknown-principle = identifiant de principe inconnu "{ $id }" dans [targets]{ $hint }
check-target-range = la cible { $value } est hors limites (de 0 à 100)
check-and-more = { $list } et { $n ->
    [one] { $n } autre
   *[other] { $n } autres
}
check-hint-lowercase = (écrivez "{ $value }", en minuscules)
check-hint-level-unquote = (écrivez le niveau sans guillemets : answer = { $value })
check-hint-number-unquote = (écrivez le nombre sans guillemets : answer = { $value })
check-hint-boolean-unquote = (écrivez answer = { $value }, sans guillemets)
check-hint-checklist-list = (la réponse à une liste de contrôle est une liste : answer = ["{ $value }"])
check-hint-did-you-mean = (vouliez-vous dire "{ $candidate }" ?)
check-hint-did-you-mean-latin = (vouliez-vous dire "{ $candidate }", en lettres latines ?)
check-hint-one-of = (valeurs attendues : { $list })
check-hint-unquote = (écrivez-le sans guillemets)
check-hint-double-brackets = (chaque élément d'une liste de tables s'écrit [[{ $name }]], avec des doubles crochets)
check-colon = {"\u00A0"}:
check-confusable-note = son { $n ->
    [one] 1er
   *[other] { $n }e
} caractère est { $character }, qui ressemble au "{ $latin }" latin
check-number-too-large = le nombre { $value } est trop grand : un nombre entier ne peut dépasser ici { $max }
check-number-too-small = { $value } est trop petit pour être enregistré (le plus petit nombre supérieur à 0 est d'environ 1e-308) : écrivez 0 si c'est zéro qui est voulu
check-invalid-toml = TOML invalide : { $detail }
check-toml-too-deep = les tables ou les listes sont imbriquées trop profondément (au-delà de la limite de l'analyseur)
check-toml-duplicate-key = clé en double { $key } (une clé ou une [table] ne peut figurer qu'une fois)
check-toml-missing-value = valeur manquante après `=` (une valeur telle que "texte", 3, true ou ["a"])
check-toml-unterminated-string = texte non terminé : fermez-le par `"` sur la même ligne, ou utilisez """...""" pour un texte sur plusieurs lignes
check-toml-key-with-space = on attend `=` après la clé (une clé qui contient des espaces s'écrit entre guillemets, par exemple "ma clé" = 1)
check-toml-leading-zero = un nombre ne peut pas commencer par 0 : écrivez { $plain }, et non { $value } (un texte commençant par des zéros, comme un code, s'écrit entre guillemets : "{ $value }")
check-toml-curly-quotes = { $value } est entre guillemets typographiques (ceux des traitements de texte) : TOML demande des guillemets droits, par exemple "{ $inner }"
check-toml-boolean = `{ $value }` n'est pas une valeur : écrivez { $boolean } (true et false s'écrivent en minuscules, sans guillemets), ou un texte entre guillemets
check-toml-two-numbers = `{ $value }` n'est pas une valeur unique : écrivez un seul nombre, une liste telle que [{ $list }], ou un texte entre guillemets
check-toml-bare-text = un texte s'écrit entre guillemets : écrivez "{ $value }" (les nombres, true et false s'écrivent sans guillemets)
check-toml-trailing-dot = un nombre ne peut pas se terminer par un point : écrivez { $int } ou { $value }0
check-toml-decimal-comma = `{ $value }` utilise une virgule décimale : écrivez { $int }.{ $frac } (avec un point), ou une liste [{ $int }, { $frac }]

## Les messages de l'analyseur TOML (le crate `toml`), après « TOML invalide : ». Ce qu'il attend
## suit (`check-toml-parser-expected`), énuméré avec `check-toml-parser-and` et, avant le dernier,
## `check-toml-parser-or` ; un caractère tel que `]` reste tel quel. Un message
## que dgtk ne connaît pas est donné tel que l'analyseur l'écrit, en anglais (`check-toml-parser-says`).
check-toml-parser-says = { $message } (message de l'analyseur TOML, non traduit)
check-toml-parser-expected = { $description } ; on attend { $expected }
check-toml-parser-expected-nothing = { $description }
check-toml-parser-and = {", "}
check-toml-parser-or = {" ou "}
check-toml-parser-cr-newline = un retour chariot doit être suivi d'un saut de ligne
check-toml-parser-opening-quote = guillemet ouvrant manquant
check-toml-parser-array-comma = virgule manquante entre les éléments de la liste
check-toml-parser-radix-sign = un entier écrit en base 2, 8 ou 16 ne peut pas avoir de signe
check-toml-parser-radix-lowercase = le préfixe de base (0x, 0o, 0b) s'écrit en minuscules
check-toml-parser-missing-assignment = `=` manquant entre la clé et la valeur
check-toml-parser-leading-zero = un nombre ne peut pas commencer par 0
check-toml-parser-unclosed-array-table = en-tête de liste de tables non fermé
check-toml-parser-inline-missing-key = clé manquante dans un élément de table en ligne
check-toml-parser-inline-opening = accolade ouvrante de la table en ligne manquante
check-toml-parser-escape-missing = séquence d'échappement incomplète après `\`
check-toml-parser-array-opening = crochet ouvrant de la liste manquant
check-toml-parser-invalid-unquoted-key = clé sans guillemets non valide
check-toml-parser-empty-unquoted-key = une clé sans guillemets ne peut pas être vide
check-toml-parser-unexpected-sign = signe inattendu
check-toml-parser-unexpected-key-or-value = clé ou valeur inattendue
check-toml-parser-unexpected-content = contenu inattendu
check-toml-parser-after-comment = contenu inattendu entre le commentaire et la fin de la ligne
check-toml-parser-equals-in-array = `=` inattendu dans une liste
check-toml-parser-unclosed-table = en-tête de table non fermé
check-toml-parser-unclosed-inline-table = table en ligne non fermée
check-toml-parser-unclosed-array = liste non fermée
check-toml-parser-unicode-digits = trop peu de chiffres dans le code Unicode
check-toml-parser-quote-strings = un texte s'écrit entre guillemets
check-toml-parser-redundant-sign = signe du nombre en double
check-toml-parser-redundant-prefix = préfixe de base du nombre en double
check-toml-parser-missing-value = valeur manquante
check-toml-parser-missing-value-for-key = valeur manquante après la clé
check-toml-parser-table-opening = crochet ouvrant de l'en-tête de table manquant
check-toml-parser-comment-start = début de commentaire (`#`) manquant
check-toml-parser-inline-comma = virgule manquante entre les paires clé-valeur
check-toml-parser-ml-literal-key = une clé ne peut pas être un texte sur plusieurs lignes (''')
check-toml-parser-ml-basic-key = une clé ne peut pas être un texte sur plusieurs lignes (""")
check-toml-parser-key-no-value = clé sans valeur
check-toml-parser-invalid-value = valeur non valide
check-toml-parser-invalid-key-value = paire clé-valeur non valide
check-toml-parser-invalid-inline-element = élément de table en ligne non valide
check-toml-parser-comment-character = caractère non admis dans un commentaire
check-toml-parser-inline-extra-comma = virgule en trop dans la table en ligne
check-toml-parser-array-extra-comma = virgule en trop dans la liste
check-toml-parser-extra-assignment = `=` en trop entre les paires clé-valeur
check-toml-parser-extra-equals = `=` en trop
check-toml-parser-underscore = `_` ne peut figurer qu'entre deux chiffres
check-toml-parser-invalid-basic-string = texte entre guillemets non valide
check-toml-parser-invalid-binary = nombre binaire non valide
check-toml-parser-invalid-boolean = booléen non valide
check-toml-parser-invalid-date-time = date ou heure non valide
check-toml-parser-invalid-exponent = exposant non valide
check-toml-parser-invalid-float = nombre décimal non valide
check-toml-parser-invalid-fraction = partie décimale non valide
check-toml-parser-invalid-hexadecimal = nombre hexadécimal non valide
check-toml-parser-invalid-integer = nombre entier non valide
check-toml-parser-invalid-key = clé non valide
check-toml-parser-invalid-literal-string = texte entre apostrophes non valide
check-toml-parser-invalid-mantissa = mantisse non valide
check-toml-parser-invalid-ml-basic-string = texte sur plusieurs lignes entre guillemets non valide
check-toml-parser-invalid-ml-literal-string = texte sur plusieurs lignes entre apostrophes non valide
check-toml-parser-invalid-octal = nombre octal non valide
check-toml-parser-invalid-string = texte non valide
check-toml-parser-invalid-table = en-tête de table non valide
check-toml-parser-duplicate-key = clé en double
check-toml-parser-invalid-date = date non valide
check-toml-parser-invalid-time = heure non valide
check-toml-parser-invalid-offset = décalage horaire non valide
check-toml-parser-invalid-datetime = date et heure non valides
check-toml-expected-key = une clé
check-toml-expected-value = une valeur
check-toml-expected-digits = des chiffres
check-toml-expected-numbers = des chiffres
check-toml-expected-letters = des lettres
check-toml-expected-characters = des caractères
check-toml-expected-printable = des caractères imprimables
check-toml-expected-basic-string = un texte entre guillemets
check-toml-expected-literal-string = un texte entre apostrophes
check-toml-expected-ml-basic-string = un texte sur plusieurs lignes entre guillemets
check-toml-expected-unquoted-string = un texte sans guillemets
check-toml-expected-not-double-quote = des caractères visibles autres que le guillemet
check-toml-expected-not-single-quote = des caractères autres que l'apostrophe
check-toml-expected-not-single-quote-visible = des caractères visibles autres que l'apostrophe
check-toml-expected-unicode = un code Unicode hexadécimal
check-toml-expected-newline = un saut de ligne
check-toml-expected-dt-dash-or-colon = `-` (AAAA-MM) ou `:` (HH:MM)
check-toml-expected-dt-dash-day = `-` (MM-JJ)
check-toml-expected-dt-t = `T` entre la date et l'heure
check-toml-expected-dt-offset = `Z`, +DÉCALAGE ou -DÉCALAGE
check-toml-expected-dt-year-digits = une année à quatre chiffres (AAAA)
check-toml-expected-dt-day-digits = un jour à deux chiffres (JJ)
check-toml-expected-dt-hour-digits = une heure à deux chiffres (HH)
check-toml-expected-dt-minute-digits = des minutes à deux chiffres (MM)
check-toml-expected-dt-month-digits = un mois à deux chiffres (MM)
check-toml-expected-dt-second-digits = des secondes à deux chiffres (SS)
check-toml-expected-dt-day = le jour
check-toml-expected-dt-hour = l'heure
check-toml-expected-dt-minute = les minutes
check-toml-expected-dt-month = le mois
check-toml-expected-dt-second = les secondes
check-toml-expected-dt-nanosecond = les nanosecondes
check-toml-expected-dt-year-or-hour = une année ou une heure
check-toml-expected-dt-hour-range = une heure entre 00 et 23
check-toml-expected-dt-hours-range = des heures entre 00 et 23
check-toml-expected-dt-minute-range = des minutes entre 00 et 59
check-toml-expected-dt-minutes-range = des minutes entre 00 et 59
check-toml-expected-dt-month-range = un mois entre 01 et 12
check-toml-expected-dt-second-range = des secondes entre 00 et 60
check-toml-expected-dt-day-range-28 = un jour entre 01 et 28
check-toml-expected-dt-day-range-29 = un jour entre 01 et 29
check-toml-expected-dt-day-range-30 = un jour entre 01 et 30
check-toml-expected-dt-day-range-31 = un jour entre 01 et 31
check-char-bom = une marque d'ordre des octets (U+FEFF, un caractère invisible) au milieu du fichier, comme il en reste là où deux fichiers ont été joints : supprimez-la
check-char-space = le caractère { $character } ressemble à une espace, mais TOML ne le lit pas comme tel : remplacez-le par une espace ordinaire
check-char-invisible = le caractère invisible { $character } gêne ici : supprimez-le
check-char-control = le caractère de commande { $character } ne peut pas être écrit tel quel : supprimez-le (dans un texte, écrivez \u{ $code } s'il est voulu)
check-char-confusable-key = le caractère { $character }, qui ressemble au "{ $latin }" latin, ne peut pas figurer dans une clé : retapez-le en lettre latine (les clés et les identifiants s'écrivent en lettres ASCII, chiffres, `-` et `_`)
check-char-in-key = le caractère { $character } ne peut pas figurer dans une clé sans guillemets : les clés s'écrivent en lettres ASCII, chiffres, `-` et `_`
check-escape-short = `{ $escape }` est une séquence d'échappement incomplète : \u prend 4 chiffres hexadécimaux et \U 8, par exemple \u00E9 ou \U0001F600
check-escape-surrogate = `{ $escape }` est un demi-codet UTF-16, et non un caractère : écrivez le caractère lui-même, ou son point de code sous la forme \U suivi de 8 chiffres hexadécimaux (par exemple \U0001F600)
check-escape-beyond = `{ $escape }` dépasse le dernier caractère Unicode, U+10FFFF : vérifiez le point de code
check-escape-invalid = `{ $escape }` n'est pas une séquence d'échappement valide

## Labels that start a line on stderr (followed by one space).
label-error = erreur :
label-hint = conseil :
label-note = remarque :
label-warning = avertissement :

## dgtk check
check-country-not-code = country n'est pas un code
check-earlier-version = { $file } indique la version { $version } du référentiel, une version antérieure : il a été vérifié avec la version { $loaded } (donnez le dossier de cette version avec --framework DOSSIER pour le vérifier avec la sienne)
check-ok-flagged = , { $n ->
    [one] { $n } à revoir
   *[other] { $n } à revoir
}
check-ok = { $file } : valide ({ $status }, { $country } { $year } : { $answered ->
    [one] { $answered } question sur { $total } a une réponse
   *[other] { $answered } questions sur { $total } ont une réponse
}{ $flags })
check-summary = { $problems ->
    [one] { $problems } problème
   *[other] { $problems } problèmes
} dans { $files ->
    [one] { $files } fichier
   *[other] { $files } fichiers
} ; { $good ->
    [one] { $good } fichier valide
   *[other] { $good } fichiers valides
} sur { $total }

## Notes on the framework's language, and dgtk check without files.
language-name-en = anglais
language-name-fr = français
note-framework-no-language = le référentiel { $framework } n'a pas de texte en { $asked_name } ({ $asked }) ; son texte est affiché en { $main_name } ({ $main })
note-framework-untranslated = référentiel { $framework } : { $n ->
    [one] { $n } texte n'est pas en { $asked_name } ({ $asked }) et s'affiche en { $main_name } ({ $main }) ; `dgtk check --lang { $asked }` l'indique
   *[other] { $n } textes ne sont pas en { $asked_name } ({ $asked }) et s'affichent en { $main_name } ({ $main }) ; `dgtk check --lang { $asked }` les énumère
}
check-framework-ok = référentiel { $framework } ({ $origin }) : valide : { $pillars } piliers, { $principles } principes, { $questions } questions
check-language-complete = texte en { $asked_name } ({ $asked }) : complet, tous les textes sont traduits
check-language-left = texte en { $asked_name } ({ $asked }) : { $n ->
    [one] { $n } texte reste
   *[other] { $n } textes restent
} en { $main_name } ({ $main }) :
usage-year-range = --year { $year } est hors limites (de { $min } à { $max })
usage-not-a-year = "{ $value }" n'est pas une année
usage-threshold-not-number = "{ $value }" n'est pas un nombre : donnez un score de 0 à 100
usage-no-language = dgtk n'a pas de langue « { $value } » ; les langues disponibles sont { $list }
usage-threshold-nan = NaN n'est pas un nombre : donnez un score de 0 à 100
usage-threshold-range = { $value } n'est pas un score de 0 à 100 : donnez un nombre tel que 60

## dgtk init and dgtk fmt
usage-country-required = --country est obligatoire (un code ISO 3166-1 alpha-3 tel que NZL, ou un code d'organisme)
usage-year-required = --year est obligatoire (par exemple --year 2026)
init-hint-country = indiquez --country CODE pour le nouveau fichier
init-exists = { $file } existe déjà
init-hint-force = utilisez --force pour le remplacer, ou -o pour écrire ailleurs
init-carried = , { $n ->
    [one] { $n } réponse reprise, à revoir
   *[other] { $n } réponses reprises, à revoir
}
init-wrote = { $file } écrit ({ $n } questions{ $carried }) ; remplissez-le, puis lancez `dgtk check { $file }`
fmt-not-canonical = pas dans la présentation canonique
fmt-reformatted = remis en forme
fmt-line = { $file } : { $verb }
fmt-not-checked = les fichiers qui ont des problèmes n'ont pas été vérifiés
fmt-done = { $changed ->
    [one] { $changed } fichier remis en forme
   *[other] { $changed } fichiers remis en forme
} sur { $files } (ceux qui présentent des problèmes n'ont pas été modifiés)
fmt-summary = { $n ->
    [one] { $n } problème
   *[other] { $n } problèmes
} ; { $done }

## Principles named on the command line, and files of another framework.
usage-principle-range = de { $first } à { $last }
usage-principle-none = aucun
usage-principle-or-question = , ou une question sous la forme NUMÉRO.N ou par son identifiant
usage-no-principle = pas de principe "{ $key }" dans le référentiel { $framework }{ $hint }
usage-no-principle-hint = indiquez un numéro ({ $range }) ou un identifiant{ $also } ; `dgtk principles` les énumère
usage-other-framework = { $file } porte sur le référentiel "{ $declared }", mais le référentiel chargé est "{ $loaded }" ({ $origin })
usage-other-framework-hint = chargez "{ $declared }" avec --framework DOSSIER

## Loading a framework folder and reading files (src/framework/load.rs, src/source.rs)
framework-is-a-file = est un fichier : --framework attend un dossier
framework-hidden-file = fichier caché ignoré (un reste d'un éditeur ou du système, pas un principe)
framework-is-a-folder = est un dossier, pas un fichier de référentiel
framework-is-a-pipe = est un tube, pas un fichier de référentiel
framework-is-a-device = est un périphérique ou une socket, pas un fichier de référentiel
framework-dangling-link = est un lien symbolique vers { $target }, qui n'existe pas
framework-link-loop = est un lien symbolique en boucle (il n'aboutit jamais à un fichier)
framework-no-header = pas de framework.toml dans ce dossier de référentiel
framework-empty-principle = le fichier du principe est vide : il lui faut number, id, pillar, title, summary et ses [[questions]] (voir docs/framework-format.md)
framework-no-principles = le référentiel n'a aucun fichier de principe
framework-bad-language = la langue "{ $language }" n'est pas un code de langue tel que "en" ou "fr" (deux ou trois lettres minuscules)
framework-no-pillar = le référentiel doit avoir au moins un pilier
framework-same-order = les piliers "{ $other }" et "{ $pillar }" ont le même rang { $order } : donnez à chaque pilier son propre `order`, qui fixe l'ordre dans lequel ils s'affichent
framework-one-level = une échelle doit avoir au moins deux niveaux (0 et 1), celle-ci en a { $n }
framework-level-order = les niveaux de l'échelle doivent se suivre dans l'ordre 0, 1, 2... : { $expected } attendu
framework-same-label = les niveaux { $first } et { $second } ont le même libellé "{ $label }" : chaque niveau doit avoir son propre libellé, sinon les réponses ne peuvent être distinguées
framework-no-band = le référentiel doit avoir au moins une tranche de maturité
framework-first-band = la première tranche doit commencer à 0
framework-band-order = les tranches doivent être données dans l'ordre strictement croissant de `from`
framework-bad-number = `number` doit être un entier positif
framework-weights-zero = chaque principe a le poids 0 : avec overall = "principles", aucun score d'ensemble ne peut être calculé ; donnez à au moins un principe un poids supérieur à 0
framework-empty-checklist = une liste de contrôle doit avoir au moins un élément
source-not-found = fichier ou dossier introuvable
source-permission-denied = permission refusée
# Les autres raisons données par le système pour lesquelles un fichier ne peut être lu ou écrit.
source-io-not-a-directory = une partie du chemin n'est pas un dossier
source-io-is-a-directory = est un dossier
source-io-read-only = système de fichiers en lecture seule
source-io-storage-full = plus d'espace libre sur le disque
source-io-quota-exceeded = quota de disque dépassé
source-io-already-exists = le fichier existe déjà
source-io-name-too-long = nom de fichier trop long
source-io-file-too-large = fichier trop volumineux
source-io-folder-not-empty = le dossier n'est pas vide
source-io-busy = périphérique ou ressource occupé
source-io-cross-device = lien entre deux systèmes de fichiers impossible
source-not-utf8 = ce n'est pas du texte UTF-8 (octet { $byte } à la position { $offset }) ; enregistrez le fichier en UTF-8
source-too-large = le fichier est trop gros : { $size }au-delà de la limite de { $limit } octets ({ $mib } Mio) ; un fichier de réponses ou de référentiel fait au plus quelques centaines de Ko
source-size = { $n } octets,{" "}
framework-not-loaded = impossible de charger le référentiel depuis { $origin } ({ $n ->
    [one] { $n } problème
   *[other] { $n } problèmes
})
framework-builtin-not-loaded = impossible de charger le référentiel intégré ({ $n ->
    [one] { $n } problème
   *[other] { $n } problèmes
})
framework-bad-version = la version "{ $version }" n'est pas un numéro de version tel que 1.0.0 (lettres, chiffres, « . », « - » et « + » seulement, 40 au plus)
framework-more-problems = ... et { $n ->
    [one] { $n } autre problème
   *[other] { $n } autres problèmes
} dans { $file }
framework-empty-text = `{ $field }` ne doit pas être vide
framework-not-a-slug = { $what } "{ $value }" n'est pas un identifiant valide (lettres minuscules, chiffres et « - »){ $note }
framework-what-framework = l'identifiant du référentiel
framework-what-pillar = l'identifiant de pilier
framework-what-dimension = l'identifiant de dimension
framework-what-principle = l'identifiant de principe
framework-what-question = l'identifiant de question
framework-what-alternative = l'identifiant de variante
framework-what-item = l'identifiant d'élément
framework-bad-weight = le poids doit être un nombre fini >= 0, pas { $value }
framework-bad-unknown = { $field } doit valoir "zero" ou "exclude", pas "{ $value }"
framework-dimension-order = le rang de dimension { $order } est déjà celui de "{ $other }"
framework-duplicate-dimension = identifiant de dimension "{ $id }" en double
framework-number-used = le numéro de principe { $number } est déjà pris par { $other }
framework-duplicate-principle = identifiant de principe "{ $id }" en double
framework-unknown-pillar = pilier inconnu "{ $pillar }"{ $hint }
framework-no-questions = le principe "{ $id }" n'a aucune question
framework-duplicate-question = identifiant de question "{ $id }" en double (aussi dans { $other })
framework-no-dimensions = la question "{ $id }" nomme la dimension "{ $dimension }", mais framework.toml ne déclare aucune [[dimensions]]
framework-unknown-dimension = dimension inconnue "{ $dimension }"{ $hint } (déclarées : { $declared })
framework-needs-dimension = la question "{ $id }" doit avoir `dimension` : le référentiel a des [[dimensions]] ({ $declared })
framework-unknown-term = `uses` nomme "{ $term }", que framework.toml ne définit pas dans [[definitions]]{ $hint }
framework-term-twice = "{ $term }" figure deux fois dans `uses`
framework-duplicate-definition = définition de "{ $term }" en double (les termes sont comparés sans tenir compte des majuscules)
framework-replaces-empty = la question "{ $id }" a un identifiant vide dans `replaces` : retirez-le
framework-replaces-twice = la question "{ $id }" nomme "{ $replaced }" deux fois dans `replaces` : retirez-en un
framework-replaces-itself = la question "{ $id }" se remplace elle-même : `replaces` nomme des identifiants d'une version antérieure du référentiel
framework-replaces-same-version = la question "{ $id }" remplace "{ $replaced }", une question de cette même version : `replaces` nomme des identifiants d'une version antérieure du référentiel
framework-alternative-decreasing = le niveau { $level } vaut { $score }, mais le niveau { $lower } vaut { $lower_score } : un niveau supérieur ne peut valoir moins qu'un niveau inférieur
framework-alternative-range = le niveau { $level } vaut { $score } : le score d'un niveau va de 0 à 1
framework-alternative-levels = `levels` a { $n ->
    [one] { $n } score
   *[other] { $n } scores
}, mais l'échelle a { $levels } niveaux : donnez un score de 0 à 1 par niveau, dans l'ordre
framework-alternative-overall = overall doit valoir l'une des valeurs { $names }, pas "{ $value }"
framework-alternative-nothing = la variante "{ $id }" ne change rien : donnez-lui `levels`, `overall` ou `unknown`
framework-duplicate-alternative = identifiant de variante "{ $id }" en double
framework-practice-year = l'année { $year } de la pratique est hors de la plage { $first } à { $last }
framework-practice-source = la source "{ $source }" de la pratique n'est pas une adresse web (http:// ou https:// et un hôte)
framework-descriptors = `levels` a { $n ->
    [one] { $n } descripteur
   *[other] { $n } descripteurs
}, mais l'échelle a { $levels } niveaux : donnez-en un par niveau
framework-min-max = min ({ $min }) doit être fini et inférieur à max ({ $max })
framework-better-none = `better = "none"` est réservé aux indicateurs de contexte : la question "{ $id }" est notée (ajoutez `scored = false`, ou indiquez "higher" ou "lower")
framework-better = `better` doit valoir "higher" ou "lower", pas "{ $value }"
framework-better-or-none = `better` doit valoir "higher", "lower" ou "none", pas "{ $value }"
framework-unknown-kind = type de question inconnu "{ $kind }" (level, yes_no, checklist ou number attendu)
framework-checklist-weights = une liste de contrôle doit avoir au moins un élément de poids supérieur à 0
framework-band-start = le début de tranche { $from } est hors de 0..=100
framework-pillar-weights-zero = chaque principe du pilier "{ $pillar }" a le poids 0 : le pilier (et le score d'ensemble) ne peut être calculé ; donnez à l'un d'eux un poids supérieur à 0
source-device = est un périphérique, pas un fichier : donnez le chemin d'un fichier de réponses ou de référentiel
source-folder = est un dossier, pas un fichier
source-pipe = est un tube, pas un fichier (le lire attendrait quelqu'un qui y écrive) ; donnez le fichier de réponses lui-même
source-socket = est une socket, pas un fichier
source-cr-only = emploie des retours chariot (CR) seuls comme sauts de ligne, comme les anciens éditeurs Mac : enregistrez-le avec des fins de ligne LF (ou CRLF)
source-lone-cr = un retour chariot (CR) sans saut de ligne (LF) après lui : les sauts de ligne doivent être LF ou CRLF ; supprimez-le, ou enregistrez le fichier avec des fins de ligne LF
source-wide-encoding = est un texte { $encoding }, pas UTF-8 : enregistrez le fichier en UTF-8 (dans la plupart des éditeurs : Enregistrer sous, puis choisir l'encodage UTF-8)
source-binary = des données binaires (un octet NUL), pas un fichier texte TOML
discover-not-regular = n'est pas un fichier ordinaire (un tube, une socket ou un périphérique) ; ignoré
discover-no-toml = le dossier ne contient aucun fichier *.toml
discover-too-many = plus de 4 Gio de noms de fichiers à lire ; arrêt ici
discover-link-loop = boucle de liens symboliques (retour à { $ancestor }) ; ignorée
country-not-a-code = "{ $value }" n'est pas un code de pays : employez un code de { $rule }, pas un nom
## The rule of a country code, as `country::RULE` says it.
country-rule = 2 à 10 lettres ou chiffres, suivis éventuellement d'un trait d'union et de 1 à 10 autres (par exemple NZL, ou AGY-TAX pour un organisme)
translate-empty-text = un texte traduit ne doit pas être vide (omettez la clé pour garder l'original)
translate-unknown = { $what } "{ $key }", que nomme la traduction, n'existe pas dans le référentiel{ $hint }
translate-what-principle = le principe
translate-what-pillar = le pilier
translate-what-dimension = la dimension
translate-what-definition = la définition
translate-what-question = la question du principe { $principle }
translate-what-item = l'élément de la question { $question }
translate-no-level = l'échelle n'a pas de niveau "{ $key }" (ses niveaux vont de 0 à { $last })
translate-no-band = aucune tranche ne commence à "{ $key }" (les tranches commencent à { $starts })
translate-no-practice = le principe { $principle } n'a pas de pratique "{ $key }" (les pratiques sont numérotées dans l'ordre du fichier, de 1 à { $last })
translate-descriptors = la question { $question } a { $n } descripteurs de niveau ; la traduction en donne { $given }
framework-version-not-built-in = framework_version "{ $version }" n'est pas une version du référentiel intégré que porte ce dgtk (il connaît { $known }) ; vérifiez la version, ou donnez le dossier de cette version avec --framework DOSSIER
framework-bad-overall = scoring.overall doit valoir "pillars" ou "principles", pas "{ $value }"
framework-duplicate-pillar = identifiant de pilier "{ $id }" en double
framework-pillar-empty = le pilier "{ $pillar }" n'a aucun principe
framework-misplaced = `{ $field }` n'a pas sa place dans une question de type { $kind }
framework-needs-levels = la question de niveau "{ $id }" doit avoir `levels` : un descripteur par niveau de l'échelle ({ $levels })
framework-needs-items = la question à liste de contrôle "{ $id }" doit avoir `items`
framework-duplicate-item = identifiant d'élément "{ $id }" en double
framework-number-needs = la question numérique "{ $id }" doit avoir `{ $field }`
translate-twice = le principe "{ $id }" est déjà traduit dans { $first }
translate-no-na-when = la question { $question } n'a pas de na_when à traduire
translate-no-levels = la question { $question } est de type { $kind } : elle n'a pas de niveaux à traduire
translate-no-unit = la question { $question } est de type { $kind } : elle n'a pas d'unité à traduire
translate-no-items = la question { $question } est de type { $kind } : elle n'a pas d'éléments à traduire
framework-built-in-broken = la version { $version } du référentiel intégré ne se charge pas : { $first }
source-unreadable = ne peut être lu : { $reason }

## Écriture des sorties (toute commande qui écrit un fichier, src/cmd/mod.rs, src/atomic.rs,
## src/lock.rs) et vérifications préalables (src/output.rs). Un problème d'écriture suit le nom
## du fichier.
output-cannot-write = impossible d'écrire { $file } : { $reason }
# A file of a batch that cannot be written (dgtk fmt), after its name.
output-file-cannot-write = impossible d'écrire ce fichier ({ $reason })
output-docx-failed = impossible de produire le document Word : { $reason }
output-binary-to-terminal = --format { $format } produit un fichier binaire, qui ne s'affiche pas dans un terminal : indiquez -o FICHIER.{ $format }
# $role : l'un des role-* ; $alias : output-named, ou rien si l'entrée a été donnée sous ce nom.
output-is-input = { $output } est l'une des entrées ({ $role }{ $alias }) : choisissez une autre sortie
output-is-answer-file = { $output } est un fichier de réponses : cette sortie le remplacerait et ses réponses seraient perdues ; choisissez un autre fichier
output-named = , sous le nom { $file }
# $also : output-same-file-as, ou rien si le fichier a été donné deux fois sous le même nom.
output-given-twice = { $second } est donné deux fois{ $also }
output-same-file-as = {" "}(c'est le même fichier que { $file })
role-answer-file = le fichier de réponses
role-an-answer-file = un fichier de réponses
role-prior-from = l'évaluation antérieure, --from
role-old-answer-file = l'ancien fichier de réponses
role-new-answer-file = le nouveau fichier de réponses
role-prior-file = un fichier --prior
role-peers-file = le fichier des pairs
role-workbook = le classeur
role-into-file = le fichier que --into met à jour
role-merge-input = un fichier à fusionner
write-too-large = le nouveau contenu ferait { $n } octets, au-delà de la limite de { $mib } Mio que dgtk peut lire : aucune commande de dgtk ne pourrait plus l'ouvrir ; rien n'a été écrit (raccourcissez les justificatifs les plus longs)
write-is-a-folder = est un dossier ; indiquez le nom d'un fichier à écrire (par exemple DOSSIER/NOM)
write-block-device = est un périphérique de type bloc (un disque) ; dgtk n'écrit pas sur les disques
write-dangling-link = est un lien symbolique vers { $target }, dont le dossier n'existe pas
write-link-loop = est un lien symbolique qui forme une boucle (il n'aboutit à aucun fichier)
# $mode : le mode du fichier en octal (0444) ; $hint : write-read-only-hint-force ou write-read-only-hint.
write-read-only = est en lecture seule (mode { $mode }) ; rien n'a été écrit ; { $hint }
write-read-only-hint-force = utilisez --force pour le remplacer, ou rendez-le modifiable (chmod u+w)
write-read-only-hint = rendez-le modifiable (chmod u+w) s'il doit être modifié
write-interrupted-rewrite = une réécriture antérieure de ce fichier a été interrompue : son contenu précédent se trouve dans { $backup } ; comparez les deux, conservez le bon, supprimez { $backup } et relancez la commande (rien n'a été écrit)
# $holder : ce qu'indique le fichier de verrou (la commande, l'utilisateur, l'ordinateur, le processus et l'heure), ou lock-holder-unknown.
lock-held = { $file } est { $reason }
lock-in-use = utilisé par une autre instance de dgtk ({ $holder }) ; rien n'a été écrit ; attendez qu'elle se termine, ou travaillez sur une copie
lock-holder-unknown = détenteur inconnu
framework-released-not-loaded = impossible de charger une version publiée du référentiel intégré

## dgtk init, export, import, report, compare et assess : autres erreurs et remarques
init-from-other-framework = --from { $file } : son référentiel "{ $found }" n'est pas une version du référentiel chargé "{ $loaded }"
init-from-other-version-hint = { $file } a reçu ses réponses sur la version { $version } du référentiel (le référentiel chargé, { $origin }, est en version { $loaded }) ; indiquez le dossier de cette version avec --from-framework DOSSIER
export-usage-file = indiquez un fichier de réponses à exporter, ou --country et --year pour un questionnaire vierge
export-wrote = { $file } écrit ({ $sheets ->
    [one] { $sheets } feuille de principe
   *[other] { $sheets } feuilles de principes
}, { $answered ->
    [0] aucune des { $questions } questions n'a de réponse
    [one] { $answered } question sur { $questions } a une réponse
   *[other] { $answered } questions sur { $questions } ont une réponse
}) ; remplissez-le, puis lancez `dgtk import { $file } -o FICHIER`
report-prior-other-framework = { $prior } est une évaluation du référentiel "{ $found }", mais { $file } relève de "{ $loaded }" : un rapport ne compare que des évaluations d'un même référentiel
report-prior-other-version-hint = { $file } a reçu ses réponses sur la version { $version } du référentiel (la version chargée est la { $loaded }) ; indiquez le dossier de cette version avec --prior-framework DOSSIER
report-docx-needs-output = un document Word est un fichier binaire : indiquez -o FICHIER (par exemple -o rapport.docx)
report-docx-to-terminal = -o - écrirait un document Word binaire dans le terminal : indiquez -o FICHIER
report-prior-framework-other = --prior-framework { $dir } : le référentiel "{ $found }" n'est pas une version du référentiel chargé "{ $loaded }"
compare-no-dimensions = --by dimension : le référentiel { $framework } { $version } ({ $origin }) ne déclare aucune dimension ([[dimensions]])
compare-peers-problems = le fichier des pairs comporte des problèmes
compare-peers-unknown = le fichier des pairs nomme des membres auxquels aucun fichier ne correspond
import-exists-hint = utilisez --force pour le remplacer, ou --into pour le mettre à jour avec les réponses du classeur
import-wrote = { $file } écrit à partir de { $book } ({ $answered ->
    [0] aucune des { $questions } questions n'a de réponse
    [one] { $answered } question sur { $questions } a une réponse
   *[other] { $answered } questions sur { $questions } ont une réponse
}) ; vérifiez-le avec `dgtk check { $file }`
import-refused = { $n ->
    [one] { $n } problème
   *[other] { $n } problèmes
} dans { $book } ; rien n'a été écrit
import-other-version = { $book } a été établi pour la version { $version } du référentiel "{ $framework }", mais le référentiel chargé ({ $origin }) est en version { $known }
import-other-version-hint = chargez cette version avec --framework DOSSIER, ou exportez de nouveau le questionnaire avec ce référentiel
import-into-other-version = { $book } a été établi pour la version { $version } du référentiel, mais { $file } a reçu ses réponses sur la version { $other }
import-into-other-version-hint = exportez de nouveau le questionnaire à partir de ce fichier, et remplissez ce nouveau classeur
import-into-other-country = { $book } porte sur { $country } { $year }, mais { $file } porte sur { $other_country } { $other_year } : importez-le dans le fichier de son propre pays et de sa propre année
import-nothing-to-change = { $file } contient déjà toutes les réponses de { $book } : rien à modifier
import-updated = { $file } mis à jour à partir de { $book } : { $n ->
    [one] { $n } question modifiée
   *[other] { $n } questions modifiées
} ; vérifiez-le avec `dgtk check { $file }`
output-cannot-create = impossible de créer { $file } : { $reason }

## Reprise des réponses sur une autre version du référentiel (dgtk init --from, dgtk assess). $n
## est un nombre ; chaque ligne peut se terminer par les identifiants (après un deux-points) ou
## par carry-verbose-lists.
carry-heading = réponses reprises de la version { $from } à la version { $to } du référentiel, au moyen de `replaces` :
carry-verbose-lists = {" "}(--verbose les énumère)
carry-kept = { $n ->
    [one] { $n } question conservée sous le même identifiant, marquée à revoir
   *[other] { $n } questions conservées sous le même identifiant, marquées à revoir
}
carry-renamed = { $n ->
    [one] { $n } question renommée, marquée à revoir
   *[other] { $n } questions renommées, marquées à revoir
}
carry-split = { $n ->
    [one] { $n } question scindée, chaque partie recevant la réponse, à revoir
   *[other] { $n } questions scindées, chaque partie recevant la réponse, à revoir
}
carry-not-carried = { $n ->
    [one] { $n } réponse non reprise (l'ancienne réponse ne convient pas ; justificatifs conservés comme brouillon)
   *[other] { $n } réponses non reprises (l'ancienne réponse ne convient pas ; justificatifs conservés comme brouillon)
}
# $why : l'un des carry-why-*.
carry-from = { $new } (d'après { $old } : { $why })
# Pourquoi l'ancienne réponse ne convient pas à la nouvelle question ($why de carry-from).
# $kind : le type de la question tel que le nomment les fichiers du référentiel (level, yes_no,
# checklist, number).
carry-why-several = elle prolonge plusieurs questions ayant reçu une réponse ; répondez-y de nouveau
carry-why-na = n/a n'est pas une réponse admise pour elle (elle n'a pas de `na_when`)
carry-why-level = le niveau { $level } dépasse son échelle (de 0 à { $max })
carry-why-items = elle n'a pas d'élément { $items }
carry-why-range = { $value } est hors de son intervalle (de { $min } à { $max })
carry-why-kind = { $what } ne répond pas à une question de type { $kind }
carry-what-list = une liste d'éléments
carry-what-number = le nombre { $value }
carry-dropped = { $n ->
    [one] { $n } question supprimée (elle n'est plus posée)
   *[other] { $n } questions supprimées (elles ne sont plus posées)
}
carry-added = { $n ->
    [one] { $n } question ajoutée (nouvelle, sans réponse)
   *[other] { $n } questions ajoutées (nouvelles, sans réponse)
}

## Lecture d'un classeur de questionnaire (dgtk import, src/sheets/import.rs), chaque problème
## après le nom du classeur ou sa cellule (`classeur.xlsx:Principle 1!D5: `). Les noms des
## feuilles et des colonnes sont ceux du classeur ($sheet : le nom de la feuille About). $hint :
## " (vouliez-vous dire ...)" ou rien.
sheets-encrypted = est chiffré (protégé par un mot de passe à l'ouverture) ou est un classeur Excel 97-2003 (.xls) : enregistrez-le comme classeur .xlsx sans mot de passe à l'ouverture, puis importez-le
sheets-not-xlsx = n'est pas un classeur xlsx : indiquez le fichier .xlsx produit par `dgtk export --format xlsx` (enregistré au format .xlsx par Excel ou LibreOffice)
sheets-unreadable = n'est pas un classeur xlsx lisible ({ $error }) : enregistrez-le de nouveau au format .xlsx
sheets-no-about = n'a pas de feuille "{ $sheet }" indiquant de quel questionnaire il s'agit : il n'a pas été produit par `dgtk export --format xlsx`
sheets-other-layout = est un questionnaire de présentation { $layout }, que cette version de dgtk ne lit pas (elle lit la présentation { $reads }) : exportez de nouveau le questionnaire avec cette version de dgtk
sheets-bad-year = « { $year } » n'est pas une année (de 1900 à 2200) ; la feuille { $sheet } ne doit pas être modifiée
sheets-about-incomplete = sa feuille { $sheet } n'indique pas le référentiel, sa version ou le pays : la feuille { $sheet } ne doit pas être modifiée ; exportez de nouveau le questionnaire
sheets-too-large = occuperait { $mib } Mio une fois décompressé, au-delà de la limite de { $limit } Mio d'un classeur de questionnaire : ce n'est pas un classeur produit par dgtk
sheets-sheet-unreadable = cette feuille ne peut pas être lue
sheets-missing-row = aucune ligne ne porte l'identifiant de question "{ $id }" (principe { $principle }) : chaque question doit garder sa ligne et son identifiant
sheets-no-answer-column = cette feuille n'a pas de colonne « réponse » (« answer » dans un classeur en anglais) : les en-têtes ne doivent pas être modifiés
sheets-answer-without-id = une réponse dans une ligne sans identifiant de question : placez-la dans la ligne de sa question
sheets-unknown-id = identifiant de question inconnu "{ $id }"{ $hint } : les identifiants ne doivent pas être modifiés
# $first : la feuille et la cellule de sa première ligne (Principle 1!A5).
sheets-second-row = la question « { $id } » a ici une deuxième ligne (la première est en { $first }) : n'en gardez qu'une
sheets-bad-flag = la colonne « marque » doit indiquer « { $review } » ou rester vide, et non « { $flag } »
sheets-na-needs-reason = "n/a" exige une raison : indiquez dans la colonne evidence pourquoi la question est sans objet

## dgtk assess, lorsque le fichier de réponses a été modifié sur le disque pendant la session
## (src/reconcile.rs). $what : l'un des reconcile-what-* ; $first : ": " et le premier problème,
## ou rien.
reconcile-conflict = { $file } a été modifié sur le disque pendant cette session, et la modification porte sur { $what } : ce point vient aussi d'être renseigné dans cette session ; rien n'a été écrit : le fichier sur le disque est conservé tel quel. Relancez la même commande pour répondre sur le fichier dans son état actuel
reconcile-removed = { $file } a été supprimé ou renommé sur le disque ; il a été réécrit avec toutes les réponses de cette session.
reconcile-invalid = { $file } a été modifié sur le disque pendant cette session et n'est plus valide{ $first } ; rien n'a été écrit ; corrigez-le (`dgtk check { $file }`) et relancez la même commande
reconcile-nothing-reapplied = aucune réponse de cette session n'avait à être appliquée de nouveau
reconcile-reapplied = seuls les points suivants ont été appliqués de nouveau : { $list }
reconcile-reloaded = { $file } a été modifié sur le disque (par un éditeur, git ou un autre outil) ; ses modifications sont conservées : le fichier a été relu ; { $kept }.
reconcile-what-question = la question { $id }
reconcile-what-answer = la réponse à la question { $id }
reconcile-what-status = le statut
reconcile-what-targets = les cibles
# Les problèmes d'une cellule de réponse. $others : sheets-unknown-or-na, ou "unknown" seul ; $range : sheets-range.
sheets-unknown-or-na = « { $unknown } » ou « { $na } »
sheets-na-not-allowed = « n/a » n'est pas une réponse admise pour « { $id } » : cette question s'applique partout ; répondez-y, ou indiquez « { $unknown } »
sheets-formula-answer = une formule (={ $formula }) n'est pas une réponse : saisissez la réponse elle-même
sheets-checklist-answer = « { $shown } » n'est pas une réponse admise ici : une liste de contrôle se remplit dans ses colonnes d'éléments (« oui » ou « non » pour chacun), ou bien indiquez ici { $others }
sheets-level-range = le niveau { $level } est hors de l'échelle, qui va de 0 à { $max }
sheets-not-level = "{ $shown }" n'est pas un niveau : indiquez un nombre entier de 0 à { $max }, ou { $others }
sheets-not-yes-no = « { $shown } » n'est pas une réponse à une question oui/non : indiquez « { $yes } », « { $no } » ou { $others }
sheets-range = { $min } à { $max }
sheets-number-range = { $value } est hors de l'intervalle de l'indicateur, qui va de { $range }
sheets-not-number = « { $shown } » n'est pas un nombre : indiquez un nombre de { $range }, ou { $others }
sheets-item-not-checklist = élément { $n } d'une question qui n'a pas d'éléments de liste de contrôle : videz cette cellule, et répondez dans la colonne « réponse »
sheets-item-and-answer = l'élément { $n } est rempli alors que la réponse est « { $answer } » : videz l'une des deux cellules
sheets-unknown-item = élément de liste de contrôle inconnu : cette question a { $items ->
    [one] { $items } élément
   *[other] { $items } éléments
} (de l'élément 1 à l'élément { $items }), et non un élément { $n } ; videz cette cellule
sheets-a-formula = une formule (={ $formula })
# Le contenu d'une cellule cité dans un message.
sheets-quoted = « { $text } »
sheets-item-not-yes-no = { $what } n'est ni « oui » ni « non » : l'élément { $n } est-il en place ?
