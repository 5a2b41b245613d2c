"""BN101 inference-without-eval: a model run for inference while still in train mode."""

from __future__ import annotations

import ast
import textwrap

import pytest

from helpers import fix, lint

NET = '''
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)
        self.bn = nn.BatchNorm1d(4)

    def forward(self, x):
        return self.bn(self.fc(x))


class Plain(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 4)

    def forward(self, x):
        return self.fc(x)

'''


def script(body: str) -> str:
    return NET + textwrap.dedent(body)


def bn101(code: str):
    return [d for d in lint(code, select=["BN101"])]


def lines(code: str):
    return [d.line for d in bn101(code)]


def line_of(code: str, text: str) -> int:
    return next(i for i, line in enumerate(code.splitlines(), 1) if text in line)


# ----------------------------------------------------------------------------- what counts as inference


@pytest.mark.parametrize("context", [
    "with torch.no_grad():",
    "with torch.inference_mode():",
    "with torch.set_grad_enabled(False):",
    "with torch.autograd.no_grad():",
])
def test_forward_under_a_grad_off_context_in_train_mode(context):
    code = script(f"""
        def main(x):
            model = Net()
            {context}
                out = model(x)  # the forward
            return out
    """)
    assert lines(code) == [line_of(code, "# the forward")]


@pytest.mark.parametrize("decorator", ["@torch.no_grad()", "@torch.inference_mode()", "@torch.no_grad",
                                       "@torch.inference_mode", "@(torch.\n    no_grad)"])
def test_forward_in_a_function_decorated_grad_off(decorator):
    code = script(f"""
        {decorator}
        def main(x):
            model = Net()
            return model(x)
    """)
    assert lines(code) == [line_of(code, "return model(x)")]


@pytest.mark.parametrize("name", ["evaluate", "eval_epoch", "validate", "valid_step", "test_model", "predict", "infer_batch"])
def test_forward_in_a_function_named_for_inference_called_with_a_training_model(name):
    code = script(f"""
        def {name}(model, x):
            return model(x)


        def main(x):
            net = Net()
            net.train()
            {name}(net, x)
    """)
    diags = bn101(code)
    assert [d.line for d in diags] == [line_of(code, "return model(x)")]
    assert diags[0].related[0][1].line == line_of(code, f"    {name}(net, x)")


@pytest.mark.parametrize("export", ["torch.jit.trace(model, x)", "torch.export.export(model, (x,))"])
def test_exports_that_record_the_current_mode(export):
    code = script(f"""
        def main(x):
            model = Net()
            return {export}
    """)
    assert lines(code) == [line_of(code, export)]


@pytest.mark.parametrize("imported, export", [
    ("from torch.jit import trace", "trace(model, x)"),
    ("from torch.export import export", "export(model, (x,))"),
    ("import torch.jit as J", "J.trace(model, x)"),
    ("from torch.jit import trace as record", "record(model, x)"),
])
def test_exports_imported_by_name(imported, export):
    # the call's text names neither `jit.` nor `export.`: the prefilter must keep the file all the same
    code = script(f"""
        {imported}


        def main(x):
            model = Net()
            return {export}
    """)
    assert lines(code) == [line_of(code, export)]


@pytest.mark.parametrize("decorated", [
    "@torch.no_grad  # no parentheses: torch >= 2.0\ndef run(x):",
    "@torch.inference_mode\n# serve predictions\ndef run(x):",
    "@torch.no_grad\n# keep the log\n@log_calls\ndef run(x):",
])
def test_a_bare_grad_off_decorator_with_a_comment_after_it(decorated):
    # a comment between the decorator and what follows: the prefilter reads the code, where comments are gone
    code = textwrap.dedent("""
        import torch
        import torch.nn as nn

        model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8))


        def log_calls(f):
            return f


        {decorated}
            return model(x)  # the forward


        run(torch.randn(2, 4))
    """).format(decorated=decorated)
    assert lines(code) == [line_of(code, "# the forward")]


def test_a_grad_off_context_imported_under_another_name():
    code = script("""
        from torch import no_grad as frozen


        def main(x):
            model = Net()
            with frozen():
                return model(x)  # the forward
    """)
    assert lines(code) == [line_of(code, "# the forward")]


def test_grad_off_functions_named_but_not_used_are_not_inference():
    from bnlint.source.rules.bn101_inference_without_eval import InferenceWithoutEval

    code = script("""
        GRAD_MODES = {torch.no_grad, torch.enable_grad}


        def main(x):
            return Net()(x)
    """)
    assert bn101(code) == []
    assert not InferenceWithoutEval.may_apply(code)  # not parsed for BN101


def test_inference_named_only_in_docstrings_and_comments_is_not_read():
    from bnlint.source.rules.bn101_inference_without_eval import InferenceWithoutEval

    docs = script('''
        def main(x):
            """Example:

            >>> with torch.no_grad():
            ...     Net()(x)
            """
            model = Net()  # later: torch.jit.trace(model, x)
            return model(x) + len("no_grad")
    ''')
    assert bn101(docs) == []
    assert not InferenceWithoutEval.may_apply(docs)  # not even parsed for BN101
    assert InferenceWithoutEval.may_apply(docs.replace("return model(x)", "return torch.jit.trace(model, x)"))


def test_module_level_script_with_a_torchvision_model():
    code = """
        import torch
        import torchvision

        model = torchvision.models.resnet18()
        with torch.no_grad():
            model(torch.rand(1, 3, 224, 224))
    """
    assert lines(code) == [7]


def test_eval_on_only_one_path_is_flagged_and_fixed():
    code = script("""
        def main(x, fast):
            model = Net()
            if fast:
                model.eval()
            with torch.no_grad():
                return model(x)
    """)
    diags = bn101(code)
    assert [d.line for d in diags] == [line_of(code, "return model(x)")]
    assert "not called on every path" in diags[0].message
    fixed = fix(code, select=["BN101"])
    assert "        model.eval()\n    model.eval()\n    with torch.no_grad():\n" in fixed
    assert lint(fixed, select=["BN101"]) == []


def test_one_finding_per_model_and_function():
    code = script("""
        def main(x):
            model = Net()
            with torch.no_grad():
                a = model(x)
                b = model(x)
            return torch.jit.trace(model, x)
    """)
    assert lines(code) == [line_of(code, "a = model(x)")]


# ----------------------------------------------------------------------------- precision: guards elsewhere


def test_eval_in_the_caller_counts_for_the_callee():
    code = script("""
        def run_eval(model, x):
            with torch.no_grad():
                return model(x)


        def main(x):
            model = Net()
            model.eval()
            return run_eval(model, x)
    """)
    assert lines(code) == []


def test_eval_in_a_callee_counts_for_the_caller():
    code = script("""
        def prepare(model):
            model.eval()
            return model


        def main(x):
            model = Net()
            prepare(model)
            with torch.no_grad():
                return model(x)
    """)
    assert lines(code) == []


def test_eval_before_calling_a_closure():
    code = script("""
        def main(x):
            model = Net()

            def evaluate():
                with torch.no_grad():
                    return model(x)

            model.eval()
            return evaluate()
    """)
    assert lines(code) == []


def test_was_training_restore_is_not_flagged():
    code = script("""
        def validate(model, x):
            was_training = model.training
            model.eval()
            try:
                with torch.no_grad():
                    return model(x)
            finally:
                model.train(was_training)


        def main(x):
            model = Net()
            model.train()
            validate(model, x)
    """)
    assert lines(code) == []


def test_function_nobody_in_the_file_calls_is_not_flagged():
    code = script("""
        def evaluate(model, loader):
            with torch.no_grad():
                return [model(x) for x in loader]
    """)
    assert lines(code) == []


def test_callback_handed_to_other_code_is_not_flagged():
    code = script("""
        import somewhere


        def evaluate(model, x):
            with torch.no_grad():
                return model(x)


        def main(x):
            model = Net()
            somewhere.register(evaluate)
            somewhere.run(model)
    """)
    assert lines(code) == []


def test_lightning_validation_and_test_steps():
    code = script("""
        import pytorch_lightning as pl


        class Lit(pl.LightningModule):
            def __init__(self):
                super().__init__()
                self.net = Net()

            def training_step(self, batch, batch_idx):
                return self.net(batch).sum()

            def validation_step(self, batch, batch_idx):
                return self.net(batch).sum()

            def test_step(self, batch, batch_idx):
                with torch.no_grad():
                    return self.net(batch).sum()
    """)
    assert lines(code) == []


@pytest.mark.parametrize("hook", ["validation_step", "on_validation_epoch_end", "on_test_batch_end",
                                  "on_predict_start"])
def test_a_model_built_in_a_lightning_evaluation_hook(hook):
    # Lightning runs these hooks with autograd off: a model made there and run is in train mode (the prefilter must
    # keep a file whose only inference is an `on_..._` hook, which no `def eval...` names)
    code = textwrap.dedent(f"""
        import torch.nn as nn
        import lightning as L


        class Lit(L.LightningModule):
            def {hook}(self, *args):
                probe = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4))
                return probe(self.example)  # the forward
    """)
    assert lines(code) == [line_of(code, "# the forward")]


def test_hugging_face_from_pretrained_and_trainer():
    code = """
        import torch
        from transformers import AutoModelForSequenceClassification, Trainer

        model = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased")
        with torch.no_grad():
            logits = model(torch.zeros(1, 8, dtype=torch.long)).logits
        trainer = Trainer(model=model)
        trainer.train()
        trainer.evaluate()
    """
    assert lines(code) == []


def test_onnx_export_is_not_flagged():
    code = script("""
        def main(x):
            model = Net()
            torch.onnx.export(model, x, "net.onnx")
    """)
    assert lines(code) == []


def test_model_class_without_mode_dependent_layers():
    code = script("""
        def main(x):
            model = Plain()
            with torch.no_grad():
                return model(x)
    """)
    assert lines(code) == []


def test_phase_loop():
    code = script("""
        def fit(loaders, epochs):
            model = Net()
            optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
            for epoch in range(epochs):
                for phase in ["train", "val"]:
                    if phase == "train":
                        model.train()
                    else:
                        model.eval()
                    for x, y in loaders[phase]:
                        with torch.set_grad_enabled(phase == "train"):
                            loss = model(x).sum()
                            if phase == "train":
                                optimizer.zero_grad()
                                loss.backward()
                                optimizer.step()
    """)
    assert lines(code) == []


def test_train_false_counts_as_eval():
    code = script("""
        def main(x):
            model = Net()
            model.train(False)
            with torch.no_grad():
                return model(x)
    """)
    assert lines(code) == []


def test_pytest_test_functions_are_not_inference():
    code = script("""
        import pytest


        def test_shapes():
            model = Net()
            assert torch.isfinite(model(torch.zeros(2, 4))).all()
            with torch.no_grad():
                assert torch.isfinite(model(torch.zeros(2, 4))).all()
            model.eval()
            assert torch.isfinite(model(torch.zeros(1, 4))).all()
    """)
    assert lint(code, select=["BN101", "BN102"]) == []
    assert lines(code.replace("import pytest", "import os").replace("def test_shapes", "def check_shapes")) != []


# ----------------------------------------------------------------------------- fixes


def test_fix_inserts_eval_before_the_first_use_and_keeps_comments():
    code = script("""
        def main(x):
            model = Net()
            # predictions
            with torch.no_grad():
                out = model(x)  # keep me
            return out
    """)
    fixed = fix(code, select=["BN101"])
    ast.parse(fixed)
    assert "    model.eval()\n    # predictions\n" not in fixed  # inserted just before the statement
    assert "    # predictions\n    model.eval()\n    with torch.no_grad():\n        out = model(x)  # keep me\n" in fixed
    assert lint(fixed, select=["ALL"]) == []


def test_fix_goes_after_the_statement_that_binds_the_model():
    code = script("""
        def probe(x):
            with torch.no_grad():
                norm_layer = nn.BatchNorm1d(4)
                y = norm_layer(x)
            return y


        print(probe(torch.randn(3, 4)))
    """)
    fixed = fix(code, select=["BN101"])
    assert "        norm_layer = nn.BatchNorm1d(4)\n        norm_layer.eval()\n        y = norm_layer(x)\n" in fixed
    namespace = {}
    exec(compile(fixed, "fixed.py", "exec"), namespace)  # runs: no UnboundLocalError


def test_no_fix_where_the_receiver_may_be_a_plain_function():
    code = script("""
        def run(f, x):
            with torch.no_grad():
                return f(x)


        model = Net()
        run(model, torch.randn(2, 4))
        run(torch.relu, torch.randn(2, 4))
    """)
    (d,) = lint(code, select=["BN101"])
    assert d.fix is None and "`f`" in d.message
    # the same function handed models only gets the fix
    only_models = code.replace("run(torch.relu, torch.randn(2, 4))", "run(Net(), torch.randn(2, 4))")
    (d,) = lint(only_models, select=["BN101"])
    assert d.fix is not None


def test_fix_switches_the_whole_model_not_the_child_that_runs():
    code = script("""
        model = Net()
        model.head = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4))
        with torch.no_grad():
            y = model.head(torch.randn(2, 4))
    """)
    (d,) = lint(code, select=["BN101"])
    assert "`model.head`" in d.message and d.fix.message == "Call `model.eval()` before inference"
    assert "model.eval()\nwith torch.no_grad():" in fix(code, select=["BN101"])


def test_fix_in_a_function_called_during_training_restores_the_mode():
    code = script("""
        def evaluate(model, loader):
            total = 0
            with torch.no_grad():
                for x in loader:
                    # sum of outputs
                    total += model(x).sum().item()
            return total


        def fit(loader, epochs):
            model = Net()
            optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
            model.train()
            for epoch in range(epochs):
                for x in loader:
                    optimizer.zero_grad()
                    model(x).sum().backward()
                    optimizer.step()
                print(evaluate(model, loader))
    """)
    fixed = fix(code, select=["BN101"])
    ast.parse(fixed)
    assert textwrap.dedent("""
        def evaluate(model, loader):
            total = 0
            was_training = model.training
            model.eval()
            try:
                with torch.no_grad():
                    for x in loader:
                        # sum of outputs
                        total += model(x).sum().item()
            finally:
                model.train(was_training)
            return total
    """) in fixed
    assert lint(fixed, select=["ALL"]) == []


def test_fix_picks_an_unused_name_for_the_saved_flag():
    code = script("""
        def evaluate(model, x, was_training):
            with torch.no_grad():
                return model(x)


        def main(x):
            model = Net()
            evaluate(model, x, True)
    """)
    fixed = fix(code, select=["BN101"])
    assert "was_training_2 = model.training" in fixed and "model.train(was_training_2)" in fixed
    assert lint(fixed, select=["BN101"]) == []


def test_fix_keeps_tabs_and_crlf():
    code = script("""
        def main(x):
            model = Net()
            with torch.no_grad():
                return model(x)
    """).replace("    ", "\t").replace("\n", "\r\n")
    fixed = fix(code, select=["BN101"], path="tabs.py")
    assert "\tmodel.eval()\r\n\twith torch.no_grad():\r\n" in fixed
    assert lint(fixed, select=["BN101"]) == []


# ----------------------------------------------------------------------------- examples/scripts (all of BN101-BN202)

from pathlib import Path  # noqa: E402

SCRIPTS = Path(__file__).resolve().parent.parent / "examples" / "scripts"
SCRIPT_RULES = ["BN101", "BN102", "BN103", "BN201", "BN202"]


def test_buggy_example_script_has_each_bug_where_its_comment_says():
    code = (SCRIPTS / "train_buggy.py").read_text(encoding="utf-8")
    found = sorted((d.code, d.line) for d in lint(code, select=["ALL"]))
    # Each bug's comment ("# BN10x: ...") sits just above, or a few lines above, the line reported.
    marked = {c: i for i, line in enumerate(code.splitlines(), 1) for c in SCRIPT_RULES if f"# {c}:" in line}
    assert [c for c, _ in found] == SCRIPT_RULES
    for c, line in found:
        assert 0 < line - marked[c] <= 8 if c != "BN103" else line > marked[c], (c, line, marked[c])


def test_buggy_example_script_rewrite_parses_keeps_comments_and_settles():
    code = (SCRIPTS / "train_buggy.py").read_text(encoding="utf-8")
    fixed = fix(code, select=["ALL"], unsafe=False)
    ast.parse(fixed)
    comments = [line.strip() for line in code.splitlines() if line.strip().startswith("#")]
    assert all(c in fixed for c in comments)
    left = sorted({d.code for d in lint(fixed, select=["ALL"])})
    assert left == ["BN202"]  # a frozen backbone: no automatic fix
    assert fix(fixed, select=["ALL"], unsafe=False) == fixed


@pytest.mark.parametrize("name", ["train_fixed.py", "cifar_train.py", "hf_finetune.py", "lightning_module.py"])
def test_correct_example_scripts_have_no_findings(name):
    code = (SCRIPTS / name).read_text(encoding="utf-8")
    assert [(d.line, d.code, d.message) for d in lint(code, select=["ALL"], path=name)] == []


def test_train_called_on_purpose_just_before_no_grad_forward_passes():
    code = script("""
        def update_bn(model, loader):
            model.train()  # recompute the BatchNorm statistics
            with torch.no_grad():
                for x in loader:
                    model(x)


        def main(loader):
            model = Net()
            update_bn(model, loader)
    """)
    assert lines(code) == []


def test_train_then_training_then_inference_is_still_flagged():
    code = script("""
        def main(loader):
            model = Net()
            optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
            model.train()
            for x in loader:
                optimizer.zero_grad()
                model(x).sum().backward()
                optimizer.step()
            with torch.no_grad():
                return [model(x) for x in loader]
    """)
    assert lines(code) == [line_of(code, "return [model(x)")]


def test_scripted_module_switched_to_eval_afterwards():
    code = script("""
        def main(x):
            model = Net()
            scripted = torch.jit.script(model)
            scripted.eval()
            traced = torch.jit.trace(model, x)
            traced.eval()  # too late: tracing recorded train mode
            return scripted, traced
    """)
    assert lines(code) == [line_of(code, "traced = torch.jit.trace")]


def test_other_names_of_the_same_module_share_its_mode():
    code = script("""
        def main(x):
            model = Net().to("cpu")
            net = model
            wrapped = torch.nn.DataParallel(model)
            model.eval()
            with torch.no_grad():
                return net(x), wrapped(x)
    """)
    assert lines(code) == []


def test_eval_through_a_container_or_a_loop_variable_makes_the_mode_unknown():
    code = script("""
        def main(x):
            a, b = Net(), Net()
            nets = {"a": a, "b": b}
            for m in nets.values():
                m.eval()
            nets["a"].eval()
            with torch.no_grad():
                return a(x), b(x)
    """)
    assert lines(code) == []


def test_a_model_built_with_to_device_is_recognised():
    code = script("""
        def main(x):
            model = Net().to("cpu")
            with torch.no_grad():
                return model(x)
    """)
    assert lines(code) == [line_of(code, "return model(x)")]


def test_test_case_methods_are_unit_tests():
    code = script("""
        from torch.testing._internal.common_utils import TestCase


        class TestNet(TestCase):
            def test_forward(self):
                model = Net()
                with torch.no_grad():
                    self.assertEqual(model(torch.zeros(2, 4)).shape, (2, 4))
    """)
    assert lines(code) == []


# ----------------------------------------------------------------------------- names are not enough when a caller trains
TEST_LOSS = '''
import torch
import torch.nn as nn
import torch.nn.functional as F

net = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.SGD(net.parameters(), 0.1)


def test_loss(x, y):
    return F.cross_entropy(net(x), y)


net.train()
for x, y in [(torch.randn(4, 4), torch.randint(0, 2, (4,)))]:
    loss = test_loss(x, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
'''

PPO = '''
import torch
import torch.nn as nn


class ActorCritic(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(8, 64), nn.Tanh(), nn.Dropout(0.1), nn.Linear(64, 64), nn.Tanh())
        self.pi = nn.Linear(64, 4)
        self.v = nn.Linear(64, 1)

    def forward(self, obs):
        h = self.body(obs)
        return self.pi(h), self.v(h)


def evaluate_actions(model, obs, actions):
    logits, value = model(obs)
    dist = torch.distributions.Categorical(logits=logits)
    return dist.log_prob(actions), value.squeeze(-1), dist.entropy()


def ppo_loss(model, obs, act, adv, old_logp):
    logp, value, ent = evaluate_actions(model, obs, act)
    ratio = (logp - old_logp).exp()
    return -(torch.min(ratio * adv, ratio.clamp(0.8, 1.2) * adv)).mean() - 0.01 * ent.mean()


model = ActorCritic()
opt = torch.optim.Adam(model.parameters(), 3e-4)
model.train()
obs, act, adv, old_logp = torch.randn(32, 8), torch.randint(0, 4, (32,)), torch.randn(32), torch.randn(32)
for epoch in range(4):
    loss = ppo_loss(model, obs, act, adv, old_logp)
    opt.zero_grad()
    loss.backward()
    opt.step()
'''


@pytest.mark.parametrize("code", [TEST_LOSS, PPO], ids=["test_loss", "ppo_through_a_loss_helper"])
def test_function_named_for_inference_whose_result_a_caller_trains_with(code):
    """The caller backpropagates the result: eval() or no_grad there would break training."""
    assert lint(code, select=["BN101", "BN102"]) == []
    assert fix(code, select=["ALL"]) == code


def test_function_named_for_inference_handing_its_graph_to_a_training_scope():
    # The result reaches no backward() we can follow, but the caller trains and gets the graph.
    code = script("""
        def eval_outputs(model, x):
            return model(x)


        def fit(x, opt, step_fn):
            model = Net()
            model.train()
            out = eval_outputs(model, x)
            step_fn(out)
            opt.step()
    """)
    assert bn101(code) == []


def test_inference_named_function_called_under_no_grad_while_training_is_still_flagged():
    code = script("""
        def test_loss(model, x):
            return model(x).sum()


        def fit(x, opt):
            model = Net()
            model.train()
            for _ in range(3):
                model(x).sum().backward()
                opt.step()
                with torch.no_grad():
                    print(test_loss(model, x).item())
    """)
    assert lines(code) == [line_of(code, "return model(x).sum()")]


# ----------------------------------------------------------------------------- context managers of the file
def test_context_manager_of_the_file_that_switches_to_eval_before_yield():
    code = textwrap.dedent('''
        import contextlib
        import torch
        import torch.nn as nn
        import torch.nn.functional as F


        @contextlib.contextmanager
        def eval_mode(*models):
            prev = [m.training for m in models]
            for m in models:
                m.eval()
            try:
                yield
            finally:
                for m, p in zip(models, prev):
                    m.train(p)


        model = nn.Sequential(nn.Linear(16, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Dropout(0.2), nn.Linear(32, 2))
        opt = torch.optim.SGD(model.parameters(), lr=0.1)
        data = [(torch.randn(8, 16), torch.randint(0, 2, (8,)))]
        model.train()
        for step in range(100):
            x, y = data[0]
            opt.zero_grad()
            F.cross_entropy(model(x), y).backward()
            opt.step()
            if step % 10 == 0:
                with eval_mode(model), torch.no_grad():
                    print(model(x).argmax(1))
    ''')
    assert lint(code, select=["ALL"]) == []


def test_context_manager_of_the_file_applies_its_halves_on_entering_and_leaving():
    code = script("""
        import contextlib


        @contextlib.contextmanager
        def evaluating(model):
            model.eval()
            yield model
            model.train()


        def main(x):
            model = Net()  # a new module trains
            with evaluating(model), torch.no_grad():
                inside = model(x)
            with torch.no_grad():
                after = model(x)
            return inside, after
    """)
    assert lines(code) == [line_of(code, "after = model(x)")]


# ----------------------------------------------------------------------------- real-code shapes that are not inference
@pytest.mark.parametrize("code", [
    # a dummy forward while building, to size the next layer: in __init__ ...
    """
    class Encoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.features = nn.Sequential(nn.Conv1d(1, 4, 3), nn.BatchNorm1d(4))
            with torch.no_grad():
                n = self.features(torch.zeros(1, 1, 16)).numel()
            self.fc = nn.Linear(n, 2)
    """,
    # ... or in a helper only __init__ calls
    """
    def conv_output_dim(conv, length):
        x = torch.randn(2, 1, length)
        x = conv(x)
        x = x.transpose(1, 2)
        return x.size(1)


    class Block(nn.Module):
        def __init__(self):
            super().__init__()
            self.conv = nn.Sequential(nn.Conv1d(1, 4, 3), nn.BatchNorm1d(4))
            self.out_dim = conv_output_dim(self.conv, 16)
    """,
    # the result is read only for its shape
    """
    def infer_shape(net):
        with torch.no_grad():
            return net(torch.zeros(1, 4)).shape[1]

    model = Net()
    width = infer_shape(model)
    """,
    # torch.jit.script keeps both modes' code: the scripted module can still be switched
    """
    model = Net()
    scripted = torch.jit.script(model)
    """,
    # an export wrapper whose own forward (through a helper) puts what it wraps in eval mode
    """
    class Ensemble(nn.Module):
        def __init__(self, models):
            super().__init__()
            self.models = nn.ModuleList(models)

        def _outputs(self, x):
            outs = []
            for m in self.models:
                m.eval()
                outs.append(m(x))
            return outs

        def forward(self, x):
            return torch.stack(self._outputs(x)).mean(0)


    def export(x):
        ens = Ensemble([Net(), Net()])
        return torch.jit.trace(ens, x)
    """,
    # a parameter annotated as a plain function is not a model, whatever callers pass around
    """
    from typing import Callable


    class Embedding(nn.Module):
        def __init__(self, fn: Callable):
            super().__init__()
            self.fn = fn

        @torch.no_grad()
        def table(self, points):
            return self.fn(points)


    def build(net: nn.Module):
        return Embedding(net)
    """,
    # an RNN cell has no dropout: the mode changes nothing
    """
    class Seq(nn.Module):
        def __init__(self):
            super().__init__()
            self.cell = nn.LSTMCell(4, 8)
            self.fc = nn.Linear(8, 1)

        def forward(self, x, h, c):
            h, c = self.cell(x, (h, c))
            return self.fc(h)


    seq = Seq()
    with torch.no_grad():
        pred = seq(torch.zeros(1, 4), torch.zeros(1, 8), torch.zeros(1, 8))
    """,
])
def test_not_inference_or_nothing_to_switch(code):
    assert lines(script(code)) == []


def test_a_forward_whose_values_are_used_is_still_inference():
    code = script("""
        def predict(net, x):
            with torch.no_grad():
                out = net(x)
            return out.argmax(1)  # the values

        model = Net()
        labels = predict(model, torch.zeros(2, 4))
    """)
    assert lines(code) == [line_of(code, "out = net(x)")]
