# Dropout Lab — português do Brasil. Traduzido de en.ftl; termos técnicos: pt-BR.glossary.md.
# Reviewed-by: nobody yet

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
    .title = Uma aula guiada: prever e depois revelar (N próximo, B voltar, Esc sai)
page-export = Arquivos…
    .title = Exportar imagens e dados, salvar ou carregar uma configuração
page-help-open =
    .aria-label = Ajuda e atalhos de teclado
    .title = Ajuda e atalhos de teclado (?)
page-copy-link = Copiar link
page-present = Projetar
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
    .aria-label = Conjunto para onde vão os novos pontos
page-new-points-go-to-label = Novos pontos vão para
page-training-2 = Treinamento
page-validation = Validação
page-draw-clear = Apagar meus pontos
page-network = Rede
page-act =
    .aria-label = Função de ativação
page-activation-label = Ativação
page-opt =
    .aria-label = Otimizador
page-optimiser-label = Otimizador
page-batch =
    .placeholder = tudo
    .aria-label = Tamanho do minilote, ou tudo
page-minibatch-label = Minilote
page-l2 =
    .aria-label = Intensidade de L2
page-l2-strength-label = Intensidade L2
page-small-minibatches-add-noise = Minilotes pequenos trazem ruído próprio, um regularizador além do dropout.
page-copy-this-link-ctrl = Copie este link (Ctrl+C):
page-link-text =
    .aria-label = Link para este laboratório
page-link-close =
    .aria-label = Fechar a caixa do link
page-banner-close =
    .aria-label = Fechar a mensagem
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
    .aria-label = Diagrama da rede: as unidades desligadas neste passo estão riscadas
page-rate-label = Taxa de dropout
page-rate =
    .aria-label = Taxa de dropout
page-input-rate-label = Dropout na entrada
page-input-rate =
    .aria-label = Taxa de dropout da entrada
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
page-hidden-out = por camada, ex.: 32,32 (de 1 a 256 cada)
page-rates-racing = Taxas na corrida
page-run-variant =
    .aria-label = Variante da execução selecionada
    .title = O que é a execução selecionada: dropout, um de seus rivais ou um erro clássico
page-add-run = Adicionar taxa
page-runs =
    .aria-label = Execuções
page-results =
    .aria-label = Resultados
page-loss-title = Perda: treinamento (contínua) e validação (tracejada)
page-log-scale = escala log
page-loss =
    .aria-label = Gráfico de perda
page-data-title = O que cada execução aprendeu
page-data-2 =
    .aria-label = O que cada execução aprendeu
page-sweep-title = Varredura: perda em função da taxa de dropout p
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
page-sweep-run = Iniciar varredura
page-sweep-cancel = Cancelar
page-log-scale-2 = escala log
page-sweep-png = PNG
    .title = O gráfico da varredura em PNG a 2×
page-sweep-csv = CSV
    .title = Média, mínimo e máximo de cada ponto em CSV
page-sweep-progress =
    .aria-label = Progresso da varredura
page-sweep-status = Cada ponto treina execuções novas, uma por semente, em todos os núcleos deste computador.
page-sweep-chart =
    .aria-label = Gráfico da varredura: perda em função do valor varrido, média sobre as sementes com uma faixa do mínimo ao máximo
page-inside-title = O dropout por dentro
page-view-label = Visão
page-inside-view =
    .aria-label = Visão do dropout por dentro
page-sub-networks-the-ensemble = Sub-redes: o conjunto que o dropout treina
page-averaging-k-networks-vs = Média de k redes contra escala dos pesos
page-uncertainty-from-dropout-mc = Incerteza a partir do dropout (MC dropout)
page-co-adaptation-one-unit = Coadaptação: uma unidade removida por vez
page-inside-compute = Olhar por dentro
page-inside-resample = Sortear de novo
    .title = Sortear outras redes afinadas
page-inside-canvas =
    .aria-label = Visão por dentro da execução selecionada
page-inside-note = Escolha uma visão e clique em “Olhar por dentro”: ela mostra a execução selecionada como está naquele momento, pausada ou rodando.
page-export-title = Exportar e carregar
page-files-for-slides-and = Arquivos para slides e fichas, com o nome do exemplo e da semente.
page-export-loss = Gráfico de perda (PNG, 2×)
page-export-lab = Laboratório inteiro (PNG)
page-export-csv = Histórico de cada execução (CSV)
page-export-setup = Configuração (JSON, pode ser recarregada)
page-a-saved-setup-opens = Uma configuração salva abre o mesmo laboratório de novo, execução por execução (ou solte o arquivo na página).
page-load-setup = Carregar configuração…
page-setup-file =
    .aria-label = Arquivo de configuração a carregar
page-export-close = Fechar
page-help-title = Sobre o Dropout Lab
page-help-close = Fechar
page-help-dropout-html = O dropout desliga ao acaso cada unidade de uma camada enquanto a rede treina: <b>p</b> é a probabilidade de DESLIGAR uma unidade, e as unidades mantidas são multiplicadas por 1/(1−p) para que a camada seguinte receba, em média, a mesma entrada. Na avaliação nada é desligado, então a rede treinada se comporta como uma média das muitas redes afinadas com que treinou.
page-what-the-page-shows = O que a página mostra
page-help-network-html = <b>Rede</b>: a rede da execução selecionada; as unidades riscadas foram desligadas neste passo de treino (o <i>modo avaliação</i> mostra a rede completa usada na validação).
page-help-rates-html = <b>Taxa de dropout</b> ajusta as camadas ocultas da execução selecionada; <b>Taxas na corrida</b> lista as execuções, que treinam a partir dos mesmos pesos nos mesmos minilotes e só diferem no dropout.
page-help-loss-html = <b>Perda</b>: perda de treinamento contínua, de validação tracejada, uma cor por execução; a diferença entre elas é sombreada na execução selecionada.
page-help-learned-html = <b>O que cada execução aprendeu</b>: as previsões de cada execução sobre os dados.
page-keyboard-shortcuts = Atalhos de teclado
page-play-pause = Iniciar / pausar
page-one-step = Um passo
page-reset-every-run = Reiniciar todas as execuções
page-train-mode-eval-mode = Modo treino / modo avaliação
page-focused-run-s-dropout = Taxa de dropout da execução selecionada 0,0–0,9
page-focus-the-run-above = Selecionar a execução de cima / de baixo
page-present-mode = Modo projeção
page-fullscreen-2 = Tela cheia
page-lesson-reveal-then-the = Aula: revelar e depois o próximo passo; voltar (PageDown, PageUp de um passador de slides)
page-this-help = Esta ajuda
page-close-this-help-or = Fechar esta ajuda ou uma mensagem; sair da aula
page-shortcuts-wait-while-you = Os atalhos esperam enquanto você digita num campo; um controle deslizante selecionado mantém suas setas.
page-dropout-lab-needs-javascript = O Dropout Lab precisa de JavaScript e WebAssembly.
page-lang-label = Idioma
page-lang =
    .aria-label = Idioma
help-review-awaits = Esta tradução aguarda a revisão de um professor nativo.
help-review-by = Esta tradução foi revisada por { $who }.

transport-play = Iniciar
transport-pause = Pausar
speed-max = máx.
speed-per-second = { $steps }/s
copy-link-done = Link copiado
notation-rate-label-drop = Taxa de dropout
notation-rate-label-retain = Probabilidade de manter
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

## Cada estudante (#20): Calmo, Contraste, a frase do cursor de dados, a dica de teclado
## do painel de dados e a linha de ajuda das setas.
page-calm = Calmo
    .title = Movimento calmo: as unidades riscadas da rede mudam no máximo duas vezes por segundo, nada desliza (também ligado quando o sistema pede menos movimento)
page-contrast = Contraste
    .title = Alto contraste: texto, bordas, anéis de foco e cores dos gráficos mais fortes
page-arrows-key-html = Nas imagens (Dados e rede aberto): mover o cursor; <kbd>Enter</kbd> adiciona um ponto, <kbd>Delete</kbd> remove um. No gráfico da varredura: escolher um ponto; <kbd>Enter</kbd> o coloca na corrida
page-data-region =
    .aria-label = Dados e rede
page-data-cursor-hint = Ou pelo teclado: Tab até as imagens, as setas movem um cursor, Enter adiciona um ponto, Delete remove o mais próximo.
data-cursor = Cursor em x = { $x }, y = { $y }. Enter adiciona um ponto da classe escolhida, Delete remove o ponto desenhado mais próximo.

preset-moons-title = Duas luas: 80 pontos com ruído
preset-moons-note = Oitenta pontos, um em cada dez com o rótulo errado, e uma rede com 17.000 pesos: muito mais liberdade do que os dados conseguem fixar. Observe a execução p = 0: sua perda de validação atinge o mínimo em cerca de cem épocas (na semente padrão, em dez) e depois sobe até uma vez e meia o seu melhor valor ou mais, enquanto sua perda de treinamento continua caindo em direção a zero. Ela está decorando os pontos com rótulo errado: seu mapa de decisão forma ilhotas em volta de vários deles, onde o da execução p = 0,5 tem no máximo uma ou duas. A perda de treinamento da execução p = 0,5 fica mais alta, mas sua perda de validação termina mais baixa e a distância entre suas duas curvas tem menos da metade da largura. Aponte para as máscaras: a cada passo uma metade diferente das unidades ocultas é desligada, então nenhuma unidade pode contar com um parceiro específico para esculpir uma ilha.
preset-wiggle-title = Ondulação: uma curva no meio do ruído
preset-wiggle-note = Quarenta amostras de uma senoide enterrada no ruído, e uma rede profunda que pode dobrar sua curva em qualquer lugar. Sem dropout, a curva ajustada primeiro encontra a onda suave e depois se curva para passar por pontos ruidosos isolados: nas primeiras centenas de épocas, sua perda de validação vira para cima enquanto sua perda de treinamento continua caindo. Com p = 0,5 nas camadas ocultas, a curva termina mais perto da senoide verdadeira e mais suave. Ela se acomoda devagar, centenas de épocas depois da execução p = 0, mas sua perda de validação termina mais baixa e sua diferença entre treino e validação menor. Nenhuma perda de validação consegue cair muito abaixo de 0,36, a variância do próprio ruído (σ = 0,6): uma perda de treinamento abaixo disso, como a da execução p = 0, significa que o modelo está ajustando o ruído. O dropout torna ruidoso cada passo de treino, e mesmo assim a curva de validação de p = 0,5 é a mais calma: o gráfico e a curva ajustada usam a rede inteira, sem nenhuma unidade desligada.
preset-digits-title = Dígitos: 100 imagens de treino
preset-digits-note = Dígitos manuscritos reais, mas só 100 para aprender. Sem dropout, a rede acerta todas as imagens de treino em cerca de quinze épocas. Depois disso, sua acurácia de validação fica estável (dentro de três pontos) ou sobe um pouco, mas sua perda de validação sobe 40% ou mais (na semente padrão, mais que dobra). O motivo: ela fica cada vez mais confiante, inclusive nos dígitos que erra, e a entropia cruzada pune duramente um erro confiante: a perda média numa imagem classificada errado pelo menos dobra. As execuções com dropout seguem a receita do artigo original para dígitos: desligar 20% dos pixels de entrada e 20% ou metade das unidades ocultas. Elas aprendem mais devagar, sua perda de validação termina abaixo da execução p = 0 e sua diferença entre treino e validação é menor. Sua acurácia não é melhor: termina a menos de cinco pontos da execução p = 0, acima em algumas sementes e abaixo em outras; então observe as perdas, não a acurácia. Aponte para a máscara da camada de entrada: pixels inteiros somem, então a rede precisa reconhecer um dígito a partir de quaisquer quatro quintos dele.
preset-rivals-title = Rivais: nada, L2, normalização em lote, dropout
preset-rivals-note = As mesmas oitenta luas com ruído e a mesma rede, quatro execuções a partir dos mesmos pesos nos mesmos minilotes de vinte: sem regularizador, decaimento de pesos L2 (λ = 0,01), normalização em lote após cada camada oculta e dropout com p = 0,5. Sem regularizador, a perda de validação sobe ao dobro do seu melhor valor ou mais, enquanto sua perda de treinamento cai mais que a das outras três. Cada um dos três rivais termina com uma perda de validação menor que a da execução sem regularização. A corrida mostra que cada um combate aqui o sobreajuste; ela não os classifica.

label-name-drop = p
label-name-retain = p manter
label-rate = { $name } = { $p }
label-run-input = { $name } = { $p }, entrada { $input }
label-classic = clássico
label-gaussian = gaussiano
label-max-norm = max-norm { $c }
label-l2 = L2 { $lambda }

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
readout-none-at-evaluation = nenhuma na avaliação
readout-scales = { $training }, { $evaluation }
readout-on-inputs = { $rate } { $inputs ->
        [one] na única entrada
       *[other] nas { $inputs } entradas
    }

diagram-train-inverted = TREINO — máscara de dropout de um exemplo; unidades mantidas ×1/(1−p)
diagram-train-inverted-retain = TREINO — máscara de dropout de um exemplo; unidades mantidas ×1/p
diagram-train-classic = TREINO — máscara de dropout de um exemplo; dropout clássico: sem escala
diagram-eval-inverted = AVALIAÇÃO — todas as unidades ligadas, sem escala
diagram-eval-classic = AVALIAÇÃO — todas as unidades ligadas, ×(1−p) (dropout clássico)
diagram-eval-classic-retain = AVALIAÇÃO — todas as unidades ligadas, ×p (dropout clássico)
diagram-kept-of = { $kept } de { $n } mantidas
diagram-expected = esperado ≈ { $n }
diagram-kept-scaled = mantidas ×{ $scale }
diagram-mask-of = máscara de { $rate }
diagram-expected-scaled = { $expected }, ×{ $scale }
diagram-all-scaled = todas ×{ $scale }
diagram-layer-input = entrada
diagram-layer-output = saída
diagram-layer-hidden = oculta { $layer }
diagram-units-shown = { $shown } de { $n } exibidas
diagram-units = { $n ->
        [one] { $n } unidade
       *[other] { $n } unidades
    }
diagram-next-step = { $rate } a partir do próximo passo

chart-epoch = época
chart-loss = perda
chart-loss-log = perda (escala log)
chart-no-losses = ainda sem perdas
chart-key-train = treino
chart-key-validation = validação
chart-hover-epoch = época { $epoch }
chart-hover-run = { $run }   treino { $train }   val. { $val }
data-key-train = pontos de treino
data-key-validation = pontos de validação
data-accuracy-per-digit = acurácia de validação por dígito
data-digit-wrong = { $guess } ✗ é { $truth }

status-playing = época { $epoch } · { $rate } passos/s
status-paused = época { $epoch } · pausado
status-title = passo sincronizado { $step }
example-of = de { $n }
runs-row-title = Clique para mostrar esta execução no diagrama e movê-la com o controle deslizante
runs-remove = Remover a execução { $run }
runs-diverged = { $run } — divergiu
runs-numbers = treino { $train } · val. { $val }
runs-numbers-acc = treino { $train } · val. { $val } · acur. { $acc }%
runs-overconfident = { $runs }: a perda de validação sobe enquanto a acurácia se mantém — a rede fica confiante demais nas respostas que erra.
runs-restarted = Adicionar uma taxa reiniciou a corrida: todas as execuções recomeçam dos mesmos pesos.
note-story = { $note } (A história dura { $epochs } épocas; o treino pausa ali uma vez.)
note-left-story = Você saiu da história do exemplo ({ $changes }): a nota e a pausa em { $epochs } épocas não valem mais. Escolha o exemplo de novo para voltar.
note-list-separator = {", "}

draw-count = { $count ->
        [0] 0 pontos seus — desenhe nos painéis abaixo
        [one] { $count } ponto seu
       *[other] { $count } pontos seus
    }
draw-not-here = Dá para desenhar pontos em dados 2D e em curvas.
preset-your-data = { $title } — seus dados

start-default-preset = { $error } — carregando o exemplo padrão.
start-failed = O Dropout Lab não conseguiu iniciar: { $error }
error-something = Algo deu errado: { $error }
engine-crashed-restarted = O motor de treinamento travou ({ $error }); ele foi reiniciado com as mesmas configurações. Os detalhes estão no console do navegador.
engine-load-failed = O motor de treinamento não pôde ser carregado: { $error }
engine-stopped-dead = O motor de treinamento parou ({ $why }) e não pôde ser reiniciado: recarregue a página.
engine-stopped-restarted = O motor de treinamento parou ({ $why }); um novo foi iniciado com as mesmas configurações, e a corrida recomeça da época 0.
link-not-understood = Algumas configurações do link não foram entendidas: { $problems }{ $more ->
        [0] {""}
       *[other] ; e mais { $more }
    }. Para elas valem os padrões.
setup-file-failed = Não foi possível carregar a configuração “{ $file }”: { $error } Nada foi alterado.
setup-not-changed = Não alterado: { $error }.
setup-not-a-number = Não alterado: “{ $text }” não é um número.
csv-too-big = Não carregado: “{ $file }” tem { $bytes } bytes; no máximo { $max } são lidos.
csv-failed = Não carregado: “{ $file }”, { $error }.
draw-failed = Não desenhado: { $error }.
inside-recompute = Recalcular
lesson-count = Passo { $step } de { $steps }

sweep-key-final-val = validação final
sweep-key-best-val = melhor validação
sweep-key-final-train = treino final (avaliação)
sweep-best = melhor: { $run }
sweep-axis-rate = taxa de dropout p das camadas ocultas
sweep-axis-size = exemplos de treino N (escala log)
sweep-empty = “Iniciar varredura” treina cada ponto do zero
sweep-title-size = Varredura: perda em função do tamanho do conjunto de treinamento
add-run-full = { $runs } execuções é o máximo que corre ao mesmo tempo — remova uma primeiro

## Lesson, banners, menus, sweep, Inside (#19 follow-up)

lesson-finish = Concluir
lesson-step-one-step-title = Um passo, em câmera lenta
lesson-step-one-step-question = O diagrama mostra a execução com p = 0,5: cada unidade oculta é desligada com probabilidade p = 0,5. Clique em Revelar para dar um passo de treinamento. Quantas das 128 unidades de cada camada serão riscadas?
lesson-step-one-step-answer-1 = Cerca de metade, mas raramente exatamente metade: cada unidade é desligada por seu próprio cara ou coroa, com probabilidade p, e mantida com probabilidade 1 − p.
lesson-step-one-step-answer-2 = Cada unidade mantida é multiplicada por 1/(1 − p) = 2, então a camada seguinte recebe em média a mesma entrada.
lesson-step-one-step-answer-3 = Sob cada camada: quantas unidades este exemplo manteve, quantas p nos faz esperar, e a escala.
lesson-step-new-mask-title = Uma máscara nova a cada passo
lesson-step-new-mask-question = O treinamento continua, um passo por segundo. O próximo passo vai desligar as mesmas unidades de novo?
lesson-step-new-mask-answer-1 = Não: a cada passo uma metade diferente das unidades ocultas é desligada.
lesson-step-new-mask-answer-2 = Assim, cada passo treina uma rede afinada diferente, e todas compartilham os mesmos pesos.
lesson-step-train-eval-title = Treinamento vs avaliação
lesson-step-train-eval-question = Para medir a perda de validação, a rede responde a pontos com os quais nunca treinou. Ela ainda deve desligar unidades?
lesson-step-train-eval-answer-1 = Não: na avaliação todas as unidades estão ligadas e nada é aleatório (o Modo avaliação mostra isso).
lesson-step-train-eval-answer-2 = As unidades mantidas já foram escaladas por 1/(1 − p) no treinamento, então nenhuma unidade precisa de escala agora.
lesson-step-train-eval-answer-3 = O dropout clássico (a outra opção em Escala) escala ao contrário: nada no treinamento, cada unidade ×(1 − p) na avaliação. De todo modo, a camada seguinte recebe em média a mesma entrada.
lesson-step-overfit-title = Sobreajuste sem dropout
lesson-step-overfit-question = Esta rede tem 17.000 pesos, 80 pontos de treinamento e nenhum dropout (p = 0). Sua perda de treinamento (contínua) vai cair. O que fará sua perda de validação (tracejada)?
lesson-step-overfit-answer-1 = Ela atinge o mínimo cedo (com esta semente, em menos de dez épocas) e depois sobe até uma vez e meia o seu melhor valor ou mais, enquanto a perda de treinamento continua caindo em direção a zero.
lesson-step-overfit-answer-2 = A rede está decorando seus pontos de treinamento, inclusive os mal rotulados (veja as ilhas no seu mapa): isso é sobreajuste.
lesson-step-gap-title = O dropout estreita a diferença
lesson-step-gap-question = A mesma rede agora corre com p = 0,2 e p = 0,5, a partir dos mesmos pesos iniciais e com os mesmos minilotes. Qual execução vai terminar com a menor perda de validação?
lesson-step-gap-answer-1 = A execução com p = 0,5, das três.
lesson-step-gap-answer-2 = A perda de treinamento da execução com p = 0,5 fica mais alta, mas sua perda de validação termina mais baixa e a diferença entre suas duas curvas tem menos da metade da largura.
lesson-step-underfit-title = Dropout demais leva ao subajuste
lesson-step-underfit-question = Uma rede menor, 16 unidades por camada, e a segunda execução desliga 90% delas (p = 0,9). Se p = 0,5 ajudou, p = 0,9 vai ajudar ainda mais?
lesson-step-underfit-answer-1 = Não: manter uma ou duas de 16 unidades por exemplo é pouco demais para aprender as luas.
lesson-step-underfit-answer-2 = A execução com p = 0,9 termina com perda de treinamento e perda de validação mais altas que a execução com p = 0,5, ambas perto de 0,69, a perda de chutar 50:50. Isso é subajuste.
lesson-step-which-p-title = Qual p?
lesson-step-which-p-question = Quatro taxas correm numa rede de 32 unidades por camada: p = 0; 0,2; 0,5 e 0,9. Qual termina com a menor perda de validação?
lesson-step-which-p-answer-1 = Uma do meio, p = 0,2 ou p = 0,5.
lesson-step-which-p-answer-2 = p = 0 termina com a menor perda de treinamento e sobreajusta; p = 0,9 termina com a maior perda de treinamento e subajusta.
lesson-step-which-p-answer-3 = Pouco dropout e dropout demais custam ambos perda de validação: o melhor p fica no meio.
lesson-step-which-p-answer-4 = O painel Varredura, abaixo, treina uma rede para cada p de 0 a 0,9: clique em Iniciar varredura para ver a curva inteira.
lesson-step-why-title = Por que funciona
lesson-step-why-question = O treinamento usou uma rede afinada diferente a cada passo; a avaliação usa a rede inteira uma vez. Por que uma só rede pode substituir todas as afinadas?
lesson-step-why-answer-1 = Com todas as unidades ligadas, cada camada dá à seguinte a entrada que as redes afinadas lhe davam em média.
lesson-step-why-answer-2 = Ao longo de várias camadas isso apenas se aproxima da média das respostas delas: as visões abaixo mostram o quanto.
lesson-step-rivals-title = Dropout vs L2 vs normalização em lote
lesson-step-rivals-question = O dropout não é o único remédio contra o sobreajuste. Estas execuções o colocam para correr contra o decaimento de pesos L2 e a normalização em lote, do mesmo início. Qual termina com a menor perda de validação?
lesson-step-rivals-answer-1 = A nota sob os gráficos diz o que estas curvas mostram, e o que não mostram.

diagram-banner-dropconnect = TREINO — máscara DropConnect deste minilote: pesos desligados em cinza tracejado
diagram-banner-gaussian = TREINO — ruído gaussiano de um exemplo: cada unidade × um fator de N(1, p/(1−p))
diagram-mistake-dropout-at-evaluation = AVALIAÇÃO — ERRO: dropout deixado ligado, máscaras novas a cada avaliação
diagram-mistake-no-evaluation-scaling = AVALIAÇÃO — ERRO: todas as unidades ligadas, mas sem escala por 1−p: entradas grandes demais
diagram-mistake-keep-read-as-drop = TREINO — ERRO: p lido como manter, então cada camada desliga 1 − p
diagram-weights-kept-of = { $kept } de { $n } mantidos
diagram-weights-expected = pesos (≈ { $n })
diagram-kept-ones-scaled = mantidos ×{ $scale }
diagram-no-noise = sem ruído
diagram-gaussian-factor = × N(1, { $variance })
diagram-factors-range = fatores { $lo } … { $hi }

error-drop-rate = a taxa de dropout { $p } da { $layer } é inválida: ela deve satisfazer 0 ≤ p < 1 (p é a probabilidade de desligar uma unidade)
error-out-of-range = { $what } = { $value } está fora do intervalo: deve estar entre { $min } e { $max }
error-shape = formas incompatíveis: { $why }
error-unknown = { $kind }: '{ $name }' não existe; nomes conhecidos: { $known }
error-config = configuração inválida: { $why }

## Os detalhes dentro dos erros do núcleo (src/core/error.rs, #19).

error-layer-input = camada de entrada
error-layer-hidden = camada oculta { $layer }
error-inside = { $error }
quantity-inputs = número de entradas
quantity-outputs = número de saídas
quantity-hidden-layer-count = número de camadas ocultas
quantity-hidden-layers = camadas ocultas
quantity-hidden-units = unidades da camada oculta { $layer }
quantity-batch-size = tamanho do lote
quantity-minibatch-size = tamanho do minilote
quantity-learning-rate = taxa de aprendizado
quantity-weight-decay = decaimento de pesos
quantity-l2 = intensidade de L2
quantity-max-norm = raio de max-norm
quantity-training-points = pontos de treinamento
quantity-validation-points = pontos de validação
quantity-training-images = imagens de treinamento
quantity-validation-images = imagens de validação
quantity-noise = ruído
quantity-input-noise = ruído nas entradas
quantity-label-noise = ruído nos rótulos
quantity-target-noise = ruído nos alvos
quantity-classes = classes
quantity-seed = semente
quantity-focused-run = execução em foco
quantity-speed = velocidade
quantity-lesson-step = passo da lição
kind-preset = exemplo
kind-dataset = conjunto de dados
kind-activation = ativação
kind-optimiser = otimizador
kind-regression-curve = curva de regressão
kind-run-variant = variante de execução
kind-inside-view = vista de “O dropout por dentro”
shape-rates-vs-layers = foram dadas { $rates } taxas de dropout e a rede tem { $layers } camadas de dropout (entrada + { $hidden } ocultas)
shape-points-vs-inputs = os pontos têm { $columns } coordenadas e a rede recebe { $inputs }
shape-sets-differ = os conjuntos de treinamento e validação diferem em tarefa, atributos ou alvos
shape-set-targets = { $set ->
        [training] conjunto de treinamento
       *[validation] conjunto de validação
    }: { $examples } exemplos, { $targets } alvos de largura { $width } (largura esperada { $expected })
shape-no-dropout-layer = a camada de dropout { $layer } não existe (a rede tem { $layers })
config-softmax-classes = uma saída softmax precisa de pelo menos 2 classes
config-max-runs = no máximo { $max } execuções podem competir ao mesmo tempo
config-last-run = a última execução não pode ser removida: o laboratório precisa de pelo menos uma
config-no-run = não existe a execução { $run }: o experimento tem { $runs ->
        [one] { $runs } execução
       *[other] { $runs } execuções
    }
config-sets-empty = os conjuntos de treinamento e validação precisam ter exemplos
config-not-a-number = { $what }: '{ $raw }' não é um número
config-two-noises = uma execução tem um só ruído, não dois ('{ $text }')
config-two-mistakes = um só erro por execução ('{ $text }')
config-digits-total = imagens de treinamento + validação = { $total }, mas o conjunto de dígitos tem apenas { $examples }
image-version = o motor enviou uma imagem da versão { $version }; a página lê a versão { $expected }
image-runs = a imagem do motor tem { $runs } execuções
image-ended = a imagem do motor terminou antes da hora (outra versão do laboratório?)
image-extra-bytes = a imagem do motor tem { $bytes } bytes a mais do que a página lê
image-not-utf8 = a imagem do motor contém texto que não é UTF-8
image-matrix-shape = uma matriz da imagem do motor é { $rows } × { $columns } e a da página { $expected_rows } × { $expected_columns }: os dois laboratórios foram construídos de forma diferente
image-mask-shape = a máscara do motor para a camada { $layer } é { $rows } × { $columns }; esperado { $expected_rows } × { $expected_columns }
image-dropconnect-layers = as máscaras DropConnect do motor não correspondem às camadas da rede
image-dropconnect-shape = uma máscara DropConnect não tem a forma de seus pesos
image-unknown-code = a imagem do motor contém o código { $code }, que a página não conhece
csv-too-large = o arquivo tem { $bytes } bytes; no máximo { $max } são lidos
csv-too-few-rows = { $rows } linhas de dados; são necessárias pelo menos { $min } (três para treinar, uma para validar)
csv-line = linha { $line } '{ $text }': { $why }
csv-numbers = esperavam-se números
csv-columns = esperava-se x,y,rótulo (duas classes) ou x,y (uma curva)
csv-columns-like-first = esperavam-se { $columns } valores, como na primeira linha
csv-label = o rótulo deve ser 0 ou 1
points-drawn = pontos desenhados: { $why }
points-characters = { $characters } caracteres, mas cada ponto ocupa { $each }
points-not-base64url = '{ $character }' não é um caractere base64url
points-too-many = { $count } pontos são mais do que os { $max } que um link comporta; remova alguns ou use menos linhas
points-which-data = só é possível desenhar pontos em dados 2D de duas classes e em curvas
points-columns = os pontos desenhados não se encaixam nas colunas do conjunto de dados
setup-not-a-knob = '{ $key }' não é um ajuste de dados e rede
setup-only-points = só os seus pontos: desenhe pelo menos 4 no painel de dados (agora { $points }) ou carregue um arquivo CSV
settings-not-a-setting = '{ $key }' não é um ajuste
settings-ignored = { $key }={ $raw } ignorado ({ $why })
settings-partly = { $key }: { $why }
settings-refused = { $key }={ $raw }: { $why }
expected-number = esperava-se um número de { $min } a { $max }
expected-whole-number = esperava-se um número inteiro de { $min } a { $max }
expected-full-or-whole = esperava-se 'full' ou um número inteiro de 1 a { $max }
expected-one-of = esperava-se um destes: { $names }
expected-either = esperava-se '{ $first }' ou '{ $second }'
expected-flag = esperava-se 0 ou 1
expected-rate = esperava-se uma taxa em [0, 1)
expected-text-or-number = esperava-se texto ou um número
expected-runs = esperavam-se de 1 a { $max } execuções separadas por vírgulas; cada uma, uma taxa em [0, 1) ou taxas entrada:oculta:…, com ~variante opcional
expected-hidden = esperavam-se números inteiros separados por vírgulas, como 64,64: de 1 a { $layers } camadas de 1 a { $units } unidades
expected-hideable = não é possível ocultar { $names } (controles que podem ser ocultados: { $hideable })
expected-drawn-points = esperavam-se pontos desenhados, 4 caracteres base64url cada, no máximo { $max }
variant-not-understood = variante de execução '{ $variant }' não entendida
file-not-json = não é um arquivo JSON.
file-not-a-setup = é JSON, mas não uma configuração do Dropout Lab (sem "format": "{ $format }" com seus "settings").
file-version = é uma configuração da versão { $version }; esta página lê a versão { $expected }.
file-settings-unusable = alguns de seus ajustes não podem ser usados: { $settings }.

engine-no-command = o motor não tem o comando { $name }

variant-dropout = dropout
    .title = unidades desligadas com probabilidade p, as mantidas ×1/(1−p)
variant-classic = dropout clássico
    .title = sem escala no treinamento, ×(1−p) na avaliação
variant-dropconnect = DropConnect
    .title = pesos individuais desligados com probabilidade p
variant-gaussian = dropout gaussiano
    .title = cada unidade × um fator de N(1, p/(1−p))
variant-maxnorm = dropout + max-norm 3
    .title = os pesos de entrada de cada unidade mantidos em ‖w‖ ≤ 3
variant-l2 = L2 0,01
    .title = decaimento de pesos λ = 0,01 nesta execução
variant-bn = normalização em lote
    .title = cada camada oculta normalizada sobre o minilote
variant-mistake-evaldrop = erro: dropout ligado na avaliação
    .title = esqueceu o modo avaliação: validação medida em redes afinadas aleatórias
variant-mistake-noscale = erro: sem ×(1−p) na avaliação
    .title = treinamento clássico, rede inteira na avaliação: saídas grandes demais
variant-mistake-keep = erro: p lido como manter
    .title = uma camada que deveria desligar p desliga 1 − p
variant-gaussian-maxnorm = gaussiano + max-norm 3
    .title = ruído gaussiano e a restrição max-norm
mistake-why-evaldrop = dropout deixado ligado na avaliação: a perda de validação é medida numa rede afinada aleatória, ruidosa e pior em média
mistake-why-noscale = dropout clássico sem o ×(1−p) na avaliação: as entradas da rede inteira são 1/(1−p) vezes maiores que no treinamento
mistake-why-keep = p lido como probabilidade de manter: uma camada que deveria desligar p desliga 1 − p
dataset-moons = Duas luas
dataset-circles = Círculos: um disco num anel
dataset-spiral = Duas espirais
dataset-xor = Quadrantes XOR
dataset-blobs = Duas nuvens
dataset-sine = Curva seno
dataset-cubic = Curva cúbica
dataset-digits = Dígitos manuscritos (8×8)
dataset-own = Só os seus pontos (2D)
dataset-own-curve = Só os seus pontos (uma curva)
activation-relu = ReLU
activation-tanh = tanh
activation-sigmoid = sigmoide
activation-linear = linear (sem não linearidade)
optimiser-sgd = SGD
optimiser-momentum = SGD com momento (β = 0,9)
optimiser-adam = Adam
setup-rebuilt = Reconstruído com { $what }: { $runs ->
        [one] a mesma execução
       *[other] as mesmas { $runs } execuções
    } e taxas, treinando do início.
rebuilt-train = { $value } pontos de treinamento
rebuilt-train-preset = os pontos de treinamento do exemplo
rebuilt-val = { $value } pontos de validação
rebuilt-val-preset = os pontos de validação do exemplo
rebuilt-noise = ruído { $value }
rebuilt-noise-preset = o ruído do exemplo
rebuilt-flip = ruído de rótulos { $value }
rebuilt-flip-preset = o ruído de rótulos do exemplo
rebuilt-l2 = força L2 { $value }
rebuilt-l2-preset = a força L2 do exemplo
rebuilt-act = unidades { $title }
rebuilt-opt = { $title } (taxa de aprendizado ainda { $lr }; SGD costuma precisar de uma maior que Adam)
rebuilt-full-batch = treinamento com o lote inteiro
rebuilt-batch = minilotes de { $value }
rebuilt-dataset = os dados { $title }
rebuilt-dataset-cleared = os dados { $title }; seus { $count } pontos desenhados eram para dados { $shape } e foram apagados
rebuilt-csv = { $count } pontos de '{ $file }' (um em cada quatro valida)
rebuilt-csv-scaled = { $count } pontos de '{ $file }', ajustados à imagem (um em cada quatro valida)
rebuilt-point-erased = o ponto perto de ({ $x }; { $y }) apagado
rebuilt-point-added = um ponto de { $set ->
        [validation] validação
       *[training] treinamento
    } da classe { $label } em ({ $x }; { $y })
rebuilt-points-cleared = seus pontos apagados

sweep-note-rate = Cada ponto treina execuções novas até a duração da história, uma por semente, com esse p em cada camada oculta; a linha é a média delas e a faixa vai da semente mais baixa à mais alta. Com 32 unidades por camada oculta (digite 32,32 em Unidades ocultas), a perda de validação final de Duas luas é um U: mais alta em p = 0 (sobreajuste) e em p = 0,9 (sobram poucas unidades para aprender), mínima entre p = 0,2 e 0,7. Com as 128 unidades por camada do exemplo, 13 unidades mantidas ainda bastam para as luas: a perda de validação cai até o mínimo em p = 0,6 ou acima. Clique num ponto para colocar essa taxa na corrida.
sweep-note-size = Cada N treina execuções novas com N exemplos de treinamento, sem dropout e com as taxas da execução em foco. Em Duas luas, a diferença com p = 0 entre a perda de validação e a de treinamento diminui a cada passo conforme N cresce. O ganho do dropout (a perda de validação com p = 0 menos a com p = 0,5) é maior com menos exemplos (20 ou 40 pontos) e, com 640 pontos, é menos de um décimo disso: ao contrário da Figura 10 do artigo, estes problemas pequenos não mostram um pico no meio.
sweep-hover-n = N = { $n }
sweep-hover-size-series = { $series }: val. { $val }, diferença { $gap }
sweep-hover-gain = ganho { $gain }
sweep-hover-rate = { $label } · { $seeds ->
        [one] { $seeds } semente
       *[other] { $seeds } sementes
    }
sweep-hover-final-val = val. final { $band }
sweep-hover-best-val = melhor val. { $band }
sweep-hover-final-train = trein. final { $band }
sweep-progress = { $done } de { $total } execuções feitas em { $workers ->
    [one] { $workers } thread
   *[other] { $workers } threads
}
sweep-progress-left = { $progress } · faltam cerca de { $seconds } s
sweep-done = Concluído: { $done } de { $total } execuções em { $seconds } s.
sweep-cancelled = Cancelado: { $done } de { $total } execuções feitas.
sweep-failure-count = { $failure } ({ $n } até agora)

inside-note-subnets = Cada painel é uma rede afinada: seu título conta as unidades ocultas que ela mantém, o canto mostra sua máscara (uma coluna por camada, escuro = mantida). Treinar com dropout treina todas de uma vez: elas compartilham um só conjunto de pesos, e cada minilote treina uma delas. A média delas é o que o conjunto prevê; a rede inteira com pesos escalados a aproxima numa só passada.
inside-note-averaging = A curva faz a média das previsões de k redes afinadas sorteadas com as taxas da execução; a linha é a rede inteira com pesos escalados, uma passada. Com k = 100 a média valida pelo menos tão bem quanto a rede escalada.
inside-note-spread = Dropout MC: a dispersão (desvio padrão) das previsões de redes afinadas, com o dropout ligado na previsão. Uma estimativa de onde a rede está insegura, não uma probabilidade calibrada: depende de p e de quantas redes são sorteadas.
inside-note-coadaptation = O histograma conta as unidades ocultas pelo quanto a perda de validação sobe quando só aquela unidade é removida na avaliação (abaixo de zero: a rede se sai melhor sem ela). Nas duas luas, a unidade mais importante da rede com p = 0,5 custa menos de um quinto do que custa a unidade mais importante da rede com p = 0: com dropout nenhuma unidade é indispensável. A maioria das unidades importa pouco nas duas redes.
inside-note-frozen = { $what } (Execução { $run }, época { $epoch }: congelada quando a visão começou.)
inside-spread-title = { $label } · { $n } redes afinadas · dispersão das previsões
inside-subnet-prob = { $panel } · prob. { $prob }
inside-subnet-kept = { $panel } · { $kept }/{ $all }
inside-exact-mean = média exata
inside-full-scaled-short = inteira, escalada
inside-average-of = média de { $k }
inside-full-scaled = rede inteira, escalada
inside-validation-loss = perda de validação
inside-validation-error = erro de validação
inside-hover-row = { $name }: { $value }
inside-k-axis = k (redes afinadas na média, escala log)
inside-spread-band = faixa: média ± 2 desvios padrão das redes afinadas (uma estimativa)
inside-spread-per-digit = desvio padrão médio da probabilidade da resposta, por dígito verdadeiro (uma estimativa)
inside-rise-axis = aumento da perda de val.
inside-layer-activity = camada oculta { $layer }: ativação média { $mean } · { $near_zero } perto de zero
inside-activation-range = ativações { $lo } … { $hi }
inside-waiting = Escolha uma visão e clique em Olhar por dentro: ela olha a execução em foco como está agora
inside-no-view = estes dados não têm visão por dentro (regressão com várias entradas)
inside-computing = calculando… { $percent }%
inside-done = pronto

inside-rises-summary = { $n ->
        [one] { $n } unidade
       *[other] { $n } unidades
    } · maior aumento { $largest } · média { $mean }
inside-spread-map-key = branco: sem dispersão · mais escuro: desvio padrão { $largest } (uma estimativa)
