#!/bin/bash
# closed chunks: reviewed? merged?
cd /work/main/docs/collection/0.6.0
for d in C1 C2 C3 C4 C5 C6 D1 W1 W2 W3 W4 W5 L1 L2; do for f in $d/chunk_*.done; do [ -e "$f" ] || continue; c=${f%.done}.jsonl
 r=$(cat X1/reviewed.txt X2/reviewed.txt 2>/dev/null | grep -qx "$c" 2>/dev/null && echo reviewed || echo "-"); m=$(grep -qx "$c" merged.txt 2>/dev/null && echo MERGED || echo "-"); echo "$c $r $m"; done; done
