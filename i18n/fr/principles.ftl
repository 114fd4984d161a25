# Messages de l'interface de dgtk (fr) : principles, la sortie de `dgtk principles`.
# Syntaxe : https://projectfluent.org/fluent/guide/

principles-title = { $title } (version { $version })
principles-counts = { $pillars } piliers, { $principles } principes, { $questions } questions ; niveaux : { $levels }
# Un niveau de l'échelle dans la ligne des effectifs : son numéro et son libellé, insécables
# (la ligne se coupe entre deux niveaux).
principles-level = { $level } { $label }
principles-questions = { $title }  ({ $n ->
    [one] { $n } question
   *[other] { $n } questions
})
principles-dimensions = Dimensions (transversales aux principes)
principles-scored-questions = { $title }  ({ $n ->
    [one] { $n } question notée
   *[other] { $n } questions notées
})
principles-how-to-answer = Comment répondre
principles-definitions = Définitions (communes à tous les évaluateurs)
principles-na-note = « n/a » (sans objet) n'est une réponse possible qu'aux questions qui précisent quand elle s'applique (dgtk principles N les affiche).
principles-show-one = Afficher les questions d'un principe : dgtk principles NUMÉRO|ID ; une question : dgtk principles NUMÉRO.N|ID-QUESTION
principles-good-practices = Bonnes pratiques
principles-whole = Le principe entier : dgtk principles { $number }
principles-head = Pilier : { $pillar }   id : { $id }   poids : { $weight }
principles-weight = poids { $weight }
principles-item-weight = (poids { $weight })
principles-position = ({ $n } sur { $total })
principles-guidance = Conseils :
principles-answer = Réponse :
principles-yes-no = oui ou non
principles-items = Éléments (cochez ceux qui sont en place) :
principles-context = Indicateur de contexte, non noté : affiché avec sa valeur et son évolution seulement
principles-dimension = Dimension :
principles-na-when = n/a seulement si :
principles-definition = Définition, { $term } :
principles-continues = Prolonge :
