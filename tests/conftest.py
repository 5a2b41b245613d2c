import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

try:
    from hypothesis import HealthCheck, settings
except ImportError:  # pragma: no cover - hypothesis is a test dependency
    settings = None

if settings is not None:
    # The default keeps both fuzz files under a minute on two cores; `pytest --hypothesis-profile=long`
    # runs many more examples by hand. No deadline: a model's first trace pays one-off import costs.
    common = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    settings.register_profile("default", max_examples=12, **common)
    settings.register_profile("long", max_examples=400, **common)
    settings.load_profile("default")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Each test gets its own result cache, so no test sees another's (or the repo's)."""
    monkeypatch.setenv("BNLINT_CACHE_DIR", str(tmp_path_factory.mktemp("bnlint_cache")))
