// The two benchmark workloads, shared by every JavaScript contender (node and Chromium).
//
// benches/workloads.rs defines the same workloads for the Rust core (native and WASM): same layer
// sizes, drop rates, learning rate, batch size and the same generated data (mulberry32 with the
// same seeds), so every contender does the same arithmetic per training step.

/** Layer sizes, head, dropout and data of one workload. FLOP per sample = 6 × weights. */
export const WORKLOADS = {
  w1: {
    id: 'w1',
    title: 'W1 2-64-64-1 ReLU, sigmoid/BCE, 400 two-spiral points',
    sizes: [2, 64, 64, 1],
    head: 'sigmoid_bce',
    inputDrop: 0.0,
    hiddenDrop: 0.5,
    learningRate: 0.1,
    batch: 32,
    samples: 400,
  },
  w2: {
    id: 'w2',
    title: 'W2 64-256-256-10 ReLU, softmax/CE, 1,500 synthetic samples',
    sizes: [64, 256, 256, 10],
    head: 'softmax_ce',
    inputDrop: 0.0,
    hiddenDrop: 0.5,
    learningRate: 0.1,
    batch: 32,
    samples: 1500,
  },
};

/** Weights (no biases) of a layer-size list: the FLOP count uses 6 × this per sample. */
export function weightCount(sizes) {
  let n = 0;
  for (let l = 0; l + 1 < sizes.length; l++) n += sizes[l] * sizes[l + 1];
  return n;
}

/** mulberry32: a tiny 32-bit PRNG that benches/workloads.rs reproduces bit for bit. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Rows of x (n × inputs) and y (n × outputs), row-major Float32Arrays.
 * W1: two interleaved spirals (class 0 and class 1) with a little uniform noise.
 * W2: 64 uniform(−1, 1) features, label = argmax of a fixed random linear teacher (one-hot).
 */
export function makeData(w) {
  const inputs = w.sizes[0];
  const outputs = w.sizes[w.sizes.length - 1];
  const n = w.samples;
  const x = new Float32Array(n * inputs);
  const y = new Float32Array(n * outputs);
  if (w.id === 'w1') {
    const rand = mulberry32(1);
    const half = n / 2;
    for (let i = 0; i < n; i++) {
      const cls = i < half ? 0 : 1;
      const k = i % half;
      const r = (k / half) * 5;
      const t = ((1.75 * k) / half) * 2 * Math.PI + cls * Math.PI;
      x[i * 2] = r * Math.sin(t) + (rand() - 0.5) * 0.5;
      x[i * 2 + 1] = r * Math.cos(t) + (rand() - 0.5) * 0.5;
      y[i] = cls;
    }
  } else {
    const rand = mulberry32(2);
    const teacher = new Float32Array(inputs * outputs);
    for (let i = 0; i < teacher.length; i++) teacher[i] = rand() * 2 - 1;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < inputs; j++) x[i * inputs + j] = rand() * 2 - 1;
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < outputs; c++) {
        let s = 0;
        for (let j = 0; j < inputs; j++) s += x[i * inputs + j] * teacher[j * outputs + c];
        if (s > bestScore) {
          bestScore = s;
          best = c;
        }
      }
      y[i * outputs + best] = 1;
    }
  }
  return { x, y, n, inputs, outputs };
}

/** Start row of minibatch `step`: batches walk the data in order, dropping the ragged tail. */
export function batchStart(w, step) {
  const batches = Math.floor(w.samples / w.batch);
  return (step % batches) * w.batch;
}
