import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch):
    """Each test gets its own result cache, so no test sees another's (or the repo's)."""
    monkeypatch.setenv("BNLINT_CACHE_DIR", str(tmp_path_factory.mktemp("bnlint_cache")))
