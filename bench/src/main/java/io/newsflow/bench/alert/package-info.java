/** Lucene Monitor alert matching of one article against many generated rules, beside a naive scan. */
package io.newsflow.bench.alert;
