#!/bin/bash
# closed chunks: reviewed? merged?
cd /work/main/docs/collection/0.7.0
for d in V1 V2 V3 V4 V5 V6 V7; do for f in $d/chunk_*.done; do [ -e "$f" ] || continue; c=${f%.done}.jsonl
 r=$(cat X3/reviewed.txt X4/reviewed.txt 2>/dev/null | grep -qx "$c" 2>/dev/null && echo reviewed || echo "-"); m=$(grep -qx "$c" merged.txt 2>/dev/null && echo MERGED || echo "-"); echo "$c $r $m"; done; done
