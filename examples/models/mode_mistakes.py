"""Train/eval-mode mistakes that raise no error (bnlint BN104, BN105).

A small classifier with BatchNorm and Dropout, trained on random data. Each marked line looks as if
it switches the mode and does not:

- BN104: `model.eval` without `()` is a no-op; `self.train` is the bound method (always true),
  not the mode flag `self.training`.
- BN105: `model.training = False` sets the flag of the top module only; the BatchNorm and Dropout
  layers inside keep training behaviour.

`bnlint check examples/models/mode_mistakes.py --diff` shows the fixes.
"""

import torch
import torch.nn as nn
import torch.nn.functional as F


def drop_features(x, p, training):
    """Drops whole feature columns; the caller passes its mode."""
    if not training:
        return x
    keep = (torch.rand(1, x.shape[1]) > p).to(x.dtype)
    return x * keep / (1 - p)


class SmallNet(nn.Module):
    def __init__(self, n_in=16, width=32, n_classes=4):
        super().__init__()
        self.fc1 = nn.Linear(n_in, width)
        self.bn1 = nn.BatchNorm1d(width)
        self.fc2 = nn.Linear(width, n_classes)

    def forward(self, x):
        x = F.relu(self.bn1(self.fc1(x)))
        if self.train:  # BN104: always true, so the noise is added at inference too
            x = x + 0.1 * torch.randn_like(x)
        x = drop_features(x, 0.2, training=self.train)  # BN104: a method is truthy: drops after eval() too
        return self.fc2(x)


def evaluate(model, x, y):
    model.eval  # BN104: never called, the model stays in training mode
    with torch.no_grad():
        accuracy = (model(x).argmax(1) == y).float().mean().item()
    model.train()
    return accuracy


def predict(model, x):
    model.training = False  # BN105: BatchNorm and the submodules stay in training mode
    with torch.no_grad():
        return model(x).argmax(1)


def main():
    torch.manual_seed(0)
    x = torch.randn(256, 16)
    y = x[:, :4].argmax(1)  # a learnable target: which of the first four features is largest
    model = SmallNet()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for _ in range(50):
        optimizer.zero_grad()
        F.cross_entropy(model(x), y).backward()
        optimizer.step()
    print(f"accuracy: {evaluate(model, x, y):.3f}")
    print(predict(model, x[:8]).tolist())


if __name__ == "__main__":
    main()
