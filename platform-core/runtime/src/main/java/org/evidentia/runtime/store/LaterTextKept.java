package org.evidentia.runtime.store;

/**
 * A record's stored text that a later input wrote, left standing against the text of the same
 * version that an older input, applied again with {@code --force}, holds.
 *
 * @param recordId  the record
 * @param version   its version
 * @param retracted whether the stored text marks it retracted (the older text may not)
 * @param writtenBy the input that wrote the stored text, as its last application showed it
 */
public record LaterTextKept(String recordId, int version, boolean retracted, String writtenBy) {
}
