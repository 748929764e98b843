#!/bin/bash
# usage: ./q.sh "query"  -> checks prior logs, appends to searches.txt
q="$1"
if cat /work/main/docs/collection/0.6.0/*/searches.txt /work/main/docs/collection/0.7.0/*/searches.txt /work/main/docs/collection/0.8.0/*/searches.txt 2>/dev/null | grep -Fqi -- "$q"; then echo "DUPLICATE"; else echo "$q" >> searches.txt; echo "logged #$(wc -l < searches.txt)"; fi
