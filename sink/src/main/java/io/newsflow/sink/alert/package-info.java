/**
 * Alert delivery: a read_committed consumer of news.alerts that tells people. Every alert is printed to
 * the console and, when its rule has a webhook, POSTed as signed JSON to it. Each webhook has its own
 * bounded queue and worker, so a slow or dead receiver only delays itself: its alerts are retried with
 * backoff and, after the last attempt (or when its queue is full), go to news.dlq with the reason in the
 * headers. Records that only update the duplicate count of an alert already sent are not delivered again.
 */
package io.newsflow.sink.alert;
