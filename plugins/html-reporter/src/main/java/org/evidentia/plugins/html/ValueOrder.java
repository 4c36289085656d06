package org.evidentia.plugins.html;

import java.util.Comparator;
import java.util.List;
import org.evidentia.api.FindingKind.Attribute;

/**
 * Orders an attribute's values as the synthesis does: the attribute's declared values in their
 * declared order, then other values naturally, then "not stated" (null) last.
 */
final class ValueOrder implements Comparator<String> {

    private final List<String> declared;

    private ValueOrder(List<String> declared) {
        this.declared = declared;
    }

    static ValueOrder of(Attribute attribute) {
        return new ValueOrder(attribute.values());
    }

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int ia = declared.indexOf(a);
        int ib = declared.indexOf(b);
        if (ia >= 0 || ib >= 0) {
            return ia < 0 ? 1 : ib < 0 ? -1 : Integer.compare(ia, ib);
        }
        return NaturalOrder.INSTANCE.compare(a, b);
    }
}
