# Dropout Lab — 日本語。en.ftl からの翻訳（メッセージ id・変数・選択キーは英語と同じ）。
# Reviewed-by: nobody yet
# Machine-drafted: awaits a native teacher's review (see the glossary for the terms chosen).
# 用語集：src/l10n/ja.glossary.md

## ページの固定テキスト（index.html の data-l10n-id の付いた要素）。

page-dropout-lab = Dropout Lab
page-preset =
    .aria-label = プリセット
page-preset-label = プリセット
page-seed =
    .aria-label = 乱数シード
page-seed-label = シード
page-new-seed = 新しいシード
    .title = 誰も選んでいないシードを引く：データ・重み・マスクが新しくなり、率はそのまま
page-lr =
    .aria-label = 学習率
page-learning-rate-label = 学習率
page-training =
    .aria-label = 学習
page-play = 開始
page-step = 1 ステップ
page-reset = リセット
page-speed-label = 速度
page-speed =
    .aria-label = 速度
page-speed-out = 最大
page-lesson-open = レッスン
    .title = ガイド付きレッスン：予想してから答え合わせ（N 次へ、B 戻る、Esc 終了）
page-export = ファイル…
    .title = 画像とデータの書き出し、設定の保存と読み込み
page-help-open =
    .aria-label = ヘルプとキーボードショートカット
    .title = ヘルプとキーボードショートカット（?）
page-copy-link = リンクをコピー
page-present = 発表
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
page-training-points-label = 訓練点数
page-n-val =
    .aria-label = 検証データの点数
page-validation-points-label = 検証点数
page-noise =
    .aria-label = 入力のノイズ
page-noise-label = ノイズ
page-flip =
    .aria-label = ラベルノイズ：ラベルが反転している割合
page-label-noise-label = ラベルノイズ
page-csv-file =
    .aria-label = 点の CSV ファイル：x,y,ラベル または x,y
page-load-csv-label = CSV を読み込む…
page-draw-on-the-pictures = 下の図に描き込めます
page-drawing-tool =
    .aria-label = 描画ツール
page-class-0 = クラス 0
page-class-1 = クラス 1
page-or-right-click-a = 消しゴム
    .title = または点を右クリック
page-draw-set =
    .aria-label = 新しい点の追加先
page-new-points-go-to-label = 新しい点の追加先
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
page-small-minibatches-add-noise = 小さなミニバッチはそれ自体がノイズを加えます。ドロップアウトとは別の正則化です。
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
    .aria-label = レッスンを終了（ラボはそのまま）
    .title = レッスンを終了（Esc）。ラボはそのまま
page-lesson-back = 戻る
page-lesson-reveal = 答え合わせ
page-lesson-next = 次へ
page-network-2 =
    .aria-label = ネットワーク
page-diagram-title = ネットワーク
page-diagram-mode =
    .aria-label = 図の表示モード
page-mode-train = 学習モード
page-mode-eval = 評価モード
page-example-label = 例
page-example =
    .aria-label = ミニバッチ内の例
page-diagram =
    .aria-label = ネットワーク図：このステップで落とされたユニットには×印
page-rate-label = ドロップアウト率
page-rate =
    .aria-label = ドロップアウト率
page-input-rate-label = 入力ドロップアウト
page-input-rate =
    .aria-label = 入力のドロップアウト率
page-scaling = スケーリング
page-scaling-2 =
    .aria-label = ドロップアウトのスケーリング
page-inverted-kept-units-1 = inverted：学習時に残したユニットを ×1/(1−p)（PyTorch、Keras）
page-classic-no-scaling-in = 従来型：学習時はスケーリングせず、評価時に全ユニットを ×(1−p)
page-notation = 記法
page-notation-2 =
    .aria-label = p の意味
page-p-drop-probability-pytorch = p = 落とす確率（PyTorch、Keras）
page-p-retain-probability-srivastava = p = 残す確率（Srivastava ら 2014）
page-hidden-units = 隠れユニット
page-hidden =
    .aria-label = 層ごとの隠れユニット数
    .placeholder = 128,128
page-hidden-out = 層ごと、例 32,32（各 1–256）
page-rates-racing = 率の競争
page-run-variant =
    .aria-label = 選択中の実行の種類
    .title = 選択中の実行が何か：ドロップアウト、その対抗手法のひとつ、またはよくある間違い
page-add-run = 率を追加
page-runs =
    .aria-label = 実行
page-results =
    .aria-label = 結果
page-loss-title = 損失：訓練（実線）と検証（破線）
page-log-scale = 対数目盛
page-loss =
    .aria-label = 損失のグラフ
page-data-title = 各実行が学んだもの
page-data-2 =
    .aria-label = 各実行が学んだもの
page-sweep-title = スイープ：落とす確率 p に対する損失
page-sweep-label = スイープ
page-sweep-kind =
    .aria-label = 何をスイープするか
page-p-0-0-9 = p = 0 … 0.9
page-training-set-size = 訓練データの大きさ
page-each-run-of-a =
    .title = 各点の実行はそれぞれ自分のシードを持つ：シード欄の値とそれに続く値
page-sweep-seeds =
    .aria-label = 1 点あたりの実行数
page-runs-per-point-label = 1 点あたりの実行数
page-sweep-run = スイープ開始
page-sweep-cancel = キャンセル
page-log-scale-2 = 対数目盛
page-sweep-png = PNG
    .title = スイープのグラフを 2 倍の PNG で
page-sweep-csv = CSV
    .title = 各点の平均・最小・最大を CSV で
page-sweep-progress =
    .aria-label = スイープの進み具合
page-sweep-status = 各点では、シードごとに 1 回ずつ新しい実行を、このコンピュータの全コアで学習します。
page-sweep-chart =
    .aria-label = スイープのグラフ：スイープした値に対する損失、シード平均と最小–最大の帯
page-inside-title = ドロップアウトの内側
page-view-label = ビュー
page-inside-view =
    .aria-label = ドロップアウトの内側のビュー
page-sub-networks-the-ensemble = 部分ネットワーク：学習するアンサンブル
page-averaging-k-networks-vs = k 個の平均 vs 重みのスケーリング
page-uncertainty-from-dropout-mc = MC ドロップアウトによる不確かさ
page-co-adaptation-one-unit = 共適応：1 ユニットずつ除く
page-inside-compute = 内側を見る
page-inside-resample = 引き直す
    .title = 別の間引かれたネットワークを引く
page-inside-canvas =
    .aria-label = 選択中の実行のドロップアウトの内側のビュー
page-inside-note = ビューを選んで「内側を見る」を押してください。一時停止中でも学習中でも、その瞬間の選択中の実行を調べます。
page-export-title = 書き出しと読み込み
page-files-for-slides-and = スライドやワークシート用のファイル。プリセットとシードの名前が付きます。
page-export-loss = 損失のグラフ（PNG、2 倍）
page-export-lab = ラボ全体（PNG）
page-export-csv = 各実行の履歴（CSV）
page-export-setup = 設定（JSON、再読み込み可）
page-a-saved-setup-opens = 保存した設定を開くと、同じラボが実行ごとにそのまま再現されます（ファイルをページにドロップしても可）。
page-load-setup = 設定を読み込む…
page-setup-file =
    .aria-label = 読み込む設定ファイル
page-export-close = 閉じる
page-help-title = Dropout Lab について
page-help-close = 閉じる
page-help-dropout-html = ドロップアウトは、ネットワークの学習中に層の各ユニットをランダムに止めます。<b>p</b> はユニットを「落とす」確率で、残ったユニットは 1/(1−p) 倍され、次の層が平均して同じ入力を受け取るようにします。評価時には何も落とさないので、学習済みのネットワークは、学習中の多数の間引かれたネットワークの平均のようにふるまいます。
page-what-the-page-shows = ページに表示されるもの
page-help-network-html = <b>ネットワーク</b>：選択中の実行のネットワーク。×印のユニットはこの学習ステップで落とされたものです（<i>評価モード</i>では検証に使う完全なネットワークを表示）。
page-help-rates-html = <b>ドロップアウト率</b>は選択中の実行の隠れ層を設定します。<b>率の競争</b>は実行の一覧で、どれも同じ重みから同じミニバッチで学習し、違うのはドロップアウトだけです。
page-help-loss-html = <b>損失</b>：訓練損失は実線、検証損失は破線、実行ごとに 1 色。選択中の実行の 2 本の間の差は影で示します。
page-help-learned-html = <b>各実行が学んだもの</b>：各実行のデータに対する予測。
page-keyboard-shortcuts = キーボードショートカット
page-play-pause = 開始 / 一時停止
page-one-step = 1 ステップ
page-reset-every-run = すべての実行をリセット
page-train-mode-eval-mode = 学習モード / 評価モード
page-focused-run-s-dropout = 選択中の実行のドロップアウト率 0.0–0.9
page-focus-the-run-above = 上 / 下の実行を選択
page-present-mode = 発表モード
page-fullscreen-2 = 全画面
page-lesson-reveal-then-the = レッスン：答え合わせ、次のステップへ。戻る（プレゼンターの PageDown、PageUp）
page-this-help = このヘルプ
page-close-this-help-or = このヘルプやメッセージを閉じる。レッスンを終了
page-shortcuts-wait-while-you = 入力欄に入力中はショートカットは働きません。選択中のスライダーは矢印キーをそのまま使います。
page-dropout-lab-needs-javascript = Dropout Lab には JavaScript と WebAssembly が必要です。
page-lang-label = 言語
page-lang =
    .aria-label = 言語
help-review-awaits = この翻訳は、日本語を母語とする教員の確認を待っています。
help-review-by = この翻訳は { $who } が確認しました。

## ラボの変化に応じてページのモジュール（www/lab/*.js）が書く文字列。

transport-play = 開始
transport-pause = 一時停止
speed-max = 最大
# $steps：1 秒あたりの学習ステップ数
speed-per-second = { $steps } 回/秒
copy-link-done = リンクをコピーしました
notation-rate-label-drop = ドロップアウト率
notation-rate-label-retain = 残す確率
notation-input-rate-label-drop = 入力ドロップアウト
notation-input-rate-label-retain = 入力を残す確率
notation-rate-aria-drop = ドロップアウト率
notation-rate-aria-retain = 残す確率（1 − ドロップアウト率）
notation-scaling-inverted-drop = inverted：学習時に残したユニットを ×1/(1−p)（PyTorch、Keras）
notation-scaling-inverted-retain = inverted：学習時に残したユニットを ×1/p（PyTorch、Keras）
notation-scaling-classic-drop = 従来型：学習時はスケーリングせず、評価時に全ユニットを ×(1−p)
notation-scaling-classic-retain = 従来型：学習時はスケーリングせず、評価時に全ユニットを ×p（Srivastava ら）

## プリセット：メニューの題名と、実行中にクラスに語る説明。説明の各文は tests/claims/ が
## 英語で確かめている主張です。翻訳は同じことだけを言い、付け加えません。

preset-moons-title = 2 つの月：ノイズのある 80 点
preset-moons-note = 80 個の点のうち 10 個に 1 個はラベルが間違っていて、ネットワークの重みは 17,000 個。データが決められる以上の自由度がはるかにあります。p = 0 の実行を見てください。検証損失はおよそ 100 エポック以内（既定のシードでは 10 エポック以内）に底を打ち、その後は最小値の 1.5 倍以上まで上がります。その間も訓練損失はゼロに向かって下がり続けます。ラベルの間違った点を丸暗記しているのです。その決定領域の図には、そうした点のいくつかを囲む小島ができますが、p = 0.5 の実行ではせいぜい 1 つか 2 つです。p = 0.5 の実行の訓練損失は高いままですが、検証損失は最終的に低くなり、2 本の曲線の間の差は半分未満です。マスクを指し示してください。ステップごとに隠れユニットの違う半分が止められるので、どのユニットも特定の相棒を頼りに小島を切り出すことはできません。
preset-wiggle-title = うねり：ノイズの中の曲線
preset-wiggle-note = ノイズに埋もれた正弦波の 40 個のサンプルと、曲線をどこででも曲げられる深いネットワーク。ドロップアウトなしでは、当てはめた曲線はまず滑らかな波を見つけ、次に個々のノイズの点を通るように曲がります。最初の数百エポックのうちに検証損失は上昇に転じ、訓練損失は下がり続けます。隠れ層に p = 0.5 を使うと、曲線は最終的に本当の正弦波により近く、より滑らかになります。落ち着くのは遅く、p = 0 の実行より数百エポック後ですが、検証損失は最終的に低く、訓練と検証の差も小さくなります。どの検証損失も、ノイズそのものの分散である 0.36（σ = 0.6）を大きく下回ることはできません。p = 0 の実行のように訓練損失がそれを下回るなら、モデルはノイズに当てはめています。ドロップアウトは学習の各ステップにノイズを加えますが、それでも p = 0.5 の検証曲線のほうが穏やかです。グラフと当てはめた曲線は、ユニットを 1 つも落とさないネットワーク全体を使っています。
preset-digits-title = 数字：訓練画像 100 枚
preset-digits-note = 本物の手書き数字ですが、学習に使えるのは 100 枚だけです。ドロップアウトなしでは、ネットワークはおよそ 15 エポック以内にすべての訓練画像を正しく答えます。その後、検証の正解率は横ばい（3 ポイント以内）か少し上がりますが、検証損失は 40% 以上上がります（既定のシードでは 2 倍を超えます）。理由は、間違える数字についてまで、ますます自信を強めるからです。交差エントロピーは自信のある間違いを重く罰し、誤分類された画像 1 枚あたりの平均損失は少なくとも 2 倍になります。ドロップアウトの実行は、元の論文の数字用の設定に従っています。入力画素の 20% を落とし、隠れユニットは 20% または半分を落とします。学習は遅く、検証損失は最終的に p = 0 の実行を下回り、訓練と検証の差も小さくなります。正解率はよくなりません。p = 0 の実行との差は 5 ポイント以内で、シードによって上回ることも下回ることもあります。ですから正解率ではなく損失を見てください。入力層のマスクを指し示してください。画素がまるごと消えるので、ネットワークは数字の任意の 5 分の 4 からその数字を見分けなければなりません。
preset-rivals-title = 対抗手法：なし、L2、バッチ正規化、ドロップアウト
preset-rivals-note = 同じノイズのある 80 点の月と同じネットワークで、同じ重みから同じ 20 個ずつのミニバッチで学習する 4 つの実行：正則化なし、L2 の荷重減衰（λ = 0.01）、各隠れ層の後のバッチ正規化、p = 0.5 のドロップアウト。正則化なしでは、検証損失は最小値の 2 倍以上まで上がり、訓練損失は 4 つの中でいちばん低くなります。3 つの対抗手法はどれも、正則化なしの実行より低い検証損失で終わります。この競争が示すのは、ここではどれも過学習を抑えるということで、順位を付けるものではありません。

## 率の書き方と実行の名前（src/core/labels.rs）。

label-name-drop = p
label-name-retain = 残す p
label-rate = { $name } = { $p }
label-run-input = { $name } = { $p }、入力 { $input }

## 率のスライダーの下の読み取り値（src/core/readout.rs）。

readout-keeps-every-unit = すべてのユニットを残す
readout-mistake-keep-as-drop = 間違い：{ $drops } を落とし、{ $keeps } を残す
readout-keep-share = 残す 1−p = { $share }
readout-drop-share = 落とす 1−p = { $share }
readout-gaussian = 各ユニット × N(1, { $variance })
readout-kept-scaled = 残した{ $things ->
        [weights] 重み
       *[units] ユニット
    } ×{ $scale }
readout-no-scaling = 学習時はスケーリングなし
readout-left-on = 評価時も{ $what ->
        [noise] ノイズ
       *[masks] マスク
    }はオン
readout-eval-scaled = 評価時に ×{ $scale }
readout-none-at-evaluation = 評価時はなし
readout-scales = { $training }、{ $evaluation }
readout-on-inputs = { $inputs } 個の入力に { $rate }

## ネットワーク図（src/render/diagram.rs）：列が狭いので短く。

diagram-train-inverted = 学習 — 1 例のドロップアウトマスク。残したユニットは ×1/(1−p)
diagram-train-inverted-retain = 学習 — 1 例のドロップアウトマスク。残したユニットは ×1/p
diagram-train-classic = 学習 — 1 例のドロップアウトマスク。従来型：スケーリングなし
diagram-eval-inverted = 評価 — 全ユニットがオン、スケーリングなし
diagram-eval-classic = 評価 — 全ユニットがオン、×(1−p)（従来型ドロップアウト）
diagram-eval-classic-retain = 評価 — 全ユニットがオン、×p（従来型ドロップアウト）
diagram-kept-of = { $n } 中 { $kept } を残す
diagram-expected = 期待値 ≈ { $n }
diagram-kept-scaled = 残したユニット ×{ $scale }
diagram-mask-of = { $rate } のマスク
diagram-expected-scaled = { $expected }、×{ $scale }
diagram-all-scaled = 全ユニット ×{ $scale }
diagram-layer-input = 入力
diagram-layer-output = 出力
diagram-layer-hidden = 隠れ層 { $layer }
diagram-units-shown = { $n } 中 { $shown } を表示
diagram-units = { $n } ユニット
diagram-next-step = 次のステップから { $rate }

## 損失のグラフ（src/render/loss_*.rs）とデータ図の凡例（src/render/data_view.rs）。

chart-epoch = エポック
chart-loss = 損失
chart-loss-log = 損失（対数目盛）
chart-no-losses = まだ損失はありません
chart-key-train = 訓練
chart-key-validation = 検証
chart-hover-epoch = エポック { $epoch }
chart-hover-run = { $run }   訓練 { $train }   検証 { $val }
data-key-train = 訓練データの点
data-key-validation = 検証データの点

## バーの状態表示と実行の一覧（www/lab/frames.js、www/lab/runs-list.js）。

status-playing = エポック { $epoch } · { $rate } 回/秒
status-paused = エポック { $epoch } · 一時停止中
status-title = 同期ステップ { $step }
example-of = / { $n }
runs-row-title = クリックすると、この実行を図に表示し、スライダーで動かせます
runs-remove = 実行 { $run } を削除
runs-diverged = { $run } — 発散
runs-numbers = 訓練 { $train } · 検証 { $val }
runs-numbers-acc = 訓練 { $train } · 検証 { $val } · 正解率 { $acc }%
runs-overconfident = { $runs }：正解率は変わらないのに検証損失が上がっています — ネットワークは、間違えた答えに対して自信過剰になりつつあります。
note-story = { $note }（この話は { $epochs } エポック続きます。そこで学習が一度止まります。）
note-left-story = プリセットの話から外れました（{ $changes }）。その説明と { $epochs } エポックでの一時停止はもう当てはまりません。戻るにはプリセットをもう一度選んでください。
