//! The PyTorch modules the frameworks lack, written out in the generated code: classic dropout
//! (and its forgotten-scaling mistake), Gaussian dropout, DropConnect, max-norm; and the note
//! on batch norm's conventions. Each module draws its noise in one method a test can replace.

pub(super) const CLASSIC: &str = r#"class ClassicDropout(nn.Module):
    """Dropout as the 2014 paper wrote it: no scaling in training, × (1 − p) at evaluation."""

    def __init__(self, p):
        super().__init__()
        self.p = p

    def mask(self, x):
        return (torch.rand_like(x) >= self.p).to(x.dtype)  # 1 = kept, 0 = dropped

    def forward(self, x):
        if self.training:
            return x * self.mask(x)
        return x * (1 - self.p)


"#;

pub(super) const FORGOT_SCALING: &str = r#"class ClassicDropoutForgotScaling(ClassicDropout):
    """MISTAKE: classic dropout with the × (1 − p) at evaluation forgotten."""

    def forward(self, x):
        if self.training:
            return x * self.mask(x)
        return x  # forgotten × (1 − p): the next layer sees inputs 1/(1 − p) times larger than in training


"#;

pub(super) const GAUSSIAN: &str = r#"class GaussianDropout(nn.Module):
    """Every unit × a factor drawn from N(1, p/(1 − p)): inverted dropout's mean and variance,
    without zeros. Identity at evaluation."""

    def __init__(self, p):
        super().__init__()
        self.p = p

    def noise(self, x):
        return 1 + (self.p / (1 - self.p)) ** 0.5 * torch.randn_like(x)

    def forward(self, x):
        return x * self.noise(x) if self.training else x


"#;

pub(super) const DROPCONNECT: &str = r#"class DropConnectLinear(nn.Linear):
    """DropConnect (Wan et al. 2013): each weight dropped with probability p, one mask per
    minibatch; units are all kept. scaling: "inverted" (kept weights × 1/(1 − p) in training),
    "classic" (× (1 − p) at evaluation), "forgot" (classic with that × (1 − p) forgotten: a MISTAKE)."""

    def __init__(self, n_in, n_out, p, scaling="inverted"):
        super().__init__(n_in, n_out)
        self.p, self.scaling = p, scaling

    def weight_mask(self):
        return (torch.rand_like(self.weight) >= self.p).to(self.weight.dtype)

    def forward(self, x):
        if self.training:
            scale = 1 / (1 - self.p) if self.scaling == "inverted" else 1.0
            return F.linear(x, self.weight * self.weight_mask() * scale, self.bias)
        if self.scaling == "classic":
            x = x * (1 - self.p)
        return F.linear(x, self.weight, self.bias)


"#;

pub(super) const MAX_NORM: &str = r#"def clip_max_norm_(model, c):
    """Max-norm: after each step every unit's incoming weights (a row of a PyTorch weight) are
    shrunk back onto the ball ‖w‖ ≤ c."""
    with torch.no_grad():
        for layer in model.modules():
            if isinstance(layer, nn.Linear):
                norms = layer.weight.norm(dim=1, keepdim=True)
                layer.weight.mul_(torch.clamp(c / norms, max=1.0))


"#;

pub(super) const BATCH_NORM_NOTE: &str = r#"# Batch norm matches the lab's conventions: ε = 1e-5, momentum 0.1 (the newest batch's weight
# in the running averages), the unbiased batch variance in the running variance. One difference:
# PyTorch refuses a one-row training batch; the lab normalises it with the running averages.
# The bias of a Linear before batch norm does nothing in training (the batch mean takes it away):
# its gradient is rounding noise, which Adam turns into full-size steps, in PyTorch and the lab.


"#;
