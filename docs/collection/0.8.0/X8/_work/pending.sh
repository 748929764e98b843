#!/bin/bash
B=/work/main/docs/collection/0.8.0
touch $B/X8/reviewed.txt
cat $B/X5/reviewed.txt $B/X6/reviewed.txt $B/X7/reviewed.txt $B/X8/reviewed.txt 2>/dev/null | sort -u > /tmp/x8_rev.txt
for d in Y4 Y5 Y1; do ls --time-style=+%s -l $B/$d/chunk_*.done 2>/dev/null | awk '{print $6, $7}'; done | sort -n | while read t f; do
  c=$(echo $f | sed "s#$B/##; s#\.done#.jsonl#")
  grep -qx "$c" /tmp/x8_rev.txt || echo "$c $(date -d @$t +%H:%M:%S)"
done
ls $B/Y4/report.md $B/Y5/report.md 2>/dev/null
