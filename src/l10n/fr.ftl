# Dropout Lab — français. Traduit de en.ftl (ids, variables et clés restent ceux de l'anglais).
# Reviewed-by: nobody yet
# Machine-drafted: awaits a native teacher's review (see the glossary for the terms chosen).
# Glossaire des termes choisis : src/l10n/fr.glossary.md

## Le texte fixe de la page (index.html, éléments marqués data-l10n-id).

page-dropout-lab = Dropout Lab
page-preset =
    .aria-label = Scénario
page-preset-label = Scénario
page-seed =
    .aria-label = Graine
page-seed-label = Graine
page-new-seed = Nouvelle graine
    .title = Tirer une graine que personne n'a choisie : nouvelles données, nouveaux poids et masques, mêmes taux
page-lr =
    .aria-label = Taux d'apprentissage
page-learning-rate-label = Taux d'apprentissage
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
    .title = Une leçon guidée : prédire, puis révéler (N suivant, B retour, Échap pour quitter)
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
    .aria-label = Points d'entraînement
page-training-points-label = Points d'entraînement
page-n-val =
    .aria-label = Points de validation
page-validation-points-label = Points de validation
page-noise =
    .aria-label = Bruit sur les entrées
page-noise-label = Bruit
page-flip =
    .aria-label = Bruit sur les étiquettes : part des étiquettes inversées
page-label-noise-label = Bruit d'étiquettes
page-csv-file =
    .aria-label = Fichier CSV de points : x,y,étiquette ou x,y
page-load-csv-label = Charger un CSV…
page-draw-on-the-pictures = Dessinez sur les images ci-dessous
page-drawing-tool =
    .aria-label = Outil de dessin
page-class-0 = Classe 0
page-class-1 = Classe 1
page-or-right-click-a = Gomme
    .title = Ou clic droit sur un point
page-draw-set =
    .aria-label = Ensemble qui reçoit les nouveaux points
page-new-points-go-to-label = Nouveaux points vers
page-training-2 = Entraînement
page-validation = Validation
page-draw-clear = Effacer mes points
page-network = Réseau
page-act =
    .aria-label = Activation
page-activation-label = Activation
page-opt =
    .aria-label = Optimiseur
page-optimiser-label = Optimiseur
page-batch =
    .placeholder = tout
    .aria-label = Taille du mini-lot, ou tout
page-minibatch-label = Mini-lot
page-l2 =
    .aria-label = Intensité de L2
page-l2-strength-label = Intensité de L2
page-small-minibatches-add-noise = Les petits mini-lots ajoutent leur propre bruit, un régularisateur en plus du dropout.
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
page-input-rate-label = Dropout d'entrée
page-input-rate =
    .aria-label = Taux de dropout d'entrée
page-scaling = Mise à l'échelle
page-scaling-2 =
    .aria-label = Mise à l'échelle du dropout
page-inverted-kept-units-1 = inversé : unités gardées ×1/(1−p) à l'entraînement (PyTorch, Keras)
page-classic-no-scaling-in = classique : pas de mise à l'échelle à l'entraînement, toutes les unités ×(1−p) à l'évaluation
page-notation = Notation
page-notation-2 =
    .aria-label = Ce que p signifie
page-p-drop-probability-pytorch = p = probabilité d'éteindre (PyTorch, Keras)
page-p-retain-probability-srivastava = p = probabilité de garder (Srivastava et al. 2014)
page-hidden-units = Unités cachées
page-hidden =
    .aria-label = Unités cachées par couche
    .placeholder = 128,128
page-hidden-out = par couche, p. ex. 32,32 (1–256 chacune)
page-rates-racing = Course des taux
page-run-variant =
    .aria-label = Variante de l'essai sélectionné
    .title = Ce qu'est l'essai sélectionné : dropout, l'un de ses rivaux ou une erreur classique
page-add-run = Ajouter un taux
page-runs =
    .aria-label = Essais
page-results =
    .aria-label = Résultats
page-loss-title = Perte : entraînement (trait plein) et validation (tirets)
page-log-scale = échelle log
page-loss =
    .aria-label = Courbe de perte
page-data-title = Ce que chaque essai a appris
page-data-2 =
    .aria-label = Ce que chaque essai a appris
page-sweep-title = Balayage : la perte selon le taux d'extinction p
page-sweep-label = Balayage
page-sweep-kind =
    .aria-label = Ce qu'on balaie
page-p-0-0-9 = p = 0 … 0,9
page-training-set-size = taille de l'ensemble d'entraînement
page-each-run-of-a =
    .title = Chaque essai d'un point a sa propre graine : celle du champ Graine et les suivantes
page-sweep-seeds =
    .aria-label = Essais par point
page-runs-per-point-label = Essais par point
page-sweep-run = Lancer le balayage
page-sweep-cancel = Annuler
page-log-scale-2 = échelle log
page-sweep-png = PNG
    .title = Le graphique du balayage en PNG à 2×
page-sweep-csv = CSV
    .title = La moyenne, le min et le max de chaque point en CSV
page-sweep-progress =
    .aria-label = Avancement du balayage
page-sweep-status = Chaque point entraîne de nouveaux essais, un par graine, sur tous les cœurs de cet ordinateur.
page-sweep-chart =
    .aria-label = Graphique du balayage : la perte selon la valeur balayée, moyenne sur les graines avec une bande min–max
page-inside-title = Au cœur du dropout
page-view-label = Vue
page-inside-view =
    .aria-label = Vue au cœur du dropout
page-sub-networks-the-ensemble = Sous-réseaux : l'ensemble qu'entraîne le dropout
page-averaging-k-networks-vs = Moyenne de k réseaux ou mise à l'échelle des poids
page-uncertainty-from-dropout-mc = L'incertitude par le dropout (MC dropout)
page-co-adaptation-one-unit = Co-adaptation : une unité retirée à la fois
page-inside-compute = Regarder dedans
page-inside-resample = Retirer
    .title = Tirer d'autres réseaux amincis
page-inside-canvas =
    .aria-label = Vue au cœur du dropout de l'essai sélectionné
page-inside-note = Choisissez une vue et appuyez sur Regarder dedans : elle porte sur l'essai sélectionné tel qu'il est à cet instant, en pause ou en marche.
page-export-title = Exporter et charger
page-files-for-slides-and = Des fichiers pour diaporamas et fiches, nommés d'après le scénario et la graine.
page-export-loss = Courbe de perte (PNG, 2×)
page-export-lab = Tout le labo (PNG)
page-export-csv = L'historique de chaque essai (CSV)
page-export-setup = Configuration (JSON, se recharge)
page-a-saved-setup-opens = Une configuration enregistrée rouvre le même labo, essai pour essai (ou déposez le fichier sur la page).
page-load-setup = Charger une configuration…
page-setup-file =
    .aria-label = Fichier de configuration à charger
page-export-close = Fermer
page-help-title = À propos de Dropout Lab
page-help-close = Fermer
page-help-dropout-html = Le dropout éteint au hasard chaque unité d'une couche pendant l'entraînement du réseau : <b>p</b> est la probabilité d'ÉTEINDRE une unité, et les unités gardées sont multipliées par 1/(1−p) pour que la couche suivante reçoive en moyenne la même entrée. À l'évaluation rien n'est éteint : le réseau entraîné se comporte comme une moyenne des nombreux réseaux amincis avec lesquels il s'est entraîné.
page-what-the-page-shows = Ce que montre la page
page-help-network-html = <b>Réseau</b> : le réseau de l'essai sélectionné ; les unités barrées ont été éteintes à ce pas d'entraînement (le <i>Mode évaluation</i> montre le réseau complet utilisé pour la validation).
page-help-rates-html = <b>Taux de dropout</b> règle les couches cachées de l'essai sélectionné ; <b>Course des taux</b> liste les essais, qui partent des mêmes poids sur les mêmes mini-lots et ne diffèrent que par le dropout.
page-help-loss-html = <b>Perte</b> : perte d'entraînement en trait plein, perte de validation en tirets, une couleur par essai ; l'écart entre les deux pour l'essai sélectionné est ombré.
page-help-learned-html = <b>Ce que chaque essai a appris</b> : les prédictions de chaque essai sur les données.
page-keyboard-shortcuts = Raccourcis clavier
page-play-pause = Lancer / pause
page-one-step = Un pas
page-reset-every-run = Réinitialiser tous les essais
page-train-mode-eval-mode = Mode entraînement / mode évaluation
page-focused-run-s-dropout = Taux de dropout de l'essai sélectionné 0,0–0,9
page-focus-the-run-above = Sélectionner l'essai du dessus / du dessous
page-present-mode = Mode projection
page-fullscreen-2 = Plein écran
page-lesson-reveal-then-the = Leçon : révéler, puis l'étape suivante ; retour (PageDown, PageUp d'une télécommande)
page-this-help = Cette aide
page-close-this-help-or = Fermer cette aide ou un message ; quitter la leçon
page-shortcuts-wait-while-you = Les raccourcis attendent pendant la saisie dans un champ ; un curseur sélectionné garde ses flèches.
page-dropout-lab-needs-javascript = Dropout Lab a besoin de JavaScript et de WebAssembly.
page-lang-label = Langue
page-lang =
    .aria-label = Langue
help-review-awaits = Cette traduction attend la relecture d'un enseignant francophone natif.
help-review-by = Cette traduction a été relue par { $who }.

## Ce qu'écrivent les modules de la page (www/lab/*.js) quand le labo change.

transport-play = Lancer
transport-pause = Pause
speed-max = max
# $steps : pas d'entraînement par seconde
speed-per-second = { $steps }/s
copy-link-done = Lien copié
notation-rate-label-drop = Taux de dropout
notation-rate-label-retain = Proba. de garder
notation-input-rate-label-drop = Dropout d'entrée
notation-input-rate-label-retain = Entrée gardée
notation-rate-aria-drop = Taux de dropout
notation-rate-aria-retain = Probabilité de garder (1 − taux de dropout)
notation-scaling-inverted-drop = inversé : unités gardées ×1/(1−p) à l'entraînement (PyTorch, Keras)
notation-scaling-inverted-retain = inversé : unités gardées ×1/p à l'entraînement (PyTorch, Keras)
notation-scaling-classic-drop = classique : pas de mise à l'échelle à l'entraînement, toutes les unités ×(1−p) à l'évaluation
notation-scaling-classic-retain = classique : pas de mise à l'échelle à l'entraînement, toutes les unités ×p à l'évaluation (Srivastava et al.)

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

## Chaque élève (#20) : Calme, Contraste, la phrase du curseur des données, la lecture d'un
## point du balayage et la ligne d'aide des flèches.
page-calm = Calme
    .title = Mouvement calme : les unités barrées du réseau changent au plus deux fois par seconde, rien ne glisse (actif aussi quand le système demande moins d'animations)
page-contrast = Contraste
    .title = Contraste élevé : texte, bordures, anneaux de focus et couleurs des graphiques plus marqués
page-arrows-key-html = Sur les images (Données et réseau ouvert) : déplacer le curseur ; <kbd>Entrée</kbd> ajoute un point, <kbd>Suppr</kbd> en retire un. Sur le graphique du balayage : choisir un point ; <kbd>Entrée</kbd> le met en course
page-data-cursor-hint = Ou au clavier : Tab jusqu'aux images, les flèches déplacent un curseur, Entrée ajoute un point, Suppr retire le plus proche.
data-cursor = Curseur en x = { $x }, y = { $y }. Entrée ajoute un point de la classe choisie, Suppr retire le point dessiné le plus proche.
sweep-readout-size = N = { $n }
sweep-readout-curve = { $run } : val. { $val }, écart { $gap }
sweep-readout-gain = gain { $gain }
sweep-readout-rate = { $run } · { $seeds } graine(s)
sweep-readout-final-val = val. finale { $band }
sweep-readout-best-val = meilleure val. { $band }
sweep-readout-final-train = entr. final { $band }

## Les scénarios : titres du menu et la note que chacun dit à la classe. Chaque phrase d'une
## note est une affirmation vérifiée en anglais par tests/claims/ : la traduction dit la même
## chose, sans rien ajouter.

preset-moons-title = Deux lunes : 80 points bruités
preset-moons-note = Quatre-vingts points, dont un sur dix mal étiqueté, et un réseau de 17 000 poids : bien plus de liberté que les données ne peuvent en fixer. Regardez l'essai à p = 0 : sa perte de validation atteint son minimum en une centaine d'époques environ (avec la graine par défaut, en dix) puis remonte à une fois et demie ce minimum ou plus, tandis que sa perte d'entraînement continue de descendre vers zéro. Il apprend par cœur les points mal étiquetés : sa carte de décision se couvre de petites îles autour de plusieurs d'entre eux, là où celle de l'essai à p = 0,5 en a une ou deux au plus. La perte d'entraînement de l'essai à p = 0,5 reste plus haute, mais sa perte de validation finit plus bas et l'écart entre ses deux courbes est moins de moitié aussi large. Montrez les masques : à chaque pas, une autre moitié des unités cachées est éteinte, si bien qu'aucune unité ne peut compter sur une partenaire précise pour dessiner une île.
preset-wiggle-title = Ondulation : une courbe dans le bruit
preset-wiggle-note = Quarante échantillons d'une sinusoïde noyée dans le bruit, et un réseau profond qui peut plier sa courbe n'importe où. Sans dropout, la courbe ajustée trouve d'abord l'onde lisse, puis se plie pour passer par des points bruités isolés : dans les premières centaines d'époques, sa perte de validation se met à remonter tandis que sa perte d'entraînement continue de baisser. Avec p = 0,5 sur les couches cachées, la courbe finit plus près de la vraie sinusoïde et plus lisse. Elle se stabilise lentement, des centaines d'époques après l'essai à p = 0, mais sa perte de validation finit plus bas et son écart entre entraînement et validation est plus petit. Aucune perte de validation ne peut descendre bien au-dessous de 0,36, la variance du bruit lui-même (σ = 0,6) : une perte d'entraînement en dessous, comme celle de l'essai à p = 0, signifie que le modèle apprend le bruit. Le dropout rend chaque pas d'entraînement bruité, et pourtant la courbe de validation à p = 0,5 est la plus calme : le graphique et la courbe ajustée utilisent tout le réseau, aucune unité éteinte.
preset-digits-title = Chiffres : 100 images d'entraînement
preset-digits-note = De vrais chiffres manuscrits, mais seulement 100 pour apprendre. Sans dropout, le réseau classe juste toutes les images d'entraînement en une quinzaine d'époques. Ensuite, son exactitude de validation reste stable (à trois points près) ou progresse un peu, et pourtant sa perte de validation monte de 40 % ou plus (avec la graine par défaut, elle fait plus que doubler). La raison : il devient de plus en plus sûr de lui, y compris pour les chiffres sur lesquels il se trompe, et l'entropie croisée punit durement une erreur commise avec assurance : la perte moyenne d'une image mal classée fait au moins doubler. Les essais avec dropout suivent la recette de l'article original pour les chiffres : éteindre 20 % des pixels d'entrée, et 20 % ou la moitié des unités cachées. Ils apprennent plus lentement ; leur perte de validation finit sous celle de l'essai à p = 0 et leur écart entre entraînement et validation est plus petit. Leur exactitude n'est pas meilleure : elle finit à moins de cinq points de celle de l'essai à p = 0, au-dessus pour certaines graines et en dessous pour d'autres ; regardez donc les pertes, pas l'exactitude. Montrez le masque de la couche d'entrée : des pixels entiers disparaissent, le réseau doit donc reconnaître un chiffre à partir de n'importe quels quatre cinquièmes de celui-ci.
preset-rivals-title = Rivaux : rien, L2, normalisation par lots, dropout
preset-rivals-note = Les mêmes quatre-vingts lunes bruitées et le même réseau, quatre essais partant des mêmes poids sur les mêmes mini-lots de vingt : sans régularisateur, pénalisation L2 des poids (λ = 0,01), normalisation par lots après chaque couche cachée, et dropout avec p = 0,5. Sans régularisateur, la perte de validation remonte au double de son minimum ou plus, tandis que sa perte d'entraînement descend le plus bas des quatre. Chacun des trois rivaux finit avec une perte de validation plus basse que l'essai non régularisé. La course montre qu'ici chacun combat le surapprentissage ; elle ne les classe pas.

## Comment s'écrit un taux et se nomme un essai (src/core/labels.rs).

label-name-drop = p
label-name-retain = p garder
label-rate = { $name } = { $p }
label-run-input = { $name } = { $p }, entrée { $input }

## Les valeurs sous les curseurs de taux (src/core/readout.rs).

readout-keeps-every-unit = garde toutes les unités
readout-mistake-keep-as-drop = erreur : éteint { $drops }, garde { $keeps }
readout-keep-share = garder 1−p = { $share }
readout-drop-share = éteindre 1−p = { $share }
readout-gaussian = chaque unité × N(1, { $variance })
readout-kept-scaled = { $things ->
        [weights] poids gardés
       *[units] unités gardées
    } ×{ $scale }
readout-no-scaling = pas de mise à l'échelle à l'entraînement
readout-left-on = { $what ->
        [noise] bruit actif
       *[masks] masques actifs
    } à l'évaluation
readout-eval-scaled = ×{ $scale } à l'évaluation
readout-none-at-evaluation = rien à l'évaluation
readout-scales = { $training }, { $evaluation }
readout-on-inputs = { $rate } sur { $inputs ->
        [one] l'unique entrée
       *[other] les { $inputs } entrées
    }

## Le schéma du réseau (src/render/diagram.rs) : colonnes étroites, textes courts.

diagram-train-inverted = ENTRAÎNEMENT — masque d'un exemple ; unités gardées ×1/(1−p)
diagram-train-inverted-retain = ENTRAÎNEMENT — masque d'un exemple ; unités gardées ×1/p
diagram-train-classic = ENTRAÎNEMENT — masque d'un exemple ; dropout classique : pas de mise à l'échelle
diagram-eval-inverted = ÉVALUATION — toutes les unités actives, pas de mise à l'échelle
diagram-eval-classic = ÉVALUATION — toutes les unités actives, ×(1−p) (dropout classique)
diagram-eval-classic-retain = ÉVALUATION — toutes les unités actives, ×p (dropout classique)
diagram-kept-of = { $kept } gardées sur { $n }
diagram-expected = attendu ≈ { $n }
diagram-kept-scaled = gardées ×{ $scale }
diagram-mask-of = masque de { $rate }
diagram-expected-scaled = { $expected }, ×{ $scale }
diagram-all-scaled = toutes les unités ×{ $scale }
diagram-layer-input = entrée
diagram-layer-output = sortie
diagram-layer-hidden = cachée { $layer }
diagram-units-shown = { $shown } sur { $n } affichées
diagram-units = { $n ->
        [one] { $n } unité
       *[other] { $n } unités
    }
diagram-next-step = { $rate } au pas suivant

## La courbe de perte (src/render/loss_*.rs) et la légende des données.

chart-epoch = époque
chart-loss = perte
chart-loss-log = perte (échelle log)
chart-no-losses = pas encore de perte
chart-key-train = entraînement
chart-key-validation = validation
chart-hover-epoch = époque { $epoch }
chart-hover-run = { $run }   entr. { $train }   val. { $val }
data-key-train = points d'entraînement
data-key-validation = points de validation

## La barre d'état et la liste des essais (www/lab/frames.js, www/lab/runs-list.js).

status-playing = époque { $epoch } · { $rate } pas/s
status-paused = époque { $epoch } · en pause
status-title = pas commun { $step }
example-of = sur { $n }
runs-row-title = Cliquez pour montrer cet essai dans le schéma et le régler avec le curseur
runs-remove = Retirer l'essai { $run }
runs-diverged = { $run } — a divergé
runs-numbers = entr. { $train } · val. { $val }
runs-numbers-acc = entr. { $train } · val. { $val } · exact. { $acc } %
runs-overconfident = { $runs } : la perte de validation monte alors que l'exactitude tient — le réseau devient trop sûr de lui sur les réponses où il se trompe.
note-story = { $note } (L'histoire dure { $epochs } époques ; l'entraînement s'y arrête une fois.)
note-left-story = Vous avez quitté l'histoire du scénario ({ $changes }) : sa note et sa pause à { $epochs } époques ne s'appliquent plus. Choisissez à nouveau le scénario pour y revenir.
