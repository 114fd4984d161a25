# Messages de l'interface de dgtk (fr) : score, le tableau de `dgtk score` dans un terminal.
# Syntaxe : https://projectfluent.org/fluent/guide/
# Les noms de colonnes ($parts, $list) sont ceux que prend --columns : ils restent tels quels.

score-not-shown = Non affichées{ $why } : { $parts }. --wide affiche toutes les colonnes ; --columns LISTE les choisit (par exemple --columns { $list }).
score-column-named = { $head } ({ $name })
score-not-shown-fit = , pour tenir en { $width } colonnes
score-hidden-group = { $noun ->
    [pillar] { $n ->
        [one] pilier
       *[other] piliers
    }
    [dimension] { $n ->
        [one] dimension
       *[other] dimensions
    }
   *[principle] { $n ->
        [one] principe
       *[other] principes
    }
} { $runs }

## Les versions du référentiel qui ont servi à noter les fichiers.
score-versions-part = { $n } avec la version { $version }
score-versions = Chaque fichier est noté avec la version du référentiel sur laquelle il a été rempli : { $parts } (les colonnes suivent la version { $version } ; une colonne absente de cette version reste vide).

## Les en-têtes du tableau dans un terminal (--columns prend les noms anglais).
score-col-file = fichier
score-col-country = pays
score-col-organisation = organisme
score-col-year = année
score-col-status = statut
score-col-overall = ensemble
score-col-band = tranche
score-col-coverage = couverture
score-col-rests-on = repose sur
score-col-left-out = écartées
score-col-review = à revoir
score-col-principle = principe
score-col-question = question
score-col-kind = type
score-col-answer = réponse
score-col-state = état
score-col-score = score

## Les blocs de solidité de --sensitivity (tableau et Markdown) ; la ligne de la méthode du
## référentiel est report-framework-method. En-têtes courts : une ligne tient en 80 colonnes
## (« écart » : la différence avec le score de la méthode du référentiel ; « stable » : la
## tranche reste la même, oui ou non).
score-robust-heading = Solidité du score d'ensemble
score-robust-intro = Chaque score d'ensemble recalculé selon d'autres méthodes de notation raisonnables, son écart avec le score de la méthode du référentiel, et si sa tranche reste la même (colonne « stable » : oui ou non) ; voir { $doc }.
score-robust-col-method = méthode
score-robust-col-overall = score
score-robust-col-change = écart
score-robust-col-holds = stable

## Les lignes de --by question dans le tableau et en Markdown : le type de la question et l'état
## de sa réponse (« n/a » reste tel qu'on le tape).
score-kind = { $kind ->
    [level] { word-kind-level }
    [yes_no] { word-kind-yes_no }
    [checklist] { word-kind-checklist }
    [number] { word-kind-number }
   *[other] { $kind }
}
score-state-scored = noté
score-state-unknown = inconnu
score-state-unanswered = sans réponse
score-state-context = contexte

## --fail-under, et les fichiers qui n'ont pas pu être notés.
score-below = { $n ->
    [one] { $n } évaluation a un score
   *[other] { $n } évaluations ont un score
} inférieur à { $threshold } : { $list }
score-not-scored = { $n ->
    [one] { $n } problème ; les fichiers concernés n'ont pas été notés
   *[other] { $n } problèmes ; les fichiers concernés n'ont pas été notés
}

## Erreurs d'utilisation de dgtk score.
score-no-dimensions = --by dimension : le référentiel { $id } { $version } ({ $origin }) ne déclare aucune dimension ([[dimensions]])
score-sensitivity-by-question = --sensitivity donne une ligne par évaluation et ne va donc pas avec --by question en CSV : choisissez un autre --by, ou --format json
score-layout-only-table = { $option } met en page le tableau ; --format { $format } contient toujours toutes les colonnes

## La barre de progression dans un terminal.
score-progress = notation
score-progress-files = fichiers

## --columns LISTE : un nom qui n'est pas celui d'une colonne ($suggestion : « vouliez-vous dire… », ou vide).
score-no-column = --columns : pas de colonne « { $item } » dans ce tableau{ $suggestion }
score-no-columns = --columns : nommez au moins une colonne
score-columns-are = les colonnes sont : { $list }
