"""The PyTorch stage: the code the lab writes, run by real PyTorch, gives the lab's numbers.

For every case of tests/common/code_cases.rs (each noise, scaling, mistake, constraint,
optimiser, activation and head), from the fixtures `cargo run --example code_fixtures -- DIR`
writes: the generated PyTorch, fed the lab's initial weights, must give
  - the lab's validation loss before any step (evaluation mode),
  - with the masks the lab drew injected, the lab's loss of its first minibatch, and the lab's
    validation loss after that one step,
  - and the same two without dropout (the case's twin with every rate 0), nothing injected;
then each downloaded notebook, executed headless, runs top to bottom (its own cells assert that
its first losses match the lab's).

Usage: python check_code.py DIR   (prints "N passed, N failed"; exits 1 on any failure)
"""

import json
import os
import sys
import time

# One thread for PyTorch here and in the notebooks' kernels (they inherit the environment): the
# networks are small, and on a busy 2-core machine a notebook once took 143 s with PyTorch's own
# thread pool, against 14-22 s with one thread (quiet: 11 s either way; measured 2026-12-06).
os.environ.setdefault("OMP_NUM_THREADS", "1")

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


def main(folder):
    passed = failed = skipped = 0
    for case in json.load(open(f"{folder}/fixtures.json")):
        for key, with_masks in [("dropout", True), ("no_dropout", False)]:
            problems, skips = check(case[key], with_masks)
            label = f"{case['name']} ({key.replace('_', ' ')})"
            skipped += len(skips)
            for why in skips:
                print(f"skip {label}: {why}")
            if problems:
                failed += 1
                print(f"FAIL {label}: " + "; ".join(problems))
            else:
                passed += 1
                print(f"ok   {label}")
    for name in ["moons", "digits"]:
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
