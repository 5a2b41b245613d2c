import torch


def accuracy(model, loader):
    """Runs the model as it is given: the caller must put it in eval mode."""
    correct = total = 0
    with torch.no_grad():
        for x, y in loader:
            correct += (model(x).argmax(1) == y).sum().item()
            total += len(y)
    return correct / max(total, 1)


def validate(model, loader):
    """Switches the model to eval and leaves it there."""
    model.eval()
    return accuracy(model, loader)


def validate_and_restore(model, loader):
    """Evaluates in eval mode and hands the model back in the mode it came in."""
    was_training = model.training
    model.eval()
    try:
        return accuracy(model, loader)
    finally:
        model.train(was_training)
