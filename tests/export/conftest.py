from tests.corpus.conftest import store, store_path  # noqa: F401  (the same small chronicle)
