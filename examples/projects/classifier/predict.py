"""Predicts with a trained classifier (see predict_fixed.py)."""

import torch

from classifier.model import Classifier

model = Classifier()
model.load_state_dict(torch.load("classifier.pt"))
with torch.no_grad():
    print(model(torch.rand(8, 3, 32, 32)).argmax(1))  # <- BN101
