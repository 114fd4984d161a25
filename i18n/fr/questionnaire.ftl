# dgtk interface messages (fr): questionnaire. Syntax: https://projectfluent.org/fluent/guide/

## The question screen of `dgtk assess`.
assess-position = Principe { $principle } sur { $principles } · question { $question } sur { $questions } · { $answered ->
    [one] { $answered } réponse
   *[other] { $answered } réponses
} sur { $total }
assess-position-review = { $n } à revoir
assess-checklist-none = { $n ->
    [one] aucun élément (sur { $n })
   *[other] aucun des { $n } éléments
}
assess-checklist-count = { $n ->
    [one] { $n } élément sur { $total } coché
   *[other] { $n } éléments sur { $total } cochés
}
assess-checklist-some = { $n } sur { $total } : { $names }
# Entre les textes des éléments cochés de $names : un point-virgule, car les éléments ont leurs propres virgules.
assess-checklist-separator = {"\u00A0; "}
assess-q = Q :
assess-last-year = L'an dernier ({ $year }) :
assess-evidence = Justificatifs :
assess-now = Réponse actuelle :
assess-now-carried = { $answer } (reprise de l'an dernier : choisissez-la de nouveau pour la confirmer)
assess-not-answered-yet = pas encore de réponse
assess-guidance = Conseils :
assess-context = Indicateur de contexte, non noté.
assess-na-only-when = n/a seulement si :
assess-levels = Niveaux :
assess-answer-yes-no = Réponse : oui ou non.
assess-items = Éléments (cochez ceux qui sont en place) :
assess-item-weight = (poids { $weight })
assess-answer-number = Réponse : { $what }.
assess-unknown = inconnu
assess-not-answered = sans réponse
assess-review-flag = à revoir

## The review and finish screens.
assess-review-title = Récapitulatif : chaque réponse avec son score provisoire (de 0 à 100)
assess-column-number = n°
assess-column-question = question
assess-column-answer = réponse
assess-column-score = score
assess-answered-of = { $answered ->
    [one] { $answered } réponse
   *[other] { $answered } réponses
} sur { $total }
assess-overall = Ensemble
assess-finish-title = Terminer
assess-finish-complete = Toutes les questions ont une réponse et aucune réponse ne reste à revoir.
assess-finish-not-yet = L'évaluation ne peut pas encore être marquée comme définitive :
assess-finish-unanswered = { $n ->
    [one] { $n } question sans réponse
   *[other] { $n } questions sans réponse
} : { $ids } (répondez-y, ou indiquez n/a ou inconnu)
assess-finish-flagged = { $n ->
    [one] { $n } réponse reprise et pas encore confirmée
   *[other] { $n } réponses reprises et pas encore confirmées
} : { $ids }

## The keys shown at the foot of the screen, the help page (one line each) and the quit question.
assess-keys-menu = ↑↓ Entrée : choisir · Échap : retour · g : conseils · ? : aide · q : quitter
# 79 colonnes au plus (l'invite au-dessus dit déjà qu'Échap revient en arrière).
assess-keys-ticks = Espace : cocher · Entrée : valider · g : conseils · ? : aide · q : quitter
assess-keys-page = ↑↓ Pg préc. Pg suiv. : défiler · Échap, Entrée ou g : retour à la réponse
assess-keys-quit = o : quitter · n ou Échap : rester
assess-keys-confirm = o : oui · n : non · Entrée : choix par défaut · Échap : non
assess-keys-input = Entrée : valider · Échap : retour · Ctrl-G : conseils · Ctrl-C : sortir
assess-keys-text = Entrée : ligne suivante (ligne vide : fin) · Échap : retour · Ctrl-G : conseils
assess-prompt = { $prompt } :
# La touche qui répond oui (y est toujours acceptée aussi) et celle qui répond non.
assess-key-yes = o
assess-key-no = n
assess-folded = … { $n ->
    [one] { $n } ligne repliée
   *[other] { $n } lignes repliées
} : { $key } pour tout afficher
assess-help =
    Touches
    {""}
    ↑ ↓ (ou k j, Tab) : se déplacer · Pg préc. Pg suiv. Début Fin : d'une page, ou jusqu'aux extrémités
    Entrée : choisir ; dans une liste de contrôle, valider les coches ; dans un champ de texte, valider la ligne
    Espace : dans une liste de contrôle, cocher ou décocher l'élément sous le curseur
    Échap : revenir d'un niveau (depuis une liste de contrôle, un champ de texte, la liste des principes, le récapitulatif ou l'étape finale) ; ne quitte jamais
    g : les conseils, les descripteurs de niveau et les justificatifs en entier, quand ils ne tiennent pas à l'écran (Ctrl-G dans un champ de texte)
    q : enregistrer et quitter (après confirmation) ; toutes les réponses confirmées sont déjà enregistrées
    Ctrl-C : sortir immédiatement ; toutes les réponses confirmées sont enregistrées
    {""}
    Justificatifs : plusieurs lignes sont possibles, une ligne vide termine ; Entrée seule conserve les justificatifs affichés ; - les efface ; :e ouvre $VISUAL ou $EDITOR.
assess-quit-question = Les réponses confirmées sont enregistrées ; la question affichée, non. (o/n)
assess-quit-prompt = Enregistrer et quitter
assess-text-hint-empty = Saisissez-les ; plusieurs lignes sont possibles, une ligne vide termine. Entrée seule : pas de justificatif · :e ouvre l'éditeur ($EDITOR)
assess-text-hint-current = Entrée seule conserve les justificatifs affichés · saisissez pour les remplacer (une ligne vide termine) · - efface · :e modifie dans $EDITOR
assess-editor-unsaved = L'éditeur a été fermé sans enregistrer ; les justificatifs sont inchangés.
assess-editor-failed = L'éditeur ({ $editor }) s'est terminé avec { $status } ; les justificatifs sont inchangés.
assess-editor-cannot-run = Impossible de lancer l'éditeur ({ $editor }, d'après $VISUAL ou $EDITOR) : { $error } ; les justificatifs sont inchangés.

## Menus, prompts and notices of the questionnaire.
assess-first-question = C'est la première question.
assess-who-title = Qui répond
assess-who-text = Le rapport mentionne l'organisme et les évaluateurs. Entrée laisse un champ vide ; vous pourrez les modifier plus tard dans la table [assessment] du fichier.
assess-who-organisation = Organisme (ministère, agence, région…)
assess-who-assessors = Évaluateurs (noms séparés par des virgules)
assess-answer = Réponse
assess-tick-prompt = Cochez les éléments en place (Espace coche, Entrée valide, Échap retour)
assess-value-prompt = Valeur en { $unit } (de { $min } à { $max } ; vide pour revenir)
assess-na-prompt = Pourquoi la question ne s'applique-t-elle pas ? (obligatoire ; laisser vide pour revenir)
assess-na-needs-reason = n/a doit être justifié ; rien n'a été modifié.
assess-how-title = Comment répondre
assess-back-to-question = ← retour à la question
assess-evidence-prompt = Justificatifs (facultatifs) établissant la réponse « { $answer } »
assess-evidence-back = Retour depuis les justificatifs : la réponse n'a pas été enregistrée.
assess-back-to-draft = L'évaluation redevient un { word-status-draft } ; terminez-la pour en faire de nouveau une { word-status-final }.
assess-choice-yes = oui
assess-choice-no = non
assess-choice-unknown = inconnu  (je ne sais pas)
assess-choice-tick = cocher les éléments en place…
assess-choice-number = saisir la valeur ({ $unit })…
assess-choice-na = n/a  (sans objet ; indiquer la raison)…
assess-choice-skip = → passer pour l'instant
assess-choice-back = ← revenir à la question précédente
assess-choice-jump = → aller à un principe…
assess-choice-review = → récapitulatif des réponses et des scores…
assess-choice-finish = → terminer (marquer comme définitive, ou enregistrer et quitter)…
assess-choice-how-to = ? comment répondre : champ, choix du niveau, définitions…
assess-mark-now = actuelle
assess-mark-last-year = l'an dernier
assess-jump-prompt = Aller au principe (Échap pour revenir)
assess-back-to-questionnaire = ← retour au questionnaire
assess-review-prompt = Choisissez une réponse à modifier (Échap : retour au questionnaire)
assess-mark-final = Marquer l'évaluation comme définitive ?
assess-go-first-left = → aller à la première question restante : { $id }
assess-quit-final = enregistrer et quitter (statut : { word-status-final })
assess-quit-draft = enregistrer et quitter (statut : { word-status-draft } ; à reprendre plus tard)
assess-what-next = Et maintenant ? (Échap pour revenir)
assess-range = de { $min } à { $max }
assess-number-ambiguous = « { $value } » est ambigu : pour un nombre décimal, séparez les décimales par un point ({ $whole }.{ $frac }) ; pour un nombre entier, écrivez { $whole }{ $frac } (sans séparateur des milliers)
assess-number-range = { $value } est hors limites : indiquez un nombre { $range }
assess-not-a-number = « { $value } » n'est pas un nombre : indiquez un nombre { $range }, par exemple { $example }

## What `dgtk assess` says when it gives the terminal back.
assess-saved = { $file } enregistré : { $answered ->
    [one] { $answered } réponse
   *[other] { $answered } réponses
} sur { $total }{ $review } ; { $next }
assess-saved-final =
    statut : { word-status-final }.
    Ensuite : `dgtk check { $file }`, `dgtk score { $file }`, `dgtk report { $file }`.
assess-saved-draft =
    statut : { word-status-draft }.
    Relancez la même commande pour reprendre ; `dgtk score { $file }` affiche les scores provisoires.
assess-interrupted = interruption : toutes les réponses confirmées sont enregistrées dans { $file } ; relancez la même commande pour reprendre.
assess-more-above = ↑ { $n } de plus
assess-more-below = ↓ { $n } de plus

## Usage errors of dgtk assess.
assess-no-terminal = `dgtk assess` pose ses questions dans un terminal, mais { $stream } n'est pas un terminal ; rien n'a été lu ni écrit.
assess-stream-stdin = l'entrée standard (stdin)
assess-stream-stderr = la sortie d'erreur (stderr)
assess-no-terminal-hint = sans terminal, répondez plutôt dans un éditeur :
assess-no-terminal-init = un nouveau fichier qui liste toutes les questions
assess-no-terminal-editor = répondez dans la table [answers.ID] de chaque question
assess-usage-file = indiquez le FICHIER de réponses à reprendre, ou --country et --year pour en créer un
assess-usage-file-hint = par exemple `dgtk assess --country NZL --year 2026`
assess-usage-other = { $file } est l'évaluation de { $country } { $year }, et non de { $asked_country } { $asked_year }
assess-usage-other-hint = omettez --country/--year pour la reprendre, ou indiquez un autre FICHIER
assess-usage-new-country = { $file } n'existe pas encore : indiquez --country (un code ISO 3166-1 alpha-3 tel que NZL, ou un code d'organisme) pour le créer
assess-usage-new-year = { $file } n'existe pas encore : indiquez --year (par exemple --year 2026) pour le créer

## When the questionnaire fails.
assess-error-terminal = le terminal a rencontré une erreur : { $error }
assess-error-save = impossible d'enregistrer le fichier de réponses : { $error }
assess-error-context = { $file } : les réponses données avant celle-ci sont enregistrées
assess-no-ctrl-c = impossible d'intercepter Ctrl-C : { $error }
assess-no-terminal-setup = impossible de préparer le terminal : { $error }
