#!/bin/bash
cd /work/main/docs/collection/0.7.0
for d in $(ls -t V?/chunk_*.done); do c=${d%.done}.jsonl; grep -qx "$c" X3/reviewed.txt X4/reviewed.txt 2>/dev/null || echo $c; done
