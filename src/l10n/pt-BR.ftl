# Dropout Lab — português do Brasil. Traduzido de en.ftl (ids, variáveis e chaves ficam como lá).
# Reviewed-by: nobody yet
# Machine-drafted: awaits a native teacher's review (see the glossary for the terms chosen).
# Glossário dos termos escolhidos: src/l10n/pt-BR.glossary.md

## O texto fixo da página (index.html, elementos marcados com data-l10n-id).

page-dropout-lab = Dropout Lab
page-preset =
    .aria-label = Exemplo pronto
page-preset-label = Exemplo
page-seed =
    .aria-label = Semente
page-seed-label = Semente
page-new-seed = Nova semente
    .title = Sortear uma semente que ninguém escolheu: novos dados, pesos e máscaras, as mesmas taxas
page-lr =
    .aria-label = Taxa de aprendizado
page-learning-rate-label = Taxa de aprendizado
page-training =
    .aria-label = Treinamento
page-play = Iniciar
page-step = Passo
page-reset = Reiniciar
page-speed-label = Velocidade
page-speed =
    .aria-label = Velocidade
page-speed-out = máx.
page-lesson-open = Aula
    .title = Uma aula guiada: prever, depois revelar (N próximo, B voltar, Esc sai)
page-export = Arquivos…
    .title = Exportar imagens e dados, salvar ou carregar uma configuração
page-help-open =
    .aria-label = Ajuda e atalhos de teclado
    .title = Ajuda e atalhos de teclado (?)
page-copy-link = Copiar link
page-present = Apresentar
    .title = Letra grande e linhas grossas para o fundo da sala (P)
page-fullscreen = Tela cheia
    .title = Tela cheia (F)
page-data-network = Dados e rede
page-data = Dados
page-dataset =
    .aria-label = Conjunto de dados
page-dataset-label = Conjunto de dados
page-n-train =
    .aria-label = Pontos de treinamento
page-training-points-label = Pontos de treinamento
page-n-val =
    .aria-label = Pontos de validação
page-validation-points-label = Pontos de validação
page-noise =
    .aria-label = Ruído nas entradas
page-noise-label = Ruído
page-flip =
    .aria-label = Ruído nos rótulos: fração de rótulos trocados
page-label-noise-label = Ruído nos rótulos
page-csv-file =
    .aria-label = Arquivo CSV de pontos: x,y,rótulo ou x,y
page-load-csv-label = Carregar CSV…
page-draw-on-the-pictures = Desenhe nas imagens abaixo
page-drawing-tool =
    .aria-label = Ferramenta de desenho
page-class-0 = Classe 0
page-class-1 = Classe 1
page-or-right-click-a = Borracha
    .title = Ou clique com o botão direito num ponto
page-draw-set =
    .aria-label = Conjunto que recebe os pontos novos
page-new-points-go-to-label = Pontos novos em
page-training-2 = Treinamento
page-validation = Validação
page-draw-clear = Apagar meus pontos
page-network = Rede
page-act =
    .aria-label = Ativação
page-activation-label = Ativação
page-opt =
    .aria-label = Otimizador
page-optimiser-label = Otimizador
page-batch =
    .placeholder = todos
    .aria-label = Tamanho do minilote, ou todos
page-minibatch-label = Minilote
page-l2 =
    .aria-label = Intensidade de L2
page-l2-strength-label = Intensidade de L2
page-small-minibatches-add-noise = Minilotes pequenos trazem ruído próprio, um regularizador além do dropout.
page-copy-this-link-ctrl = Copie este link (Ctrl+C):
page-link-text =
    .aria-label = Link para este laboratório
page-link-close =
    .aria-label = Fechar a caixa do link
page-banner-close =
    .aria-label = Dispensar a mensagem
page-lesson =
    .aria-label = Aula
page-lesson-close =
    .aria-label = Sair da aula (o laboratório fica como está)
    .title = Sair da aula (Esc); o laboratório fica como está
page-lesson-back = Voltar
page-lesson-reveal = Revelar
page-lesson-next = Próximo
page-network-2 =
    .aria-label = Rede
page-diagram-title = Rede
page-diagram-mode =
    .aria-label = Modo do diagrama
page-mode-train = Modo treino
page-mode-eval = Modo avaliação
page-example-label = Exemplo
page-example =
    .aria-label = Exemplo do minilote
page-diagram =
    .aria-label = Diagrama da rede: as unidades desligadas neste passo aparecem riscadas
page-rate-label = Taxa de dropout
page-rate =
    .aria-label = Taxa de dropout
page-input-rate-label = Dropout na entrada
page-input-rate =
    .aria-label = Taxa de dropout na entrada
page-scaling = Escala
page-scaling-2 =
    .aria-label = Escala do dropout
page-inverted-kept-units-1 = invertido: unidades mantidas ×1/(1−p) no treino (PyTorch, Keras)
page-classic-no-scaling-in = clássico: sem escala no treino, todas as unidades ×(1−p) na avaliação
page-notation = Notação
page-notation-2 =
    .aria-label = O que p significa
page-p-drop-probability-pytorch = p = probabilidade de desligar (PyTorch, Keras)
page-p-retain-probability-srivastava = p = probabilidade de manter (Srivastava et al. 2014)
page-hidden-units = Unidades ocultas
page-hidden =
    .aria-label = Unidades ocultas por camada
    .placeholder = 128,128
page-hidden-out = por camada, ex. 32,32 (1–256 cada)
page-rates-racing = Taxas na corrida
page-run-variant =
    .aria-label = Variante da execução em foco
    .title = O que é a execução em foco: dropout, um de seus rivais ou um erro clássico
page-add-run = Adicionar taxa
page-runs =
    .aria-label = Execuções
page-results =
    .aria-label = Resultados
page-loss-title = Perda: treinamento (contínua) e validação (tracejada)
page-log-scale = escala log
page-loss =
    .aria-label = Gráfico da perda
page-data-title = O que cada execução aprendeu
page-data-2 =
    .aria-label = O que cada execução aprendeu
page-sweep-title = Varredura: perda em função da taxa de desligamento p
page-sweep-label = Varredura
page-sweep-kind =
    .aria-label = O que varrer
page-p-0-0-9 = p = 0 … 0,9
page-training-set-size = tamanho do conjunto de treinamento
page-each-run-of-a =
    .title = Cada execução de um ponto tem sua própria semente: a do campo Semente e as seguintes
page-sweep-seeds =
    .aria-label = Execuções por ponto
page-runs-per-point-label = Execuções por ponto
page-sweep-run = Fazer varredura
page-sweep-cancel = Cancelar
page-log-scale-2 = escala log
page-sweep-png = PNG
    .title = O gráfico da varredura como PNG em 2×
page-sweep-csv = CSV
    .title = Média, mínimo e máximo de cada ponto em CSV
page-sweep-progress =
    .aria-label = Progresso da varredura
page-sweep-status = Cada ponto treina execuções novas, uma por semente, em todos os núcleos deste computador.
page-sweep-chart =
    .aria-label = Gráfico da varredura: perda em função do valor varrido, média sobre as sementes com uma faixa mín.–máx.
page-inside-title = Por dentro do dropout
page-view-label = Vista
page-inside-view =
    .aria-label = Vista por dentro do dropout
page-sub-networks-the-ensemble = Sub-redes: o comitê que o dropout treina
page-averaging-k-networks-vs = Média de k redes vs. escala dos pesos
page-uncertainty-from-dropout-mc = Incerteza a partir do dropout (MC dropout)
page-co-adaptation-one-unit = Coadaptação: uma unidade removida por vez
page-inside-compute = Olhar por dentro
page-inside-resample = Sortear de novo
    .title = Sortear outras redes afinadas
page-inside-canvas =
    .aria-label = Vista por dentro do dropout da execução em foco
page-inside-note = Escolha uma vista e clique em Olhar por dentro: ela usa a execução em foco como está naquele momento, pausada ou rodando.
page-export-title = Exportar e carregar
page-files-for-slides-and = Arquivos para slides e listas de exercícios, com o nome do exemplo e da semente.
page-export-loss = Gráfico da perda (PNG, 2×)
page-export-lab = Laboratório inteiro (PNG)
page-export-csv = O histórico de cada execução (CSV)
page-export-setup = Configuração (JSON, carrega de volta)
page-a-saved-setup-opens = Uma configuração salva abre de novo o mesmo laboratório, execução por execução (ou solte o arquivo na página).
page-load-setup = Carregar configuração…
page-setup-file =
    .aria-label = Arquivo de configuração a carregar
page-export-close = Fechar
page-help-title = Sobre o Dropout Lab
page-help-close = Fechar
page-help-dropout-html = O dropout desliga ao acaso cada unidade de uma camada enquanto a rede treina: <b>p</b> é a probabilidade de DESLIGAR uma unidade, e as unidades mantidas são multiplicadas por 1/(1−p) para que a camada seguinte receba, em média, a mesma entrada. Na avaliação nada é desligado, então a rede treinada se comporta como uma média das muitas redes afinadas com que treinou.
page-what-the-page-shows = O que a página mostra
page-help-network-html = <b>Rede</b>: a rede da execução em foco; as unidades riscadas foram desligadas neste passo de treinamento (o <i>Modo avaliação</i> mostra a rede completa usada na validação).
page-help-rates-html = <b>Taxa de dropout</b> ajusta as camadas ocultas da execução em foco; <b>Taxas na corrida</b> lista as execuções, que treinam a partir dos mesmos pesos com os mesmos minilotes e só diferem no dropout.
page-help-loss-html = <b>Perda</b>: perda de treinamento contínua, perda de validação tracejada, uma cor por execução; a distância entre as duas na execução em foco aparece sombreada.
page-help-learned-html = <b>O que cada execução aprendeu</b>: as previsões de cada execução sobre os dados.
page-keyboard-shortcuts = Atalhos de teclado
page-play-pause = Iniciar / pausar
page-one-step = Um passo
page-reset-every-run = Reiniciar todas as execuções
page-train-mode-eval-mode = Modo treino / modo avaliação
page-focused-run-s-dropout = Taxa de dropout da execução em foco 0,0–0,9
page-focus-the-run-above = Focar a execução de cima / de baixo
page-present-mode = Modo apresentação
page-fullscreen-2 = Tela cheia
page-lesson-reveal-then-the = Aula: revelar, depois o próximo passo; voltar (PageDown, PageUp de um passador)
page-this-help = Esta ajuda
page-close-this-help-or = Fechar esta ajuda ou uma mensagem; sair da aula
page-shortcuts-wait-while-you = Os atalhos esperam enquanto você digita num campo; um controle deslizante em foco mantém suas setas.
page-dropout-lab-needs-javascript = O Dropout Lab precisa de JavaScript e WebAssembly.
page-lang-label = Idioma
page-lang =
    .aria-label = Idioma
help-review-awaits = Esta tradução aguarda a revisão de um professor nativo.
help-review-by = Esta tradução foi revisada por { $who }.

## O que os módulos da página (www/lab/*.js) escrevem quando o laboratório muda.

transport-play = Iniciar
transport-pause = Pausar
speed-max = máx.
# $steps: passos de treinamento por segundo
speed-per-second = { $steps }/s
copy-link-done = Link copiado
notation-rate-label-drop = Taxa de dropout
notation-rate-label-retain = Prob. de manter
notation-input-rate-label-drop = Dropout na entrada
notation-input-rate-label-retain = Manter entrada
notation-rate-aria-drop = Taxa de dropout
notation-rate-aria-retain = Probabilidade de manter (1 − taxa de dropout)
notation-scaling-inverted-drop = invertido: unidades mantidas ×1/(1−p) no treino (PyTorch, Keras)
notation-scaling-inverted-retain = invertido: unidades mantidas ×1/p no treino (PyTorch, Keras)
notation-scaling-classic-drop = clássico: sem escala no treino, todas as unidades ×(1−p) na avaliação
notation-scaling-classic-retain = clássico: sem escala no treino, todas as unidades ×p na avaliação (Srivastava et al.)

## O laboratório descrito (#20, src/core/narration/text.rs e tables.rs): o que o narrador
## diz durante a corrida, Descrever, as tabelas dos gráficos e Ouvir.

narration-played = Executando a partir da época { $epoch }.
narration-paused = Pausado na época { $epoch }.
narration-reset = Reiniciado: todas as execuções voltaram à época 0 com os mesmos pesos iniciais.
narration-epoch-of = Época { $epoch } de { $story }.
narration-epoch = Época { $epoch }.
narration-lowest = Menor perda de validação: { $run }, { $val }.
narration-rising = { $run }: validação { $val } e subindo desde a época { $since }, treinamento { $train }.
narration-turned-upward = { $run }: a perda de validação voltou a subir. Mínimo { $best } na época { $since }, agora { $now }: a rede começou a decorar seus pontos de treinamento.
narration-story-end = Fim da história na época { $epoch }. Menor perda de validação no fim: { $run }, { $val }.
narration-story-pauses = O treinamento pausa aqui; Iniciar continua.
narration-rate-set = A execução em foco agora é { $run }: { $readout }. O próximo passo de treinamento a usa.
narration-input-rate-set = Desligamento de entradas da execução em foco: { $readout }. O próximo passo de treinamento o usa.
narration-race-run = { $run }: perda de treinamento { $train }, perda de validação { $val }{ $rising }{ $accuracy }.
narration-race-run-focused = { $run } (em foco): perda de treinamento { $train }, perda de validação { $val }{ $rising }{ $accuracy }.
narration-race-rising = , subindo desde a época { $since }
narration-race-accuracy = , acurácia de validação { $accuracy }%
narration-race-not-started = { $runs } execuções competem; nenhuma época terminou ainda.
narration-race-heading = { $epoch } { $runs } execuções competem.
narration-layer-input = entrada
narration-layer-hidden = oculta { $layer }
narration-layer-kept = { $layer }: { $kept } de { $units } { $kind ->
        [input] entradas mantidas
       *[hidden] unidades mantidas
    } neste passo.
narration-layer-kept-scaled = { $layer }: { $kept } de { $units } { $kind ->
        [input] entradas mantidas
       *[hidden] unidades mantidas
    } neste passo, { $kind ->
        [input] entradas mantidas
       *[hidden] unidades mantidas
    } ×{ $scale }.
narration-diagram-train = Rede de { $run }, exemplo { $example } do último minilote.
narration-diagram-eval = Rede de { $run } no modo de avaliação: todas as unidades ligadas, nada desligado.
narration-diagram-not-started = Rede de { $run }: nenhum passo de treinamento ainda, então nenhuma unidade foi desligada.
narration-map = Mapa de { $run }: { $accuracy }% dos pontos de validação certos, { $errors } de { $points } errados.
narration-map-where = Mapa de { $run }: { $accuracy }% dos pontos de validação certos, { $errors } de { $points } errados, a maioria { $region ->
        [upper-left] no canto superior esquerdo
        [upper-right] no canto superior direito
        [lower-left] no canto inferior esquerdo
       *[lower-right] no canto inferior direito
    }.
narration-curve = Curva ajustada de { $run }: perda de validação { $val }.
narration-loss-table-caption = Perda de { $run } por época registrada
narration-head-epoch = Época
narration-head-training-loss = Perda de treinamento
narration-head-validation-loss = Perda de validação
narration-head-validation-accuracy = Acurácia de validação
narration-named-note = { $name }: { $note }
narration-lesson-answer = Aula, { $title }: { $answer }
narration-sound-mapping = O som fica desligado até você marcá-lo ao lado do gráfico de perda. Então Ouvir toca a perda de validação da execução em foco e depois sua perda de treinamento, uma nota curta por época registrada: uma perda de { $high_loss } ou mais soa a { $high_hz } Hz, { $low_loss } ou menos a { $low_hz } Hz, e entre elas razões iguais de perda são passos iguais de altura (uma escala logarítmica), então perda maior é nota mais aguda. Uma linha que desce e volta a subir é uma curva em U que se ouve. Com o som ligado, um breve trinado ascendente marca uma execução cuja perda de validação volta a subir.
narration-swept-p = p
narration-swept-points = pontos de treinamento
narration-sweep-empty = Varredura: nenhum ponto treinado ainda; clique em Fazer varredura.
narration-sweep = Varredura da perda de validação final em função de { $name }: menor em { $name } = { $best_x }, { $best }; { $first } em { $name } = { $first_x }, { $last } em { $name } = { $last_x }. A curva é { $shape ->
        [u] um U: pouco demais e demais custam perda de validação
        [first] menor no primeiro ponto
        [last] menor no último ponto
       *[other] menor perto de uma ponta
    }.
narration-sweep-table-caption = Varredura: perdas no fim da história em função de { $name }, sobre as sementes
narration-sweep-table-caption-of = Varredura de { $curve }: perdas no fim da história em função de { $name }, sobre as sementes
narration-head-validation-mean = Perda de validação, média
narration-head-validation-min = Perda de validação, mín.
narration-head-validation-max = Perda de validação, máx.
narration-head-training-mean = Perda de treinamento, média
narration-table-share = { $percent }%
narration-table-kept = { $kept } de { $units }
narration-table-subnets = Sub-redes de { $run }: as unidades que cada uma mantém e seu peso na média
narration-head-subnet = Sub-rede
narration-head-units-kept = Unidades mantidas por camada
narration-head-weight = Peso
narration-table-averaging = Média de redes afinadas de { $run } contra o escalonamento dos pesos
narration-head-networks = Redes
narration-head-validation-error = Erro de validação
narration-row-weight-scaling = escalonamento dos pesos
narration-row-average-of = média de { $k }
narration-table-spread = Incerteza pelo desligamento (MC dropout) de { $run }
narration-head-figure = Grandeza
narration-head-value = Valor
narration-row-points = pontos no mapa
narration-row-largest-spread = maior dispersão (desvio padrão)
narration-row-mean-spread = dispersão média
narration-table-coadaptation = Coadaptação: perda de validação acrescentada ao remover uma unidade por vez
narration-head-run = Execução
narration-head-units-removed = Unidades removidas
narration-head-mean-rise = Aumento médio
narration-head-largest-rise = Maior aumento

## Os controles do laboratório descrito (index.html).
page-describe = Descrever
    .title = Dizer todo o laboratório em palavras: a corrida, a rede camada por camada, os mapas, a varredura (D)
page-loss-table = Tabela
    .title = Os números do gráfico como tabela, uma por execução
page-sweep-table = Tabela
    .title = Os pontos e faixas da varredura como tabela
page-inside-table = Tabela
    .title = As grandezas da visualização como tabela
page-sound =
    .title = Som: Ouvir toca as perdas da execução em foco como altura; um trinado marca uma execução que volta a subir
page-sound-label = som
page-listen = Ouvir
    .title = Tocar a perda de validação da execução em foco e depois sua perda de treinamento como altura
page-describe-key = Descrever todo o laboratório em palavras (para um leitor de tela)
page-hearing-the-lab = Ouvir o laboratório
page-hearing-html = Um leitor de tela ouve Iniciar, Pausar, Reiniciar e cada movimento de controle deslizante na hora, e durante a corrida no máximo uma frase a cada poucos segundos: cada décimo da história, uma execução cuja perda de validação volta a subir, e o fim da história. <b>Descrever</b> (D) diz tudo de uma vez. <b>Tabela</b> ao lado de um gráfico mostra seus números como tabela.

## A API de incorporação (#21): as duas recusas de embed= no link que o aviso mostra.
embed-not-an-origin = "{ $raw }" não é uma origem (esperado http:// ou https://, um nome de host e uma porta opcional, nada depois, p. ex. https://school.example)
embed-too-many-origins = no máximo { $max } origens podem ser confiáveis

## O painel Código (#21). O código Python gerado e o notebook continuam em inglês.
page-code-open = Código
    .title = Este experimento como código PyTorch ou Keras, e um notebook que repete a corrida
page-code-title = Este experimento como código
page-code-close = Fechar
page-code-tabs =
    .aria-label = Framework
page-code-copy = Copiar código
page-code-notebook = Baixar notebook
page-code-about = O notebook repete esta corrida no PyTorch com os dados, os pesos iniciais e os minilotes do próprio laboratório: a perda antes do primeiro passo e cada passo sem desligamento coincidem com os do laboratório.
code-copied = Copiado.
code-not-copied = Não copiado: { $why }

## Cada estudante (#20): Calmo, Contraste, a frase do cursor de dados, a leitura de um ponto
## da varredura e a linha de ajuda das setas.
page-calm = Calmo
    .title = Movimento calmo: as unidades riscadas da rede mudam no máximo duas vezes por segundo, nada desliza (também ligado quando o sistema pede menos movimento)
page-contrast = Contraste
    .title = Alto contraste: texto, bordas, anéis de foco e cores dos gráficos mais fortes
page-arrows-key-html = Nas imagens (Dados e rede aberto): mover o cursor; <kbd>Enter</kbd> adiciona um ponto, <kbd>Delete</kbd> remove um. No gráfico da varredura: escolher um ponto; <kbd>Enter</kbd> o coloca na corrida
page-data-cursor-hint = Ou pelo teclado: Tab até as imagens, as setas movem um cursor, Enter adiciona um ponto, Delete remove o mais próximo.
data-cursor = Cursor em x = { $x }, y = { $y }. Enter adiciona um ponto da classe escolhida, Delete remove o ponto desenhado mais próximo.
sweep-readout-size = N = { $n }
sweep-readout-curve = { $run }: val. { $val }, distância { $gap }
sweep-readout-gain = ganho { $gain }
sweep-readout-rate = { $run } · { $seeds } semente(s)
sweep-readout-final-val = val. final { $band }
sweep-readout-best-val = melhor val. { $band }
sweep-readout-final-train = trein. final { $band }

## Os exemplos prontos: títulos do menu e a nota que cada um conta à turma. Cada frase de uma
## nota é uma afirmação verificada em inglês por tests/claims/: a tradução diz o mesmo, nada mais.

preset-moons-title = Duas luas: 80 pontos com ruído
preset-moons-note = Oitenta pontos, um em cada dez com o rótulo errado, e uma rede com 17.000 pesos: muito mais liberdade do que os dados conseguem fixar. Observe a execução com p = 0: sua perda de validação chega ao mínimo em umas cem épocas (com a semente padrão, em dez) e depois sobe até uma vez e meia esse mínimo ou mais, enquanto sua perda de treinamento continua caindo rumo a zero. Ela está decorando os pontos mal rotulados: seu mapa de decisão cria pequenas ilhas em volta de vários deles, onde o da execução com p = 0,5 tem no máximo uma ou duas. A perda de treinamento da execução com p = 0,5 fica mais alta, mas sua perda de validação termina mais baixa e a distância entre suas duas curvas é menos da metade. Aponte para as máscaras: a cada passo uma metade diferente das unidades ocultas é desligada, então nenhuma unidade pode contar com uma parceira específica para desenhar uma ilha.
preset-wiggle-title = Ondulação: uma curva no meio do ruído
preset-wiggle-note = Quarenta amostras de uma onda senoidal enterrada em ruído, e uma rede profunda que pode dobrar sua curva em qualquer lugar. Sem dropout, a curva ajustada primeiro encontra a onda suave e depois se dobra para passar por pontos ruidosos isolados: nas primeiras centenas de épocas sua perda de validação começa a subir enquanto sua perda de treinamento continua caindo. Com p = 0,5 nas camadas ocultas, a curva termina mais perto do seno verdadeiro e mais suave. Ela se acomoda devagar, centenas de épocas depois da execução com p = 0, mas sua perda de validação termina mais baixa e sua distância entre treinamento e validação é menor. Nenhuma perda de validação pode ficar muito abaixo de 0,36, a variância do próprio ruído (σ = 0,6): uma perda de treinamento abaixo disso, como a da execução com p = 0, significa que o modelo está ajustando ruído. O dropout deixa cada passo de treinamento ruidoso, e mesmo assim a curva de validação com p = 0,5 é a mais calma: o gráfico e a curva ajustada usam a rede inteira, sem nenhuma unidade desligada.
preset-digits-title = Dígitos: 100 imagens de treinamento
preset-digits-note = Dígitos manuscritos reais, mas só 100 para aprender. Sem dropout, a rede acerta todas as imagens de treinamento em umas quinze épocas. Depois disso, sua acurácia de validação fica estável (dentro de três pontos) ou sobe um pouco, mas sua perda de validação cresce 40% ou mais (com a semente padrão, mais que dobra). O motivo: ela fica cada vez mais confiante, inclusive nos dígitos que erra, e a entropia cruzada pune com força um erro cometido com confiança: a perda média de uma imagem classificada errado pelo menos dobra. As execuções com dropout seguem a receita do artigo original para dígitos: desligar 20% dos pixels de entrada e 20% ou metade das unidades ocultas. Elas aprendem mais devagar; sua perda de validação termina abaixo da da execução com p = 0 e sua distância entre treinamento e validação é menor. Sua acurácia não é melhor: termina a menos de cinco pontos da execução com p = 0, acima com algumas sementes e abaixo com outras, então observe as perdas, não a acurácia. Aponte para a máscara da camada de entrada: pixels inteiros somem, então a rede precisa reconhecer um dígito a partir de quaisquer quatro quintos dele.
preset-rivals-title = Rivais: nada, L2, normalização em lote, dropout
preset-rivals-note = As mesmas oitenta luas com ruído e a mesma rede, quatro execuções a partir dos mesmos pesos com os mesmos minilotes de vinte: sem regularizador, decaimento de pesos L2 (λ = 0,01), normalização em lote após cada camada oculta e dropout com p = 0,5. Sem regularizador, a perda de validação sobe até o dobro do seu mínimo ou mais, enquanto sua perda de treinamento cai mais que a das outras três. Cada um dos três rivais termina com uma perda de validação mais baixa que a execução sem regularização. A corrida mostra que aqui cada um combate o sobreajuste; não os classifica.

## Como uma taxa é escrita e uma execução é nomeada (src/core/labels.rs).

label-name-drop = p
label-name-retain = p manter
label-rate = { $name } = { $p }
label-run-input = { $name } = { $p }, entrada { $input }

## As leituras sob os controles de taxa (src/core/readout.rs).

readout-keeps-every-unit = mantém todas as unidades
readout-mistake-keep-as-drop = erro: desliga { $drops }, mantém { $keeps }
readout-keep-share = manter 1−p = { $share }
readout-drop-share = desligar 1−p = { $share }
readout-gaussian = cada unidade × N(1, { $variance })
readout-kept-scaled = { $things ->
        [weights] pesos mantidos
       *[units] unidades mantidas
    } ×{ $scale }
readout-no-scaling = sem escala no treino
readout-left-on = { $what ->
        [noise] ruído ligado
       *[masks] máscaras ligadas
    } na avaliação
readout-eval-scaled = ×{ $scale } na avaliação
readout-none-at-evaluation = nada na avaliação
readout-scales = { $training }, { $evaluation }
readout-on-inputs = { $rate } { $inputs ->
        [one] na única entrada
       *[other] nas { $inputs } entradas
    }

## O diagrama da rede (src/render/diagram.rs): colunas estreitas, textos curtos.

diagram-train-inverted = TREINO — máscara de um exemplo; unidades mantidas ×1/(1−p)
diagram-train-inverted-retain = TREINO — máscara de um exemplo; unidades mantidas ×1/p
diagram-train-classic = TREINO — máscara de um exemplo; dropout clássico: sem escala
diagram-eval-inverted = AVALIAÇÃO — todas as unidades ligadas, sem escala
diagram-eval-classic = AVALIAÇÃO — todas as unidades ligadas, ×(1−p) (dropout clássico)
diagram-eval-classic-retain = AVALIAÇÃO — todas as unidades ligadas, ×p (dropout clássico)
diagram-kept-of = mantém { $kept } de { $n }
diagram-expected = esperado ≈ { $n }
diagram-kept-scaled = mantidas ×{ $scale }
diagram-mask-of = máscara de { $rate }
diagram-expected-scaled = { $expected }, ×{ $scale }
diagram-all-scaled = todas as unidades ×{ $scale }
diagram-layer-input = entrada
diagram-layer-output = saída
diagram-layer-hidden = oculta { $layer }
diagram-units-shown = { $shown } de { $n } visíveis
diagram-units = { $n ->
        [one] { $n } unidade
       *[other] { $n } unidades
    }
diagram-next-step = { $rate } a partir do próximo passo

## O gráfico da perda (src/render/loss_*.rs) e a legenda dos dados.

chart-epoch = época
chart-loss = perda
chart-loss-log = perda (escala log)
chart-no-losses = ainda sem perdas
chart-key-train = treinamento
chart-key-validation = validação
chart-hover-epoch = época { $epoch }
chart-hover-run = { $run }   trein. { $train }   val. { $val }
data-key-train = pontos de treinamento
data-key-validation = pontos de validação

## A barra de status e a lista de execuções (www/lab/frames.js, www/lab/runs-list.js).

status-playing = época { $epoch } · { $rate } passos/s
status-paused = época { $epoch } · pausado
status-title = passo conjunto { $step }
example-of = de { $n }
runs-row-title = Clique para mostrar esta execução no diagrama e movê-la com o controle deslizante
runs-remove = Remover a execução { $run }
runs-diverged = { $run } — divergiu
runs-numbers = trein. { $train } · val. { $val }
runs-numbers-acc = trein. { $train } · val. { $val } · acur. { $acc }%
runs-overconfident = { $runs }: a perda de validação sobe enquanto a acurácia se mantém — a rede está ficando confiante demais nas respostas que erra.
note-story = { $note } (A história dura { $epochs } épocas; o treinamento pausa ali uma vez.)
note-left-story = Você saiu da história do exemplo ({ $changes }): sua nota e sua pausa em { $epochs } épocas não valem mais. Escolha o exemplo de novo para voltar.
