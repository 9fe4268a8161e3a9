"""The PyInstaller spec leaves out modules on purpose (the test tools, unused Qt modules). If
RefugeDesk's own code starts to import one of them, the bundle would fail only on the screen
that uses it, which the self-test may never reach. This catches it at `make test` instead."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "refugedesk.spec"


def spec_list(name: str) -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"no `{name} = [...]` in {SPEC}")


def imported_modules() -> dict[str, str]:
    """Every module named in an import in refugedesk/, with the first file naming it."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "refugedesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                found.setdefault(name, str(path.relative_to(ROOT)))
    return found


def test_nothing_the_code_imports_is_excluded_from_the_bundle():
    excludes = spec_list("excludes")
    used = imported_modules()
    clashes = {
        module: where for module, where in used.items()
        if any(module == ex or module.startswith(ex + ".") for ex in excludes)
    }
    assert not clashes, f"imported by RefugeDesk but excluded in {SPEC.name}: {clashes}"


def test_the_guard_sees_qt_imports():
    """The check above is only worth something if it finds the real imports."""
    used = imported_modules()
    assert "PySide6.QtWidgets" in used and "sqlcipher3" in used
    assert "PySide6.QtNetwork" in spec_list("excludes")


def test_the_test_suite_and_build_tools_stay_out():
    excludes = spec_list("excludes")
    for tool in ("tests", "pytest", "pytestqt", "PyInstaller", "pypdf"):
        assert tool in excludes
