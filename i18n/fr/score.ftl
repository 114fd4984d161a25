# Messages de l'interface de dgtk (fr) : score, le tableau de `dgtk score` dans un terminal.
# Syntaxe : https://projectfluent.org/fluent/guide/
# Les noms de colonnes ($parts, $list) sont ceux que prend --columns : ils restent tels quels.

score-not-shown = Non affichées{ $why } : { $parts }. --wide affiche toutes les colonnes ; --columns LISTE les choisit (par exemple --columns { $list }).
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
score-col-organisation = organisation
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
