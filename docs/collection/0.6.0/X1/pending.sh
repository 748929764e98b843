cd /work/main/docs/collection/0.6.0
for f in $(ls -tr C?/chunk_*.done 2>/dev/null); do c=${f%.done}.jsonl; grep -qx "$c" X1/reviewed.txt 2>/dev/null || echo "$c"; done
ls C?/report.md 2>/dev/null
