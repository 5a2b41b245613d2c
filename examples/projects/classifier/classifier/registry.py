"""The classifier the serving scripts share, made and loaded once, when this module is imported."""

import torch

from classifier.model import Classifier

model = Classifier()
model.load_state_dict(torch.load("classifier.pt"))
