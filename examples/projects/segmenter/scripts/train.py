"""Trains SegNet with segkit's engine: evaluate() leaves the model in eval mode for the next epoch."""

import torch

from segkit import SegNet, evaluate, train_one_epoch

model = SegNet()
optimizer = torch.optim.Adam(model.parameters())
model.train()
for epoch in range(10):
    train_one_epoch(model, torch.load("train.pt"), optimizer)  # <- BN103
    print(epoch, evaluate(model, torch.load("val.pt")))
