// The guided lesson's steps, in order: each sets the lab up, asks the class one question, and
// after the teacher's Reveal plays and points at the element that answers it. Adding a step is
// one entry here; lesson.js does the rest.
//
// Every sentence of an `answer` is a claim about what the screen then shows. It holds on the
// default seed and on at least 9 of the seeds 1–10, and the test named in the comment above it
// pins it (tests/claims/lesson.rs quotes each sentence: rewording one means rewording its test).
//
// A step's fields:
//   title, question, answer  what the card says (the answer only after Reveal)
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
    title: 'One step, in slow motion',
    setup: { rates: DEFAULT_RACE, focus: 2, speed: 0 },
    question: 'The diagram shows the p = 0.5 run: each hidden unit is dropped with probability p = 0.5. Press Reveal to take one training step. How many of the 128 units in each layer will be crossed out?',
    answer: [
      // tests/dropout.rs dropped_fraction_is_binomial_within_four_sigma;
      // tests/claims/lesson.rs step_one_drops_about_half_but_rarely_exactly_half
      'About half, but rarely exactly half: each unit is dropped on its own coin toss, with probability p, and kept with probability 1 − p.',
      // tests/dropout.rs inverted_dropout_scales_kept_units_by_exactly_one_over_keep_prob and
      // mean_of_training_passes_matches_evaluation_in_both_modes
      'Each kept unit is multiplied by 1/(1 − p) = 2, so the next layer gets the same input on average.',
      // the diagram's footer prints these three read-outs (src/render/diagram.rs footer)
      'Under each layer: how many units this example kept, how many p leads us to expect, and the scale.',
    ],
    reveal: 'step',
    spot: ['diagram'],
  },
  {
    title: 'A new mask every step',
    setup: { rates: DEFAULT_RACE, focus: 2, speed: 0 },
    question: 'Training goes on, one step a second. Will the next step drop the same units again?',
    answer: [
      // tests/claims/moons.rs every_step_a_different_half_of_the_hidden_units_is_switched_off
      'No: every step a different half of the hidden units is switched off.',
      // one set of weights per run (src/core/network.rs); a mask only switches units off
      'So each step trains a different thinned network, and all of them share the same weights.',
    ],
    reveal: 'play',
    spot: ['diagram'],
  },
  {
    title: 'Training vs evaluation',
    setup: { rates: DEFAULT_RACE, focus: 2, speed: 0 },
    question: 'To measure the validation loss, the network answers points it never trained on. Should it still drop units then?',
    answer: [
      // tests/dropout.rs evaluation_is_deterministic_and_mask_free
      'No: at evaluation every unit is on and nothing is random (Eval mode shows it).',
      // tests/dropout.rs inverted_dropout_scales_kept_units_by_exactly_one_over_keep_prob
      'The kept units were already scaled by 1/(1 − p) in training, so no unit needs scaling now.',
      // tests/dropout.rs classic_and_inverted_differ_only_by_where_the_scale_goes
      'Classic dropout (the other choice under Scaling) scales the other way round: none in training, every unit ×(1 − p) at evaluation. Either way the next layer gets the same input on average.',
    ],
    reveal: 'eval',
    spot: ['diagram', 'scaling'],
  },
  {
    title: 'Overfitting without dropout',
    setup: { rates: [0], focus: 0 },
    // tests/claims/moons.rs eighty_points_one_in_ten_mislabelled_and_17000_weights
    question: 'This network has 17,000 weights, 80 training points and no dropout (p = 0). Its training loss (solid) will fall. What will its validation loss (dashed) do?',
    answer: [
      // tests/claims/lesson.rs overfitting_without_dropout (the moons note's p = 0 run)
      'It bottoms out early (on this seed within ten epochs), then climbs to one and a half times its best or more, while the training loss keeps falling towards zero.',
      // tests/claims/lesson.rs overfitting_without_dropout (mislabelled points memorised)
      'The network is memorising its training points, the mislabelled ones too (see the islands in its map): that is overfitting.',
    ],
    reveal: 'play',
    spot: ['loss', 'run:0'],
  },
  {
    title: 'Dropout narrows the gap',
    setup: { rates: DEFAULT_RACE, focus: 2 },
    question: 'The same network now races with p = 0.2 and p = 0.5, from the same initial weights on the same minibatches. Which run will end with the lowest validation loss?',
    answer: [
      // tests/claims/lesson.rs dropout_narrows_the_gap_and_p05_ends_lowest_of_the_three
      'The p = 0.5 run, of the three.',
      // tests/claims/moons.rs p05_trains_worse_validates_better_with_less_than_half_the_gap
      'The p = 0.5 run\'s training loss stays higher, but its validation loss ends lower and the gap between its two curves is less than half as wide.',
    ],
    reveal: 'play',
    spot: ['loss', 'run:2'],
  },
  {
    title: 'Too much dropout underfits',
    setup: { hidden: [16, 16], rates: [0, 0.9, 0.5], focus: 1 },
    question: 'A smaller network, 16 units a layer, and the second run drops 90 % of them (p = 0.9). If p = 0.5 helped, will p = 0.9 help even more?',
    answer: [
      // tests/claims/lesson.rs too_much_dropout_underfits (and tests/claims/underfit.rs)
      'No: keeping one or two of 16 units per example is too few to learn the moons.',
      // tests/claims/lesson.rs too_much_dropout_underfits
      'The p = 0.9 run ends with both a higher training loss and a higher validation loss than the p = 0.5 run, both near 0.69, the loss of guessing 50:50. That is underfitting.',
    ],
    reveal: 'play',
    spot: ['loss', 'run:1'],
  },
  // A four-rate race (the most that race at once) shows both ends of the U; the sweep panel
  // below it trains every p, and the answer only points at it (its own note says what it shows).
  {
    title: 'Which p?',
    setup: { hidden: [32, 32], rates: [0, 0.2, 0.5, 0.9], focus: 2 },
    question: 'Four rates race on a network with 32 units a layer: p = 0, 0.2, 0.5 and 0.9. Which ends with the lowest validation loss?',
    answer: [
      // tests/claims/lesson.rs which_p_the_middle_wins_on_a_32_unit_network
      'One in the middle, p = 0.2 or p = 0.5.',
      // tests/claims/lesson.rs which_p_the_middle_wins_on_a_32_unit_network
      'p = 0 ends with the lowest training loss and overfits; p = 0.9 ends with the highest training loss and underfits.',
      'Too little dropout and too much both cost validation loss: the best p lies between.',
      'The Sweep panel below trains a network for every p from 0 to 0.9: press Run sweep to see the whole curve.',
    ],
    reveal: 'play',
    spot: ['loss', 'runs'],
  },
  // Why it works: shown when the inside views (#inside, issue #12) are on the page. The
  // answer points at them.
  {
    title: 'Why it works',
    when: () => document.getElementById('inside') !== null,
    setup: { rates: DEFAULT_RACE, focus: 2 },
    question: 'Training used a different thinned network every step; evaluation uses the whole network once. Why can one network stand in for all the thinned ones?',
    answer: [
      // tests/dropout.rs mean_of_training_passes_matches_evaluation_in_both_modes
      'With every unit on, each layer gives the next one the input the thinned networks gave it on average.',
      // tests/inside.rs with_no_nonlinearity_weight_scaling_equals_the_ensemble_mean (exact only
      // without a nonlinearity); tests/claims/inside.rs the_average_of_100_thinned_networks_validates_at_least_as_well_as_weight_scaling
      'Across several layers that is only close to averaging their answers: the views below show how close.',
    ],
    reveal: 'play',
    spot: ['inside'],
  },
  // Dropout among its rivals: shown once the Rivals preset (issue #13 part 1) exists. Its note
  // says what the curves show, pinned by that preset's own tests, so the answer points at it.
  {
    title: 'Dropout vs L2 vs batch norm',
    when: () => document.querySelector('#preset option[value="rivals"]') !== null,
    setup: { preset: 'rivals', note: true },
    question: 'Dropout is not the only cure for overfitting. These runs race it against L2 weight decay and batch normalisation, from the same start. Which ends with the lowest validation loss?',
    answer: [
      'The note under the charts says what these curves show, and what they do not.',
    ],
    reveal: 'play',
    spot: ['loss', 'note'],
  },
];
