/**
 * The portable written form of article fingerprints in the contracts: values that any client, in any
 * language, reads to the same bits (see {@link io.newsflow.schemas.fingerprint.SimHashHex}).
 */
package io.newsflow.schemas.fingerprint;
