package org.evidentia.plugins.html;

import java.io.IOException;

/**
 * A piece of HTML in a {@link FragmentSpool}, escaped when it was rendered, so the page template
 * prints it raw. Public only because the template engine reads it by reflection.
 *
 * @param spool  where it is
 * @param offset its first byte
 * @param length its length in bytes (UTF-8)
 */
public record Fragment(FragmentSpool spool, long offset, int length) {

    /** The fragment's HTML, read from the spool. */
    public String html() throws IOException {
        return spool.read(this);
    }
}
