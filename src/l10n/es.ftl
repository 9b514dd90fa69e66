# Dropout Lab — español. Traducido de en.ftl (los ids, variables y claves quedan como allí).
# Reviewed-by: nobody yet
# Machine-drafted: awaits a native teacher's review (see the glossary for the terms chosen).
# Glosario de los términos elegidos: src/l10n/es.glossary.md

## El texto fijo de la página (index.html, elementos con data-l10n-id).

page-dropout-lab = Dropout Lab
page-preset =
    .aria-label = Ejemplo preparado
page-preset-label = Ejemplo
page-seed =
    .aria-label = Semilla
page-seed-label = Semilla
page-new-seed = Nueva semilla
    .title = Sortear una semilla que nadie eligió: datos, pesos y máscaras nuevos, las mismas tasas
page-lr =
    .aria-label = Tasa de aprendizaje
page-learning-rate-label = Tasa de aprendizaje
page-training =
    .aria-label = Entrenamiento
page-play = Iniciar
page-step = Paso
page-reset = Reiniciar
page-speed-label = Velocidad
page-speed =
    .aria-label = Velocidad
page-speed-out = máx.
page-lesson-open = Lección
    .title = Una lección guiada: predecir y luego revelar (N siguiente, B atrás, Esc salir)
page-export = Archivos…
    .title = Exportar imágenes y datos, guardar o cargar una configuración
page-help-open =
    .aria-label = Ayuda y atajos de teclado
    .title = Ayuda y atajos de teclado (?)
page-copy-link = Copiar enlace
page-present = Presentar
    .title = Letra grande y líneas gruesas para la última fila (P)
page-fullscreen = Pantalla completa
    .title = Pantalla completa (F)
page-data-network = Datos y red
page-data = Datos
page-dataset =
    .aria-label = Conjunto de datos
page-dataset-label = Conjunto de datos
page-n-train =
    .aria-label = Puntos de entrenamiento
page-training-points-label = Puntos de entrenamiento
page-n-val =
    .aria-label = Puntos de validación
page-validation-points-label = Puntos de validación
page-noise =
    .aria-label = Ruido en las entradas
page-noise-label = Ruido
page-flip =
    .aria-label = Ruido en las etiquetas: fracción de etiquetas invertidas
page-label-noise-label = Ruido en etiquetas
page-csv-file =
    .aria-label = Archivo CSV de puntos: x,y,etiqueta o x,y
page-load-csv-label = Cargar CSV…
page-draw-on-the-pictures = Dibuja en las imágenes de abajo
page-drawing-tool =
    .aria-label = Herramienta de dibujo
page-class-0 = Clase 0
page-class-1 = Clase 1
page-or-right-click-a = Borrador
    .title = O clic derecho sobre un punto
page-draw-set =
    .aria-label = Conjunto al que van los puntos nuevos
page-new-points-go-to-label = Puntos nuevos a
page-training-2 = Entrenamiento
page-validation = Validación
page-draw-clear = Borrar mis puntos
page-network = Red
page-act =
    .aria-label = Activación
page-activation-label = Activación
page-opt =
    .aria-label = Optimizador
page-optimiser-label = Optimizador
page-batch =
    .placeholder = todo
    .aria-label = Tamaño del minilote, o todo
page-minibatch-label = Minilote
page-l2 =
    .aria-label = Intensidad de L2
page-l2-strength-label = Intensidad de L2
page-small-minibatches-add-noise = Los minilotes pequeños añaden su propio ruido, un regularizador además del dropout.
page-copy-this-link-ctrl = Copia este enlace (Ctrl+C):
page-link-text =
    .aria-label = Enlace a este laboratorio
page-link-close =
    .aria-label = Cerrar el cuadro del enlace
page-banner-close =
    .aria-label = Descartar el mensaje
page-lesson =
    .aria-label = Lección
page-lesson-close =
    .aria-label = Salir de la lección (el laboratorio queda como está)
    .title = Salir de la lección (Esc); el laboratorio queda como está
page-lesson-back = Atrás
page-lesson-reveal = Revelar
page-lesson-next = Siguiente
page-network-2 =
    .aria-label = Red
page-diagram-title = Red
page-diagram-mode =
    .aria-label = Modo del diagrama
page-mode-train = Modo entrenamiento
page-mode-eval = Modo evaluación
page-example-label = Ejemplo
page-example =
    .aria-label = Ejemplo del minilote
page-diagram =
    .aria-label = Diagrama de la red: las unidades desactivadas en este paso aparecen tachadas
page-rate-label = Tasa de dropout
page-rate =
    .aria-label = Tasa de dropout
page-input-rate-label = Dropout de entrada
page-input-rate =
    .aria-label = Tasa de dropout de entrada
page-scaling = Escalado
page-scaling-2 =
    .aria-label = Escalado del dropout
page-inverted-kept-units-1 = invertido: unidades conservadas ×1/(1−p) al entrenar (PyTorch, Keras)
page-classic-no-scaling-in = clásico: sin escalar al entrenar, todas las unidades ×(1−p) al evaluar
page-notation = Notación
page-notation-2 =
    .aria-label = Qué significa p
page-p-drop-probability-pytorch = p = probabilidad de desactivar (PyTorch, Keras)
page-p-retain-probability-srivastava = p = probabilidad de conservar (Srivastava et al. 2014)
page-hidden-units = Unidades ocultas
page-hidden =
    .aria-label = Unidades ocultas por capa
    .placeholder = 128,128
page-hidden-out = por capa, p. ej. 32,32 (1–256 cada una)
page-rates-racing = Tasas en carrera
page-run-variant =
    .aria-label = Variante de la ejecución enfocada
    .title = Qué es la ejecución enfocada: dropout, uno de sus rivales o un error clásico
page-add-run = Añadir tasa
page-runs =
    .aria-label = Ejecuciones
page-results =
    .aria-label = Resultados
page-loss-title = Pérdida: entrenamiento (continua) y validación (discontinua)
page-log-scale = escala log.
page-loss =
    .aria-label = Gráfico de la pérdida
page-data-title = Qué aprendió cada ejecución
page-data-2 =
    .aria-label = Qué aprendió cada ejecución
page-sweep-title = Barrido: pérdida según la tasa de desactivación p
page-sweep-label = Barrido
page-sweep-kind =
    .aria-label = Qué barrer
page-p-0-0-9 = p = 0 … 0,9
page-training-set-size = tamaño del conjunto de entrenamiento
page-each-run-of-a =
    .title = Cada ejecución de un punto tiene su propia semilla: la del campo Semilla y las siguientes
page-sweep-seeds =
    .aria-label = Ejecuciones por punto
page-runs-per-point-label = Ejecuciones por punto
page-sweep-run = Hacer barrido
page-sweep-cancel = Cancelar
page-log-scale-2 = escala log.
page-sweep-png = PNG
    .title = El gráfico del barrido como PNG a 2×
page-sweep-csv = CSV
    .title = La media, el mínimo y el máximo de cada punto en CSV
page-sweep-progress =
    .aria-label = Progreso del barrido
page-sweep-status = Cada punto entrena ejecuciones nuevas, una por semilla, en todos los núcleos de este ordenador.
page-sweep-chart =
    .aria-label = Gráfico del barrido: pérdida según el valor barrido, media sobre las semillas con una banda mín.–máx.
page-inside-title = Dentro del dropout
page-view-label = Vista
page-inside-view =
    .aria-label = Vista de dentro del dropout
page-sub-networks-the-ensemble = Subredes: el conjunto que entrena el dropout
page-averaging-k-networks-vs = Promediar k redes frente a escalar los pesos
page-uncertainty-from-dropout-mc = Incertidumbre a partir del dropout (MC dropout)
page-co-adaptation-one-unit = Coadaptación: se quita una unidad cada vez
page-inside-compute = Mirar dentro
page-inside-resample = Otra muestra
    .title = Sortear otras redes adelgazadas
page-inside-canvas =
    .aria-label = Vista de dentro del dropout de la ejecución enfocada
page-inside-note = Elige una vista y pulsa Mirar dentro: trabaja sobre la ejecución enfocada tal como está en ese momento, en pausa o en marcha.
page-export-title = Exportar y cargar
page-files-for-slides-and = Archivos para diapositivas y fichas, con el nombre del ejemplo y de la semilla.
page-export-loss = Gráfico de la pérdida (PNG, 2×)
page-export-lab = Todo el laboratorio (PNG)
page-export-csv = El historial de cada ejecución (CSV)
page-export-setup = Configuración (JSON, se vuelve a cargar)
page-a-saved-setup-opens = Una configuración guardada abre de nuevo el mismo laboratorio, ejecución por ejecución (o suelta el archivo sobre la página).
page-load-setup = Cargar configuración…
page-setup-file =
    .aria-label = Archivo de configuración que cargar
page-export-close = Cerrar
page-help-title = Acerca de Dropout Lab
page-help-close = Cerrar
page-help-dropout-html = El dropout desactiva al azar cada unidad de una capa mientras la red entrena: <b>p</b> es la probabilidad de DESACTIVAR una unidad, y las unidades conservadas se multiplican por 1/(1−p) para que la capa siguiente reciba, en promedio, la misma entrada. Al evaluar no se desactiva nada, así que la red entrenada se comporta como un promedio de las muchas redes adelgazadas con las que entrenó.
page-what-the-page-shows = Qué muestra la página
page-help-network-html = <b>Red</b>: la red de la ejecución enfocada; las unidades tachadas se desactivaron en este paso de entrenamiento (el <i>Modo evaluación</i> muestra la red completa que se usa para validar).
page-help-rates-html = <b>Tasa de dropout</b> fija las capas ocultas de la ejecución enfocada; <b>Tasas en carrera</b> lista las ejecuciones, que entrenan desde los mismos pesos con los mismos minilotes y solo se diferencian en el dropout.
page-help-loss-html = <b>Pérdida</b>: pérdida de entrenamiento continua, pérdida de validación discontinua, un color por ejecución; la distancia entre ambas en la ejecución enfocada aparece sombreada.
page-help-learned-html = <b>Qué aprendió cada ejecución</b>: las predicciones de cada ejecución sobre los datos.
page-keyboard-shortcuts = Atajos de teclado
page-play-pause = Iniciar / pausa
page-one-step = Un paso
page-reset-every-run = Reiniciar todas las ejecuciones
page-train-mode-eval-mode = Modo entrenamiento / modo evaluación
page-focused-run-s-dropout = Tasa de dropout de la ejecución enfocada 0,0–0,9
page-focus-the-run-above = Enfocar la ejecución de arriba / de abajo
page-present-mode = Modo presentación
page-fullscreen-2 = Pantalla completa
page-lesson-reveal-then-the = Lección: revelar, luego el paso siguiente; atrás (AvPág, RePág de un mando)
page-this-help = Esta ayuda
page-close-this-help-or = Cerrar esta ayuda o un mensaje; salir de la lección
page-shortcuts-wait-while-you = Los atajos esperan mientras escribes en un campo; un deslizador enfocado conserva sus flechas.
page-dropout-lab-needs-javascript = Dropout Lab necesita JavaScript y WebAssembly.
page-lang-label = Idioma
page-lang =
    .aria-label = Idioma
help-review-awaits = Esta traducción espera la revisión de un docente nativo.
help-review-by = Esta traducción la revisó { $who }.

## Lo que escriben los módulos de la página (www/lab/*.js) cuando cambia el laboratorio.

transport-play = Iniciar
transport-pause = Pausa
speed-max = máx.
# $steps: pasos de entrenamiento por segundo
speed-per-second = { $steps }/s
copy-link-done = Enlace copiado
notation-rate-label-drop = Tasa de dropout
notation-rate-label-retain = Prob. de conservar
notation-input-rate-label-drop = Dropout de entrada
notation-input-rate-label-retain = Conservar entrada
notation-rate-aria-drop = Tasa de dropout
notation-rate-aria-retain = Probabilidad de conservar (1 − tasa de dropout)
notation-scaling-inverted-drop = invertido: unidades conservadas ×1/(1−p) al entrenar (PyTorch, Keras)
notation-scaling-inverted-retain = invertido: unidades conservadas ×1/p al entrenar (PyTorch, Keras)
notation-scaling-classic-drop = clásico: sin escalar al entrenar, todas las unidades ×(1−p) al evaluar
notation-scaling-classic-retain = clásico: sin escalar al entrenar, todas las unidades ×p al evaluar (Srivastava et al.)

## El laboratorio descrito (#20, src/core/narration/text.rs y tables.rs): lo que dice el
## narrador durante la carrera, Describir, las tablas de los gráficos y Escuchar.

narration-played = Reproduciendo desde la época { $epoch }.
narration-paused = En pausa en la época { $epoch }.
narration-reset = Reiniciado: todas las ejecuciones vuelven a la época 0 con los mismos pesos iniciales.
narration-epoch-of = Época { $epoch } de { $story }.
narration-epoch = Época { $epoch }.
narration-lowest = Pérdida de validación más baja: { $run }, { $val }.
narration-rising = { $run }: validación { $val } y subiendo desde la época { $since }, entrenamiento { $train }.
narration-turned-upward = { $run }: la pérdida de validación vuelve a subir. Mínimo { $best } en la época { $since }, ahora { $now }: la red ha empezado a memorizar sus puntos de entrenamiento.
narration-story-end = Fin de la historia en la época { $epoch }. Pérdida de validación más baja al final: { $run }, { $val }.
narration-story-pauses = El entrenamiento se detiene aquí; Iniciar continúa.
narration-rate-set = La ejecución enfocada es ahora { $run }: { $readout }. El próximo paso de entrenamiento la usa.
narration-input-rate-set = Desactivación de entradas de la ejecución enfocada: { $readout }. El próximo paso de entrenamiento la usa.
narration-race-run = { $run }: pérdida de entrenamiento { $train }, pérdida de validación { $val }{ $rising }{ $accuracy }.
narration-race-run-focused = { $run } (enfocada): pérdida de entrenamiento { $train }, pérdida de validación { $val }{ $rising }{ $accuracy }.
narration-race-rising = , subiendo desde la época { $since }
narration-race-accuracy = , exactitud de validación { $accuracy } %
narration-race-not-started = { $runs } ejecuciones compiten; aún no ha terminado ninguna época.
narration-race-heading = { $epoch } { $runs } ejecuciones compiten.
narration-layer-input = entrada
narration-layer-hidden = oculta { $layer }
narration-layer-kept = { $layer }: { $kept } de { $units } { $kind ->
        [input] entradas conservadas
       *[hidden] unidades conservadas
    } en este paso.
narration-layer-kept-scaled = { $layer }: { $kept } de { $units } { $kind ->
        [input] entradas conservadas
       *[hidden] unidades conservadas
    } en este paso, { $kind ->
        [input] entradas conservadas
       *[hidden] unidades conservadas
    } ×{ $scale }.
narration-diagram-train = Red de { $run }, ejemplo { $example } del último minilote.
narration-diagram-eval = Red de { $run } en modo evaluación: todas las unidades activas, nada desactivado.
narration-diagram-not-started = Red de { $run }: aún no hay paso de entrenamiento, así que no se ha desactivado ninguna unidad.
narration-map = Mapa de { $run }: { $accuracy } % de los puntos de validación bien, { $errors } de { $points } mal.
narration-map-where = Mapa de { $run }: { $accuracy } % de los puntos de validación bien, { $errors } de { $points } mal, la mayoría { $region ->
        [upper-left] arriba a la izquierda
        [upper-right] arriba a la derecha
        [lower-left] abajo a la izquierda
       *[lower-right] abajo a la derecha
    }.
narration-curve = Curva ajustada de { $run }: pérdida de validación { $val }.
narration-loss-table-caption = Pérdida de { $run } por época registrada
narration-head-epoch = Época
narration-head-training-loss = Pérdida de entrenamiento
narration-head-validation-loss = Pérdida de validación
narration-head-validation-accuracy = Exactitud de validación
narration-named-note = { $name }: { $note }
narration-lesson-answer = Lección, { $title }: { $answer }
narration-sound-mapping = El sonido está apagado hasta que lo marque junto al gráfico de pérdida. Entonces Escuchar reproduce la pérdida de validación de la ejecución enfocada y luego su pérdida de entrenamiento, una nota breve por época registrada: una pérdida de { $high_loss } o más suena a { $high_hz } Hz, { $low_loss } o menos a { $low_hz } Hz, y entre medias razones iguales de pérdida son pasos iguales de tono (una escala logarítmica), así que más pérdida es una nota más aguda. Una línea que baja y vuelve a subir es un giro en U que se oye. Con el sonido activado, un breve gorjeo ascendente marca una ejecución cuya pérdida de validación vuelve a subir.
narration-swept-p = p
narration-swept-points = puntos de entrenamiento
narration-sweep-empty = Barrido: aún no se ha entrenado ningún punto; pulse Hacer barrido.
narration-sweep = Barrido de la pérdida de validación final según { $name }: mínima en { $name } = { $best_x }, { $best }; { $first } en { $name } = { $first_x }, { $last } en { $name } = { $last_x }. La curva es { $shape ->
        [u] una U: demasiado poco y demasiado cuestan pérdida de validación
        [first] mínima en su primer punto
        [last] mínima en su último punto
       *[other] mínima cerca de un extremo
    }.
narration-sweep-table-caption = Barrido: pérdidas al final de la historia según { $name }, sobre las semillas
narration-sweep-table-caption-of = Barrido de { $curve }: pérdidas al final de la historia según { $name }, sobre las semillas
narration-head-validation-mean = Pérdida de validación, media
narration-head-validation-min = Pérdida de validación, mín.
narration-head-validation-max = Pérdida de validación, máx.
narration-head-training-mean = Pérdida de entrenamiento, media
narration-table-share = { $percent } %
narration-table-kept = { $kept } de { $units }
narration-table-subnets = Subredes de { $run }: las unidades que conserva cada una y su peso en la media
narration-head-subnet = Subred
narration-head-units-kept = Unidades conservadas por capa
narration-head-weight = Peso
narration-table-averaging = Media de redes adelgazadas de { $run } frente al escalado de pesos
narration-head-networks = Redes
narration-head-validation-error = Error de validación
narration-row-weight-scaling = escalado de pesos
narration-row-average-of = media de { $k }
narration-table-spread = Incertidumbre por desactivación (MC dropout) de { $run }
narration-head-figure = Magnitud
narration-head-value = Valor
narration-row-points = puntos en el mapa
narration-row-largest-spread = mayor dispersión (desviación típica)
narration-row-mean-spread = dispersión media
narration-table-coadaptation = Coadaptación: pérdida de validación añadida al quitar una unidad cada vez
narration-head-run = Ejecución
narration-head-units-removed = Unidades quitadas
narration-head-mean-rise = Subida media
narration-head-largest-rise = Mayor subida

## Los controles del laboratorio descrito (index.html).
page-describe = Describir
    .title = Decir todo el laboratorio con palabras: la carrera, la red capa por capa, los mapas, el barrido (D)
page-loss-table = Tabla
    .title = Los números del gráfico como tabla, una por ejecución
page-sweep-table = Tabla
    .title = Los puntos y bandas del barrido como tabla
page-inside-table = Tabla
    .title = Las magnitudes de la vista como tabla
page-sound =
    .title = Sonido: Escuchar reproduce las pérdidas de la ejecución enfocada como tono; un gorjeo marca una ejecución que vuelve a subir
page-sound-label = sonido
page-listen = Escuchar
    .title = Reproducir la pérdida de validación de la ejecución enfocada y luego su pérdida de entrenamiento como tono
page-describe-key = Describir todo el laboratorio con palabras (para un lector de pantalla)
page-hearing-the-lab = Oír el laboratorio
page-hearing-html = Un lector de pantalla oye Iniciar, Pausa, Reiniciar y cada movimiento de un deslizador en el momento, y durante la carrera como mucho una frase cada pocos segundos: cada décima parte de la historia, una ejecución cuya pérdida de validación vuelve a subir, y el final de la historia. <b>Describir</b> (D) lo dice todo de una vez. <b>Tabla</b> junto a un gráfico muestra sus números como tabla.

## La API de incrustación (#21): los dos rechazos de embed= en el enlace que muestra el aviso.
embed-not-an-origin = «{ $raw }» no es un origen (se espera http:// o https://, un nombre de host y un puerto opcional, nada después, p. ej. https://school.example)
embed-too-many-origins = como mucho se puede confiar en { $max } orígenes

## El panel Código (#21). El código Python generado y el cuaderno siguen en inglés.
page-code-open = Código
    .title = Este experimento como código de PyTorch o Keras, y un cuaderno que repite la carrera
page-code-title = Este experimento como código
page-code-close = Cerrar
page-code-tabs =
    .aria-label = Framework
page-code-copy = Copiar código
page-code-notebook = Descargar cuaderno
page-code-about = El cuaderno repite esta carrera en PyTorch con los datos, los pesos iniciales y los minilotes del laboratorio: la pérdida antes del primer paso y cada paso sin desactivación coinciden con los del laboratorio.
code-copied = Copiado.
code-not-copied = No copiado: { $why }

## Cada estudiante (#20): Calma, Contraste, la frase del cursor de datos, la lectura de un
## punto del barrido y la fila de ayuda de las flechas.
page-calm = Calma
    .title = Movimiento calmado: las unidades tachadas de la red cambian como mucho dos veces por segundo, nada se desliza (también activo cuando el sistema pide menos movimiento)
page-contrast = Contraste
    .title = Alto contraste: texto, bordes, anillos de foco y colores de los gráficos más marcados
page-arrows-key-html = En las imágenes (Datos y red abierto): mover el cursor; <kbd>Intro</kbd> añade un punto, <kbd>Supr</kbd> quita uno. En el gráfico del barrido: elegir un punto; <kbd>Intro</kbd> lo pone a competir
page-data-cursor-hint = O con el teclado: Tab hasta las imágenes, las flechas mueven un cursor, Intro añade un punto, Supr quita el más cercano.
data-cursor = Cursor en x = { $x }, y = { $y }. Intro añade un punto de la clase elegida, Supr quita el punto dibujado más cercano.
sweep-readout-size = N = { $n }
sweep-readout-curve = { $run }: val. { $val }, brecha { $gap }
sweep-readout-gain = ganancia { $gain }
sweep-readout-rate = { $run } · { $seeds } semilla(s)
sweep-readout-final-val = val. final { $band }
sweep-readout-best-val = mejor val. { $band }
sweep-readout-final-train = entr. final { $band }

## Los ejemplos preparados: títulos del menú y la nota que cada uno cuenta a la clase. Cada
## frase de una nota es una afirmación comprobada por tests/claims/ en inglés: la traducción
## dice lo mismo, ni más ni menos.

preset-moons-title = Dos lunas: 80 puntos con ruido
preset-moons-note = Ochenta puntos, uno de cada diez con la etiqueta equivocada, y una red con 17.000 pesos: mucha más libertad de la que los datos pueden fijar. Observa la ejecución con p = 0: su pérdida de validación toca fondo en unas cien épocas (con la semilla por defecto, en diez) y luego sube hasta una vez y media su mínimo o más, mientras su pérdida de entrenamiento sigue bajando hacia cero. Está memorizando los puntos mal etiquetados: su mapa de decisión crea islitas alrededor de varios de ellos, donde el de la ejecución con p = 0,5 tiene como mucho una o dos. La pérdida de entrenamiento de la ejecución con p = 0,5 se mantiene más alta, pero su pérdida de validación termina más baja y la distancia entre sus dos curvas es menos de la mitad. Señala las máscaras: en cada paso se desactiva una mitad distinta de las unidades ocultas, así que ninguna unidad puede contar con una compañera concreta para dibujar una isla.
preset-wiggle-title = Ondulación: una curva entre el ruido
preset-wiggle-note = Cuarenta muestras de una onda senoidal enterrada en ruido, y una red profunda que puede doblar su curva en cualquier parte. Sin dropout, la curva ajustada encuentra primero la onda suave y luego se dobla para pasar por puntos ruidosos concretos: en los primeros cientos de épocas su pérdida de validación empieza a subir mientras su pérdida de entrenamiento sigue bajando. Con p = 0,5 en las capas ocultas, la curva termina más cerca del seno verdadero y más suave. Se asienta despacio, cientos de épocas después que la ejecución con p = 0, pero su pérdida de validación termina más baja y su distancia entre entrenamiento y validación es menor. Ninguna pérdida de validación puede bajar mucho de 0,36, la varianza del propio ruido (σ = 0,6): una pérdida de entrenamiento por debajo de eso, como la de la ejecución con p = 0, significa que el modelo está ajustando ruido. El dropout hace ruidoso cada paso de entrenamiento, y aun así la curva de validación con p = 0,5 es la más tranquila: el gráfico y la curva ajustada usan la red entera, sin ninguna unidad desactivada.
preset-digits-title = Dígitos: 100 imágenes de entrenamiento
preset-digits-note = Dígitos manuscritos reales, pero solo 100 para aprender. Sin dropout, la red acierta todas las imágenes de entrenamiento en unas quince épocas. Después, su exactitud de validación se mantiene (dentro de tres puntos) o sube un poco, pero su pérdida de validación crece un 40 % o más (con la semilla por defecto, más que se duplica). La razón: cada vez está más segura, también de los dígitos que falla, y la entropía cruzada castiga mucho un error cometido con seguridad: la pérdida media de una imagen mal clasificada al menos se duplica. Las ejecuciones con dropout siguen la receta del artículo original para dígitos: desactivar el 20 % de los píxeles de entrada y el 20 % o la mitad de las unidades ocultas. Aprenden más despacio; su pérdida de validación termina por debajo de la de la ejecución con p = 0 y su distancia entre entrenamiento y validación es menor. Su exactitud no es mejor: termina a menos de cinco puntos de la de la ejecución con p = 0, por encima con unas semillas y por debajo con otras, así que mira las pérdidas, no la exactitud. Señala la máscara de la capa de entrada: desaparecen píxeles enteros, así que la red debe reconocer un dígito a partir de cualesquiera cuatro quintas partes de él.
preset-rivals-title = Rivales: nada, L2, normalización por lotes, dropout
preset-rivals-note = Las mismas ochenta lunas con ruido y la misma red, cuatro ejecuciones desde los mismos pesos con los mismos minilotes de veinte: sin regularizador, decaimiento de pesos L2 (λ = 0,01), normalización por lotes tras cada capa oculta y dropout con p = 0,5. Sin regularizador, la pérdida de validación sube hasta el doble de su mínimo o más, mientras su pérdida de entrenamiento baja más que la de las otras tres. Cada uno de los tres rivales termina con una pérdida de validación más baja que la ejecución sin regularizar. La carrera muestra que aquí cada uno combate el sobreajuste; no los ordena.

## Cómo se escribe una tasa y se nombra una ejecución (src/core/labels.rs).

label-name-drop = p
label-name-retain = p conservar
label-rate = { $name } = { $p }
label-run-input = { $name } = { $p }, entrada { $input }

## Las lecturas bajo los deslizadores de tasa (src/core/readout.rs).

readout-keeps-every-unit = conserva todas las unidades
readout-mistake-keep-as-drop = error: desactiva { $drops }, conserva { $keeps }
readout-keep-share = conservar 1−p = { $share }
readout-drop-share = desactivar 1−p = { $share }
readout-gaussian = cada unidad × N(1, { $variance })
readout-kept-scaled = { $things ->
        [weights] pesos conservados
       *[units] unidades conservadas
    } ×{ $scale }
readout-no-scaling = sin escalar al entrenar
readout-left-on = { $what ->
        [noise] ruido activo
       *[masks] máscaras activas
    } al evaluar
readout-eval-scaled = ×{ $scale } al evaluar
readout-none-at-evaluation = nada al evaluar
readout-scales = { $training }, { $evaluation }
readout-on-inputs = { $rate } en { $inputs ->
        [one] la única entrada
       *[other] las { $inputs } entradas
    }

## El diagrama de la red (src/render/diagram.rs): columnas estrechas, textos cortos.

diagram-train-inverted = ENTRENAMIENTO — máscara de un ejemplo; unidades conservadas ×1/(1−p)
diagram-train-inverted-retain = ENTRENAMIENTO — máscara de un ejemplo; unidades conservadas ×1/p
diagram-train-classic = ENTRENAMIENTO — máscara de un ejemplo; dropout clásico: sin escalar
diagram-eval-inverted = EVALUACIÓN — todas las unidades activas, sin escalar
diagram-eval-classic = EVALUACIÓN — todas las unidades activas, ×(1−p) (dropout clásico)
diagram-eval-classic-retain = EVALUACIÓN — todas las unidades activas, ×p (dropout clásico)
diagram-kept-of = conserva { $kept } de { $n }
diagram-expected = esperado ≈ { $n }
diagram-kept-scaled = conservadas ×{ $scale }
diagram-mask-of = máscara de { $rate }
diagram-expected-scaled = { $expected }, ×{ $scale }
diagram-all-scaled = todas las unidades ×{ $scale }
diagram-layer-input = entrada
diagram-layer-output = salida
diagram-layer-hidden = oculta { $layer }
diagram-units-shown = { $shown } de { $n } visibles
diagram-units = { $n ->
        [one] { $n } unidad
       *[other] { $n } unidades
    }
diagram-next-step = { $rate } desde el paso siguiente

## El gráfico de la pérdida (src/render/loss_*.rs) y la leyenda de los datos.

chart-epoch = época
chart-loss = pérdida
chart-loss-log = pérdida (escala log.)
chart-no-losses = aún no hay pérdidas
chart-key-train = entrenamiento
chart-key-validation = validación
chart-hover-epoch = época { $epoch }
chart-hover-run = { $run }   entr. { $train }   val. { $val }
data-key-train = puntos de entrenamiento
data-key-validation = puntos de validación

## La barra de estado y la lista de ejecuciones (www/lab/frames.js, www/lab/runs-list.js).

status-playing = época { $epoch } · { $rate } pasos/s
status-paused = época { $epoch } · en pausa
status-title = paso conjunto { $step }
example-of = de { $n }
runs-row-title = Haz clic para ver esta ejecución en el diagrama y moverla con el deslizador
runs-remove = Quitar la ejecución { $run }
runs-diverged = { $run } — divergió
runs-numbers = entr. { $train } · val. { $val }
runs-numbers-acc = entr. { $train } · val. { $val } · exact. { $acc } %
runs-overconfident = { $runs }: la pérdida de validación sube mientras la exactitud se mantiene — la red se está volviendo demasiado segura en las respuestas que falla.
note-story = { $note } (La historia dura { $epochs } épocas; el entrenamiento se detiene ahí una vez).
note-left-story = Has salido de la historia del ejemplo ({ $changes }): su nota y su pausa a las { $epochs } épocas ya no valen. Vuelve a elegir el ejemplo para regresar.
