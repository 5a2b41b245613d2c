"""The graph tier: build models, trace them with torch.fx, find and fix what source cannot see."""
