"""Figures for a release's closing note and CHANGELOG.

usage: python stats.py OLD_DATA_DIR BASELINE_IDS
  OLD_DATA_DIR: the previous release's data/ (e.g. `git archive v0.6.0-commit data | tar -x -C /tmp/old`)
  BASELINE_IDS: the statement ids of the previous release, one per line
"""

import subprocess
import sys
from pathlib import Path

import pandas as pd
from cli_guard import require_args

from mppdata.contract.numbers import COURT_EVENT_TYPES, docket_numbers

require_args(__doc__, 2, (1, 2))

REPO = Path(__file__).resolve().parents[3]
OLD, NEW = Path(sys.argv[1]), REPO / "data"
base = set(Path(sys.argv[2]).read_text().split())
# table-level changes: the package's own record diff, summary lines only
diff = subprocess.run(
    [sys.executable, "-m", "mppdata", "diff", str(OLD), str(NEW)], capture_output=True, text=True, check=True
).stdout
print("\n".join(line for line in diff.splitlines() if line and not line.startswith("  ")))
s = pd.read_csv(NEW / "statements.csv")
new = s[~s.statement_id.isin(base)]
print("languages:", s.language.value_counts().to_dict(), f"es share {(s.language == 'es').mean():.3f}")
print(
    "new statements:",
    len(new),
    new.language.value_counts().to_dict(),
    new.statement_type.value_counts().to_dict(),
)
print("new per year:", new.date.str[:4].value_counts().sort_index().to_dict())
print("per year:", s.date.str[:4].value_counts().sort_index().to_dict())
print(
    "speakers:",
    s.actor_id.nunique(),
    "(new speakers:",
    len(set(new.actor_id) - set(s[s.statement_id.isin(base)].actor_id)),
    ")",
)
print("top new speakers:", new.actor_id.value_counts().head(10).to_dict())
e = pd.read_csv(NEW / "events.csv")
c = e[e.event_type.isin(COURT_EVENT_TYPES)]
numbered = c.instrument.fillna("").map(lambda s: bool(docket_numbers(s)))
print(
    "court events:",
    len(c),
    "with instrument:",
    c.instrument.notna().sum(),
    "with a docket number:",
    int(numbered.sum()),
    "without one:",
    sorted(c[~numbered].event_id),
)
st = pd.read_csv(NEW / "stances.csv")
ns = st[st.statement_id.isin(new.statement_id)]
print("new stances by target:", ns.target.value_counts().to_dict())
print(
    subprocess.run(
        [sys.executable, "scripts/voice_groups.py"], capture_output=True, text=True, cwd=REPO
    ).stdout
)
