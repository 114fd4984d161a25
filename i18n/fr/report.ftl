# dgtk interface messages (fr): report. Syntax: https://projectfluent.org/fluent/guide/

## Le rapport d'étape (dgtk report) : texte, Markdown et HTML.
report-heading-evidence = Justificatifs
report-heading-annex-evidence = Annexe : justificatifs
report-heading-robustness = Solidité de la tranche
report-heading-scores = Scores
report-heading-chart = Graphique
report-heading-trend = Évolution
report-heading-moves = Plus fortes variations
report-heading-targets = Cibles
report-heading-strengths = Points forts
report-heading-gaps = Points faibles
report-heading-dimensions = Dimensions
report-heading-practices = Bonnes pratiques
report-heading-annex-practices = Annexe : bonnes pratiques
report-heading-context = Contexte
report-heading-next-steps = Prochaines étapes
report-heading-method = Méthode de calcul des scores
report-text-aside-robustness = le score d'ensemble selon d'autres méthodes
report-framework-method = La méthode du référentiel
report-col-method = méthode
report-col-overall = ensemble
report-col-change = différence
report-col-band = tranche
report-col-holds = confirmée
report-method-doc = Chaque méthode et ce qui la justifie : { $doc }.
report-title = Rapport d'étape : { $who }, { $year }
report-who = { $country } – { $organisation }
report-updated = { $status }, mis à jour le { $when }
report-field-framework = Référentiel
report-field-status = Statut
report-field-assessors = Évaluateurs
report-field-coverage = Couverture
report-field-compared = Comparé à
report-field-file = Fichier
report-field-note = Note
report-framework-version = { $title }, version { $version }
report-text-no-prior = aucune évaluation antérieure (pour en ajouter : --prior FICHIER)
report-declines = Reculs : { $list }
report-overall-score = Score d'ensemble : { $score }
report-overall-change = , soit { $delta } { $from }
report-text-aside-scores = tranche, et les questions sur lesquelles repose chaque score
report-overall = Ensemble
report-col-pillar-principle = Pilier / principe
report-col-score = Score
report-col-range = Fourchette
report-col-band-title = Tranche
report-col-rests-on = Repose sur
report-col-left-out = Écartées
report-text-aside-chart-targets = une barre par principe, de 0 à 100 ; │ marque une cible
report-text-aside-chart = une barre par principe, de 0 à 100
report-text-last-column = (la dernière colonne donne la variation { $from })
report-text-aside-trend = scores par année
report-text-aside-trend-change = scores par année ; variation { $from }
report-text-no-prior-trend = Aucune évaluation antérieure : pour comparer avec les années précédentes, --prior FICHIER.
report-col-change-title = Variation
report-text-not-shown = { $n ->
    [one] { $n } évaluation entre { $from } et { $to } n'est pas affichée ici
   *[other] { $n } évaluations entre { $from } et { $to } ne sont pas affichées ici
} ; les rapports Markdown et HTML les montrent toutes.
report-other-version-mark = * réponses données sur une autre version du référentiel (voir les notes en tête).
report-no-change = Aucun score n'a changé.
report-principles = Principes
report-question-number = Question { $number }
report-questions = Questions
report-text-aside-targets = écart à la cible = cible - score
report-text-no-targets = Aucune cible fixée (ajoutez-en sous [targets] dans le fichier de réponses).
report-col-in-year = En { $year }
report-col-principle = Principe
report-col-target = Cible
report-col-gap = Écart à la cible
report-target-met = atteinte
report-text-aside-strengths = les questions aux scores les plus élevés
report-text-aside-gaps = les questions aux scores les plus bas
report-no-strengths = Aucune question n'atteint encore la moitié de son maximum.
report-no-gaps = Aucune question n'est sous la moitié de son maximum.
report-text-aside-dimensions = les questions de chacune, tous principes confondus
report-text-aside-practices = pour les principes qui ont des prochaines étapes
report-text-aside-context = indicateurs donnés pour le contexte, jamais notés
report-text-aside-next-steps = l'étape suivante des questions faibles, par gain décroissant
report-answer-unanswered = { $n ->
    [one] Répondre à la question encore sans réponse
   *[other] Répondre aux { $n } questions encore sans réponse
} : { $list }.
report-confirm-flagged = { $n ->
    [one] Confirmer la réponse reprise et signalée à revoir
   *[other] Confirmer les { $n } réponses reprises et signalées à revoir
} : { $list }.
report-text-no-weak = Aucune question faible : chaque question répondue atteint au moins la moitié de son maximum.
report-now-scoring = actuellement { $answer }, score { $score }
report-now = actuellement { $answer }
report-step-at = { $id } : { $worth } en atteignant { $reached } ({ $now })
report-text-aside-evidence = chaque réponse, avec ce qui l'atteste
report-scoring = , score { $score }
report-carried-forward = reprise, à confirmer
report-text-footer = Référentiel { $id }, version { $version } ({ $source }). Rapport établi par dgtk { $dgtk }.
report-moved-since = depuis
report-moved-against = par rapport à
report-rests-on-words = , repose sur { $scored } des { $questions } questions
report-before = avant
report-what-counts = Conseils : { $guidance }
report-step-find-out = Se renseigner, puis répondre (« inconnu » signale une lacune dans ce qui est connu).
report-step-reach-level = Atteindre le niveau { $level }{ $label } :
report-step-put-in-place = Mettre en place :
report-step-yes = Faire en sorte que la réponse soit « oui ».
report-step-raise = Faire passer la valeur de { $from } à { $to } (le score augmente en proportion ; à { $half }, la moitié des points est acquise).
report-step-lower = Faire baisser la valeur de { $from } à { $to } (le score augmente en proportion ; à { $half }, la moitié des points est acquise).
report-note-read-with = { $file } indique des réponses données sur la version { $said } du référentiel ; il a été lu et noté avec la version { $version }.
report-common-questions = { $common } questions sur { $total } ({ $share })
report-note-prior-framework = { $label } (*) a reçu ses réponses sur la version { $prior } du référentiel ; en commun avec la version { $version } : { $common } ; ses chiffres sont calculés avec sa propre version du référentiel.
report-note-common-answers = { $label } (*) a reçu ses réponses sur la version { $prior } du référentiel : { $common } des { $total } questions de la version { $version } ({ $share }) sont en commun ; ses chiffres sont recalculés sur les questions en commun avec les règles de la version { $version }{ $left }.
report-note-leaving-out = { $n ->
    [one] , sans sa réponse à une question que cette version ne pose plus
   *[other] , sans ses { $n } réponses à des questions que cette version ne pose plus
}
report-note-other-subject = { $label } est une évaluation de { $of }, et non de { $not }.
report-note-later = { $label } est postérieure à l'évaluation présentée ({ $year }) ; les variations ne sont mesurées que par rapport aux évaluations antérieures.
report-html-in = en { $year }
report-html-in-prior = pour { $label }
report-html-overall-point = score d'ensemble { $score }
report-draft-mark = PROJET
report-html-lead = Auto-évaluation au regard du référentiel « { $title } », version { $version }
report-field-country = Pays
report-field-organisation = Organisme
report-field-year = Année
report-field-compared-with = Comparé à
report-no-prior = aucune évaluation antérieure
report-note-label = Note :
report-html-changes-are = Les variations reposent sur une { $caveats }.
report-html-rests-on = repose sur { $scored } des { $questions } questions
report-no-score = pas de score
report-html-overall-score = Score d'ensemble
report-caption = Score sur 100 par principe (barre), sur fond des tranches de maturité
report-caption-priors =  ; chaque année antérieure est un repère de couleur sur la même ligne
report-caption-targets =  ; les repères en tirets sont des cibles
report-chart-title = Scores par principe, { $year }
report-chart-title-priors = Scores par principe, { $year }, avec les années antérieures
report-this-assessment = { $year } (cette évaluation)
report-no-prior-given = Aucune évaluation antérieure.
report-assessments = Évaluations :
report-assessment-file = { $heading } : { $file } ({ $status }, version { $version } du référentiel)
report-changes-measured = Les variations sont mesurées { $from }.
report-by-principle = Par principe
report-col-was = Avant
report-col-now = Après
report-by-question = Par question
report-col-question = Question
report-no-targets = Aucune cible fixée.
report-col-answer = Réponse
report-strengths-intro = Les questions aux scores les plus élevés.
report-gaps-intro = Les questions aux scores les plus bas.
report-dimensions-intro = Les questions de chaque dimension, tous principes confondus.
report-context-intro = Indicateurs donnés pour le contexte, jamais notés.
report-next-steps-intro = Pour chaque question sous la moitié de son maximum (ou à laquelle on a répondu « inconnu »), l'étape suivante et les points qu'elle apporte une fois atteinte, de celle qui rapporte le plus de points au score d'ensemble à celle qui en rapporte le moins.
report-no-weak = Aucune question faible.
report-robustness-intro = Le score d'ensemble calculé selon d'autres méthodes de calcul raisonnables.
# Le tableau de solidité : la différence avec la méthode du référentiel.
report-col-difference-title = Différence
report-col-method-title = Méthode
report-col-band-holds = Tranche confirmée
report-col-question-answer = Question et réponse
report-chart-target = { $name } : cible { $target }
report-chart-target-legend = cible
report-trend-caption = Score d'ensemble sur 100 par année, sur fond des tranches de maturité.
report-trend-chart-title = Score d'ensemble par année
report-gap-note = Écart à la cible = cible moins score ; un écart nul ou négatif signifie que la cible est atteinte.
report-practices-intro = Pour les principes qui ont des prochaines étapes.
report-html-if-reached = { $worth } une fois atteint ({ $reached })
report-evidence-intro = Chaque réponse, avec les justificatifs et les liens donnés par les évaluateurs.
report-html-footer = Référentiel { $id }, version { $version } : { $title } ({ $source }). Rapport établi par dgtk { $dgtk } ; ce fichier ne charge rien depuis l'extérieur.
report-md-marks-target =  (│ marque une cible)
report-md-scores-out-of = Scores sur 100{ $mark } :
report-md-other-version-mark = * réponses données sur une autre version du référentiel (voir les notes ci-dessus).
report-md-step = { $id }, { $now } : { $text }
report-md-worth = Apporte **{ $worth }** une fois atteint.
report-md-robustness-intro = Le score d'ensemble calculé selon d'autres méthodes de calcul raisonnables.
report-md-in-place = en place : { $item }
report-md-evidence = justificatifs :
report-md-link = lien : { $link }
report-md-footer = Référentiel `{ $id }`, version { $version } ({ $source }). Rapport établi par dgtk { $dgtk }.
report-draft-print = PROJET : ne pas diffuser

## Word report (dgtk report --format docx) : ce que seul le document Word dit ; ses autres textes
## sont les messages du rapport HTML ci-dessus.
report-docx-draft-notice = PROJET : cette évaluation n'est pas définitive ; ses réponses et ses chiffres peuvent encore changer.
# Le texte de remplacement des graphiques, lu par les lecteurs d'écran : le type de graphique, puis chaque point.
report-docx-alt-bars = Diagramme en barres : score sur 100 par principe, { $year }.
report-docx-alt-target = , cible { $target }
report-docx-alt-trend = Graphique linéaire : score d'ensemble sur 100 par année.
# Le pied de page : le titre du rapport, le numéro de la page et le nombre de pages.
report-docx-page = { $title } · page { $page } sur { $pages }
