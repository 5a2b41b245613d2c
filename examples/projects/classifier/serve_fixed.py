"""serve.py with its bug fixed: the shared model is put in eval mode before it serves."""

import torch

from classifier.registry import model

model.eval()


def predict(batch):
    with torch.no_grad():
        return model(batch).argmax(1)


print(predict(torch.rand(8, 3, 32, 32)))
