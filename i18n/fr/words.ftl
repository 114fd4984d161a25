# dgtk interface messages (fr): words. Syntax: https://projectfluent.org/fluent/guide/

## Used by the tests of the message system (src/i18n.rs).
i18n-example = { $n ->
    [one] { $n } fichier
   *[other] { $n } fichiers
}
i18n-example-plain = un message

## Ce sur quoi repose un score et ce qu'il laisse de côté (src/present.rs). Les chiffres ($low,
## $high, $score, $delta, $share) arrivent déjà écrits à la française (virgule décimale) ; les
## nombres ($n, $scored, $questions...) servent au pluriel (0 et 1 au singulier).
word-rests-on = { $scored } sur { $questions }
word-unknown-as-zero = { $n ->
    [one] { $n } « inconnu » compté 0
   *[other] { $n } « inconnu » comptés 0
}
word-unknown-left-out = { $n ->
    [one] { $n } « inconnu » écarté
   *[other] { $n } « inconnu » écartés
}
word-unknown = { $n } « inconnu »
word-not-applicable = { $n } sans objet
word-not-applicable-short = { $n } s.o.
word-unanswered = { $n ->
    [one] { $n } sans réponse
   *[other] { $n } sans réponse
}
word-none = aucune
word-basis-sentence = Repose sur { $scored } des { $questions } questions{ $zero } ; { $n_left ->
    [one] écartée
   *[other] écartées
} : { $left }.
word-answered = { $answered } { $questions ->
    [one] question sur { $questions } a reçu une réponse
   *[other] { $answered ->
        [one] question sur { $questions } a reçu une réponse
       *[other] questions sur { $questions } ont reçu une réponse
    }
} ({ $share })
word-flagged-answers = { $n ->
    [one] { $n } réponse à revoir
   *[other] { $n } réponses à revoir
}
word-flagged-answers-earlier = { $n ->
    [one] { $n } réponse à revoir dans le fichier précédent
   *[other] { $n } réponses à revoir dans le fichier précédent
}
word-overlap = { $share } ({ $old } des { $old_total } anciennes questions et { $new } des { $new_total } nouvelles ont une correspondance)

## Le degré de confiance d'un chiffre.
word-provisional = provisoire
word-range = fourchette { $range }
word-range-legend = La fourchette (bas-haut) est le score obtenu en comptant toutes les questions « inconnu » ou sans réponse à 0, puis à la note maximale (les questions sans objet restent écartées) ; un score donné sans fourchette ne peut pas bouger. Provisoire : la fourchette est plus large qu'une tranche ({ $points } points), la tranche peut donc changer.

## Pourquoi une comparaison n'est pas à périmètre constant, et depuis quand un écart est mesuré.
word-caveat-coverage = couverture de { $new } ({ $old } pour l'autre évaluation)
word-caveat-versions = versions du référentiel différentes ({ $new }, et { $old } pour l'autre évaluation)
word-caveat-subject = un autre pays ou un autre organisme ({ $old })
word-caveats = comparaison à périmètre non constant : { $list }
word-since = depuis { $year }
word-against = par rapport à { $label }
word-fell = { $title } : recul de { $by } { $n ->
    [one] point
   *[other] points
}{ $bands }
word-pillar-named = le pilier { $title }
word-declines-and = score d'ensemble { $delta } { $n ->
    [one] point
   *[other] points
} ; { $list }
word-declines-but = score d'ensemble { $delta } { $n ->
    [one] point
   *[other] points
}, mais { $list }
word-declines = Reculs : { $list }
word-step-worth = { $delta_principle } { $n_principle ->
    [one] point
   *[other] points
} pour le principe { $principle }, { $delta_overall } { $n_overall ->
    [one] point
   *[other] points
} sur le score d'ensemble
word-step-worth-up-to = jusqu'à { $delta_principle } { $n_principle ->
    [one] point
   *[other] points
} pour le principe { $principle }, { $delta_overall } { $n_overall ->
    [one] point
   *[other] points
} sur le score d'ensemble
# Le signe moins des chiffres reste le trait d'union ASCII (-5,0), comme dans les tableaux et le
# CSV : un chiffre copié d'un rapport dans un tableur y reste un nombre (Excel, par exemple, ne lit pas
# le signe U+2212 comme un moins).
word-points-change = { $delta } { $n ->
    [one] point
   *[other] points
}

## Les réponses en mots.
word-not-answered = sans réponse
word-not-applicable-answer = sans objet
word-unknown-answer = inconnu
word-yes = oui
word-no = non
word-level = niveau { $level }
word-level-labelled = niveau { $level } ({ $label })
word-items-of = { $checked } { $items ->
    [one] élément sur { $items }
   *[other] { $checked ->
        [one] élément sur { $items }
       *[other] éléments sur { $items }
    }
}

## Solidité : la tranche tient-elle avec les autres méthodes de calcul ?
word-holds-yes = oui
word-holds-no = non
word-robust-no-score = Il n'y a pas de score d'ensemble, donc pas de tranche à vérifier.
word-robust-figures = (les scores vont de { $low } à { $high } selon la méthode)
word-robust-holds = La tranche « { $band } » est confirmée par { $n ->
    [one] l'autre méthode
   *[other] les { $n } autres méthodes
}{ $range }.
word-robust-break = la méthode « { $method } » donne { $score }, soit la tranche « { $band } »
word-robust-breaks = La tranche « { $band } » n'est pas confirmée par { $breaks } des { $n ->
    [one] { $n } autre méthode
   *[other] { $n } autres méthodes
} : { $list }{ $range }. La tranche est donc à considérer comme incertaine.
word-evidence-left-out = Cette édition du rapport ne reprend pas les justificatifs de chaque réponse : le fichier de réponses les contient.

## Les méthodes de calcul intégrées (src/sensitivity.rs), par identifiant : word-method-ID.
word-method-convex-levels = Niveaux élevés valorisés
word-method-concave-levels = Premiers pas valorisés
word-method-question-mean = Moyenne de toutes les questions
word-method-geometric-pillars = Moyenne géométrique des piliers
word-method-weakest-pillar = Pilier le plus faible
word-method-convex-levels-why = Les niveaux sont des rangs, non des mesures : le passage au niveau le plus élevé peut valoir davantage que le premier pas. Le niveau k sur n vaut (k/n)^2.
word-method-concave-levels-why = Les premiers pas peuvent être les plus difficiles et les plus précieux. Le niveau k sur n vaut la racine carrée de k/n.
word-method-question-mean-why = Chaque question pèse son propre poids, quel que soit son principe ou son pilier : aucun poids ne découle de l'organisation du référentiel.
word-method-geometric-pillars-why = Un pilier solide ne compense qu'en partie un pilier faible.
word-method-weakest-pillar-why = Une administration n'est pas plus mature que son pilier le plus faible : rien ne le compense.

## Le calcul des scores (src/score.rs, `explain`) : `dgtk score --explain` et les rapports.
word-explain-questions = Chaque question répondue vaut de 0 à 1 : une question à niveaux vaut son niveau divisé par { $max } (le haut de l'échelle) ; oui vaut 1 et non 0 ; une liste de contrôle vaut la part pondérée de ses éléments en place ; un nombre vaut sa position entre le minimum et le maximum de l'indicateur (inversée lorsque plus bas vaut mieux).
word-explain-left-out = Les réponses « sans objet » (n/a, motivées) et les questions sans réponse sont écartées de tous les scores. { $unknown }
word-explain-unknown-zero = « Inconnu » (on ne sait pas) compte pour 0 : ce qui ne peut être établi n'est pas compté comme fait.
word-explain-unknown-exclude = « Inconnu » (on ne sait pas) est écarté du score, comme « sans objet ».
word-explain-principle = Le score d'un principe est la moyenne pondérée des scores de ses questions (poids des questions), multipliée par 100. Un principe sans question notée n'a pas de score.
word-explain-pillar = Le score d'un pilier est la moyenne pondérée des scores de ses principes (poids des principes).
word-explain-overall-pillars = Le score d'ensemble est la moyenne simple des scores des piliers.
word-explain-overall-principles = Le score d'ensemble est la moyenne pondérée des scores de tous les principes (poids des principes).
word-explain-coverage = La couverture est la part des questions qui ont reçu une réponse (« sans objet » et « inconnu » comptent comme des réponses). Chaque score est donné avec les questions sur lesquelles il repose et celles qu'il écarte.
word-explain-range = Chaque score a une fourchette : le bas est le même score avec toutes les questions « inconnu » ou sans réponse à 0, le haut avec chacune d'elles à la note maximale (les questions « sans objet » restent écartées) ; sans « inconnu » ni question sans réponse, les deux égalent le score. Un score dont la fourchette est plus large que la tranche la plus étroite ({ $points } points) est provisoire : sa tranche peut changer.
word-explain-context = Les indicateurs de contexte (scored = false) sont donnés avec leur valeur et son évolution, à part des scores : ils n'entrent jamais dans un score, dans la couverture, dans les questions sur lesquelles repose un score, dans les variations ni dans les prochaines étapes.
word-explain-dimensions = Le score d'une dimension est la moyenne pondérée des scores de ses questions, tous principes confondus ; chaque question pèse sa part dans le score de son principe (poids de la question rapporté aux poids des questions notées du principe) multipliée par le poids du principe, de sorte qu'elle compte autant dans sa dimension que dans les principes.
word-explain-bands = Tranches de maturité : { $bands }. L'écart à la cible est la cible moins le score.
word-explain-band = de { $from } à { $to } : { $label }
word-explain-band-under = moins de { $to }
word-explain-band-top = 100
word-explain-rounding = Les scores sont calculés sans arrondi ; ils ne sont arrondis à une décimale que pour l'affichage.
word-explain-doc = Chaque choix de cette méthode, et les autres méthodes que score --sensitivity essaie pour vérifier qu'une tranche est confirmée, sont expliqués dans { $doc }.

## A question's kind, as the questionnaire and `dgtk principles` show it beside its id.
word-kind-level = niveau
word-kind-yes_no = oui/non
word-kind-checklist = liste de contrôle
word-kind-number = nombre
# Ce que demande une question chiffrée : « un nombre en %, de 0 à 100 (une valeur élevée est
# préférable) ». $unit : word-number-in, ou rien ; $min et $max à la manière de la langue.
word-number-answer = un nombre{ $unit }, de { $min } à { $max } ({ $better })
word-number-in = {" "}en { $unit }
word-better-higher = une valeur élevée est préférable
word-better-lower = une valeur basse est préférable
word-better-none = indicateur de contexte : ni une valeur élevée ni une valeur basse n'est préférable

## Le statut d'une évaluation, partout où un lecteur le voit (rapport, check, assess, compare).
word-status-draft = projet
word-status-final = version définitive
# Le même dans une cellule de tableau, aussi court que possible (le tableau de `dgtk score`, la première ligne de `dgtk assess`).
word-status-draft-short = projet
word-status-final-short = définitive

## Une date et une heure pour le lecteur ($day, $year, $hour : des nombres ; $minute a deux
## chiffres ; $zone : word-zone-utc ou word-zone-offset). Les fichiers et le CSV/JSON gardent
## l'horodatage brut.
word-date-time = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year } à { $hour } h { $minute } ({ $zone })
word-zone-utc = UTC
word-zone-offset = UTC{ $offset }
word-month-1 = janvier
word-month-2 = février
word-month-3 = mars
word-month-4 = avril
word-month-5 = mai
word-month-6 = juin
word-month-7 = juillet
word-month-8 = août
word-month-9 = septembre
word-month-10 = octobre
word-month-11 = novembre
word-month-12 = décembre

## Le passage d'une valeur à une autre : « 89,3 → 31,2 ».
word-from-to = { $from } → { $to }

## The punctuation between a label and what follows, and between the parts of a sentence, with
## the spaces the language puts around it (written as a quoted text so that they are kept; French
## puts a no-break space, \u00A0, before the colon and the semicolon).
word-colon = {"\u00A0: "}
word-semicolon = {"\u00A0; "}

## La légende de l'abréviation de « sans objet » sous un tableau.
word-not-applicable-legend = s.o. : sans objet.

## The built-in framework, where the folder a framework was read from is named ("framework X 2.0.0
## (built-in)"); with the version of a released one.
word-built-in = intégré
word-built-in-version = intégré, version { $version }
