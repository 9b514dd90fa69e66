# Dropout Lab — français. Traduit de en.ftl ; vocabulaire technique : fr.glossary.md.
# Reviewed-by: nobody yet

page-dropout-lab = Dropout Lab
page-preset =
    .aria-label = Scénario
page-preset-label = Scénario
page-seed =
    .aria-label = Graine
page-seed-label = Graine
page-new-seed = Nouvelle graine
    .title = Tirer une graine que personne n’a choisie : nouvelles données, nouveaux poids et masques, mêmes taux
page-lr =
    .aria-label = Taux d’apprentissage
page-learning-rate-label = Taux d’apprentissage
page-training =
    .aria-label = Entraînement
page-play = Lancer
page-step = Pas
page-reset = Réinitialiser
page-speed-label = Vitesse
page-speed =
    .aria-label = Vitesse
page-speed-out = max
page-lesson-open = Leçon
    .title = Une leçon guidée : prédire, puis révéler (N suivant, B retour, Échap quitte)
page-export = Fichiers…
    .title = Exporter images et données, enregistrer ou charger une configuration
page-help-open =
    .aria-label = Aide et raccourcis clavier
    .title = Aide et raccourcis clavier (?)
page-copy-link = Copier le lien
page-present = Projeter
    .title = Gros caractères et traits épais pour le fond de la salle (P)
page-fullscreen = Plein écran
    .title = Plein écran (F)
page-data-network = Données et réseau
page-data = Données
page-dataset =
    .aria-label = Jeu de données
page-dataset-label = Jeu de données
page-n-train =
    .aria-label = Points d’entraînement
page-training-points-label = Points d’entraînement
page-n-val =
    .aria-label = Points de validation
page-validation-points-label = Points de validation
page-noise =
    .aria-label = Bruit sur les entrées
page-noise-label = Bruit
page-flip =
    .aria-label = Bruit d’étiquettes : part des étiquettes inversées
page-label-noise-label = Bruit d’étiquettes
page-csv-file =
    .aria-label = Fichier CSV de points : x,y,étiquette ou x,y
page-load-csv-label = Charger un CSV…
page-draw-on-the-pictures = Dessiner sur les images ci-dessous
page-drawing-tool =
    .aria-label = Outil de dessin
page-class-0 = Classe 0
page-class-1 = Classe 1
page-or-right-click-a = Gomme
    .title = Ou clic droit sur un point
page-draw-set =
    .aria-label = Ensemble où vont les nouveaux points
page-new-points-go-to-label = Nouveaux points dans
page-training-2 = Entraînement
page-validation = Validation
page-draw-clear = Effacer mes points
page-network = Réseau
page-act =
    .aria-label = Fonction d’activation
page-activation-label = Activation
page-opt =
    .aria-label = Optimiseur
page-optimiser-label = Optimiseur
page-batch =
    .placeholder = tout
    .aria-label = Taille du mini-lot, ou tout
page-minibatch-label = Mini-lot
page-l2 =
    .aria-label = Force de L2
page-l2-strength-label = Force L2
page-small-minibatches-add-noise = Les petits mini-lots ajoutent leur propre bruit, un régulariseur en plus du dropout.
page-copy-this-link-ctrl = Copiez ce lien (Ctrl+C) :
page-link-text =
    .aria-label = Lien vers ce labo
page-link-close =
    .aria-label = Fermer la boîte du lien
page-banner-close =
    .aria-label = Fermer le message
page-lesson =
    .aria-label = Leçon
page-lesson-close =
    .aria-label = Quitter la leçon (le labo reste tel quel)
    .title = Quitter la leçon (Échap) ; le labo reste tel quel
page-lesson-back = Retour
page-lesson-reveal = Révéler
page-lesson-next = Suivant
page-network-2 =
    .aria-label = Réseau
page-diagram-title = Réseau
page-diagram-mode =
    .aria-label = Mode du schéma
page-mode-train = Mode entraînement
page-mode-eval = Mode évaluation
page-example-label = Exemple
page-example =
    .aria-label = Exemple du mini-lot
page-diagram =
    .aria-label = Schéma du réseau : les unités éteintes à ce pas sont barrées
page-rate-label = Taux de dropout
page-rate =
    .aria-label = Taux de dropout
page-input-rate-label = Dropout d’entrée
page-input-rate =
    .aria-label = Taux de dropout de l’entrée
page-scaling = Mise à l’échelle
page-scaling-2 =
    .aria-label = Mise à l’échelle du dropout
page-inverted-kept-units-1 = inversé : unités gardées ×1/(1−p) à l’entraînement (PyTorch, Keras)
page-classic-no-scaling-in = classique : rien à l’entraînement, toutes les unités ×(1−p) à l’évaluation
page-notation = Notation
page-notation-2 =
    .aria-label = Ce que signifie p
page-p-drop-probability-pytorch = p = probabilité d’éteindre (PyTorch, Keras)
page-p-retain-probability-srivastava = p = probabilité de garder (Srivastava et al. 2014)
page-hidden-units = Unités cachées
page-hidden =
    .aria-label = Unités cachées par couche
    .placeholder = 128,128
page-hidden-out = par couche, p. ex. 32,32 (de 1 à 256 chacune)
page-rates-racing = Taux en course
page-run-variant =
    .aria-label = Variante de l’essai choisi
    .title = Ce qu’est l’essai choisi : du dropout, l’un de ses rivaux ou une erreur classique
page-add-run = Ajouter un taux
page-runs =
    .aria-label = Essais
page-results =
    .aria-label = Résultats
page-loss-title = Perte : entraînement (plein) et validation (pointillé)
page-log-scale = échelle log
page-loss =
    .aria-label = Courbe de perte
page-data-title = Ce que chaque essai a appris
page-data-2 =
    .aria-label = Ce que chaque essai a appris
page-sweep-title = Balayage : perte selon le taux de dropout p
page-sweep-label = Balayage
page-sweep-kind =
    .aria-label = Ce qu’on balaie
page-p-0-0-9 = p = 0 … 0,9
page-training-set-size = taille de l’ensemble d’entraînement
page-each-run-of-a =
    .title = Chaque essai d’un point a sa propre graine : celle du champ Graine et les suivantes
page-sweep-seeds =
    .aria-label = Essais par point
page-runs-per-point-label = Essais par point
page-sweep-run = Lancer le balayage
page-sweep-cancel = Annuler
page-log-scale-2 = échelle log
page-sweep-png = PNG
    .title = Le graphique du balayage en PNG, taille ×2
page-sweep-csv = CSV
    .title = Moyenne, minimum et maximum de chaque point en CSV
page-sweep-progress =
    .aria-label = Avancement du balayage
page-sweep-status = Chaque point entraîne de nouveaux essais, un par graine, sur tous les cœurs de cet ordinateur.
page-sweep-chart =
    .aria-label = Graphique du balayage : perte selon la valeur balayée, moyenne sur les graines avec une bande du minimum au maximum
page-inside-title = Le dropout de l’intérieur
page-view-label = Vue
page-inside-view =
    .aria-label = Vue du dropout de l’intérieur
page-sub-networks-the-ensemble = Sous-réseaux : l’ensemble que le dropout entraîne
page-averaging-k-networks-vs = Moyenne de k réseaux ou mise à l’échelle des poids
page-uncertainty-from-dropout-mc = Incertitude par le dropout (MC dropout)
page-co-adaptation-one-unit = Co-adaptation : une unité retirée à la fois
page-inside-compute = Regarder dedans
page-inside-resample = Retirer au sort
    .title = Tirer d’autres réseaux amincis
page-inside-canvas =
    .aria-label = Vue de l’intérieur de l’essai choisi
page-inside-note = Choisissez une vue et appuyez sur « Regarder dedans » : elle porte sur l’essai choisi tel qu’il est à cet instant, en pause ou en marche.
page-export-title = Exporter et charger
page-files-for-slides-and = Des fichiers pour diapositives et fiches, nommés d’après le scénario et la graine.
page-export-loss = Courbe de perte (PNG, 2×)
page-export-lab = Tout le labo (PNG)
page-export-csv = Historique de chaque essai (CSV)
page-export-setup = Configuration (JSON, se recharge)
page-a-saved-setup-opens = Une configuration enregistrée rouvre le même labo, essai par essai (ou déposez le fichier sur la page).
page-load-setup = Charger une configuration…
page-setup-file =
    .aria-label = Fichier de configuration à charger
page-export-close = Fermer
page-help-title = À propos de Dropout Lab
page-help-close = Fermer
page-help-dropout-html = Le dropout éteint au hasard chaque unité d’une couche pendant l’entraînement du réseau : <b>p</b> est la probabilité d’ÉTEINDRE une unité, et les unités gardées sont multipliées par 1/(1−p) pour que la couche suivante reçoive en moyenne la même entrée. À l’évaluation rien n’est éteint : le réseau entraîné se comporte comme une moyenne des nombreux réseaux amincis qu’il a été pendant l’entraînement.
page-what-the-page-shows = Ce que montre la page
page-help-network-html = <b>Réseau</b> : le réseau de l’essai choisi ; les unités barrées ont été éteintes à ce pas d’entraînement (le <i>mode évaluation</i> montre le réseau complet utilisé pour la validation).
page-help-rates-html = <b>Taux de dropout</b> règle les couches cachées de l’essai choisi ; <b>Taux en course</b> liste les essais, qui partent des mêmes poids sur les mêmes mini-lots et ne diffèrent que par le dropout.
page-help-loss-html = <b>Perte</b> : perte d’entraînement en trait plein, de validation en pointillé, une couleur par essai ; l’écart entre les deux est grisé pour l’essai choisi.
page-help-learned-html = <b>Ce que chaque essai a appris</b> : les prédictions de chaque essai sur les données.
page-keyboard-shortcuts = Raccourcis clavier
page-play-pause = Lancer / pause
page-one-step = Un pas
page-reset-every-run = Réinitialiser tous les essais
page-train-mode-eval-mode = Mode entraînement / mode évaluation
page-focused-run-s-dropout = Taux de dropout de l’essai choisi 0,0–0,9
page-focus-the-run-above = Choisir l’essai au-dessus / au-dessous
page-present-mode = Mode projection
page-fullscreen-2 = Plein écran
page-lesson-reveal-then-the = Leçon : révéler, puis le pas suivant ; retour (Page suiv., Page préc. d’une télécommande)
page-this-help = Cette aide
page-close-this-help-or = Fermer cette aide ou un message ; quitter la leçon
page-shortcuts-wait-while-you = Les raccourcis attendent pendant la saisie dans un champ ; un curseur sélectionné garde ses flèches.
page-dropout-lab-needs-javascript = Dropout Lab a besoin de JavaScript et de WebAssembly.
page-lang-label = Langue
page-lang =
    .aria-label = Langue
help-review-awaits = Cette traduction attend la relecture d’un enseignant francophone natif.
help-review-by = Cette traduction a été relue par { $who }.

transport-play = Lancer
transport-pause = Pause
speed-max = max
speed-per-second = { $steps }/s
copy-link-done = Lien copié
notation-rate-label-drop = Taux de dropout
notation-rate-label-retain = Probabilité de garder
notation-input-rate-label-drop = Dropout d’entrée
notation-input-rate-label-retain = Entrée gardée
notation-rate-aria-drop = Taux de dropout
notation-rate-aria-retain = Probabilité de garder (1 − taux de dropout)
notation-scaling-inverted-drop = inversé : unités gardées ×1/(1−p) à l’entraînement (PyTorch, Keras)
notation-scaling-inverted-retain = inversé : unités gardées ×1/p à l’entraînement (PyTorch, Keras)
notation-scaling-classic-drop = classique : rien à l’entraînement, toutes les unités ×(1−p) à l’évaluation
notation-scaling-classic-retain = classique : rien à l’entraînement, toutes les unités ×p à l’évaluation (Srivastava et al.)

## Le laboratoire décrit (#20, src/core/narration/text.rs et tables.rs) : ce que dit le
## narrateur pendant la course, Décrire, les tableaux des graphiques et Écouter.

narration-played = Lecture à partir de l'époque { $epoch }.
narration-paused = En pause à l'époque { $epoch }.
narration-reset = Réinitialisé : chaque essai est revenu à l'époque 0 avec les mêmes poids initiaux.
narration-epoch-of = Époque { $epoch } sur { $story }.
narration-epoch = Époque { $epoch }.
narration-lowest = Perte de validation la plus basse : { $run }, { $val }.
narration-rising = { $run } : validation { $val }, en hausse depuis l'époque { $since }, entraînement { $train }.
narration-turned-upward = { $run } : la perte de validation remonte. Minimum { $best } à l'époque { $since }, maintenant { $now } : le réseau a commencé à mémoriser ses points d'entraînement.
narration-story-end = Fin de l'histoire à l'époque { $epoch }. Perte de validation la plus basse à la fin : { $run }, { $val }.
narration-story-pauses = L'entraînement s'arrête ici ; Lancer le poursuit.
narration-rate-set = L'essai sélectionné est maintenant { $run } : { $readout }. Le prochain pas d'entraînement l'utilise.
narration-input-rate-set = Extinction des entrées de l'essai sélectionné : { $readout }. Le prochain pas d'entraînement l'utilise.
narration-race-run = { $run } : perte d'entraînement { $train }, perte de validation { $val }{ $rising }{ $accuracy }.
narration-race-run-focused = { $run } (sélectionné) : perte d'entraînement { $train }, perte de validation { $val }{ $rising }{ $accuracy }.
narration-race-rising = , en hausse depuis l'époque { $since }
narration-race-accuracy = , exactitude de validation { $accuracy } %
narration-race-not-started = { $runs } essais en course ; aucune époque n'est encore terminée.
narration-race-heading = { $epoch } { $runs } essais en course.
narration-layer-input = entrée
narration-layer-hidden = cachée { $layer }
narration-layer-kept = { $layer } : { $kept } { $kind ->
        [input] entrées
       *[hidden] unités
    } sur { $units } gardées à ce pas.
narration-layer-kept-scaled = { $layer } : { $kept } { $kind ->
        [input] entrées
       *[hidden] unités
    } sur { $units } gardées à ce pas, { $kind ->
        [input] entrées
       *[hidden] unités
    } gardées ×{ $scale }.
narration-diagram-train = Réseau de { $run }, exemple { $example } du dernier mini-lot.
narration-diagram-eval = Réseau de { $run } en mode évaluation : toutes les unités actives, rien d'éteint.
narration-diagram-not-started = Réseau de { $run } : aucun pas d'entraînement encore, donc aucune unité éteinte.
narration-map = Carte de { $run } : { $accuracy } % des points de validation justes, { $errors } sur { $points } faux.
narration-map-where = Carte de { $run } : { $accuracy } % des points de validation justes, { $errors } sur { $points } faux, la plupart { $region ->
        [upper-left] en haut à gauche
        [upper-right] en haut à droite
        [lower-left] en bas à gauche
       *[lower-right] en bas à droite
    }.
narration-curve = Courbe ajustée de { $run } : perte de validation { $val }.
narration-loss-table-caption = Perte de { $run } par époque enregistrée
narration-head-epoch = Époque
narration-head-training-loss = Perte d'entraînement
narration-head-validation-loss = Perte de validation
narration-head-validation-accuracy = Exactitude de validation
narration-named-note = { $name } : { $note }
narration-lesson-answer = Leçon, { $title } : { $answer }
narration-sound-mapping = Le son est coupé tant que vous ne le cochez pas à côté du graphique des pertes. Écouter joue alors la perte de validation de l'essai sélectionné, puis sa perte d'entraînement, une note brève par époque enregistrée : une perte de { $high_loss } ou plus donne { $high_hz } Hz, { $low_loss } ou moins { $low_hz } Hz, et entre les deux des rapports de perte égaux sont des pas de hauteur égaux (une échelle logarithmique) : une perte plus haute est une note plus aiguë. Une ligne qui descend puis remonte est un demi-tour qu'on entend. Avec le son, un bref gazouillis montant signale un essai dont la perte de validation remonte.
narration-swept-p = p
narration-swept-points = points d'entraînement
narration-sweep-empty = Balayage : aucun point entraîné ; appuyez sur Lancer le balayage.
narration-sweep = Balayage de la perte de validation finale selon { $name } : la plus basse à { $name } = { $best_x }, { $best } ; { $first } à { $name } = { $first_x }, { $last } à { $name } = { $last_x }. La courbe est { $shape ->
        [u] en U : trop peu et trop coûtent tous deux en perte de validation
        [first] la plus basse à son premier point
        [last] la plus basse à son dernier point
       *[other] la plus basse près d'une extrémité
    }.
narration-sweep-table-caption = Balayage : pertes à la fin de l'histoire selon { $name }, sur les graines
narration-sweep-table-caption-of = Balayage de { $curve } : pertes à la fin de l'histoire selon { $name }, sur les graines
narration-head-validation-mean = Perte de validation, moyenne
narration-head-validation-min = Perte de validation, min.
narration-head-validation-max = Perte de validation, max.
narration-head-training-mean = Perte d'entraînement, moyenne
narration-table-share = { $percent } %
narration-table-kept = { $kept } sur { $units }
narration-table-subnets = Sous-réseaux de { $run } : les unités que chacun garde, et son poids dans la moyenne
narration-head-subnet = Sous-réseau
narration-head-units-kept = Unités gardées par couche
narration-head-weight = Poids
narration-table-averaging = Moyenne de réseaux amincis de { $run } contre la mise à l'échelle des poids
narration-head-networks = Réseaux
narration-head-validation-error = Erreur de validation
narration-row-weight-scaling = mise à l'échelle des poids
narration-row-average-of = moyenne de { $k }
narration-table-spread = Incertitude due à l'extinction (MC dropout) de { $run }
narration-head-figure = Grandeur
narration-head-value = Valeur
narration-row-points = points sur la carte
narration-row-largest-spread = plus grande dispersion (écart type)
narration-row-mean-spread = dispersion moyenne
narration-table-coadaptation = Coadaptation : perte de validation ajoutée en retirant une unité à la fois
narration-head-run = Essai
narration-head-units-removed = Unités retirées
narration-head-mean-rise = Hausse moyenne
narration-head-largest-rise = Plus forte hausse

## Les commandes du laboratoire décrit (index.html).
page-describe = Décrire
    .title = Dire tout le laboratoire en mots : la course, le réseau couche par couche, les cartes, le balayage (D)
page-loss-table = Tableau
    .title = Les nombres du graphique en tableau, un par essai
page-sweep-table = Tableau
    .title = Les points et bandes du balayage en tableau
page-inside-table = Tableau
    .title = Les grandeurs de la vue en tableau
page-sound =
    .title = Son : Écouter joue les pertes de l'essai sélectionné en hauteur de note ; un gazouillis signale un essai qui remonte
page-sound-label = son
page-listen = Écouter
    .title = Jouer la perte de validation de l'essai sélectionné, puis sa perte d'entraînement, en hauteur de note
page-describe-key = Décrire tout le laboratoire en mots (pour un lecteur d'écran)
page-hearing-the-lab = Entendre le laboratoire
page-hearing-html = Un lecteur d'écran entend Lancer, Pause, Réinitialiser et chaque curseur déplacé sur le moment, et pendant la course au plus une phrase toutes les quelques secondes : chaque dixième de l'histoire, un essai dont la perte de validation remonte, et la fin de l'histoire. <b>Décrire</b> (D) dit tout d'un coup. <b>Tableau</b> à côté d'un graphique montre ses nombres en tableau.

## L'API d'intégration (#21) : les deux refus d'embed= dans le lien, que montre la bannière.
embed-not-an-origin = « { $raw } » n'est pas une origine (attendu : http:// ou https://, un nom d'hôte et un port facultatif, rien après, p. ex. https://school.example)
embed-too-many-origins = au plus { $max } origines peuvent être de confiance

## Le panneau Code (#21). Le code Python généré et le notebook restent en anglais.
page-code-open = Code
    .title = Cette expérience en code PyTorch ou Keras, et un notebook qui rejoue la course
page-code-title = Cette expérience en code
page-code-close = Fermer
page-code-tabs =
    .aria-label = Framework
page-code-copy = Copier le code
page-code-notebook = Télécharger le notebook
page-code-about = Le notebook rejoue cette course dans PyTorch avec les données, les poids initiaux et les mini-lots du laboratoire : la perte avant le premier pas et chaque pas sans extinction sont ceux du laboratoire.
code-copied = Copié.
code-not-copied = Non copié : { $why }

## Chaque élève (#20) : Calme, Contraste, la phrase du curseur des données, l'indication
## clavier du panneau des données et la ligne d'aide des flèches.
page-calm = Calme
    .title = Mouvement calme : les unités barrées du réseau changent au plus deux fois par seconde, rien ne glisse (actif aussi quand le système demande moins d'animations)
page-contrast = Contraste
    .title = Contraste élevé : texte, bordures, anneaux de focus et couleurs des graphiques plus marqués
page-arrows-key-html = Sur les images (Données et réseau ouvert) : déplacer le curseur ; <kbd>Entrée</kbd> ajoute un point, <kbd>Suppr</kbd> en retire un. Sur le graphique du balayage : choisir un point ; <kbd>Entrée</kbd> le met en course
page-data-region =
    .aria-label = Données et réseau
page-data-cursor-hint = Ou au clavier : Tab jusqu'aux images, les flèches déplacent un curseur, Entrée ajoute un point, Suppr retire le plus proche.
data-cursor = Curseur en x = { $x }, y = { $y }. Entrée ajoute un point de la classe choisie, Suppr retire le point dessiné le plus proche.

preset-moons-title = Deux lunes : 80 points bruités
preset-moons-note = Quatre-vingts points, un sur dix mal étiqueté, et un réseau de 17 000 poids : bien plus de liberté que les données ne peuvent en fixer. Regardez l’essai p = 0 : sa perte de validation atteint son minimum en une centaine d’époques environ (sur la graine par défaut, en dix) puis remonte à une fois et demie son meilleur niveau ou plus, tandis que sa perte d’entraînement continue de descendre vers zéro. Il apprend par cœur les points mal étiquetés : sa carte de décision se couvre de petites îles autour de plusieurs d’entre eux, là où celle de l’essai p = 0,5 en a au plus une ou deux. La perte d’entraînement de l’essai p = 0,5 reste plus haute, mais sa perte de validation finit plus basse et l’écart entre ses deux courbes est plus de deux fois moins large. Montrez les masques : à chaque pas, une moitié différente des unités cachées est éteinte, si bien qu’aucune unité ne peut compter sur un partenaire précis pour sculpter une île.
preset-wiggle-title = Ondulation : une courbe dans le bruit
preset-wiggle-note = Quarante échantillons d’une sinusoïde noyée dans le bruit, et un réseau profond qui peut plier sa courbe n’importe où. Sans dropout, la courbe ajustée trouve d’abord l’onde lisse, puis se plie pour passer par des points bruités isolés : dans les premières centaines d’époques, sa perte de validation repart à la hausse tandis que sa perte d’entraînement continue de baisser. Avec p = 0,5 sur les couches cachées, la courbe finit plus près de la vraie sinusoïde et plus lisse. Elle se stabilise lentement, des centaines d’époques après l’essai p = 0, mais sa perte de validation finit plus basse et son écart entre entraînement et validation plus petit. Aucune perte de validation ne peut descendre bien en dessous de 0,36, la variance du bruit lui-même (σ = 0,6) : une perte d’entraînement plus basse, comme celle de l’essai p = 0, signifie que le modèle ajuste le bruit. Le dropout rend chaque pas d’entraînement bruité, et pourtant la courbe de validation de p = 0,5 est la plus calme : le graphique et la courbe ajustée utilisent tout le réseau, aucune unité éteinte.
preset-digits-title = Chiffres : 100 images d’entraînement
preset-digits-note = De vrais chiffres manuscrits, mais seulement 100 pour apprendre. Sans dropout, le réseau reconnaît toutes les images d’entraînement en une quinzaine d’époques. Ensuite son exactitude en validation reste stable (à trois points près) ou monte un peu, mais sa perte de validation augmente de 40 % ou plus (sur la graine par défaut, elle fait plus que doubler). La raison : il devient de plus en plus sûr de lui, y compris sur les chiffres où il se trompe, et l’entropie croisée punit durement une erreur commise avec assurance : la perte moyenne sur une image mal classée fait au moins doubler. Les essais avec dropout suivent la recette de l’article original pour les chiffres : éteindre 20 % des pixels d’entrée, et 20 % ou la moitié des unités cachées. Ils apprennent plus lentement, leur perte de validation finit sous celle de l’essai p = 0 et leur écart entre entraînement et validation est plus petit. Leur exactitude n’est pas meilleure : elle finit à moins de cinq points de celle de l’essai p = 0, au-dessus pour certaines graines et en dessous pour d’autres ; regardez donc les pertes, pas l’exactitude. Montrez le masque de la couche d’entrée : des pixels entiers disparaissent, le réseau doit donc reconnaître un chiffre à partir de n’importe quels quatre cinquièmes de celui-ci.
preset-rivals-title = Rivaux : rien, L2, normalisation par lots, dropout
preset-rivals-note = Les mêmes quatre-vingts lunes bruitées et le même réseau, quatre essais partant des mêmes poids sur les mêmes mini-lots de vingt : sans régulariseur, pénalisation des poids L2 (λ = 0,01), normalisation par lots après chaque couche cachée, et dropout avec p = 0,5. Sans régulariseur, la perte de validation monte au double de son meilleur niveau ou plus, tandis que sa perte d’entraînement descend le plus bas des quatre. Chacun des trois rivaux finit avec une perte de validation plus basse que l’essai non régularisé. La course montre que chacun combat ici le surapprentissage ; elle ne les classe pas.

label-name-drop = p
label-name-retain = p garder
label-rate = { $name } = { $p }
label-run-input = { $name } = { $p }, entrée { $input }
label-classic = classique
label-gaussian = gaussien
label-max-norm = max-norm { $c }
label-l2 = L2 { $lambda }

readout-keeps-every-unit = garde toutes les unités
readout-mistake-keep-as-drop = erreur : éteint { $drops }, garde { $keeps }
readout-keep-share = garder 1−p = { $share }
readout-drop-share = éteindre 1−p = { $share }
readout-gaussian = chaque unité × N(1, { $variance })
readout-kept-scaled = { $things ->
        [weights] poids gardés
       *[units] unités gardées
    } ×{ $scale }
readout-no-scaling = rien à l’entraînement
readout-left-on = { $what ->
        [noise] bruit laissé actif
       *[masks] masques laissés actifs
    } à l’évaluation
readout-eval-scaled = ×{ $scale } à l’évaluation
readout-none-at-evaluation = rien à l’évaluation
readout-scales = { $training }, { $evaluation }
readout-on-inputs = { $rate } sur { $inputs ->
        [one] l’entrée
       *[other] les { $inputs } entrées
    }

diagram-train-inverted = ENTRAÎNEMENT — masque de dropout d’un exemple ; unités gardées ×1/(1−p)
diagram-train-inverted-retain = ENTRAÎNEMENT — masque de dropout d’un exemple ; unités gardées ×1/p
diagram-train-classic = ENTRAÎNEMENT — masque d’un exemple ; classique : sans mise à l’échelle
diagram-eval-inverted = ÉVALUATION — toutes les unités actives, aucune mise à l’échelle
diagram-eval-classic = ÉVALUATION — toutes les unités actives, ×(1−p) (dropout classique)
diagram-eval-classic-retain = ÉVALUATION — toutes les unités actives, ×p (dropout classique)
diagram-kept-of = { $kept } gardées sur { $n }
diagram-expected = attendu ≈ { $n }
diagram-kept-scaled = gardées ×{ $scale }
diagram-mask-of = masque de { $rate }
diagram-expected-scaled = { $expected }, ×{ $scale }
diagram-all-scaled = toutes ×{ $scale }
diagram-layer-input = entrée
diagram-layer-output = sortie
diagram-layer-hidden = cachée { $layer }
diagram-units-shown = { $shown } sur { $n } montrées
diagram-units = { $n ->
        [one] { $n } unité
       *[other] { $n } unités
    }
diagram-next-step = { $rate } au prochain pas

chart-epoch = époque
chart-loss = perte
chart-loss-log = perte (échelle log)
chart-no-losses = pas encore de pertes
chart-key-train = entraînement
chart-key-validation = validation
chart-hover-epoch = époque { $epoch }
chart-hover-run = { $run }   entr. { $train }   val. { $val }
data-key-train = points d’entraînement
data-key-validation = points de validation
data-accuracy-per-digit = exactitude de validation par chiffre
data-digit-wrong = { $guess } ✗ c’est { $truth }

status-playing = époque { $epoch } · { $rate } pas/s
status-paused = époque { $epoch } · en pause
status-title = pas synchronisé { $step }
example-of = sur { $n }
runs-row-title = Cliquez pour montrer cet essai dans le schéma et le régler avec le curseur
runs-remove = Retirer l’essai { $run }
runs-diverged = { $run } — a divergé
runs-numbers = entr. { $train } · val. { $val }
runs-numbers-acc = entr. { $train } · val. { $val } · exact. { $acc } %
runs-overconfident = { $runs } : la perte de validation monte alors que l’exactitude tient — le réseau devient trop sûr de lui sur les réponses qu’il rate.
runs-restarted = Ajouter un taux a relancé la course : chaque essai repart des mêmes poids.
note-story = { $note } (L’histoire dure { $epochs } époques ; l’entraînement s’y met en pause une fois.)
note-left-story = Vous avez quitté l’histoire du scénario ({ $changes }) : sa note et sa pause à { $epochs } époques ne valent plus. Choisissez à nouveau le scénario pour y revenir.
note-list-separator = {", "}

draw-count = { $count ->
        [0] 0 point à vous — dessinez sur les panneaux ci-dessous
        [one] { $count } point à vous
       *[other] { $count } points à vous
    }
draw-not-here = On peut dessiner des points sur des données 2D et des courbes.
preset-your-data = { $title } — vos données

start-default-preset = { $error } — chargement du scénario par défaut.
start-failed = Dropout Lab n’a pas pu démarrer : { $error }
error-something = Un problème est survenu : { $error }
engine-crashed-restarted = Le moteur d’entraînement a planté ({ $error }) ; il a été relancé avec les mêmes réglages. Les détails sont dans la console du navigateur.
engine-load-failed = Le moteur d’entraînement n’a pas pu se charger : { $error }
engine-stopped-dead = Le moteur d’entraînement s’est arrêté ({ $why }) et n’a pas pu être relancé : veuillez recharger la page.
engine-stopped-restarted = Le moteur d’entraînement s’est arrêté ({ $why }) ; un nouveau a été lancé avec les mêmes réglages, et la course repart de l’époque 0.
link-not-understood = Certains réglages du lien n’ont pas été compris : { $problems }{ $more ->
        [0] {""}
       *[other] ; et { $more } de plus
    }. Les valeurs par défaut les remplacent.
setup-file-failed = Impossible de charger la configuration « { $file } » : { $error } Rien n’a été changé.
setup-not-changed = Pas modifié : { $error }.
setup-not-a-number = Pas modifié : « { $text } » n’est pas un nombre.
csv-too-big = Pas chargé : « { $file } » fait { $bytes } octets ; au plus { $max } sont lus.
csv-failed = Pas chargé : « { $file } », { $error }.
draw-failed = Pas dessiné : { $error }.
inside-recompute = Recalculer
lesson-count = Étape { $step } sur { $steps }

sweep-key-final-val = validation finale
sweep-key-best-val = meilleure validation
sweep-key-final-train = entraînement final (évaluation)
sweep-best = meilleur : { $run }
sweep-axis-rate = taux de dropout p des couches cachées
sweep-axis-size = exemples d’entraînement N (échelle log)
sweep-empty = « Lancer le balayage » entraîne chaque point à neuf
sweep-title-size = Balayage : perte selon la taille de l’ensemble d’entraînement
add-run-full = { $runs } essais au plus font la course ensemble — retirez-en un d’abord

## Lesson, banners, menus, sweep, Inside (#19 follow-up)

lesson-finish = Terminer
lesson-step-one-step-title = Un pas, au ralenti
lesson-step-one-step-question = Le schéma montre l’essai p = 0,5 : chaque unité cachée est éteinte avec la probabilité p = 0,5. Appuyez sur Révéler pour faire un pas d’entraînement. Combien des 128 unités de chaque couche seront barrées ?
lesson-step-one-step-answer-1 = Environ la moitié, mais rarement exactement la moitié : chaque unité est éteinte par son propre tirage à pile ou face, avec la probabilité p, et gardée avec la probabilité 1 − p.
lesson-step-one-step-answer-2 = Chaque unité gardée est multipliée par 1/(1 − p) = 2 : la couche suivante reçoit ainsi en moyenne la même entrée.
lesson-step-one-step-answer-3 = Sous chaque couche : combien d’unités cet exemple a gardées, combien p en laisse attendre, et l’échelle.
lesson-step-new-mask-title = Un nouveau masque à chaque pas
lesson-step-new-mask-question = L’entraînement continue, un pas par seconde. Le pas suivant éteindra-t-il les mêmes unités ?
lesson-step-new-mask-answer-1 = Non : à chaque pas, une autre moitié des unités cachées est éteinte.
lesson-step-new-mask-answer-2 = Chaque pas entraîne donc un autre réseau aminci, et tous partagent les mêmes poids.
lesson-step-train-eval-title = Entraînement ou évaluation
lesson-step-train-eval-question = Pour mesurer la perte de validation, le réseau répond sur des points qu’il n’a jamais vus à l’entraînement. Doit-il encore éteindre des unités ?
lesson-step-train-eval-answer-1 = Non : à l’évaluation, toutes les unités sont allumées et rien n’est aléatoire (le Mode évaluation le montre).
lesson-step-train-eval-answer-2 = Les unités gardées ont déjà été mises à l’échelle par 1/(1 − p) à l’entraînement : aucune n’a besoin de l’être maintenant.
lesson-step-train-eval-answer-3 = Le dropout classique (l’autre choix sous Mise à l’échelle) fait l’inverse : rien à l’entraînement, chaque unité ×(1 − p) à l’évaluation. Dans les deux cas, la couche suivante reçoit en moyenne la même entrée.
lesson-step-overfit-title = Surapprentissage sans dropout
lesson-step-overfit-question = Ce réseau a 17 000 poids, 80 points d’entraînement et pas de dropout (p = 0). Sa perte d’entraînement (trait plein) va baisser. Que fera sa perte de validation (pointillés) ?
lesson-step-overfit-answer-1 = Elle touche son minimum tôt (avec cette graine, en moins de dix époques), puis remonte à une fois et demie son minimum ou plus, tandis que la perte d’entraînement continue de descendre vers zéro.
lesson-step-overfit-answer-2 = Le réseau apprend par cœur ses points d’entraînement, même les points mal étiquetés (voyez les îlots de sa carte) : c’est le surapprentissage.
lesson-step-gap-title = Le dropout réduit l’écart
lesson-step-gap-question = Le même réseau court maintenant avec p = 0,2 et p = 0,5, depuis les mêmes poids initiaux, sur les mêmes mini-lots. Quel essai finira avec la plus basse perte de validation ?
lesson-step-gap-answer-1 = L’essai p = 0,5, des trois.
lesson-step-gap-answer-2 = La perte d’entraînement de l’essai p = 0,5 reste plus haute, mais sa perte de validation finit plus basse, et l’écart entre ses deux courbes est moins de moitié aussi large.
lesson-step-underfit-title = Trop de dropout sous-apprend
lesson-step-underfit-question = Un réseau plus petit, 16 unités par couche, et le deuxième essai en éteint 90 % (p = 0,9). Si p = 0,5 a aidé, p = 0,9 aidera-t-il encore plus ?
lesson-step-underfit-answer-1 = Non : garder une ou deux unités sur 16 par exemple, c’est trop peu pour apprendre les lunes.
lesson-step-underfit-answer-2 = L’essai p = 0,9 finit avec une perte d’entraînement et une perte de validation toutes deux plus hautes que l’essai p = 0,5, toutes deux près de 0,69, la perte d’un pari à 50:50. C’est le sous-apprentissage.
lesson-step-which-p-title = Quel p ?
lesson-step-which-p-question = Quatre taux font la course sur un réseau de 32 unités par couche : p = 0 ; 0,2 ; 0,5 et 0,9. Lequel finit avec la plus basse perte de validation ?
lesson-step-which-p-answer-1 = Un taux du milieu, p = 0,2 ou p = 0,5.
lesson-step-which-p-answer-2 = p = 0 finit avec la plus basse perte d’entraînement et surapprend ; p = 0,9 finit avec la plus haute perte d’entraînement et sous-apprend.
lesson-step-which-p-answer-3 = Trop peu de dropout et trop de dropout coûtent tous deux en perte de validation : le meilleur p est entre les deux.
lesson-step-which-p-answer-4 = Le panneau Balayage, plus bas, entraîne un réseau pour chaque p de 0 à 0,9 : appuyez sur Lancer le balayage pour voir toute la courbe.
lesson-step-why-title = Pourquoi ça marche
lesson-step-why-question = L’entraînement a utilisé un autre réseau aminci à chaque pas ; l’évaluation utilise une fois le réseau entier. Pourquoi un seul réseau peut-il tenir lieu de tous les réseaux amincis ?
lesson-step-why-answer-1 = Toutes unités allumées, chaque couche donne à la suivante l’entrée que les réseaux amincis lui donnaient en moyenne.
lesson-step-why-answer-2 = Sur plusieurs couches, cela ne fait qu’approcher la moyenne de leurs réponses : les vues ci-dessous montrent de combien.
lesson-step-rivals-title = Dropout, L2 ou normalisation par lots
lesson-step-rivals-question = Le dropout n’est pas le seul remède au surapprentissage. Ces essais le mettent en course contre la pénalisation des poids L2 et la normalisation par lots, depuis le même départ. Lequel finit avec la plus basse perte de validation ?
lesson-step-rivals-answer-1 = La note sous les graphiques dit ce que ces courbes montrent, et ce qu’elles ne montrent pas.

diagram-banner-dropconnect = ENTRAÎNEMENT — masque DropConnect de ce mini-lot : poids éteints en tirets gris
diagram-banner-gaussian = ENTRAÎNEMENT — bruit gaussien d’un exemple : chaque unité × un facteur tiré de N(1, p/(1−p))
diagram-mistake-dropout-at-evaluation = ÉVALUATION — ERREUR : dropout laissé actif, nouveaux masques à chaque évaluation
diagram-mistake-no-evaluation-scaling = ÉVALUATION — ERREUR : toutes les unités actives mais pas mises à l’échelle par 1−p : entrées trop grandes
diagram-mistake-keep-read-as-drop = ENTRAÎNEMENT — ERREUR : p lu comme probabilité de garder, chaque couche éteint donc 1 − p
diagram-weights-kept-of = { $kept } gardés sur { $n }
diagram-weights-expected = poids (≈ { $n })
diagram-kept-ones-scaled = gardés ×{ $scale }
diagram-no-noise = sans bruit
diagram-gaussian-factor = × N(1, { $variance })
diagram-factors-range = facteurs { $lo } … { $hi }

error-drop-rate = le taux de dropout { $p } de { $layer } n’est pas valide : il doit vérifier 0 ≤ p < 1 (p est la probabilité d’éteindre une unité)
error-out-of-range = { $what } = { $value } est hors limites : la valeur doit être entre { $min } et { $max }
error-shape = formes incompatibles : { $why }
error-unknown = { $kind } : « { $name } » n’existe pas ; noms connus : { $known }
error-config = configuration non valide : { $why }

## Les détails à l’intérieur des erreurs du cœur (src/core/error.rs, #19).

error-layer-input = la couche d’entrée
error-layer-hidden = la couche cachée { $layer }
error-inside = { $error }
quantity-inputs = nombre d’entrées
quantity-outputs = nombre de sorties
quantity-hidden-layer-count = nombre de couches cachées
quantity-hidden-layers = couches cachées
quantity-hidden-units = unités de la couche cachée { $layer }
quantity-batch-size = taille de lot
quantity-minibatch-size = taille du mini-lot
quantity-learning-rate = taux d’apprentissage
quantity-weight-decay = pénalisation des poids
quantity-l2 = force de L2
quantity-max-norm = rayon de max-norm
quantity-training-points = points d’entraînement
quantity-validation-points = points de validation
quantity-training-images = images d’entraînement
quantity-validation-images = images de validation
quantity-noise = bruit
quantity-input-noise = bruit sur les entrées
quantity-label-noise = bruit d’étiquettes
quantity-target-noise = bruit sur les cibles
quantity-classes = classes
quantity-seed = graine
quantity-focused-run = essai sélectionné
quantity-speed = vitesse
quantity-lesson-step = étape de la leçon
kind-preset = scénario
kind-dataset = jeu de données
kind-activation = activation
kind-optimiser = optimiseur
kind-regression-curve = courbe de régression
kind-run-variant = variante d’essai
kind-inside-view = vue « Le dropout de l’intérieur »
shape-rates-vs-layers = { $rates } taux de dropout donnés, le réseau a { $layers } couches de dropout (entrée + { $hidden } cachées)
shape-points-vs-inputs = les points ont { $columns } coordonnées, le réseau en prend { $inputs }
shape-sets-differ = les ensembles d’entraînement et de validation diffèrent par la tâche, les variables ou les cibles
shape-set-targets = { $set ->
        [training] ensemble d’entraînement
       *[validation] ensemble de validation
    } : { $examples } exemples, { $targets } cibles de largeur { $width } (largeur attendue { $expected })
shape-no-dropout-layer = la couche de dropout { $layer } n’existe pas (le réseau en a { $layers })
config-softmax-classes = une sortie softmax demande au moins 2 classes
config-max-runs = au plus { $max } essais peuvent faire la course en même temps
config-last-run = le dernier essai ne peut pas être retiré : le labo en demande au moins un
config-no-run = il n’y a pas d’essai { $run } : l’expérience a { $runs ->
        [one] { $runs } essai
       *[other] { $runs } essais
    }
config-sets-empty = les ensembles d’entraînement et de validation doivent tous deux avoir des exemples
config-not-a-number = { $what } : « { $raw } » n’est pas un nombre
config-two-noises = un essai a un seul bruit, pas deux (« { $text } »)
config-two-mistakes = une seule erreur par essai (« { $text } »)
config-digits-total = images d’entraînement + de validation = { $total }, mais le jeu de chiffres n’en a que { $examples }
image-version = le moteur a envoyé une image de version { $version }, la page lit la version { $expected }
image-runs = l’image du moteur a { $runs } essais
image-ended = l’image du moteur s’est arrêtée trop tôt (une autre version du labo ?)
image-extra-bytes = l’image du moteur a { $bytes } octets de plus que ce que lit la page
image-not-utf8 = l’image du moteur contient du texte qui n’est pas en UTF-8
image-matrix-shape = une matrice de l’image du moteur est de { $rows } × { $columns }, celle de la page de { $expected_rows } × { $expected_columns } : les deux labos n’ont pas été construits de la même façon
image-mask-shape = le masque du moteur pour la couche { $layer } est de { $rows } × { $columns }, attendu { $expected_rows } × { $expected_columns }
image-dropconnect-layers = les masques DropConnect du moteur ne correspondent pas aux couches du réseau
image-dropconnect-shape = un masque DropConnect n’a pas la forme de ses poids
image-unknown-code = l’image du moteur contient le code { $code }, que la page ne connaît pas
csv-too-large = le fichier fait { $bytes } octets ; au plus { $max } sont lus
csv-too-few-rows = { $rows } lignes de données ; il en faut au moins { $min } (trois pour entraîner, une pour valider)
csv-line = ligne { $line } « { $text } » : { $why }
csv-numbers = des nombres sont attendus
csv-columns = x,y,étiquette (deux classes) ou x,y (une courbe) attendu
csv-columns-like-first = { $columns } valeurs attendues, comme la première ligne
csv-label = l’étiquette doit valoir 0 ou 1
points-drawn = points dessinés : { $why }
points-characters = { $characters } caractères, mais chaque point en prend { $each }
points-not-base64url = « { $character } » n’est pas un caractère base64url
points-too-many = { $count } points, c’est plus que les { $max } qu’un lien peut porter ; retirez-en ou utilisez moins de lignes
points-which-data = on ne peut dessiner des points que sur des données 2D à deux classes et sur des courbes
points-columns = les points dessinés ne correspondent pas aux colonnes du jeu de données
setup-not-a-knob = « { $key } » n’est pas un réglage des données et du réseau
setup-only-points = vos points seulement : dessinez-en d’abord au moins 4 sur le panneau des données (actuellement { $points }), ou chargez un fichier CSV
settings-not-a-setting = « { $key } » n’est pas un réglage
settings-ignored = { $key }={ $raw } ignoré ({ $why })
settings-partly = { $key } : { $why }
settings-refused = { $key }={ $raw } : { $why }
expected-number = un nombre de { $min } à { $max } est attendu
expected-whole-number = un nombre entier de { $min } à { $max } est attendu
expected-full-or-whole = « full » ou un nombre entier de 1 à { $max } est attendu
expected-one-of = l’un de ces mots est attendu : { $names }
expected-either = « { $first } » ou « { $second } » est attendu
expected-flag = 0 ou 1 est attendu
expected-rate = un taux dans [0, 1[ est attendu
expected-text-or-number = du texte ou un nombre est attendu
expected-runs = de 1 à { $max } essais séparés par des virgules sont attendus ; chacun un taux dans [0, 1[ ou des taux entrée:cachée:…, suivi au besoin de ~variante
expected-hidden = des nombres entiers séparés par des virgules sont attendus, comme 64,64 : de 1 à { $layers } couches de 1 à { $units } unités
expected-hideable = impossible de masquer { $names } (commandes qui peuvent être masquées : { $hideable })
expected-drawn-points = des points dessinés sont attendus, 4 caractères base64url chacun, au plus { $max }
variant-not-understood = variante d’essai « { $variant } » non comprise
file-not-json = ce n’est pas un fichier JSON.
file-not-a-setup = c’est du JSON mais pas une configuration de Dropout Lab (pas de "format": "{ $format }" avec ses "settings").
file-version = c’est une configuration de version { $version } ; cette page lit la version { $expected }.
file-settings-unusable = certains de ses réglages ne peuvent pas être utilisés : { $settings }.

engine-no-command = le moteur n’a pas de commande { $name }

variant-dropout = dropout
    .title = unités éteintes avec la probabilité p, les gardées ×1/(1−p)
variant-classic = dropout classique
    .title = aucune mise à l’échelle à l’entraînement, ×(1−p) à l’évaluation
variant-dropconnect = DropConnect
    .title = des poids isolés éteints avec la probabilité p
variant-gaussian = dropout gaussien
    .title = chaque unité × un facteur tiré de N(1, p/(1−p))
variant-maxnorm = dropout + max-norm 3
    .title = les poids entrants de chaque unité gardés dans ‖w‖ ≤ 3
variant-l2 = L2 0,01
    .title = pénalisation des poids λ = 0,01 sur cet essai
variant-bn = normalisation par lots
    .title = chaque couche cachée normalisée sur le mini-lot
variant-mistake-evaldrop = erreur : dropout actif à l’évaluation
    .title = mode évaluation oublié : la validation est mesurée sur des réseaux amincis au hasard
variant-mistake-noscale = erreur : pas de ×(1−p) à l’évaluation
    .title = entraînement classique, réseau entier à l’évaluation : sorties trop grandes
variant-mistake-keep = erreur : p lu comme probabilité de garder
    .title = une couche censée éteindre p éteint 1 − p
variant-gaussian-maxnorm = gaussien + max-norm 3
    .title = bruit gaussien et contrainte max-norm
mistake-why-evaldrop = dropout laissé actif à l’évaluation : la perte de validation est mesurée sur un réseau aminci au hasard, bruitée et pire en moyenne
mistake-why-noscale = dropout classique sans le ×(1−p) à l’évaluation : les entrées du réseau entier sont 1/(1−p) fois plus grandes qu’à l’entraînement
mistake-why-keep = p lu comme probabilité de garder : une couche censée éteindre p éteint 1 − p
dataset-moons = Deux lunes
dataset-circles = Cercles : un disque dans un anneau
dataset-spiral = Deux spirales
dataset-xor = Quadrants XOR
dataset-blobs = Deux nuages
dataset-sine = Courbe sinus
dataset-cubic = Courbe cubique
dataset-digits = Chiffres manuscrits (8×8)
dataset-own = Seulement vos points (2D)
dataset-own-curve = Seulement vos points (une courbe)
activation-relu = ReLU
activation-tanh = tanh
activation-sigmoid = sigmoïde
activation-linear = linéaire (sans non-linéarité)
optimiser-sgd = SGD
optimiser-momentum = SGD avec moment (β = 0,9)
optimiser-adam = Adam
setup-rebuilt = Reconstruit avec { $what } : { $runs ->
        [one] le même essai
       *[other] les mêmes { $runs } essais
    } et taux, entraînement depuis le début.
rebuilt-train = { $value } points d’entraînement
rebuilt-train-preset = les points d’entraînement du scénario
rebuilt-val = { $value } points de validation
rebuilt-val-preset = les points de validation du scénario
rebuilt-noise = bruit { $value }
rebuilt-noise-preset = le bruit du scénario
rebuilt-flip = bruit d’étiquettes { $value }
rebuilt-flip-preset = le bruit d’étiquettes du scénario
rebuilt-l2 = force L2 { $value }
rebuilt-l2-preset = la force L2 du scénario
rebuilt-act = des unités { $title }
rebuilt-opt = { $title } (taux d’apprentissage toujours { $lr } ; SGD en demande souvent un plus grand qu’Adam)
rebuilt-full-batch = un entraînement sur le lot complet
rebuilt-batch = des mini-lots de { $value }
rebuilt-dataset = les données { $title }
rebuilt-dataset-cleared = les données { $title } ; vos { $count } points dessinés étaient pour des données { $shape } et ont été effacés
rebuilt-csv = { $count } points de « { $file } » (un sur quatre valide)
rebuilt-csv-scaled = { $count } points de « { $file } », ramenés dans l’image (un sur quatre valide)
rebuilt-point-erased = le point près de ({ $x } ; { $y }) effacé
rebuilt-point-added = un point { $set ->
        [validation] de validation
       *[training] d’entraînement
    } de classe { $label } en ({ $x } ; { $y })
rebuilt-points-cleared = vos points effacés

sweep-note-rate = Chaque point entraîne de nouveaux essais sur la durée de l’histoire, un par graine, avec ce p sur chaque couche cachée ; la ligne est leur moyenne et la bande va de la graine la plus basse à la plus haute. Avec 32 unités par couche cachée (tapez 32,32 dans Unités cachées), la perte de validation finale de Deux lunes est un U : plus haute à p = 0 (surapprentissage) et à p = 0,9 (trop peu d’unités restantes pour apprendre), la plus basse entre p = 0,2 et 0,7. Avec les 128 unités par couche du scénario, 13 unités gardées suffisent encore pour les lunes : la perte de validation descend à son minimum à p = 0,6 ou au-delà. Cliquez sur un point pour faire courir ce taux.
sweep-note-size = Chaque N entraîne de nouveaux essais sur N exemples d’entraînement, sans dropout et aux taux de l’essai sélectionné. Sur Deux lunes, l’écart à p = 0 entre perte de validation et perte d’entraînement diminue à chaque pas quand N grandit. Le gain du dropout (la perte de validation à p = 0 moins celle à p = 0,5) est le plus grand avec le moins d’exemples (20 ou 40 points) et, à 640 points, vaut moins d’un dixième de cela : contrairement à la figure 10 de l’article, ces petits problèmes ne montrent pas de pic au milieu.
sweep-hover-n = N = { $n }
sweep-hover-size-series = { $series } : val. { $val }, écart { $gap }
sweep-hover-gain = gain { $gain }
sweep-hover-rate = { $label } · { $seeds ->
        [one] { $seeds } graine
       *[other] { $seeds } graines
    }
sweep-hover-final-val = val. finale { $band }
sweep-hover-best-val = meilleure val. { $band }
sweep-hover-final-train = entr. final { $band }
sweep-progress = { $done } sur { $total } essais faits sur { $workers ->
    [one] { $workers } fil d’exécution
   *[other] { $workers } fils d’exécution
}
sweep-progress-left = { $progress } · environ { $seconds } s restantes
sweep-done = Terminé : { $done } sur { $total } essais en { $seconds } s.
sweep-cancelled = Annulé : { $done } sur { $total } essais faits.
sweep-failure-count = { $failure } ({ $n } jusqu’ici)

inside-note-subnets = Chaque panneau est un réseau aminci : son titre compte les unités cachées qu’il garde, le coin montre son masque (une colonne par couche, foncé = gardée). Entraîner avec dropout les entraîne tous à la fois : ils partagent un seul jeu de poids, et chaque mini-lot en entraîne un. Leur moyenne est ce que prédit l’ensemble ; le réseau entier aux poids mis à l’échelle l’approche en une seule passe.
inside-note-averaging = La courbe fait la moyenne des prédictions de k réseaux amincis tirés avec les taux de l’essai ; la ligne est le réseau entier aux poids mis à l’échelle, en une passe. À k = 100, la moyenne valide au moins aussi bien que le réseau mis à l’échelle.
inside-note-spread = Dropout MC : la dispersion (écart type) des prédictions de réseaux amincis, dropout laissé actif à la prédiction. Une estimation des endroits où le réseau hésite, pas une probabilité calibrée : elle dépend de p et du nombre de réseaux tirés.
inside-note-coadaptation = L’histogramme compte les unités cachées selon la hausse de la perte de validation quand on retire cette seule unité à l’évaluation (sous zéro : le réseau fait mieux sans elle). Sur les deux lunes, l’unité la plus importante du réseau p = 0,5 coûte moins d’un cinquième de ce que coûte l’unité la plus importante du réseau p = 0 : avec dropout, aucune unité n’est indispensable. La plupart des unités comptent peu dans les deux réseaux.
inside-note-frozen = { $what } (Essai { $run }, époque { $epoch } : figé au lancement de la vue.)
inside-spread-title = { $label } · { $n } réseaux amincis · dispersion des prédictions
inside-subnet-prob = { $panel } · prob. { $prob }
inside-subnet-kept = { $panel } · { $kept }/{ $all }
inside-exact-mean = moyenne exacte
inside-full-scaled-short = entier, à l’échelle
inside-average-of = moyenne de { $k }
inside-full-scaled = réseau entier, à l’échelle
inside-validation-loss = perte de validation
inside-validation-error = erreur de validation
inside-hover-row = { $name } : { $value }
inside-k-axis = k (réseaux amincis moyennés, échelle log)
inside-spread-band = bande : moyenne ± 2 écarts types des réseaux amincis (une estimation)
inside-spread-per-digit = écart type moyen de la probabilité de la réponse, par vrai chiffre (une estimation)
inside-rise-axis = hausse de la perte de val.
inside-layer-activity = couche cachée { $layer } : activation moyenne { $mean } · { $near_zero } proches de zéro
inside-activation-range = activations { $lo } … { $hi }
inside-waiting = Choisissez une vue et appuyez sur Regarder dedans : elle regarde l’essai sélectionné tel qu’il est maintenant
inside-no-view = ces données n’ont pas de vue de l’intérieur (régression sur plusieurs entrées)
inside-computing = calcul… { $percent } %
inside-done = terminé

inside-rises-summary = { $n ->
        [one] { $n } unité
       *[other] { $n } unités
    } · plus forte hausse { $largest } · moyenne { $mean }
inside-spread-map-key = blanc : aucune dispersion · le plus foncé : écart type { $largest } (une estimation)
