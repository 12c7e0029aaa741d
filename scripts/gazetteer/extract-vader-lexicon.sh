#!/usr/bin/env sh
# Extracts the VADER sentiment lexicon (MIT, C.J. Hutto) from the Maven artifact that bundles it,
# so the enrich module owns the data file without depending on that artifact (it drags log4j 1.x
# and Lucene 6) at run time. Re-run to refresh; the output is committed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/enrich/src/main/resources/io/newsflow/enrich/sentiment"
jar="$HOME/.m2/repository/com/github/apanimesh061/vader-sentiment-analyzer/1.0/vader-sentiment-analyzer-1.0.jar"
if [ ! -f "$jar" ]; then
  mvn -B -q dependency:get -Dartifact=com.github.apanimesh061:vader-sentiment-analyzer:1.0 -Dtransitive=false
fi
mkdir -p "$out"
unzip -p "$jar" vader_sentiment_lexicon.txt | gzip -9n > "$out/vader_lexicon.txt.gz"
echo "wrote $out/vader_lexicon.txt.gz ($(wc -c < "$out/vader_lexicon.txt.gz") bytes)"
