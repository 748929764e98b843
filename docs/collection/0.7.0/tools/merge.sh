#!/bin/bash
# usage: merge.sh V1/chunk_01.jsonl [prep.py args: --drop N ... --fix N field=value]
# prepare, check, merge one reviewed chunk and record it in merged.txt
set -e
cd /work/main/docs/collection/0.7.0
c=$1; shift
python tools/prep.py "$c" "$@"
p=${c%.jsonl}.prepped.jsonl
mppdata curate check "$p"
mppdata curate merge "$p"
echo "$c" >> merged.txt
