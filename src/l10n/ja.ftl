# Dropout Lab — 日本語。en.ftl から翻訳；用語は ja.glossary.md。
# Reviewed-by: nobody yet

page-dropout-lab = ドロップアウト・ラボ
page-preset =
    .aria-label = プリセット
page-preset-label = プリセット
page-seed =
    .aria-label = シード
page-seed-label = シード
page-new-seed = 新しいシード
    .title = 誰も選んでいないシードを引く：データ・重み・マスクは新しく、ドロップアウト率はそのまま
page-lr =
    .aria-label = 学習率
page-learning-rate-label = 学習率
page-training =
    .aria-label = 学習
page-play = 再生
page-step = 1ステップ
page-reset = リセット
page-speed-label = 速度
page-speed =
    .aria-label = 速度
page-speed-out = 最大
page-lesson-open = レッスン
    .title = ガイド付きレッスン：予想してから答え合わせ（N 次へ、B 戻る、Esc 終了）
page-export = ファイル…
    .title = 画像やデータの書き出し、設定の保存・読み込み
page-help-open =
    .aria-label = ヘルプとキーボードショートカット
    .title = ヘルプとキーボードショートカット（?）
page-copy-link = リンクをコピー
page-present = 投影
    .title = 後ろの席からも見える大きな文字と太い線（P）
page-fullscreen = 全画面
    .title = 全画面（F）
page-data-network = データとネットワーク
page-data = データ
page-dataset =
    .aria-label = データセット
page-dataset-label = データセット
page-n-train =
    .aria-label = 訓練データの点数
page-training-points-label = 訓練データの点数
page-n-val =
    .aria-label = 検証データの点数
page-validation-points-label = 検証データの点数
page-noise =
    .aria-label = 入力のノイズ
page-noise-label = ノイズ
page-flip =
    .aria-label = ラベルノイズ：反転したラベルの割合
page-label-noise-label = ラベルノイズ
page-csv-file =
    .aria-label = 点の CSV ファイル：x,y,ラベル または x,y
page-load-csv-label = CSV を読み込む…
page-draw-on-the-pictures = 下の図に描く
page-drawing-tool =
    .aria-label = 描画ツール
page-class-0 = クラス 0
page-class-1 = クラス 1
page-or-right-click-a = 消しゴム
    .title = または点を右クリック
page-draw-set =
    .aria-label = 新しい点を入れる集合
page-new-points-go-to-label = 新しい点の行き先
page-training-2 = 訓練
page-validation = 検証
page-draw-clear = 自分の点を消す
page-network = ネットワーク
page-act =
    .aria-label = 活性化関数
page-activation-label = 活性化関数
page-opt =
    .aria-label = 最適化手法
page-optimiser-label = 最適化手法
page-batch =
    .placeholder = 全部
    .aria-label = ミニバッチのサイズ、または全部
page-minibatch-label = ミニバッチ
page-l2 =
    .aria-label = L2 の強さ
page-l2-strength-label = L2 の強さ
page-small-minibatches-add-noise = 小さなミニバッチはそれ自体がノイズを加え、ドロップアウトとは別の正則化になります。
page-copy-this-link-ctrl = このリンクをコピー（Ctrl+C）：
page-link-text =
    .aria-label = このラボへのリンク
page-link-close =
    .aria-label = リンク欄を閉じる
page-banner-close =
    .aria-label = メッセージを閉じる
page-lesson =
    .aria-label = レッスン
page-lesson-close =
    .aria-label = レッスンを終える（ラボはそのまま）
    .title = レッスンを終える（Esc）；ラボはそのまま
page-lesson-back = 戻る
page-lesson-reveal = 答えを見る
page-lesson-next = 次へ
page-network-2 =
    .aria-label = ネットワーク
page-diagram-title = ネットワーク
page-diagram-mode =
    .aria-label = 図のモード
page-mode-train = 学習モード
page-mode-eval = 評価モード
page-example-label = 例
page-example =
    .aria-label = ミニバッチ中の例
page-diagram =
    .aria-label = ネットワーク図：このステップで落とされたユニットには×印
page-rate-label = ドロップアウト率
page-rate =
    .aria-label = ドロップアウト率
page-input-rate-label = 入力のドロップアウト
page-input-rate =
    .aria-label = 入力層のドロップアウト率
page-scaling = スケーリング
page-scaling-2 =
    .aria-label = ドロップアウトのスケーリング
page-inverted-kept-units-1 = inverted：学習時に残ったユニットを ×1/(1−p)（PyTorch、Keras）
page-classic-no-scaling-in = classic：学習時はスケールせず、評価時に全ユニットを ×(1−p)
page-notation = 表記
page-notation-2 =
    .aria-label = p の意味
page-p-drop-probability-pytorch = p = 落とす確率（PyTorch、Keras）
page-p-retain-probability-srivastava = p = 残す確率（Srivastava ほか 2014）
page-hidden-units = 隠れユニット
page-hidden =
    .aria-label = 層ごとの隠れユニット数
    .placeholder = 128,128
page-hidden-out = 層ごと、例 32,32（各 1〜256）
page-rates-racing = ドロップアウト率の競走
page-run-variant =
    .aria-label = 選択中の実行の種類
    .title = 選択中の実行が何か：ドロップアウト、その対抗手法、またはよくある間違い
page-add-run = 率を追加
page-runs =
    .aria-label = 実行
page-results =
    .aria-label = 結果
page-loss-title = 損失：訓練（実線）と検証（破線）
page-log-scale = 対数目盛
page-loss =
    .aria-label = 損失のグラフ
page-data-title = 各実行が学んだこと
page-data-2 =
    .aria-label = 各実行が学んだこと
page-sweep-title = スイープ：ドロップアウト率 p に対する損失
page-sweep-label = スイープ
page-sweep-kind =
    .aria-label = 何を変えるか
page-p-0-0-9 = p = 0 … 0.9
page-training-set-size = 訓練データの大きさ
page-each-run-of-a =
    .title = 各点の実行はそれぞれ自分のシードを持つ：シード欄の値とそれに続く値
page-sweep-seeds =
    .aria-label = 1点あたりの実行数
page-runs-per-point-label = 1点あたりの実行数
page-sweep-run = スイープ開始
page-sweep-cancel = 中止
page-log-scale-2 = 対数目盛
page-sweep-png = PNG
    .title = スイープのグラフを 2 倍の PNG で
page-sweep-csv = CSV
    .title = 各点の平均・最小・最大を CSV で
page-sweep-progress =
    .aria-label = スイープの進み具合
page-sweep-status = 各点で、シードごとに 1 つずつ新しい実行を、このコンピュータの全コアで学習します。
page-sweep-chart =
    .aria-label = スイープのグラフ：変えた値に対する損失、シードの平均と最小〜最大の帯
page-inside-title = ドロップアウトの内側
page-view-label = 表示
page-inside-view =
    .aria-label = ドロップアウトの内側の表示
page-sub-networks-the-ensemble = 部分ネットワーク：学習するアンサンブル
page-averaging-k-networks-vs = k 個の平均 対 重みのスケーリング
page-uncertainty-from-dropout-mc = MC ドロップアウトによる不確かさ
page-co-adaptation-one-unit = 共適応：1 ユニットずつ除く
page-inside-compute = 内側を見る
page-inside-resample = 引き直す
    .title = 別の間引かれたネットワークを引く
page-inside-canvas =
    .aria-label = 選択中の実行の内側の表示
page-inside-note = 表示を選んで「内側を見る」を押してください。その瞬間の選択中の実行に対して働きます（停止中でも再生中でも）。
page-export-title = 書き出しと読み込み
page-files-for-slides-and = スライドやワークシート用のファイル。プリセットとシードの名前が付きます。
page-export-loss = 損失のグラフ（PNG、2×）
page-export-lab = ラボ全体（PNG）
page-export-csv = 各実行の履歴（CSV）
page-export-setup = 設定（JSON、再読み込み可）
page-a-saved-setup-opens = 保存した設定を開くと、同じラボが実行ごとに再現されます（ファイルをページにドロップしても可）。
page-load-setup = 設定を読み込む…
page-setup-file =
    .aria-label = 読み込む設定ファイル
page-export-close = 閉じる
page-help-title = ドロップアウト・ラボについて
page-help-close = 閉じる
page-help-dropout-html = ドロップアウトは、ネットワークの学習中に層の各ユニットをランダムに止めます。<b>p</b> はユニットを「落とす」確率で、残ったユニットは 1/(1−p) 倍されるので、次の層が受け取る入力は平均すると変わりません。評価時には何も落とさないため、学習済みのネットワークは、学習中のたくさんの間引かれたネットワークの平均のようにふるまいます。
page-what-the-page-shows = このページに表示されるもの
page-help-network-html = <b>ネットワーク</b>：選択中の実行のネットワーク。×印のユニットはこの学習ステップで落とされました（<i>評価モード</i>では検証に使う完全なネットワークを表示）。
page-help-rates-html = <b>ドロップアウト率</b>は選択中の実行の隠れ層を設定します。<b>ドロップアウト率の競走</b>には実行が並び、同じ重みから同じミニバッチで学習し、違いはドロップアウトだけです。
page-help-loss-html = <b>損失</b>：訓練損失は実線、検証損失は破線、実行ごとに 1 色。選択中の実行では両者の差に影が付きます。
page-help-learned-html = <b>各実行が学んだこと</b>：各実行のデータに対する予測。
page-keyboard-shortcuts = キーボードショートカット
page-play-pause = 再生 / 一時停止
page-one-step = 1 ステップ
page-reset-every-run = すべての実行をリセット
page-train-mode-eval-mode = 学習モード / 評価モード
page-focused-run-s-dropout = 選択中の実行のドロップアウト率 0.0〜0.9
page-focus-the-run-above = 上 / 下の実行を選択
page-present-mode = 投影モード
page-fullscreen-2 = 全画面
page-lesson-reveal-then-the = レッスン：答えを見て次のステップへ；戻る（プレゼンターの PageDown、PageUp）
page-this-help = このヘルプ
page-close-this-help-or = このヘルプやメッセージを閉じる；レッスンを終える
page-shortcuts-wait-while-you = 入力欄に入力中はショートカットは待機します。選択中のスライダーは矢印キーを使います。
page-dropout-lab-needs-javascript = ドロップアウト・ラボには JavaScript と WebAssembly が必要です。
page-lang-label = 言語
page-lang =
    .aria-label = 言語
help-review-awaits = この翻訳は、日本語を母語とする教員による確認を待っています。
help-review-by = この翻訳は { $who } が確認しました。

transport-play = 再生
transport-pause = 一時停止
speed-max = 最大
speed-per-second = { $steps }/秒
copy-link-done = コピーしました
notation-rate-label-drop = ドロップアウト率
notation-rate-label-retain = 残す確率
notation-input-rate-label-drop = 入力のドロップアウト
notation-input-rate-label-retain = 入力を残す確率
notation-rate-aria-drop = ドロップアウト率
notation-rate-aria-retain = 残す確率（1 − ドロップアウト率）
notation-scaling-inverted-drop = inverted：学習時に残ったユニットを ×1/(1−p)（PyTorch、Keras）
notation-scaling-inverted-retain = inverted：学習時に残ったユニットを ×1/p（PyTorch、Keras）
notation-scaling-classic-drop = classic：学習時はスケールせず、評価時に全ユニットを ×(1−p)
notation-scaling-classic-retain = classic：学習時はスケールせず、評価時に全ユニットを ×p（Srivastava ほか）

## 説明される実験室（#20、src/core/narration/text.rs と tables.rs）：レース中のナレーション、
## 「説明」、グラフの表、「聴く」。

narration-played = エポック { $epoch } から再生します。
narration-paused = エポック { $epoch } で一時停止しました。
narration-reset = リセットしました：すべての実行が同じ初期の重みでエポック 0 に戻りました。
narration-epoch-of = エポック { $epoch }／{ $story }。
narration-epoch = エポック { $epoch }。
narration-lowest = 検証損失が最も低いのは { $run }、{ $val }。
narration-rising = { $run }：検証 { $val }、エポック { $since } から上昇中、訓練 { $train }。
narration-turned-upward = { $run }：検証損失が上昇に転じました。エポック { $since } で最低 { $best }、現在 { $now }：ネットワークが訓練点を丸暗記し始めています。
narration-story-end = エポック { $epoch } でストーリーが終わりました。終了時に検証損失が最も低いのは { $run }、{ $val }。
narration-story-pauses = 訓練はここで止まります。「開始」で続きます。
narration-rate-set = 選択中の実行は { $run } になりました：{ $readout }。次の訓練ステップから使われます。
narration-input-rate-set = 選択中の実行の入力ドロップアウト：{ $readout }。次の訓練ステップから使われます。
narration-race-run = { $run }：訓練損失 { $train }、検証損失 { $val }{ $rising }{ $accuracy }。
narration-race-run-focused = { $run }（選択中）：訓練損失 { $train }、検証損失 { $val }{ $rising }{ $accuracy }。
narration-race-rising = 、エポック { $since } から上昇中
narration-race-accuracy = 、検証正解率 { $accuracy }%
narration-race-not-started = { $runs } 個の実行がレース中。まだ終わったエポックはありません。
narration-race-heading = { $epoch } { $runs } 個の実行がレース中。
narration-layer-input = 入力層
narration-layer-hidden = 隠れ層 { $layer }
narration-layer-kept = { $layer }：このステップで { $units } 個の{ $kind ->
        [input] 入力
       *[hidden] ユニット
    }のうち { $kept } 個を保持。
narration-layer-kept-scaled = { $layer }：このステップで { $units } 個の{ $kind ->
        [input] 入力
       *[hidden] ユニット
    }のうち { $kept } 個を保持、保持した{ $kind ->
        [input] 入力
       *[hidden] ユニット
    }は ×{ $scale }。
narration-diagram-train = { $run } のネットワーク、直前のミニバッチの例 { $example }。
narration-diagram-eval = 評価モードの { $run } のネットワーク：すべてのユニットがオンで、何も落としていません。
narration-diagram-not-started = { $run } のネットワーク：まだ訓練ステップがないので、落とされたユニットはありません。
narration-map = { $run } の決定マップ：検証点の { $accuracy }% が正解、{ $points } 個中 { $errors } 個が誤り。
narration-map-where = { $run } の決定マップ：検証点の { $accuracy }% が正解、{ $points } 個中 { $errors } 個が誤りで、その多くは{ $region ->
        [upper-left] 左上
        [upper-right] 右上
        [lower-left] 左下
       *[lower-right] 右下
    }にあります。
narration-curve = { $run } の当てはめた曲線：検証損失 { $val }。
narration-loss-table-caption = 記録したエポックごとの { $run } の損失
narration-head-epoch = エポック
narration-head-training-loss = 訓練損失
narration-head-validation-loss = 検証損失
narration-head-validation-accuracy = 検証正解率
narration-named-note = { $name }：{ $note }
narration-lesson-answer = レッスン、{ $title }：{ $answer }
narration-sound-mapping = 損失グラフの横でチェックを入れるまで音は出ません。入れると「聴く」が選択中の実行の検証損失、続いて訓練損失を、記録したエポックごとに短い音 1 つで鳴らします：損失 { $high_loss } 以上は { $high_hz } Hz、{ $low_loss } 以下は { $low_hz } Hz、その間は損失の比が等しければ音程の幅も等しく（対数目盛）、損失が高いほど高い音です。下がってから上がる線は耳で聞こえる U ターンです。音がオンのとき、検証損失が上昇に転じた実行を短い上昇音で知らせます。
narration-swept-p = p
narration-swept-points = 訓練点の数
narration-sweep-empty = スイープ：まだ訓練した点はありません。「スイープ開始」を押してください。
narration-sweep = { $name } に対する最終検証損失のスイープ：{ $name } = { $best_x } で最低、{ $best }。{ $name } = { $first_x } で { $first }、{ $name } = { $last_x } で { $last }。曲線は{ $shape ->
        [u] U 字形です：少なすぎても多すぎても検証損失が増えます
        [first] 最初の点で最低です
        [last] 最後の点で最低です
       *[other] 一方の端の近くで最低です
    }。
narration-sweep-table-caption = スイープ：{ $name } に対するストーリー終了時の損失（シード全体）
narration-sweep-table-caption-of = { $curve } のスイープ：{ $name } に対するストーリー終了時の損失（シード全体）
narration-head-validation-mean = 検証損失、平均
narration-head-validation-min = 検証損失、最小
narration-head-validation-max = 検証損失、最大
narration-head-training-mean = 訓練損失、平均
narration-table-share = { $percent }%
narration-table-kept = { $units } 中 { $kept }
narration-table-subnets = { $run } の部分ネットワーク：それぞれが保持するユニットと平均での重み
narration-head-subnet = 部分ネットワーク
narration-head-units-kept = 層ごとの保持ユニット
narration-head-weight = 重み
narration-table-averaging = { $run } の間引いたネットワークの平均と重みのスケーリングの比較
narration-head-networks = ネットワーク
narration-head-validation-error = 検証誤り率
narration-row-weight-scaling = 重みのスケーリング
narration-row-average-of = { $k } 個の平均
narration-table-spread = { $run } のドロップアウトによる不確かさ（MC ドロップアウト）
narration-head-figure = 指標
narration-head-value = 値
narration-row-points = マップ上の点
narration-row-largest-spread = 最大のばらつき（標準偏差）
narration-row-mean-spread = 平均のばらつき
narration-table-coadaptation = 共適応：ユニットを 1 つずつ取り除いたときに増える検証損失
narration-head-run = 実行
narration-head-units-removed = 取り除いたユニット
narration-head-mean-rise = 平均の増加
narration-head-largest-rise = 最大の増加

## 説明される実験室のコントロール（index.html）。
page-describe = 説明
    .title = 実験室全体を言葉で伝える：レース、層ごとのネットワーク、マップ、スイープ（D）
page-loss-table = 表
    .title = グラフの数値を表で、実行ごとに 1 つ
page-sweep-table = 表
    .title = スイープの点と帯を表で
page-inside-table = 表
    .title = このビューの数値を表で
page-sound =
    .title = 音：「聴く」が選択中の実行の損失を音程で鳴らします。上昇に転じた実行は短い音で知らせます
page-sound-label = 音
page-listen = 聴く
    .title = 選択中の実行の検証損失、続いて訓練損失を音程で鳴らす
page-describe-key = 実験室全体を言葉で説明する（スクリーンリーダー向け）
page-hearing-the-lab = 実験室を聴く
page-hearing-html = スクリーンリーダーは開始・一時停止・リセットとスライダーの操作をその場で聞き、レース中は数秒に多くても 1 文だけ聞きます：ストーリーの 10 分の 1 ごと、検証損失が上昇に転じた実行、そしてストーリーの終わり。<b>説明</b>（D）はすべてを一度に伝えます。グラフの横の<b>表</b>はその数値を表で示します。

## 埋め込み API（#21）：リンクの embed= を拒む 2 つの理由。バナーに表示されます。
embed-not-an-origin = 「{ $raw }」はオリジンではありません（http:// または https://、ホスト名、省略可能なポートが必要で、その後には何も付けられません。例：https://school.example）
embed-too-many-origins = 信頼できるオリジンは最大 { $max } 個です

## コードパネル（#21）。生成される Python コードとノートブックは英語のままです。
page-code-open = コード
    .title = この実験を PyTorch または Keras のコードに、そしてレースを再現するノートブック
page-code-title = この実験をコードで
page-code-close = 閉じる
page-code-tabs =
    .aria-label = フレームワーク
page-code-copy = コードをコピー
page-code-notebook = ノートブックをダウンロード
page-code-about = ノートブックは実験室自身のデータ、初期の重み、ミニバッチでこのレースを PyTorch で再現します：最初のステップ前の損失と、ドロップアウトなしの各ステップは実験室と一致します。
code-copied = コピーしました。
code-not-copied = コピーできませんでした：{ $why }

## すべての生徒に（#20）：控えめ、コントラスト、データカーソルの文、データパネルのキーボードの案内、
## ヘルプの矢印キーの行。
page-calm = 控えめ
    .title = 控えめな動き：ネットワークの×印のユニットは 1 秒に最大 2 回しか変わらず、何もスライドしません（システムが動きを減らすよう求めたときもオン）
page-contrast = コントラスト
    .title = 高コントラスト：文字、枠線、フォーカスリング、グラフの色をより強く
page-arrows-key-html = 図の上（「データとネットワーク」を開いているとき）：カーソルを動かす。<kbd>Enter</kbd> で点を追加、<kbd>Delete</kbd> で 1 つ削除。スイープのグラフ上：点を選ぶ。<kbd>Enter</kbd> でその点をレースに加える
page-data-region =
    .aria-label = データとネットワーク
page-data-cursor-hint = キーボードでも：Tab で図へ移動し、矢印キーでカーソルを動かし、Enter で点を追加、Delete で最も近い点を削除します。
data-cursor = カーソルは x = { $x }、y = { $y }。Enter で選んだクラスの点を追加、Delete で最も近い描いた点を削除します。

preset-moons-title = 2 つの月：ノイズのある 80 点
preset-moons-note = 80 個の点のうち 10 個に 1 個はラベルが誤りで、ネットワークには 17,000 個の重みがあります。データで決められるよりはるかに大きな自由度です。p = 0 の実行に注目してください。検証損失はおよそ 100 エポック以内（既定のシードでは 10 以内）に底を打ち、その後、最小値の 1.5 倍以上まで上がりますが、訓練損失はゼロに向かって下がり続けます。誤ったラベルの点を丸暗記しているのです。その決定境界の図では、そうした点のいくつかを囲む小さな島が育ちますが、p = 0.5 の実行ではせいぜい 1〜2 個です。p = 0.5 の実行の訓練損失は高いままですが、検証損失は最後には低くなり、2 本の曲線の差は半分未満の幅になります。マスクを指してください。毎ステップ、隠れユニットの別の半分が止められるので、どのユニットも島を切り出すために特定の相棒に頼ることができません。
preset-wiggle-title = うねり：ノイズを通る曲線
preset-wiggle-note = ノイズに埋もれた正弦波の 40 個のサンプルと、どこでも曲線を曲げられる深いネットワーク。ドロップアウトなしでは、当てはめた曲線はまず滑らかな波を見つけ、次に個々のノイズの点を通るように曲がります。最初の数百エポックのうちに、訓練損失が下がり続ける一方で検証損失は上向きに転じます。隠れ層に p = 0.5 をかけると、曲線は最終的に本当の正弦に近く、より滑らかになります。落ち着くのは遅く、p = 0 の実行より数百エポック後ですが、検証損失は最後には低く、訓練と検証の差も小さくなります。どの検証損失も、ノイズ自体の分散である 0.36（σ = 0.6）を大きく下回ることはできません。それより低い訓練損失は、p = 0 の実行のように、モデルがノイズに当てはまっていることを意味します。ドロップアウトは学習の各ステップをノイズの多いものにしますが、それでも p = 0.5 の検証曲線の方が穏やかです。グラフと当てはめた曲線はネットワーク全体を使い、どのユニットも落としていないからです。
preset-digits-title = 数字：訓練画像 100 枚
preset-digits-note = 本物の手書き数字ですが、学習に使えるのは 100 枚だけです。ドロップアウトなしでは、ネットワークはおよそ 15 エポックで訓練画像をすべて正解します。その後、検証の正解率は横ばい（3 ポイント以内）かわずかに上がりますが、検証損失は 40% 以上上がります（既定のシードでは 2 倍を超えます）。理由は、間違える数字についても含めて、ますます自信過剰になるからです。交差エントロピーは自信満々の間違いを重く罰します。誤分類された画像 1 枚あたりの平均損失は少なくとも 2 倍になります。ドロップアウトの実行は、数字についての元論文のやり方に従います。入力画素の 20% を落とし、隠れユニットの 20% または半分を落とします。学習は遅くなりますが、検証損失は最後に p = 0 の実行を下回り、訓練と検証の差も小さくなります。正解率は良くなりません。p = 0 の実行との差は 5 ポイント以内で終わり、シードによって上にも下にもなります。だから正解率ではなく損失を見てください。入力層のマスクを指してください。画素がまるごと消えるので、ネットワークは数字のどの 5 分の 4 からでもそれを見分けなければなりません。
preset-rivals-title = 対抗手法：なし、L2、バッチ正規化、ドロップアウト
preset-rivals-note = 同じノイズのある 80 点の月と同じネットワークで、同じ重みから 20 個ずつの同じミニバッチで 4 つの実行を学習します：正則化なし、L2 重み減衰（λ = 0.01）、各隠れ層の後のバッチ正規化、そして p = 0.5 のドロップアウト。正則化なしでは、検証損失は最小値の 2 倍以上まで上がり、訓練損失は 4 つの中で最も低くなります。3 つの対抗手法はどれも、正則化なしの実行より低い検証損失で終わります。この競走は、ここではどれも過学習と戦うことを示していますが、順位は付けません。

label-name-drop = p
label-name-retain = 残す p
label-rate = { $name } = { $p }
label-run-input = { $name } = { $p }、入力 { $input }
label-classic = classic
label-gaussian = ガウス型
label-max-norm = max-norm { $c }
label-l2 = L2 { $lambda }

readout-keeps-every-unit = 全ユニットを残す
readout-mistake-keep-as-drop = 間違い：{ $drops } を落とし、{ $keeps } を残す
readout-keep-share = 残す 1−p = { $share }
readout-drop-share = 落とす 1−p = { $share }
readout-gaussian = 各ユニット × N(1, { $variance })
readout-kept-scaled = 残った{ $things ->
        [weights] 重み
       *[units] ユニット
    } ×{ $scale }
readout-no-scaling = 学習時スケールなし
readout-left-on = 評価時も{ $what ->
        [noise] ノイズ
       *[masks] マスク
    }がオン
readout-eval-scaled = 評価時 ×{ $scale }
readout-none-at-evaluation = 評価時なし
readout-scales = { $training }、{ $evaluation }
readout-on-inputs = { $inputs } 個の入力に { $rate }

diagram-train-inverted = 学習 — 1 つの例のドロップアウトマスク；残ったユニット ×1/(1−p)
diagram-train-inverted-retain = 学習 — 1 つの例のドロップアウトマスク；残ったユニット ×1/p
diagram-train-classic = 学習 — 1 つの例のドロップアウトマスク；classic：スケールなし
diagram-eval-inverted = 評価 — 全ユニットがオン、スケールなし
diagram-eval-classic = 評価 — 全ユニットがオン、1−p 倍（classic）
diagram-eval-classic-retain = 評価 — 全ユニットがオン、p 倍（classic）
diagram-kept-of = { $n } 中 { $kept } 残す
diagram-expected = 期待値 ≈ { $n }
diagram-kept-scaled = 残り ×{ $scale }
diagram-mask-of = { $rate } のマスク
diagram-expected-scaled = { $expected }、×{ $scale }
diagram-all-scaled = 全ユニット ×{ $scale }
diagram-layer-input = 入力
diagram-layer-output = 出力
diagram-layer-hidden = 隠れ層 { $layer }
diagram-units-shown = { $n } 中 { $shown } を表示
diagram-units = { $n } ユニット
diagram-next-step = 次ステップから { $rate }

chart-epoch = エポック
chart-loss = 損失
chart-loss-log = 損失（対数）
chart-no-losses = まだ損失なし
chart-key-train = 訓練
chart-key-validation = 検証
chart-hover-epoch = エポック { $epoch }
chart-hover-run = { $run }   訓練 { $train }   検証 { $val }
data-key-train = 訓練データ
data-key-validation = 検証データ
data-accuracy-per-digit = 数字ごとの検証正解率
data-digit-wrong = { $guess } ✗ 正解は { $truth }

status-playing = エポック { $epoch } · { $rate } ステップ/秒
status-paused = エポック { $epoch } · 停止中
status-title = 同期ステップ { $step }
example-of = / { $n }
runs-row-title = クリックすると、この実行を図に表示し、スライダーで動かせます
runs-remove = 実行 { $run } を削除
runs-diverged = { $run } — 発散
runs-numbers = 訓練 { $train } · 検証 { $val }
runs-numbers-acc = 訓練 { $train } · 検証 { $val } · 正解率 { $acc }%
runs-overconfident = { $runs }：正解率は変わらないのに検証損失が上がっています — ネットワークは間違えた答えに対して自信過剰になりつつあります。
runs-restarted = 率を追加したので競走をやり直しました：すべての実行が同じ重みから再開します。
note-story = { $note }（この話は { $epochs } エポック続きます。そこで学習は一度止まります。）
note-left-story = プリセットの話から外れました（{ $changes }）。その説明と { $epochs } エポックでの停止はもう当てはまりません。戻るにはプリセットをもう一度選んでください。
note-list-separator = {"、"}

draw-count = { $count ->
        [0] 自分の点はまだありません — 下の図に描いてください
       *[other] 自分の点 { $count } 個
    }
draw-not-here = 点を描けるのは 2 次元のデータと曲線だけです。
preset-your-data = { $title } — 自分のデータ

start-default-preset = { $error } — 既定のプリセットを読み込みます。
start-failed = ドロップアウト・ラボを開始できませんでした：{ $error }
error-something = 問題が発生しました：{ $error }
engine-crashed-restarted = 学習エンジンがクラッシュしました（{ $error }）。同じ設定で再起動しました。詳細はブラウザーのコンソールにあります。
engine-load-failed = 学習エンジンを読み込めませんでした：{ $error }
engine-stopped-dead = 学習エンジンが止まり（{ $why }）、再起動できませんでした。ページを再読み込みしてください。
engine-stopped-restarted = 学習エンジンが止まりました（{ $why }）。同じ設定で新しいエンジンを起動し、競走はエポック 0 からやり直します。
link-not-understood = リンクの一部の設定を理解できませんでした：{ $problems }{ $more ->
        [0] {""}
       *[other] 、ほか { $more } 件
    }。それらには既定値を使います。
setup-file-failed = 設定「{ $file }」を読み込めませんでした：{ $error } 何も変更していません。
setup-not-changed = 変更なし：{ $error }。
setup-not-a-number = 変更なし：「{ $text }」は数ではありません。
csv-too-big = 読み込みなし：「{ $file }」は { $bytes } バイトです。読むのは最大 { $max } バイトです。
csv-failed = 読み込みなし：「{ $file }」、{ $error }。
draw-failed = 描けませんでした：{ $error }。
inside-recompute = 再計算
lesson-count = ステップ { $step } / { $steps }

sweep-key-final-val = 最終の検証
sweep-key-best-val = 最良の検証
sweep-key-final-train = 最終の訓練（評価）
sweep-best = 最良：{ $run }
sweep-axis-rate = 隠れ層のドロップアウト率 p
sweep-axis-size = 訓練例の数 N（対数）
sweep-empty = 「スイープ開始」で各点を一から学習します
sweep-title-size = スイープ：訓練データの大きさに対する損失
add-run-full = 同時に競走できるのは { $runs } 実行までです — 先に 1 つ削除してください

## Lesson, banners, menus, sweep, Inside (#19 follow-up)

lesson-finish = 終了
lesson-step-one-step-title = 1ステップをスローモーションで
lesson-step-one-step-question = 図は p = 0.5 の実行を示しています。隠れ層の各ユニットは確率 p = 0.5 で落とされます。「答えを見る」を押すと訓練が1ステップ進みます。各層の128個のユニットのうち、いくつに×印がつくでしょうか？
lesson-step-one-step-answer-1 = およそ半分ですが、ちょうど半分になることはまれです。各ユニットはそれぞれ自分のコイン投げで、確率 p で落とされ、確率 1 − p で残ります。
lesson-step-one-step-answer-2 = 残った各ユニットは 1/(1 − p) = 2 倍されるので、次の層が受け取る入力は平均すると同じです。
lesson-step-one-step-answer-3 = 各層の下には、この例で残ったユニットの数、p から期待される数、そして倍率が表示されます。
lesson-step-new-mask-title = ステップごとに新しいマスク
lesson-step-new-mask-question = 訓練は1秒に1ステップで続きます。次のステップでも同じユニットが落とされるでしょうか？
lesson-step-new-mask-answer-1 = いいえ。ステップごとに、隠れユニットの異なる半分が切られます。
lesson-step-new-mask-answer-2 = つまり各ステップは異なる間引かれたネットワークを訓練し、それらはすべて同じ重みを共有しています。
lesson-step-train-eval-title = 訓練と評価
lesson-step-train-eval-question = 検証損失を測るため、ネットワークは訓練に使っていない点に答えます。そのときもユニットを落とすべきでしょうか？
lesson-step-train-eval-answer-1 = いいえ。評価ではすべてのユニットが働き、ランダムな要素はありません（評価モードで確かめられます）。
lesson-step-train-eval-answer-2 = 残ったユニットは訓練中にすでに 1/(1 − p) 倍されているので、今はどのユニットもスケーリング不要です。
lesson-step-train-eval-answer-3 = classic のドロップアウト（「スケーリング」のもう一つの選択肢）は逆にスケーリングします。訓練では何もせず、評価で全ユニットを ×(1 − p) にします。どちらでも次の層が受け取る入力は平均すると同じです。
lesson-step-overfit-title = ドロップアウトなしの過学習
lesson-step-overfit-question = このネットワークには17,000個の重みと80個の訓練点があり、ドロップアウトはありません（p = 0）。訓練損失（実線）は下がっていきます。検証損失（破線）はどうなるでしょうか？
lesson-step-overfit-answer-1 = 早い段階で底を打ち（このシードでは10エポック以内）、その後は最良値の1.5倍以上まで上がります。その間も訓練損失はゼロに向かって下がり続けます。
lesson-step-overfit-answer-2 = ネットワークは訓練点を、ラベルの誤った点まで丸暗記しています（決定境界の地図の島を見てください）。これが過学習です。
lesson-step-gap-title = ドロップアウトは差を縮める
lesson-step-gap-question = 同じネットワークが今度は p = 0.2 と p = 0.5 で競走します。初期の重みも、ミニバッチも同じです。最後に検証損失がいちばん低いのはどの実行でしょうか？
lesson-step-gap-answer-1 = 3つのうち p = 0.5 の実行です。
lesson-step-gap-answer-2 = p = 0.5 の実行は訓練損失が高いままですが、検証損失は低く終わり、2本の曲線の差は半分未満の幅になります。
lesson-step-underfit-title = ドロップアウトが多すぎると学習不足になる
lesson-step-underfit-question = もっと小さいネットワーク（各層16ユニット）で、2番目の実行はそのうち90%を落とします（p = 0.9）。p = 0.5 が効いたのなら、p = 0.9 はもっと効くでしょうか？
lesson-step-underfit-answer-1 = いいえ。1つの例につき16ユニットのうち1つか2つしか残らないのでは、二つの月を学ぶには少なすぎます。
lesson-step-underfit-answer-2 = p = 0.9 の実行は、訓練損失も検証損失も p = 0.5 の実行より高く終わり、どちらも 0.69（五分五分で当てずっぽうに答えたときの損失）に近くなります。これが学習不足です。
lesson-step-which-p-title = どの p？
lesson-step-which-p-question = 各層32ユニットのネットワークで4つの率が競走します：p = 0、0.2、0.5、0.9。最後に検証損失がいちばん低いのはどれでしょうか？
lesson-step-which-p-answer-1 = 真ん中のどれか、p = 0.2 か p = 0.5 です。
lesson-step-which-p-answer-2 = p = 0 は訓練損失が最も低く終わって過学習し、p = 0.9 は訓練損失が最も高く終わって学習不足になります。
lesson-step-which-p-answer-3 = ドロップアウトは少なすぎても多すぎても検証損失が増えます。最良の p はその間にあります。
lesson-step-which-p-answer-4 = 下の「スイープ」パネルは 0 から 0.9 までのすべての p でネットワークを訓練します。「スイープ開始」を押すと曲線全体が見られます。
lesson-step-why-title = なぜうまくいくのか
lesson-step-why-question = 訓練ではステップごとに異なる間引かれたネットワークを使い、評価ではネットワーク全体を一度だけ使います。なぜ1つのネットワークが間引かれたネットワークすべての代わりになれるのでしょうか？
lesson-step-why-answer-1 = 全ユニットが働いていると、各層は次の層に、間引かれたネットワークが平均して与えていた入力を与えます。
lesson-step-why-answer-2 = 層が重なると、それはそれらの答えの平均に近いだけです。下のビューがどれほど近いかを示します。
lesson-step-rivals-title = ドロップアウト vs L2 vs バッチ正規化
lesson-step-rivals-question = 過学習の対策はドロップアウトだけではありません。これらの実行では、同じスタートからドロップアウトを L2 重み減衰やバッチ正規化と競わせます。最後に検証損失がいちばん低いのはどれでしょうか？
lesson-step-rivals-answer-1 = グラフの下の説明に、これらの曲線が示すこと、示さないことが書いてあります。

diagram-banner-dropconnect = 学習 — このミニバッチの DropConnect マスク：落とした重みは灰色の破線
diagram-banner-gaussian = 学習 — 1 つの例のガウスノイズ：各ユニット × N(1, p/(1−p)) からの係数
diagram-mistake-dropout-at-evaluation = 評価 — 誤り：ドロップアウトがオンのまま、評価のたびに新しいマスク
diagram-mistake-no-evaluation-scaling = 評価 — 誤り：全ユニットがオンだが 1−p 倍されていない：入力が大きすぎる
diagram-mistake-keep-read-as-drop = 学習 — 誤り：p を残す確率と読んだので、各層が 1 − p を落とす
diagram-weights-kept-of = { $n } 中 { $kept } 残す
diagram-weights-expected = 重み（≈ { $n }）
diagram-kept-ones-scaled = 残り ×{ $scale }
diagram-no-noise = ノイズなし
diagram-gaussian-factor = × N(1, { $variance })
diagram-factors-range = 係数 { $lo } … { $hi }

error-drop-rate = { $layer } のドロップアウト率 { $p } は無効です：0 ≤ p < 1 を満たす必要があります（p はユニットを落とす確率）
error-out-of-range = { $what } = { $value } は範囲外です：{ $min } から { $max } の間でなければなりません
error-shape = 形が合いません：{ $why }
error-unknown = 不明な { $kind }「{ $name }」；既知のもの：{ $known }
error-config = 無効な設定：{ $why }

## コアのエラーメッセージの中身（src/core/error.rs、#19）。

error-layer-input = 入力層
error-layer-hidden = 隠れ層 { $layer }
error-inside = { $error }
quantity-inputs = 入力の数
quantity-outputs = 出力の数
quantity-hidden-layer-count = 隠れ層の数
quantity-hidden-layers = 隠れ層の数
quantity-hidden-units = 隠れ層 { $layer } のユニット数
quantity-batch-size = バッチサイズ
quantity-minibatch-size = ミニバッチサイズ
quantity-learning-rate = 学習率
quantity-weight-decay = 重み減衰
quantity-l2 = L2 の強さ
quantity-max-norm = 最大ノルムの半径
quantity-training-points = 訓練データの点数
quantity-validation-points = 検証データの点数
quantity-training-images = 訓練画像の数
quantity-validation-images = 検証画像の数
quantity-noise = ノイズ
quantity-input-noise = 入力ノイズ
quantity-label-noise = ラベルノイズ
quantity-target-noise = 目標値のノイズ
quantity-classes = クラス数
quantity-seed = シード
quantity-focused-run = 選択中の実行
quantity-speed = 速度
quantity-lesson-step = レッスンのステップ
kind-preset = プリセット
kind-dataset = データセット
kind-activation = 活性化関数
kind-optimiser = 最適化手法
kind-regression-curve = 回帰曲線
kind-run-variant = 実行のバリエーション
kind-inside-view = 「ドロップアウトの内側」の表示
shape-rates-vs-layers = ドロップアウト率が { $rates } 個与えられましたが、ネットワークのドロップアウト層は { $layers } 個です（入力 + 隠れ層 { $hidden } 個）
shape-points-vs-inputs = 点の座標は { $columns } 個ですが、ネットワークの入力は { $inputs } 個です
shape-sets-differ = 訓練データと検証データでタスク、特徴量、または目標値が異なります
shape-set-targets = { $set ->
        [training] 訓練データ
       *[validation] 検証データ
    }：例 { $examples } 個、幅 { $width } の目標値 { $targets } 個（期待される幅は { $expected }）
shape-no-dropout-layer = ドロップアウト層 { $layer } はありません（ネットワークには { $layers } 個）
config-softmax-classes = softmax 出力には 2 クラス以上が必要です
config-max-runs = 同時に競争できる実行は最大 { $max } 個です
config-last-run = 最後の実行は削除できません：ラボには少なくとも 1 つ必要です
config-no-run = 実行 { $run } はありません：実験の実行は { $runs } 個です
config-sets-empty = 訓練データと検証データの両方に例が必要です
config-not-a-number = { $what }：「{ $raw }」は数ではありません
config-two-noises = 1 つの実行にノイズは 1 つだけで、2 つは付けられません（「{ $text }」）
config-two-mistakes = 間違いは実行ごとに 1 つだけです（「{ $text }」）
config-digits-total = 訓練画像 + 検証画像 = { $total } ですが、手書き数字のデータセットには { $examples } 枚しかありません
image-version = エンジンはバージョン { $version } のイメージを送りましたが、ページが読むのはバージョン { $expected } です
image-runs = エンジンのイメージには実行が { $runs } 個あります
image-ended = エンジンのイメージが途中で終わっています（ラボのバージョンが違う？）
image-extra-bytes = エンジンのイメージがページの読む量より { $bytes } バイト多くなっています
image-not-utf8 = エンジンのイメージに UTF-8 ではないテキストがあります
image-matrix-shape = エンジンのイメージの行列が { $rows } × { $columns }、ページのものが { $expected_rows } × { $expected_columns } です：2 つのラボの作り方が異なります
image-mask-shape = エンジンの層 { $layer } のマスクが { $rows } × { $columns } です（期待値 { $expected_rows } × { $expected_columns }）
image-dropconnect-layers = エンジンの DropConnect マスクがネットワークの層と合いません
image-dropconnect-shape = DropConnect マスクの形が重みと合いません
image-unknown-code = エンジンのイメージに、ページの知らないコード { $code } があります
csv-too-large = ファイルは { $bytes } バイトです。読み込むのは最大 { $max } バイトです
csv-too-few-rows = データは { $rows } 行です。少なくとも { $min } 行必要です（訓練に 3 行、検証に 1 行）
csv-line = { $line } 行目「{ $text }」：{ $why }
csv-numbers = 数が必要です
csv-columns = x,y,ラベル（2 クラス）または x,y（曲線）が必要です
csv-columns-like-first = 1 行目と同じく { $columns } 個の値が必要です
csv-label = ラベルは 0 か 1 でなければなりません
points-drawn = 描いた点：{ $why }
points-characters = { $characters } 文字ですが、1 点は { $each } 文字です
points-not-base64url = 「{ $character }」は base64url の文字ではありません
points-too-many = { $count } 点は、リンクで運べる { $max } 点を超えています。いくつか消すか、行を減らしてください
points-which-data = 点を描けるのは 2 クラスの 2 次元データと曲線だけです
points-columns = 描いた点がデータセットの列と合いません
setup-not-a-knob = 「{ $key }」はデータとネットワークの設定ではありません
setup-only-points = 自分の点だけ：まずデータパネルに 4 点以上描くか（現在 { $points } 点）、CSV ファイルを読み込んでください
settings-not-a-setting = 「{ $key }」は設定ではありません
settings-ignored = { $key }={ $raw } は無視しました（{ $why }）
settings-partly = { $key }：{ $why }
settings-refused = { $key }={ $raw }：{ $why }
expected-number = { $min } から { $max } までの数が必要です
expected-whole-number = { $min } から { $max } までの整数が必要です
expected-full-or-whole = 'full' か 1 から { $max } までの整数が必要です
expected-one-of = 次のいずれかが必要です：{ $names }
expected-either = '{ $first }' か '{ $second }' が必要です
expected-flag = 0 か 1 が必要です
expected-rate = [0, 1) の率が必要です
expected-text-or-number = テキストか数が必要です
expected-runs = カンマ区切りで 1～{ $max } 個の実行が必要です。それぞれ [0, 1) の率か 入力:隠れ:… の率で、~バリエーションを付けられます
expected-hidden = 64,64 のようにカンマ区切りの整数が必要です：1～{ $layers } 層、各 1～{ $units } ユニット
expected-hideable = { $names } は隠せません（隠せる操作部品：{ $hideable }）
expected-drawn-points = 描いた点が必要です。1 点あたり base64url 4 文字、最大 { $max } 点
variant-not-understood = 実行のバリエーション「{ $variant }」を理解できません
file-not-json = JSON ファイルではありません。
file-not-a-setup = JSON ですが Dropout Lab の設定ではありません（"format": "{ $format }" とその "settings" がありません）。
file-version = バージョン { $version } の設定です。このページが読むのはバージョン { $expected } です。
file-settings-unusable = 使えない設定があります：{ $settings }。

engine-no-command = エンジンにコマンド { $name } はありません

variant-dropout = ドロップアウト
    .title = ユニットを確率 p で落とし、残ったものは ×1/(1−p)
variant-classic = classic ドロップアウト
    .title = 訓練ではスケーリングなし、評価で ×(1−p)
variant-dropconnect = DropConnect
    .title = 個々の重みを確率 p で落とす
variant-gaussian = ガウス型ドロップアウト
    .title = 各ユニット × N(1, p/(1−p)) からの係数
variant-maxnorm = ドロップアウト + max-norm 3
    .title = 各ユニットへの入力の重みを ‖w‖ ≤ 3 に保つ
variant-l2 = L2 0.01
    .title = この実行に重み減衰 λ = 0.01
variant-bn = バッチ正規化
    .title = 各隠れ層をミニバッチ上で正規化
variant-mistake-evaldrop = 誤り：評価中もドロップアウト
    .title = 評価モードを忘れた：検証をランダムに間引かれたネットワークで測っている
variant-mistake-noscale = 誤り：評価で ×(1−p) なし
    .title = classic の訓練、評価はネットワーク全体：出力が大きすぎる
variant-mistake-keep = 誤り：p を残す確率と読む
    .title = p を落とすはずの層が 1 − p を落とす
variant-gaussian-maxnorm = ガウス + max-norm 3
    .title = ガウスノイズと max-norm 制約
mistake-why-evaldrop = 評価中もドロップアウトが有効：検証損失をランダムに間引かれたネットワークで測るため、ノイズが多く平均して悪くなる
mistake-why-noscale = 評価で ×(1−p) を忘れた classic ドロップアウト：ネットワーク全体への入力が訓練時の 1/(1−p) 倍になる
mistake-why-keep = p を残す確率と読んだ：p を落とすはずの層が 1 − p を落とす
dataset-moons = 二つの月
dataset-circles = 円：リングの中の円盤
dataset-spiral = 二重らせん
dataset-xor = XOR の象限
dataset-blobs = 二つのかたまり
dataset-sine = 正弦曲線
dataset-cubic = 三次曲線
dataset-digits = 手書き数字（8×8）
dataset-own = 自分の点だけ（2次元）
dataset-own-curve = 自分の点だけ（曲線）
activation-relu = ReLU
activation-tanh = tanh
activation-sigmoid = シグモイド
activation-linear = 線形（非線形性なし）
optimiser-sgd = SGD
optimiser-momentum = モーメンタム付き SGD（β = 0.9）
optimiser-adam = Adam
setup-rebuilt = { $what }で作り直しました：同じ { $runs } 個の実行と率で、最初から訓練します。
rebuilt-train = 訓練点 { $value } 個
rebuilt-train-preset = プリセットの訓練点
rebuilt-val = 検証点 { $value } 個
rebuilt-val-preset = プリセットの検証点
rebuilt-noise = ノイズ { $value }
rebuilt-noise-preset = プリセットのノイズ
rebuilt-flip = ラベルノイズ { $value }
rebuilt-flip-preset = プリセットのラベルノイズ
rebuilt-l2 = L2 の強さ { $value }
rebuilt-l2-preset = プリセットの L2 の強さ
rebuilt-act = { $title } ユニット
rebuilt-opt = { $title }（学習率は { $lr } のまま。SGD は普通 Adam より大きな学習率が必要）
rebuilt-full-batch = フルバッチ訓練
rebuilt-batch = { $value } 個ずつのミニバッチ
rebuilt-dataset = 「{ $title }」のデータ
rebuilt-dataset-cleared = 「{ $title }」のデータ（描いた { $count } 個の点は { $shape } データ用だったので消しました）
rebuilt-csv = 「{ $file }」の { $count } 個の点（4 つに 1 つは検証用）
rebuilt-csv-scaled = 「{ $file }」の { $count } 個の点、図に収まるよう縮尺（4 つに 1 つは検証用）
rebuilt-point-erased = ({ $x }, { $y }) 付近の点を消去
rebuilt-point-added = ({ $x }, { $y }) にクラス { $label } の{ $set ->
        [validation] 検証点
       *[training] 訓練点
    }を追加
rebuilt-points-cleared = 自分の点を消去

sweep-note-rate = 各点は、シードごとに1つずつ、物語の長さだけ新しい実行を訓練し、すべての隠れ層にその p を使います。線はその平均、帯は最も低いシードから最も高いシードまでです。隠れ層あたり32ユニット（「隠れユニット」に 32,32 と入力）では、二つの月の最終検証損失は U 字形になります。p = 0（過学習）と p = 0.9（学習に使えるユニットが少なすぎる）で高く、p = 0.2 から 0.7 の間で最も低くなります。プリセットの各層128ユニットでは、残った13ユニットでもまだ月を学べます。検証損失は p = 0.6 以上で最も低くなります。点をクリックすると、その率を競走させます。
sweep-note-size = 各 N は N 個の訓練例で新しい実行を訓練します。ドロップアウトなしのものと、選択中の実行の率のものです。二つの月では、N が大きくなるたびに、p = 0 での検証損失と訓練損失の差が毎回縮まります。ドロップアウトの効果（p = 0 の検証損失から p = 0.5 のものを引いた値）は、例が最も少ないとき（20 または 40 点）に最大で、640 点ではその10分の1未満です。論文の図10とは違い、これらの小さな問題では中間に山は現れません。
sweep-hover-n = N = { $n }
sweep-hover-size-series = { $series }：検証 { $val }、差 { $gap }
sweep-hover-gain = 効果 { $gain }
sweep-hover-rate = { $label } · シード { $seeds } 個
sweep-hover-final-val = 最終検証 { $band }
sweep-hover-best-val = 最良検証 { $band }
sweep-hover-final-train = 最終訓練 { $band }
sweep-progress = { $total } 回中 { $done } 回の実行が完了（ワーカー { $workers } 個）
sweep-progress-left = { $progress } · 残り約 { $seconds } 秒
sweep-done = 完了：{ $total } 回中 { $done } 回の実行、{ $seconds } 秒。
sweep-cancelled = 中止：{ $total } 回中 { $done } 回の実行が完了。
sweep-failure-count = { $failure }（これまでに { $n } 件）

inside-note-subnets = 各パネルは1つの間引かれたネットワークです。タイトルは残した隠れユニットの数、隅はそのマスク（層ごとに1列、濃い色 = 残す）を示します。ドロップアウトで訓練すると、これらすべてを同時に訓練します。すべて同じ重みを共有し、各ミニバッチがそのうちの1つを訓練します。その平均がアンサンブルの予測で、重みをスケーリングしたネットワーク全体は1回の計算でそれを近似します。
inside-note-averaging = 曲線は、実行の率で引いた k 個の間引かれたネットワークの予測を平均したものです。直線は重みをスケーリングしたネットワーク全体で、1回の計算です。k = 100 までに、平均はスケーリングしたネットワークと少なくとも同じくらいよく検証されます。
inside-note-spread = MC ドロップアウト：予測時もドロップアウトをオンにしたままの、間引かれたネットワークの予測のばらつき（標準偏差）。ネットワークが迷っている場所の推定であり、較正された確率ではありません。p と、引いたネットワークの数に左右されます。
inside-note-coadaptation = ヒストグラムは、評価時にそのユニットだけを取り除いたとき検証損失がどれだけ上がるかで隠れユニットを数えます（ゼロ未満：そのユニットがない方がよい）。二つの月では、p = 0.5 のネットワークで最も重要なユニットのコストは、p = 0 のネットワークで最も重要なユニットのコストの5分の1未満です。ドロップアウトがあると、どのユニットも不可欠ではありません。どちらのネットワークでも、ほとんどのユニットはあまり重要ではありません。
inside-note-frozen = { $what }（実行 { $run }、エポック { $epoch }：ビュー開始時に固定。）
inside-spread-title = { $label } · 間引かれたネットワーク { $n } 個 · 予測のばらつき
inside-subnet-prob = { $panel } · 確率 { $prob }
inside-subnet-kept = { $panel } · { $kept }/{ $all }
inside-exact-mean = 厳密な平均
inside-full-scaled-short = 全体、スケール済み
inside-average-of = { $k } 個の平均
inside-full-scaled = ネットワーク全体、スケール済み
inside-validation-loss = 検証損失
inside-validation-error = 検証誤り率
inside-hover-row = { $name }：{ $value }
inside-k-axis = k（平均した間引かれたネットワークの数、対数目盛）
inside-spread-band = 帯：間引かれたネットワークの平均 ± 2 標準偏差（推定）
inside-spread-per-digit = 答えの確率の平均標準偏差、正解の数字ごと（推定）
inside-rise-axis = 検証損失の上昇
inside-layer-activity = 隠れ層 { $layer }：平均活性 { $mean } · { $near_zero } がゼロ付近
inside-activation-range = 活性 { $lo } … { $hi }
inside-waiting = ビューを選んで「内側を見る」を押してください。選択中の実行を今の状態で調べます
inside-no-view = このデータには内側のビューがありません（複数入力の回帰）
inside-computing = 計算中… { $percent }%
inside-done = 完了

inside-rises-summary = { $n } ユニット · 最大の上昇 { $largest } · 平均 { $mean }
inside-spread-map-key = 白：ばらつきなし · 最も濃い色：標準偏差 { $largest }（推定）
