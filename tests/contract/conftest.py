"""The contract's operations run against the demo as a frontend meets it: a demo server process
prepared by `migrate` and `load_demo`, reached over HTTP."""

import pytest

from tests.browser.demo_server import DemoServer
from tests.prepared import PreparedDemo, prepared


@pytest.fixture(scope="session")
def contract_demo(tmp_path_factory, worker_id, pytestconfig) -> DemoServer:
    server = DemoServer(
        work_dir=tmp_path_factory.mktemp("contract-demo"),
        name=f"alliance_contract_{worker_id}",
        prepared=prepared(PreparedDemo, pytestconfig),
    ).start()
    yield server
    server.stop()
