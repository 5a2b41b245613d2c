"""Model builders: a SegNet with its trained encoder frozen, for fine-tuning the decoder on a new task."""

import torch

from .models import SegNet


def build_finetune_model(weights, classes=3):
    model = SegNet(classes)
    model.load_state_dict(torch.load(weights))
    for p in model.encoder.parameters():
        p.requires_grad = False
    return model
