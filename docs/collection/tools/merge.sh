#!/bin/bash
# usage: merge.sh COLLECTION_DIR FOLDER/chunk_NN.jsonl [prep.py args: --drop N ... --fix N field=value]
# e.g.   merge.sh docs/collection/0.7.0 V1/chunk_01.jsonl --drop 5
# Prepare, check and merge one reviewed chunk; record it in COLLECTION_DIR/merged.txt.
set -e
tools=$(cd "$(dirname "$0")" && pwd)
cd "$1"
c=$2
shift 2
python "$tools/prep.py" "$c" "$@"
p=${c%.jsonl}.prepped.jsonl
mppdata curate check "$p"
mppdata curate merge "$p"
echo "$c" >> merged.txt
