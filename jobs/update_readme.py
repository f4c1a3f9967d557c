#!/usr/bin/env python3
"""Regenerates the parts of README.md that the code defines: the options (the job's --help) and
the table reference (org.wirelens.tables.Tables, one section per TableDef).

ReadmeTablesTest fails when README.md and a TableDef disagree; this rewrites the table section
from the first table heading to the next level-2 heading, and the code block after "prints:" in
the Options section. Builds the classes first (jobs/run-local.sh does).

    python3 jobs/update_readme.py
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
    readme = readme[:start] + tables + readme[end:]
    help_text = subprocess.run(["java", "-cp", cp, "org.wirelens.WirelensJob", "--help"], check=True,
                               capture_output=True, text=True).stdout.strip()
    options = readme.index("## Options")
    start = readme.index("```\n", options) + 4
    end = readme.index("```", start)
    readme = readme[:start] + help_text + "\n" + readme[end:]
    (ROOT / "README.md").write_text(readme, encoding="utf-8")
    print(f"README.md: {len(re.findall('^### ', tables, re.M))} tables, options")


if __name__ == "__main__":
    main()
