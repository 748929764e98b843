#!/bin/bash
# usage: chk.sh "query"  -> shows prior queries containing all words (first 3 words)
q="$1"
cat /work/main/docs/collection/0.6.0/*/searches.txt /work/main/docs/collection/0.7.0/*/searches.txt /work/main/docs/collection/0.8.0/*/searches.txt 2>/dev/null > /tmp/z2_allq.txt
grep -iF -- "$q" /tmp/z2_allq.txt | head -5
echo "--- word overlap:"
pat=$(echo "$q" | tr ' ' '\n' | awk 'length>3' | head -3)
f=/tmp/z2_allq.txt; for w in $pat; do grep -iF -- "$w" $f > /tmp/z2_f.$$; f=/tmp/z2_f2.$$; cp /tmp/z2_f.$$ $f; done; head -8 $f
