"""finetune.py with its bug fixed: the frozen encoder is put back in eval mode after train()."""

import torch
import torch.nn.functional as F

from segkit.builders import build_finetune_model

model = build_finetune_model("segnet.pt")
optimizer = torch.optim.Adam(model.decoder.parameters())
model.train()
model.encoder.eval()
for x, y in torch.load("new_task.pt"):
    optimizer.zero_grad()
    F.cross_entropy(model(x), y).backward()
    optimizer.step()
