# Dropout Lab — 简体中文。译自 en.ftl（消息 id、变量和选择键与英文相同）。
# Reviewed-by: nobody yet
# Machine-drafted: awaits a native teacher's review (see the glossary for the terms chosen).
# 术语表：src/l10n/zh-CN.glossary.md

## 页面的固定文字（index.html 中标有 data-l10n-id 的元素）。

page-dropout-lab = Dropout 实验室
page-preset =
    .aria-label = 预设
page-preset-label = 预设
page-seed =
    .aria-label = 随机种子
page-seed-label = 种子
page-new-seed = 新种子
    .title = 抽一个没人选过的种子：新的数据、权重和掩码，丢弃率不变
page-lr =
    .aria-label = 学习率
page-learning-rate-label = 学习率
page-training =
    .aria-label = 训练
page-play = 开始
page-step = 单步
page-reset = 重置
page-speed-label = 速度
page-speed =
    .aria-label = 速度
page-speed-out = 最快
page-lesson-open = 课程
    .title = 引导式课程：先预测，再揭晓（N 下一步，B 上一步，Esc 退出）
page-export = 文件…
    .title = 导出图片和数据，保存或载入设置
page-help-open =
    .aria-label = 帮助和键盘快捷键
    .title = 帮助和键盘快捷键（?）
page-copy-link = 复制链接
page-present = 演示
    .title = 大字体、粗线条，后排也看得清（P）
page-fullscreen = 全屏
    .title = 全屏（F）
page-data-network = 数据与网络
page-data = 数据
page-dataset =
    .aria-label = 数据集
page-dataset-label = 数据集
page-n-train =
    .aria-label = 训练点数
page-training-points-label = 训练点数
page-n-val =
    .aria-label = 验证点数
page-validation-points-label = 验证点数
page-noise =
    .aria-label = 输入噪声
page-noise-label = 噪声
page-flip =
    .aria-label = 标签噪声：标签被翻转的比例
page-label-noise-label = 标签噪声
page-csv-file =
    .aria-label = 数据点的 CSV 文件：x,y,标签 或 x,y
page-load-csv-label = 载入 CSV…
page-draw-on-the-pictures = 在下方的图上绘制
page-drawing-tool =
    .aria-label = 绘图工具
page-class-0 = 类别 0
page-class-1 = 类别 1
page-or-right-click-a = 橡皮擦
    .title = 或右键点击一个点
page-draw-set =
    .aria-label = 新点加入的集合
page-new-points-go-to-label = 新点加入
page-training-2 = 训练集
page-validation = 验证集
page-draw-clear = 清除我画的点
page-network = 网络
page-act =
    .aria-label = 激活函数
page-activation-label = 激活函数
page-opt =
    .aria-label = 优化器
page-optimiser-label = 优化器
page-batch =
    .placeholder = 全部
    .aria-label = 小批量大小，或全部
page-minibatch-label = 小批量
page-l2 =
    .aria-label = L2 强度
page-l2-strength-label = L2 强度
page-small-minibatches-add-noise = 小批量本身会带来噪声，这是 Dropout 之外的又一种正则化。
page-copy-this-link-ctrl = 复制这个链接（Ctrl+C）：
page-link-text =
    .aria-label = 本实验室的链接
page-link-close =
    .aria-label = 关闭链接框
page-banner-close =
    .aria-label = 关闭消息
page-lesson =
    .aria-label = 课程
page-lesson-close =
    .aria-label = 退出课程（实验室保持原样）
    .title = 退出课程（Esc）；实验室保持原样
page-lesson-back = 上一步
page-lesson-reveal = 揭晓
page-lesson-next = 下一步
page-network-2 =
    .aria-label = 网络
page-diagram-title = 网络
page-diagram-mode =
    .aria-label = 图示模式
page-mode-train = 训练模式
page-mode-eval = 评估模式
page-example-label = 样本
page-example =
    .aria-label = 小批量中的样本
page-diagram =
    .aria-label = 网络图：本步被丢弃的单元打叉显示
page-rate-label = 丢弃率
page-rate =
    .aria-label = 丢弃率
page-input-rate-label = 输入丢弃率
page-input-rate =
    .aria-label = 输入层丢弃率
page-scaling = 缩放
page-scaling-2 =
    .aria-label = Dropout 的缩放方式
page-inverted-kept-units-1 = 反向（inverted）：训练时保留的单元 ×1/(1−p)（PyTorch、Keras）
page-classic-no-scaling-in = 经典：训练时不缩放，评估时所有单元 ×(1−p)
page-notation = 记号
page-notation-2 =
    .aria-label = p 的含义
page-p-drop-probability-pytorch = p = 丢弃概率（PyTorch、Keras）
page-p-retain-probability-srivastava = p = 保留概率（Srivastava 等，2014）
page-hidden-units = 隐藏单元
page-hidden =
    .aria-label = 每层隐藏单元数
    .placeholder = 128,128
page-hidden-out = 每层，如 32,32（每层 1–256）
page-rates-racing = 丢弃率赛跑
page-run-variant =
    .aria-label = 当前运行的变体
    .title = 当前运行是什么：Dropout、它的一种对手，或一个典型错误
page-add-run = 添加丢弃率
page-runs =
    .aria-label = 运行
page-results =
    .aria-label = 结果
page-loss-title = 损失：训练（实线）与验证（虚线）
page-log-scale = 对数坐标
page-loss =
    .aria-label = 损失曲线图
page-data-title = 每次运行学到了什么
page-data-2 =
    .aria-label = 每次运行学到了什么
page-sweep-title = 扫描：损失随丢弃率 p 的变化
page-sweep-label = 扫描
page-sweep-kind =
    .aria-label = 扫描什么
page-p-0-0-9 = p = 0 … 0.9
page-training-set-size = 训练集大小
page-each-run-of-a =
    .title = 每个点的每次运行都有自己的种子：种子栏里的那个及其后续
page-sweep-seeds =
    .aria-label = 每点运行次数
page-runs-per-point-label = 每点运行次数
page-sweep-run = 开始扫描
page-sweep-cancel = 取消
page-log-scale-2 = 对数坐标
page-sweep-png = PNG
    .title = 扫描图，2 倍 PNG
page-sweep-csv = CSV
    .title = 每个点的均值、最小值和最大值，CSV 格式
page-sweep-progress =
    .aria-label = 扫描进度
page-sweep-status = 每个点都在这台电脑的所有核心上重新训练若干次运行，每个种子一次。
page-sweep-chart =
    .aria-label = 扫描图：损失随扫描值的变化，各种子的均值及最小–最大范围带
page-inside-title = Dropout 内部
page-view-label = 视图
page-inside-view =
    .aria-label = Dropout 内部视图
page-sub-networks-the-ensemble = 子网络：Dropout 训练的集成
page-averaging-k-networks-vs = 平均 k 个网络与权重缩放的对比
page-uncertainty-from-dropout-mc = 由 Dropout 得到的不确定性（MC Dropout）
page-co-adaptation-one-unit = 共适应：每次移除一个单元
page-inside-compute = 看看内部
page-inside-resample = 重新抽样
    .title = 抽取另一些稀疏化的网络
page-inside-canvas =
    .aria-label = 当前运行的 Dropout 内部视图
page-inside-note = 选一个视图，再按“看看内部”：它作用于当前运行此刻的状态，无论暂停还是正在训练。
page-export-title = 导出与载入
page-files-for-slides-and = 用于幻灯片和练习纸的文件，以预设和种子命名。
page-export-loss = 损失曲线图（PNG，2 倍）
page-export-lab = 整个实验室（PNG）
page-export-csv = 每次运行的历史（CSV）
page-export-setup = 设置（JSON，可再载入）
page-a-saved-setup-opens = 保存的设置会重新打开同一个实验室，每次运行都一样（也可以把文件拖到页面上）。
page-load-setup = 载入设置…
page-setup-file =
    .aria-label = 要载入的设置文件
page-export-close = 关闭
page-help-title = 关于 Dropout 实验室
page-help-close = 关闭
page-help-dropout-html = Dropout 在网络训练时随机关闭一层中的每个单元：<b>p</b> 是“丢弃”一个单元的概率，保留下来的单元乘以 1/(1−p)，使下一层得到的输入平均不变。评估时不丢弃任何单元，因此训练好的网络表现得像它训练过的众多稀疏化网络的平均。
page-what-the-page-shows = 页面上显示的内容
page-help-network-html = <b>网络</b>：当前运行的网络；打叉的单元在本训练步中被丢弃（<i>评估模式</i>显示验证时使用的完整网络）。
page-help-rates-html = <b>丢弃率</b>设置当前运行的隐藏层；<b>丢弃率赛跑</b>列出各次运行，它们从相同的权重出发、使用相同的小批量训练，只有 Dropout 不同。
page-help-loss-html = <b>损失</b>：训练损失为实线，验证损失为虚线，每次运行一种颜色；当前运行两条曲线之间的差距用阴影标出。
page-help-learned-html = <b>每次运行学到了什么</b>：每次运行在数据上的预测。
page-keyboard-shortcuts = 键盘快捷键
page-play-pause = 开始 / 暂停
page-one-step = 单步
page-reset-every-run = 重置所有运行
page-train-mode-eval-mode = 训练模式 / 评估模式
page-focused-run-s-dropout = 当前运行的丢弃率 0.0–0.9
page-focus-the-run-above = 选中上一个 / 下一个运行
page-present-mode = 演示模式
page-fullscreen-2 = 全屏
page-lesson-reveal-then-the = 课程：揭晓，然后下一步；上一步（翻页笔的 PageDown、PageUp）
page-this-help = 本帮助
page-close-this-help-or = 关闭本帮助或消息；退出课程
page-shortcuts-wait-while-you = 在输入框中打字时快捷键不起作用；选中的滑块保留自己的方向键。
page-dropout-lab-needs-javascript = Dropout 实验室需要 JavaScript 和 WebAssembly。
page-lang-label = 语言
page-lang =
    .aria-label = 语言
help-review-awaits = 本译文尚待母语教师审校。
help-review-by = 本译文由 { $who } 审校。

## 页面模块（www/lab/*.js）在实验室变化时写出的文字。

transport-play = 开始
transport-pause = 暂停
speed-max = 最快
# $steps：每秒训练步数
speed-per-second = { $steps } 步/秒
copy-link-done = 链接已复制
notation-rate-label-drop = 丢弃率
notation-rate-label-retain = 保留概率
notation-input-rate-label-drop = 输入丢弃率
notation-input-rate-label-retain = 输入保留率
notation-rate-aria-drop = 丢弃率
notation-rate-aria-retain = 保留概率（1 − 丢弃率）
notation-scaling-inverted-drop = 反向（inverted）：训练时保留的单元 ×1/(1−p)（PyTorch、Keras）
notation-scaling-inverted-retain = 反向（inverted）：训练时保留的单元 ×1/p（PyTorch、Keras）
notation-scaling-classic-drop = 经典：训练时不缩放，评估时所有单元 ×(1−p)
notation-scaling-classic-retain = 经典：训练时不缩放，评估时所有单元 ×p（Srivastava 等）

## 可描述的实验室（#20，src/core/narration/text.rs 和 tables.rs）：赛跑进行时解说的话、
## “描述”、图表的表格和“聆听”。

narration-played = 从第 { $epoch } 轮开始运行。
narration-paused = 在第 { $epoch } 轮暂停。
narration-reset = 已重置：每次运行都回到第 0 轮，初始权重相同。
narration-epoch-of = 第 { $epoch } 轮，共 { $story } 轮。
narration-epoch = 第 { $epoch } 轮。
narration-lowest = 验证损失最低：{ $run }，{ $val }。
narration-rising = { $run }：验证 { $val }，自第 { $since } 轮起上升，训练 { $train }。
narration-turned-upward = { $run }：验证损失转而上升。第 { $since } 轮最低 { $best }，现在 { $now }：网络已开始记住它的训练点。
narration-story-end = 故事在第 { $epoch } 轮结束。结束时验证损失最低：{ $run }，{ $val }。
narration-story-pauses = 训练在此暂停；按“开始”继续。
narration-rate-set = 当前运行现在是 { $run }：{ $readout }。下一个训练步使用它。
narration-input-rate-set = 当前运行的输入丢弃：{ $readout }。下一个训练步使用它。
narration-race-run = { $run }：训练损失 { $train }，验证损失 { $val }{ $rising }{ $accuracy }。
narration-race-run-focused = { $run }（当前）：训练损失 { $train }，验证损失 { $val }{ $rising }{ $accuracy }。
narration-race-rising = ，自第 { $since } 轮起上升
narration-race-accuracy = ，验证准确率 { $accuracy }%
narration-race-not-started = { $runs } 次运行在赛跑；还没有一轮完成。
narration-race-heading = { $epoch } { $runs } 次运行在赛跑。
narration-layer-input = 输入层
narration-layer-hidden = 隐藏层 { $layer }
narration-layer-kept = { $layer }：这一步保留了 { $units } 个{ $kind ->
        [input] 输入
       *[hidden] 单元
    }中的 { $kept } 个。
narration-layer-kept-scaled = { $layer }：这一步保留了 { $units } 个{ $kind ->
        [input] 输入
       *[hidden] 单元
    }中的 { $kept } 个，保留的{ $kind ->
        [input] 输入
       *[hidden] 单元
    } ×{ $scale }。
narration-diagram-train = { $run } 的网络，最近一个小批量的第 { $example } 个样本。
narration-diagram-eval = { $run } 的网络处于评估模式：所有单元都开启，没有丢弃。
narration-diagram-not-started = { $run } 的网络：还没有训练步，所以没有单元被丢弃。
narration-map = { $run } 的决策图：验证点 { $accuracy }% 正确，{ $points } 个中 { $errors } 个错误。
narration-map-where = { $run } 的决策图：验证点 { $accuracy }% 正确，{ $points } 个中 { $errors } 个错误，大多在{ $region ->
        [upper-left] 左上方
        [upper-right] 右上方
        [lower-left] 左下方
       *[lower-right] 右下方
    }。
narration-curve = { $run } 的拟合曲线：验证损失 { $val }。
narration-loss-table-caption = { $run } 每个记录轮次的损失
narration-head-epoch = 轮次
narration-head-training-loss = 训练损失
narration-head-validation-loss = 验证损失
narration-head-validation-accuracy = 验证准确率
narration-named-note = { $name }：{ $note }
narration-lesson-answer = 课程，{ $title }：{ $answer }
narration-sound-mapping = 在损失图旁勾选之前，声音是关闭的。勾选后，“聆听”先播放当前运行的验证损失，再播放它的训练损失，每个记录轮次一个短音：损失为 { $high_loss } 或更高时是 { $high_hz } Hz，{ $low_loss } 或更低时是 { $low_hz } Hz，中间相同的损失比例对应相同的音高步长（对数刻度），所以损失越高音越高。先下降又回升的线是听得见的 U 形转折。声音开启时，一个短促的上升鸣音标出验证损失转而上升的运行。
narration-swept-p = p
narration-swept-points = 训练点数
narration-sweep-empty = 扫描：还没有训练任何点；请按“开始扫描”。
narration-sweep = 最终验证损失随 { $name } 的扫描：在 { $name } = { $best_x } 处最低，{ $best }；{ $name } = { $first_x } 处为 { $first }，{ $name } = { $last_x } 处为 { $last }。曲线{ $shape ->
        [u] 呈 U 形：太少和太多都会增加验证损失
        [first] 在第一个点最低
        [last] 在最后一个点最低
       *[other] 在靠近一端处最低
    }。
narration-sweep-table-caption = 扫描：故事结束时的损失随 { $name } 的变化，跨种子统计
narration-sweep-table-caption-of = { $curve } 的扫描：故事结束时的损失随 { $name } 的变化，跨种子统计
narration-head-validation-mean = 验证损失，均值
narration-head-validation-min = 验证损失，最小
narration-head-validation-max = 验证损失，最大
narration-head-training-mean = 训练损失，均值
narration-table-share = { $percent }%
narration-table-kept = { $units } 中 { $kept }
narration-table-subnets = { $run } 的子网络：每个保留的单元，以及它在平均中的权重
narration-head-subnet = 子网络
narration-head-units-kept = 每层保留的单元
narration-head-weight = 权重
narration-table-averaging = { $run } 的稀疏网络平均与权重缩放的比较
narration-head-networks = 网络
narration-head-validation-error = 验证错误率
narration-row-weight-scaling = 权重缩放
narration-row-average-of = { $k } 个的平均
narration-table-spread = { $run } 由丢弃带来的不确定性（MC dropout）
narration-head-figure = 指标
narration-head-value = 数值
narration-row-points = 图上的点数
narration-row-largest-spread = 最大离散度（标准差）
narration-row-mean-spread = 平均离散度
narration-table-coadaptation = 协同适应：每次去掉一个单元所增加的验证损失
narration-head-run = 运行
narration-head-units-removed = 去掉的单元数
narration-head-mean-rise = 平均增幅
narration-head-largest-rise = 最大增幅

## 可描述实验室的控件（index.html）。
page-describe = 描述
    .title = 用文字说出整个实验室：赛跑、逐层的网络、决策图、扫描（D）
page-loss-table = 表格
    .title = 把图表的数字显示为表格，每次运行一张
page-sweep-table = 表格
    .title = 把扫描的点和范围带显示为表格
page-inside-table = 表格
    .title = 把此视图的数值显示为表格
page-sound =
    .title = 声音：“聆听”把当前运行的损失播放为音高；鸣音标出转而上升的运行
page-sound-label = 声音
page-listen = 聆听
    .title = 把当前运行的验证损失、再把训练损失播放为音高
page-describe-key = 用文字描述整个实验室（供屏幕阅读器使用）
page-hearing-the-lab = 听实验室
page-hearing-html = 屏幕阅读器会即时听到开始、暂停、重置和每次滑块移动；赛跑进行时，每隔几秒最多一句：故事每过十分之一、验证损失转而上升的运行，以及故事的结束。<b>描述</b>（D）一次说出全部内容。图表旁的<b>表格</b>把它的数字显示为表格。

## 嵌入 API（#21）：链接中 embed= 的两种拒绝，显示在横幅上。
embed-not-an-origin = “{ $raw }”不是一个源（应为 http:// 或 https://、主机名和可选端口，后面不能有别的，例如 https://school.example）
embed-too-many-origins = 最多只能信任 { $max } 个源

## 代码面板（#21）。生成的 Python 代码和笔记本保持英文。
page-code-open = 代码
    .title = 把这个实验写成 PyTorch 或 Keras 代码，以及一个重演这场赛跑的笔记本
page-code-title = 这个实验的代码
page-code-close = 关闭
page-code-tabs =
    .aria-label = 框架
page-code-copy = 复制代码
page-code-notebook = 下载笔记本
page-code-about = 笔记本用实验室自己的数据、初始权重和小批量在 PyTorch 中重演这场赛跑：第一步之前的损失和每个不带丢弃的步骤都与实验室一致。
code-copied = 已复制。
code-not-copied = 未复制：{ $why }

## 每位学生（#20）：柔和、高对比、数据光标的句子、扫描点的读数，以及帮助中方向键的一行。
page-calm = 柔和
    .title = 柔和动画：网络中划掉的单元每秒最多变化两次，没有滑动（系统要求减少动画时也会开启）
page-contrast = 高对比
    .title = 高对比度：更醒目的文字、边框、焦点环和图表颜色
page-arrows-key-html = 在图上（“数据与网络”打开时）：移动光标；<kbd>Enter</kbd> 添加一个点，<kbd>Delete</kbd> 删除一个点。在扫描图上：选择一个点；<kbd>Enter</kbd> 让它参加赛跑
page-data-cursor-hint = 也可以用键盘：按 Tab 移到图上，方向键移动光标，Enter 添加一个点，Delete 删除最近的点。
data-cursor = 光标在 x = { $x }，y = { $y }。Enter 添加一个所选类别的点，Delete 删除最近的手绘点。
sweep-readout-size = N = { $n }
sweep-readout-curve = { $run }：验证 { $val }，差距 { $gap }
sweep-readout-gain = 收益 { $gain }
sweep-readout-rate = { $run } · { $seeds } 个种子
sweep-readout-final-val = 最终验证 { $band }
sweep-readout-best-val = 最佳验证 { $band }
sweep-readout-final-train = 最终训练 { $band }

## 预设：菜单中的标题，以及每个预设运行时讲给全班听的说明。说明中的每句话都是由
## tests/claims/ 用英文检验的论断：译文只说同样的内容，不多说。

preset-moons-title = 双月：80 个带噪声的点
preset-moons-note = 八十个点，每十个中有一个标签是错的，而网络有 17,000 个权重：自由度远超数据所能约束。看 p = 0 的运行：它的验证损失在大约一百轮内降到最低（默认种子下在十轮内），随后升到最低值的一倍半或更多，而训练损失继续朝零下降。它在死记那些标错的点：它的决策图在其中几个点周围长出小岛，而 p = 0.5 的运行最多只有一两个。p = 0.5 的运行训练损失较高，但验证损失最终更低，两条曲线之间的差距不到前者的一半。指给学生看掩码：每一步都有不同的一半隐藏单元被关闭，所以没有哪个单元能依赖某个固定的伙伴来圈出一个小岛。
preset-wiggle-title = 波动：噪声中的一条曲线
preset-wiggle-note = 四十个埋在噪声里的正弦波样本，和一个能把曲线弯到任何地方的深层网络。没有 Dropout 时，拟合曲线先找到平滑的波形，然后弯曲去穿过个别带噪声的点：在最初几百轮内，它的验证损失转而上升，而训练损失继续下降。在隐藏层上使用 p = 0.5 时，曲线最终更接近真实的正弦，也更平滑。它稳定得慢，比 p = 0 的运行晚几百轮，但验证损失最终更低，训练与验证的差距也更小。任何验证损失都不可能远低于 0.36，即噪声本身的方差（σ = 0.6）：训练损失低于这个值，比如 p = 0 的运行，就说明模型在拟合噪声。Dropout 让每一个训练步都带有噪声，然而 p = 0.5 的验证曲线反而更平稳：曲线图和拟合曲线使用的是完整网络，没有丢弃任何单元。
preset-digits-title = 数字：100 张训练图像
preset-digits-note = 真实的手写数字，但只有 100 张可供学习。没有 Dropout 时，网络在大约十五轮内就把每张训练图像都认对了。此后它的验证准确率保持不变（相差不超过三个百分点）或略有上升，但验证损失上升 40% 或更多（默认种子下超过两倍）。原因是：它越来越自信，连认错的数字也是如此，而交叉熵会重罚自信的错误：一张被分错的图像的平均损失至少翻倍。Dropout 运行沿用原始论文针对数字的做法：丢弃 20% 的输入像素，以及 20% 或一半的隐藏单元。它们学得更慢，验证损失最终低于 p = 0 的运行，训练与验证的差距也更小。它们的准确率并不更好：最终与 p = 0 的运行相差不到五个百分点，有的种子高一些，有的低一些，所以要看损失，而不是准确率。指给学生看输入层的掩码：整个像素消失了，所以网络必须从一个数字的任意五分之四认出它。
preset-rivals-title = 对手：无、L2、批量归一化、Dropout
preset-rivals-note = 同样八十个带噪声的双月点和同样的网络，四次运行从相同的权重出发，使用相同的二十个样本的小批量：无正则化、L2 权重衰减（λ = 0.01）、每个隐藏层后接批量归一化，以及 p = 0.5 的 Dropout。没有正则化时，验证损失升到最低值的两倍或更多，而它的训练损失降得是四者中最低的。三个对手中的每一个最终的验证损失都低于未正则化的运行。这场赛跑说明它们在这里都能对抗过拟合；它并不给它们排名。

## 丢弃率的写法和运行的名称（src/core/labels.rs）。

label-name-drop = p
label-name-retain = 保留 p
label-rate = { $name } = { $p }
label-run-input = { $name } = { $p }，输入 { $input }

## 丢弃率滑块下的读数（src/core/readout.rs）。

readout-keeps-every-unit = 保留所有单元
readout-mistake-keep-as-drop = 错误：丢弃 { $drops }，保留 { $keeps }
readout-keep-share = 保留 1−p = { $share }
readout-drop-share = 丢弃 1−p = { $share }
readout-gaussian = 每个单元 × N(1, { $variance })
readout-kept-scaled = 保留的{ $things ->
        [weights] 权重
       *[units] 单元
    } ×{ $scale }
readout-no-scaling = 训练时不缩放
readout-left-on = 评估时{ $what ->
        [noise] 噪声
       *[masks] 掩码
    }仍开启
readout-eval-scaled = 评估时 ×{ $scale }
readout-none-at-evaluation = 评估时无
readout-scales = { $training }，{ $evaluation }
readout-on-inputs = { $rate }，作用于 { $inputs } 个输入

## 网络图（src/render/diagram.rs）：列很窄，文字要短。

diagram-train-inverted = 训练 — 一个样本的 Dropout 掩码；保留的单元 ×1/(1−p)
diagram-train-inverted-retain = 训练 — 一个样本的 Dropout 掩码；保留的单元 ×1/p
diagram-train-classic = 训练 — 一个样本的 Dropout 掩码；经典 Dropout：不缩放
diagram-eval-inverted = 评估 — 所有单元开启，不缩放
diagram-eval-classic = 评估 — 所有单元开启，×(1−p)（经典 Dropout）
diagram-eval-classic-retain = 评估 — 所有单元开启，×p（经典 Dropout）
diagram-kept-of = 保留 { $kept }/{ $n }
diagram-expected = 期望 ≈ { $n }
diagram-kept-scaled = 保留的单元 ×{ $scale }
diagram-mask-of = { $rate } 的掩码
diagram-expected-scaled = { $expected }，×{ $scale }
diagram-all-scaled = 所有单元 ×{ $scale }
diagram-layer-input = 输入
diagram-layer-output = 输出
diagram-layer-hidden = 隐藏层 { $layer }
diagram-units-shown = 显示 { $shown }/{ $n }
diagram-units = { $n } 个单元
diagram-next-step = 下一步起 { $rate }

## 损失曲线图（src/render/loss_*.rs）和数据面板的图例（src/render/data_view.rs）。

chart-epoch = 轮次
chart-loss = 损失
chart-loss-log = 损失（对数坐标）
chart-no-losses = 尚无损失
chart-key-train = 训练
chart-key-validation = 验证
chart-hover-epoch = 第 { $epoch } 轮
chart-hover-run = { $run }   训练 { $train }   验证 { $val }
data-key-train = 训练点
data-key-validation = 验证点

## 顶栏的状态和运行列表（www/lab/frames.js、www/lab/runs-list.js）。

status-playing = 第 { $epoch } 轮 · { $rate } 步/秒
status-paused = 第 { $epoch } 轮 · 已暂停
status-title = 同步步数 { $step }
example-of = / { $n }
runs-row-title = 点击以在网络图中显示这次运行，并用滑块调整它
runs-remove = 移除运行 { $run }
runs-diverged = { $run } — 已发散
runs-numbers = 训练 { $train } · 验证 { $val }
runs-numbers-acc = 训练 { $train } · 验证 { $val } · 准确率 { $acc }%
runs-overconfident = { $runs }：验证损失上升而准确率不变 — 网络对自己答错的题越来越过度自信。
note-story = { $note }（这个故事持续 { $epochs } 轮；训练会在那里暂停一次。）
note-left-story = 你已离开预设的故事（{ $changes }）：它的说明和在第 { $epochs } 轮的暂停不再适用。重新选择该预设即可回到故事。
