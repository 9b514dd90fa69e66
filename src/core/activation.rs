//! Hidden-layer activation functions and their derivatives.

/// The nonlinearity applied after every hidden layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activation {
    Relu,
    Tanh,
    Sigmoid,
    Linear,
}

impl Activation {
    /// `f'(z)` written in terms of the output `a = f(z)`, so the backward pass needs only the
    /// activations it already stored (for ReLU, `a > 0` ⇔ `z > 0`).
    #[inline]
    pub fn derivative_from_output(self, a: f32) -> f32 {
        match self {
            Self::Relu => {
                if a > 0.0 {
                    1.0
                } else {
                    0.0
                }
            }
            Self::Tanh => 1.0 - a * a,
            Self::Sigmoid => a * (1.0 - a),
            Self::Linear => 1.0,
        }
    }

    /// Initial weight scale for a layer with `fan_in` inputs and `fan_out` outputs: He (√(2/fan_in))
    /// for ReLU, whose half-zero outputs halve the variance, and Xavier/Glorot (√(2/(fan_in+fan_out)))
    /// for the saturating and linear ones.
    pub fn init_std(self, fan_in: usize, fan_out: usize) -> f32 {
        match self {
            Self::Relu => (2.0 / fan_in as f32).sqrt(),
            _ => (2.0 / (fan_in + fan_out) as f32).sqrt(),
        }
    }
}

/// Numerically stable logistic function.
#[inline]
pub fn sigmoid(z: f32) -> f32 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}
