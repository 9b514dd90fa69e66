"""The PyTorch stage: the code the lab writes, run by real PyTorch, gives the lab's numbers.

For every case of tests/common/code_cases.rs (each noise, scaling, mistake, constraint,
optimiser, activation and head), from the fixtures `cargo run --example code_fixtures -- DIR`
writes: the generated PyTorch, fed the lab's initial weights, must give
  - the lab's validation loss before any step (evaluation mode),
  - with the masks the lab drew injected, the lab's loss of its first minibatch, and the lab's
    validation loss after that one step,
  - and the same two without dropout (the case's twin with every rate 0), nothing injected;
the generated Keras (on Keras 3's PyTorch backend), fed the same weights, must give the lab's loss
before any step and, without dropout, after one step (Keras draws its own masks: nothing is
injected); then each downloaded notebook, executed headless, runs top to bottom (its own cells assert that
its first losses match the lab's).

Usage: python check_code.py DIR   (prints "N passed, N failed"; exits 1 on any failure)
"""

import json
import os
import re
import sys
import time

# One thread for PyTorch here and in the notebooks' kernels (they inherit the environment): the
# networks are small, and on a busy 2-core machine a notebook once took 143 s with PyTorch's own
# thread pool, against 14-22 s with one thread (quiet: 11 s either way; measured 2026-12-06).
os.environ.setdefault("OMP_NUM_THREADS", "1")
# The Keras code runs on Keras 3's PyTorch backend: no second framework to install.
os.environ.setdefault("KERAS_BACKEND", "torch")

import torch  # noqa: E402  (after the thread setting)
from torch import nn  # noqa: E402

TOL = 1e-4  # float32: relative, or absolute below 1


def close(ours, lab):
    return abs(ours - lab) <= TOL * max(1.0, abs(lab))


def load(model, weights, biases):
    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
    assert len(linears) == len(weights), "one Linear per lab layer"
    with torch.no_grad():
        for layer, w, b in zip(linears, weights, biases):
            layer.weight.copy_(torch.tensor(w).T)
            layer.bias.copy_(torch.tensor(b))


def inject(model, masks, ns):
    """Makes every dropout-like module use the lab's noise of that dropout layer. The lab's
    dropout layer l is whatever thins the inputs of its l-th Linear."""
    layer = 0
    for m in model:
        given = torch.tensor(masks[layer]) if layer < len(masks) else None
        if isinstance(m, ns.get("DropConnectLinear", ())):
            m.weight_mask = lambda given=given: given.T
        if isinstance(m, nn.Linear):
            layer += 1
        elif isinstance(m, nn.Dropout):
            m.forward = lambda x, m=m, g=given: x * g / (1 - m.p) if m.training else x
        elif isinstance(m, ns.get("ClassicDropout", ())):
            m.mask = lambda x, g=given: g
        elif isinstance(m, ns.get("GaussianDropout", ())):
            m.noise = lambda x, g=given: g


def check(fixture, with_masks):
    ns = {}
    exec(fixture["code"], ns)
    run = ns["RUNS"][0]
    model = run["model"]
    load(model, fixture["weights"], fixture["biases"])
    y_dtype = torch.long if "CrossEntropy" in fixture["code"] else torch.float32
    x, y = torch.tensor(fixture["x"]), torch.tensor(fixture["y"], dtype=y_dtype)
    xv, yv = torch.tensor(fixture["x_val"]), torch.tensor(fixture["y_val"], dtype=y_dtype)
    problems = []
    start = ns["evaluate"](model, xv, yv)
    if not close(start, fixture["initial_val_loss"]):
        problems.append(f"loss before the step {start} vs lab {fixture['initial_val_loss']}")
    if with_masks:
        inject(model, fixture["masks"], ns)
    step = ns["train_step"](run, x, y)
    if not close(step, fixture["step_loss"]):
        problems.append(f"minibatch loss {step} vs lab {fixture['step_loss']}")
    if "BatchNorm1d" in fixture["code"] and "torch.optim.Adam(" in fixture["code"]:
        # The bias of a Linear before batch norm has zero gradient in exact arithmetic (the
        # batch mean takes it away); each side's rounding leaves ~1e-8, and Adam's first step
        # turns that into ±lr whatever its size, with either sign. Only the step is compared.
        return problems, ["loss after the step not compared: Adam amplifies the pre-batch-norm bias's rounding noise"]
    after = ns["evaluate"](model, xv, yv)
    if not close(after, fixture["val_loss_after"]):
        problems.append(f"loss after the step {after} vs lab {fixture['val_loss_after']}")
    return problems, []


def check_keras(fixture, with_dropout):
    import keras
    import numpy as np

    ns = {}
    exec(fixture["keras"], ns)
    model, loss_fn = ns["RUNS"][0], ns["LOSS"]
    dense = [layer for layer in model.layers if isinstance(layer, keras.layers.Dense)]
    assert len(dense) == len(fixture["weights"]), "one Dense per lab layer"
    for layer, w, b in zip(dense, fixture["weights"], fixture["biases"]):
        layer.kernel.assign(np.array(w, dtype="float32"))  # Keras stores inputs × outputs, as the lab
        layer.bias.assign(np.array(b, dtype="float32"))
    classes = dense[-1].units

    def targets(y):
        if "CategoricalCrossentropy" in fixture["keras"]:
            return np.eye(classes, dtype="float32")[np.array(y)]
        return np.array(y, dtype="float32")

    xv, yv = np.array(fixture["x_val"], dtype="float32"), targets(fixture["y_val"])
    problems, skips = [], []
    def val_loss():
        return float(keras.ops.convert_to_numpy(loss_fn(yv, model(xv, training=False))))

    start = val_loss()
    if not close(start, fixture["initial_val_loss"]):
        problems.append(f"loss before the step {start} vs lab {fixture['initial_val_loss']}")
    if with_dropout:
        return problems, skips
    step = model.train_on_batch(np.array(fixture["x"], dtype="float32"), targets(fixture["y"]))
    if "keras.regularizers.L2(" in fixture["keras"]:
        skips.append("minibatch loss not compared: Keras reports it with the L2 penalty added")
    elif not close(float(step), fixture["step_loss"]):
        problems.append(f"minibatch loss {float(step)} vs lab {fixture['step_loss']}")
    if "BatchNormalization" in fixture["keras"]:
        skips.append("loss after the step not compared: Keras's moving variance is the biased one")
        return problems, skips
    after = val_loss()
    if not close(after, fixture["val_loss_after"]):
        problems.append(f"loss after the step {after} vs lab {fixture['val_loss_after']}")
    return problems, skips


def run_notebook(path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    began = time.time()
    NotebookClient(nb, timeout=600, kernel_name="python3").execute()
    outputs = [o.get("text", "") for c in nb.cells for o in c.get("outputs", [])]
    print(f"  {path}: ran in {time.time() - began:.1f} s")
    for text in outputs:
        for line in text.splitlines():
            print(f"    {line}")
    # The step-for-step claim: every checked step of each run without dropout agrees.
    agreements = re.findall(r"(\d+) of (\d+) \(largest", "".join(outputs))
    assert agreements and all(a == b for a, b in agreements), f"steps that agree: {agreements}"


def replays_on_seeds(folder, preset, seeds=10):
    """The notebook's claims on seeds 1 to 10 of `preset` (each told in 20 epochs): its cells
    run in this process, the plot left out; a cell's failed assertion fails that seed."""
    held = []
    for seed in range(1, seeds + 1):
        nb = json.load(open(f"{folder}/seeds/{preset}-seed{seed}.ipynb"))
        ns = {}
        try:
            for cell in nb["cells"]:
                if cell["cell_type"] == "code" and cell["id"] != "plot":
                    exec(cell["source"], ns)
            steps = max((len(s) for s in ns["LAB"]["first_steps"] if s), default=0)
            if ns["AGREE"] and all(n == steps for n in ns["AGREE"].values()):
                held.append(seed)
            else:
                print(f"     seed {seed}: agree on {ns['AGREE']} of {steps} steps")
        except AssertionError as error:
            print(f"     seed {seed}: {error}")
    print(f"  {preset}: the notebook's first losses match the lab's on {len(held)} of {seeds} seeds")
    return len(held) >= seeds - 1  # the project's rule for a claim: at least 9 of 10 seeds


def main(folder):
    passed = failed = skipped = 0
    for case in json.load(open(f"{folder}/fixtures.json")):
        checks = [(check, "dropout", True), (check, "no_dropout", False)]
        checks += [(check_keras, "dropout", True), (check_keras, "no_dropout", False)]
        for checker, key, with_masks in checks:
            problems, skips = checker(case[key], with_masks)
            framework = "Keras  " if checker is check_keras else "PyTorch"
            label = f"{framework} {case['name']} ({key.replace('_', ' ')})"
            skipped += len(skips)
            for why in skips:
                print(f"skip {label}: {why}")
            if problems:
                failed += 1
                print(f"FAIL {label}: " + "; ".join(problems))
            else:
                passed += 1
                print(f"ok   {label}")
    import contextlib
    import io

    for name in ["moons", "digits"]:
        with contextlib.redirect_stdout(io.StringIO()) as cells:
            ok = replays_on_seeds(folder, name)
        print("\n".join(line for line in cells.getvalue().splitlines() if not line.startswith(("p =", "  p ="))))
        if ok:
            passed += 1
            print(f"ok   notebook {name} on seeds 1-10")
        else:
            failed += 1
            print(f"FAIL notebook {name} on seeds 1-10")
        try:
            run_notebook(f"{folder}/{name}.ipynb")
            passed += 1
            print(f"ok   notebook {name}")
        except Exception as error:  # a failed cell: its assertion or error, shown whole
            failed += 1
            print(f"FAIL notebook {name}: {error}")
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return failed == 0


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1] if len(sys.argv) > 1 else "target/torch") else 1)
