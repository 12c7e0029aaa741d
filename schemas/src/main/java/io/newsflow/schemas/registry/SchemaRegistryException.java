package io.newsflow.schemas.registry;

/**
 * The Schema Registry refused a request or could not be reached.
 *
 * <p>Typed so that callers can tell a missing subject or schema (a fact about the data) from an
 * incompatible schema (a fact about the code) and from an outage (a fact about the moment, worth a
 * retry). The message names the registry's URL and the subject or id; it never holds credentials.
 */
public final class SchemaRegistryException extends RuntimeException {
    /** Confluent: the subject does not exist. */
    public static final int SUBJECT_NOT_FOUND = 40401;
    /** Confluent: the version does not exist. */
    public static final int VERSION_NOT_FOUND = 40402;
    /** Confluent: the schema (by id, or under a subject) does not exist. */
    public static final int SCHEMA_NOT_FOUND = 40403;
    /** Confluent: the subject is soft-deleted. */
    public static final int SUBJECT_SOFT_DELETED = 40404;
    /** Confluent: the subject has no subject-level compatibility configured. */
    public static final int SUBJECT_CONFIG_NOT_FOUND = 40408;
    /** Confluent: the schema is incompatible with the subject's earlier versions. */
    public static final int INCOMPATIBLE_SCHEMA = 409;
    /** Confluent: the schema is not valid (does not parse). */
    public static final int INVALID_SCHEMA = 42201;
    /** Confluent: the version is not valid. */
    public static final int INVALID_VERSION = 42202;
    /** Confluent: the compatibility level is not valid. */
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    /** No HTTP answer at all: connection refused, reset, timed out, TLS failure. */
    public static final int UNREACHABLE = -1;

    private final String url;
    private final int status;
    private final int errorCode;

    SchemaRegistryException(String message, String url, int status, int errorCode, Throwable cause) {
        super(message, cause);
        this.url = url;
        this.status = status;
        this.errorCode = errorCode;
    }

    /** The request URL (credentials removed). */
    public String url() {
        return url;
    }

    /** The HTTP status, or 0 when the registry gave no answer. */
    public int status() {
        return status;
    }

    /** Confluent's {@code error_code}, else the HTTP status, else {@link #UNREACHABLE}. */
    public int errorCode() {
        return errorCode;
    }

    /** True when trying again later may succeed: no answer, a timeout or a server-side error (5xx). */
    public boolean isTransient() {
        return status == 0 || status >= 500 || status == 408 || status == 429;
    }

    /** True for 40401, 40402, 40403 and 40404: the thing asked for is not there. */
    public boolean isNotFound() {
        return errorCode == SUBJECT_NOT_FOUND || errorCode == VERSION_NOT_FOUND || errorCode == SCHEMA_NOT_FOUND
                || errorCode == SUBJECT_SOFT_DELETED;
    }
}
