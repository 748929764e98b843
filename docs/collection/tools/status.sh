#!/bin/bash
# usage: status.sh COLLECTION_DIR  -- every closed chunk: reviewed (in some X*/reviewed.txt)? merged?
cd "$1" || exit 1
for f in */chunk_*.done; do
  [ -e "$f" ] || continue
  c=${f%.done}.jsonl
  r=$(cat X*/reviewed.txt 2>/dev/null | grep -qx "$c" && echo reviewed || echo "-")
  m=$(grep -qx "$c" merged.txt 2>/dev/null && echo MERGED || echo "-")
  echo "$c $r $m"
done
