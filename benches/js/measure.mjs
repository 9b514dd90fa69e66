// One timing protocol for every JavaScript-driven contender, in node and in Chromium.
//
// `step(n)` runs n training steps synchronously and returns the last minibatch loss. Warm-up runs
// until the JIT (or tfjs's kernel set-up) has settled, then each timed run is sized to take about
// `targetMs`, so slow and fast contenders get the same number of equally long runs.

export function measure(step, { samplesPerStep, runs = 5, targetMs = 400, warmupMs = 800 }) {
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
  const stepsPerRun = Math.max(3, Math.round(rate * targetMs));
  const samplesPerSec = [];
  let loss = NaN;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    loss = step(stepsPerRun);
    const dt = performance.now() - t0;
    samplesPerSec.push((stepsPerRun * samplesPerStep * 1000) / dt);
  }
  return { samplesPerSec, stepsPerRun, loss };
}

/** The one line format `cargo xtask bench` parses: tab-separated, rates comma-separated. */
export function resultLine(workload, contender, result, note = '') {
  const rates = result.samplesPerSec.map((r) => r.toFixed(1)).join(',');
  const loss = Number.isFinite(result.loss) ? result.loss.toFixed(4) : 'nan';
  return ['result', workload, contender, rates, `loss ${loss}${note ? '; ' + note : ''}`].join('\t');
}
