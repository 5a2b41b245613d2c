"""Fine-tunes the decoder of a SegNet whose encoder segkit's builder froze (see finetune_fixed.py)."""

import torch
import torch.nn.functional as F

from segkit.builders import build_finetune_model

model = build_finetune_model("segnet.pt")  # <- BN202 (the frozen encoder's BatchNorm still updates in train mode)
optimizer = torch.optim.Adam(model.decoder.parameters())
model.train()
for x, y in torch.load("new_task.pt"):
    optimizer.zero_grad()
    F.cross_entropy(model(x), y).backward()
    optimizer.step()
