# Dropout Lab — español. Traducido de en.ftl; términos técnicos: es.glossary.md.
# Reviewed-by: nobody yet

page-dropout-lab = Dropout Lab
page-preset =
    .aria-label = Ejemplo preparado
page-preset-label = Ejemplo
page-seed =
    .aria-label = Semilla
page-seed-label = Semilla
page-new-seed = Nueva semilla
    .title = Sacar una semilla que nadie eligió: datos, pesos y máscaras nuevos, las mismas tasas
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
    .title = Una lección guiada: predecir y luego revelar (N siguiente, B atrás, Esc sale)
page-export = Archivos…
    .title = Exportar imágenes y datos, guardar o cargar una configuración
page-help-open =
    .aria-label = Ayuda y atajos de teclado
    .title = Ayuda y atajos de teclado (?)
page-copy-link = Copiar enlace
page-present = Proyectar
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
    .aria-label = Ruido de entrada
page-noise-label = Ruido
page-flip =
    .aria-label = Ruido en las etiquetas: fracción de etiquetas cambiadas
page-label-noise-label = Ruido en etiquetas
page-csv-file =
    .aria-label = Archivo CSV de puntos: x,y,etiqueta o x,y
page-load-csv-label = Cargar CSV…
page-draw-on-the-pictures = Dibujar en las imágenes de abajo
page-drawing-tool =
    .aria-label = Herramienta de dibujo
page-class-0 = Clase 0
page-class-1 = Clase 1
page-or-right-click-a = Borrador
    .title = O haz clic derecho en un punto
page-draw-set =
    .aria-label = Conjunto al que van los puntos nuevos
page-new-points-go-to-label = Los puntos nuevos van a
page-training-2 = Entrenamiento
page-validation = Validación
page-draw-clear = Borrar mis puntos
page-network = Red
page-act =
    .aria-label = Función de activación
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
page-l2-strength-label = Intensidad L2
page-small-minibatches-add-noise = Los minilotes pequeños añaden ruido propio, un regularizador además del dropout.
page-copy-this-link-ctrl = Copia este enlace (Ctrl+C):
page-link-text =
    .aria-label = Enlace a este laboratorio
page-link-close =
    .aria-label = Cerrar el cuadro del enlace
page-banner-close =
    .aria-label = Cerrar el mensaje
page-lesson =
    .aria-label = Lección
page-lesson-close =
    .aria-label = Salir de la lección (el laboratorio se queda como está)
    .title = Salir de la lección (Esc); el laboratorio se queda como está
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
    .aria-label = Diagrama de la red: las unidades apagadas en este paso están tachadas
page-rate-label = Tasa de dropout
page-rate =
    .aria-label = Tasa de dropout
page-input-rate-label = Dropout de entrada
page-input-rate =
    .aria-label = Tasa de dropout de la entrada
page-scaling = Escalado
page-scaling-2 =
    .aria-label = Escalado del dropout
page-inverted-kept-units-1 = invertido: unidades conservadas ×1/(1−p) al entrenar (PyTorch, Keras)
page-classic-no-scaling-in = clásico: sin escalado al entrenar, todas las unidades ×(1−p) al evaluar
page-notation = Notación
page-notation-2 =
    .aria-label = Qué significa p
page-p-drop-probability-pytorch = p = probabilidad de apagar (PyTorch, Keras)
page-p-retain-probability-srivastava = p = probabilidad de conservar (Srivastava et al. 2014)
page-hidden-units = Unidades ocultas
page-hidden =
    .aria-label = Unidades ocultas por capa
    .placeholder = 128,128
page-hidden-out = por capa, p. ej. 32,32 (de 1 a 256 cada una)
page-rates-racing = Tasas en carrera
page-run-variant =
    .aria-label = Variante de la ejecución seleccionada
    .title = Qué es la ejecución seleccionada: dropout, uno de sus rivales o un error clásico
page-add-run = Añadir tasa
page-runs =
    .aria-label = Ejecuciones
page-results =
    .aria-label = Resultados
page-loss-title = Pérdida: entrenamiento (continua) y validación (discontinua)
page-log-scale = escala logarítmica
page-loss =
    .aria-label = Gráfica de pérdida
page-data-title = Lo que aprendió cada ejecución
page-data-2 =
    .aria-label = Lo que aprendió cada ejecución
page-sweep-title = Barrido: pérdida frente a la tasa de dropout p
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
page-sweep-run = Iniciar barrido
page-sweep-cancel = Cancelar
page-log-scale-2 = escala logarítmica
page-sweep-png = PNG
    .title = La gráfica del barrido como PNG a 2×
page-sweep-csv = CSV
    .title = Media, mínimo y máximo de cada punto en CSV
page-sweep-progress =
    .aria-label = Progreso del barrido
page-sweep-status = Cada punto entrena ejecuciones nuevas, una por semilla, en todos los núcleos de este ordenador.
page-sweep-chart =
    .aria-label = Gráfica del barrido: pérdida frente al valor barrido, media sobre las semillas con una banda del mínimo al máximo
page-inside-title = El dropout por dentro
page-view-label = Vista
page-inside-view =
    .aria-label = Vista del dropout por dentro
page-sub-networks-the-ensemble = Subredes: el conjunto que entrena el dropout
page-averaging-k-networks-vs = Promedio de k redes frente a escalado de pesos
page-uncertainty-from-dropout-mc = Incertidumbre a partir del dropout (MC dropout)
page-co-adaptation-one-unit = Coadaptación: quitar una unidad cada vez
page-inside-compute = Mirar dentro
page-inside-resample = Volver a muestrear
    .title = Sacar otras redes adelgazadas
page-inside-canvas =
    .aria-label = Vista por dentro de la ejecución seleccionada
page-inside-note = Elige una vista y pulsa «Mirar dentro»: trabaja con la ejecución seleccionada tal como está en ese momento, en pausa o en marcha.
page-export-title = Exportar y cargar
page-files-for-slides-and = Archivos para diapositivas y fichas, con el nombre del ejemplo y la semilla.
page-export-loss = Gráfica de pérdida (PNG, 2×)
page-export-lab = Laboratorio completo (PNG)
page-export-csv = Historial de cada ejecución (CSV)
page-export-setup = Configuración (JSON, se vuelve a cargar)
page-a-saved-setup-opens = Una configuración guardada abre de nuevo el mismo laboratorio, ejecución por ejecución (o suelta el archivo sobre la página).
page-load-setup = Cargar configuración…
page-setup-file =
    .aria-label = Archivo de configuración que cargar
page-export-close = Cerrar
page-help-title = Acerca de Dropout Lab
page-help-close = Cerrar
page-help-dropout-html = El dropout apaga al azar cada unidad de una capa mientras la red entrena: <b>p</b> es la probabilidad de APAGAR una unidad, y las unidades conservadas se escalan por 1/(1−p) para que la capa siguiente reciba en promedio la misma entrada. Al evaluar no se apaga nada, así que la red entrenada se comporta como un promedio de las muchas redes adelgazadas con las que entrenó.
page-what-the-page-shows = Qué muestra la página
page-help-network-html = <b>Red</b>: la red de la ejecución seleccionada; las unidades tachadas se apagaron en este paso de entrenamiento (el <i>modo evaluación</i> muestra la red completa usada para validar).
page-help-rates-html = <b>Tasa de dropout</b> fija las capas ocultas de la ejecución seleccionada; <b>Tasas en carrera</b> lista las ejecuciones, que entrenan desde los mismos pesos con los mismos minilotes y solo difieren en el dropout.
page-help-loss-html = <b>Pérdida</b>: pérdida de entrenamiento continua, de validación discontinua, un color por ejecución; la brecha entre ambas está sombreada para la ejecución seleccionada.
page-help-learned-html = <b>Lo que aprendió cada ejecución</b>: las predicciones de cada ejecución sobre los datos.
page-keyboard-shortcuts = Atajos de teclado
page-play-pause = Iniciar / pausar
page-one-step = Un paso
page-reset-every-run = Reiniciar todas las ejecuciones
page-train-mode-eval-mode = Modo entrenamiento / modo evaluación
page-focused-run-s-dropout = Tasa de dropout de la ejecución seleccionada 0,0–0,9
page-focus-the-run-above = Seleccionar la ejecución de arriba / de abajo
page-present-mode = Modo proyección
page-fullscreen-2 = Pantalla completa
page-lesson-reveal-then-the = Lección: revelar y luego el paso siguiente; atrás (AvPág y RePág de un presentador)
page-this-help = Esta ayuda
page-close-this-help-or = Cerrar esta ayuda o un mensaje; salir de la lección
page-shortcuts-wait-while-you = Los atajos esperan mientras escribes en un campo; un deslizador seleccionado conserva sus flechas.
page-dropout-lab-needs-javascript = Dropout Lab necesita JavaScript y WebAssembly.
page-lang-label = Idioma
page-lang =
    .aria-label = Idioma
help-review-awaits = Esta traducción espera la revisión de un docente nativo.
help-review-by = Esta traducción la revisó { $who }.

transport-play = Iniciar
transport-pause = Pausa
speed-max = máx.
speed-per-second = { $steps }/s
copy-link-done = Enlace copiado
notation-rate-label-drop = Tasa de dropout
notation-rate-label-retain = Probabilidad de conservar
notation-input-rate-label-drop = Dropout de entrada
notation-input-rate-label-retain = Conservar entrada
notation-rate-aria-drop = Tasa de dropout
notation-rate-aria-retain = Probabilidad de conservar (1 − tasa de dropout)
notation-scaling-inverted-drop = invertido: unidades conservadas ×1/(1−p) al entrenar (PyTorch, Keras)
notation-scaling-inverted-retain = invertido: unidades conservadas ×1/p al entrenar (PyTorch, Keras)
notation-scaling-classic-drop = clásico: sin escalado al entrenar, todas las unidades ×(1−p) al evaluar
notation-scaling-classic-retain = clásico: sin escalado al entrenar, todas las unidades ×p al evaluar (Srivastava et al.)

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

## Cada estudiante (#20): Calma, Contraste, la frase del cursor de datos, la pista de
## teclado del panel de datos y la fila de ayuda de las flechas.
page-calm = Calma
    .title = Movimiento calmado: las unidades tachadas de la red cambian como mucho dos veces por segundo, nada se desliza (también activo cuando el sistema pide menos movimiento)
page-contrast = Contraste
    .title = Alto contraste: texto, bordes, anillos de foco y colores de los gráficos más marcados
page-arrows-key-html = En las imágenes (Datos y red abierto): mover el cursor; <kbd>Intro</kbd> añade un punto, <kbd>Supr</kbd> quita uno. En el gráfico del barrido: elegir un punto; <kbd>Intro</kbd> lo pone a competir
page-data-region =
    .aria-label = Datos y red
page-data-cursor-hint = O con el teclado: Tab hasta las imágenes, las flechas mueven un cursor, Intro añade un punto, Supr quita el más cercano.
data-cursor = Cursor en x = { $x }, y = { $y }. Intro añade un punto de la clase elegida, Supr quita el punto dibujado más cercano.

preset-moons-title = Dos lunas: 80 puntos con ruido
preset-moons-note = Ochenta puntos, uno de cada diez con la etiqueta equivocada, y una red con 17.000 pesos: mucha más libertad de la que los datos pueden fijar. Observa la ejecución con p = 0: su pérdida de validación toca fondo en unas cien épocas (con la semilla por defecto, en diez) y luego sube hasta una vez y media su mejor valor o más, mientras su pérdida de entrenamiento sigue bajando hacia cero. Está memorizando los puntos mal etiquetados: su mapa de decisión forma islitas alrededor de varios de ellos, donde el de la ejecución con p = 0,5 tiene como mucho una o dos. La pérdida de entrenamiento de la ejecución con p = 0,5 se queda más alta, pero su pérdida de validación termina más baja y la brecha entre sus dos curvas es menos de la mitad de ancha. Señala las máscaras: en cada paso se apaga una mitad distinta de las unidades ocultas, así que ninguna unidad puede contar con un compañero concreto para formar una isla.
preset-wiggle-title = Ondulación: una curva a través del ruido
preset-wiggle-note = Cuarenta muestras de una onda senoidal enterrada en ruido, y una red profunda que puede doblar su curva en cualquier parte. Sin dropout, la curva ajustada encuentra primero la onda suave y luego se dobla para pasar por puntos ruidosos sueltos: en los primeros cientos de épocas su pérdida de validación empieza a subir mientras su pérdida de entrenamiento sigue bajando. Con p = 0,5 en las capas ocultas la curva termina más cerca del seno verdadero y más suave. Se asienta despacio, cientos de épocas después que la ejecución con p = 0, pero su pérdida de validación termina más baja y su brecha entre entrenamiento y validación es menor. Ninguna pérdida de validación puede bajar mucho de 0,36, la varianza del propio ruido (σ = 0,6): una pérdida de entrenamiento por debajo de eso, como la de la ejecución con p = 0, significa que el modelo está ajustando ruido. El dropout hace ruidoso cada paso de entrenamiento, y aun así la curva de validación con p = 0,5 es la más tranquila: la gráfica y la curva ajustada usan la red entera, sin apagar ninguna unidad.
preset-digits-title = Dígitos: 100 imágenes de entrenamiento
preset-digits-note = Dígitos manuscritos reales, pero solo 100 para aprender. Sin dropout la red acierta todas las imágenes de entrenamiento en unas quince épocas. A partir de ahí su exactitud de validación se mantiene (dentro de tres puntos) o sube un poco, pero su pérdida de validación sube un 40 % o más (con la semilla por defecto, más que se duplica). La razón: se vuelve cada vez más confiada, también con los dígitos que falla, y la entropía cruzada castiga con dureza un error confiado: la pérdida media en una imagen mal clasificada al menos se duplica. Las ejecuciones con dropout siguen la receta del artículo original para dígitos: apagar el 20 % de los píxeles de entrada y el 20 % o la mitad de las unidades ocultas. Aprenden más despacio, su pérdida de validación termina por debajo de la de la ejecución con p = 0 y su brecha entre entrenamiento y validación es menor. Su exactitud no es mejor: termina a menos de cinco puntos de la de la ejecución con p = 0, por encima con algunas semillas y por debajo con otras, así que mira las pérdidas, no la exactitud. Señala la máscara de la capa de entrada: desaparecen píxeles enteros, así que la red debe reconocer un dígito a partir de cualesquiera cuatro quintos de él.
preset-rivals-title = Rivales: nada, L2, normalización por lotes, dropout
preset-rivals-note = Las mismas ochenta lunas con ruido y la misma red, cuatro ejecuciones desde los mismos pesos con los mismos minilotes de veinte: sin regularizador, decaimiento de pesos L2 (λ = 0,01), normalización por lotes tras cada capa oculta, y dropout con p = 0,5. Sin regularizador la pérdida de validación sube al doble de su mejor valor o más, mientras su pérdida de entrenamiento baja más que la de las otras tres. Cada uno de los tres rivales termina con una pérdida de validación más baja que la ejecución sin regularizar. La carrera muestra que cada uno combate aquí el sobreajuste; no los ordena.

label-name-drop = p
label-name-retain = p conservar
label-rate = { $name } = { $p }
label-run-input = { $name } = { $p }, entrada { $input }
label-classic = clásico
label-gaussian = gaussiano
label-max-norm = max-norm { $c }
label-l2 = L2 { $lambda }

readout-keeps-every-unit = conserva todas las unidades
readout-mistake-keep-as-drop = error: apaga { $drops }, conserva { $keeps }
readout-keep-share = conservar 1−p = { $share }
readout-drop-share = apagar 1−p = { $share }
readout-gaussian = cada unidad × N(1, { $variance })
readout-kept-scaled = { $things ->
        [weights] pesos conservados
       *[units] unidades conservadas
    } ×{ $scale }
readout-no-scaling = sin escalado al entrenar
readout-left-on = { $what ->
        [noise] ruido activo
       *[masks] máscaras activas
    } al evaluar
readout-eval-scaled = ×{ $scale } al evaluar
readout-none-at-evaluation = ninguno al evaluar
readout-scales = { $training }, { $evaluation }
readout-on-inputs = { $rate } en { $inputs ->
        [one] la única entrada
       *[other] las { $inputs } entradas
    }

diagram-train-inverted = ENTRENAMIENTO — máscara de un ejemplo; unidades conservadas ×1/(1−p)
diagram-train-inverted-retain = ENTRENAMIENTO — máscara de un ejemplo; unidades conservadas ×1/p
diagram-train-classic = ENTRENAMIENTO — máscara de un ejemplo; dropout clásico: sin escalado
diagram-eval-inverted = EVALUACIÓN — todas las unidades activas, sin escalado
diagram-eval-classic = EVALUACIÓN — todas las unidades activas, escaladas por 1−p (dropout clásico)
diagram-eval-classic-retain = EVALUACIÓN — todas las unidades activas, escaladas por p (dropout clásico)
diagram-kept-of = { $kept } de { $n } conservadas
diagram-expected = esperadas ≈ { $n }
diagram-kept-scaled = conservadas ×{ $scale }
diagram-mask-of = máscara de { $rate }
diagram-expected-scaled = { $expected }, ×{ $scale }
diagram-all-scaled = todas ×{ $scale }
diagram-layer-input = entrada
diagram-layer-output = salida
diagram-layer-hidden = oculta { $layer }
diagram-units-shown = { $shown } de { $n } visibles
diagram-units = { $n ->
        [one] { $n } unidad
       *[other] { $n } unidades
    }
diagram-next-step = { $rate } desde el próximo paso

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
data-accuracy-per-digit = exactitud de validación por dígito
data-digit-wrong = { $guess } ✗ es { $truth }

status-playing = época { $epoch } · { $rate } pasos/s
status-paused = época { $epoch } · en pausa
status-title = paso sincronizado { $step }
example-of = de { $n }
runs-row-title = Haz clic para ver esta ejecución en el diagrama y moverla con el deslizador
runs-remove = Quitar la ejecución { $run }
runs-diverged = { $run } — divergió
runs-numbers = entr. { $train } · val. { $val }
runs-numbers-acc = entr. { $train } · val. { $val } · exact. { $acc } %
runs-overconfident = { $runs }: la pérdida de validación sube mientras la exactitud se mantiene — la red se vuelve demasiado confiada en las respuestas que falla.
runs-restarted = Añadir una tasa reinició la carrera: todas las ejecuciones vuelven a empezar desde los mismos pesos.
note-story = { $note } (La historia dura { $epochs } épocas; el entrenamiento se pausa allí una vez.)
note-left-story = Has salido de la historia del ejemplo ({ $changes }): su nota y su pausa en { $epochs } épocas ya no valen. Elige de nuevo el ejemplo para volver.
note-list-separator = {", "}

draw-count = { $count ->
        [0] 0 puntos propios — dibuja en los paneles de abajo
        [one] { $count } punto propio
       *[other] { $count } puntos propios
    }
draw-not-here = Se pueden dibujar puntos en datos 2D y en curvas.
preset-your-data = { $title } — tus datos

start-default-preset = { $error } — se carga el ejemplo por defecto.
start-failed = Dropout Lab no pudo arrancar: { $error }
error-something = Algo salió mal: { $error }
engine-crashed-restarted = El motor de entrenamiento falló ({ $error }); se reinició con la misma configuración. Los detalles están en la consola del navegador.
engine-load-failed = El motor de entrenamiento no pudo cargarse: { $error }
engine-stopped-dead = El motor de entrenamiento se detuvo ({ $why }) y no pudo reiniciarse: recarga la página, por favor.
engine-stopped-restarted = El motor de entrenamiento se detuvo ({ $why }); se inició otro con la misma configuración y la carrera vuelve a empezar en la época 0.
link-not-understood = Algunos ajustes del enlace no se entendieron: { $problems }{ $more ->
        [0] {""}
       *[other] ; y { $more } más
    }. Para ellos se usan los valores por defecto.
setup-file-failed = No se pudo cargar la configuración «{ $file }»: { $error } No se cambió nada.
setup-not-changed = Sin cambios: { $error }.
setup-not-a-number = Sin cambios: «{ $text }» no es un número.
csv-too-big = No cargado: «{ $file }» tiene { $bytes } bytes; se leen como mucho { $max }.
csv-failed = No cargado: «{ $file }», { $error }.
draw-failed = No dibujado: { $error }.
inside-recompute = Recalcular
lesson-count = Paso { $step } de { $steps }

sweep-key-final-val = validación final
sweep-key-best-val = mejor validación
sweep-key-final-train = entrenamiento final (evaluación)
sweep-best = mejor: { $run }
sweep-axis-rate = tasa de dropout p de las capas ocultas
sweep-axis-size = ejemplos de entrenamiento N (escala log.)
sweep-empty = «Iniciar barrido» entrena cada punto desde cero
sweep-title-size = Barrido: pérdida frente al tamaño del conjunto de entrenamiento
add-run-full = { $runs } ejecuciones es el máximo que compite a la vez — quita una primero

## Lesson, banners, menus, sweep, Inside (#19 follow-up)

lesson-finish = Terminar
lesson-step-one-step-title = Un paso, a cámara lenta
lesson-step-one-step-question = El diagrama muestra la ejecución con p = 0,5: cada unidad oculta se apaga con probabilidad p = 0,5. Pulsa Revelar para dar un paso de entrenamiento. ¿Cuántas de las 128 unidades de cada capa quedarán tachadas?
lesson-step-one-step-answer-1 = Alrededor de la mitad, pero rara vez justo la mitad: cada unidad se apaga por su propio lanzamiento de moneda, con probabilidad p, y se conserva con probabilidad 1 − p.
lesson-step-one-step-answer-2 = Cada unidad conservada se multiplica por 1/(1 − p) = 2, así que la capa siguiente recibe en promedio la misma entrada.
lesson-step-one-step-answer-3 = Bajo cada capa: cuántas unidades conservó este ejemplo, cuántas cabe esperar según p, y la escala.
lesson-step-new-mask-title = Una máscara nueva en cada paso
lesson-step-new-mask-question = El entrenamiento sigue, un paso por segundo. ¿Apagará el paso siguiente las mismas unidades otra vez?
lesson-step-new-mask-answer-1 = No: en cada paso se apaga una mitad distinta de las unidades ocultas.
lesson-step-new-mask-answer-2 = Así, cada paso entrena una red adelgazada distinta, y todas comparten los mismos pesos.
lesson-step-train-eval-title = Entrenamiento frente a evaluación
lesson-step-train-eval-question = Para medir la pérdida de validación, la red responde a puntos con los que nunca entrenó. ¿Debe seguir apagando unidades entonces?
lesson-step-train-eval-answer-1 = No: en la evaluación todas las unidades están encendidas y nada es aleatorio (el Modo evaluación lo muestra).
lesson-step-train-eval-answer-2 = Las unidades conservadas ya se escalaron por 1/(1 − p) en el entrenamiento, así que ahora ninguna necesita escalado.
lesson-step-train-eval-answer-3 = El dropout clásico (la otra opción de Escalado) escala al revés: nada en el entrenamiento, cada unidad ×(1 − p) en la evaluación. En ambos casos la capa siguiente recibe en promedio la misma entrada.
lesson-step-overfit-title = Sobreajuste sin dropout
lesson-step-overfit-question = Esta red tiene 17.000 pesos, 80 puntos de entrenamiento y ningún dropout (p = 0). Su pérdida de entrenamiento (línea continua) bajará. ¿Qué hará su pérdida de validación (discontinua)?
lesson-step-overfit-answer-1 = Toca fondo pronto (con esta semilla, en menos de diez épocas) y luego sube hasta una vez y media su mínimo o más, mientras la pérdida de entrenamiento sigue bajando hacia cero.
lesson-step-overfit-answer-2 = La red memoriza sus puntos de entrenamiento, también los mal etiquetados (mira las islas de su mapa): eso es sobreajuste.
lesson-step-gap-title = El dropout estrecha la brecha
lesson-step-gap-question = La misma red compite ahora con p = 0,2 y p = 0,5, desde los mismos pesos iniciales y con los mismos minilotes. ¿Qué ejecución terminará con la menor pérdida de validación?
lesson-step-gap-answer-1 = La ejecución con p = 0,5, de las tres.
lesson-step-gap-answer-2 = La pérdida de entrenamiento de la ejecución con p = 0,5 se mantiene más alta, pero su pérdida de validación termina más baja y la brecha entre sus dos curvas es menos de la mitad de ancha.
lesson-step-underfit-title = Demasiado dropout subajusta
lesson-step-underfit-question = Una red más pequeña, 16 unidades por capa, y la segunda ejecución apaga el 90 % de ellas (p = 0,9). Si p = 0,5 ayudó, ¿ayudará aún más p = 0,9?
lesson-step-underfit-answer-1 = No: conservar una o dos de 16 unidades por ejemplo es demasiado poco para aprender las lunas.
lesson-step-underfit-answer-2 = La ejecución con p = 0,9 termina con una pérdida de entrenamiento y una pérdida de validación más altas que la de p = 0,5, ambas cerca de 0,69, la pérdida de adivinar al 50:50. Eso es subajuste.
lesson-step-which-p-title = ¿Qué p?
lesson-step-which-p-question = Cuatro tasas compiten en una red de 32 unidades por capa: p = 0; 0,2; 0,5 y 0,9. ¿Cuál termina con la menor pérdida de validación?
lesson-step-which-p-answer-1 = Una del medio, p = 0,2 o p = 0,5.
lesson-step-which-p-answer-2 = p = 0 termina con la menor pérdida de entrenamiento y sobreajusta; p = 0,9 termina con la mayor pérdida de entrenamiento y subajusta.
lesson-step-which-p-answer-3 = Poco dropout y demasiado cuestan ambos pérdida de validación: la mejor p está en medio.
lesson-step-which-p-answer-4 = El panel Barrido, más abajo, entrena una red para cada p de 0 a 0,9: pulsa Iniciar barrido para ver la curva entera.
lesson-step-why-title = Por qué funciona
lesson-step-why-question = El entrenamiento usó una red adelgazada distinta en cada paso; la evaluación usa la red entera una vez. ¿Por qué puede una sola red sustituir a todas las adelgazadas?
lesson-step-why-answer-1 = Con todas las unidades encendidas, cada capa da a la siguiente la entrada que en promedio le daban las redes adelgazadas.
lesson-step-why-answer-2 = A través de varias capas eso solo se acerca a promediar sus respuestas: las vistas de abajo muestran cuánto.
lesson-step-rivals-title = Dropout frente a L2 y normalización por lotes
lesson-step-rivals-question = El dropout no es el único remedio contra el sobreajuste. Estas ejecuciones lo enfrentan al decaimiento de pesos L2 y a la normalización por lotes, desde el mismo inicio. ¿Cuál termina con la menor pérdida de validación?
lesson-step-rivals-answer-1 = La nota bajo las gráficas dice lo que muestran estas curvas, y lo que no.

diagram-banner-dropconnect = ENTRENAMIENTO — máscara DropConnect de este minilote: pesos apagados en gris discontinuo
diagram-banner-gaussian = ENTRENAMIENTO — ruido gaussiano de un ejemplo: cada unidad × un factor de N(1, p/(1−p))
diagram-mistake-dropout-at-evaluation = EVALUACIÓN — ERROR: dropout dejado activo, máscaras nuevas en cada evaluación
diagram-mistake-no-evaluation-scaling = EVALUACIÓN — ERROR: todas las unidades activas pero sin escalar por 1−p: entradas demasiado grandes
diagram-mistake-keep-read-as-drop = ENTRENAMIENTO — ERROR: p leída como conservar, así que cada capa apaga 1 − p
diagram-weights-kept-of = { $kept } de { $n } conservados
diagram-weights-expected = pesos (≈ { $n })
diagram-kept-ones-scaled = conservados ×{ $scale }
diagram-no-noise = sin ruido
diagram-gaussian-factor = × N(1, { $variance })
diagram-factors-range = factores { $lo } … { $hi }

error-drop-rate = la tasa de dropout { $p } de { $layer } no es válida: debe cumplir 0 ≤ p < 1 (p es la probabilidad de apagar una unidad)
error-out-of-range = { $what } = { $value } está fuera de rango: debe estar entre { $min } y { $max }
error-shape = las formas no encajan: { $why }
error-unknown = { $kind }: '{ $name }' no existe; nombres conocidos: { $known }
error-config = configuración no válida: { $why }

## Los detalles dentro de los errores del núcleo (src/core/error.rs, #19).

error-layer-input = la capa de entrada
error-layer-hidden = la capa oculta { $layer }
error-inside = { $error }
quantity-inputs = número de entradas
quantity-outputs = número de salidas
quantity-hidden-layer-count = número de capas ocultas
quantity-hidden-layers = capas ocultas
quantity-hidden-units = unidades de la capa oculta { $layer }
quantity-batch-size = tamaño de lote
quantity-minibatch-size = tamaño del minilote
quantity-learning-rate = tasa de aprendizaje
quantity-weight-decay = decaimiento de pesos
quantity-l2 = intensidad de L2
quantity-max-norm = radio de max-norm
quantity-training-points = puntos de entrenamiento
quantity-validation-points = puntos de validación
quantity-training-images = imágenes de entrenamiento
quantity-validation-images = imágenes de validación
quantity-noise = ruido
quantity-input-noise = ruido en las entradas
quantity-label-noise = ruido en las etiquetas
quantity-target-noise = ruido en los objetivos
quantity-classes = clases
quantity-seed = semilla
quantity-focused-run = ejecución enfocada
quantity-speed = velocidad
quantity-lesson-step = paso de la lección
kind-preset = ejemplo
kind-dataset = conjunto de datos
kind-activation = activación
kind-optimiser = optimizador
kind-regression-curve = curva de regresión
kind-run-variant = variante de ejecución
kind-inside-view = vista de «El dropout por dentro»
shape-rates-vs-layers = se dieron { $rates } tasas de dropout y la red tiene { $layers } capas de dropout (entrada + { $hidden } ocultas)
shape-points-vs-inputs = los puntos tienen { $columns } coordenadas y la red recibe { $inputs }
shape-sets-differ = los conjuntos de entrenamiento y validación difieren en tarea, variables u objetivos
shape-set-targets = { $set ->
        [training] conjunto de entrenamiento
       *[validation] conjunto de validación
    }: { $examples } ejemplos, { $targets } objetivos de ancho { $width } (se esperaba ancho { $expected })
shape-no-dropout-layer = la capa de dropout { $layer } no existe (la red tiene { $layers })
config-softmax-classes = una salida softmax necesita al menos 2 clases
config-max-runs = como mucho pueden competir { $max } ejecuciones a la vez
config-last-run = la última ejecución no se puede quitar: el laboratorio necesita al menos una
config-no-run = no existe la ejecución { $run }: el experimento tiene { $runs ->
        [one] { $runs } ejecución
       *[other] { $runs } ejecuciones
    }
config-sets-empty = los conjuntos de entrenamiento y validación deben tener ejemplos
config-not-a-number = { $what }: '{ $raw }' no es un número
config-two-noises = una ejecución tiene un solo ruido, no dos ('{ $text }')
config-two-mistakes = un solo error por ejecución ('{ $text }')
config-digits-total = imágenes de entrenamiento + validación = { $total }, pero el conjunto de dígitos solo tiene { $examples }
image-version = el motor envió una imagen de la versión { $version }; la página lee la versión { $expected }
image-runs = la imagen del motor tiene { $runs } ejecuciones
image-ended = la imagen del motor terminó antes de tiempo (¿otra versión del laboratorio?)
image-extra-bytes = la imagen del motor tiene { $bytes } bytes más de los que lee la página
image-not-utf8 = la imagen del motor contiene texto que no es UTF-8
image-matrix-shape = una matriz de la imagen del motor es de { $rows } × { $columns } y la de la página de { $expected_rows } × { $expected_columns }: los dos laboratorios se construyeron de forma distinta
image-mask-shape = la máscara del motor para la capa { $layer } es de { $rows } × { $columns }; se esperaba { $expected_rows } × { $expected_columns }
image-dropconnect-layers = las máscaras DropConnect del motor no coinciden con las capas de la red
image-dropconnect-shape = una máscara DropConnect no tiene la forma de sus pesos
image-unknown-code = la imagen del motor contiene el código { $code }, que la página no conoce
csv-too-large = el archivo tiene { $bytes } bytes; se leen como mucho { $max }
csv-too-few-rows = { $rows } filas de datos; se necesitan al menos { $min } (tres para entrenar, una para validar)
csv-line = línea { $line } '{ $text }': { $why }
csv-numbers = se esperaban números
csv-columns = se esperaba x,y,etiqueta (dos clases) o x,y (una curva)
csv-columns-like-first = se esperaban { $columns } valores, como en la primera fila
csv-label = la etiqueta debe ser 0 o 1
points-drawn = puntos dibujados: { $why }
points-characters = { $characters } caracteres, pero cada punto ocupa { $each }
points-not-base64url = '{ $character }' no es un carácter base64url
points-too-many = { $count } puntos son más de los { $max } que puede llevar un enlace; quita algunos o usa menos filas
points-which-data = solo se pueden dibujar puntos en datos 2D de dos clases y en curvas
points-columns = los puntos dibujados no encajan con las columnas del conjunto de datos
setup-not-a-knob = '{ $key }' no es un ajuste de datos y red
setup-only-points = solo tus puntos: dibuja al menos 4 en el panel de datos (ahora { $points }) o carga un archivo CSV
settings-not-a-setting = '{ $key }' no es un ajuste
settings-ignored = { $key }={ $raw } ignorado ({ $why })
settings-partly = { $key }: { $why }
settings-refused = { $key }={ $raw }: { $why }
expected-number = se esperaba un número de { $min } a { $max }
expected-whole-number = se esperaba un número entero de { $min } a { $max }
expected-full-or-whole = se esperaba 'full' o un número entero de 1 a { $max }
expected-one-of = se esperaba uno de { $names }
expected-either = se esperaba '{ $first }' o '{ $second }'
expected-flag = se esperaba 0 o 1
expected-rate = se esperaba una tasa en [0, 1)
expected-text-or-number = se esperaba texto o un número
expected-runs = se esperaban de 1 a { $max } ejecuciones separadas por comas; cada una, una tasa en [0, 1) o tasas entrada:oculta:…, con ~variante opcional
expected-hidden = se esperaban números enteros separados por comas, como 64,64: de 1 a { $layers } capas de 1 a { $units } unidades
expected-hideable = no se puede ocultar { $names } (controles que se pueden ocultar: { $hideable })
expected-drawn-points = se esperaban puntos dibujados, 4 caracteres base64url cada uno, como mucho { $max }
variant-not-understood = variante de ejecución '{ $variant }' no entendida
file-not-json = no es un archivo JSON.
file-not-a-setup = es JSON pero no una configuración de Dropout Lab (falta "format": "{ $format }" con sus "settings").
file-version = es una configuración de la versión { $version }; esta página lee la versión { $expected }.
file-settings-unusable = algunos de sus ajustes no se pueden usar: { $settings }.

engine-no-command = el motor no tiene la orden { $name }

variant-dropout = dropout
    .title = unidades apagadas con probabilidad p, las conservadas ×1/(1−p)
variant-classic = dropout clásico
    .title = sin escalado en el entrenamiento, ×(1−p) en la evaluación
variant-dropconnect = DropConnect
    .title = pesos sueltos apagados con probabilidad p
variant-gaussian = dropout gaussiano
    .title = cada unidad × un factor de N(1, p/(1−p))
variant-maxnorm = dropout + max-norm 3
    .title = los pesos de entrada de cada unidad se mantienen en ‖w‖ ≤ 3
variant-l2 = L2 0,01
    .title = decaimiento de pesos λ = 0,01 en esta ejecución
variant-bn = normalización por lotes
    .title = cada capa oculta normalizada sobre el minilote
variant-mistake-evaldrop = error: dropout activo en la evaluación
    .title = se olvidó el modo evaluación: la validación se mide con redes adelgazadas al azar
variant-mistake-noscale = error: sin ×(1−p) en la evaluación
    .title = entrenamiento clásico, red completa en la evaluación: salidas demasiado grandes
variant-mistake-keep = error: p leída como conservar
    .title = una capa que debía apagar p apaga 1 − p
variant-gaussian-maxnorm = gaussiano + max-norm 3
    .title = ruido gaussiano y la restricción max-norm
mistake-why-evaldrop = el dropout sigue activo en la evaluación: la pérdida de validación se mide en una red adelgazada al azar, con ruido y peor en promedio
mistake-why-noscale = dropout clásico sin el ×(1−p) en la evaluación: las entradas de la red completa son 1/(1−p) veces mayores que en el entrenamiento
mistake-why-keep = p leída como probabilidad de conservar: una capa que debía apagar p apaga 1 − p
dataset-moons = Dos lunas
dataset-circles = Círculos: un disco en un anillo
dataset-spiral = Dos espirales
dataset-xor = Cuadrantes XOR
dataset-blobs = Dos nubes
dataset-sine = Curva seno
dataset-cubic = Curva cúbica
dataset-digits = Dígitos manuscritos (8×8)
dataset-own = Solo tus puntos (2D)
dataset-own-curve = Solo tus puntos (una curva)
activation-relu = ReLU
activation-tanh = tanh
activation-sigmoid = sigmoide
activation-linear = lineal (sin no linealidad)
optimiser-sgd = SGD
optimiser-momentum = SGD con momento (β = 0,9)
optimiser-adam = Adam
setup-rebuilt = Reconstruido con { $what }: las mismas { $runs ->
        [one] { $runs } ejecución
       *[other] { $runs } ejecuciones
    } y tasas, entrenando desde el principio.
rebuilt-train = { $value } puntos de entrenamiento
rebuilt-train-preset = los puntos de entrenamiento del ejemplo
rebuilt-val = { $value } puntos de validación
rebuilt-val-preset = los puntos de validación del ejemplo
rebuilt-noise = ruido { $value }
rebuilt-noise-preset = el ruido del ejemplo
rebuilt-flip = ruido de etiquetas { $value }
rebuilt-flip-preset = el ruido de etiquetas del ejemplo
rebuilt-l2 = fuerza L2 { $value }
rebuilt-l2-preset = la fuerza L2 del ejemplo
rebuilt-act = unidades { $title }
rebuilt-opt = { $title } (la tasa de aprendizaje sigue en { $lr }; SGD suele necesitar una mayor que Adam)
rebuilt-full-batch = entrenamiento con el lote completo
rebuilt-batch = minilotes de { $value }
rebuilt-dataset = los datos { $title }
rebuilt-dataset-cleared = los datos { $title }; tus { $count } puntos dibujados eran para datos { $shape } y se borraron
rebuilt-csv = { $count } puntos de '{ $file }' (uno de cada cuatro valida)
rebuilt-csv-scaled = { $count } puntos de '{ $file }', escalados al dibujo (uno de cada cuatro valida)
rebuilt-point-erased = el punto cerca de ({ $x }; { $y }) borrado
rebuilt-point-added = un punto de { $set ->
        [validation] validación
       *[training] entrenamiento
    } de clase { $label } en ({ $x }; { $y })
rebuilt-points-cleared = tus puntos borrados

sweep-note-rate = Cada punto entrena ejecuciones nuevas hasta la duración de la historia, una por semilla, con esa p en cada capa oculta; la línea es su media y la banda va de la semilla más baja a la más alta. Con 32 unidades por capa oculta (escribe 32,32 en Unidades ocultas), la pérdida de validación final de Dos lunas es una U: más alta en p = 0 (sobreajuste) y en p = 0,9 (quedan muy pocas unidades para aprender), mínima entre p = 0,2 y 0,7. Con las 128 unidades por capa del ejemplo, 13 unidades conservadas aún bastan para las lunas: la pérdida de validación baja hasta su mínimo en p = 0,6 o más. Haz clic en un punto para poner a competir esa tasa.
sweep-note-size = Cada N entrena ejecuciones nuevas con N ejemplos de entrenamiento, sin dropout y con las tasas de la ejecución enfocada. En Dos lunas, la brecha con p = 0 entre la pérdida de validación y la de entrenamiento se reduce en cada paso a medida que N crece. La ganancia del dropout (la pérdida de validación con p = 0 menos la de p = 0,5) es máxima con los menos ejemplos (20 o 40 puntos) y con 640 puntos es menos de una décima parte de eso: a diferencia de la Figura 10 del artículo, estos problemas pequeños no muestran un pico en el medio.
sweep-hover-n = N = { $n }
sweep-hover-size-series = { $series }: val. { $val }, brecha { $gap }
sweep-hover-gain = ganancia { $gain }
sweep-hover-rate = { $label } · { $seeds ->
        [one] { $seeds } semilla
       *[other] { $seeds } semillas
    }
sweep-hover-final-val = val. final { $band }
sweep-hover-best-val = mejor val. { $band }
sweep-hover-final-train = entren. final { $band }
sweep-progress = { $done } de { $total } ejecuciones hechas en { $workers ->
    [one] { $workers } hilo de trabajo
   *[other] { $workers } hilos de trabajo
}
sweep-progress-left = { $progress } · faltan unos { $seconds } s
sweep-done = Hecho: { $done } de { $total } ejecuciones en { $seconds } s.
sweep-cancelled = Cancelado: { $done } de { $total } ejecuciones hechas.
sweep-failure-count = { $failure } ({ $n } hasta ahora)

inside-note-subnets = Cada panel es una red adelgazada: su título cuenta las unidades ocultas que conserva, la esquina muestra su máscara (una columna por capa, oscuro = conservada). Entrenar con dropout las entrena todas a la vez: comparten un mismo conjunto de pesos, y cada minilote entrena una de ellas. Su promedio es lo que predice el conjunto; la red completa con pesos escalados lo aproxima en una sola pasada.
inside-note-averaging = La curva promedia las predicciones de k redes adelgazadas extraídas con las tasas de la ejecución; la línea es la red completa con pesos escalados, una sola pasada. Con k = 100 el promedio valida al menos tan bien como la red escalada.
inside-note-spread = Dropout MC: la dispersión (desviación típica) de las predicciones de redes adelgazadas, con el dropout activo al predecir. Una estimación de dónde la red duda, no una probabilidad calibrada: depende de p y de cuántas redes se extraen.
inside-note-coadaptation = El histograma cuenta las unidades ocultas según cuánto sube la pérdida de validación cuando se quita solo esa unidad en la evaluación (bajo cero: la red funciona mejor sin ella). En las dos lunas, la unidad más importante de la red con p = 0,5 cuesta menos de una quinta parte de lo que cuesta la más importante de la red con p = 0: con dropout ninguna unidad es imprescindible. La mayoría de las unidades importan poco en ambas redes.
inside-note-frozen = { $what } (Ejecución { $run }, época { $epoch }: congelada al iniciar la vista).
inside-spread-title = { $label } · { $n } redes adelgazadas · dispersión de las predicciones
inside-subnet-prob = { $panel } · prob. { $prob }
inside-subnet-kept = { $panel } · { $kept }/{ $all }
inside-exact-mean = media exacta
inside-full-scaled-short = completa, escalada
inside-average-of = promedio de { $k }
inside-full-scaled = red completa, escalada
inside-validation-loss = pérdida de validación
inside-validation-error = error de validación
inside-hover-row = { $name }: { $value }
inside-k-axis = k (redes adelgazadas promediadas, escala logarítmica)
inside-spread-band = banda: media ± 2 desv. típ. de las redes adelgazadas (una estimación)
inside-spread-per-digit = desv. típ. media de la probabilidad de la respuesta, por dígito verdadero (una estimación)
inside-rise-axis = subida de la pérdida de val.
inside-layer-activity = capa oculta { $layer }: activación media { $mean } · { $near_zero } cerca de cero
inside-activation-range = activaciones { $lo } … { $hi }
inside-waiting = Elige una vista y pulsa Mirar dentro: mira la ejecución enfocada tal como está ahora
inside-no-view = estos datos no tienen vista por dentro (regresión con varias entradas)
inside-computing = calculando… { $percent } %
inside-done = hecho

inside-rises-summary = { $n ->
        [one] { $n } unidad
       *[other] { $n } unidades
    } · mayor subida { $largest } · media { $mean }
inside-spread-map-key = blanco: sin dispersión · más oscuro: desv. típ. { $largest } (una estimación)
