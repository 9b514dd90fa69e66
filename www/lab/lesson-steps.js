// The guided lesson's steps, in order: each sets the lab up, asks the class one question, and
// after the teacher's Reveal plays and points at the element that answers it. Adding a step is
// one entry here; lesson.js does the rest.
//
// Every sentence of an `answer` is a claim about what the screen then shows. It holds on the
// default seed and on at least 9 of the seeds 1–10, and the test named in the comment above it
// pins it (tests/claims/lesson.rs quotes each English sentence from src/l10n/en.ftl: rewording
// one means rewording its test).
//
// A step's fields:
//   title, question, answer  the message ids (src/l10n/*.ftl, `lesson-step-…`) of what the card
//                            says, the answer one id per sentence (shown only after Reveal)
//   when()                   optional: the step is shown only if this is true (a panel exists)
//   setup                    the lab for the question: preset (default: the default preset),
//                            hidden sizes, rates (one hidden p per run, no input dropout),
//                            focus (run index), speed (a Speed position: 0 = 1 step/s; none = the default, max), scaling, note
//                            (show the preset's note: it would give earlier answers away)
//   reveal                   what Reveal does: 'step' (one training step), 'play', 'eval'
//                            (Eval mode, paused)
//   spot                     what Reveal highlights: element ids, or 'run:N' for run N's row

const DEFAULT_RACE = [0, 0.2, 0.5];

export const STEPS = [
  {
    title: 'lesson-step-one-step-title',
    setup: { rates: DEFAULT_RACE, focus: 2, speed: 0 },
    question: 'lesson-step-one-step-question',
    answer: [
      // tests/dropout.rs dropped_fraction_is_binomial_within_four_sigma;
      // tests/claims/lesson.rs step_one_drops_about_half_but_rarely_exactly_half
      'lesson-step-one-step-answer-1',
      // tests/dropout.rs inverted_dropout_scales_kept_units_by_exactly_one_over_keep_prob and
      // mean_of_training_passes_matches_evaluation_in_both_modes
      'lesson-step-one-step-answer-2',
      // the diagram's footer prints these three read-outs (src/render/diagram.rs footer)
      'lesson-step-one-step-answer-3',
    ],
    reveal: 'step',
    spot: ['diagram'],
  },
  {
    title: 'lesson-step-new-mask-title',
    setup: { rates: DEFAULT_RACE, focus: 2, speed: 0 },
    question: 'lesson-step-new-mask-question',
    answer: [
      // tests/claims/moons.rs every_step_a_different_half_of_the_hidden_units_is_switched_off
      'lesson-step-new-mask-answer-1',
      // one set of weights per run (src/core/network.rs); a mask only switches units off
      'lesson-step-new-mask-answer-2',
    ],
    reveal: 'play',
    spot: ['diagram'],
  },
  {
    title: 'lesson-step-train-eval-title',
    setup: { rates: DEFAULT_RACE, focus: 2, speed: 0 },
    question: 'lesson-step-train-eval-question',
    answer: [
      // tests/dropout.rs evaluation_is_deterministic_and_mask_free
      'lesson-step-train-eval-answer-1',
      // tests/dropout.rs inverted_dropout_scales_kept_units_by_exactly_one_over_keep_prob
      'lesson-step-train-eval-answer-2',
      // tests/dropout.rs classic_and_inverted_differ_only_by_where_the_scale_goes
      'lesson-step-train-eval-answer-3',
    ],
    reveal: 'eval',
    spot: ['diagram', 'scaling'],
  },
  {
    title: 'lesson-step-overfit-title',
    setup: { rates: [0], focus: 0 },
    // tests/claims/moons.rs eighty_points_one_in_ten_mislabelled_and_17000_weights
    question: 'lesson-step-overfit-question',
    answer: [
      // tests/claims/lesson.rs overfitting_without_dropout (the moons note's p = 0 run)
      'lesson-step-overfit-answer-1',
      // tests/claims/lesson.rs overfitting_without_dropout (mislabelled points memorised)
      'lesson-step-overfit-answer-2',
    ],
    reveal: 'play',
    spot: ['loss', 'run:0'],
  },
  {
    title: 'lesson-step-gap-title',
    setup: { rates: DEFAULT_RACE, focus: 2 },
    question: 'lesson-step-gap-question',
    answer: [
      // tests/claims/lesson.rs dropout_narrows_the_gap_and_p05_ends_lowest_of_the_three
      'lesson-step-gap-answer-1',
      // tests/claims/moons.rs p05_trains_worse_validates_better_with_less_than_half_the_gap
      'lesson-step-gap-answer-2',
    ],
    reveal: 'play',
    spot: ['loss', 'run:2'],
  },
  {
    title: 'lesson-step-underfit-title',
    setup: { hidden: [16, 16], rates: [0, 0.9, 0.5], focus: 1 },
    question: 'lesson-step-underfit-question',
    answer: [
      // tests/claims/lesson.rs too_much_dropout_underfits (and tests/claims/underfit.rs)
      'lesson-step-underfit-answer-1',
      // tests/claims/lesson.rs too_much_dropout_underfits
      'lesson-step-underfit-answer-2',
    ],
    reveal: 'play',
    spot: ['loss', 'run:1'],
  },
  // A four-rate race (the most that race at once) shows both ends of the U; the sweep panel
  // below it trains every p, and the answer only points at it (its own note says what it shows).
  {
    title: 'lesson-step-which-p-title',
    setup: { hidden: [32, 32], rates: [0, 0.2, 0.5, 0.9], focus: 2 },
    question: 'lesson-step-which-p-question',
    answer: [
      // tests/claims/lesson.rs which_p_the_middle_wins_on_a_32_unit_network
      'lesson-step-which-p-answer-1',
      // tests/claims/lesson.rs which_p_the_middle_wins_on_a_32_unit_network
      'lesson-step-which-p-answer-2',
      'lesson-step-which-p-answer-3',
      'lesson-step-which-p-answer-4',
    ],
    reveal: 'play',
    spot: ['loss', 'runs'],
  },
  // Why it works: shown when the inside views (#inside, issue #12) are on the page. The
  // answer points at them.
  {
    title: 'lesson-step-why-title',
    when: () => document.getElementById('inside') !== null,
    setup: { rates: DEFAULT_RACE, focus: 2 },
    question: 'lesson-step-why-question',
    answer: [
      // tests/dropout.rs mean_of_training_passes_matches_evaluation_in_both_modes
      'lesson-step-why-answer-1',
      // tests/inside.rs with_no_nonlinearity_weight_scaling_equals_the_ensemble_mean (exact only
      // without a nonlinearity); tests/claims/inside.rs the_average_of_100_thinned_networks_validates_at_least_as_well_as_weight_scaling
      'lesson-step-why-answer-2',
    ],
    reveal: 'play',
    spot: ['inside'],
  },
  // Dropout among its rivals: shown once the Rivals preset (issue #13 part 1) exists. Its note
  // says what the curves show, pinned by that preset's own tests, so the answer points at it.
  {
    title: 'lesson-step-rivals-title',
    when: () => document.querySelector('#preset option[value="rivals"]') !== null,
    setup: { preset: 'rivals', note: true },
    question: 'lesson-step-rivals-question',
    answer: [
      'lesson-step-rivals-answer-1',
    ],
    reveal: 'play',
    spot: ['loss', 'note'],
  },
];
