# dgtk interface messages (fr): sheets, le classeur du questionnaire de `dgtk export` et ce que
# `dgtk import` en dit. Les mots qu'une personne saisit ou choisit dans une cellule
# (sheet-word-*) sont relus dans toutes les langues.
# Syntax: https://projectfluent.org/fluent/guide/

## Noms des feuilles et en-têtes de colonnes.
sheet-about = À propos
sheet-principle = Principe { $number }
sheet-col-id = id
sheet-col-question = question
sheet-col-how = mode de réponse
sheet-col-answer = réponse
sheet-col-item = élément
sheet-col-evidence = justificatifs
sheet-col-links = liens
sheet-col-flag = marque
sheet-col-comments = commentaires
sheet-col-guidance = indications

## Les clés de la feuille « À propos ».
sheet-key-format = format
sheet-key-format_version = version_du_format
sheet-key-framework = référentiel
sheet-key-framework_version = version_du_référentiel
sheet-key-framework_title = titre_du_référentiel
sheet-key-country = pays
sheet-key-organisation = organisme
sheet-key-year = année
sheet-key-status = statut
sheet-key-assessors = évaluateurs
sheet-key-dgtk = dgtk

## Les mots des cellules de réponse, d'élément et de marque.
sheet-word-yes = oui
sheet-word-no = non
sheet-word-na = n/a
sheet-word-unknown = inconnu
sheet-word-review = à revoir
sheet-word-or = ou

## Le titre du classeur et le pied de page (« &P » est la page, « &N » le nombre de pages).
sheet-title = { $framework } : questionnaire, { $country } { $year }
sheet-footer = Page &P sur &N

## Ce que la feuille « À propos » indique à la personne qui remplit le classeur.
sheet-help-title = Comment remplir ce classeur
sheet-help-answer = Chaque principe a sa feuille, avec une ligne par question. Saisissez ou choisissez la réponse dans la colonne « { $answer } » : la cellule n'accepte qu'une réponse valide. « { $unknown } » signifie que la réponse n'est pas connue ; « { $na } » (sans objet) doit être justifié dans la colonne « { $evidence } ».
sheet-help-checklist = Pour une question à liste de contrôle, indiquez { $yes } ou { $no } dans chaque colonne « { $item } » (les éléments sont énumérés dans la colonne « { $how } »), ou « { $unknown } » / « { $na } » dans la colonne « { $answer } ».
sheet-help-evidence = Indiquez ce qui étaye la réponse dans la colonne « { $evidence } », et les adresses web dans la colonne « { $links } », une par ligne. La colonne « { $flag } » indique « { $review } » pour une réponse reprise d'une année précédente : effacez-la une fois la réponse confirmée.
sheet-help-import = Ne modifiez ni les identifiants, ni les noms des feuilles, ni cette feuille : le classeur est relu par `dgtk import`, qui vérifie chaque cellule et signale chaque problème avec sa feuille et sa cellule.
sheet-help-na-when = Dans ce référentiel, « { $na } » n'est une réponse admise qu'aux questions qui précisent quand elle s'applique.

## La cellule « mode de réponse ».
sheet-how-level = Un niveau de 0 à { $max } :
sheet-how-yes-no = { $yes } ou { $no }
sheet-how-checklist = { $yes } ou { $no } dans chaque colonne « élément » :
sheet-how-number = un nombre{ $unit ->
    [none] {""}
   *[other] {" "}en { $unit }
}, de { $min } à { $max } ({ $better ->
    [higher] le plus élevé est le mieux
    [lower] le plus bas est le mieux
   *[none] indicateur de contexte, ni plus élevé ni plus bas n'est meilleur
})
sheet-how-not-scored = Indicateur de contexte, non noté.
sheet-how-na-when = { $na } seulement si : { $when }
sheet-how-no-na = { $na } n'est pas une réponse admise ici.

## Les messages de validation des cellules.
sheet-rule-title = Réponse non valide
sheet-rule-item = Répondez { $yes } ou { $no } : l'élément { $n } est-il en place ?
sheet-rule-flag = Laissez vide, ou indiquez « { $review } » pour une réponse encore à confirmer.
sheet-rule-level = Choisissez un niveau de 0 à { $max }, ou { $extra }.
sheet-rule-yes-no = Répondez { $yes } ou { $no }, ou { $extra }.
sheet-rule-checklist = Répondez dans les colonnes des éléments ; ici, seulement { $extra }.
sheet-rule-number = Indiquez un nombre de { $min } à { $max }{ $unit ->
    [none] {""}
   *[other] {" "}({ $unit })
}, ou { $extra }.
# Un niveau ou un élément, et son texte.
sheet-how-line = { $label } : { $text }

## Ce que disent `dgtk export` et `dgtk import` une fois leur travail fait.
sheet-exported = { $file } écrit ({ $sheets ->
    [one] { $sheets } feuille de principe
   *[other] { $sheets } feuilles de principe
}, { $answered } questions sur { $questions } avec réponse) ; remplissez-le, puis lancez `dgtk import { $file } -o FICHIER`
sheet-imported = { $file } écrit à partir de { $book } ({ $answered } questions sur { $questions } avec réponse) ; vérifiez-le avec `dgtk check { $file }`
sheet-import-unchanged = { $file } contient déjà toutes les réponses de { $book } : rien à modifier
sheet-import-updated = { $file } mis à jour à partir de { $book } : { $n ->
    [one] { $n } question modifiée
   *[other] { $n } questions modifiées
} ; vérifiez-le avec `dgtk check { $file }`
sheet-import-refused = { $n ->
    [one] { $n } problème
   *[other] { $n } problèmes
} dans { $book } ; rien n'a été écrit

## La reprise des réponses par `init --from` et `assess --from` d'une version du référentiel à une autre.

## Les feuilles de `score`, `diff` et `compare --format xlsx` destinées au lecteur (les en-têtes
## et les cellules de la feuille de données sont ceux du CSV, les mêmes dans toutes les langues).
table-columns-sheet = colonnes
table-about-sheet = à propos
table-column = colonne
table-title = intitulé
table-key-framework = référentiel
table-key-title = titre
table-key-dgtk = dgtk
table-key-method = méthode
table-key-note = remarque
table-key-not-scored = non noté
table-key-old = avant
table-key-new = après
table-key-in-common = en commun
table-key-peer-set = groupe de comparaison
table-key-left-out = écarté
table-key-not-compared = non comparé

## La feuille « colonnes » de `score --format xlsx` : ce que contient chaque colonne (son
## en-tête est celui du CSV).
# Les colonnes de la fourchette d'un score : l'intitulé du score, puis ce qu'est la colonne.
table-score-col-low = { $title } (valeur la plus basse possible)
table-score-col-high = { $title } (valeur la plus haute possible)
table-score-col-file = le fichier de réponses
table-score-col-country = le code du pays (ou de l'organisme)
table-score-col-organisation = l'organisme qui a répondu, si le fichier l'indique
table-score-col-year = l'année évaluée
table-score-col-status = projet ou version définitive
table-score-col-framework_version = la version du référentiel avec laquelle le fichier a été vérifié et noté
table-score-col-overall = score d'ensemble, de 0 à 100
table-score-col-overall_low = la valeur la plus basse possible du score d'ensemble (réponses « inconnu » et questions sans réponse comptées 0)
table-score-col-overall_high = la valeur la plus haute possible du score d'ensemble (réponses « inconnu » et questions sans réponse comptées au maximum)
table-score-col-provisional = true si la fourchette est plus large que la plus étroite des tranches : la tranche peut changer
table-score-col-band = tranche de maturité du score d'ensemble
table-score-col-coverage = part des questions ayant une réponse, de 0 à 1
table-score-col-questions = questions comptées
table-score-col-scored = questions ayant un score
table-score-col-not_applicable = réponses n/a, sans objet (écartées de tous les scores)
table-score-col-unknown = réponses « inconnu »
table-score-col-unanswered = questions encore sans réponse
table-score-col-review = réponses encore à revoir (reprises d'une année précédente, non confirmées)
table-score-col-score = le score de la question, de 0 à 100
table-score-col-band_holds = yes si la tranche est la même avec toutes les autres méthodes de calcul, sinon no
table-score-col-method = score d'ensemble selon une autre méthode : { $method }

## La feuille « colonnes » de `compare --format xlsx` : ce que contient chaque colonne (son
## en-tête est celui du CSV).
table-compare-col-file = le fichier de réponses
table-compare-col-country = le code du pays (ou de l'organisme)
table-compare-col-organisation = l'organisme qui a répondu, si le fichier l'indique
table-compare-col-year = l'année évaluée
table-compare-col-status = projet ou version définitive
table-compare-col-framework_version = la version du référentiel avec laquelle le fichier a été noté
table-compare-col-group = le groupe de pairs (--peers), s'il y en a un
table-compare-col-area_kind = overall, pillar, principle, dimension ou question : ensemble, pilier, principe, dimension ou question
table-compare-col-area_id = l'identifiant du domaine
table-compare-col-area_number = le numéro du domaine dans le référentiel
table-compare-col-area_title = l'intitulé du domaine
table-compare-col-state = scored, unknown, not applicable, unanswered ou no score : noté, inconnu, sans objet, sans réponse ou sans score (pourquoi un score manque)
table-compare-col-score = le score, de 0 à 100 (vide s'il n'y en a pas : voir state)
table-compare-col-ranked = yes si l'évaluation fait partie du groupe de comparaison et est classée
table-compare-col-rank = rang parmi les pairs (1 = le meilleur ; les ex aequo partagent un rang)
table-compare-col-ranked_of = nombre de pairs classés dans ce domaine
table-compare-col-gap_to_mean = score moins la moyenne des pairs, en points
table-compare-col-gap_to_best = score moins le score du meilleur pair, en points
table-compare-col-peer_n = nombre de pairs ayant un score dans ce domaine
table-compare-col-peer_mean = le score moyen des pairs
table-compare-col-peer_median = le score médian des pairs
table-compare-col-peer_best = le score du meilleur pair
table-compare-col-group_rank = rang au sein du groupe de pairs
table-compare-col-group_gap_to_mean = score moins la moyenne du groupe, en points
table-compare-col-group_gap_to_best = score moins le meilleur score du groupe, en points
table-compare-col-coverage = part des questions ayant une réponse, de 0 à 1
table-compare-col-flagged = réponses encore à revoir
table-compare-col-not_ranked_because = pourquoi l'évaluation n'est pas classée, le cas échéant


## Ce que `dgtk import` relève dans un classeur (chaque fois avec sa feuille et sa cellule).
sheet-import-not-ours = n'a pas de feuille « { $sheet } » indiquant de quel questionnaire il s'agit : il n'a pas été produit par `dgtk export --format xlsx`
sheet-import-unknown-id = identifiant de question inconnu « { $id } »{ $hint } : les identifiants ne doivent pas être modifiés
sheet-import-missing-row = aucune ligne ne porte l'identifiant de question « { $id } » (principe { $principle }) : chaque question doit conserver sa ligne et son identifiant
sheet-import-na-reason = « { $na } » doit être justifié : indiquez dans la colonne « { $evidence } » pourquoi la question est sans objet
sheet-import-formula = une formule (={ $formula }) n'est pas une réponse : saisissez la réponse elle-même
sheet-import-level-range = le niveau { $level } est hors de l'échelle, qui va de 0 à { $max }
sheet-import-not-level = « { $value } » n'est pas un niveau : indiquez un nombre entier de 0 à { $max }, ou { $others }
sheet-import-others-na = « { $unknown } » ou « { $na } »
sheet-import-others = « { $unknown } »
