# dgtk interface messages (fr): cli. Syntax: https://projectfluent.org/fluent/guide/

## The command line's help (`dgtk --help`, `dgtk COMMAND --help`). English help comes from the
## code's doc comments; these are the reference for the other languages.
cli-about = Auto-évaluation des stratégies d'administration numérique au regard des 12 principes de la Recommandation de l'OCDE sur les stratégies numériques gouvernementales (2014).
cli-long-about =
    Auto-évaluation des stratégies d'administration numérique au regard des 12 principes de la Recommandation de l'OCDE sur les stratégies numériques gouvernementales (2014).

    Les fichiers de réponses sont de simples fichiers TOML, conservés dans git ; dgtk les vérifie, les note par lots, rend compte des progrès et compare les années. Le référentiel est intégré ; --framework en charge un autre.
cli-usage-heading = Utilisation :
cli-commands-heading = Commandes
cli-framework = Charger le référentiel depuis ce dossier au lieu du référentiel intégré.
cli-color = Quand colorer la sortie : auto (dans un terminal, sauf si NO_COLOR est défini ; CLICOLOR et CLICOLOR_FORCE sont pris en compte), always (toujours) ou never (jamais).
cli-lang = La langue de l'interface et des textes du référentiel : en ou fr. À défaut : DGTK_LANG, sinon la locale (LC_ALL, LC_MESSAGES, LANG), sinon l'anglais. Un référentiel qui n'existe pas dans cette langue s'affiche dans sa langue principale, avec une remarque.
cli-about-principles = Afficher le référentiel : piliers et principes, ou les questions d'un principe, avec conseils et descripteurs de niveau
cli-about-init = Écrire un nouveau fichier de réponses : chaque question y figure avec son texte et son échelle en commentaire
cli-long-about-init =
    Écrire un nouveau fichier de réponses : chaque question y figure avec son texte et son échelle en commentaire.

    Avec --from, les réponses, justificatifs, liens et cibles de l'année précédente sont repris, chaque réponse marquée `flag = "review"` jusqu'à ce qu'une personne la confirme (en supprimant cette ligne, ou avec `dgtk assess`). Un fichier d'une version antérieure du référentiel est repris au moyen de `replaces` : ce qui est conservé, renommé, scindé, supprimé et ajouté est affiché. Les commentaires que vous aviez écrits dans le fichier précédent suivent les mêmes questions.
cli-about-assess = Répondre au questionnaire de manière interactive dans le terminal, avec enregistrement après chaque réponse
cli-long-about-assess =
    Répondre au questionnaire de manière interactive dans le terminal, avec enregistrement après chaque réponse.

    Parcourt les principes un à un, question par question : choisissez un niveau (ou oui/non, cochez des éléments, saisissez un nombre), ou indiquez n/a (avec la raison) ou inconnu, puis ajoutez des justificatifs. Revenez en arrière, passez une question, allez à un principe, consultez le récapitulatif des réponses et de leurs scores, et terminez en marquant l'évaluation comme définitive une fois toutes les questions traitées. Relancée sur le même fichier, la commande reprend à la première question restante. Un terminal est nécessaire : à défaut, utilisez `dgtk init`, un éditeur et `dgtk check`.
cli-about-check = Vérifier des fichiers de réponses au regard du référentiel ; sans fichier, vérifier le référentiel seul
cli-long-about-check =
    Vérifier des fichiers de réponses au regard du référentiel ; sans fichier, vérifier le référentiel seul.

    Chaque problème de chaque fichier est écrit sur la sortie d'erreur sous la forme `fichier:ligne:colonne: message` ; chaque fichier valide donne une ligne sur la sortie standard. Code de sortie 1 si un fichier présente un problème.
cli-about-score = Noter des fichiers de réponses par lots : une ligne par évaluation
cli-about-compare = Comparer de nombreuses évaluations côte à côte : distribution des scores de chaque domaine, rang de chaque évaluation et écarts à la moyenne des pairs et au meilleur, groupes de pairs, questions le plus souvent manquées
cli-about-report = Rédiger le rapport d'étape d'une évaluation, avec l'évolution par rapport aux précédentes
cli-about-diff = Comparer deux évaluations (par exemple deux années) : par question, principe, pilier et dans l'ensemble
cli-about-merge = Réunir les fichiers de réponses de plusieurs évaluateurs (ou organismes) pour un pays et une année
cli-about-export = Exporter le questionnaire sous forme de classeur à remplir avec Excel ou LibreOffice
cli-about-import = Relire un classeur de questionnaire rempli (issu de `dgtk export`) dans un fichier de réponses
cli-about-fmt = Réécrire des fichiers de réponses dans la présentation canonique (ordre du référentiel, textes des questions en commentaire)
cli-long-about-fmt =
    Réécrire des fichiers de réponses dans la présentation canonique (ordre du référentiel, textes des questions en commentaire).

    Les réponses, justificatifs, liens, marques et cibles sont conservés à l'identique, de même que les commentaires que vous avez écrits ; seuls la présentation et les commentaires de l'outil changent, dans la langue choisie. Les fichiers qui présentent des problèmes sont signalés et laissés tels quels. Avec --check, rien n'est écrit.
cli-about-schema = Écrire un schéma JSON : d'un fichier de réponses du référentiel chargé, des fichiers du référentiel ou de leurs traductions, ou d'une sortie JSON. Voir docs/json.md
cli-about-completions = Écrire un script de complétion pour le shell (par exemple `dgtk completions bash > /etc/bash_completion.d/dgtk`)
cli-about-man = Écrire la page de manuel au format roff (par exemple `dgtk man > dgtk.1 && man ./dgtk.1`)
