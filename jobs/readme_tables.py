#!/usr/bin/env python3
"""Regenerates the README's table reference from the table definitions (org.wirelens.tables.Tables).

ReadmeTablesTest fails when README.md and a TableDef disagree; this rewrites the section from the
first table heading to the next level-2 heading. Builds the classes first (jobs/run-local.sh does).

    python3 jobs/readme_tables.py
"""
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    subprocess.run([str(ROOT / "jobs/run-local.sh"), "--help"], check=True, stdout=subprocess.DEVNULL)
    cp = f"{ROOT / 'target/classes'}:{(ROOT / 'target/classpath.txt').read_text().strip()}"
    tables = subprocess.run(["java", "-cp", cp, "org.wirelens.tables.Tables"], check=True,
                            capture_output=True, text=True).stdout.strip() + "\n\n"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("### `documents`")
    end = readme.index("\n## ", start) + 1
    (ROOT / "README.md").write_text(readme[:start] + tables + readme[end:], encoding="utf-8")
    print(f"README.md: {len(re.findall('^### ', tables, re.M))} tables")


if __name__ == "__main__":
    main()
