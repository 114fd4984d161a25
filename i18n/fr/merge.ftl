# Messages de l'interface de dgtk (fr) : merge, le compte rendu texte de `dgtk merge` (son compte
# rendu JSON et le fichier fusionné sont les mêmes dans toutes les langues).
# Syntaxe : https://projectfluent.org/fluent/guide/

merge-wrote = { $file } écrit par fusion { $n ->
    [one] d'un fichier
   *[other] de { $n } fichiers
} :
merge-merged-into = { $file } mis à jour par fusion { $n ->
    [one] d'un fichier
   *[other] de { $n } fichiers
} :
merge-counts = { $agreed ->
    [one] { $agreed } question ayant reçu
   *[other] { $agreed } questions ayant reçu
} la même réponse de plusieurs contributeurs, { $single } d'un seul, { $unanswered } sans réponse
merge-counts-settled = { $agreed ->
    [one] { $agreed } question ayant reçu
   *[other] { $agreed } questions ayant reçu
} la même réponse de plusieurs contributeurs, { $single } d'un seul, { $settled } { $settled ->
    [one] tranchée
   *[other] tranchées
} auparavant, { $unanswered } sans réponse
# $list : chaque fichier et son contributeur.
merge-contributors = contributeurs : { $list }
merge-organisation = organisme : { $name }
merge-organisation-none = (aucun : indiquez --organisation)
merge-unconfirmed = { $n ->
    [one] { $n } réponse encore à revoir : aucun fichier ne l'a confirmée
   *[other] { $n } réponses encore à revoir : aucun fichier ne les a confirmées
}
# Après « remarque : » ; l'organisme de chaque fichier suit, une par ligne.
merge-organisations-differ = les fichiers nomment des organismes différents ; le fichier fusionné n'en nomme aucun (indiquez --organisation) :

# Concordance. $share : merge-share ou merge-share-none.
merge-agreement = concordance entre { $n ->
    [one] { $n } contributeur
   *[other] { $n } contributeurs
} : { $share }
merge-share = { $compared ->
    [one] { $agreed ->
        [0] réponses différentes pour la seule question à laquelle au moins deux fichiers ont répondu
       *[other] même réponse pour la seule question à laquelle au moins deux fichiers ont répondu
    }
   *[other] même réponse pour { $agreed } des { $compared } questions auxquelles au moins deux fichiers ont répondu
} ({ $percent })
merge-share-none = aucune question n'a reçu de réponse de deux fichiers ou plus
# $alphas : l'alpha de chaque famille (merge-family-* et merge-alpha-value), ou merge-not-computable.
merge-alpha = alpha de Krippendorff : { $alphas }
merge-family-levels = niveaux
merge-family-yes-no = oui/non et éléments de listes de contrôle
merge-family-numbers = nombres
merge-alpha-value = { $value } (métrique { $metric }, { $reading } ; { $units }, { $answers })
merge-metric-nominal = nominale
merge-metric-ordinal = ordinale
merge-metric-interval = d'intervalle
# La lecture d'un alpha selon Krippendorff : au moins 0,800, à partir de 0,667, en dessous.
merge-reading-reliable = fiable
merge-reading-tentative = indicatif
merge-reading-unreliable = peu fiable
merge-units-questions = { $n ->
    [one] { $n } question
   *[other] { $n } questions
}
merge-units-items = { $n ->
    [one] { $n } élément
   *[other] { $n } éléments
}
merge-answers = { $n ->
    [one] { $n } réponse
   *[other] { $n } réponses
}
# $families : les noms des familles, séparés par des virgules.
merge-not-computable = { $families } : non calculable ({ $reason })
merge-alpha-none = non calculable
merge-reason-one-file = un seul fichier
merge-reason-no-pairs = aucune question n'a reçu de réponse de deux fichiers
merge-reason-no-variation = aucune variation : toutes les réponses comparées sont identiques
merge-principle = principe { $n } { $title } : { $share } ; alpha : { $alphas }
merge-quiet = { $n ->
    [one] { $n } autre principe
   *[other] { $n } autres principes
} sans question ayant reçu une réponse de deux contributeurs

# Avec --into : ce qui a changé depuis la dernière fusion.
merge-no-change = aucune réponse n'a changé depuis la dernière fusion
merge-changes = { $n ->
    [one] { $n } modification
   *[other] { $n } modifications
} depuis la dernière fusion :
merge-change = { $question } : { $old } → { $new } ({ $kind })
merge-kind-changed = modifiée
merge-kind-new-conflict = nouveau conflit
merge-kind-resolved = conflit résolu
merge-no-answer = (pas de réponse)
merge-none-checked = [] (aucun élément coché)
merge-kept-settled = { $n ->
    [one] { $n } conflit tranché dans { $file } est conservé
   *[other] { $n } conflits tranchés dans { $file } sont conservés
} (aucun contributeur n'a changé sa réponse) : { $list }

# Ce qu'une personne doit vérifier ou trancher.
merge-single-na = { $n ->
    [one] { $n } réponse sans objet (n/a) donnée par un seul contributeur, conservée à revoir : vérifiez-la
   *[other] { $n } réponses sans objet (n/a) données par un seul contributeur, conservées à revoir : vérifiez chacune
}
merge-single-na-item = { $question } : sans objet selon { $who }
merge-conflicts = { $n ->
    [one] { $n } conflit reste ouvert, à trancher par une personne :
   *[other] { $n } conflits restent ouverts, à trancher par une personne :
}
# $values : la réponse de chaque contributeur, « A : 2 | B : 3 ».
merge-conflict-answer = { $id } : { $values }
merge-conflict-target = cible { $id } : { $values }
# $n : le nombre de conflits restés ouverts (pour accorder le pronom).
merge-settle = { $n ->
    [one] tranchez-le dans { $file } (ses justificatifs notent la réponse de chaque contributeur), puis lancez `dgtk check { $file }`
   *[other] tranchez chacun d'eux dans { $file } (ses justificatifs notent la réponse de chaque contributeur), puis lancez `dgtk check { $file }`
}
# Avec --format json, sur la sortie d'erreur.
merge-open-note = { $n ->
    [one] { $n } conflit reste ouvert, à trancher par une personne dans { $file }
   *[other] { $n } conflits restent ouverts, à trancher par une personne dans { $file }
}

## Erreurs de dgtk merge
merge-usage-output = indiquez -o OUT ou --into MERGED
merge-usage-two-files = la fusion exige au moins deux fichiers (ou --into MERGED pour fusionner un seul fichier dans un fichier fusionné)
merge-usage-organisation = --organisation exige un nom
# $problem : output-given-twice.
merge-usage-twice = { $problem } ; chaque fichier n'est fusionné qu'une fois
# $list : merge-framework-of pour chaque fichier, séparés par des virgules.
merge-frameworks-differ = impossible de fusionner des fichiers relevant de référentiels différents : { $list }
merge-framework-of = { $file } relève du référentiel "{ $id }"
merge-into-missing = { $file } n'existe pas
merge-into-missing-hint = créez-le d'abord avec `dgtk merge FILE... -o MERGED`
merge-invalid = { $bad ->
    [one] { $bad } fichier sur { $n } n'est pas valide
   *[other] { $bad } fichiers sur { $n } ne sont pas valides
} ; rien n'a été fusionné
merge-nothing = rien à fusionner
# $what : merge-what-* (avec son article) ; $list : merge-has pour chaque fichier, séparés par des virgules.
merge-mismatch = fusion impossible : les fichiers doivent porter sur { $what }, or ils diffèrent : { $list }
merge-what-framework = le même référentiel
merge-what-framework-version = la même version du référentiel
merge-what-country = le même pays
merge-what-year = la même année
merge-has = { $file } indique { $value }
merge-organisation-unnamed = (aucun)
merge-exists = { $file } existe déjà
merge-exists-hint = utilisez --into pour fusionner dans ce fichier (en conservant les conflits qui y ont été tranchés), --force pour le remplacer, ou -o pour écrire ailleurs
merge-not-valid-bug = le fichier fusionné ne serait pas valide ; rien n'a été écrit (il s'agit d'un défaut de dgtk)
