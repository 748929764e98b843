#!/bin/bash
# grep earlier query logs for a word/phrase
grep -ih -- "$1" /work/main/docs/collection/0.6.0/*/searches.txt /work/main/docs/collection/0.7.0/*/searches.txt /work/main/docs/collection/0.8.0/*/searches.txt 2>/dev/null | head -${2:-15}
