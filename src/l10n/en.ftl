# Dropout Lab — English, the source catalog. Every other language translates these messages.
# Reviewed-by: the project (source language)
# How to add a message or a language: src/l10n/README.md

## The page's static text (index.html, the elements marked data-l10n-id). An attribute is
## translated where the element has it.

page-dropout-lab = Dropout Lab
page-preset =
    .aria-label = Preset
page-preset-label = Preset
page-seed =
    .aria-label = Seed
page-seed-label = Seed
page-new-seed = New seed
    .title = Draw a seed nobody chose: new data, weights and masks, the same rates
page-lr =
    .aria-label = Learning rate
page-learning-rate-label = Learning rate
page-training =
    .aria-label = Training
page-play = Play
page-step = Step
page-reset = Reset
page-speed-label = Speed
page-speed =
    .aria-label = Speed
page-speed-out = max
page-lesson-open = Lesson
    .title = A guided lesson: predict, then reveal (N next, B back, Esc leaves)
page-export = Files…
    .title = Export pictures and data, save or load a setup
page-help-open =
    .aria-label = Help and keyboard shortcuts
    .title = Help and keyboard shortcuts (?)
page-copy-link = Copy link
page-present = Present
    .title = Large type and thick lines for the back row (P)
page-fullscreen = Fullscreen
    .title = Full screen (F)
page-data-network = Data & network
page-data = Data
page-dataset =
    .aria-label = Dataset
page-dataset-label = Dataset
page-n-train =
    .aria-label = Training points
page-training-points-label = Training points
page-n-val =
    .aria-label = Validation points
page-validation-points-label = Validation points
page-noise =
    .aria-label = Input noise
page-noise-label = Noise
page-flip =
    .aria-label = Label noise: fraction of labels flipped
page-label-noise-label = Label noise
page-csv-file =
    .aria-label = CSV file of points: x,y,label or x,y
page-load-csv-label = Load CSV…
page-draw-on-the-pictures = Draw on the pictures below
page-drawing-tool =
    .aria-label = Drawing tool
page-class-0 = Class 0
page-class-1 = Class 1
page-or-right-click-a = Eraser
    .title = Or right-click a point
page-draw-set =
    .aria-label = Set new points go to
page-new-points-go-to-label = New points go to
page-training-2 = Training
page-validation = Validation
page-draw-clear = Clear my points
page-network = Network
page-act =
    .aria-label = Activation
page-activation-label = Activation
page-opt =
    .aria-label = Optimiser
page-optimiser-label = Optimiser
page-batch =
    .placeholder = full
    .aria-label = Minibatch size, or full
page-minibatch-label = Minibatch
page-l2 =
    .aria-label = L2 strength
page-l2-strength-label = L2 strength
page-small-minibatches-add-noise = Small minibatches add noise of their own, a regulariser besides dropout.
page-copy-this-link-ctrl = Copy this link (Ctrl+C):
page-link-text =
    .aria-label = Link to this lab
page-link-close =
    .aria-label = Close the link box
page-banner-close =
    .aria-label = Dismiss message
page-lesson =
    .aria-label = Lesson
page-lesson-close =
    .aria-label = Leave the lesson (the lab stays as it is)
    .title = Leave the lesson (Esc); the lab stays as it is
page-lesson-back = Back
page-lesson-reveal = Reveal
page-lesson-next = Next
page-network-2 =
    .aria-label = Network
page-diagram-title = Network
page-diagram-mode =
    .aria-label = Diagram mode
page-mode-train = Train mode
page-mode-eval = Eval mode
page-example-label = Example
page-example =
    .aria-label = Example of the minibatch
page-diagram =
    .aria-label = Network diagram: units dropped in this step are crossed out
page-rate-label = Dropout rate
page-rate =
    .aria-label = Dropout rate
page-input-rate-label = Input dropout
page-input-rate =
    .aria-label = Input dropout rate
page-scaling = Scaling
page-scaling-2 =
    .aria-label = Dropout scaling
page-inverted-kept-units-1 = inverted: kept units ×1/(1−p) in training (PyTorch, Keras)
page-classic-no-scaling-in = classic: no scaling in training, all units ×(1−p) at evaluation
page-notation = Notation
page-notation-2 =
    .aria-label = What p means
page-p-drop-probability-pytorch = p = drop probability (PyTorch, Keras)
page-p-retain-probability-srivastava = p = retain probability (Srivastava et al. 2014)
page-hidden-units = Hidden units
page-hidden =
    .aria-label = Hidden units per layer
    .placeholder = 128,128
page-hidden-out = per layer, e.g. 32,32 (1–256 each)
page-rates-racing = Rates racing
page-run-variant =
    .aria-label = Variant of the focused run
    .title = What the focused run is: dropout, one of its rivals, or a classic mistake
page-add-run = Add rate
page-runs =
    .aria-label = Runs
page-results =
    .aria-label = Results
page-loss-title = Loss: training (solid) and validation (dashed)
page-log-scale = log scale
page-loss =
    .aria-label = Loss chart
page-data-title = What each run learned
page-data-2 =
    .aria-label = What each run learned
page-sweep-title = Sweep: loss against the drop rate p
page-sweep-label = Sweep
page-sweep-kind =
    .aria-label = What to sweep
page-p-0-0-9 = p = 0 … 0.9
page-training-set-size = training-set size
page-each-run-of-a =
    .title = Each run of a point has its own seed: the Seed field's and the next ones
page-sweep-seeds =
    .aria-label = Runs per point
page-runs-per-point-label = Runs per point
page-sweep-run = Run sweep
page-sweep-cancel = Cancel
page-log-scale-2 = log scale
page-sweep-png = PNG
    .title = The sweep chart as a PNG at 2×
page-sweep-csv = CSV
    .title = Every point's mean, min and max as CSV
page-sweep-progress =
    .aria-label = Sweep progress
page-sweep-status = Each point trains fresh runs, one per seed, on every core of this computer.
page-sweep-chart =
    .aria-label = Sweep chart: loss against the swept value, mean over seeds with a min–max band
page-inside-title = Inside dropout
page-view-label = View
page-inside-view =
    .aria-label = Inside dropout view
page-sub-networks-the-ensemble = Sub-networks: the ensemble dropout trains
page-averaging-k-networks-vs = Averaging k networks vs weight scaling
page-uncertainty-from-dropout-mc = Uncertainty from dropout (MC dropout)
page-co-adaptation-one-unit = Co-adaptation: one unit removed at a time
page-inside-compute = Look inside
page-inside-resample = Resample
    .title = Draw other thinned networks
page-inside-canvas =
    .aria-label = Inside dropout view of the focused run
page-inside-note = Pick a view and press Look inside: it works on the focused run as it is at that moment, paused or playing.
page-export-title = Export and load
page-files-for-slides-and = Files for slides and worksheets, named after the preset and seed.
page-export-loss = Loss chart (PNG, 2×)
page-export-lab = Whole lab (PNG)
page-export-csv = Every run’s history (CSV)
page-export-setup = Setup (JSON, loads back)
page-a-saved-setup-opens = A saved setup opens the same lab again, run for run (or drop the file on the page).
page-load-setup = Load setup…
page-setup-file =
    .aria-label = Setup file to load
page-export-close = Close
page-help-title = About Dropout Lab
page-help-close = Close
page-help-dropout-html = Dropout switches off each unit of a layer at random while the network trains: <b>p</b> is the probability of DROPPING a unit, and the units kept are scaled by 1/(1−p) so the next layer gets the same input on average. At evaluation nothing is dropped, so the trained network behaves like an average of the many thinned networks it trained as.
page-what-the-page-shows = What the page shows
page-help-network-html = <b>Network</b>: the focused run's network; units crossed out were dropped in this training step (<i>Eval mode</i> shows the full network used for validation).
page-help-rates-html = <b>Dropout rate</b> sets the focused run's hidden layers; <b>Rates racing</b> lists the runs, which train from the same weights on the same minibatches and differ only in dropout.
page-help-loss-html = <b>Loss</b>: training loss solid, validation loss dashed, one colour per run; the focused run's gap between them is shaded.
page-help-learned-html = <b>What each run learned</b>: each run's predictions on the data.
page-keyboard-shortcuts = Keyboard shortcuts
page-play-pause = Play / pause
page-one-step = One step
page-reset-every-run = Reset every run
page-train-mode-eval-mode = Train mode / eval mode
page-focused-run-s-dropout = Focused run's dropout rate 0.0–0.9
page-focus-the-run-above = Focus the run above / below
page-present-mode = Present mode
page-fullscreen-2 = Fullscreen
page-lesson-reveal-then-the = Lesson: reveal, then the next step; back (a clicker's PageDown, PageUp)
page-this-help = This help
page-close-this-help-or = Close this help or a message; leave the lesson
page-shortcuts-wait-while-you = Shortcuts wait while you type in a field; a focused slider keeps its arrow keys.
page-dropout-lab-needs-javascript = Dropout Lab needs JavaScript and WebAssembly.
page-lang-label = Language
page-lang =
    .aria-label = Language
help-review-awaits = This translation awaits a native teacher's review.
help-review-by = This translation was reviewed by { $who }.

## Written by the page's modules (www/lab/*.js) as the lab changes.

transport-play = Play
transport-pause = Pause
speed-max = max
# $steps: training steps per second
speed-per-second = { $steps }/s
copy-link-done = Link copied
notation-rate-label-drop = Dropout rate
notation-rate-label-retain = Retain probability
notation-input-rate-label-drop = Input dropout
notation-input-rate-label-retain = Input retain
notation-rate-aria-drop = Dropout rate
notation-rate-aria-retain = Retain probability (1 − dropout rate)
notation-scaling-inverted-drop = inverted: kept units ×1/(1−p) in training (PyTorch, Keras)
notation-scaling-inverted-retain = inverted: kept units ×1/p in training (PyTorch, Keras)
notation-scaling-classic-drop = classic: no scaling in training, all units ×(1−p) at evaluation
notation-scaling-classic-retain = classic: no scaling in training, all units ×p at evaluation (Srivastava et al.)

## The described lab (#20, src/core/narration/text.rs and tables.rs): what the narrator says
## while the race runs, Describe, the charts' tables and Listen. The narrator's claims are
## pinned by tests/narration.rs and tests/claims/narration.rs: a translation says the same.

narration-played = Playing from epoch { $epoch }.
narration-paused = Paused at epoch { $epoch }.
narration-reset = Reset: every run is back at epoch 0 with the same initial weights.
narration-epoch-of = Epoch { $epoch } of { $story }.
narration-epoch = Epoch { $epoch }.
narration-lowest = Lowest validation loss: { $run }, { $val }.
narration-rising = { $run }: validation { $val } and rising since epoch { $since }, training { $train }.
narration-turned-upward = { $run }: validation loss turned upward. Lowest { $best } at epoch { $since }, now { $now }: the network has begun to memorise its training points.
narration-story-end = End of the story at epoch { $epoch }. Lowest validation loss at the end: { $run }, { $val }.
narration-story-pauses = Training pauses here; Play goes on.
narration-rate-set = Focused run is now { $run }: { $readout }. The next training step uses it.
narration-input-rate-set = Focused run's input dropout: { $readout }. The next training step uses it.
narration-race-run = { $run }: training loss { $train }, validation loss { $val }{ $rising }{ $accuracy }.
narration-race-run-focused = { $run } (focused): training loss { $train }, validation loss { $val }{ $rising }{ $accuracy }.
narration-race-rising = , rising since epoch { $since }
narration-race-accuracy = , validation accuracy { $accuracy } %
narration-race-not-started = { $runs } runs race; no epoch has finished yet.
narration-race-heading = { $epoch } { $runs } runs race.
narration-layer-input = input
narration-layer-hidden = hidden { $layer }
narration-layer-kept = { $layer }: { $kept } of { $units } { $kind ->
        [input] inputs
       *[hidden] units
    } kept this step.
narration-layer-kept-scaled = { $layer }: { $kept } of { $units } { $kind ->
        [input] inputs
       *[hidden] units
    } kept this step, kept { $kind ->
        [input] inputs
       *[hidden] units
    } ×{ $scale }.
narration-diagram-train = Network of { $run }, example { $example } of the last minibatch.
narration-diagram-eval = Network of { $run } in eval mode: every unit on, nothing dropped.
narration-diagram-not-started = Network of { $run }: no training step yet, so no unit has been dropped.
narration-map = Map of { $run }: { $accuracy } % of validation points right, { $errors } of { $points } wrong.
narration-map-where = Map of { $run }: { $accuracy } % of validation points right, { $errors } of { $points } wrong, most of them { $region ->
        [upper-left] at the upper left
        [upper-right] at the upper right
        [lower-left] at the lower left
       *[lower-right] at the lower right
    }.
narration-curve = Fitted curve of { $run }: validation loss { $val }.
narration-loss-table-caption = Loss of { $run } per recorded epoch
narration-head-epoch = Epoch
narration-head-training-loss = Training loss
narration-head-validation-loss = Validation loss
narration-head-validation-accuracy = Validation accuracy
narration-named-note = { $name }: { $note }
narration-lesson-answer = Lesson, { $title }: { $answer }
narration-sound-mapping = Sound is off until you tick it beside the loss chart. Then Listen plays the focused run's validation loss, then its training loss, one short note per recorded epoch: a loss of { $high_loss } or more is { $high_hz } Hz, { $low_loss } or less { $low_hz } Hz, and in between equal ratios of loss are equal steps of pitch (a logarithmic scale), so higher loss is a higher note. A falling line that turns back up is a U-turn you can hear. With sound on, a short rising chirp marks a run whose validation loss turns upward.
narration-swept-p = p
narration-swept-points = training points
narration-sweep-empty = Sweep: no point trained yet; press Run sweep.
narration-sweep = Sweep of final validation loss against { $name }: lowest at { $name } = { $best_x }, { $best }; { $first } at { $name } = { $first_x }, { $last } at { $name } = { $last_x }. The curve is { $shape ->
        [u] a U: too little and too much both cost validation loss
        [first] lowest at its first point
        [last] lowest at its last point
       *[other] lowest near one end
    }.
narration-sweep-table-caption = Sweep: losses at the end of the story against { $name }, over the seeds
narration-sweep-table-caption-of = Sweep of { $curve }: losses at the end of the story against { $name }, over the seeds
narration-head-validation-mean = Validation loss, mean
narration-head-validation-min = Validation loss, min
narration-head-validation-max = Validation loss, max
narration-head-training-mean = Training loss, mean
narration-table-share = { $percent } %
narration-table-kept = { $kept } of { $units }
narration-table-subnets = Sub-networks of { $run }: units each keeps, and its weight in the average
narration-head-subnet = Sub-network
narration-head-units-kept = Units kept per layer
narration-head-weight = Weight
narration-table-averaging = Averaging thinned networks of { $run } against weight scaling
narration-head-networks = Networks
narration-head-validation-error = Validation error
narration-row-weight-scaling = weight scaling
narration-row-average-of = average of { $k }
narration-table-spread = Uncertainty from dropout (MC dropout) of { $run }
narration-head-figure = Figure
narration-head-value = Value
narration-row-points = points on the map
narration-row-largest-spread = largest spread (standard deviation)
narration-row-mean-spread = mean spread
narration-table-coadaptation = Co-adaptation: validation loss added by removing one unit at a time
narration-head-run = Run
narration-head-units-removed = Units removed
narration-head-mean-rise = Mean rise
narration-head-largest-rise = Largest rise

## The page's controls of the described lab (index.html).
page-describe = Describe
    .title = Say the whole lab in words: the race, the network layer by layer, the maps, the sweep (D)
page-loss-table = Table
    .title = The chart's numbers as a table, one per run
page-sweep-table = Table
    .title = The sweep's points and bands as a table
page-inside-table = Table
    .title = The view's figures as a table
page-sound =
    .title = Sound: Listen plays the focused run's losses as pitch; a chirp marks a run turning upward
page-sound-label = sound
page-listen = Listen
    .title = Play the focused run's validation loss, then its training loss, as pitch
page-describe-key = Describe the whole lab in words (for a screen reader)
page-hearing-the-lab = Hearing the lab
page-hearing-html = A screen reader hears Play, Pause, Reset and each slider move as they happen, and while the race runs at most one sentence every few seconds: every tenth of the story, a run whose validation loss turns upward, and the story's end. <b>Describe</b> (D) says everything at once. <b>Table</b> beside a chart shows its numbers as a table.

## The embedding API (#21, src/core/embed/text.rs): the two refusals of the link's embed= that
## reach the page's banner. The replies to a host stay English (a developer protocol).
embed-not-an-origin = '{ $raw }' is not an origin (expected http:// or https://, a host name and an optional port, nothing after it, e.g. https://school.example)
embed-too-many-origins = at most { $max } origins can be trusted

## The Code panel (#21, index.html and www/lab/code-panel.js). The generated Python code and
## notebook stay English: their comments are code, read beside PyTorch's and Keras's own.
page-code-open = Code
    .title = This experiment as PyTorch or Keras code, and a notebook that replays the race
page-code-title = This experiment as code
page-code-close = Close
page-code-tabs =
    .aria-label = Framework
page-code-copy = Copy code
page-code-notebook = Download notebook
page-code-about = The notebook replays this race in PyTorch from the lab’s own data, initial weights and minibatches: the loss before the first step and every step without dropout match the lab’s.
code-copied = Copied.
code-not-copied = Not copied: { $why }

## Every student (#20, access): Calm and Contrast, the data cursor's sentence
## (src/core/data_cursor.rs), the data panel's keyboard hint and Help's row for the arrow keys.
page-calm = Calm
    .title = Calm motion: the network's crossed-out units change at most twice a second, nothing slides (also on when the system asks for reduced motion)
page-contrast = Contrast
    .title = High contrast: stronger text, borders, focus rings and chart colours
page-arrows-key-html = On the pictures (Data & network open): move the cursor; <kbd>Enter</kbd> adds a point, <kbd>Delete</kbd> removes one. On the sweep chart: pick a point; <kbd>Enter</kbd> races it
page-data-region =
    .aria-label = Data and network
page-data-cursor-hint = Or by keyboard: Tab to the pictures, arrow keys move a cursor, Enter adds a point, Delete removes the nearest.
data-cursor = Cursor at x = { $x }, y = { $y }. Enter adds a point of the chosen class, Delete removes the nearest drawn point.

## The presets: menu titles, and the note each tells the class while it runs. Every sentence
## of a note is a claim that holds on at least 9 of the seeds 1–10 (tests/claims/ checks each one
## and quotes the English): a translation says the same, no more.

preset-moons-title = Two moons: 80 noisy points
preset-moons-note = Eighty points, one in ten with the wrong label, and a network with 17,000 weights: far more freedom than the data can pin down. Watch the p = 0 run: its validation loss bottoms out within about a hundred epochs (on the default seed, within ten) and then climbs to one and a half times its best or more, while its training loss keeps falling towards zero. It is memorising the mislabelled points: its decision map grows little islands around several of them, where the p = 0.5 run's has at most one or two. The p = 0.5 run's training loss stays higher, but its validation loss ends lower and the gap between its two curves is less than half as wide. Point at the masks: every step a different half of the hidden units is switched off, so no unit can count on a particular partner to carve out an island.
preset-wiggle-title = Wiggle: a curve through noise
preset-wiggle-note = Forty samples of a sine wave buried in noise, and a deep network that can bend its curve anywhere. Without dropout the fitted curve first finds the smooth wave, then bends to pass through individual noisy points: within the first few hundred epochs its validation loss turns upward while its training loss keeps falling. With p = 0.5 on the hidden layers the curve ends closer to the true sine and smoother. It settles slowly, hundreds of epochs after the p = 0 run, but its validation loss ends lower and its train/validation gap smaller. No validation loss can drop far below 0.36, the variance of the noise itself (σ = 0.6): a training loss below that, like the p = 0 run's, means the model is fitting noise. Dropout makes every training step noisy, yet the p = 0.5 validation curve is the calmer one: the chart and the fitted curve use the whole network, no unit dropped.
preset-digits-title = Digits: 100 training images
preset-digits-note = Real handwritten digits, but only 100 of them to learn from. Without dropout the network gets every training image right within about fifteen epochs. After that its validation accuracy stays level (within three points) or creeps up, yet its validation loss climbs by 40 % or more (on the default seed it more than doubles). The reason: it grows ever more confident, including about the digits it gets wrong, and cross-entropy punishes a confident mistake hard: the average loss on a wrongly classified image at least doubles. The dropout runs follow the original paper's recipe for digits: drop 20 % of the input pixels, and 20 % or half of the hidden units. They learn more slowly, their validation loss ends below the p = 0 run's and their train/validation gap is smaller. Their accuracy is no better: it ends within five points of the p = 0 run's, above it on some seeds and below on others, so watch the losses, not the accuracy. Point at the input-layer mask: whole pixels vanish, so the network must recognise a digit from any four fifths of it.
preset-rivals-title = Rivals: none, L2, batch norm, dropout
preset-rivals-note = The same eighty noisy moons and the same network, four runs from the same weights on the same minibatches of twenty: no regulariser, L2 weight decay (λ = 0.01), batch norm after each hidden layer, and dropout with p = 0.5. Without a regulariser the validation loss climbs to twice its best or more, while its training loss falls lowest of the four. Each of the three rivals ends with a lower validation loss than the unregularised run. The race shows that each one fights overfitting here; it does not rank them.

## How a rate is written and a run named (src/core/labels.rs): $name is label-name-drop or
## label-name-retain, $p one rate or several joined by "/". A run's label continues with its
## variant's parts (src/core/variant.rs: label-classic… and the variants' menu names below).

label-name-drop = p
label-name-retain = retain p
label-rate = { $name } = { $p }
label-run-input = { $name } = { $p }, input { $input }
label-classic = classic
label-gaussian = Gaussian
label-max-norm = max-norm { $c }
label-l2 = L2 { $lambda }

## The read-outs under the rate sliders (src/core/readout.rs): tests/readout_truth.rs measures
## each number against a real forward pass.

readout-keeps-every-unit = keeps every unit
readout-mistake-keep-as-drop = mistake: drops { $drops }, keeps { $keeps }
readout-keep-share = keep 1−p = { $share }
readout-drop-share = drop 1−p = { $share }
readout-gaussian = every unit × N(1, { $variance })
# $things: "weights" (DropConnect) or "units"
readout-kept-scaled = kept { $things ->
        [weights] weights
       *[units] units
    } ×{ $scale }
readout-no-scaling = no scaling in training
# $what: "noise" or "masks"
readout-left-on = { $what ->
        [noise] noise
       *[masks] masks
    } left on at evaluation
readout-eval-scaled = ×{ $scale } at evaluation
readout-none-at-evaluation = none at evaluation
readout-scales = { $training }, { $evaluation }
readout-on-inputs = { $rate } on the { $inputs } { $inputs ->
        [one] input
       *[other] inputs
    }

## The network diagram (src/render/diagram.rs): the banner over it and the lines under each
## layer. Columns are narrow: keep these short.

diagram-train-inverted = TRAINING — one example's dropout mask; kept units scaled by 1/(1−p)
diagram-train-inverted-retain = TRAINING — one example's dropout mask; kept units scaled by 1/p
diagram-train-classic = TRAINING — one example's dropout mask; classic dropout: no scaling
diagram-eval-inverted = EVALUATION — all units on, no scaling
diagram-eval-classic = EVALUATION — all units on, scaled by 1−p (classic dropout)
diagram-eval-classic-retain = EVALUATION — all units on, scaled by p (classic dropout)
diagram-kept-of = kept { $kept } of { $n }
diagram-expected = expected ≈ { $n }
diagram-kept-scaled = kept units ×{ $scale }
diagram-mask-of = mask of { $rate }
diagram-expected-scaled = { $expected }, ×{ $scale }
diagram-all-scaled = all units ×{ $scale }
diagram-layer-input = input
diagram-layer-output = output
diagram-layer-hidden = hidden { $layer }
diagram-units-shown = { $shown } of { $n } shown
diagram-units = { $n ->
        [one] { $n } unit
       *[other] { $n } units
    }
diagram-next-step = { $rate } next step

## The loss chart (src/render/loss_*.rs) and the data panels' key (src/render/data_view.rs).

chart-epoch = epoch
chart-loss = loss
chart-loss-log = loss (log scale)
chart-no-losses = no losses yet
chart-key-train = train
chart-key-validation = validation
chart-hover-epoch = epoch { $epoch }
chart-hover-run = { $run }   train { $train }   val { $val }
data-key-train = training points
data-key-validation = validation points
data-accuracy-per-digit = validation accuracy per digit
data-digit-wrong = { $guess } ✗ is { $truth }

## The status in the bar and the runs list (www/lab/frames.js, www/lab/runs-list.js); numbers
## arrive written the language's way.

status-playing = epoch { $epoch } · { $rate } steps/s
status-paused = epoch { $epoch } · paused
status-title = lockstep step { $step }
example-of = of { $n }
runs-row-title = Click to show this run in the diagram and move it with the slider
runs-remove = Remove run { $run }
runs-diverged = { $run } — diverged
runs-numbers = train { $train } · val { $val }
runs-numbers-acc = train { $train } · val { $val } · acc { $acc }%
runs-overconfident = { $runs }: validation loss climbs while accuracy holds — the network is growing over-confident on the answers it gets wrong.
runs-restarted = Adding a rate restarted the race: every run starts again from the same weights.
note-story = { $note } (The story takes { $epochs } epochs; training pauses there once.)
note-left-story = You have left the preset's story ({ $changes }): its note and its pause at { $epochs } epochs no longer apply. Choose the preset again to go back.
# Between the changes listed in note-left-story ({ $changes }); a string literal keeps its space.
note-list-separator = {", "}

## The Data & network panel (www/lab/data-panel.js).

draw-count = { $count ->
        [0] 0 points of your own — draw on the panels below
        [one] { $count } point of your own
       *[other] { $count } points of your own
    }
draw-not-here = Points can be drawn on 2-D data and curves.
preset-your-data = { $title } — your data

## Banners and the Data & network panel's status line (www/lab/*.js): what went wrong, in a
## sentence; $error is the core's or the browser's own words.

start-default-preset = { $error } — loading the default preset instead.
start-failed = Dropout Lab could not start: { $error }
error-something = Something went wrong: { $error }
engine-crashed-restarted = The training engine crashed ({ $error }); it was restarted with the same settings. Details are in the browser console.
engine-load-failed = The training engine could not load: { $error }
engine-stopped-dead = The training engine stopped ({ $why }) and could not be restarted: please reload the page.
engine-stopped-restarted = The training engine stopped ({ $why }); a new one was started with the same settings, and the race starts again from epoch 0.
link-not-understood = Some settings in the link were not understood: { $problems }{ $more ->
        [0] {""}
       *[other] ; and { $more } more
    }. Using defaults for those.
setup-file-failed = Could not load the setup '{ $file }': { $error } Nothing was changed.
setup-not-changed = Not changed: { $error }.
setup-not-a-number = Not changed: '{ $text }' is not a number.
csv-too-big = Not loaded: '{ $file }' has { $bytes } bytes; at most { $max } are read.
csv-failed = Not loaded: '{ $file }', { $error }.
draw-failed = Not drawn: { $error }.
inside-recompute = Recompute
lesson-count = Step { $step } of { $steps }

## The sweep chart (src/binding/sweep/view.rs): its key, axis and empty state.

sweep-key-final-val = final validation
sweep-key-best-val = best validation
sweep-key-final-train = final training (eval)
sweep-best = best: { $run }
sweep-axis-rate = drop rate p of the hidden layers
sweep-axis-size = training examples N (log scale)
sweep-empty = Run sweep trains every point afresh
sweep-title-size = Sweep: loss against the training-set size

## The runs list's Add rate (www/lab/controls.js).

add-run-full = { $runs } runs is the most that race at once — remove one first

## Lesson, banners, menus, sweep, Inside (#19 follow-up)

## The guided lesson's steps (www/lab/lesson-steps.js): each answer sentence is a claim,
## quoted by tests/claims/lesson.rs; rewording one means rewording its test.

lesson-finish = Finish
lesson-step-one-step-title = One step, in slow motion
lesson-step-one-step-question = The diagram shows the p = 0.5 run: each hidden unit is dropped with probability p = 0.5. Press Reveal to take one training step. How many of the 128 units in each layer will be crossed out?
lesson-step-one-step-answer-1 = About half, but rarely exactly half: each unit is dropped on its own coin toss, with probability p, and kept with probability 1 − p.
lesson-step-one-step-answer-2 = Each kept unit is multiplied by 1/(1 − p) = 2, so the next layer gets the same input on average.
lesson-step-one-step-answer-3 = Under each layer: how many units this example kept, how many p leads us to expect, and the scale.
lesson-step-new-mask-title = A new mask every step
lesson-step-new-mask-question = Training goes on, one step a second. Will the next step drop the same units again?
lesson-step-new-mask-answer-1 = No: every step a different half of the hidden units is switched off.
lesson-step-new-mask-answer-2 = So each step trains a different thinned network, and all of them share the same weights.
lesson-step-train-eval-title = Training vs evaluation
lesson-step-train-eval-question = To measure the validation loss, the network answers points it never trained on. Should it still drop units then?
lesson-step-train-eval-answer-1 = No: at evaluation every unit is on and nothing is random (Eval mode shows it).
lesson-step-train-eval-answer-2 = The kept units were already scaled by 1/(1 − p) in training, so no unit needs scaling now.
lesson-step-train-eval-answer-3 = Classic dropout (the other choice under Scaling) scales the other way round: none in training, every unit ×(1 − p) at evaluation. Either way the next layer gets the same input on average.
lesson-step-overfit-title = Overfitting without dropout
lesson-step-overfit-question = This network has 17,000 weights, 80 training points and no dropout (p = 0). Its training loss (solid) will fall. What will its validation loss (dashed) do?
lesson-step-overfit-answer-1 = It bottoms out early (on this seed within ten epochs), then climbs to one and a half times its best or more, while the training loss keeps falling towards zero.
lesson-step-overfit-answer-2 = The network is memorising its training points, the mislabelled ones too (see the islands in its map): that is overfitting.
lesson-step-gap-title = Dropout narrows the gap
lesson-step-gap-question = The same network now races with p = 0.2 and p = 0.5, from the same initial weights on the same minibatches. Which run will end with the lowest validation loss?
lesson-step-gap-answer-1 = The p = 0.5 run, of the three.
lesson-step-gap-answer-2 = The p = 0.5 run's training loss stays higher, but its validation loss ends lower and the gap between its two curves is less than half as wide.
lesson-step-underfit-title = Too much dropout underfits
lesson-step-underfit-question = A smaller network, 16 units a layer, and the second run drops 90 % of them (p = 0.9). If p = 0.5 helped, will p = 0.9 help even more?
lesson-step-underfit-answer-1 = No: keeping one or two of 16 units per example is too few to learn the moons.
lesson-step-underfit-answer-2 = The p = 0.9 run ends with both a higher training loss and a higher validation loss than the p = 0.5 run, both near 0.69, the loss of guessing 50:50. That is underfitting.
lesson-step-which-p-title = Which p?
lesson-step-which-p-question = Four rates race on a network with 32 units a layer: p = 0, 0.2, 0.5 and 0.9. Which ends with the lowest validation loss?
lesson-step-which-p-answer-1 = One in the middle, p = 0.2 or p = 0.5.
lesson-step-which-p-answer-2 = p = 0 ends with the lowest training loss and overfits; p = 0.9 ends with the highest training loss and underfits.
lesson-step-which-p-answer-3 = Too little dropout and too much both cost validation loss: the best p lies between.
lesson-step-which-p-answer-4 = The Sweep panel below trains a network for every p from 0 to 0.9: press Run sweep to see the whole curve.
lesson-step-why-title = Why it works
lesson-step-why-question = Training used a different thinned network every step; evaluation uses the whole network once. Why can one network stand in for all the thinned ones?
lesson-step-why-answer-1 = With every unit on, each layer gives the next one the input the thinned networks gave it on average.
lesson-step-why-answer-2 = Across several layers that is only close to averaging their answers: the views below show how close.
lesson-step-rivals-title = Dropout vs L2 vs batch norm
lesson-step-rivals-question = Dropout is not the only cure for overfitting. These runs race it against L2 weight decay and batch normalisation, from the same start. Which ends with the lowest validation loss?
lesson-step-rivals-answer-1 = The note under the charts says what these curves show, and what they do not.

## The diagram's variant and mistake banners and footers (src/core/diagram.rs).

diagram-banner-dropconnect = TRAINING — this minibatch's DropConnect mask: dropped weights dashed grey
diagram-banner-gaussian = TRAINING — one example's Gaussian noise: each unit × a factor from N(1, p/(1−p))
diagram-mistake-dropout-at-evaluation = EVALUATION — MISTAKE: dropout left on, fresh masks at every evaluation
diagram-mistake-no-evaluation-scaling = EVALUATION — MISTAKE: all units on but not scaled by 1−p: inputs too large
diagram-mistake-keep-read-as-drop = TRAINING — MISTAKE: p read as keep, so each layer drops 1 − p
diagram-weights-kept-of = kept { $kept } of { $n }
diagram-weights-expected = weights (≈ { $n })
diagram-kept-ones-scaled = kept ones ×{ $scale }
diagram-no-noise = no noise
diagram-gaussian-factor = × N(1, { $variance })
diagram-factors-range = factors { $lo } … { $hi }

## The core's errors, shown in banners (src/core/error.rs): the frame of each sentence; the
## details inside ($what, $layer, $why…) are the messages of the next section.

error-drop-rate = dropout rate { $p } for { $layer } is invalid: it must satisfy 0 ≤ p < 1 (p is the probability of dropping a unit)
error-out-of-range = { $what } = { $value } is out of range: it must be between { $min } and { $max }
error-shape = shape mismatch: { $why }
error-unknown = unknown { $kind } '{ $name }'; known: { $known }
error-config = invalid configuration: { $why }

## The details inside the core's errors (src/core/error.rs, #19): each is a message with typed
## arguments, formatted when shown. Quoted values, keys and lists of link words ($name, $raw,
## $names, $known…) are what a user typed or types, shown as they are.

error-layer-input = input layer
error-layer-hidden = hidden layer { $layer }
error-inside = { $error }

# What a range check names ($what of error-out-of-range).
quantity-inputs = number of inputs
quantity-outputs = number of outputs
quantity-hidden-layer-count = number of hidden layers
quantity-hidden-layers = hidden layers
quantity-hidden-units = units in hidden layer { $layer }
quantity-batch-size = batch size
quantity-minibatch-size = minibatch size
quantity-learning-rate = learning rate
quantity-weight-decay = weight decay
quantity-l2 = L2 strength
quantity-max-norm = max-norm radius
quantity-training-points = training points
quantity-validation-points = validation points
quantity-training-images = training images
quantity-validation-images = validation images
quantity-noise = noise
quantity-input-noise = input noise
quantity-label-noise = label noise
quantity-target-noise = target noise
quantity-classes = classes
quantity-seed = seed
quantity-focused-run = focused run
quantity-speed = speed
quantity-lesson-step = lesson step

# What an unknown name was meant to name ($kind of error-unknown).
kind-preset = preset
kind-dataset = dataset
kind-activation = activation
kind-optimiser = optimiser
kind-regression-curve = regression curve
kind-run-variant = run variant
kind-inside-view = Inside view

shape-rates-vs-layers = { $rates } dropout rates given, the network has { $layers } dropout layers (input + { $hidden } hidden)
shape-points-vs-inputs = points have { $columns } coordinates, the network takes { $inputs }
shape-sets-differ = training and validation sets differ in task, features or targets
shape-set-targets = { $set ->
        [training] training set
       *[validation] validation set
    }: { $examples } examples, { $targets } targets of width { $width } (expected width { $expected })
shape-no-dropout-layer = dropout layer { $layer } does not exist (the network has { $layers })

config-softmax-classes = a softmax output needs at least 2 classes
config-max-runs = at most { $max } runs can race at once
config-last-run = the last run cannot be removed: the lab needs at least one
config-no-run = there is no run { $run }: the experiment has { $runs } run(s)
config-sets-empty = the training and validation sets must both have examples
config-not-a-number = { $what } '{ $raw }' is not a number
config-two-noises = a run has one noise, not two ('{ $text }')
config-two-mistakes = one mistake per run ('{ $text }')
config-digits-total = training + validation images = { $total }, but the digits set has only { $examples }

# The engine's image (#18): the page's copy of the lab cannot read what the worker sent.
image-version = the engine sent an image of version { $version }, the page reads version { $expected }
image-runs = the engine's image has { $runs } runs
image-ended = the engine's image ended early (a different version of the lab?)
image-extra-bytes = the engine's image has { $bytes } bytes more than the page reads
image-not-utf8 = the engine's image holds text that is not UTF-8
image-matrix-shape = a matrix of the engine's image is { $rows } × { $columns }, the page's { $expected_rows } × { $expected_columns }: the two labs were built differently
image-mask-shape = the engine's mask of layer { $layer } is { $rows } × { $columns }, expected { $expected_rows } × { $expected_columns }
image-dropconnect-layers = the engine's DropConnect masks do not match the network's layers
image-dropconnect-shape = a DropConnect mask is not shaped like its weights
image-unknown-code = the engine's image holds code { $code }, which the page does not know

# A CSV file of points, and points drawn on the data panel.
csv-too-large = the file has { $bytes } bytes; at most { $max } are read
csv-too-few-rows = { $rows } rows of data; at least { $min } are needed (three to train on, one to validate)
csv-line = line { $line } '{ $text }': { $why }
csv-numbers = expected numbers
csv-columns = expected x,y,label (two classes) or x,y (a curve)
csv-columns-like-first = expected { $columns } values like the first row
csv-label = the label must be 0 or 1
points-drawn = drawn points: { $why }
points-characters = { $characters } characters, but each point takes { $each }
points-not-base64url = '{ $character }' is not a base64url character
points-too-many = { $count } points is more than the { $max } a link can carry; remove some, or use fewer rows
points-which-data = points can be drawn on two-class 2-D data and on curves only
points-columns = drawn points do not fit the dataset's columns
setup-not-a-knob = '{ $key }' is not a setup knob
setup-only-points = only your points: draw at least 4 on the data panel first (now { $points }), or load a CSV file

# A link's keys that were not used, and a setup file that cannot be.
settings-not-a-setting = '{ $key }' is not a setting
settings-ignored = { $key }={ $raw } ignored ({ $why })
settings-partly = { $key }: { $why }
settings-refused = { $key }={ $raw }: { $why }
expected-number = expected a number from { $min } to { $max }
expected-whole-number = expected a whole number from { $min } to { $max }
expected-full-or-whole = expected 'full' or a whole number from 1 to { $max }
expected-one-of = expected one of { $names }
expected-either = expected '{ $first }' or '{ $second }'
expected-flag = expected 0 or 1
expected-rate = expected a rate in [0, 1)
expected-text-or-number = expected text or a number
expected-runs = expected 1 to { $max } runs, comma-separated; each a rate in [0, 1) or input:hidden:… rates, optionally ~variant
expected-hidden = expected whole numbers separated by commas, like 64,64: 1 to { $layers } layers of 1 to { $units } units
expected-hideable = cannot hide { $names } (controls that can be hidden: { $hideable })
expected-drawn-points = expected drawn points, 4 base64url characters each, at most { $max }
variant-not-understood = run variant '{ $variant }' not understood
file-not-json = it is not a JSON file.
file-not-a-setup = it is JSON but not a Dropout Lab setup (no "format": "{ $format }" with its "settings").
file-version = it is a setup of version { $version }; this page reads version { $expected }.
file-settings-unusable = some of its settings cannot be used: { $settings }.

## The engine worker's refusals (www/lab/engine-worker.js).

engine-no-command = the engine has no command { $name }

## The menus: variants (src/binding/variants.rs; each .title is the note under the name),
## datasets (src/core/setup/catalog.rs), activations and optimisers (www/lab/data-panel.js).

variant-dropout = dropout
    .title = units switched off with probability p, kept ones ×1/(1−p)
variant-classic = dropout, classic
    .title = no scaling in training, ×(1−p) at evaluation
variant-dropconnect = DropConnect
    .title = single weights switched off with probability p
variant-gaussian = Gaussian dropout
    .title = every unit × a factor from N(1, p/(1−p))
variant-maxnorm = dropout + max-norm 3
    .title = each unit's incoming weights kept within ‖w‖ ≤ 3
variant-l2 = L2 0.01
    .title = weight decay λ = 0.01 on this run
variant-bn = batch norm
    .title = each hidden layer normalised over the minibatch
variant-mistake-evaldrop = mistake: dropout on at evaluation
    .title = forgot evaluation mode: validation measured on random thinned networks
variant-mistake-noscale = mistake: no ×(1−p) at evaluation
    .title = classic training, full network at evaluation: outputs too large
variant-mistake-keep = mistake: p read as keep
    .title = a layer meant to drop p drops 1 − p
variant-gaussian-maxnorm = Gaussian + max-norm 3
    .title = Gaussian noise and the max-norm constraint
mistake-why-evaldrop = dropout left on at evaluation: the validation loss is measured on a random thinned network, noisy and worse on average
mistake-why-noscale = classic dropout without the ×(1−p) at evaluation: the full network's inputs are 1/(1−p) times larger than in training
mistake-why-keep = p read as the keep probability: a layer meant to drop p drops 1 − p instead
dataset-moons = Two moons
dataset-circles = Circles: a disc in a ring
dataset-spiral = Two spirals
dataset-xor = XOR quadrants
dataset-blobs = Two blobs
dataset-sine = Sine curve
dataset-cubic = Cubic curve
dataset-digits = Handwritten digits (8×8)
dataset-own = Only your points (2-D)
dataset-own-curve = Only your points (a curve)
activation-relu = ReLU
activation-tanh = tanh
activation-sigmoid = sigmoid
activation-linear = linear (no nonlinearity)
optimiser-sgd = SGD
optimiser-momentum = SGD with momentum (β = 0.9)
optimiser-adam = Adam

## The Data & network panel's line after a rebuild (www/lab/data-panel.js, www/lab/draw.js):
## setup-rebuilt's $what is one of the rebuilt-… messages.

setup-rebuilt = Rebuilt with { $what }: the same { $runs ->
        [one] { $runs } run
       *[other] { $runs } runs
    } and rates, training from the start.
rebuilt-train = { $value } training points
rebuilt-train-preset = the preset’s training points
rebuilt-val = { $value } validation points
rebuilt-val-preset = the preset’s validation points
rebuilt-noise = noise { $value }
rebuilt-noise-preset = noise as the preset has it
rebuilt-flip = label noise { $value }
rebuilt-flip-preset = label noise as the preset has it
rebuilt-l2 = L2 strength { $value }
rebuilt-l2-preset = L2 strength as the preset has it
rebuilt-act = { $title } units
rebuilt-opt = { $title } (learning rate still { $lr }; SGD usually needs a larger one than Adam)
rebuilt-full-batch = full-batch training
rebuilt-batch = minibatches of { $value }
rebuilt-dataset = { $title } data
rebuilt-dataset-cleared = { $title } data; your { $count } drawn points were for { $shape } data and were cleared
rebuilt-csv = { $count } points from '{ $file }' (every fourth validates)
rebuilt-csv-scaled = { $count } points from '{ $file }', scaled into the picture (every fourth validates)
rebuilt-point-erased = the point near ({ $x }, { $y }) erased
rebuilt-point-added = a { $set ->
        [validation] validation
       *[training] training
    } point of class { $label } at ({ $x }, { $y })
rebuilt-points-cleared = your points cleared

## The sweep panel: its note under the chart (src/core/sweep.rs: claims, each sentence pinned
## by tests/claims/sweeps.rs) and the hovered point's rows (src/binding/sweep/view.rs).

sweep-note-rate = Each point trains fresh runs to the story's length, one per seed, with that p on every hidden layer; the line is their mean and the band spans the lowest to the highest seed. With 32 units per hidden layer (type 32,32 into Hidden units), the final validation loss of Two moons is a U: higher at p = 0 (overfitting) and at p = 0.9 (too few units left to learn), lowest between p = 0.2 and 0.7. With the preset's 128 units a layer, 13 kept units still fit the moons: the validation loss falls to its lowest at p = 0.6 or above. Click a point to race that rate.
sweep-note-size = Each N trains fresh runs on N training examples, without dropout and at the focused run's rates. On Two moons the p = 0 gap between validation and training loss shrinks at every step as N grows. Dropout's gain (the p = 0 validation loss minus the p = 0.5 one) is largest with the fewest examples (20 or 40 points) and at 640 points is under a tenth of that: unlike the paper's Figure 10, these small problems show no peak in the middle.
sweep-hover-n = N = { $n }
sweep-hover-size-series = { $series }: val { $val }, gap { $gap }
sweep-hover-gain = gain { $gain }
sweep-hover-rate = { $label } · { $seeds } seed(s)
sweep-hover-final-val = final val { $band }
sweep-hover-best-val = best val { $band }
sweep-hover-final-train = final train { $band }
sweep-progress = { $done } of { $total } runs done on { $workers ->
    [one] { $workers } worker
   *[other] { $workers } workers
}
sweep-progress-left = { $progress } · about { $seconds } s left
sweep-done = Done: { $done } of { $total } runs in { $seconds } s.
sweep-cancelled = Cancelled: { $done } of { $total } runs done.
sweep-failure-count = { $failure } ({ $n } so far)

## The Inside views (src/core/inside/, src/render/inside_*.rs, src/binding/inside*, www/lab/inside.js):
## each view's note is a claim (tests/claims/inside.rs quotes the English).

inside-note-subnets = Each panel is one thinned network: its title counts the hidden units it keeps, the corner shows its mask (a column per layer, dark = kept). Training with dropout trains all of them at once: they share one set of weights, and each minibatch trains one of them. Their average is what the ensemble predicts; the full network with scaled weights approximates it in one pass.
inside-note-averaging = The curve averages the predictions of k thinned networks drawn with the run's rates; the line is the full network with scaled weights, one pass. By k = 100 the average validates at least as well as the scaled network.
inside-note-spread = MC dropout: the spread (standard deviation) of the predictions of thinned networks, dropout left on at prediction time. An estimate of where the network is unsure, not a calibrated probability: it depends on p and on how many networks are drawn.
inside-note-coadaptation = The histogram counts hidden units by how much the validation loss rises when that unit alone is removed at evaluation (below zero: the network does better without it). On the two moons, the most important unit of the p = 0.5 network costs less than a fifth of what the most important unit of the p = 0 network costs: with dropout no single unit is indispensable. Most units matter little in either network.
inside-note-frozen = { $what } (Run { $run }, epoch { $epoch }: frozen when the view started.)
inside-spread-title = { $label } · { $n } thinned networks · spread of the predictions
inside-subnet-prob = { $panel } · prob { $prob }
inside-subnet-kept = { $panel } · { $kept }/{ $all }
inside-exact-mean = exact mean
inside-full-scaled-short = full, scaled
inside-average-of = average of { $k }
inside-full-scaled = full net, scaled
inside-validation-loss = validation loss
inside-validation-error = validation error
inside-hover-row = { $name }: { $value }
inside-k-axis = k (thinned networks averaged, log scale)
inside-spread-band = band: mean ± 2 std of the thinned networks (an estimate)
inside-spread-per-digit = mean std of the answer's probability, per true digit (an estimate)
inside-rise-axis = rise of val loss
inside-layer-activity = hidden layer { $layer }: mean activation { $mean } · { $near_zero } near zero
inside-activation-range = activations { $lo } … { $hi }
inside-waiting = Pick a view and press Look inside: it looks at the focused run as it is now
inside-no-view = these data have no Inside view (regression on several inputs)
inside-computing = computing… { $percent } %
inside-done = done
inside-rises-summary = { $n ->
        [one] { $n } unit
       *[other] { $n } units
    } · largest rise { $largest } · mean { $mean }
inside-spread-map-key = white: no spread · deepest: std { $largest } (an estimate)
