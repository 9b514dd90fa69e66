# Dropout Lab — Deutsch. Übersetzt aus en.ftl; Fachwörter: de.glossary.md.
# Reviewed-by: nobody yet
# Eine Nachricht fehlt hier? Dann erscheint sie auf Englisch (siehe src/l10n/README.md).

page-dropout-lab = Dropout Lab
page-preset =
    .aria-label = Voreinstellung
page-preset-label = Voreinstellung
page-seed =
    .aria-label = Seed (Startwert)
page-seed-label = Seed
page-new-seed = Neuer Seed
    .title = Einen Seed ziehen, den niemand gewählt hat: neue Daten, Gewichte und Masken, dieselben Raten
page-lr =
    .aria-label = Lernrate
page-learning-rate-label = Lernrate
page-training =
    .aria-label = Training
page-play = Start
page-step = Schritt
page-reset = Zurücksetzen
page-speed-label = Tempo
page-speed =
    .aria-label = Tempo
page-speed-out = max
page-lesson-open = Lektion
    .title = Eine geführte Lektion: erst vorhersagen, dann aufdecken (N weiter, B zurück, Esc beendet)
page-export = Dateien…
    .title = Bilder und Daten exportieren, ein Setup speichern oder laden
page-help-open =
    .aria-label = Hilfe und Tastenkürzel
    .title = Hilfe und Tastenkürzel (?)
page-copy-link = Link kopieren
page-present = Präsentieren
    .title = Große Schrift und dicke Linien für die letzte Reihe (P)
page-fullscreen = Vollbild
    .title = Vollbild (F)
page-data-network = Daten & Netz
page-data = Daten
page-dataset =
    .aria-label = Datensatz
page-dataset-label = Datensatz
page-n-train =
    .aria-label = Trainingspunkte
page-training-points-label = Trainingspunkte
page-n-val =
    .aria-label = Validierungspunkte
page-validation-points-label = Validierungspunkte
page-noise =
    .aria-label = Eingangsrauschen
page-noise-label = Rauschen
page-flip =
    .aria-label = Label-Rauschen: Anteil vertauschter Labels
page-label-noise-label = Label-Rauschen
page-csv-file =
    .aria-label = CSV-Datei mit Punkten: x,y,Label oder x,y
page-load-csv-label = CSV laden…
page-draw-on-the-pictures = In die Bilder unten zeichnen
page-drawing-tool =
    .aria-label = Zeichenwerkzeug
page-class-0 = Klasse 0
page-class-1 = Klasse 1
page-or-right-click-a = Radierer
    .title = Oder einen Punkt mit der rechten Maustaste anklicken
page-draw-set =
    .aria-label = Menge, zu der neue Punkte gehören
page-new-points-go-to-label = Neue Punkte in
page-training-2 = Training
page-validation = Validierung
page-draw-clear = Meine Punkte löschen
page-network = Netz
page-act =
    .aria-label = Aktivierungsfunktion
page-activation-label = Aktivierung
page-opt =
    .aria-label = Optimierer
page-optimiser-label = Optimierer
page-batch =
    .placeholder = alle
    .aria-label = Minibatch-Größe oder alle
page-minibatch-label = Minibatch
page-l2 =
    .aria-label = L2-Stärke
page-l2-strength-label = L2-Stärke
page-small-minibatches-add-noise = Kleine Minibatches bringen eigenes Rauschen mit: ein Regularisierer neben Dropout.
page-copy-this-link-ctrl = Diesen Link kopieren (Strg+C):
page-link-text =
    .aria-label = Link zu diesem Labor
page-link-close =
    .aria-label = Linkfeld schließen
page-banner-close =
    .aria-label = Meldung schließen
page-lesson =
    .aria-label = Lektion
page-lesson-close =
    .aria-label = Lektion verlassen (das Labor bleibt, wie es ist)
    .title = Lektion verlassen (Esc); das Labor bleibt, wie es ist
page-lesson-back = Zurück
page-lesson-reveal = Aufdecken
page-lesson-next = Weiter
page-network-2 =
    .aria-label = Netz
page-diagram-title = Netz
page-diagram-mode =
    .aria-label = Diagrammmodus
page-mode-train = Trainingsmodus
page-mode-eval = Auswertungsmodus
page-example-label = Beispiel
page-example =
    .aria-label = Beispiel aus dem Minibatch
page-diagram =
    .aria-label = Netzdiagramm: in diesem Schritt abgeschaltete Einheiten sind durchgestrichen
page-rate-label = Dropout-Rate
page-rate =
    .aria-label = Dropout-Rate
page-input-rate-label = Eingangs-Dropout
page-input-rate =
    .aria-label = Dropout-Rate der Eingabe
page-scaling = Skalierung
page-scaling-2 =
    .aria-label = Dropout-Skalierung
page-inverted-kept-units-1 = invertiert: behaltene Einheiten ×1/(1−p) im Training (PyTorch, Keras)
page-classic-no-scaling-in = klassisch: keine Skalierung im Training, alle Einheiten ×(1−p) bei der Auswertung
page-notation = Schreibweise
page-notation-2 =
    .aria-label = Was p bedeutet
page-p-drop-probability-pytorch = p = Abschaltwahrscheinlichkeit (PyTorch, Keras)
page-p-retain-probability-srivastava = p = Behaltewahrscheinlichkeit (Srivastava u. a. 2014)
page-hidden-units = Verdeckte Einheiten
page-hidden =
    .aria-label = Verdeckte Einheiten pro Schicht
    .placeholder = 128,128
page-hidden-out = pro Schicht, z. B. 32,32 (je 1–256)
page-rates-racing = Raten im Rennen
page-run-variant =
    .aria-label = Variante des ausgewählten Laufs
    .title = Was der ausgewählte Lauf ist: Dropout, einer seiner Rivalen oder ein klassischer Fehler
page-add-run = Rate hinzufügen
page-runs =
    .aria-label = Läufe
page-results =
    .aria-label = Ergebnisse
page-loss-title = Verlust: Training (durchgezogen) und Validierung (gestrichelt)
page-log-scale = logarithmisch
page-loss =
    .aria-label = Verlustdiagramm
page-data-title = Was jeder Lauf gelernt hat
page-data-2 =
    .aria-label = Was jeder Lauf gelernt hat
page-sweep-title = Sweep: Verlust über der Dropout-Rate p
page-sweep-label = Sweep
page-sweep-kind =
    .aria-label = Was variiert wird
page-p-0-0-9 = p = 0 … 0,9
page-training-set-size = Größe der Trainingsmenge
page-each-run-of-a =
    .title = Jeder Lauf eines Punktes hat seinen eigenen Seed: den aus dem Seed-Feld und die folgenden
page-sweep-seeds =
    .aria-label = Läufe pro Punkt
page-runs-per-point-label = Läufe pro Punkt
page-sweep-run = Sweep starten
page-sweep-cancel = Abbrechen
page-log-scale-2 = logarithmisch
page-sweep-png = PNG
    .title = Das Sweep-Diagramm als PNG in doppelter Größe
page-sweep-csv = CSV
    .title = Mittelwert, Minimum und Maximum jedes Punktes als CSV
page-sweep-progress =
    .aria-label = Fortschritt des Sweeps
page-sweep-status = Jeder Punkt trainiert frische Läufe, einen pro Seed, auf allen Kernen dieses Computers.
page-sweep-chart =
    .aria-label = Sweep-Diagramm: Verlust über dem variierten Wert, Mittel über die Seeds mit Band von Minimum bis Maximum
page-inside-title = Dropout von innen
page-view-label = Ansicht
page-inside-view =
    .aria-label = Ansicht von Dropout von innen
page-sub-networks-the-ensemble = Teilnetze: das Ensemble, das Dropout trainiert
page-averaging-k-networks-vs = Mittel über k Netze oder Gewichtsskalierung
page-uncertainty-from-dropout-mc = Unsicherheit aus Dropout (MC-Dropout)
page-co-adaptation-one-unit = Koadaptation: jeweils eine Einheit entfernt
page-inside-compute = Hineinschauen
page-inside-resample = Neu ziehen
    .title = Andere ausgedünnte Netze ziehen
page-inside-canvas =
    .aria-label = Ansicht des ausgewählten Laufs von innen
page-inside-note = Eine Ansicht wählen und „Hineinschauen“ drücken: Sie zeigt den ausgewählten Lauf, wie er in diesem Moment ist, pausiert oder laufend.
page-export-title = Exportieren und laden
page-files-for-slides-and = Dateien für Folien und Arbeitsblätter, benannt nach Voreinstellung und Seed.
page-export-loss = Verlustdiagramm (PNG, 2×)
page-export-lab = Ganzes Labor (PNG)
page-export-csv = Verlauf jedes Laufs (CSV)
page-export-setup = Setup (JSON, lässt sich wieder laden)
page-a-saved-setup-opens = Ein gespeichertes Setup öffnet dasselbe Labor wieder, Lauf für Lauf (oder die Datei auf die Seite ziehen).
page-load-setup = Setup laden…
page-setup-file =
    .aria-label = Zu ladende Setup-Datei
page-export-close = Schließen
page-help-title = Über Dropout Lab
page-help-close = Schließen
page-help-dropout-html = Dropout schaltet während des Trainings jede Einheit einer Schicht zufällig ab: <b>p</b> ist die Wahrscheinlichkeit, eine Einheit ABZUSCHALTEN, und die behaltenen Einheiten werden mit 1/(1−p) skaliert, damit die nächste Schicht im Mittel dieselbe Eingabe bekommt. Bei der Auswertung wird nichts abgeschaltet: Das trainierte Netz verhält sich wie ein Mittel der vielen ausgedünnten Netze, als die es trainiert wurde.
page-what-the-page-shows = Was die Seite zeigt
page-help-network-html = <b>Netz</b>: das Netz des ausgewählten Laufs; durchgestrichene Einheiten wurden in diesem Trainingsschritt abgeschaltet (der <i>Auswertungsmodus</i> zeigt das volle Netz, mit dem validiert wird).
page-help-rates-html = <b>Dropout-Rate</b> stellt die verdeckten Schichten des ausgewählten Laufs ein; <b>Raten im Rennen</b> listet die Läufe, die von denselben Gewichten auf denselben Minibatches trainieren und sich nur im Dropout unterscheiden.
page-help-loss-html = <b>Verlust</b>: Trainingsverlust durchgezogen, Validierungsverlust gestrichelt, eine Farbe pro Lauf; die Lücke zwischen beiden ist beim ausgewählten Lauf schattiert.
page-help-learned-html = <b>Was jeder Lauf gelernt hat</b>: die Vorhersagen jedes Laufs auf den Daten.
page-keyboard-shortcuts = Tastenkürzel
page-play-pause = Start / Pause
page-one-step = Ein Schritt
page-reset-every-run = Alle Läufe zurücksetzen
page-train-mode-eval-mode = Trainingsmodus / Auswertungsmodus
page-focused-run-s-dropout = Dropout-Rate des ausgewählten Laufs 0,0–0,9
page-focus-the-run-above = Den Lauf darüber / darunter auswählen
page-present-mode = Präsentationsmodus
page-fullscreen-2 = Vollbild
page-lesson-reveal-then-the = Lektion: aufdecken, dann nächster Schritt; zurück (Bild ab, Bild auf eines Presenters)
page-this-help = Diese Hilfe
page-close-this-help-or = Diese Hilfe oder eine Meldung schließen; die Lektion verlassen
page-shortcuts-wait-while-you = Kürzel warten, solange in ein Feld getippt wird; ein ausgewählter Schieberegler behält seine Pfeiltasten.
page-dropout-lab-needs-javascript = Dropout Lab braucht JavaScript und WebAssembly.
page-lang-label = Sprache
page-lang =
    .aria-label = Sprache
help-review-awaits = Diese Übersetzung wartet noch auf die Durchsicht durch eine Lehrkraft mit Deutsch als Muttersprache.
help-review-by = Diese Übersetzung hat { $who } durchgesehen.

transport-play = Start
transport-pause = Pause
speed-max = max
speed-per-second = { $steps }/s
copy-link-done = Link kopiert
notation-rate-label-drop = Dropout-Rate
# Soft hyphens: the one long word must break in the controls' narrow label column.
notation-rate-label-retain = Be­hal­te­wahr­schein­lich­keit
notation-input-rate-label-drop = Eingangs-Dropout
notation-input-rate-label-retain = Eingang behalten
notation-rate-aria-drop = Dropout-Rate
notation-rate-aria-retain = Behaltewahrscheinlichkeit (1 − Dropout-Rate)
notation-scaling-inverted-drop = invertiert: behaltene Einheiten ×1/(1−p) im Training (PyTorch, Keras)
notation-scaling-inverted-retain = invertiert: behaltene Einheiten ×1/p im Training (PyTorch, Keras)
notation-scaling-classic-drop = klassisch: keine Skalierung im Training, alle Einheiten ×(1−p) bei der Auswertung
notation-scaling-classic-retain = klassisch: keine Skalierung im Training, alle Einheiten ×p bei der Auswertung (Srivastava u. a.)

## Das beschriebene Labor (#20, src/core/narration/text.rs und tables.rs): was der Erzähler
## während des Rennens sagt, Beschreiben, die Tabellen der Diagramme und Anhören.

narration-played = Start ab Epoche { $epoch }.
narration-paused = Pausiert bei Epoche { $epoch }.
narration-reset = Zurückgesetzt: Jeder Lauf steht wieder bei Epoche 0 mit denselben Anfangsgewichten.
narration-epoch-of = Epoche { $epoch } von { $story }.
narration-epoch = Epoche { $epoch }.
narration-lowest = Niedrigster Validierungsverlust: { $run }, { $val }.
narration-rising = { $run }: Validierung { $val }, steigend seit Epoche { $since }, Training { $train }.
narration-turned-upward = { $run }: Der Validierungsverlust steigt wieder. Tiefstwert { $best } bei Epoche { $since }, jetzt { $now }: Das Netz hat begonnen, seine Trainingspunkte auswendig zu lernen.
narration-story-end = Ende der Geschichte bei Epoche { $epoch }. Niedrigster Validierungsverlust am Ende: { $run }, { $val }.
narration-story-pauses = Das Training pausiert hier; Start setzt es fort.
narration-rate-set = Der ausgewählte Lauf ist jetzt { $run }: { $readout }. Der nächste Trainingsschritt verwendet ihn.
narration-input-rate-set = Eingabe-Dropout des ausgewählten Laufs: { $readout }. Der nächste Trainingsschritt verwendet ihn.
narration-race-run = { $run }: Trainingsverlust { $train }, Validierungsverlust { $val }{ $rising }{ $accuracy }.
narration-race-run-focused = { $run } (ausgewählt): Trainingsverlust { $train }, Validierungsverlust { $val }{ $rising }{ $accuracy }.
narration-race-rising = , steigend seit Epoche { $since }
narration-race-accuracy = , Validierungsgenauigkeit { $accuracy } %
narration-race-not-started = { $runs } Läufe im Rennen; noch keine Epoche ist fertig.
narration-race-heading = { $epoch } { $runs } Läufe im Rennen.
narration-layer-input = Eingabe
narration-layer-hidden = verdeckt { $layer }
narration-layer-kept = { $layer }: { $kept } von { $units } { $kind ->
        [input] Eingaben
       *[hidden] Einheiten
    } in diesem Schritt behalten.
narration-layer-kept-scaled = { $layer }: { $kept } von { $units } { $kind ->
        [input] Eingaben
       *[hidden] Einheiten
    } in diesem Schritt behalten, behaltene { $kind ->
        [input] Eingaben
       *[hidden] Einheiten
    } ×{ $scale }.
narration-diagram-train = Netz von { $run }, Beispiel { $example } des letzten Minibatches.
narration-diagram-eval = Netz von { $run } im Auswertungsmodus: jede Einheit an, nichts abgeschaltet.
narration-diagram-not-started = Netz von { $run }: noch kein Trainingsschritt, also wurde keine Einheit abgeschaltet.
narration-map = Karte von { $run }: { $accuracy } % der Validierungspunkte richtig, { $errors } von { $points } falsch.
narration-map-where = Karte von { $run }: { $accuracy } % der Validierungspunkte richtig, { $errors } von { $points } falsch, die meisten davon { $region ->
        [upper-left] oben links
        [upper-right] oben rechts
        [lower-left] unten links
       *[lower-right] unten rechts
    }.
narration-curve = Angepasste Kurve von { $run }: Validierungsverlust { $val }.
narration-loss-table-caption = Verlust von { $run } je aufgezeichneter Epoche
narration-head-epoch = Epoche
narration-head-training-loss = Trainingsverlust
narration-head-validation-loss = Validierungsverlust
narration-head-validation-accuracy = Validierungsgenauigkeit
narration-named-note = { $name }: { $note }
narration-lesson-answer = Lektion, { $title }: { $answer }
narration-sound-mapping = Der Ton ist aus, bis Sie ihn neben dem Verlustdiagramm ankreuzen. Dann spielt Anhören den Validierungsverlust des ausgewählten Laufs, danach seinen Trainingsverlust, ein kurzer Ton je aufgezeichneter Epoche: Ein Verlust von { $high_loss } oder mehr klingt mit { $high_hz } Hz, { $low_loss } oder weniger mit { $low_hz } Hz, und dazwischen sind gleiche Verhältnisse des Verlusts gleiche Tonschritte (eine logarithmische Skala), also klingt ein höherer Verlust höher. Eine fallende Linie, die wieder steigt, ist eine Kehrtwende, die man hört. Mit Ton markiert ein kurzes steigendes Zirpen einen Lauf, dessen Validierungsverlust wieder steigt.
narration-swept-p = p
narration-swept-points = Trainingspunkte
narration-sweep-empty = Sweep: noch kein Punkt trainiert; drücken Sie „Sweep starten“.
narration-sweep = Sweep des Validierungsverlusts am Ende über { $name }: am niedrigsten bei { $name } = { $best_x }, { $best }; { $first } bei { $name } = { $first_x }, { $last } bei { $name } = { $last_x }. Die Kurve ist { $shape ->
        [u] ein U: zu wenig und zu viel kosten beide Validierungsverlust
        [first] am niedrigsten an ihrem ersten Punkt
        [last] am niedrigsten an ihrem letzten Punkt
       *[other] am niedrigsten nahe einem Ende
    }.
narration-sweep-table-caption = Sweep: Verluste am Ende der Geschichte über { $name }, über die Seeds
narration-sweep-table-caption-of = Sweep von { $curve }: Verluste am Ende der Geschichte über { $name }, über die Seeds
narration-head-validation-mean = Validierungsverlust, Mittel
narration-head-validation-min = Validierungsverlust, Min.
narration-head-validation-max = Validierungsverlust, Max.
narration-head-training-mean = Trainingsverlust, Mittel
narration-table-share = { $percent } %
narration-table-kept = { $kept } von { $units }
narration-table-subnets = Teilnetze von { $run }: die Einheiten, die jedes behält, und sein Gewicht im Mittel
narration-head-subnet = Teilnetz
narration-head-units-kept = Behaltene Einheiten je Schicht
narration-head-weight = Gewicht
narration-table-averaging = Mittel ausgedünnter Netze von { $run } gegen Gewichtsskalierung
narration-head-networks = Netze
narration-head-validation-error = Validierungsfehler
narration-row-weight-scaling = Gewichtsskalierung
narration-row-average-of = Mittel aus { $k }
narration-table-spread = Unsicherheit aus Dropout (MC-Dropout) von { $run }
narration-head-figure = Größe
narration-head-value = Wert
narration-row-points = Punkte auf der Karte
narration-row-largest-spread = größte Streuung (Standardabweichung)
narration-row-mean-spread = mittlere Streuung
narration-table-coadaptation = Koadaptation: Zuwachs des Validierungsverlusts, wenn je eine Einheit entfernt wird
narration-head-run = Lauf
narration-head-units-removed = Entfernte Einheiten
narration-head-mean-rise = Mittlerer Anstieg
narration-head-largest-rise = Größter Anstieg

## Die Bedienelemente des beschriebenen Labors (index.html).
page-describe = Beschreiben
    .title = Das ganze Labor in Worten: das Rennen, das Netz Schicht für Schicht, die Karten, der Sweep (D)
page-loss-table = Tabelle
    .title = Die Zahlen des Diagramms als Tabelle, eine je Lauf
page-sweep-table = Tabelle
    .title = Die Punkte und Bänder des Sweeps als Tabelle
page-inside-table = Tabelle
    .title = Die Größen der Ansicht als Tabelle
page-sound =
    .title = Ton: Anhören spielt die Verluste des ausgewählten Laufs als Tonhöhe; ein Zirpen markiert einen Lauf, dessen Verlust wieder steigt
page-sound-label = Ton
page-listen = Anhören
    .title = Den Validierungsverlust des ausgewählten Laufs, dann seinen Trainingsverlust als Tonhöhe spielen
page-describe-key = Das ganze Labor in Worten beschreiben (für einen Screenreader)
page-hearing-the-lab = Das Labor hören
page-hearing-html = Ein Screenreader hört Start, Pause, Zurücksetzen und jede Reglerbewegung sofort, und während das Rennen läuft höchstens einen Satz alle paar Sekunden: jedes Zehntel der Geschichte, einen Lauf, dessen Validierungsverlust wieder steigt, und das Ende der Geschichte. <b>Beschreiben</b> (D) sagt alles auf einmal. <b>Tabelle</b> neben einem Diagramm zeigt seine Zahlen als Tabelle.

## Die Einbettungs-API (#21): die zwei Ablehnungen von embed= im Link, die das Banner zeigt.
embed-not-an-origin = „{ $raw }“ ist kein Ursprung (erwartet: http:// oder https://, ein Hostname und ein optionaler Port, nichts danach, z. B. https://school.example)
embed-too-many-origins = höchstens { $max } Ursprünge können vertrauenswürdig sein

## Das Code-Fenster (#21). Der erzeugte Python-Code und das Notebook bleiben englisch.
page-code-open = Code
    .title = Dieses Experiment als PyTorch- oder Keras-Code und ein Notebook, das das Rennen nachspielt
page-code-title = Dieses Experiment als Code
page-code-close = Schließen
page-code-tabs =
    .aria-label = Framework
page-code-copy = Code kopieren
page-code-notebook = Notebook herunterladen
page-code-about = Das Notebook spielt dieses Rennen in PyTorch mit den eigenen Daten, Anfangsgewichten und Minibatches des Labors nach: Der Verlust vor dem ersten Schritt und jeder Schritt ohne Dropout stimmen mit denen des Labors überein.
code-copied = Kopiert.
code-not-copied = Nicht kopiert: { $why }

## Jede Schülerin, jeder Schüler (#20): Ruhig, Kontrast, der Satz des Daten-Cursors, der
## Tastaturhinweis des Datenfelds und die Hilfezeile der Pfeiltasten.
page-calm = Ruhig
    .title = Ruhige Bewegung: Die durchgestrichenen Einheiten des Netzes wechseln höchstens zweimal pro Sekunde, nichts gleitet (auch an, wenn das System weniger Bewegung wünscht)
page-contrast = Kontrast
    .title = Hoher Kontrast: kräftigere Schrift, Rahmen, Fokusringe und Diagrammfarben
page-arrows-key-html = Auf den Bildern (Daten & Netz geöffnet): den Cursor bewegen; <kbd>Enter</kbd> fügt einen Punkt hinzu, <kbd>Delete</kbd> entfernt einen. Im Sweep-Diagramm: einen Punkt wählen; <kbd>Enter</kbd> lässt ihn mitlaufen
page-data-region =
    .aria-label = Daten & Netz
page-data-cursor-hint = Oder per Tastatur: mit Tab zu den Bildern, die Pfeiltasten bewegen einen Cursor, Enter fügt einen Punkt hinzu, Entf entfernt den nächsten.
data-cursor = Cursor bei x = { $x }, y = { $y }. Enter fügt einen Punkt der gewählten Klasse hinzu, Entf entfernt den nächsten gezeichneten Punkt.

preset-moons-title = Zwei Monde: 80 verrauschte Punkte
preset-moons-note = Achtzig Punkte, jeder zehnte mit falschem Label, und ein Netz mit 17.000 Gewichten: weit mehr Freiheit, als die Daten festlegen können. Beobachten Sie den Lauf mit p = 0: Sein Validierungsverlust erreicht innerhalb von etwa hundert Epochen sein Minimum (beim voreingestellten Seed innerhalb von zehn) und steigt dann auf das Anderthalbfache seines Bestwerts oder mehr, während sein Trainingsverlust weiter gegen null fällt. Er lernt die falsch beschrifteten Punkte auswendig: Seine Entscheidungskarte bildet kleine Inseln um mehrere von ihnen, wo die des Laufs mit p = 0,5 höchstens eine oder zwei hat. Der Trainingsverlust des Laufs mit p = 0,5 bleibt höher, aber sein Validierungsverlust endet niedriger, und die Lücke zwischen seinen beiden Kurven ist weniger als halb so breit. Zeigen Sie auf die Masken: Bei jedem Schritt wird eine andere Hälfte der verdeckten Einheiten abgeschaltet, sodass sich keine Einheit auf einen bestimmten Partner verlassen kann, um eine Insel zu formen.
preset-wiggle-title = Welle: eine Kurve durch Rauschen
preset-wiggle-note = Vierzig Stichproben einer Sinuswelle, im Rauschen vergraben, und ein tiefes Netz, das seine Kurve überall biegen kann. Ohne Dropout findet die angepasste Kurve zuerst die glatte Welle und biegt sich dann durch einzelne verrauschte Punkte: Innerhalb der ersten paar hundert Epochen dreht ihr Validierungsverlust nach oben, während ihr Trainingsverlust weiter fällt. Mit p = 0,5 auf den verdeckten Schichten endet die Kurve näher am wahren Sinus und glatter. Sie kommt langsam zur Ruhe, Hunderte Epochen nach dem Lauf mit p = 0, aber ihr Validierungsverlust endet niedriger und ihre Lücke zwischen Training und Validierung kleiner. Kein Validierungsverlust kann weit unter 0,36 fallen, die Varianz des Rauschens selbst (σ = 0,6): Ein Trainingsverlust darunter, wie der des Laufs mit p = 0, bedeutet, dass das Modell Rauschen anpasst. Dropout macht jeden Trainingsschritt verrauscht, und doch ist die Validierungskurve mit p = 0,5 die ruhigere: Das Diagramm und die angepasste Kurve verwenden das ganze Netz, keine Einheit abgeschaltet.
preset-digits-title = Ziffern: 100 Trainingsbilder
preset-digits-note = Echte handgeschriebene Ziffern, aber nur 100 davon zum Lernen. Ohne Dropout erkennt das Netz innerhalb von etwa fünfzehn Epochen jedes Trainingsbild richtig. Danach bleibt seine Validierungsgenauigkeit gleich (auf drei Prozentpunkte genau) oder steigt leicht, doch sein Validierungsverlust steigt um 40 % oder mehr (beim voreingestellten Seed verdoppelt er sich mehr als). Der Grund: Es wird immer selbstsicherer, auch bei den Ziffern, die es falsch erkennt, und die Kreuzentropie bestraft einen selbstsicheren Fehler hart: Der mittlere Verlust auf einem falsch klassifizierten Bild verdoppelt sich mindestens. Die Dropout-Läufe folgen dem Rezept der Originalarbeit für Ziffern: 20 % der Eingabepixel abschalten und 20 % oder die Hälfte der verdeckten Einheiten. Sie lernen langsamer, ihr Validierungsverlust endet unter dem des Laufs mit p = 0, und ihre Lücke zwischen Training und Validierung ist kleiner. Ihre Genauigkeit ist nicht besser: Sie endet innerhalb von fünf Prozentpunkten um die des Laufs mit p = 0, bei manchen Seeds darüber, bei anderen darunter; achten Sie also auf die Verluste, nicht auf die Genauigkeit. Zeigen Sie auf die Maske der Eingabeschicht: Ganze Pixel verschwinden, also muss das Netz eine Ziffer aus beliebigen vier Fünfteln von ihr erkennen.
preset-rivals-title = Rivalen: nichts, L2, Batch-Norm, Dropout
preset-rivals-note = Dieselben achtzig verrauschten Monde und dasselbe Netz, vier Läufe von denselben Gewichten auf denselben Minibatches zu zwanzig: kein Regularisierer, L2-Gewichtsverfall (λ = 0,01), Batch-Normalisierung nach jeder verdeckten Schicht und Dropout mit p = 0,5. Ohne Regularisierer steigt der Validierungsverlust auf das Doppelte seines Bestwerts oder mehr, während sein Trainingsverlust am tiefsten von den vieren fällt. Jeder der drei Rivalen endet mit einem niedrigeren Validierungsverlust als der Lauf ohne Regularisierung. Das Rennen zeigt, dass hier jeder die Überanpassung bekämpft; es ordnet sie nicht nach Rang.

label-name-drop = p
label-name-retain = Behalte-p
label-rate = { $name } = { $p }
label-run-input = { $name } = { $p }, Eingabe { $input }
label-classic = klassisch
label-gaussian = Gauß
label-max-norm = Max-Norm { $c }
label-l2 = L2 { $lambda }

readout-keeps-every-unit = behält jede Einheit
readout-mistake-keep-as-drop = Fehler: schaltet { $drops } ab, behält { $keeps }
readout-keep-share = behalten 1−p = { $share }
readout-drop-share = abschalten 1−p = { $share }
readout-gaussian = jede Einheit × N(1, { $variance })
readout-kept-scaled = behaltene { $things ->
        [weights] Gewichte
       *[units] Einheiten
    } ×{ $scale }
readout-no-scaling = keine Skalierung im Training
readout-left-on = { $what ->
        [noise] Rauschen
       *[masks] Masken
    } bei der Auswertung eingeschaltet
readout-eval-scaled = ×{ $scale } bei der Auswertung
readout-none-at-evaluation = keine bei der Auswertung
readout-scales = { $training }, { $evaluation }
readout-on-inputs = { $rate } auf { $inputs ->
        [one] dem einen Eingang
       *[other] den { $inputs } Eingängen
    }

diagram-train-inverted = TRAINING — Dropout-Maske eines Beispiels; behaltene Einheiten ×1/(1−p)
diagram-train-inverted-retain = TRAINING — Dropout-Maske eines Beispiels; behaltene Einheiten ×1/p
diagram-train-classic = TRAINING — Maske eines Beispiels; klassisches Dropout: keine Skalierung
diagram-eval-inverted = AUSWERTUNG — alle Einheiten an, keine Skalierung
diagram-eval-classic = AUSWERTUNG — alle Einheiten an, skaliert mit 1−p (klassisches Dropout)
diagram-eval-classic-retain = AUSWERTUNG — alle Einheiten an, skaliert mit p (klassisches Dropout)
diagram-kept-of = { $kept } von { $n } behalten
diagram-expected = erwartet ≈ { $n }
diagram-kept-scaled = behaltene ×{ $scale }
diagram-mask-of = Maske von { $rate }
diagram-expected-scaled = { $expected }, ×{ $scale }
diagram-all-scaled = alle Einheiten ×{ $scale }
diagram-layer-input = Eingabe
diagram-layer-output = Ausgabe
diagram-layer-hidden = verdeckt { $layer }
diagram-units-shown = { $shown } von { $n } gezeigt
diagram-units = { $n ->
        [one] { $n } Einheit
       *[other] { $n } Einheiten
    }
diagram-next-step = { $rate } ab nächstem Schritt

chart-epoch = Epoche
chart-loss = Verlust
chart-loss-log = Verlust (logarithmisch)
chart-no-losses = noch keine Verluste
chart-key-train = Training
chart-key-validation = Validierung
chart-hover-epoch = Epoche { $epoch }
chart-hover-run = { $run }   Train. { $train }   Val. { $val }
data-key-train = Trainingspunkte
data-key-validation = Validierungspunkte
data-accuracy-per-digit = Validierungsgenauigkeit je Ziffer
data-digit-wrong = { $guess } ✗ ist { $truth }

status-playing = Epoche { $epoch } · { $rate } Schritte/s
status-paused = Epoche { $epoch } · pausiert
status-title = Gleichschritt { $step }
example-of = von { $n }
runs-row-title = Klicken, um diesen Lauf im Diagramm zu zeigen und mit dem Schieberegler zu bewegen
runs-remove = Lauf { $run } entfernen
runs-diverged = { $run } — divergiert
runs-numbers = Train. { $train } · Val. { $val }
runs-numbers-acc = Train. { $train } · Val. { $val } · Gen. { $acc } %
runs-overconfident = { $runs }: Der Validierungsverlust steigt, während die Genauigkeit hält — das Netz wird bei den Antworten, die es falsch gibt, übermäßig selbstsicher.
runs-restarted = Das Hinzufügen einer Rate hat das Rennen neu gestartet: Jeder Lauf beginnt wieder mit denselben Gewichten.
note-story = { $note } (Die Geschichte dauert { $epochs } Epochen; dort hält das Training einmal an.)
note-left-story = Sie haben die Geschichte der Voreinstellung verlassen ({ $changes }): Deren Notiz und Halt nach { $epochs } Epochen gelten nicht mehr. Wählen Sie die Voreinstellung erneut, um zurückzukehren.
note-list-separator = {", "}

draw-count = { $count ->
        [0] 0 eigene Punkte — in die Bilder unten zeichnen
        [one] { $count } eigener Punkt
       *[other] { $count } eigene Punkte
    }
draw-not-here = Punkte lassen sich auf 2-D-Daten und Kurven zeichnen.
preset-your-data = { $title } — Ihre Daten

start-default-preset = { $error } — die voreingestellte Voreinstellung wird geladen.
start-failed = Dropout Lab konnte nicht starten: { $error }
error-something = Etwas ist schiefgegangen: { $error }
engine-crashed-restarted = Die Trainings-Engine ist abgestürzt ({ $error }); sie wurde mit denselben Einstellungen neu gestartet. Einzelheiten stehen in der Browser-Konsole.
engine-load-failed = Die Trainings-Engine konnte nicht geladen werden: { $error }
engine-stopped-dead = Die Trainings-Engine ist stehen geblieben ({ $why }) und konnte nicht neu gestartet werden: Bitte laden Sie die Seite neu.
engine-stopped-restarted = Die Trainings-Engine ist stehen geblieben ({ $why }); eine neue wurde mit denselben Einstellungen gestartet, und das Rennen beginnt wieder bei Epoche 0.
link-not-understood = Einige Einstellungen im Link wurden nicht verstanden: { $problems }{ $more ->
        [0] {""}
       *[other] ; und { $more } weitere
    }. Dafür gelten die Standardwerte.
setup-file-failed = Das Setup „{ $file }“ konnte nicht geladen werden: { $error } Es wurde nichts geändert.
setup-not-changed = Nicht geändert: { $error }.
setup-not-a-number = Nicht geändert: „{ $text }“ ist keine Zahl.
csv-too-big = Nicht geladen: „{ $file }“ hat { $bytes } Bytes; höchstens { $max } werden gelesen.
csv-failed = Nicht geladen: „{ $file }“, { $error }.
draw-failed = Nicht gezeichnet: { $error }.
inside-recompute = Neu berechnen
lesson-count = Schritt { $step } von { $steps }

sweep-key-final-val = Validierung am Ende
sweep-key-best-val = beste Validierung
sweep-key-final-train = Training am Ende (Auswertung)
sweep-best = am besten: { $run }
sweep-axis-rate = Dropout-Rate p der verdeckten Schichten
sweep-axis-size = Trainingsbeispiele N (logarithmisch)
sweep-empty = „Sweep starten“ trainiert jeden Punkt neu
sweep-title-size = Sweep: Verlust über der Größe der Trainingsmenge
add-run-full = Höchstens { $runs } Läufe treten gleichzeitig an — erst einen entfernen

## Lesson, banners, menus, sweep, Inside (#19 follow-up)

lesson-finish = Fertig
lesson-step-one-step-title = Ein Schritt in Zeitlupe
lesson-step-one-step-question = Das Diagramm zeigt den Lauf mit p = 0,5: Jede verdeckte Einheit wird mit der Wahrscheinlichkeit p = 0,5 abgeschaltet. Drücken Sie Aufdecken für einen Trainingsschritt. Wie viele der 128 Einheiten jeder Schicht werden durchgestrichen?
lesson-step-one-step-answer-1 = Etwa die Hälfte, aber selten genau die Hälfte: Jede Einheit wird durch ihren eigenen Münzwurf abgeschaltet, mit der Wahrscheinlichkeit p, und mit der Wahrscheinlichkeit 1 − p behalten.
lesson-step-one-step-answer-2 = Jede behaltene Einheit wird mit 1/(1 − p) = 2 multipliziert, sodass die nächste Schicht im Mittel dieselbe Eingabe erhält.
lesson-step-one-step-answer-3 = Unter jeder Schicht: wie viele Einheiten dieses Beispiel behalten hat, wie viele p erwarten lässt, und der Skalierungsfaktor.
lesson-step-new-mask-title = Jeder Schritt eine neue Maske
lesson-step-new-mask-question = Das Training läuft weiter, ein Schritt pro Sekunde. Schaltet der nächste Schritt wieder dieselben Einheiten ab?
lesson-step-new-mask-answer-1 = Nein: Bei jedem Schritt wird eine andere Hälfte der verdeckten Einheiten abgeschaltet.
lesson-step-new-mask-answer-2 = Jeder Schritt trainiert also ein anderes ausgedünntes Netz, und alle teilen sich dieselben Gewichte.
lesson-step-train-eval-title = Training oder Auswertung
lesson-step-train-eval-question = Um den Validierungsverlust zu messen, beantwortet das Netz Punkte, mit denen es nie trainiert hat. Soll es dann noch Einheiten abschalten?
lesson-step-train-eval-answer-1 = Nein: Bei der Auswertung sind alle Einheiten an, und nichts ist zufällig (der Auswertungsmodus zeigt es).
lesson-step-train-eval-answer-2 = Die behaltenen Einheiten wurden schon im Training mit 1/(1 − p) skaliert, also braucht jetzt keine Einheit eine Skalierung.
lesson-step-train-eval-answer-3 = Klassisches Dropout (die andere Wahl unter Skalierung) skaliert umgekehrt: nichts im Training, jede Einheit ×(1 − p) bei der Auswertung. So oder so erhält die nächste Schicht im Mittel dieselbe Eingabe.
lesson-step-overfit-title = Überanpassung ohne Dropout
lesson-step-overfit-question = Dieses Netz hat 17.000 Gewichte, 80 Trainingspunkte und kein Dropout (p = 0). Sein Trainingsverlust (durchgezogen) wird sinken. Was wird sein Validierungsverlust (gestrichelt) tun?
lesson-step-overfit-answer-1 = Er erreicht früh sein Minimum (mit diesem Seed innerhalb von zehn Epochen) und steigt dann auf das Anderthalbfache seines besten Werts oder mehr, während der Trainingsverlust weiter gegen null fällt.
lesson-step-overfit-answer-2 = Das Netz lernt seine Trainingspunkte auswendig, auch die falsch beschrifteten (siehe die Inseln in seiner Karte): Das ist Überanpassung.
lesson-step-gap-title = Dropout verkleinert die Lücke
lesson-step-gap-question = Dasselbe Netz läuft jetzt mit p = 0,2 und p = 0,5 um die Wette, von denselben Anfangsgewichten aus und mit denselben Minibatches. Welcher Lauf endet mit dem niedrigsten Validierungsverlust?
lesson-step-gap-answer-1 = Der Lauf mit p = 0,5, von den dreien.
lesson-step-gap-answer-2 = Der Trainingsverlust des Laufs mit p = 0,5 bleibt höher, aber sein Validierungsverlust endet niedriger, und die Lücke zwischen seinen beiden Kurven ist weniger als halb so breit.
lesson-step-underfit-title = Zu viel Dropout führt zur Unteranpassung
lesson-step-underfit-question = Ein kleineres Netz, 16 Einheiten pro Schicht, und der zweite Lauf schaltet 90 % davon ab (p = 0,9). Wenn p = 0,5 geholfen hat, hilft p = 0,9 dann noch mehr?
lesson-step-underfit-answer-1 = Nein: Eine oder zwei von 16 Einheiten pro Beispiel zu behalten ist zu wenig, um die Monde zu lernen.
lesson-step-underfit-answer-2 = Der Lauf mit p = 0,9 endet mit einem höheren Trainingsverlust und einem höheren Validierungsverlust als der Lauf mit p = 0,5, beide nahe 0,69, dem Verlust beim Raten 50:50. Das ist Unteranpassung.
lesson-step-which-p-title = Welches p?
lesson-step-which-p-question = Vier Raten laufen um die Wette, auf einem Netz mit 32 Einheiten pro Schicht: p = 0; 0,2; 0,5 und 0,9. Welche endet mit dem niedrigsten Validierungsverlust?
lesson-step-which-p-answer-1 = Eine in der Mitte, p = 0,2 oder p = 0,5.
lesson-step-which-p-answer-2 = p = 0 endet mit dem niedrigsten Trainingsverlust und passt sich über; p = 0,9 endet mit dem höchsten Trainingsverlust und passt sich unter.
lesson-step-which-p-answer-3 = Zu wenig und zu viel Dropout kosten beide Validierungsverlust: Das beste p liegt dazwischen.
lesson-step-which-p-answer-4 = Das Sweep-Feld unten trainiert ein Netz für jedes p von 0 bis 0,9: Drücken Sie Sweep starten, um die ganze Kurve zu sehen.
lesson-step-why-title = Warum es funktioniert
lesson-step-why-question = Das Training nutzte bei jedem Schritt ein anderes ausgedünntes Netz; die Auswertung nutzt einmal das ganze Netz. Warum kann ein Netz für alle ausgedünnten stehen?
lesson-step-why-answer-1 = Mit allen Einheiten an gibt jede Schicht der nächsten die Eingabe, die ihr die ausgedünnten Netze im Mittel gaben.
lesson-step-why-answer-2 = Über mehrere Schichten kommt das dem Mitteln ihrer Antworten nur nahe: Die Ansichten unten zeigen, wie nahe.
lesson-step-rivals-title = Dropout, L2 oder Batch-Normalisierung
lesson-step-rivals-question = Dropout ist nicht das einzige Mittel gegen Überanpassung. Diese Läufe treten gegen L2-Gewichtsverfall und Batch-Normalisierung an, vom selben Start aus. Welcher endet mit dem niedrigsten Validierungsverlust?
lesson-step-rivals-answer-1 = Die Notiz unter den Diagrammen sagt, was diese Kurven zeigen und was nicht.

diagram-banner-dropconnect = TRAINING — DropConnect-Maske dieses Minibatches: abgeschaltete Gewichte grau gestrichelt
diagram-banner-gaussian = TRAINING — Gaußsches Rauschen eines Beispiels: jede Einheit × ein Faktor aus N(1, p/(1−p))
diagram-mistake-dropout-at-evaluation = AUSWERTUNG — FEHLER: Dropout bleibt an, neue Masken bei jeder Auswertung
diagram-mistake-no-evaluation-scaling = AUSWERTUNG — FEHLER: alle Einheiten an, aber nicht mit 1−p skaliert: Eingaben zu groß
diagram-mistake-keep-read-as-drop = TRAINING — FEHLER: p als Behalten gelesen, also schaltet jede Schicht 1 − p ab
diagram-weights-kept-of = { $kept } von { $n } behalten
diagram-weights-expected = Gewichte (≈ { $n })
diagram-kept-ones-scaled = behaltene ×{ $scale }
diagram-no-noise = kein Rauschen
diagram-gaussian-factor = × N(1, { $variance })
diagram-factors-range = Faktoren { $lo } … { $hi }

error-drop-rate = Dropout-Rate { $p } für { $layer } ist ungültig: Es muss 0 ≤ p < 1 gelten (p ist die Wahrscheinlichkeit, eine Einheit abzuschalten)
error-out-of-range = { $what } = { $value } liegt außerhalb des Bereichs: Der Wert muss zwischen { $min } und { $max } liegen
error-shape = Formen passen nicht zusammen: { $why }
error-unknown = unbekannt ({ $kind }): „{ $name }“; bekannt: { $known }
error-config = ungültige Konfiguration: { $why }

## Die Einzelheiten in den Fehlermeldungen des Kerns (src/core/error.rs, #19).

error-layer-input = die Eingabeschicht
error-layer-hidden = die verdeckte Schicht { $layer }
error-inside = { $error }
quantity-inputs = Anzahl der Eingaben
quantity-outputs = Anzahl der Ausgaben
quantity-hidden-layer-count = Anzahl der verdeckten Schichten
quantity-hidden-layers = verdeckte Schichten
quantity-hidden-units = Einheiten in verdeckter Schicht { $layer }
quantity-batch-size = Batchgröße
quantity-minibatch-size = Minibatch-Größe
quantity-learning-rate = Lernrate
quantity-weight-decay = Gewichtsverfall
quantity-l2 = L2-Stärke
quantity-max-norm = Max-Norm-Radius
quantity-training-points = Trainingspunkte
quantity-validation-points = Validierungspunkte
quantity-training-images = Trainingsbilder
quantity-validation-images = Validierungsbilder
quantity-noise = Rauschen
quantity-input-noise = Eingaberauschen
quantity-label-noise = Label-Rauschen
quantity-target-noise = Zielrauschen
quantity-classes = Klassen
quantity-seed = Seed
quantity-focused-run = ausgewählter Lauf
quantity-speed = Tempo
quantity-lesson-step = Lektionsschritt
kind-preset = Voreinstellung
kind-dataset = Datensatz
kind-activation = Aktivierung
kind-optimiser = Optimierer
kind-regression-curve = Regressionskurve
kind-run-variant = Laufvariante
kind-inside-view = Ansicht von „Dropout von innen“
shape-rates-vs-layers = { $rates } Dropout-Raten angegeben, das Netz hat { $layers } Dropout-Schichten (Eingabe + { $hidden } verdeckte)
shape-points-vs-inputs = die Punkte haben { $columns } Koordinaten, das Netz nimmt { $inputs }
shape-sets-differ = Trainings- und Validierungsmenge unterscheiden sich in Aufgabe, Merkmalen oder Zielen
shape-set-targets = { $set ->
        [training] Trainingsmenge
       *[validation] Validierungsmenge
    }: { $examples } Beispiele, { $targets } Ziele der Breite { $width } (erwartete Breite { $expected })
shape-no-dropout-layer = Dropout-Schicht { $layer } gibt es nicht (das Netz hat { $layers })
config-softmax-classes = eine Softmax-Ausgabe braucht mindestens 2 Klassen
config-max-runs = höchstens { $max } Läufe können gleichzeitig gegeneinander antreten
config-last-run = der letzte Lauf kann nicht entfernt werden: das Labor braucht mindestens einen
config-no-run = es gibt keinen Lauf { $run }: das Experiment hat { $runs ->
        [one] { $runs } Lauf
       *[other] { $runs } Läufe
    }
config-sets-empty = Trainings- und Validierungsmenge müssen beide Beispiele enthalten
config-not-a-number = { $what }: „{ $raw }“ ist keine Zahl
config-two-noises = ein Lauf hat ein Rauschen, nicht zwei („{ $text }“)
config-two-mistakes = ein Fehler pro Lauf („{ $text }“)
config-digits-total = Trainings- + Validierungsbilder = { $total }, aber der Ziffern-Datensatz hat nur { $examples }
image-version = die Engine sandte ein Abbild der Version { $version }, die Seite liest Version { $expected }
image-runs = das Abbild der Engine hat { $runs } Läufe
image-ended = das Abbild der Engine endete zu früh (eine andere Version des Labors?)
image-extra-bytes = das Abbild der Engine hat { $bytes } Bytes mehr, als die Seite liest
image-not-utf8 = das Abbild der Engine enthält Text, der kein UTF-8 ist
image-matrix-shape = eine Matrix im Abbild der Engine ist { $rows } × { $columns }, die der Seite { $expected_rows } × { $expected_columns }: die beiden Labore wurden verschieden gebaut
image-mask-shape = die Maske der Engine für Schicht { $layer } ist { $rows } × { $columns }, erwartet { $expected_rows } × { $expected_columns }
image-dropconnect-layers = die DropConnect-Masken der Engine passen nicht zu den Schichten des Netzes
image-dropconnect-shape = eine DropConnect-Maske hat nicht die Form ihrer Gewichte
image-unknown-code = das Abbild der Engine enthält den Code { $code }, den die Seite nicht kennt
csv-too-large = die Datei hat { $bytes } Bytes; höchstens { $max } werden gelesen
csv-too-few-rows = { $rows } Datenzeilen; mindestens { $min } werden gebraucht (drei zum Trainieren, eine zum Validieren)
csv-line = Zeile { $line } „{ $text }“: { $why }
csv-numbers = Zahlen erwartet
csv-columns = x,y,Label (zwei Klassen) oder x,y (eine Kurve) erwartet
csv-columns-like-first = { $columns } Werte erwartet, wie in der ersten Zeile
csv-label = das Label muss 0 oder 1 sein
points-drawn = gezeichnete Punkte: { $why }
points-characters = { $characters } Zeichen, aber jeder Punkt braucht { $each }
points-not-base64url = „{ $character }“ ist kein base64url-Zeichen
points-too-many = { $count } Punkte sind mehr als die { $max }, die ein Link tragen kann; entferne einige oder nimm weniger Zeilen
points-which-data = Punkte lassen sich nur auf 2D-Daten mit zwei Klassen und auf Kurven zeichnen
points-columns = die gezeichneten Punkte passen nicht zu den Spalten des Datensatzes
setup-not-a-knob = „{ $key }“ ist keine Einstellung von Daten & Netz
setup-only-points = nur deine Punkte: zeichne zuerst mindestens 4 auf der Datenfläche (jetzt { $points }) oder lade eine CSV-Datei
settings-not-a-setting = „{ $key }“ ist keine Einstellung
settings-ignored = { $key }={ $raw } ignoriert ({ $why })
settings-partly = { $key }: { $why }
settings-refused = { $key }={ $raw }: { $why }
expected-number = erwartet: eine Zahl von { $min } bis { $max }
expected-whole-number = erwartet: eine ganze Zahl von { $min } bis { $max }
expected-full-or-whole = erwartet: „full“ oder eine ganze Zahl von 1 bis { $max }
expected-one-of = erwartet: eines von { $names }
expected-either = erwartet: „{ $first }“ oder „{ $second }“
expected-flag = erwartet: 0 oder 1
expected-rate = erwartet: eine Rate in [0, 1)
expected-text-or-number = erwartet: Text oder eine Zahl
expected-runs = erwartet: 1 bis { $max } Läufe, durch Kommas getrennt; jeder eine Rate in [0, 1) oder Raten Eingabe:verdeckt:…, wahlweise mit ~Variante
expected-hidden = erwartet: ganze Zahlen, durch Kommas getrennt, wie 64,64: 1 bis { $layers } Schichten mit 1 bis { $units } Einheiten
expected-hideable = { $names } lässt sich nicht ausblenden (ausblendbare Bedienelemente: { $hideable })
expected-drawn-points = erwartet: gezeichnete Punkte, je 4 base64url-Zeichen, höchstens { $max }
variant-not-understood = Laufvariante „{ $variant }“ nicht verstanden
file-not-json = Es ist keine JSON-Datei.
file-not-a-setup = Es ist JSON, aber kein Dropout-Lab-Setup (kein "format": "{ $format }" mit seinen "settings").
file-version = Es ist ein Setup der Version { $version }; diese Seite liest Version { $expected }.
file-settings-unusable = Einige seiner Einstellungen sind nicht verwendbar: { $settings }.

engine-no-command = die Engine kennt den Befehl { $name } nicht

variant-dropout = Dropout
    .title = Einheiten mit Wahrscheinlichkeit p abgeschaltet, behaltene ×1/(1−p)
variant-classic = Dropout, klassisch
    .title = keine Skalierung im Training, ×(1−p) bei der Auswertung
variant-dropconnect = DropConnect
    .title = einzelne Gewichte mit Wahrscheinlichkeit p abgeschaltet
variant-gaussian = Gaußsches Dropout
    .title = jede Einheit × ein Faktor aus N(1, p/(1−p))
variant-maxnorm = Dropout + Max-Norm 3
    .title = die eingehenden Gewichte jeder Einheit bleiben in ‖w‖ ≤ 3
variant-l2 = L2 0,01
    .title = Gewichtsverfall λ = 0,01 in diesem Lauf
variant-bn = Batch-Normalisierung
    .title = jede verdeckte Schicht über den Minibatch normalisiert
variant-mistake-evaldrop = Fehler: Dropout bei der Auswertung an
    .title = Auswertungsmodus vergessen: Validierung an zufällig ausgedünnten Netzen gemessen
variant-mistake-noscale = Fehler: kein ×(1−p) bei der Auswertung
    .title = klassisches Training, ganzes Netz bei der Auswertung: Ausgaben zu groß
variant-mistake-keep = Fehler: p als Behalten gelesen
    .title = eine Schicht, die p abschalten soll, schaltet 1 − p ab
variant-gaussian-maxnorm = Gauß + Max-Norm 3
    .title = Gaußsches Rauschen und die Max-Norm-Schranke
mistake-why-evaldrop = Dropout bei der Auswertung angelassen: der Validierungsverlust wird an einem zufällig ausgedünnten Netz gemessen, verrauscht und im Mittel schlechter
mistake-why-noscale = klassisches Dropout ohne das ×(1−p) bei der Auswertung: die Eingaben des ganzen Netzes sind 1/(1−p)-mal größer als im Training
mistake-why-keep = p als Behalte-Wahrscheinlichkeit gelesen: eine Schicht, die p abschalten soll, schaltet 1 − p ab
dataset-moons = Zwei Monde
dataset-circles = Kreise: eine Scheibe in einem Ring
dataset-spiral = Zwei Spiralen
dataset-xor = XOR-Quadranten
dataset-blobs = Zwei Wolken
dataset-sine = Sinuskurve
dataset-cubic = Kubische Kurve
dataset-digits = Handgeschriebene Ziffern (8×8)
dataset-own = Nur eigene Punkte (2D)
dataset-own-curve = Nur eigene Punkte (eine Kurve)
activation-relu = ReLU
activation-tanh = tanh
activation-sigmoid = Sigmoid
activation-linear = linear (keine Nichtlinearität)
optimiser-sgd = SGD
optimiser-momentum = SGD mit Momentum (β = 0,9)
optimiser-adam = Adam
setup-rebuilt = Neu aufgebaut mit { $what }: { $runs ->
        [one] derselbe Lauf
       *[other] dieselben { $runs } Läufe
    } und Raten, Training von vorn.
rebuilt-train = { $value } Trainingspunkten
rebuilt-train-preset = den Trainingspunkten der Voreinstellung
rebuilt-val = { $value } Validierungspunkten
rebuilt-val-preset = den Validierungspunkten der Voreinstellung
rebuilt-noise = Rauschen { $value }
rebuilt-noise-preset = dem Rauschen der Voreinstellung
rebuilt-flip = Label-Rauschen { $value }
rebuilt-flip-preset = dem Label-Rauschen der Voreinstellung
rebuilt-l2 = L2-Stärke { $value }
rebuilt-l2-preset = der L2-Stärke der Voreinstellung
rebuilt-act = { $title }-Einheiten
rebuilt-opt = { $title } (Lernrate weiterhin { $lr }; SGD braucht meist eine größere als Adam)
rebuilt-full-batch = Training mit dem ganzen Batch
rebuilt-batch = Minibatches zu { $value }
rebuilt-dataset = den Daten „{ $title }“
rebuilt-dataset-cleared = den Daten „{ $title }“; Ihre { $count } gezeichneten Punkte waren für { $shape }-Daten und wurden gelöscht
rebuilt-csv = { $count } Punkten aus „{ $file }“ (jeder vierte validiert)
rebuilt-csv-scaled = { $count } Punkten aus „{ $file }“, ins Bild skaliert (jeder vierte validiert)
rebuilt-point-erased = gelöschtem Punkt bei ({ $x }; { $y })
rebuilt-point-added = einem { $set ->
        [validation] Validierungspunkt
       *[training] Trainingspunkt
    } der Klasse { $label } bei ({ $x }; { $y })
rebuilt-points-cleared = gelöschten eigenen Punkten

sweep-note-rate = Jeder Punkt trainiert neue Läufe über die Länge der Geschichte, einen pro Seed, mit diesem p auf jeder verdeckten Schicht; die Linie ist ihr Mittel, das Band reicht vom niedrigsten zum höchsten Seed. Mit 32 Einheiten pro verdeckter Schicht (32,32 in Verdeckte Einheiten eingeben) ist der finale Validierungsverlust von Zwei Monde ein U: höher bei p = 0 (Überanpassung) und bei p = 0,9 (zu wenige Einheiten übrig, um zu lernen), am niedrigsten zwischen p = 0,2 und 0,7. Mit den 128 Einheiten pro Schicht der Voreinstellung reichen 13 behaltene Einheiten noch für die Monde: Der Validierungsverlust sinkt bis p = 0,6 oder darüber auf sein Minimum. Klicken Sie auf einen Punkt, um diese Rate laufen zu lassen.
sweep-note-size = Jedes N trainiert neue Läufe auf N Trainingsbeispielen, ohne Dropout und mit den Raten des gewählten Laufs. Bei Zwei Monde schrumpft die Lücke bei p = 0 zwischen Validierungs- und Trainingsverlust mit jedem Schritt, in dem N wächst. Der Gewinn durch Dropout (der Validierungsverlust bei p = 0 minus der bei p = 0,5) ist mit den wenigsten Beispielen (20 oder 40 Punkte) am größten und beträgt bei 640 Punkten weniger als ein Zehntel davon: Anders als in Abbildung 10 des Artikels zeigen diese kleinen Probleme kein Maximum in der Mitte.
sweep-hover-n = N = { $n }
sweep-hover-size-series = { $series }: Val. { $val }, Lücke { $gap }
sweep-hover-gain = Gewinn { $gain }
sweep-hover-rate = { $label } · { $seeds ->
        [one] { $seeds } Seed
       *[other] { $seeds } Seeds
    }
sweep-hover-final-val = finale Val. { $band }
sweep-hover-best-val = beste Val. { $band }
sweep-hover-final-train = finales Training { $band }
sweep-progress = { $done } von { $total } Läufen fertig auf { $workers ->
    [one] { $workers } Worker-Thread
   *[other] { $workers } Worker-Threads
}
sweep-progress-left = { $progress } · noch etwa { $seconds } s
sweep-done = Fertig: { $done } von { $total } Läufen in { $seconds } s.
sweep-cancelled = Abgebrochen: { $done } von { $total } Läufen fertig.
sweep-failure-count = { $failure } (bisher { $n })

inside-note-subnets = Jedes Feld ist ein ausgedünntes Netz: Sein Titel zählt die verdeckten Einheiten, die es behält, die Ecke zeigt seine Maske (eine Spalte pro Schicht, dunkel = behalten). Training mit Dropout trainiert sie alle zugleich: Sie teilen sich einen Satz Gewichte, und jeder Minibatch trainiert eines von ihnen. Ihr Mittel ist, was das Ensemble vorhersagt; das ganze Netz mit skalierten Gewichten nähert es in einem Durchlauf an.
inside-note-averaging = Die Kurve mittelt die Vorhersagen von k ausgedünnten Netzen, gezogen mit den Raten des Laufs; die Linie ist das ganze Netz mit skalierten Gewichten, ein Durchlauf. Bei k = 100 validiert das Mittel mindestens so gut wie das skalierte Netz.
inside-note-spread = MC-Dropout: die Streuung (Standardabweichung) der Vorhersagen ausgedünnter Netze, Dropout beim Vorhersagen eingeschaltet. Eine Schätzung, wo das Netz unsicher ist, keine kalibrierte Wahrscheinlichkeit: Sie hängt von p ab und davon, wie viele Netze gezogen werden.
inside-note-coadaptation = Das Histogramm zählt verdeckte Einheiten danach, wie stark der Validierungsverlust steigt, wenn allein diese Einheit bei der Auswertung entfernt wird (unter null: Das Netz ist ohne sie besser). Bei den zwei Monden kostet die wichtigste Einheit des Netzes mit p = 0,5 weniger als ein Fünftel dessen, was die wichtigste Einheit des Netzes mit p = 0 kostet: Mit Dropout ist keine einzelne Einheit unverzichtbar. Die meisten Einheiten zählen in beiden Netzen wenig.
inside-note-frozen = { $what } (Lauf { $run }, Epoche { $epoch }: eingefroren, als die Ansicht startete.)
inside-spread-title = { $label } · { $n } ausgedünnte Netze · Streuung der Vorhersagen
inside-subnet-prob = { $panel } · Wahrsch. { $prob }
inside-subnet-kept = { $panel } · { $kept }/{ $all }
inside-exact-mean = exaktes Mittel
inside-full-scaled-short = ganz, skaliert
inside-average-of = Mittel aus { $k }
inside-full-scaled = ganzes Netz, skaliert
inside-validation-loss = Validierungsverlust
inside-validation-error = Validierungsfehler
inside-hover-row = { $name }: { $value }
inside-k-axis = k (gemittelte ausgedünnte Netze, log. Skala)
inside-spread-band = Band: Mittel ± 2 Std.-Abw. der ausgedünnten Netze (eine Schätzung)
inside-spread-per-digit = mittlere Std.-Abw. der Wahrscheinlichkeit der Antwort, je wahrer Ziffer (eine Schätzung)
inside-rise-axis = Anstieg des Val.-Verlusts
inside-layer-activity = verdeckte Schicht { $layer }: mittlere Aktivierung { $mean } · { $near_zero } nahe null
inside-activation-range = Aktivierungen { $lo } … { $hi }
inside-waiting = Wählen Sie eine Ansicht und drücken Sie Hineinschauen: Sie zeigt den gewählten Lauf, wie er jetzt ist
inside-no-view = diese Daten haben keine Innenansicht (Regression mit mehreren Eingaben)
inside-computing = berechne… { $percent } %
inside-done = fertig

inside-rises-summary = { $n ->
        [one] { $n } Einheit
       *[other] { $n } Einheiten
    } · größter Anstieg { $largest } · Mittel { $mean }
inside-spread-map-key = weiß: keine Streuung · am dunkelsten: Std.-Abw. { $largest } (eine Schätzung)
