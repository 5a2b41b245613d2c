"""train.py with its bug fixed."""

import torch

from segkit import SegNet, evaluate, train_one_epoch

model = SegNet()
optimizer = torch.optim.Adam(model.parameters())
for epoch in range(10):
    model.train()
    train_one_epoch(model, torch.load("train.pt"), optimizer)
    print(epoch, evaluate(model, torch.load("val.pt")))
