# Dropout Lab — 简体中文。译自 en.ftl；术语见 zh-CN.glossary.md。
# Reviewed-by: nobody yet

page-dropout-lab = Dropout 实验室
page-preset =
    .aria-label = 预设
page-preset-label = 预设
page-seed =
    .aria-label = 随机种子
page-seed-label = 种子
page-new-seed = 新种子
    .title = 抽一个谁也没选过的种子：新的数据、权重和掩码，丢弃率不变
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
    .aria-label = 帮助与快捷键
    .title = 帮助与快捷键（?）
page-copy-link = 复制链接
page-present = 演示
    .title = 大字号和粗线条，后排也看得清（P）
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
    .aria-label = 标签噪声：被翻转的标签比例
page-label-noise-label = 标签噪声
page-csv-file =
    .aria-label = 点的 CSV 文件：x,y,标签 或 x,y
page-load-csv-label = 载入 CSV…
page-draw-on-the-pictures = 在下面的图上绘制
page-drawing-tool =
    .aria-label = 绘图工具
page-class-0 = 类别 0
page-class-1 = 类别 1
page-or-right-click-a = 橡皮擦
    .title = 或右键单击一个点
page-draw-set =
    .aria-label = 新点所属的集合
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
page-small-minibatches-add-noise = 小批量本身会带来噪声，是 Dropout 之外的另一种正则化。
page-copy-this-link-ctrl = 复制此链接（Ctrl+C）：
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
    .aria-label = 网络图：本步被丢弃的单元以叉号标出
page-rate-label = 丢弃率
page-rate =
    .aria-label = 丢弃率
page-input-rate-label = 输入丢弃
page-input-rate =
    .aria-label = 输入层丢弃率
page-scaling = 缩放
page-scaling-2 =
    .aria-label = Dropout 缩放方式
page-inverted-kept-units-1 = 反向：训练时保留单元 ×1/(1−p)（PyTorch、Keras）
page-classic-no-scaling-in = 经典：训练时不缩放，评估时所有单元 ×(1−p)
page-notation = 记法
page-notation-2 =
    .aria-label = p 的含义
page-p-drop-probability-pytorch = p = 丢弃概率（PyTorch、Keras）
page-p-retain-probability-srivastava = p = 保留概率（Srivastava 等，2014）
page-hidden-units = 隐藏单元
page-hidden =
    .aria-label = 每个隐藏层的单元数
    .placeholder = 128,128
page-hidden-out = 每层，例如 32,32（每层 1–256）
page-rates-racing = 丢弃率赛跑
page-run-variant =
    .aria-label = 所选运行的变体
    .title = 所选运行是什么：Dropout、它的对手之一，或一个经典错误
page-add-run = 添加丢弃率
page-runs =
    .aria-label = 运行
page-results =
    .aria-label = 结果
page-loss-title = 损失：训练（实线）与验证（虚线）
page-log-scale = 对数坐标
page-loss =
    .aria-label = 损失曲线图
page-data-title = 每个运行学到了什么
page-data-2 =
    .aria-label = 每个运行学到了什么
page-sweep-title = 扫描：损失随丢弃率 p 的变化
page-sweep-label = 扫描
page-sweep-kind =
    .aria-label = 扫描什么
page-p-0-0-9 = p = 0 … 0.9
page-training-set-size = 训练集大小
page-each-run-of-a =
    .title = 每个点的每次运行都有自己的种子：种子框中的那个及其后续种子
page-sweep-seeds =
    .aria-label = 每点运行次数
page-runs-per-point-label = 每点运行次数
page-sweep-run = 开始扫描
page-sweep-cancel = 取消
page-log-scale-2 = 对数坐标
page-sweep-png = PNG
    .title = 扫描图，2 倍大小的 PNG
page-sweep-csv = CSV
    .title = 每个点的均值、最小值和最大值，CSV 格式
page-sweep-progress =
    .aria-label = 扫描进度
page-sweep-status = 每个点都在本机所有核心上重新训练若干运行，每个种子一个。
page-sweep-chart =
    .aria-label = 扫描图：损失随扫描值的变化，多个种子的均值及最小–最大区间
page-inside-title = Dropout 内部
page-view-label = 视图
page-inside-view =
    .aria-label = Dropout 内部视图
page-sub-networks-the-ensemble = 子网络：Dropout 训练出的集成
page-averaging-k-networks-vs = k 个网络平均 vs 权重缩放
page-uncertainty-from-dropout-mc = 由 Dropout 得到的不确定性（MC Dropout）
page-co-adaptation-one-unit = 协同适应：每次移除一个单元
page-inside-compute = 查看内部
page-inside-resample = 重新抽样
    .title = 抽取其他稀疏化网络
page-inside-canvas =
    .aria-label = 所选运行的内部视图
page-inside-note = 选一个视图，点“查看内部”：它作用于此刻的所选运行，无论暂停还是运行中。
page-export-title = 导出与载入
page-files-for-slides-and = 用于幻灯片和练习单的文件，以预设和种子命名。
page-export-loss = 损失曲线图（PNG，2×）
page-export-lab = 整个实验室（PNG）
page-export-csv = 每个运行的历史（CSV）
page-export-setup = 设置（JSON，可再次载入）
page-a-saved-setup-opens = 保存的设置会逐个运行地重新打开同一个实验室（也可以把文件拖到页面上）。
page-load-setup = 载入设置…
page-setup-file =
    .aria-label = 要载入的设置文件
page-export-close = 关闭
page-help-title = 关于 Dropout 实验室
page-help-close = 关闭
page-help-dropout-html = Dropout（丢弃法）在网络训练时随机关闭一层中的每个单元：<b>p</b> 是“丢弃”一个单元的概率，被保留的单元乘以 1/(1−p)，使下一层得到的输入在平均意义上不变。评估时不丢弃任何单元，因此训练好的网络就像是它训练时那许多稀疏化网络的平均。
page-what-the-page-shows = 页面显示的内容
page-help-network-html = <b>网络</b>：所选运行的网络；打叉的单元在这一训练步中被丢弃（<i>评估模式</i>显示用于验证的完整网络）。
page-help-rates-html = <b>丢弃率</b>设置所选运行的隐藏层；<b>丢弃率赛跑</b>列出各个运行，它们从相同的权重出发、在相同的小批量上训练，只在 Dropout 上不同。
page-help-loss-html = <b>损失</b>：训练损失为实线，验证损失为虚线，每个运行一种颜色；所选运行两条曲线之间的差距以阴影标出。
page-help-learned-html = <b>每个运行学到了什么</b>：每个运行在数据上的预测。
page-keyboard-shortcuts = 键盘快捷键
page-play-pause = 开始 / 暂停
page-one-step = 单步
page-reset-every-run = 重置所有运行
page-train-mode-eval-mode = 训练模式 / 评估模式
page-focused-run-s-dropout = 所选运行的丢弃率 0.0–0.9
page-focus-the-run-above = 选中上一个 / 下一个运行
page-present-mode = 演示模式
page-fullscreen-2 = 全屏
page-lesson-reveal-then-the = 课程：揭晓，然后下一步；返回（翻页笔的 PageDown、PageUp）
page-this-help = 本帮助
page-close-this-help-or = 关闭本帮助或消息；退出课程
page-shortcuts-wait-while-you = 在输入框中输入时快捷键暂停；选中的滑块保留方向键。
page-dropout-lab-needs-javascript = Dropout 实验室需要 JavaScript 和 WebAssembly。
page-lang-label = 语言
page-lang =
    .aria-label = 语言
help-review-awaits = 本译文尚待母语教师审校。
help-review-by = 本译文由 { $who } 审校。

transport-play = 开始
transport-pause = 暂停
speed-max = 最快
speed-per-second = { $steps }/秒
copy-link-done = 链接已复制
notation-rate-label-drop = 丢弃率
notation-rate-label-retain = 保留概率
notation-input-rate-label-drop = 输入丢弃
notation-input-rate-label-retain = 输入保留
notation-rate-aria-drop = 丢弃率
notation-rate-aria-retain = 保留概率（1 − 丢弃率）
notation-scaling-inverted-drop = 反向：训练时保留单元 ×1/(1−p)（PyTorch、Keras）
notation-scaling-inverted-retain = 反向：训练时保留单元 ×1/p（PyTorch、Keras）
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

## 每位学生（#20）：柔和、高对比、数据光标的句子、数据面板的键盘提示，以及帮助中方向键的一行。
page-calm = 柔和
    .title = 柔和动画：网络中划掉的单元每秒最多变化两次，没有滑动（系统要求减少动画时也会开启）
page-contrast = 高对比
    .title = 高对比度：更醒目的文字、边框、焦点环和图表颜色
page-arrows-key-html = 在图上（“数据与网络”打开时）：移动光标；<kbd>Enter</kbd> 添加一个点，<kbd>Delete</kbd> 删除一个点。在扫描图上：选择一个点；<kbd>Enter</kbd> 让它参加赛跑
page-data-region =
    .aria-label = 数据与网络
page-data-cursor-hint = 也可以用键盘：按 Tab 移到图上，方向键移动光标，Enter 添加一个点，Delete 删除最近的点。
data-cursor = 光标在 x = { $x }，y = { $y }。Enter 添加一个所选类别的点，Delete 删除最近的手绘点。

preset-moons-title = 双月：80 个带噪声的点
preset-moons-note = 八十个点，每十个中有一个标签是错的，而网络有 17,000 个权重：自由度远远超过数据能约束的范围。看 p = 0 的运行：它的验证损失在大约一百轮内降到最低（默认种子下十轮以内），然后升到最低值的一倍半或更高，而训练损失继续向零下降。它在死记那些标错的点：它的决策图在其中好几个点周围长出小岛，而 p = 0.5 的运行最多只有一两个。p = 0.5 运行的训练损失一直更高，但验证损失最终更低，两条曲线之间的差距不到一半宽。指给大家看掩码：每一步都有另一半隐藏单元被关闭，所以没有哪个单元能依赖某个特定的伙伴去划出一座小岛。
preset-wiggle-title = 波动：穿过噪声的曲线
preset-wiggle-note = 四十个淹没在噪声中的正弦波样本，以及一个能在任何地方弯曲其曲线的深层网络。没有 Dropout 时，拟合曲线先找到平滑的波形，然后弯曲着穿过个别带噪声的点：在最初的几百轮内，它的验证损失转而上升，而训练损失继续下降。隐藏层上 p = 0.5 时，曲线最终更接近真实的正弦且更平滑。它收敛得慢，比 p = 0 的运行晚几百轮，但验证损失最终更低，训练与验证的差距更小。任何验证损失都不可能远低于 0.36，即噪声本身的方差（σ = 0.6）：训练损失若低于此值，如 p = 0 的运行，说明模型在拟合噪声。Dropout 让每个训练步都带噪声，然而 p = 0.5 的验证曲线反而更平稳：图表和拟合曲线使用的是完整网络，没有丢弃任何单元。
preset-digits-title = 数字：100 张训练图像
preset-digits-note = 真实的手写数字，但只有 100 张可供学习。没有 Dropout 时，网络大约十五轮内就把每张训练图像都认对了。此后它的验证准确率保持不变（相差三个百分点以内）或略有上升，但验证损失却上升 40% 或更多（默认种子下超过翻倍）。原因是：它变得越来越自信，包括对它认错的数字，而交叉熵会重罚自信的错误：一张被分错的图像上的平均损失至少翻倍。Dropout 运行采用原始论文对数字的做法：丢弃 20% 的输入像素，以及 20% 或一半的隐藏单元。它们学得更慢，验证损失最终低于 p = 0 的运行，训练与验证的差距也更小。它们的准确率并不更好：最终与 p = 0 的运行相差五个百分点以内，有些种子更高，有些更低，所以要看损失，而不是准确率。指给大家看输入层的掩码：整个像素消失，所以网络必须从任意五分之四的数字中认出它。
preset-rivals-title = 对手：无、L2、批归一化、Dropout
preset-rivals-note = 同样的八十个带噪声的双月点和同样的网络，四个运行从相同的权重出发、在相同的 20 个样本的小批量上训练：不加正则化、L2 权重衰减（λ = 0.01）、每个隐藏层后加批归一化，以及 p = 0.5 的 Dropout。不加正则化时，验证损失升到最低值的两倍或更高，而它的训练损失在四者中降得最低。三个对手中的每一个最终的验证损失都低于未正则化的运行。这场赛跑表明它们在这里都能对抗过拟合；它并不给它们排名。

label-name-drop = p
label-name-retain = 保留 p
label-rate = { $name } = { $p }
label-run-input = { $name } = { $p }，输入 { $input }
label-classic = 经典
label-gaussian = 高斯
label-max-norm = 最大范数 { $c }
label-l2 = L2 { $lambda }

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
readout-none-at-evaluation = 评估时不缩放
readout-scales = { $training }，{ $evaluation }
readout-on-inputs = { $inputs } 个输入上 { $rate }

diagram-train-inverted = 训练 — 一个样本的 Dropout 掩码；保留单元 ×1/(1−p)
diagram-train-inverted-retain = 训练 — 一个样本的 Dropout 掩码；保留单元 ×1/p
diagram-train-classic = 训练 — 一个样本的 Dropout 掩码；经典 Dropout：不缩放
diagram-eval-inverted = 评估 — 所有单元开启，不缩放
diagram-eval-classic = 评估 — 所有单元开启，乘以 1−p（经典 Dropout）
diagram-eval-classic-retain = 评估 — 所有单元开启，乘以 p（经典 Dropout）
diagram-kept-of = 保留 { $kept }/{ $n }
diagram-expected = 期望 ≈ { $n }
diagram-kept-scaled = 保留单元 ×{ $scale }
diagram-mask-of = { $rate } 的掩码
diagram-expected-scaled = { $expected }，×{ $scale }
diagram-all-scaled = 所有单元 ×{ $scale }
diagram-layer-input = 输入
diagram-layer-output = 输出
diagram-layer-hidden = 隐藏层 { $layer }
diagram-units-shown = 显示 { $shown }/{ $n }
diagram-units = { $n } 个单元
diagram-next-step = 下一步起 { $rate }

chart-epoch = 轮次
chart-loss = 损失
chart-loss-log = 损失（对数）
chart-no-losses = 尚无损失
chart-key-train = 训练
chart-key-validation = 验证
chart-hover-epoch = 第 { $epoch } 轮
chart-hover-run = { $run }   训练 { $train }   验证 { $val }
data-key-train = 训练点
data-key-validation = 验证点
data-accuracy-per-digit = 每个数字的验证准确率
data-digit-wrong = { $guess } ✗ 实为 { $truth }

status-playing = 第 { $epoch } 轮 · { $rate } 步/秒
status-paused = 第 { $epoch } 轮 · 已暂停
status-title = 同步步数 { $step }
example-of = 共 { $n }
runs-row-title = 点击在网络图中显示此运行，并用滑块调整它
runs-remove = 移除运行 { $run }
runs-diverged = { $run } — 已发散
runs-numbers = 训练 { $train } · 验证 { $val }
runs-numbers-acc = 训练 { $train } · 验证 { $val } · 准确率 { $acc }%
runs-overconfident = { $runs }：验证损失上升而准确率不变 — 网络对它答错的题目越来越过度自信。
runs-restarted = 添加丢弃率后赛跑重新开始：每个运行都从相同的权重重新开始。
note-story = { $note }（这个故事持续 { $epochs } 轮；训练会在那里暂停一次。）
note-left-story = 你已离开预设的故事（{ $changes }）：它的说明和在第 { $epochs } 轮的暂停不再适用。重新选择该预设即可返回。
note-list-separator = {"、"}

draw-count = { $count ->
        [0] 你还没有画点 — 在下面的面板上绘制
       *[other] 你画了 { $count } 个点
    }
draw-not-here = 只能在二维数据和曲线上画点。
preset-your-data = { $title } — 你的数据

start-default-preset = { $error } — 改为载入默认预设。
start-failed = Dropout 实验室无法启动：{ $error }
error-something = 出错了：{ $error }
engine-crashed-restarted = 训练引擎崩溃了（{ $error }）；已用相同设置重新启动。详情见浏览器控制台。
engine-load-failed = 训练引擎无法载入：{ $error }
engine-stopped-dead = 训练引擎已停止（{ $why }），且无法重新启动：请刷新页面。
engine-stopped-restarted = 训练引擎已停止（{ $why }）；已用相同设置启动了新的引擎，赛跑从第 0 轮重新开始。
link-not-understood = 链接中有些设置无法识别：{ $problems }{ $more ->
        [0] {""}
       *[other] ；另有 { $more } 项
    }。这些设置使用默认值。
setup-file-failed = 无法载入设置“{ $file }”：{ $error } 未做任何更改。
setup-not-changed = 未更改：{ $error }。
setup-not-a-number = 未更改：“{ $text }”不是数字。
csv-too-big = 未载入：“{ $file }”有 { $bytes } 字节；最多读取 { $max } 字节。
csv-failed = 未载入：“{ $file }”，{ $error }。
draw-failed = 未绘制：{ $error }。
inside-recompute = 重新计算
lesson-count = 第 { $step } 步，共 { $steps } 步

sweep-key-final-val = 最终验证
sweep-key-best-val = 最佳验证
sweep-key-final-train = 最终训练（评估）
sweep-best = 最佳：{ $run }
sweep-axis-rate = 隐藏层的丢弃率 p
sweep-axis-size = 训练样本数 N（对数）
sweep-empty = “开始扫描”会重新训练每个点
sweep-title-size = 扫描：损失随训练集大小的变化
add-run-full = 最多同时赛跑 { $runs } 个运行 — 请先移除一个

## Lesson, banners, menus, sweep, Inside (#19 follow-up)

lesson-finish = 完成
lesson-step-one-step-title = 慢镜头下的一步
lesson-step-one-step-question = 图中显示的是 p = 0.5 的运行：每个隐藏单元以概率 p = 0.5 被丢弃。点击“揭晓”训练一步。每层 128 个单元中会有多少个被划掉？
lesson-step-one-step-answer-1 = 大约一半，但很少恰好一半：每个单元各自抛一次硬币，以概率 p 被丢弃，以概率 1 − p 被保留。
lesson-step-one-step-answer-2 = 每个保留的单元乘以 1/(1 − p) = 2，因此下一层平均得到相同的输入。
lesson-step-one-step-answer-3 = 每层下方：这个样本保留了多少单元、按 p 预期保留多少，以及缩放倍数。
lesson-step-new-mask-title = 每一步一个新掩码
lesson-step-new-mask-question = 训练继续，每秒一步。下一步还会丢弃同样的单元吗？
lesson-step-new-mask-answer-1 = 不会：每一步关掉的都是隐藏单元中不同的一半。
lesson-step-new-mask-answer-2 = 所以每一步训练的是一个不同的稀疏化网络，而它们共享同一组权重。
lesson-step-train-eval-title = 训练与评估
lesson-step-train-eval-question = 为了测量验证损失，网络要回答它从未训练过的点。这时它还应该丢弃单元吗？
lesson-step-train-eval-answer-1 = 不应该：评估时所有单元都开着，没有任何随机（评估模式会显示）。
lesson-step-train-eval-answer-2 = 保留的单元在训练时已经乘以 1/(1 − p)，所以现在不需要再缩放任何单元。
lesson-step-train-eval-answer-3 = 经典 Dropout（“缩放”下的另一个选项）反过来缩放：训练时不缩放，评估时每个单元 ×(1 − p)。两种方式下，下一层平均得到的输入都相同。
lesson-step-overfit-title = 没有 Dropout 时的过拟合
lesson-step-overfit-question = 这个网络有 17,000 个权重、80 个训练点，没有 Dropout（p = 0）。它的训练损失（实线）会下降。它的验证损失（虚线）会怎样？
lesson-step-overfit-answer-1 = 它很早就到达最低点（在这个种子上不到十轮），然后回升到最佳值的一倍半或更多，而训练损失继续向零下降。
lesson-step-overfit-answer-2 = 网络在死记它的训练点，连标错的点也记住了（看它决策图里的孤岛）：这就是过拟合。
lesson-step-gap-title = Dropout 缩小差距
lesson-step-gap-question = 同一个网络现在以 p = 0.2 和 p = 0.5 比赛，从相同的初始权重出发，用相同的小批量。哪一次运行最终的验证损失最低？
lesson-step-gap-answer-1 = 三次运行中 p = 0.5 的那次。
lesson-step-gap-answer-2 = p = 0.5 运行的训练损失保持较高，但它的验证损失最终更低，两条曲线之间的差距不到一半宽。
lesson-step-underfit-title = Dropout 过多会欠拟合
lesson-step-underfit-question = 一个更小的网络，每层 16 个单元，第二次运行丢弃其中的 90%（p = 0.9）。既然 p = 0.5 有帮助，p = 0.9 会帮助更大吗？
lesson-step-underfit-answer-1 = 不会：每个样本只保留 16 个单元中的一两个，太少了，学不会双月数据。
lesson-step-underfit-answer-2 = p = 0.9 的运行最终的训练损失和验证损失都比 p = 0.5 的运行高，两者都接近 0.69，即五五开瞎猜的损失。这就是欠拟合。
lesson-step-which-p-title = 哪个 p？
lesson-step-which-p-question = 四个丢弃率在每层 32 个单元的网络上比赛：p = 0、0.2、0.5 和 0.9。哪一个最终的验证损失最低？
lesson-step-which-p-answer-1 = 中间的一个，p = 0.2 或 p = 0.5。
lesson-step-which-p-answer-2 = p = 0 最终训练损失最低，但过拟合；p = 0.9 最终训练损失最高，且欠拟合。
lesson-step-which-p-answer-3 = Dropout 太少和太多都会增加验证损失：最好的 p 在两者之间。
lesson-step-which-p-answer-4 = 下方的“扫描”面板为 0 到 0.9 的每个 p 各训练一个网络：点击“开始扫描”查看整条曲线。
lesson-step-why-title = 为什么有效
lesson-step-why-question = 训练时每一步用的是不同的稀疏化网络；评估时只用一次完整网络。为什么一个网络能代替所有稀疏化网络？
lesson-step-why-answer-1 = 所有单元都开着时，每一层给下一层的输入等于稀疏化网络平均给它的输入。
lesson-step-why-answer-2 = 经过好几层后，这只是接近于对它们的答案取平均：下面的视图显示有多接近。
lesson-step-rivals-title = Dropout、L2 与批归一化
lesson-step-rivals-question = Dropout 并不是治疗过拟合的唯一方法。这些运行让它与 L2 权重衰减和批归一化从同一起点比赛。哪一个最终的验证损失最低？
lesson-step-rivals-answer-1 = 图表下方的说明讲了这些曲线显示了什么，以及没有显示什么。

diagram-banner-dropconnect = 训练 — 这个小批量的 DropConnect 掩码：被丢弃的权重画成灰色虚线
diagram-banner-gaussian = 训练 — 一个样本的高斯噪声：每个单元 × 一个取自 N(1, p/(1−p)) 的因子
diagram-mistake-dropout-at-evaluation = 评估 — 错误：Dropout 没有关闭，每次评估都用新掩码
diagram-mistake-no-evaluation-scaling = 评估 — 错误：所有单元开启但没有乘以 1−p：输入过大
diagram-mistake-keep-read-as-drop = 训练 — 错误：p 被当成保留概率，所以每层丢弃 1 − p
diagram-weights-kept-of = 保留 { $kept }/{ $n }
diagram-weights-expected = 权重（≈ { $n }）
diagram-kept-ones-scaled = 保留的 ×{ $scale }
diagram-no-noise = 无噪声
diagram-gaussian-factor = × N(1, { $variance })
diagram-factors-range = 因子 { $lo } … { $hi }

error-drop-rate = { $layer } 的丢弃率 { $p } 无效：必须满足 0 ≤ p < 1（p 是丢弃一个单元的概率）
error-out-of-range = { $what } = { $value } 超出范围：必须在 { $min } 到 { $max } 之间
error-shape = 形状不匹配：{ $why }
error-unknown = 未知的 { $kind }“{ $name }”；已知：{ $known }
error-config = 配置无效：{ $why }

## 核心错误信息中的细节（src/core/error.rs，#19）。

error-layer-input = 输入层
error-layer-hidden = 第 { $layer } 隐藏层
error-inside = { $error }
quantity-inputs = 输入数
quantity-outputs = 输出数
quantity-hidden-layer-count = 隐藏层数
quantity-hidden-layers = 隐藏层数
quantity-hidden-units = 第 { $layer } 隐藏层的单元数
quantity-batch-size = 批量大小
quantity-minibatch-size = 小批量大小
quantity-learning-rate = 学习率
quantity-weight-decay = 权重衰减
quantity-l2 = L2 强度
quantity-max-norm = 最大范数半径
quantity-training-points = 训练点数
quantity-validation-points = 验证点数
quantity-training-images = 训练图像数
quantity-validation-images = 验证图像数
quantity-noise = 噪声
quantity-input-noise = 输入噪声
quantity-label-noise = 标签噪声
quantity-target-noise = 目标噪声
quantity-classes = 类别数
quantity-seed = 随机种子
quantity-focused-run = 选中的运行
quantity-speed = 速度
quantity-lesson-step = 课程步骤
kind-preset = 预设
kind-dataset = 数据集
kind-activation = 激活函数
kind-optimiser = 优化器
kind-regression-curve = 回归曲线
kind-run-variant = 运行变体
kind-inside-view = “Dropout 内部”视图
shape-rates-vs-layers = 给出了 { $rates } 个丢弃率，而网络有 { $layers } 个 Dropout 层（输入层 + { $hidden } 个隐藏层）
shape-points-vs-inputs = 数据点有 { $columns } 个坐标，而网络接受 { $inputs } 个
shape-sets-differ = 训练集和验证集在任务、特征或目标上不一致
shape-set-targets = { $set ->
        [training] 训练集
       *[validation] 验证集
    }：{ $examples } 个样本，{ $targets } 个宽度为 { $width } 的目标（应为宽度 { $expected }）
shape-no-dropout-layer = Dropout 层 { $layer } 不存在（网络只有 { $layers } 个）
config-softmax-classes = softmax 输出至少需要 2 个类别
config-max-runs = 最多只能有 { $max } 个运行同时比赛
config-last-run = 不能移除最后一个运行：实验室至少需要一个
config-no-run = 没有第 { $run } 个运行：实验有 { $runs } 个运行
config-sets-empty = 训练集和验证集都必须有样本
config-not-a-number = { $what }：“{ $raw }”不是数字
config-two-noises = 一个运行只能有一种噪声，不能有两种（“{ $text }”）
config-two-mistakes = 每个运行只能有一个错误（“{ $text }”）
config-digits-total = 训练图像 + 验证图像 = { $total }，但手写数字数据集只有 { $examples } 张
image-version = 引擎发送的是第 { $version } 版镜像，页面读取第 { $expected } 版
image-runs = 引擎的镜像中有 { $runs } 个运行
image-ended = 引擎的镜像提前结束（实验室版本不同？）
image-extra-bytes = 引擎的镜像比页面读取的多出 { $bytes } 字节
image-not-utf8 = 引擎的镜像含有非 UTF-8 文本
image-matrix-shape = 引擎镜像中的一个矩阵是 { $rows } × { $columns }，页面的是 { $expected_rows } × { $expected_columns }：两个实验室的构建方式不同
image-mask-shape = 引擎中第 { $layer } 层的掩码是 { $rows } × { $columns }，应为 { $expected_rows } × { $expected_columns }
image-dropconnect-layers = 引擎的 DropConnect 掩码与网络的层不匹配
image-dropconnect-shape = 有一个 DropConnect 掩码与其权重形状不同
image-unknown-code = 引擎的镜像含有页面不认识的代码 { $code }
csv-too-large = 文件有 { $bytes } 字节；最多读取 { $max } 字节
csv-too-few-rows = 数据只有 { $rows } 行；至少需要 { $min } 行（三行训练，一行验证）
csv-line = 第 { $line } 行“{ $text }”：{ $why }
csv-numbers = 应为数字
csv-columns = 应为 x,y,标签（两类）或 x,y（曲线）
csv-columns-like-first = 应与第一行一样有 { $columns } 个值
csv-label = 标签必须是 0 或 1
points-drawn = 绘制的点：{ $why }
points-characters = { $characters } 个字符，但每个点占 { $each } 个
points-not-base64url = “{ $character }”不是 base64url 字符
points-too-many = { $count } 个点超过了链接能携带的 { $max } 个；请删除一些，或使用更少的行
points-which-data = 只能在两类二维数据和曲线上绘制点
points-columns = 绘制的点与数据集的列不匹配
setup-not-a-knob = “{ $key }”不是数据与网络的设置项
setup-only-points = 仅用你的点：请先在数据面板上至少画 4 个点（现在 { $points } 个），或载入 CSV 文件
settings-not-a-setting = “{ $key }”不是设置项
settings-ignored = 已忽略 { $key }={ $raw }（{ $why }）
settings-partly = { $key }：{ $why }
settings-refused = { $key }={ $raw }：{ $why }
expected-number = 应为 { $min } 到 { $max } 之间的数
expected-whole-number = 应为 { $min } 到 { $max } 之间的整数
expected-full-or-whole = 应为 'full' 或 1 到 { $max } 之间的整数
expected-one-of = 应为以下之一：{ $names }
expected-either = 应为 '{ $first }' 或 '{ $second }'
expected-flag = 应为 0 或 1
expected-rate = 应为 [0, 1) 中的比率
expected-text-or-number = 应为文本或数字
expected-runs = 应为 1 到 { $max } 个以逗号分隔的运行；每个是 [0, 1) 中的一个比率，或 输入:隐藏:… 形式的比率，可加 ~变体
expected-hidden = 应为以逗号分隔的整数，如 64,64：1 到 { $layers } 层，每层 1 到 { $units } 个单元
expected-hideable = 无法隐藏 { $names }（可隐藏的控件：{ $hideable }）
expected-drawn-points = 应为绘制的点，每个 4 个 base64url 字符，最多 { $max } 个
variant-not-understood = 无法理解运行变体“{ $variant }”
file-not-json = 这不是 JSON 文件。
file-not-a-setup = 这是 JSON，但不是 Dropout Lab 的设置文件（没有 "format": "{ $format }" 及其 "settings"）。
file-version = 这是第 { $version } 版的设置；本页面读取第 { $expected } 版。
file-settings-unusable = 其中一些设置无法使用：{ $settings }。

engine-no-command = 引擎没有命令 { $name }

variant-dropout = Dropout
    .title = 单元以概率 p 关闭，保留的 ×1/(1−p)
variant-classic = 经典 Dropout
    .title = 训练时不缩放，评估时 ×(1−p)
variant-dropconnect = DropConnect
    .title = 单个权重以概率 p 关闭
variant-gaussian = 高斯 Dropout
    .title = 每个单元 × 一个取自 N(1, p/(1−p)) 的因子
variant-maxnorm = Dropout + 最大范数 3
    .title = 每个单元的输入权重保持在 ‖w‖ ≤ 3 以内
variant-l2 = L2 0.01
    .title = 本次运行的权重衰减 λ = 0.01
variant-bn = 批归一化
    .title = 每个隐藏层在小批量上归一化
variant-mistake-evaldrop = 错误：评估时 Dropout 仍开启
    .title = 忘了评估模式：验证是在随机稀疏化网络上测的
variant-mistake-noscale = 错误：评估时没有 ×(1−p)
    .title = 经典训练，评估时用完整网络：输出过大
variant-mistake-keep = 错误：把 p 当成保留概率
    .title = 本应丢弃 p 的层丢弃了 1 − p
variant-gaussian-maxnorm = 高斯 + 最大范数 3
    .title = 高斯噪声加最大范数约束
mistake-why-evaldrop = 评估时仍开着 Dropout：验证损失是在随机稀疏化的网络上测的，有噪声，平均也更差
mistake-why-noscale = 经典 Dropout 评估时没有 ×(1−p)：完整网络的输入是训练时的 1/(1−p) 倍
mistake-why-keep = 把 p 当成保留概率：本应丢弃 p 的层丢弃了 1 − p
dataset-moons = 双月
dataset-circles = 圆环：环中一个圆盘
dataset-spiral = 双螺旋
dataset-xor = XOR 象限
dataset-blobs = 两团点
dataset-sine = 正弦曲线
dataset-cubic = 三次曲线
dataset-digits = 手写数字（8×8）
dataset-own = 只用你的点（二维）
dataset-own-curve = 只用你的点（曲线）
activation-relu = ReLU
activation-tanh = tanh
activation-sigmoid = sigmoid
activation-linear = 线性（无非线性）
optimiser-sgd = SGD
optimiser-momentum = 带动量的 SGD（β = 0.9）
optimiser-adam = Adam
setup-rebuilt = 已用{ $what }重建：同样的 { $runs } 次运行和丢弃率，从头开始训练。
rebuilt-train = { $value } 个训练点
rebuilt-train-preset = 预设的训练点
rebuilt-val = { $value } 个验证点
rebuilt-val-preset = 预设的验证点
rebuilt-noise = 噪声 { $value }
rebuilt-noise-preset = 预设的噪声
rebuilt-flip = 标签噪声 { $value }
rebuilt-flip-preset = 预设的标签噪声
rebuilt-l2 = L2 强度 { $value }
rebuilt-l2-preset = 预设的 L2 强度
rebuilt-act = { $title } 单元
rebuilt-opt = { $title }（学习率仍为 { $lr }；SGD 通常需要比 Adam 更大的学习率）
rebuilt-full-batch = 全批量训练
rebuilt-batch = 每个小批量 { $value } 个
rebuilt-dataset = “{ $title }”数据
rebuilt-dataset-cleared = “{ $title }”数据；你画的 { $count } 个点属于 { $shape } 数据，已清除
rebuilt-csv = 来自“{ $file }”的 { $count } 个点（每四个中一个用于验证）
rebuilt-csv-scaled = 来自“{ $file }”的 { $count } 个点，已缩放到图中（每四个中一个用于验证）
rebuilt-point-erased = 删除 ({ $x }, { $y }) 附近的点
rebuilt-point-added = 在 ({ $x }, { $y }) 添加一个类别 { $label } 的{ $set ->
        [validation] 验证点
       *[training] 训练点
    }
rebuilt-points-cleared = 清除你的点

sweep-note-rate = 每个点按故事长度重新训练若干次运行，每个随机种子一次，所有隐藏层都用这个 p；线是它们的平均，色带从最低的种子到最高的种子。每个隐藏层 32 个单元时（在“隐藏单元”中输入 32,32），双月的最终验证损失呈 U 形：在 p = 0（过拟合）和 p = 0.9（剩下的单元太少，学不会）时较高，在 p = 0.2 到 0.7 之间最低。用预设的每层 128 个单元时，保留 13 个单元仍能拟合双月：验证损失在 p = 0.6 或更高时降到最低。点击一个点，让这个丢弃率参加比赛。
sweep-note-size = 每个 N 用 N 个训练样本重新训练若干次运行，不用 Dropout，以及用当前选中运行的丢弃率。在双月上，随着 N 增大，p = 0 时验证损失与训练损失之间的差距每一步都在缩小。Dropout 的收益（p = 0 的验证损失减去 p = 0.5 的）在样本最少时（20 或 40 个点）最大，到 640 个点时不到那时的十分之一：与论文的图 10 不同，这些小问题在中间没有峰值。
sweep-hover-n = N = { $n }
sweep-hover-size-series = { $series }：验证 { $val }，差距 { $gap }
sweep-hover-gain = 收益 { $gain }
sweep-hover-rate = { $label } · { $seeds } 个种子
sweep-hover-final-val = 最终验证 { $band }
sweep-hover-best-val = 最佳验证 { $band }
sweep-hover-final-train = 最终训练 { $band }
sweep-progress = 已完成 { $done }/{ $total } 次运行，使用 { $workers } 个后台线程
sweep-progress-left = { $progress } · 约剩 { $seconds } 秒
sweep-done = 完成：{ $total } 次运行中的 { $done } 次，用时 { $seconds } 秒。
sweep-cancelled = 已取消：完成了 { $total } 次运行中的 { $done } 次。
sweep-failure-count = { $failure }（目前共 { $n } 次）

inside-note-subnets = 每个面板是一个稀疏化网络：标题数出它保留的隐藏单元，角上显示它的掩码（每层一列，深色 = 保留）。用 Dropout 训练就是同时训练所有这些网络：它们共享同一组权重，每个小批量训练其中一个。它们的平均就是集成的预测；权重缩放后的完整网络只需一次前向计算就能近似它。
inside-note-averaging = 曲线对按本次运行的丢弃率抽取的 k 个稀疏化网络的预测取平均；直线是权重缩放后的完整网络，一次前向计算。到 k = 100 时，平均的验证效果至少和缩放后的网络一样好。
inside-note-spread = MC Dropout：稀疏化网络预测的离散程度（标准差），预测时 Dropout 仍开着。这是对网络在哪里不确定的估计，不是校准过的概率：它取决于 p 和抽取了多少个网络。
inside-note-coadaptation = 直方图按评估时只移除某一个单元后验证损失上升多少来统计隐藏单元（低于零：网络没有它反而更好）。在双月数据上，p = 0.5 网络中最重要的单元的代价不到 p = 0 网络中最重要单元代价的五分之一：有了 Dropout，没有哪个单元是不可或缺的。在两个网络中，大多数单元都不太重要。
inside-note-frozen = { $what }（运行 { $run }，第 { $epoch } 轮：在视图开始时冻结。）
inside-spread-title = { $label } · { $n } 个稀疏化网络 · 预测的离散程度
inside-subnet-prob = { $panel } · 概率 { $prob }
inside-subnet-kept = { $panel } · { $kept }/{ $all }
inside-exact-mean = 精确平均
inside-full-scaled-short = 完整，缩放
inside-average-of = { $k } 个的平均
inside-full-scaled = 完整网络，缩放
inside-validation-loss = 验证损失
inside-validation-error = 验证错误率
inside-hover-row = { $name }：{ $value }
inside-k-axis = k（平均的稀疏化网络数，对数刻度）
inside-spread-band = 色带：稀疏化网络的均值 ± 2 个标准差（估计）
inside-spread-per-digit = 答案概率的平均标准差，按真实数字（估计）
inside-rise-axis = 验证损失的上升
inside-layer-activity = 隐藏层 { $layer }：平均激活 { $mean } · { $near_zero } 接近零
inside-activation-range = 激活值 { $lo } … { $hi }
inside-waiting = 选择一个视图并点击“查看内部”：它查看当前选中运行此刻的状态
inside-no-view = 这些数据没有内部视图（多输入回归）
inside-computing = 计算中… { $percent }%
inside-done = 完成

inside-rises-summary = { $n } 个单元 · 最大上升 { $largest } · 平均 { $mean }
inside-spread-map-key = 白色：无离散 · 最深：标准差 { $largest }（估计）
