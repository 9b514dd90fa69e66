// One timing protocol for every JavaScript-driven contender, in node and in Chromium.
//
// `step(n)` runs n training steps synchronously and returns the last minibatch loss. Warm-up runs
// until the JIT (or tfjs's kernel set-up) has settled and sizes the timed runs so each takes
// about `targetMs`: slow and fast contenders get equally long runs. `cargo xtask bench` then asks
// every contender for one timed run at a time, in rotation, so all of them see the same
// background load (see `serve`).

/** Warm up; returns the number of steps that takes about `targetMs`. */
export function calibrate(step, { targetMs = 400, warmupMs = 800 } = {}) {
  let chunk = 1;
  let rate = 0; // steps per ms, from the last warm-up chunk
  const warmStart = performance.now();
  for (;;) {
    const t0 = performance.now();
    step(chunk);
    const dt = performance.now() - t0;
    rate = chunk / Math.max(dt, 1e-3);
    if (performance.now() - warmStart >= warmupMs) break;
    if (dt < 100) chunk *= 2;
  }
  return Math.max(3, Math.round(rate * targetMs));
}

/** One timed run of `steps` steps: samples per second and the last minibatch loss. */
export function timedRun(step, steps, samplesPerStep) {
  const t0 = performance.now();
  const loss = step(steps);
  const dt = performance.now() - t0;
  return { samplesPerSec: (steps * samplesPerStep * 1000) / dt, loss };
}

/** Warm-up then `runs` timed runs back to back (the stand-alone mode). */
export function measure(step, { samplesPerStep, runs = 5, targetMs = 400, warmupMs = 800 }) {
  const stepsPerRun = calibrate(step, { targetMs, warmupMs });
  const samplesPerSec = [];
  let loss = NaN;
  for (let r = 0; r < runs; r++) {
    const run = timedRun(step, stepsPerRun, samplesPerStep);
    samplesPerSec.push(run.samplesPerSec);
    loss = run.loss;
  }
  return { samplesPerSec, stepsPerRun, loss };
}

/** Stand-alone summary line: workload, contender, samples/s of each run, notes. */
export function resultLine(workload, contender, result, note = '') {
  const rates = result.samplesPerSec.map((r) => r.toFixed(1)).join(',');
  const loss = Number.isFinite(result.loss) ? result.loss.toFixed(4) : 'nan';
  return ['result', workload, contender, rates, `loss ${loss}${note ? '; ' + note : ''}`].join('\t');
}

// The line protocol `cargo xtask bench` speaks with every contender process (stdout/stdin):
//   contender → `ready\t<contender>\t<workload>\t<steps per run>\t<note>` after warm-up
//   xtask     → `run`           contender → `run\t<samples/s>\t<loss>`
//   xtask     → `quit` (or closes stdin)
export const readyLine = (contender, workload, steps, note) =>
  ['ready', contender, workload, steps, note].join('\t');
export const runLine = (run) => ['run', run.samplesPerSec.toFixed(1), run.loss.toFixed(4)].join('\t');
