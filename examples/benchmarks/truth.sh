#!/usr/bin/env bash
# truth.sh: derives a ground-truth file in the contract format (source,record_id,entity) from a
# public benchmark set, so `er evaluate` can score a run on it. Writes only to OUT, never into the
# repository.
#
#   truth.sh febrl OUT NAME=FILE [NAME=FILE...]   entity = N of rec-N-org / rec-N-dup-K
#   truth.sh ncvr  OUT NAME=FILE [NAME=FILE...]   entity = recid (same voter, same id)
#   truth.sh splink OUT NAME=FILE [NAME=FILE...]  entity = the `cluster` column (Splink's
#                                                 fake_1000 and historical_50k; ids first, and no
#                                                 cell before `cluster` holds a comma)
#
# NAME must be the source name given to `er resolve --source NAME=...` for that file.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 febrl|ncvr OUT NAME=FILE [NAME=FILE...]" >&2
  exit 2
fi
kind=$1 out=$2
shift 2
case "$kind" in
  febrl|ncvr|splink) ;;
  *) echo "unknown benchmark kind '$kind' (expected febrl, ncvr or splink)" >&2; exit 2 ;;
esac
tmp="$out.tmp.$$"
echo "source,record_id,entity" > "$tmp"
for spec in "$@"; do
  name=${spec%%=*} file=${spec#*=}
  if [ "$name" = "$spec" ] || [ ! -r "$file" ]; then
    echo "bad source '$spec' (expected NAME=FILE with a readable FILE)" >&2; rm -f "$tmp"; exit 2
  fi
  # Both formats: first column is the record id, header on line 1, cells may be space-padded.
  awk -F',' -v src="$name" -v kind="$kind" '
    NR == 1 {
      for (i = 1; i <= NF; i++) { h = $i; gsub(/^[ \t\r"]+|[ \t\r"]+$/, "", h); if (h == "cluster") cluster = i }
      if (kind == "splink" && !cluster) { print "no cluster column in " FILENAME > "/dev/stderr"; exit 1 }
      next
    }
    {
      id = $1; gsub(/^[ \t\r"]+|[ \t\r"]+$/, "", id)
      if (id == "") next
      entity = id
      if (kind == "splink") { entity = $cluster; gsub(/^[ \t\r"]+|[ \t\r"]+$/, "", entity) }
      if (kind == "febrl") {
        if (split(id, part, "-") < 3 || part[1] != "rec") { print "bad FEBRL id: " id > "/dev/stderr"; exit 1 }
        entity = "rec-" part[2]
      }
      print src "," id "," entity
    }' "$file" >> "$tmp"
done
mv "$tmp" "$out"
