#!/bin/bash
# grep earlier queries for each word given
for w in "$@"; do echo "== $w"; grep -i -h -- "$w" /work/main/docs/collection/0.6.0/*/searches.txt /work/main/docs/collection/0.7.0/*/searches.txt 2>/dev/null | head -8; done
