#!/bin/bash
cd /work/main/docs/collection/0.8.0
date -u +%H:%M:%S
for d in Y1 Y2 Y3 Z4; do for f in $d/chunk_*.done; do [ -e "$f" ] || continue; c=${f%.done}.jsonl; echo "$(stat -c %Y $f) $c"; done; done | sort -n | while read t c; do
  if ! grep -qxF "$c" X5/reviewed.txt X6/reviewed.txt X7/reviewed.txt 2>/dev/null; then echo "PENDING $c $(date -u -d @$t +%H:%M:%S)"; fi; done
for d in Y1 Y2 Y3 Z4; do [ -e $d/report.md ] && echo "$d has report"; done
