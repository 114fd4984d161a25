# dgtk interface messages (fr): cli. Syntax: https://projectfluent.org/fluent/guide/

## The command line's help (`dgtk --help`, `dgtk COMMAND --help`). English help comes from the
## code's doc comments; these are the reference for the other languages.
cli-about = Auto-évaluation des stratégies d'administration numérique au regard de la Recommandation du Conseil de l'OCDE sur les stratégies numériques gouvernementales (2014)
cli-long-about =
    Auto-évaluation des stratégies d'administration numérique au regard des 12 principes de la Recommandation du Conseil de l'OCDE sur les stratégies numériques gouvernementales (2014).

    Les fichiers de réponses sont de simples fichiers TOML, conservés dans git ; dgtk les vérifie, les note par lots, rend compte des progrès et compare les années. Le référentiel est intégré ; --framework en charge un autre.
cli-usage-heading = Utilisation :
cli-commands-heading = Commandes
cli-arg-framework = Charger le référentiel depuis ce dossier au lieu du référentiel intégré
cli-arg-color = Quand colorer la sortie : auto (dans un terminal, sauf si NO_COLOR est défini ; CLICOLOR et CLICOLOR_FORCE sont pris en compte), always (toujours) ou never (jamais)
cli-arg-lang = La langue de l'interface et des textes du référentiel : en ou fr. À défaut : DGTK_LANG, sinon les paramètres régionaux (LC_ALL, LC_MESSAGES, LANG), sinon l'anglais. Un référentiel qui n'existe pas dans cette langue s'affiche dans sa langue principale, avec une remarque
cli-about-principles = Afficher le référentiel : piliers et principes, ou les questions d'un principe, avec conseils et descripteurs de niveau
cli-about-init = Écrire un nouveau fichier de réponses : chaque question y figure avec son texte et son échelle en commentaire
cli-long-about-init =
    Écrire un nouveau fichier de réponses : chaque question y figure avec son texte et son échelle en commentaire.

    Avec --from, les réponses, justificatifs, liens et cibles de l'année précédente sont repris, chaque réponse marquée `flag = "review"` jusqu'à ce qu'une personne la confirme (en supprimant cette ligne, ou avec `dgtk assess`). Un fichier d'une version antérieure du référentiel est repris au moyen de `replaces` : ce qui est conservé, renommé, scindé, supprimé et ajouté est affiché. Les commentaires que vous aviez écrits dans le fichier précédent suivent les mêmes questions.
cli-about-assess = Répondre au questionnaire de manière interactive dans le terminal, avec enregistrement après chaque réponse
cli-long-about-assess =
    Répondre au questionnaire de manière interactive dans le terminal, avec enregistrement après chaque réponse.

    Parcourt les principes un à un, question par question : choisissez un niveau (ou oui/non, cochez des éléments, saisissez un nombre), ou indiquez n/a (avec la raison) ou inconnu, puis ajoutez des justificatifs. Revenez en arrière, passez une question, allez à un principe, consultez le récapitulatif des réponses et de leurs scores, et terminez en marquant l'évaluation comme définitive une fois toutes les questions traitées. Relancée sur le même fichier, la commande reprend à la première question restante. Un terminal est nécessaire : à défaut, utilisez `dgtk init`, un éditeur et `dgtk check`.
cli-about-check = Vérifier des fichiers de réponses au regard du référentiel ; sans fichier, vérifier le référentiel seul
cli-long-about-check =
    Vérifier des fichiers de réponses au regard du référentiel ; sans fichier, vérifier le référentiel seul.

    Chaque problème de chaque fichier est écrit sur la sortie d'erreur sous la forme `fichier:ligne:colonne: message` ; chaque fichier valide donne une ligne sur la sortie standard. Code de sortie 1 si un fichier présente un problème.
cli-about-score = Noter des fichiers de réponses par lots : une ligne par évaluation
cli-long-about-score =
    Noter des fichiers de réponses par lots : une ligne par évaluation.

    Les dossiers sont parcourus, sous-dossiers compris, à la recherche des *.toml. Les fichiers qui ne passent pas la vérification sont signalés sur la sortie d'erreur et les autres sont tout de même notés ; le code de sortie est alors 1.
cli-about-compare = Comparer de nombreuses évaluations côte à côte : distribution des scores de chaque domaine, rang de chaque évaluation et écarts à la moyenne des pairs et au meilleur, groupes de pairs, questions le plus souvent au niveau 0 ou à « non »
cli-long-about-compare =
    Comparer de nombreuses évaluations côte à côte : distribution des scores de chaque domaine, rang de chaque évaluation et écarts à la moyenne des pairs et au meilleur, groupes de pairs, questions le plus souvent au niveau 0 ou à « non ».

    Les dossiers sont parcourus, sous-dossiers compris, à la recherche des *.toml. Les rangs et la distribution reposent sur les évaluations complètes (toutes les questions ont une réponse, aucune n'est à revoir) de la version du référentiel chargé ; les autres sont affichées, signalées comme telles, et ne sont pas classées. Les fichiers qui ne passent pas la vérification sont signalés sur la sortie d'erreur et les autres sont comparés ; le code de sortie est alors 1. Voir docs/compare.md.
cli-about-report = Rédiger le rapport d'étape d'une évaluation, avec l'évolution par rapport aux précédentes
cli-long-about-report =
    Rédiger le rapport d'étape d'une évaluation, avec l'évolution par rapport aux précédentes.

    Le rapport présente les scores (ensemble, piliers, principes) avec leurs tranches de maturité et les questions sur lesquelles chacun repose, un graphique, l'évolution par rapport à chaque évaluation précédente (dans l'ordre des années) et ce qui a le plus bougé, les écarts aux cibles, les points forts et les points faibles question par question, les prochaines étapes, les justificatifs de chaque principe et la manière dont les scores sont calculés.

    Les évaluations précédentes doivent porter sur le même référentiel. Une évaluation précédente établie sur une autre version de celui-ci est comparée sur les questions communes (le rapport en indique la proportion), ou notée avec sa propre version lorsque le dossier de cette version est donné avec --prior-framework.
cli-about-diff = Comparer deux évaluations (par exemple deux années) : par question, principe, pilier et dans l'ensemble
cli-long-about-diff =
    Comparer deux évaluations (par exemple deux années) : par question, principe, pilier et dans l'ensemble.

    Affiche les anciens et les nouveaux scores avec leurs variations et les changements de tranche, les plus fortes variations en premier, et, pour chaque question, l'ancienne et la nouvelle réponse, la variation du score et si les justificatifs ont changé. Les deux fichiers peuvent relever de versions différentes d'un même référentiel : ANCIEN est lu avec --old-framework (par défaut : le même référentiel que NOUVEAU) et les questions sont suivies au moyen de `replaces`. Des fichiers de référentiels différents sont refusés.
cli-about-merge = Fusionner les fichiers de réponses de plusieurs évaluateurs (ou organismes) pour un même pays et une même année
cli-long-about-merge =
    Fusionner les fichiers de réponses de plusieurs évaluateurs (ou organismes) pour un même pays et une même année.

    Les réponses sur lesquelles les fichiers s'accordent sont fusionnées (une question à laquelle un seul fichier répond prend cette réponse) ; chaque texte de justificatifs est conservé, avec la mention de son contributeur (l'organisme du fichier, sinon ses évaluateurs) ; les évaluateurs sont réunis. Les questions dont les réponses diffèrent sont énumérées sur la sortie d'erreur et laissées sans réponse, la réponse de chaque contributeur étant notée dans les justificatifs, pour qu'une personne tranche. Avec --into, des fichiers corrigés ou nouveaux sont fusionnés dans un fichier fusionné existant : chaque conflit qui y a été tranché le reste, sauf si la réponse d'un contributeur a changé. Indique aussi dans quelle mesure les fichiers concordent (part des questions ayant reçu la même réponse, alpha de Krippendorff). Les fichiers d'entrée ne sont jamais modifiés. Code de sortie 1 tant que des conflits subsistent, sauf avec --allow-conflicts.
cli-about-export = Exporter le questionnaire sous forme de classeur à remplir avec Excel ou LibreOffice
cli-long-about-export =
    Exporter le questionnaire sous forme de classeur à remplir avec Excel ou LibreOffice.

    Une feuille par principe, une ligne par question avec son texte, ses conseils et ses descripteurs de niveau, la réponse, les justificatifs et les liens que contient FICHIER, et des cellules qui n'acceptent que des réponses valides. Le classeur rempli se relit avec `dgtk import`. Sans FICHIER, un questionnaire vide pour --country et --year.
cli-about-import = Relire un classeur de questionnaire rempli (issu de `dgtk export`) dans un fichier de réponses
cli-long-about-import =
    Relire un classeur de questionnaire rempli (issu de `dgtk export`) dans un fichier de réponses.

    Chaque cellule est vérifiée au regard de sa question ; tous les problèmes sont énumérés avec leur feuille et leur cellule, et rien n'est alors écrit. Un classeur établi pour un autre référentiel ou une autre version du référentiel est refusé. Avec --into, les réponses du classeur remplacent celles d'un fichier de réponses existant du même pays et de la même année, dont les commentaires, les cibles et les métadonnées sont conservés.
cli-about-fmt = Réécrire des fichiers de réponses dans la présentation canonique (ordre du référentiel, textes des questions en commentaire)
cli-long-about-fmt =
    Réécrire des fichiers de réponses dans la présentation canonique (ordre du référentiel, textes des questions en commentaire).

    Les réponses, justificatifs, liens, marques et cibles sont conservés à l'identique, de même que les commentaires que vous avez écrits ; seuls la présentation et les commentaires de l'outil changent, dans la langue choisie. Les fichiers qui présentent des problèmes sont signalés et laissés tels quels. Avec --check, rien n'est écrit.
cli-about-schema = Écrire un schéma JSON : d'un fichier de réponses du référentiel chargé (`answers`, pour les éditeurs qui vérifient le TOML au regard d'un schéma), des fichiers du référentiel (`framework`) ou de leurs traductions (`translation`), ou d'une sortie JSON (`score`, `diff`, `principles`, `merge`, `compare`). Voir docs/json.md
cli-about-completions = Écrire un script de complétion pour le shell (par exemple `dgtk completions bash > /etc/bash_completion.d/dgtk`)
cli-about-man = Écrire la page de manuel au format roff (par exemple `dgtk man > dgtk.1 && man ./dgtk.1`)

## clap's own words around the help: headings (clap adds the colon, with what the language puts
## before it: see word-colon), its -h, -V and help command, and the brackets after an option's
## help.
cli-arguments-heading = Arguments
cli-options-heading = Options
cli-arg-help = Afficher l'aide
cli-help-more = Afficher l'aide (détaillée avec « --help »)
cli-help-summary = Afficher l'aide (résumée avec « -h »)
cli-arg-version = Afficher la version
cli-about-help = Afficher cette aide ou celle des commandes indiquées
cli-bracket-default = [par défaut : { $value }]
cli-bracket-possible = [valeurs possibles : { $values }]
cli-bracket-env = [variable d'environnement : { $var }]
cli-bracket-commands = [commandes : { $values }]
cli-possible-values = Valeurs possibles :

## The section headings of the man page (`dgtk man`), which clap_mangen writes in English.
cli-man-manual = Manuel de l'utilisateur
cli-man-name = NOM
cli-man-synopsis = SYNOPSIS
cli-man-description = DESCRIPTION
cli-man-options = OPTIONS
cli-man-arguments = ARGUMENTS
cli-man-commands = COMMANDES
cli-man-extra = COMPLÉMENTS
cli-man-version = VERSION
cli-man-authors = AUTEURS

## clap's usage errors (exit 2). $arg is an option as typed or with its value name
## ("--format <FORMAT>"), $value what was given.
cli-error-unknown-argument = argument inattendu « { $arg } »
cli-error-unknown-command = commande inconnue « { $command } »
cli-error-value-required = « { $arg } » demande une valeur, mais aucune n'a été donnée
cli-error-invalid-value = valeur « { $value } » non valide pour « { $arg } »
cli-error-missing = les arguments obligatoires suivants manquent :
cli-error-missing-command = « { $command } » demande une commande, mais aucune n'a été donnée
cli-error-too-many = valeur inattendue « { $value } » pour « { $arg } » : aucune autre n'était attendue
cli-error-twice = l'argument « { $arg } » ne peut être donné qu'une fois
cli-error-conflict = l'argument « { $arg } » ne peut pas être employé avec « { $other } »
cli-error-conflict-others = l'argument « { $arg } » ne peut pas être employé avec un ou plusieurs des autres arguments donnés
cli-error-number-of-values = « { $arg } » demande { $expected } valeurs, mais { $given } ont été données
cli-error-more = Pour en savoir plus, essayez « --help ».
cli-tip-similar-command = { $n ->
    [one] une commande proche existe : { $names }
   *[other] des commandes proches existent : { $names }
}
cli-tip-similar-argument = { $n ->
    [one] un argument proche existe : { $names }
   *[other] des arguments proches existent : { $names }
}
cli-tip-similar-value = { $n ->
    [one] une valeur proche existe : { $names }
   *[other] des valeurs proches existent : { $names }
}
cli-tip-as-value = pour donner « { $value } » comme valeur, écrivez « { $example } »
cli-tip-remove-dashes = la commande « { $command } » existe : pour l'employer, retirez le « -- » qui la précède
cli-quoted = « { $text } »
cli-tip-exists = « { $example } » existe

## Every command's options, keyed cli-arg-COMMAND-ARG (the global options: cli-arg-ARG), and the
## possible values that have a help of their own, cli-value-COMMAND-ARG-VALUE.
cli-arg-principles-principle = Le numéro (par exemple 7) ou l'identifiant d'un principe, ou une question sous la forme PRINCIPE.N (par exemple 4.5) ou par son identifiant ; sans lui, tout le référentiel d'un coup d'œil
cli-arg-principles-format = Format de sortie
cli-arg-init-country = Pays (ISO 3166-1 alpha-3, par exemple NZL) ou code d'organisme ; repris de --from s'il est omis
cli-arg-init-year = Année de l'évaluation ; avec --from, par défaut l'année de l'évaluation précédente + 1
cli-arg-init-organisation = Organisme qui répond (ministère, agence, région…)
cli-arg-init-assessors = Le nom d'un évaluateur (à répéter pour plusieurs)
cli-arg-init-from = Une évaluation précédente dont reprendre les réponses
cli-arg-init-from-framework = Lire ANTÉRIEUR avec la version du référentiel qui se trouve dans ce dossier (par défaut : la version intégrée qu'il indique, ou le dossier de --framework)
cli-arg-init-verbose = Énumérer chaque identifiant de question dans ce que --from a repris, supprimé et ajouté
cli-arg-init-output = Où écrire le fichier (« - » pour la sortie standard). Par défaut : PAYS-ANNÉE.toml, en minuscules
cli-arg-init-force = Remplacer le fichier de sortie s'il existe
cli-arg-assess-file = Le fichier de réponses : créé s'il n'existe pas, sinon repris à la première question restante. Par défaut, pour un nouveau fichier : PAYS-ANNÉE.toml, en minuscules
cli-arg-assess-country = Pays (ISO 3166-1 alpha-3) ou code d'organisme, pour un nouveau fichier ; repris de --from s'il est omis
cli-arg-assess-year = Année, pour un nouveau fichier ; avec --from, par défaut l'année de l'évaluation précédente + 1
cli-arg-assess-from = L'évaluation de l'année précédente : ses réponses s'affichent à côté de chaque question et sont proposées par défaut (un nouveau fichier part d'elles, marquées à revoir jusqu'à confirmation). Une évaluation d'une version antérieure du référentiel est reprise au moyen de `replaces`
cli-arg-assess-from-framework = Lire ANTÉRIEUR avec la version du référentiel qui se trouve dans ce dossier (par défaut : la version intégrée qu'il indique, ou le dossier de --framework)
cli-arg-assess-principle = Commencer à ce principe (numéro ou identifiant)
cli-arg-assess-organisation = Organisme qui répond (ministère, agence, région…), pour un nouveau fichier ; demandé s'il est omis
cli-arg-assess-assessors = Le nom d'un évaluateur (à répéter pour plusieurs), pour un nouveau fichier ; demandé s'il est omis
cli-arg-check-paths = Fichiers de réponses, ou dossiers où chercher les *.toml (sous-dossiers compris)
cli-arg-score-paths = Fichiers de réponses, ou dossiers où chercher les *.toml (sous-dossiers compris)
cli-arg-score-by = Niveau de détail : l'ensemble seul, une colonne par pilier, principe ou dimension, ou une ligne par question
cli-arg-score-format = Format de sortie
cli-arg-score-explain = Dire aussi, en termes simples, comment les scores sont calculés
cli-arg-score-sensitivity = Noter aussi chaque évaluation selon d'autres méthodes défendables (écarts entre niveaux convexes et concaves, moyenne de toutes les questions, moyenne géométrique et pilier le plus faible, et les variantes propres au référentiel) et dire si sa tranche tient avec chacune. Voir docs/method.md
cli-arg-score-fail-under = Sortir avec le code 1 si le score d'ensemble d'une évaluation est inférieur à N (ou manque)
cli-arg-score-output = Écrire dans FICHIER au lieu de la sortie standard (le fichier n'est remplacé qu'une fois entièrement écrit)
cli-arg-score-wide = Tableau : afficher toutes les colonnes, quelle que soit la largeur (par défaut, le tableau tient dans le terminal)
cli-arg-score-columns = Tableau : afficher ces colonnes, dans cet ordre : des noms (country, year, overall, left-out...), des numéros de principe, P1.. pour les piliers, D1.. pour les dimensions, des identifiants, ou des plages comme 1-4
cli-arg-compare-paths = Fichiers de réponses, ou dossiers où chercher les *.toml (sous-dossiers compris)
cli-arg-compare-latest = Ne garder que la dernière évaluation de chaque pays (ou organisme, avec --group-by)
cli-arg-compare-year = Ne garder que les évaluations de cette année
cli-arg-compare-status = Ne garder que les évaluations qui ont ce statut
cli-arg-compare-group-by = Unité de regroupement : --latest garde la dernière évaluation de chaque pays (ou de chaque organisme), et les groupes de --peers énumèrent des pays (ou des organismes)
cli-arg-compare-peers = Groupes de pairs : un fichier TOML avec une table [groups], par exemple federal = ["XMP", "XNV"]
cli-arg-compare-by = Les domaines comparés après le score d'ensemble
cli-arg-compare-include-partial = Classer aussi les évaluations incomplètes (questions sans réponse, réponses à revoir)
cli-arg-compare-format = Format de sortie
cli-value-compare-format-xlsx = Les mêmes lignes que la sortie CSV, sous forme de classeur, les chiffres enregistrés comme nombres (exige -o FICHIER dans un terminal)
cli-arg-compare-output = Écrire dans FICHIER au lieu de la sortie standard (le fichier n'est remplacé qu'une fois entièrement écrit)
cli-arg-report-file = L'évaluation sur laquelle porte le rapport
cli-arg-report-prior = Les évaluations précédentes avec lesquelles comparer (autant qu'il en faut, dans n'importe quel ordre)
cli-arg-report-prior-framework = Le dossier du référentiel dans la version d'une évaluation précédente, quand elle diffère de celle du référentiel chargé (à répéter pour plusieurs versions)
cli-arg-report-format = Format de sortie
cli-value-report-format-text = Pour le terminal
cli-value-report-format-markdown = Pour un wiki ou une demande de fusion (pull request)
cli-value-report-format-html = Un fichier autonome, à publier, envoyer ou imprimer
cli-value-report-format-docx = Un document Word modifiable (exige -o FICHIER)
cli-arg-report-evidence = Où vont les justificatifs de chaque réponse : en annexe après la méthode (imprimée à partir d'une nouvelle page, de façon compacte), dans le corps avant la méthode, ou nulle part (le résumé seul)
cli-value-report-evidence-annex = Après la méthode, en annexe (à l'impression : à partir d'une nouvelle page, compacte)
cli-value-report-evidence-inline = Dans le corps, avant la méthode
cli-value-report-evidence-none = Omis : le résumé seul
cli-arg-report-decline-threshold = Annoncer en tête, avant le chiffre d'ensemble, chaque pilier ou principe qui a reculé de N points ou plus depuis l'évaluation précédente
cli-arg-report-output = Écrire dans FICHIER au lieu de la sortie standard (le fichier n'est remplacé qu'une fois entièrement écrit)
cli-arg-diff-old = L'évaluation la plus ancienne
cli-arg-diff-new = L'évaluation la plus récente
cli-arg-diff-by = Détail : les scores par principe (avec les questions qui ont le plus bougé), ou chaque question qui a changé
cli-arg-diff-format = Format de sortie
cli-arg-diff-fail-on-regression = Sortir avec le code 1 si le score d'ensemble ou celui d'un principe a reculé
cli-arg-diff-decline-threshold = Annoncer en tête, avant le chiffre d'ensemble, chaque pilier ou principe qui a reculé de N points ou plus
cli-arg-diff-old-framework = Lire ANCIEN avec la version du référentiel qui se trouve dans ce dossier (par défaut : le même référentiel que NOUVEAU)
cli-arg-diff-output = Écrire dans FICHIER au lieu de la sortie standard (le fichier n'est remplacé qu'une fois entièrement écrit)
cli-arg-merge-files = Les fichiers de réponses à fusionner (d'un même référentiel, d'une même version du référentiel, d'un même pays et d'une même année)
cli-arg-merge-output = Le fichier fusionné à écrire
cli-arg-merge-into = Fusionner dans ce fichier fusionné existant (réécrit sur place, ses commentaires conservés)
cli-arg-merge-organisation = L'organisme dont le fichier fusionné est l'évaluation (par défaut : celui du fichier de --into, sinon celui des fichiers quand ils nomment tous le même)
cli-arg-merge-allow-conflicts = Sortir avec le code 0 même s'il reste des conflits (ils sont tout de même énumérés et laissés sans réponse)
cli-arg-merge-force = Remplacer le fichier fusionné s'il existe (il peut contenir des conflits déjà tranchés par quelqu'un)
cli-arg-merge-format = Le format du compte rendu : texte sur la sortie d'erreur, ou JSON sur la sortie standard
cli-arg-export-file = Le fichier de réponses à exporter (par défaut : un questionnaire vide)
cli-arg-export-format = Format de sortie
cli-arg-export-country = Pays (ISO 3166-1 alpha-3, ou code d'organisme) d'un questionnaire vide
cli-arg-export-year = Année d'un questionnaire vide
cli-arg-export-organisation = Organisme qui répond à un questionnaire vide
cli-arg-export-output = Où écrire le classeur (le fichier n'est remplacé qu'une fois entièrement écrit). Obligatoire dans un terminal
cli-arg-import-book = Le classeur (.xlsx) produit par `dgtk export`
cli-arg-import-output = Écrire un nouveau fichier de réponses (« - » pour la sortie standard)
cli-arg-import-into = Mettre plutôt à jour ce fichier de réponses existant avec les réponses du classeur
cli-arg-import-force = Remplacer le fichier de -o s'il existe
cli-arg-fmt-paths = Fichiers de réponses, ou dossiers où chercher les *.toml (sous-dossiers compris)
cli-arg-fmt-check = Seulement signaler les fichiers qui ne sont pas dans la présentation canonique ; code de sortie 1 s'il y en a
cli-arg-schema-kind = Quel schéma
cli-value-schema-kind-answers = Un fichier de réponses du référentiel chargé : ses identifiants de question et les valeurs de chaque réponse
cli-value-schema-kind-framework = Les fichiers d'un dossier de référentiel (framework.toml et les fichiers des principes)
cli-value-schema-kind-translation = Les fichiers du dossier d'une traduction du référentiel (LANGUE/framework.toml et LANGUE/NN-slug.toml)
cli-value-schema-kind-score = La sortie de `dgtk score --format json`
cli-value-schema-kind-diff = La sortie de `dgtk diff --format json`
cli-value-schema-kind-principles = La sortie de `dgtk principles --format json`
cli-value-schema-kind-merge = La sortie de `dgtk merge --format json`
cli-value-schema-kind-compare = La sortie de `dgtk compare --format json`
cli-arg-completions-shell = Le shell pour lequel écrire les complétions

# The names of the values in the usage and the help (`<FILE>`), by their English name.
cli-value-name-command = COMMANDE
cli-value-name-dir = DOSSIER
cli-value-name-when = QUAND
cli-value-name-lang = LANGUE
cli-value-name-file = FICHIER
cli-value-name-paths = CHEMINS
cli-value-name-year = ANNÉE
cli-value-name-organisation = ORGANISME
cli-value-name-name = NOM
cli-value-name-country = PAYS
cli-value-name-by = DÉTAIL
cli-value-name-principle = PRINCIPE
cli-value-name-prior = ANTÉRIEUR
cli-value-name-old = ANCIEN
cli-value-name-new = NOUVEAU
cli-value-name-kind = TYPE
cli-value-name-files = FICHIERS
cli-value-name-book = CLASSEUR
cli-value-name-where = OÙ
cli-value-name-status = STATUT
cli-value-name-merged = FUSIONNÉ
cli-value-name-list = LISTE
cli-value-name-id = IDENTIFIANT
cli-value-name-group-by = REGROUPEMENT
