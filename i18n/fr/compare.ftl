# Messages de l'interface de dgtk (fr) : compare, les sorties texte, Markdown et HTML de
# `dgtk compare`. Syntaxe : https://projectfluent.org/fluent/guide/
# Les chiffres ($share, $sd, $min, $max...) arrivent déjà écrits à la française (virgule
# décimale) ; les effectifs ($n, $missed...) sont des nombres, pour le pluriel.

compare-assessments = { $n ->
    [one] { $n } évaluation
   *[other] { $n } évaluations
}
compare-files = { $n ->
    [one] { $n } fichier
   *[other] { $n } fichiers
}
compare-peers = { $n ->
    [one] { $n } pair
   *[other] { $n } pairs
}
# $n : le nombre d'évaluations de $assessments (« Comparaison d'une évaluation »).
compare-title = Comparaison { $n ->
    [1] d'une évaluation
   *[other] de { $assessments }
}
compare-by-pillar = pilier
compare-by-principle = principe
compare-by-dimension = dimension
compare-by-question = question
compare-lead = Comparaison { $n ->
    [1] d'une évaluation
   *[other] de { $assessments }
} sur { $files } { $nfiles ->
    [one] lu
   *[other] lus
} (référentiel { $framework } { $version }, par { $by }).
compare-left-out = { $n ->
    [one] Fichier écarté :
   *[other] Fichiers écartés ({ $n }) :
}
compare-not-ranked = { $n ->
    [one] Non classée ({ $n }), présentée avec ses scores et ses écarts, sans rang (« - ») :
   *[other] Non classées ({ $n }), présentées avec leurs scores et leurs écarts, sans rang (« - ») :
}
# $peers : combien d'évaluations comparées sont des pairs ; $n : combien sont comparées.
compare-basis = { $peers ->
    [0] Aucune évaluation ne sert de référence à la distribution, aux rangs et aux écarts : seules comptent { $which }.
   *[other] La distribution, les rangs et les écarts reposent sur { $n ->
        [one] l'évaluation comparée
       *[other] { $peers } des { $n } évaluations comparées
    } : { $which }.
}
compare-basis-partial = les évaluations du référentiel { $version }, complètes ou non (--include-partial)
compare-basis-complete = les évaluations complètes du référentiel { $version } (toutes les questions ont une réponse, aucune n'est à revoir)
compare-why-incomplete = incomplète : { $answered }
compare-why-flagged = { $n ->
    [one] { $n } réponse à revoir
   *[other] { $n } réponses à revoir
}
compare-why-version = notée avec le référentiel { $version }, et non { $current } : comparaison à périmètre non constant

compare-why-year = pour { $year }, et non { $wanted } (--year { $wanted })
compare-why-status = de statut « { $status } », et non « { $wanted } » (--status { $flag })
compare-what-country = du pays
compare-what-organisation = de l'organisme
compare-why-latest-year = pas la plus récente { $what } { $key } : { $file } porte sur { $year } (--latest)
compare-why-latest-same = pas la plus récente { $what } { $key } : { $file } porte sur la même année et est { $which } (--latest)
compare-which-final = définitive
compare-which-newer = plus récente

## Les évaluations.
compare-assessments-heading = Évaluations, de la meilleure à la moins bonne (ensemble)
compare-col-rank = rang
compare-col-assessment = évaluation
compare-col-status = statut
compare-col-overall = ensemble
compare-col-vs-mean = Δ moy.
compare-col-vs-best = Δ 1re
compare-col-answered = répondu
compare-col-review = à revoir
compare-col-group = groupe
compare-col-in-group = rang gr.
compare-col-vs-group = Δ gr.
compare-legend-grouped = Δ moy. : écart du score à la moyenne des pairs ; répondu : part des questions qui ont une réponse ; à revoir : réponses à revoir ; rang gr., Δ gr. : rang dans le groupe de pairs et écart du score à la moyenne du groupe.
compare-legend = Δ moy. : écart du score à la moyenne des pairs ; Δ 1re : écart du score à celui de la meilleure évaluation des pairs ; répondu : part des questions qui ont une réponse ; à revoir : réponses à revoir.

## Les scores par domaine.
compare-scores-heading = { $kind ->
    [pillar] Scores par pilier
    [principle] Scores par principe
    [dimension] Scores par dimension
    [question] Scores par question
   *[other] Scores par domaine
}
compare-area-overall = Ensemble

## La distribution.
compare-distribution-heading = Distribution par domaine (pairs)
compare-col-area = domaine
compare-col-n = n
compare-col-mean = moyenne
compare-col-median = médiane
compare-col-q1 = q1
compare-col-q3 = q3
compare-col-min = min
compare-col-max = max
compare-quartiles = Les quartiles (q1, médiane, q3) sont calculés par interpolation linéaire entre les deux scores les plus proches (la méthode par défaut de pandas, NumPy et R). Rangs : le score le plus élevé d'abord ; des scores égaux à une décimale près partagent le meilleur rang et le rang suivant est sauté (1, 2, 2, 4).

## Les groupes de pairs.
compare-groups-heading = Groupes de pairs (score d'ensemble)
compare-ungrouped = { $n ->
    [one] { $n } évaluation hors de tout groupe : comparée à l'ensemble des pairs seulement.
   *[other] { $n } évaluations hors de tout groupe : comparées à l'ensemble des pairs seulement.
}

## Les questions.
compare-missed-heading = Questions le plus souvent au niveau 0 ou à « non »
compare-missed-none = Aucune : aucun pair n'a répondu à une question au niveau 0 ou « non ».
compare-missed = { $missed } sur { $answered } ({ $share })
compare-spread-heading = Plus forte dispersion : questions sur lesquelles les pairs divergent le plus
compare-spread-none = Aucune : moins de deux pairs, ou des réponses toutes identiques.
compare-spread = écart type { $sd } sur { $peers } (de { $min } à { $max })

## La page HTML.
compare-html-lead = { $files } { $nfiles ->
    [one] lu
   *[other] lus
} ; référentiel { $framework } { $version } ({ $title }). { $basis }
compare-html-heatmap-heading = Scores, de la meilleure évaluation à la moins bonne (ensemble)
compare-html-heatmap-legend = Plus la teinte est foncée, plus le score est élevé (de 0 à 100). Les lignes en italique ne sont pas classées (voir la fin de la page).
compare-html-strips-heading = Distribution par domaine
compare-html-strips-legend = Chaque point est une évaluation (évidé : non classée) ; la bande va du premier au troisième quartile, le trait marque la médiane.
compare-html-missed-heading = Questions le plus souvent au niveau 0 ou à « non »
compare-html-spread-heading = Plus forte dispersion : là où les pairs divergent le plus
compare-html-none = Aucune.
compare-html-spread = écart type { $sd } (de { $min } à { $max })
compare-html-left-out-heading = Fichiers écartés et évaluations non classées
compare-html-left-out = { $file } : écarté, { $reason }
compare-html-not-ranked = { $file } ({ $label }) : non classée, { $why }
compare-cell-scored = notée
compare-cell-unknown = inconnue
compare-cell-not-applicable = sans objet
compare-cell-unanswered = sans réponse
compare-cell-no-score = pas de score

## Les erreurs.
compare-problems = { $n ->
    [one] { $n } problème ; les fichiers concernés n'ont pas été comparés
   *[other] { $n } problèmes ; les fichiers concernés n'ont pas été comparés
}

## Le fichier des pairs (--peers), chaque problème après `fichier:ligne:colonne: `. $hint : " (vouliez-vous dire ...)" ou rien.
peers-no-group = ne nomme aucun groupe : écrivez [groups] et une ligne telle que federal = ["XMP", "XNV"]
peers-empty-member = un membre vide dans le groupe "{ $group }"
peers-member-twice = "{ $member }" figure déjà dans le groupe "{ $group }" : un membre n'appartient qu'à un seul groupe
peers-unknown-country = pays inconnu "{ $member }" : aucun fichier comparé ne porte sur ce pays{ $hint }
peers-unknown-organisation = organisme inconnu "{ $member }" : aucun fichier comparé ne porte sur cet organisme{ $hint }
