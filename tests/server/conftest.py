"""The server tests' helpers. The throwaway server and its fixtures live in tests/helpers/pg.py
and are registered for the whole suite by tests/conftest.py; they are not imported here as
fixtures (a second registration would start a second server)."""

from helpers.pg import (  # noqa: F401  (re-exported for the server tests)
    SUPERUSER,
    TEST_SEALER_KEY,
    TEST_SERVICE_ID,
    PgServer,
    SecuredDatabase,
    _free_port,
    _start_system,
    _system_bin,
    office_profile,
    scram_verifier,
    sealing_engine,
)
