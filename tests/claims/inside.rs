//! What the Inside dropout views say, on the default preset after its story (two moons, 300
//! epochs), on the seeds 1–10: each sentence of a view's note must hold on at least 9 of them,
//! and a claim that does not hold must not be in the note.

use std::sync::OnceLock;

use dropout_lab::core::inside::Frozen;
use dropout_lab::core::inside::ablation::{self, AblationJob};
use dropout_lab::core::inside::averaging::{self, AveragingJob, MAX_K};
use dropout_lab::core::preset;

use super::seeds::{self, MUST_HOLD, count};

/// Per seed, for the p = 0.5 run: the weight-scaled network's validation loss, the mean loss
/// of one thinned network alone (printed: it is worse than the scaled network on 8 of 10
/// seeds only, so the note does not say so), the loss of the average of 100; and the mean rise of the
/// validation loss when one hidden unit is removed, for p = 0 and p = 0.5.
struct Inside {
    seed: u64,
    scaled: f32,
    single: f32,
    average_100: f32,
    rise_plain: f32,
    rise_dropout: f32,
    /// The largest single-unit rise, p = 0 and p = 0.5.
    worst_plain: f32,
    worst_dropout: f32,
}

fn measured() -> &'static [Inside] {
    static CELL: OnceLock<Vec<Inside>> = OnceLock::new();
    CELL.get_or_init(|| seeds::per_seed(measure))
}

fn measure(seed: u64) -> Inside {
    let mut p = preset::by_name("moons").unwrap().with_seed(seed);
    p.rates = vec![p.rates[0].clone(), p.rates.last().unwrap().clone()];
    let mut lab = p.experiment().unwrap();
    lab.train_epochs(p.epochs);
    let val = lab.split().val.clone();
    let frozen = |i: usize| {
        let run = &lab.runs()[i];
        assert_eq!(run.rates().hidden(), [0.0, 0.5][i]);
        Frozen::of(run.net(), run.rates())
    };
    let averaging = AveragingJob::new(frozen(1), val.x.view(), val.y.view(), 1, MAX_K).run();
    let rise = |i| {
        let job = AblationJob::new(frozen(i), val.x.view(), val.y.view()).run();
        (job.mean_rise().unwrap(), job.largest_rise().unwrap())
    };
    let ((rise_plain, worst_plain), (rise_dropout, worst_dropout)) = (rise(0), rise(1));
    Inside {
        seed,
        scaled: averaging.scaled.unwrap().loss,
        single: averaging.single_mean().unwrap(),
        average_100: averaging.curve[MAX_K - 1].loss,
        rise_plain,
        rise_dropout,
        worst_plain,
        worst_dropout,
    }
}

/// `sentence` is in the note `id` (English, the catalog's source), and holds on the seeds.
fn holds(sentence: &str, id: &str, check: impl Fn(&Inside) -> (bool, String)) {
    let note = dropout_lab::core::l10n::text(id, None);
    assert!(
        note.contains(sentence),
        "the note no longer says '{sentence}'"
    );
    let outcomes = measured().iter().map(|m| {
        let (holds, detail) = check(m);
        (m.seed, holds, detail)
    });
    let holding = count(&format!("moons: {sentence}"), outcomes);
    assert!(
        holding >= MUST_HOLD,
        "'{sentence}' holds on {holding} seeds"
    );
}

#[test]
fn the_average_of_100_thinned_networks_validates_at_least_as_well_as_weight_scaling() {
    let sentence = "By k = 100 the average validates at least as well as the scaled network";
    holds(sentence, averaging::NOTE, |m| {
        let detail = format!(
            "average of 100 {:.4}, scaled {:.4}, one thinned alone {:.4}",
            m.average_100, m.scaled, m.single
        );
        (m.average_100 <= m.scaled, detail)
    });
}

/// The claim (Srivastava et al. §7.1): removing one unit hurts the p = 0.5 network
/// less than the p = 0 one. Counted either way; the note may claim it only if it holds.
#[test]
fn the_ablation_note_claims_less_reliance_only_if_it_holds() {
    let outcomes = measured().iter().map(|m| {
        let detail = format!(
            "mean rise p=0 {:.5}, p=0.5 {:.5}; largest p=0 {:.4}, p=0.5 {:.4}",
            m.rise_plain, m.rise_dropout, m.worst_plain, m.worst_dropout
        );
        (m.seed, m.rise_dropout < m.rise_plain, detail)
    });
    let holding = count(
        "moons: one unit removed hurts p = 0.5 less than p = 0",
        outcomes,
    );
    let claims = dropout_lab::core::l10n::text(ablation::NOTE, None)
        .contains("hurts the dropout network less");
    assert_eq!(
        claims,
        holding >= MUST_HOLD,
        "the claim holds on {holding} of 10 seeds; the note {} it",
        if claims { "makes" } else { "does not make" }
    );
}

#[test]
fn no_single_unit_of_the_dropout_network_is_indispensable() {
    let sentence = "the most important unit of the p = 0.5 network costs less than a fifth of \
what the most important unit of the p = 0 network costs";
    holds(sentence, ablation::NOTE, |m| {
        let detail = format!(
            "largest rise p=0 {:.4}, p=0.5 {:.4}",
            m.worst_plain, m.worst_dropout
        );
        (m.worst_dropout < 0.2 * m.worst_plain, detail)
    });
}
