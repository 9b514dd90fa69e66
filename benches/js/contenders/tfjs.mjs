// TensorFlow.js (plain @tensorflow/tfjs, no tfjs-node) on the 'cpu' or 'wasm' backend.
//
// Manual training inside tf.tidy: matMul + bias + ReLU, tf.dropout (inverted dropout, like ours),
// sigmoid or softmax cross-entropy, SGD via optimizer.minimize. Batches are sliced once up front
// so the timed loop is only the training step itself.

import { createRequire } from 'node:module';
import path from 'node:path';

export async function loadTf(backend) {
  const tf = await import('@tensorflow/tfjs');
  if (backend === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    // Offline: point the backend at the .wasm files that npm installed next to it.
    const require = createRequire(import.meta.url);
    const dist = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json'));
    wasm.setWasmPaths(path.join(dist, 'dist') + path.sep);
  }
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} failed to start`);
  await tf.ready();
  return tf;
}

export async function setup(w, data, { backend }) {
  const tf = await loadTf(backend);
  const { sizes, batch: B } = w;
  const layers = sizes.length - 1;
  const vars = [];
  const Ws = [];
  const bs = [];
  for (let l = 0; l < layers; l++) {
    const W = tf.variable(tf.randomNormal([sizes[l], sizes[l + 1]], 0, Math.sqrt(2 / sizes[l])));
    const b = tf.variable(tf.zeros([sizes[l + 1]]));
    Ws.push(W);
    bs.push(b);
    vars.push(W, b);
  }
  const batches = Math.floor(w.samples / B);
  const xAll = tf.tensor2d(data.x, [data.n, data.inputs]);
  const yAll = tf.tensor2d(data.y, [data.n, data.outputs]);
  const xb = [];
  const yb = [];
  for (let k = 0; k < batches; k++) {
    xb.push(xAll.slice([k * B, 0], [B, data.inputs]));
    yb.push(yAll.slice([k * B, 0], [B, data.outputs]));
  }
  const optimizer = tf.train.sgd(w.learningRate);
  const lossOf = (x, y) => {
    let h = x;
    for (let l = 0; l < layers - 1; l++) {
      h = tf.dropout(tf.relu(tf.add(tf.matMul(h, Ws[l]), bs[l])), w.hiddenDrop);
    }
    const logits = tf.add(tf.matMul(h, Ws[layers - 1]), bs[layers - 1]);
    return w.head === 'sigmoid_bce'
      ? tf.losses.sigmoidCrossEntropy(y, logits)
      : tf.losses.softmaxCrossEntropy(y, logits);
  };
  let stepIndex = 0;
  let variant = backend;
  if (backend === 'wasm') {
    const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    const threads = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
    variant = `wasm backend, SIMD ${simd ? 'on' : 'off'}, threads ${threads ? 'on' : 'off'}`;
  }
  return {
    note: `tfjs ${tf.version.tfjs}, ${variant}; manual tidy + tf.dropout`,
    step(n) {
      let loss = NaN;
      for (let s = 0; s < n; s++) {
        const k = stepIndex++ % batches;
        const last = s === n - 1;
        tf.tidy(() => {
          const cost = optimizer.minimize(() => lossOf(xb[k], yb[k]), last, vars);
          if (last) loss = cost.dataSync()[0];
        });
      }
      return loss;
    },
  };
}
