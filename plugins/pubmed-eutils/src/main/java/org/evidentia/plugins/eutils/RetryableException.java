package org.evidentia.plugins.eutils;

import java.io.IOException;

/** A response that failed in a way worth another attempt: cut off, empty, or a busy server's error. */
final class RetryableException extends IOException {

    RetryableException(String message) {
        super(message);
    }
}
