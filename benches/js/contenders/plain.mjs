// A plain Float32Array MLP: the "what you would write by hand in JavaScript" baseline.
//
// Straightforward loops in cache-friendly order (i-k-j), no skipping of zeros, inverted dropout with Math.random masks
// (kept units × 1/(1−p)), plain SGD. No SIMD, no tricks: the number to beat for a WASM core.

function gaussian() {
  // Box–Muller; only used for the initial weights.
  const u = 1 - Math.random();
  const v = Math.random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export class PlainMlp {
  constructor(w) {
    this.w = w;
    this.sizes = w.sizes;
    this.layers = this.sizes.length - 1;
    const B = w.batch;
    this.weights = [];
    this.biases = [];
    this.gradW = [];
    this.gradB = [];
    for (let l = 0; l < this.layers; l++) {
      const fanIn = this.sizes[l];
      const fanOut = this.sizes[l + 1];
      const W = new Float32Array(fanIn * fanOut);
      const he = Math.sqrt(2 / fanIn);
      for (let i = 0; i < W.length; i++) W[i] = gaussian() * he;
      this.weights.push(W);
      this.biases.push(new Float32Array(fanOut));
      this.gradW.push(new Float32Array(fanIn * fanOut));
      this.gradB.push(new Float32Array(fanOut));
    }
    // acts[l]: input of layer l (after ReLU and dropout); masks[l]: 0 or 1/(1−p) per hidden unit.
    this.acts = this.sizes.map((n) => new Float32Array(B * n));
    this.masks = this.sizes.map((n) => new Float32Array(B * n));
    this.deltas = this.sizes.map((n) => new Float32Array(B * n));
  }

  /** One SGD step on rows [start, start + batch) of x/y; returns the minibatch loss. */
  trainStep(x, y, start) {
    const { sizes, layers } = this;
    const B = this.w.batch;
    const inputs = sizes[0];
    const outputs = sizes[layers];
    this.acts[0].set(x.subarray(start * inputs, (start + B) * inputs));

    for (let l = 0; l < layers; l++) {
      const nIn = sizes[l];
      const nOut = sizes[l + 1];
      const a = this.acts[l];
      const W = this.weights[l];
      const bias = this.biases[l];
      const z = this.acts[l + 1];
      for (let b = 0; b < B; b++) {
        const row = b * nOut;
        for (let j = 0; j < nOut; j++) z[row + j] = bias[j];
        for (let i = 0; i < nIn; i++) {
          const av = a[b * nIn + i];
          const wRow = i * nOut;
          for (let j = 0; j < nOut; j++) z[row + j] += av * W[wRow + j];
        }
      }
      if (l + 1 < layers) {
        const p = this.w.hiddenDrop;
        const scale = 1 / (1 - p);
        const mask = this.masks[l + 1];
        for (let k = 0; k < B * nOut; k++) {
          mask[k] = Math.random() < p ? 0 : scale;
          z[k] = z[k] > 0 ? z[k] * mask[k] : 0;
        }
      }
    }

    // Output head: dLoss/dz = (prediction − target) / B for both sigmoid/BCE and softmax/CE.
    const z = this.acts[layers];
    const delta = this.deltas[layers];
    let loss = 0;
    if (this.w.head === 'sigmoid_bce') {
      for (let b = 0; b < B; b++) {
        const s = 1 / (1 + Math.exp(-z[b]));
        const t = y[start + b];
        loss -= t * Math.log(s + 1e-7) + (1 - t) * Math.log(1 - s + 1e-7);
        delta[b] = (s - t) / B;
      }
    } else {
      for (let b = 0; b < B; b++) {
        const row = b * outputs;
        let max = -Infinity;
        for (let j = 0; j < outputs; j++) max = Math.max(max, z[row + j]);
        let sum = 0;
        for (let j = 0; j < outputs; j++) sum += Math.exp(z[row + j] - max);
        for (let j = 0; j < outputs; j++) {
          const prob = Math.exp(z[row + j] - max) / sum;
          const t = y[(start + b) * outputs + j];
          if (t > 0) loss -= t * Math.log(prob + 1e-7);
          delta[row + j] = (prob - t) / B;
        }
      }
    }

    for (let l = layers - 1; l >= 0; l--) {
      const nIn = sizes[l];
      const nOut = sizes[l + 1];
      const a = this.acts[l];
      const d = this.deltas[l + 1];
      const W = this.weights[l];
      const gW = this.gradW[l];
      const gB = this.gradB[l];
      gW.fill(0);
      gB.fill(0);
      for (let b = 0; b < B; b++) {
        for (let i = 0; i < nIn; i++) {
          const av = a[b * nIn + i];
          const wRow = i * nOut;
          for (let j = 0; j < nOut; j++) gW[wRow + j] += av * d[b * nOut + j];
        }
        for (let j = 0; j < nOut; j++) gB[j] += d[b * nOut + j];
      }
      if (l > 0) {
        // Back through W (before the update), the dropout mask and ReLU of the layer below.
        const dPrev = this.deltas[l];
        const mask = this.masks[l];
        for (let b = 0; b < B; b++) {
          for (let i = 0; i < nIn; i++) {
            const k = b * nIn + i;
            let s = 0;
            const wRow = i * nOut;
            for (let j = 0; j < nOut; j++) s += d[b * nOut + j] * W[wRow + j];
            // ReLU' is 1 where the stored activation is positive; the mask carries 0 or 1/(1−p).
            dPrev[k] = a[k] > 0 ? s * mask[k] : 0;
          }
        }
      }
      const lr = this.w.learningRate;
      for (let k = 0; k < W.length; k++) W[k] -= lr * gW[k];
      const bias = this.biases[l];
      for (let j = 0; j < nOut; j++) bias[j] -= lr * gB[j];
    }
    return loss / B;
  }
}

export async function setup(w, data) {
  const net = new PlainMlp(w);
  let stepIndex = 0;
  return {
    note: 'hand-written Float32Array loops',
    step(n) {
      let loss = 0;
      for (let s = 0; s < n; s++) {
        const start = (stepIndex++ % Math.floor(w.samples / w.batch)) * w.batch;
        loss = net.trainStep(data.x, data.y, start);
      }
      return loss;
    },
  };
}
