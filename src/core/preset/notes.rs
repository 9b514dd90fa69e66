//! What each preset's note tells the class while it runs, one sentence per claim. Every
//! sentence holds on at least 9 of the seeds 1–10, or names the seed it describes ("on the
//! default seed"); `tests/claims/` checks each one and quotes it, so rewording a sentence means
//! rewording its test.

/// Two moons: overfitting to mislabelled points, and the masks.
pub const MOONS: &str = "\
    Eighty points, one in ten with the wrong label, and a network with 17,000 weights: \
    far more freedom than the data can pin down. \
    Watch the p = 0 run: its validation loss bottoms out within about a hundred \
    epochs (on the default seed, within ten) and then climbs to one and a half times \
    its best or more, while its training loss keeps falling towards zero. \
    It is memorising the mislabelled points: its decision map grows little islands \
    around several of them, where the p = 0.5 run's has at most one or two. \
    The p = 0.5 run's training loss stays higher, but its validation loss ends lower \
    and the gap between its two curves is less than half as wide. \
    Point at the masks: every step a different half of the hidden units is switched \
    off, so no unit can count on a particular partner to carve out an island.";

/// Wiggle: a regression curve bending through noise.
pub const WIGGLE: &str = "\
    Forty samples of a sine wave buried in noise, and a deep network that can bend \
    its curve anywhere. \
    Without dropout the fitted curve first finds the smooth wave, then bends to pass \
    through individual noisy points: within the first few hundred epochs its \
    validation loss turns upward while its training loss keeps falling. \
    With p = 0.5 on the hidden layers the curve ends closer to the true sine and \
    smoother. \
    It settles slowly, hundreds of epochs after the p = 0 run, but its validation loss \
    ends lower and its train/validation gap smaller. \
    No validation loss can drop far below 0.36, the variance of the noise itself \
    (σ = 0.6): a training loss below that, like the p = 0 run's, means the model is \
    fitting noise. \
    Dropout makes every training step noisy, yet the p = 0.5 validation curve is the \
    calmer one: the chart and the fitted curve use the whole network, no unit dropped.";

/// Digits: validation loss climbing while accuracy holds, and why.
pub const DIGITS: &str = "\
    Real handwritten digits, but only 100 of them to learn from. \
    Without dropout the network gets every training image right within about fifteen \
    epochs. \
    After that its validation accuracy stays level (within three points) or creeps up, \
    yet its validation loss climbs by 40 % or more (on the default seed it more than \
    doubles). \
    The reason: it grows ever more confident, including about the digits it gets \
    wrong, and cross-entropy punishes a confident mistake hard: the average loss on a \
    wrongly classified image at least doubles. \
    The dropout runs follow the original paper's recipe for digits: drop 20 % of the \
    input pixels, and 20 % or half of the hidden units. \
    They learn more slowly, their validation loss ends below the p = 0 run's and their \
    train/validation gap is smaller. \
    Their accuracy is no better: it ends within five points of the p = 0 run's, above \
    it on some seeds and below on others, so watch the losses, not the accuracy. \
    Point at the input-layer mask: whole pixels vanish, so the network must recognise \
    a digit from any four fifths of it.";
