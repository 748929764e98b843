cd /work/main/docs/collection/0.7.0
for f in $(ls -tr V?/chunk_*.done); do c=${f%.done}.jsonl; grep -qx "$c" X3/reviewed.txt || echo $c; done
