"""A model that gets train/eval mode right: bnlint finds nothing here."""

import torch
import torch.nn as nn
import torch.nn.functional as F


class DropPath(nn.Module):
    """Drop path that rescales at train time and is the identity in eval mode."""

    def __init__(self, p: float = 0.1):
        super().__init__()
        self.p = p

    def forward(self, x):
        if not self.training or self.p == 0.0:
            return x
        keep = 1.0 - self.p
        mask = x.new_empty(x.shape[0], *([1] * (x.dim() - 1))).bernoulli_(keep)
        return x * mask / keep


class Block(nn.Module):
    def __init__(self, dim: int = 64, heads: int = 4, drop: float = 0.1):
        super().__init__()
        self.heads = heads
        self.drop = drop
        self.norm = nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, dim * 3)
        self.proj = nn.Linear(dim, dim)
        self.proj_drop = nn.Dropout(drop)  # feeds LayerNorm of the next block: fine
        self.drop_path = DropPath(drop)

    def forward(self, x):
        b, n, d = x.shape
        q, k, v = self.qkv(self.norm(x)).reshape(b, n, 3, self.heads, d // self.heads).permute(2, 0, 3, 1, 4)
        a = F.scaled_dot_product_attention(q, k, v, dropout_p=self.drop if self.training else 0.0)
        a = self.proj_drop(self.proj(a.transpose(1, 2).reshape(b, n, d)))
        return x + self.drop_path(a)


class Net(nn.Module):
    def __init__(self, num_classes: int = 10):
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(3, 64, 3, padding=1),
            nn.BatchNorm2d(64),
            nn.ReLU(),
            nn.AdaptiveAvgPool2d(4),
            nn.Flatten(2),
        )
        self.block = Block()
        self.head = nn.Sequential(nn.Dropout(0.5), nn.Linear(64, num_classes))  # after the last BN

    def forward(self, x):
        x = self.block(self.stem(x).transpose(1, 2))
        return self.head(x.mean(1))


@torch.no_grad()
def predict(model: nn.Module, x: torch.Tensor) -> torch.Tensor:
    model.eval()
    return model(x).argmax(1)
