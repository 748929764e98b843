#!/bin/bash
# grep earlier queries
cat /work/main/docs/collection/0.6.0/*/searches.txt /work/main/docs/collection/0.7.0/*/searches.txt 2>/dev/null | grep -i -- "$1"
