"""A Lightning module, written correctly: Lightning switches train/eval and no_grad itself,
so bnlint should find nothing in it.

Run: python examples/scripts/lightning_module.py (needs torch, torchvision and pytorch_lightning).
"""

import pytorch_lightning as pl
import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision


class LitClassifier(pl.LightningModule):
    def __init__(self, num_classes=10, lr=1e-3):
        super().__init__()
        self.save_hyperparameters()
        self.backbone = torchvision.models.resnet18(num_classes=num_classes)
        self.dropout = nn.Dropout(0.3)

    def forward(self, x):
        return self.backbone(self.dropout(x))

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss)
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        self.log("val_acc", (self(x).argmax(1) == y).float().mean())

    def test_step(self, batch, batch_idx):
        x, y = batch
        self.log("test_acc", (self(x).argmax(1) == y).float().mean())

    def predict_step(self, batch, batch_idx):
        return self(batch[0]).softmax(1)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr)


def main():
    data = torch.utils.data.TensorDataset(torch.rand(64, 3, 32, 32), torch.randint(0, 10, (64,)))
    loader = torch.utils.data.DataLoader(data, batch_size=16)
    model = LitClassifier()
    trainer = pl.Trainer(max_epochs=1, logger=False, enable_checkpointing=False)
    trainer.fit(model, loader, loader)
    trainer.test(model, loader)
    predictions = trainer.predict(model, loader)
    print(len(predictions))


if __name__ == "__main__":
    main()
