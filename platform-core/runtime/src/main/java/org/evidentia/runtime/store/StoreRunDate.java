package org.evidentia.runtime.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one rule for the date a run records in a store, whether a store run's or an imported job's: not after tomorrow, by
 * UTC dates (a day's slack for a job east of UTC, whose today is UTC's tomorrow). A later date, a year typed wrong, would
 * become the store's latest update, and every later report dated today would be told it was dated before it (the review
 * of session 32, L3 and C6).
 */
public final class StoreRunDate {

    private StoreRunDate() {
    }

    /**
     * Why {@code runDate} cannot be a store's, to follow "the run date X is " ({@code after today (2026-12-07 in UTC, ...):
     * a store records it ...}); null when it can.
     */
    public static String refusal(Instant runDate) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (!runDate.atZone(ZoneOffset.UTC).toLocalDate().isAfter(today.plusDays(1))) {
            return null;
        }
        return "after today (" + today + " in UTC, and a day later is allowed for time zones): a store records it as the date of its"
                + " update, which every later report of the store is checked against";
    }
}
