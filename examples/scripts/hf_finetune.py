"""Fine-tuning a Hugging Face model, written correctly: bnlint should find nothing in it.

Run: python examples/scripts/hf_finetune.py (needs torch, transformers and datasets).
"""

import numpy as np
import torch
from datasets import load_dataset
from transformers import (AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments)

MODEL = "distilbert-base-uncased"


def compute_metrics(eval_pred):
    logits, labels = eval_pred
    return {"accuracy": float((np.argmax(logits, axis=-1) == labels).mean())}


def predict(model, tokenizer, texts):
    inputs = tokenizer(texts, return_tensors="pt", padding=True, truncation=True)
    with torch.no_grad():
        return model(**inputs).logits.argmax(-1).tolist()


def main():
    tokenizer = AutoTokenizer.from_pretrained(MODEL)
    model = AutoModelForSequenceClassification.from_pretrained(MODEL, num_labels=2)
    for param in model.distilbert.embeddings.parameters():
        param.requires_grad = False  # freeze the embeddings (LayerNorm only: nothing to keep in eval)

    dataset = load_dataset("imdb")
    encoded = dataset.map(lambda b: tokenizer(b["text"], truncation=True, padding="max_length"), batched=True)
    args = TrainingArguments(output_dir="out", num_train_epochs=1, per_device_train_batch_size=16,
                             eval_strategy="epoch")
    trainer = Trainer(model=model, args=args, train_dataset=encoded["train"], eval_dataset=encoded["test"],
                      compute_metrics=compute_metrics)
    trainer.train()
    print(trainer.evaluate())
    trainer.save_model("out/final")

    # A fresh from_pretrained model is in eval mode already.
    best = AutoModelForSequenceClassification.from_pretrained("out/final")
    print(predict(best, tokenizer, ["a wonderful film", "a waste of time"]))


if __name__ == "__main__":
    main()
