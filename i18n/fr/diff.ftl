# Messages de l'interface de dgtk (fr) : diff, les sorties texte et Markdown de `dgtk diff`.
# Syntaxe : https://projectfluent.org/fluent/guide/

diff-title = Écarts : { $title }
diff-label-files = Fichiers :
diff-label-framework = Référentiel :
diff-label-declines = Reculs :
diff-label-overall = Ensemble :
diff-label-old = Ancien :
diff-label-new = Nouveau :
diff-all-in-common = les { $n } questions en commun
diff-share-in-common = { $share } des questions en commun
diff-overall = { $old } -> { $new } : { $delta } { $since } ; tranche { $band } ; couverture { $coverage }
diff-no-score = pas de score
diff-across-versions = D'une version du référentiel à l'autre : { $old } -> { $new }
diff-summary = Synthèse
diff-item-principles = Principes
diff-item-pillars = Piliers
diff-item-questions = Questions
diff-item-answers = Réponses
diff-item-review = À revoir
diff-item-declines = Reculs
diff-answers = { $changed } modifiée(s), { $appeared } apparue(s), { $disappeared } disparue(s) ; justificatifs modifiés pour { $evidence } question(s)
diff-review = { $n } réponse(s) du nouveau fichier encore à revoir (reprises, non confirmées)
diff-decline-principle = principe { $n }
diff-decline-overall = ensemble
diff-principles-heading = Principes, des plus fortes variations aux plus faibles
diff-pillars-heading = Piliers, des plus fortes variations aux plus faibles
diff-col-principle = principe
diff-col-pillar = pilier
diff-col-old = avant
diff-col-new = après
diff-col-delta = écart
diff-col-band = tranche
diff-col-coverage = couverture
diff-col-question = question
diff-col-answer = réponse
diff-col-score = score
diff-col-evidence = justificatifs
diff-tally-improved = { $n } en progrès
diff-tally-declined = { $n } en recul
diff-tally-unchanged = { $n } sans changement
diff-tally-newly-scored = { $n } désormais notée(s)
diff-tally-no-longer-scored = { $n } plus notée(s)
diff-tally-not-scored = { $n } non notée(s)
diff-tally-added = { $n } ajoutée(s)
diff-tally-removed = { $n } supprimée(s)
diff-item-in-common = En commun
diff-item-renamed = Renommées
diff-item-split = Scindées
diff-item-merged = Fusionnées
diff-item-regrouped = Regroupées
diff-item-only-old = Seulement avant
diff-item-only-new = Seulement après
diff-none = aucune
diff-removed-in = { $ids } (supprimées dans la version { $version })
diff-added-in = { $ids } (ajoutées dans la version { $version })
diff-questions-changed = Questions modifiées, des plus fortes variations aux plus faibles
diff-questions-moved = Questions qui ont le plus varié
diff-no-question-moved = Aucune question n'a varié.
diff-label-was = { $id } (anciennement { $old })
diff-label-split = { $id } (issue de la scission de { $old })
diff-label-merges = { $id } (fusionne { $old })
diff-label-from = { $id } (issue de { $old })
diff-label-new-question = { $id } (nouvelle question)
diff-label-removed = { $id } (supprimée)
diff-note-review = * encore à revoir dans le nouveau fichier (reprise, non confirmée)
diff-note-checklist = a/b : éléments d'une liste de contrôle en place, sur le total de ses éléments
diff-note-more = { $n } autre(s) question(s) modifiée(s) ; `--by question` liste toutes les modifications
diff-note-same = { $n } question(s) dont la réponse, le score et les justificatifs sont inchangés ne sont pas listées
diff-evidence-same = inchangés
diff-evidence-changed = modifiés
diff-evidence-added = ajoutés
diff-evidence-removed = supprimés
diff-evidence-none = aucun

# Sur la sortie d'erreur : --fail-on-regression, et les fichiers d'autres référentiels ou versions.
diff-regression = recul : { $n ->
    [one] { $n } score a baissé
   *[other] { $n } scores ont baissé
} :
diff-other-frameworks = impossible de comparer des évaluations de référentiels différents : { $old } porte sur "{ $old_id }", { $new } sur "{ $new_id }"
diff-other-loaded-frameworks = impossible de comparer des évaluations de référentiels différents : l'ancien référentiel ({ $old }) est "{ $old_id }", le nouveau ({ $new }) est "{ $new_id }"
# Après « remarque : ». $flag : --old-framework DIR ou --framework DIR.
diff-note-other-version = { $file } indique la version { $declared } du référentiel mais a été lu avec la version { $read } ; pour suivre `replaces` d'une version à l'autre, indiquez le dossier de la version { $declared } avec { $flag }
diff-hint-other-version = { $file } indique la version { $declared } du référentiel mais a été vérifié avec la version { $read } ; indiquez le dossier de la version { $declared } avec { $flag }
diff-flag-old-framework = --old-framework DOSSIER
diff-flag-framework = --framework DOSSIER

## Erreurs.
diff-different-frameworks = impossible de comparer des évaluations de référentiels différents : l'ancienne porte sur "{ $old }", la nouvelle sur "{ $new }"
