"""A small training and evaluation script with the train/eval bugs bnlint's script rules find.

Each bug is marked with the code that reports it. Its corrected twin is train_fixed.py; compare
them with `diff examples/scripts/train_buggy.py examples/scripts/train_fixed.py`, or let bnlint fix
what it can: `bnlint check --diff examples/scripts/train_buggy.py`.

Runs on CPU in seconds on synthetic data: python examples/scripts/train_buggy.py
"""

import os
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F


class Backbone(nn.Module):
    def __init__(self, width=32):
        super().__init__()
        self.fc1 = nn.Linear(16, width)
        self.bn1 = nn.BatchNorm1d(width)
        self.fc2 = nn.Linear(width, width)
        self.bn2 = nn.BatchNorm1d(width)

    def forward(self, x):
        return F.relu(self.bn2(self.fc2(F.relu(self.bn1(self.fc1(x))))))


class Classifier(nn.Module):
    def __init__(self, num_classes=4):
        super().__init__()
        self.backbone = Backbone()
        self.dropout = nn.Dropout(0.3)
        self.head = nn.Linear(32, num_classes)

    def forward(self, x):
        return self.head(self.dropout(self.backbone(x)))


CENTERS = torch.randn(4, 16, generator=torch.Generator().manual_seed(1234)) * 0.7  # one per class


def synthetic_batches(n, batch_size=32, seed=0):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n):
        y = torch.randint(0, 4, (batch_size,), generator=g)
        yield CENTERS[y] + torch.randn(batch_size, 16, generator=g), y


def validate(model, batches):
    # BN103: validate() leaves the model in eval mode and the epoch loop never calls train() again
    model.eval()
    correct = total = 0
    for x, y in batches:
        # BN102: eval mode, but autograd still records every forward pass
        correct += (model(x).argmax(1) == y).sum().item()
        total += y.numel()
    return correct / total


def accuracy(model, batches):
    correct = total = 0
    with torch.no_grad():
        for x, y in batches:
            # BN101: called while the model is still training: BatchNorm uses batch statistics
            correct += (model(x).argmax(1) == y).sum().item()
            total += y.numel()
    return correct / total


def main(epochs=3):
    torch.manual_seed(0)
    model = Classifier()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    model.train()
    for epoch in range(epochs):
        for x, y in synthetic_batches(50, seed=epoch):
            optimizer.zero_grad()
            F.cross_entropy(model(x), y).backward()
            optimizer.step()
        print(f"epoch {epoch}: train accuracy {accuracy(model, synthetic_batches(5, seed=100)):.3f}, "
              f"validation accuracy {validate(model, synthetic_batches(10, seed=99)):.3f}")

    # BN201: parameters only: the BatchNorm running statistics are not saved
    torch.save({name: p for name, p in model.named_parameters()}, os.path.join(tempfile.gettempdir(), "classifier.pt"))

    # Fine-tune a new head on the frozen backbone.
    # BN202: frozen, but the backbone's BatchNorm keeps updating in train mode
    model.backbone.requires_grad_(False)
    model.head = nn.Linear(32, 4)
    optimizer = torch.optim.SGD(model.head.parameters(), lr=0.1)
    model.train()
    for x, y in synthetic_batches(50, seed=7):
        optimizer.zero_grad()
        F.cross_entropy(model(x), y).backward()
        optimizer.step()
    model.eval()
    with torch.no_grad():
        print("fine-tuned accuracy", accuracy(model, synthetic_batches(10, seed=99)))


if __name__ == "__main__":
    main()
