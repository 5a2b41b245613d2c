"""Trains the classifier: two bugs that span files (see train_fixed.py)."""

import torch
import torch.nn.functional as F

from classifier.evaluation import accuracy, validate
from classifier.model import Classifier


def fit(loader, val_loader, epochs=3):
    model = Classifier()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for epoch in range(epochs):
        for x, y in loader:
            optimizer.zero_grad()
            F.cross_entropy(model(x), y).backward()  # <- BN103 (validate() below left it in eval mode)
            optimizer.step()
        print(epoch, "train accuracy", accuracy(model, loader))  # <- BN101 (accuracy() does not call eval())
        print(epoch, "val accuracy", validate(model, val_loader))
    return model
