/** Story identity: fingerprinting an article, judging a pair, its LSH keys and its stored form, beside a naive MinHash. */
package io.newsflow.bench.story;
