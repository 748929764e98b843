#!/bin/bash
cd /work/main/docs/collection/0.6.0
for f in $(ls -tr W[1-4]/chunk_*.done 2>/dev/null); do c=${f%.done}.jsonl; grep -qx "$c" X2/reviewed.txt 2>/dev/null || echo "$c"; done
ls W[1-4]/report.md 2>/dev/null
