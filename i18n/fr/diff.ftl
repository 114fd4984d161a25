# Messages de l'interface de dgtk (fr) : diff, les sorties texte et Markdown de `dgtk diff`.
# Syntaxe : https://projectfluent.org/fluent/guide/

diff-title = Évolution : { $title }
diff-label-files = Fichiers :
diff-label-framework = Référentiel :
diff-label-declines = Reculs :
diff-label-overall = Ensemble :
diff-label-old = Avant :
diff-label-new = Après :
diff-all-in-common = les { $n } questions en commun
diff-share-in-common = { $share } des questions en commun
# $delta : la variation avec son unité (« -15,7 points », word-points-change) ; $band et $coverage :
# « avant → après », ou une seule valeur quand elle n'a pas changé.
diff-overall = { $old } → { $new } : { $delta } { $since } ; tranche { $band } ; couverture { $coverage }
diff-no-score = pas de score
diff-across-versions = D'une version du référentiel à l'autre : { $old } → { $new }
diff-summary = Synthèse
diff-item-principles = Principes
diff-item-pillars = Piliers
diff-item-questions = Questions
diff-item-answers = Réponses
diff-item-review = À revoir
diff-item-declines = Reculs
diff-answers = { $changed ->
    [one] { $changed } modifiée
   *[other] { $changed } modifiées
}, { $appeared ->
    [one] { $appeared } apparue
   *[other] { $appeared } apparues
}, { $disappeared ->
    [one] { $disappeared } disparue
   *[other] { $disappeared } disparues
} ; justificatifs modifiés pour { $evidence ->
    [one] { $evidence } question
   *[other] { $evidence } questions
}
diff-review = { $n ->
    [one] { $n } réponse du second fichier encore à revoir (reprise, non confirmée)
   *[other] { $n } réponses du second fichier encore à revoir (reprises, non confirmées)
}
diff-decline-principle = principe { $n }
diff-decline-overall = ensemble
diff-principles-heading = Principes, des plus fortes variations aux plus faibles
diff-pillars-heading = Piliers, des plus fortes variations aux plus faibles
diff-col-principle = principe
diff-col-pillar = pilier
diff-col-old = avant
diff-col-new = après
diff-col-delta = variation
# La même colonne dans le tableau des questions, où les identifiants laissent peu de place sur
# 80 colonnes (« variation » abrégé).
diff-col-question-delta = var.
diff-col-band = tranche
diff-col-coverage = couverture
diff-col-question = question
diff-col-answer = réponse
diff-col-score = score
diff-col-evidence = justificatifs
# $kind : ce qui est compté (principle, pillar ou question), pour l'accord : « 1 principe
# ajouté », « 3 questions ajoutées ».
diff-tally-improved = { $n } en progrès
diff-tally-declined = { $n } en recul
diff-tally-unchanged = { $n } sans changement
diff-tally-newly-scored = { $n } désormais { $kind ->
    [question] { $n ->
        [one] notée
       *[other] notées
    }
   *[other] { $n ->
        [one] noté
       *[other] notés
    }
}
diff-tally-no-longer-scored = { $n } { $kind ->
    [question] { $n ->
        [one] qui n'est plus notée
       *[other] qui ne sont plus notées
    }
   *[other] { $n ->
        [one] qui n'est plus noté
       *[other] qui ne sont plus notés
    }
}
diff-tally-not-scored = { $n } non { $kind ->
    [question] { $n ->
        [one] notée
       *[other] notées
    }
   *[other] { $n ->
        [one] noté
       *[other] notés
    }
}
diff-tally-added = { $n } { $kind ->
    [question] { $n ->
        [one] ajoutée
       *[other] ajoutées
    }
   *[other] { $n ->
        [one] ajouté
       *[other] ajoutés
    }
}
diff-tally-removed = { $n } { $kind ->
    [question] { $n ->
        [one] supprimée
       *[other] supprimées
    }
   *[other] { $n ->
        [one] supprimé
       *[other] supprimés
    }
}
diff-item-in-common = En commun
# Chaque ligne : une question renommée ou scindée, ou plusieurs questions fusionnées ou regroupées.
diff-item-renamed = Renommée
diff-item-split = Scindée
diff-item-merged = Fusionnées
diff-item-regrouped = Regroupées
diff-item-only-old = Seulement avant
diff-item-only-new = Seulement après
diff-none = aucune
diff-removed-in = { $ids } ({ $n ->
    [one] supprimée
   *[other] supprimées
} dans la version { $version })
diff-added-in = { $ids } ({ $n ->
    [one] ajoutée
   *[other] ajoutées
} dans la version { $version })
diff-questions-changed = Questions modifiées, des plus fortes variations aux plus faibles
diff-questions-moved = Questions qui ont le plus varié
diff-no-question-moved = Aucune question n'a varié.
diff-label-was = { $id } (anciennement { $old })
diff-label-split = { $id } (issue de la scission de { $old })
diff-label-merges = { $id } (issue de la fusion de { $old })
diff-label-from = { $id } (issue de { $old })
diff-label-new-question = { $id } (nouvelle question)
diff-label-removed = { $id } (supprimée)
diff-note-review = * encore à revoir dans le second fichier (reprise, non confirmée)
diff-note-checklist = a/b : éléments d'une liste de contrôle en place, sur le total de ses éléments
diff-note-more = { $n ->
    [one] { $n } autre question modifiée
   *[other] { $n } autres questions modifiées
} ; `--by question` liste toutes les modifications
diff-note-same = { $n ->
    [one] { $n } question dont la réponse, le score et les justificatifs sont inchangés n'est pas listée
   *[other] { $n } questions dont la réponse, le score et les justificatifs sont inchangés ne sont pas listées
}
diff-evidence-same = inchangés
diff-evidence-changed = modifiés
diff-evidence-added = ajoutés
diff-evidence-removed = supprimés
diff-evidence-none = aucun
# Une réponse sans objet (n/a) dans le tableau des questions.
diff-cell-not-applicable = s.o.

# Sur la sortie d'erreur : --fail-on-regression, et les fichiers d'autres référentiels ou versions.
diff-regression = recul : { $n ->
    [one] { $n } score a baissé
   *[other] { $n } scores ont baissé
} :
diff-other-frameworks = impossible de comparer des évaluations de référentiels différents : { $old } porte sur "{ $old_id }", { $new } sur "{ $new_id }"
diff-other-loaded-frameworks = impossible de comparer des évaluations de référentiels différents : le référentiel lu pour le premier fichier ({ $old }) est "{ $old_id }", celui lu pour le second ({ $new }) est "{ $new_id }"
# Après « remarque : ». $flag : --old-framework DIR ou --framework DIR.
diff-note-other-version = { $file } indique la version { $declared } du référentiel mais a été lu avec la version { $read } ; pour suivre `replaces` d'une version à l'autre, indiquez le dossier de la version { $declared } avec { $flag }
diff-hint-other-version = { $file } indique la version { $declared } du référentiel mais a été vérifié avec la version { $read } ; indiquez le dossier de la version { $declared } avec { $flag }
diff-flag-old-framework = --old-framework DOSSIER
diff-flag-framework = --framework DOSSIER

## Erreurs.
diff-different-frameworks = impossible de comparer des évaluations de référentiels différents : la première porte sur "{ $old }", la seconde sur "{ $new }"
