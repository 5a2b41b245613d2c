"""finetune.py with its bug fixed: the frozen backbone stays in eval mode."""

import torch
import torch.nn.functional as F

from classifier.freezing import freeze_backbone
from classifier.model import Classifier

model = Classifier()
model.load_state_dict(torch.load("classifier.pt"))
freeze_backbone(model)
optimizer = torch.optim.SGD(model.head.parameters(), lr=0.01)
model.train()
model.backbone.eval()
for x, y in torch.load("few_shot.pt"):
    optimizer.zero_grad()
    F.cross_entropy(model(x), y).backward()
    optimizer.step()
