//! Every sentence the Code panel and the notebook show a class (the code's own comments aside),
//! one function per message, so they can move into the language catalogs in one go.

/// The notebook's first cell (Markdown): what it replays and how far it agrees with the lab.
pub fn notebook_intro(runs: usize, epochs: usize, checked_steps: usize) -> String {
    format!(
        "# Dropout Lab, replayed in PyTorch\n\n\
         This notebook holds the lab's own training and validation data, the initial weights every \
         run starts from (the same for all {runs} run(s), as the lab draws them after Reset), the \
         order in which each of {epochs} epochs visits the training set, and the PyTorch model and \
         training loop of each run with its current rates and variant.\n\n\
         - **Before the first step** the loss equals the lab's (float32 tolerance: relative 1e-4).\n\
         - **Without dropout** (a run with p = 0 everywhere) every step equals the lab's step for step, \
         to float32 tolerance: the first {checked_steps} minibatch losses are compared with the lab's \
         below. The two round differently in the last bits, and training carries such differences \
         forward, so over hundreds of epochs the curves part slowly.\n\
         - **With dropout** the masks come from PyTorch's own generator, not the lab's, so those \
         curves agree with the lab's in shape, not in value.\n\n\
         The lab's recorded curves are embedded too: the plot at the end draws the lab's (dashed) \
         beside PyTorch's (solid). A run whose rates changed during the race is replayed with its \
         current rates."
    )
}

/// Printed by the notebook's check of the loss before the first step.
pub fn notebook_check_initial() -> &'static str {
    "loss before the first step, PyTorch vs lab"
}

/// Printed by the notebook's step-by-step check of a run without dropout.
pub fn notebook_check_steps() -> &'static str {
    "minibatch losses without dropout equal to the lab's (float32 tolerance), from the first on:"
}

/// The plot's axis labels and legend prefixes.
pub fn notebook_plot() -> [&'static str; 4] {
    ["epoch", "validation loss", "PyTorch", "lab"]
}
