// ConvNetJS 0.3.0 (karpathy): per-sample forward/backward on Float64Array volumes, its dropout
// layer, plain SGD (momentum 0) with batch_size 32.
//
// Its DropoutLayer drops without rescaling in training and multiplies by drop_prob at test time:
// wrong for p ≠ 0.5 (we use 0.5) and irrelevant to training speed.

import { createRequire } from 'node:module';

export async function setup(w, data) {
  const require = createRequire(import.meta.url);
  const convnetjs = require('convnetjs');
  const { sizes } = w;
  const layers = sizes.length - 1;
  const defs = [{ type: 'input', out_sx: 1, out_sy: 1, out_depth: sizes[0] }];
  for (let l = 1; l < layers; l++) {
    defs.push({ type: 'fc', num_neurons: sizes[l], activation: 'relu' });
    defs.push({ type: 'dropout', drop_prob: w.hiddenDrop });
  }
  let note = 'Float64 per-sample; dropout unscaled in training, ×p at test (wrong unless p=0.5)';
  if (w.head === 'sigmoid_bce') {
    // No sigmoid/BCE head in ConvNetJS: same 64→1 weights, linear output with L2 loss.
    defs.push({ type: 'regression', num_neurons: sizes[layers] });
    note += '; no sigmoid/BCE head: L2 regression output';
  } else {
    defs.push({ type: 'softmax', num_classes: sizes[layers] });
  }
  const net = new convnetjs.Net();
  net.makeLayers(defs);
  const trainer = new convnetjs.Trainer(net, {
    method: 'sgd',
    learning_rate: w.learningRate,
    momentum: 0,
    l2_decay: 0,
    batch_size: w.batch,
  });
  // Volumes and targets built once, so the timed loop is training only.
  const vols = [];
  const targets = [];
  for (let i = 0; i < data.n; i++) {
    const v = new convnetjs.Vol(1, 1, data.inputs, 0);
    for (let j = 0; j < data.inputs; j++) v.w[j] = data.x[i * data.inputs + j];
    vols.push(v);
    if (w.head === 'sigmoid_bce') {
      targets.push([data.y[i]]);
    } else {
      let cls = 0;
      for (let c = 0; c < data.outputs; c++) if (data.y[i * data.outputs + c] > 0) cls = c;
      targets.push(cls);
    }
  }
  const batches = Math.floor(w.samples / w.batch);
  let stepIndex = 0;
  return {
    note,
    step(n) {
      let loss = 0;
      for (let s = 0; s < n; s++) {
        const start = (stepIndex++ % batches) * w.batch;
        loss = 0;
        for (let b = 0; b < w.batch; b++) {
          loss += trainer.train(vols[start + b], targets[start + b]).loss;
        }
        loss /= w.batch;
      }
      return loss;
    },
  };
}
