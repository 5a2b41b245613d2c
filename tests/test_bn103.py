"""BN103 train-mode-not-restored: a training loop that switches the model to eval and never back."""

from __future__ import annotations

import ast

import pytest

from helpers import fix, lint
from test_bn101 import line_of, script

HELPERS = """
def validate(model, loader):
    model.eval()
    with torch.no_grad():
        return [model(x) for x in loader]


def validate_restoring(model, loader):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        out = [model(x) for x in loader]
    model.train(was_training)
    return out


def train_epoch(model, loader, optimizer):
    for x in loader:
        optimizer.zero_grad()
        model(x).sum().backward()
        optimizer.step()

"""


def with_helpers(body: str) -> str:
    return script(HELPERS + body)


def findings(code: str):
    return lint(code, select=["BN103"])


def lines(code: str):
    return [d.line for d in findings(code)]


def test_validate_helper_inside_the_epoch_loop():
    code = with_helpers("""
def fit(loader, epochs):
    model = Net()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for epoch in range(epochs):
        for x in loader:
            optimizer.zero_grad()
            model(x).sum().backward()  # step
            optimizer.step()
        validate(model, loader)
""")
    diags = findings(code)
    assert [d.line for d in diags] == [line_of(code, "# step")]
    assert diags[0].related[0][1].line == line_of(code, "        validate(model, loader)")


def test_training_through_a_helper_and_eval_directly():
    code = with_helpers("""
def fit(loader, epochs):
    model = Net()
    optimizer = torch.optim.Adam(model.parameters())
    for epoch in range(epochs):
        train_epoch(model, loader, optimizer)
        model.eval()
        with torch.no_grad():
            print(model(next(iter(loader))))
""")
    assert lines(code) == [line_of(code, "        train_epoch(model, loader, optimizer)")]


@pytest.mark.parametrize("switch", ["model.eval()", "model.train(False)"])
def test_eval_every_n_steps_inside_the_batch_loop(switch):
    code = script(f"""
        def fit(loader):
            model = Net()
            optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
            model.train()
            for step, x in enumerate(loader):
                optimizer.zero_grad()
                model(x).sum().backward()
                optimizer.step()
                if step % 100 == 0:
                    {switch}
                    with torch.no_grad():
                        model(x)
    """)
    assert lines(code) == [line_of(code, "model(x).sum().backward()")]


def test_scaler_step_is_training():
    code = with_helpers("""
def fit(loader, epochs, scaler):
    model = Net()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(epochs):
        for x in loader:
            scaler.scale(model(x).sum())
            scaler.step(optimizer)
        validate(model, loader)
""")
    assert lines(code) == [line_of(code, "scaler.step(optimizer)")]


def test_while_loop_at_module_level():
    code = script(HELPERS + """
model = Net()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
epoch = 0
while epoch < 10:
    train_epoch(model, [], optimizer)
    validate(model, [])
    epoch += 1
""")
    assert lines(code) == [line_of(code, "    train_epoch(model, [], optimizer)")]


# ----------------------------------------------------------------------------- precision


@pytest.mark.parametrize("body", [
    # train() at the top of each epoch
    """
    for epoch in range(epochs):
        model.train()
        train_epoch(model, loader, optimizer)
        validate(model, loader)
""",
    # a helper that restores the mode
    """
    model.train()
    for epoch in range(epochs):
        train_epoch(model, loader, optimizer)
        validate_restoring(model, loader)
""",
    # train() after validation, at the end of the body
    """
    for epoch in range(epochs):
        train_epoch(model, loader, optimizer)
        validate(model, loader)
        model.train()
""",
    # evaluation only after the loop
    """
    for epoch in range(epochs):
        train_epoch(model, loader, optimizer)
    validate(model, loader)
""",
])
def test_not_flagged(body):
    code = with_helpers("def fit(loader, epochs):\n    model = Net()\n"
                        "    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)\n" + body)
    assert lines(code) == []


def test_phase_loop_is_not_flagged():
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
                    for x in loaders[phase]:
                        with torch.set_grad_enabled(phase == "train"):
                            loss = model(x).sum()
                            if phase == "train":
                                optimizer.zero_grad()
                                loss.backward()
                                optimizer.step()
    """)
    assert lines(code) == []


def test_frozen_teacher_in_eval_is_not_flagged():
    code = script("""
        def distil(loader, epochs):
            student, teacher = Net(), Net()
            optimizer = torch.optim.SGD(student.parameters(), lr=0.1)
            student.train()
            for epoch in range(epochs):
                teacher.eval()
                for x in loader:
                    with torch.no_grad():
                        target = teacher(x)
                    optimizer.zero_grad()
                    (student(x) - target).pow(2).mean().backward()
                    optimizer.step()
    """)
    assert lines(code) == []


def test_model_without_mode_dependent_layers_is_not_flagged():
    code = with_helpers("""
def fit(loader, epochs):
    model = Plain()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(epochs):
        train_epoch(model, loader, optimizer)
        validate(model, loader)
""")
    assert lines(code) == []


def test_unknown_code_between_eval_and_training_is_not_flagged():
    code = with_helpers("""
import hooks


def fit(loader, epochs):
    model = Net()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(epochs):
        train_epoch(model, loader, optimizer)
        validate(model, loader)
        hooks.on_epoch_end(model)
""")
    assert lines(code) == []


# ----------------------------------------------------------------------------- fixes


def test_fix_inserts_train_at_the_top_of_the_loop_body():
    code = with_helpers("""
def fit(loader, epochs):
    model = Net()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for epoch in range(epochs):
        # one epoch
        train_epoch(model, loader, optimizer)
        validate(model, loader)  # eval
""")
    fixed = fix(code, select=["BN103"])
    ast.parse(fixed)
    assert "    for epoch in range(epochs):\n        # one epoch\n        model.train()\n        train_epoch(" in fixed
    assert "validate(model, loader)  # eval\n" in fixed
    assert lint(fixed, select=["ALL"]) == []


def test_a_condition_that_cannot_change_between_iterations_is_followed():
    code = with_helpers("""
def fit(loader, epochs, evaluate_only):
    model = Net()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(epochs):
        if evaluate_only:
            validate(model, loader)
        else:
            train_epoch(model, loader, optimizer)
""")
    assert lines(code) == []


def test_fix_goes_after_an_evaluation_at_the_start_of_the_body():
    code = with_helpers("""
def fit(loader, epochs):
    model = Net()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(epochs):
        validate(model, loader)
        train_epoch(model, loader, optimizer)
""")
    fixed = fix(code, select=["BN103"])
    assert "        validate(model, loader)\n        model.train()\n        train_epoch(model, loader, optimizer)\n" in fixed
    assert lint(fixed, select=["BN103"]) == []


def test_fix_goes_before_the_forward_of_the_training_step_not_before_backward():
    code = with_helpers("""
def fit(loader, epochs):
    model = Net()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for step, x in enumerate(loader):
        if step % 100 == 0:
            validate(model, loader)
        out = model(x)
        loss = out.sum()
        loss.backward()
        optimizer.step()
""")
    fixed = fix(code, select=["BN103"])
    assert "            validate(model, loader)\n        model.train()\n        out = model(x)\n" in fixed
    assert lint(fixed, select=["BN103"]) == []


def test_no_fix_when_one_statement_evaluates_and_trains():
    code = with_helpers("""
def fit(loader, epochs):
    model = Net()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(epochs):
        if epoch % 5 == 4:
            validate(model, loader)
        else:
            train_epoch(model, loader, optimizer)
""")
    diags = findings(code)
    assert [d.line for d in diags] == [line_of(code, "            train_epoch(model, loader, optimizer)")]
    assert diags[0].fix is None


def test_eval_on_every_iteration_before_training_is_a_choice():
    code = script("""
        def fit(loader, epochs):
            model = Net()
            optimizer = torch.optim.SGD(model.fc.parameters(), lr=0.1)
            for epoch in range(epochs):
                model.eval()  # frozen feature extractor, head trained on eval features
                for x in loader:
                    optimizer.zero_grad()
                    model(x).sum().backward()
                    optimizer.step()
    """)
    assert lines(code) == []


def test_sampling_helper_in_a_class_leaves_the_generator_in_eval():
    code = script("""
        class GAN:
            def __init__(self):
                self.G = nn.Sequential(nn.Linear(8, 16), nn.BatchNorm1d(16), nn.Linear(16, 4))
                self.opt_g = torch.optim.Adam(self.G.parameters())

            def step(self, z):
                self.opt_g.zero_grad()
                self.G(z).sum().backward()
                self.opt_g.step()

            def sample(self, n):
                self.G.eval()
                with torch.no_grad():
                    return self.G(torch.randn(n, 8))

            def run(self, loader, epochs):
                for epoch in range(epochs):
                    for z in loader:
                        self.step(z)
                    self.sample(16)
    """)
    diags = findings(code)
    assert [d.line for d in diags] == [line_of(code, "self.step(z)")]
    out = fix(code, select=["BN103"])
    assert "        for epoch in range(epochs):\n            self.G.train()\n" in out
    assert findings(out) == []


def test_ema_copy_evaluated_in_the_loop_is_not_trained():
    code = with_helpers("""
def train_with_ema(model, loader, optimizer, ema):
    model.train()
    for x in loader:
        optimizer.zero_grad()
        model(x).sum().backward()
        optimizer.step()
        ema.update_parameters(model)


def fit(loader, epochs, ema):
    model = Net()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    for epoch in range(epochs):
        train_with_ema(model, loader, optimizer, ema)
        validate(model, loader)
        validate(ema, loader)
""")
    assert lines(code) == []


# ----------------------------------------------------------------------------- real-code shapes
@pytest.mark.parametrize("code", [
    # the mode is a parameter, and the training loop passes the training value: the eval branch never runs
    """
    class Detector(nn.Module):
        def __init__(self):
            super().__init__()
            self.net = Net()

        def predict(self, x, mode):
            if mode == 'inference':
                self.eval()
            elif mode == 'training':
                self.train()
            return self.net(x)

        def train_epoch(self, loader, optimizer):
            for x in loader:
                optimizer.zero_grad()
                self.predict(x, mode='training').sum().backward()
                optimizer.step()
                with torch.no_grad():
                    self.predict(x, mode='inference')
    """,
    # the only early return that skips the restore is on the test path, which the loop never takes
    """
    class Trainer:
        def evaluate(self, model, loader, test=False):
            model.eval()
            if test:
                if self.should_exit():
                    return None
            with torch.no_grad():
                out = [model(x) for x in loader]
            model.train()
            return out

        def should_exit(self):
            return False

        def run_evaluation(self, model, loader, test=False):
            return self.evaluate(model, loader, test)

        def fit(self, model, loader):
            optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
            model.train()
            for epoch in range(3):
                for x in loader:
                    optimizer.zero_grad()
                    model(x).sum().backward()
                    optimizer.step()
                self.run_evaluation(model, loader)
    """,
    # a linear probe: the training function itself keeps the backbone in eval on purpose
    """
    def train(loader, model, optimizer):
        model.eval()  # BatchNorm statistics stay fixed: linear evaluation protocol
        for x in loader:
            optimizer.zero_grad()
            model(x).sum().backward()
            optimizer.step()


    def validate(loader, model):
        model.eval()
        with torch.no_grad():
            return [model(x) for x in loader]


    def main(loader):
        model = Net()
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
        for epoch in range(3):
            train(loader, model, optimizer)
            validate(loader, model)
    """,
])
def test_no_finding_where_the_eval_cannot_reach_training(code):
    assert findings(script(code)) == []


def test_train_once_and_predict_each_epoch_is_still_found():
    code = script("""
        class Model(nn.Module):
            def __init__(self):
                super().__init__()
                self.net = Net()

            def forward(self, x):
                return self.net(x)

            def predict(self, x):
                self.eval()
                with torch.no_grad():
                    return self(x)

            def fit(self, loader, epochs=3):
                optimizer = torch.optim.SGD(self.parameters(), lr=0.1)
                self.train()
                for epoch in range(epochs):
                    for x in loader:
                        optimizer.zero_grad()
                        loss = self(x).sum()
                        loss.backward()  # step
                        optimizer.step()
                    self.predict(x)
    """)
    assert len(findings(code)) == 1
