//! Benchmarks (`cargo xtask bench`). Placeholder until the bench helper writes it.

pub fn run(_args: &[String]) -> Result<(), String> {
    Err("bench: not yet implemented".to_string())
}
