#!/bin/bash
# usage: q.sh "word1" "word2"...  -> show previous queries containing all words
f=$(mktemp); cat /work/main/docs/collection/0.6.0/*/searches.txt /work/main/docs/collection/0.7.0/*/searches.txt /work/main/docs/collection/0.8.0/*/searches.txt 2>/dev/null > $f
for w in "$@"; do grep -i -- "$w" $f > $f.2; mv $f.2 $f; done; cat $f; rm -f $f
