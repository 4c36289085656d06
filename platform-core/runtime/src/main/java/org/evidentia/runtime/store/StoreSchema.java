package org.evidentia.runtime.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The store's tables, as docs/scale.md describes them for readers in R, Python or the sqlite3 shell.
 * A store says it is one with {@code PRAGMA application_id} and its format with {@code PRAGMA user_version}.
 */
final class StoreSchema {

    /** "EVID" as a 32-bit number, in {@code PRAGMA application_id}. */
    static final int APPLICATION_ID = 0x45564944;
    /**
     * The format this version writes; raised when a table changes, with a step in {@link #MIGRATIONS}
     * that brings a store of the format before up to it when a run or an import opens it to change it.
     */
    static final int FORMAT = 7;

    /** The format that added {@code files.real_path}. */
    static final int REAL_PATH_SINCE = 2;
    /** The format that added the exclusion list's table, and each application's record ids and search. */
    static final int EXCLUSIONS_SINCE = 3;
    /** The format that added the exclusion list's checksum and each run's fingerprints. */
    static final int FINGERPRINTS_SINCE = 4;
    /** The format that added the file stamps' table. */
    static final int FILE_STAMPS_SINCE = 5;
    /** The format that added the checksums of the inputs a forced run was given. */
    static final int FORCED_INPUTS_SINCE = 6;
    /** The format that added the ids of the records each run changed, by change, and the place of each record deleted. */
    static final int CHANGED_IDS_SINCE = 7;

    /**
     * The records held without a PMID by their DOI, as the applier matches a copy with a PMID to the record held by its DOI
     * alone: an index of the few such records, which costs a store of PubMed's records nothing to keep. An index adds no
     * table, so no format: a store of an earlier version gets it when a run opens it to change it.
     */
    private static final String RECORDS_DOI = "CREATE INDEX IF NOT EXISTS records_doi_only ON records(lower(doi)) WHERE pmid IS NULL";
    /**
     * The changes each application made, by kind: a report counts the records each counted input revised, which without it
     * read the whole table once per such input, a time that grew with the square of a living review's age (the review of
     * session 19, D14). No format, as above.
     */
    private static final String CHANGES_FILE = "CREATE INDEX IF NOT EXISTS changes_file ON changes(file_id, change)";
    /**
     * The records held with a PMID, by their DOI, as the applier matches a copy without a PMID (another database's export)
     * to the record held by its PMID: made by the applier when it first asks, so that a store of PubMed's records alone,
     * which never asks, does not keep it. No format, as above.
     */
    static final String RECORDS_DOI_WITH_PMID =
            "CREATE INDEX IF NOT EXISTS records_doi_with_pmid ON records(lower(doi)) WHERE pmid IS NOT NULL";

    /** Each input file's checksum as last hashed, by its real path, with its {@link org.evidentia.runtime.input.FileStamp} then. */
    private static final String FILE_STAMPS = "CREATE TABLE file_stamps (real_path TEXT PRIMARY KEY, stamp TEXT NOT NULL, sha256 TEXT NOT NULL)";

    /**
     * What brings a store of format {@code n - 1} to format {@code n}, by {@code n}. Reports open a
     * store read-only and read every format up to {@link #FORMAT} as it is ({@link #format}).
     */
    private static final Map<Integer, List<String>> MIGRATIONS = Map.of(
            // 2: the real path of each applied input, by which a file given again under another path is known
            REAL_PATH_SINCE, List.of("ALTER TABLE files ADD COLUMN real_path TEXT"),
            // 3: the review's exclusion list; the ids each application of an input held and the search it came from, by which
            // records that left an input applied again are told
            // (the table as format 3 made it: format 4 adds a column to it)
            EXCLUSIONS_SINCE, List.of("CREATE TABLE exclusions (id TEXT PRIMARY KEY, reason TEXT NOT NULL, list TEXT NOT NULL, run_id INTEGER NOT NULL)",
                    "ALTER TABLE files ADD COLUMN record_ids BLOB", "ALTER TABLE files ADD COLUMN input TEXT"),
            // 4: the SHA-256 of the exclusion list's file, and of what each run's rules came in (the text-mining jar, each
            // plugin's zip or jar) and of the files its options named, by which a run tells a rebuild that changed them
            FINGERPRINTS_SINCE, List.of("ALTER TABLE exclusions ADD COLUMN list_sha256 TEXT", "ALTER TABLE runs ADD COLUMN fingerprints TEXT"),
            // 5: the checksum of each input file with the stamp it had when it was hashed, by which a file given again
            // unchanged is known without being read
            FILE_STAMPS_SINCE, List.of(FILE_STAMPS),
            // 6: the checksums of the inputs a run given --force was to apply again, by which the inputs that such a run, stopped
            // before its end, did not reach are applied by the next run as it goes on from there
            FORCED_INPUTS_SINCE, List.of("ALTER TABLE runs ADD COLUMN forced_inputs TEXT"),
            // 7: the ids of the records each run added, revised, re-extracted and deleted, as its run.json lists them, by which a
            // report tells what the last update changed after later runs have written their own run.json
            // (and the place in the records' order of each record a deletion removed, which the record takes again when a later
            // version brings it back, as a revised record keeps its place)
            CHANGED_IDS_SINCE, List.of("ALTER TABLE runs ADD COLUMN changed_ids TEXT", "ALTER TABLE deletions ADD COLUMN seq INTEGER"));

    /** Tables a store of an earlier format has not got, by the format that added them: a report reads such a store as it is. */
    private static final Map<String, Integer> TABLES_SINCE = Map.of("exclusions", EXCLUSIONS_SINCE, "file_stamps", FILE_STAMPS_SINCE);

    private static final List<String> TABLES = List.of(
            """
            CREATE TABLE runs (
              run_id INTEGER PRIMARY KEY,
              command TEXT NOT NULL,
              status TEXT NOT NULL,
              started_at TEXT NOT NULL,
              finished_at TEXT,
              evidentia_version TEXT NOT NULL,
              run_date TEXT NOT NULL,
              plugins TEXT,
              options TEXT,
              kinds TEXT,
              notices TEXT,
              problems TEXT,
              failure TEXT,
              files_applied INTEGER NOT NULL DEFAULT 0,
              files_skipped INTEGER NOT NULL DEFAULT 0,
              records_added INTEGER NOT NULL DEFAULT 0,
              records_revised INTEGER NOT NULL DEFAULT 0,
              records_reextracted INTEGER NOT NULL DEFAULT 0,
              records_unchanged INTEGER NOT NULL DEFAULT 0,
              records_superseded INTEGER NOT NULL DEFAULT 0,
              records_duplicate INTEGER NOT NULL DEFAULT 0,
              records_deleted INTEGER NOT NULL DEFAULT 0,
              deletions_unmatched INTEGER NOT NULL DEFAULT 0,
              fingerprints TEXT,
              forced_inputs TEXT,
              changed_ids TEXT)""",
            """
            CREATE TABLE files (
              file_id INTEGER PRIMARY KEY,
              run_id INTEGER NOT NULL,
              path TEXT NOT NULL,
              sha256 TEXT,
              source TEXT,
              status TEXT NOT NULL,
              applied_at TEXT NOT NULL,
              records INTEGER NOT NULL DEFAULT 0,
              skipped INTEGER NOT NULL DEFAULT 0,
              unaccounted INTEGER NOT NULL DEFAULT 0,
              merged INTEGER NOT NULL DEFAULT 0,
              added INTEGER NOT NULL DEFAULT 0,
              revised INTEGER NOT NULL DEFAULT 0,
              reextracted INTEGER NOT NULL DEFAULT 0,
              unchanged INTEGER NOT NULL DEFAULT 0,
              superseded INTEGER NOT NULL DEFAULT 0,
              duplicate INTEGER NOT NULL DEFAULT 0,
              deletions INTEGER NOT NULL DEFAULT 0,
              deleted INTEGER NOT NULL DEFAULT 0,
              deletions_unmatched INTEGER NOT NULL DEFAULT 0,
              problems TEXT,
              real_path TEXT,
              record_ids BLOB,
              input TEXT)""",
            "CREATE INDEX files_sha256 ON files(sha256)",
            """
            CREATE TABLE records (
              seq INTEGER PRIMARY KEY,
              record_id TEXT NOT NULL UNIQUE,
              pmid TEXT,
              doi TEXT,
              version INTEGER NOT NULL,
              source TEXT,
              title TEXT,
              journal TEXT,
              year INTEGER,
              design TEXT NOT NULL,
              retracted INTEGER NOT NULL,
              design_basis TEXT NOT NULL,
              findings INTEGER NOT NULL,
              file_id INTEGER NOT NULL,
              content_hash TEXT NOT NULL,
              extraction_hash TEXT NOT NULL,
              content BLOB NOT NULL)""",
            "CREATE INDEX records_pmid ON records(pmid)",
            RECORDS_DOI,
            """
            CREATE TABLE findings (
              seq INTEGER NOT NULL,
              ordinal INTEGER NOT NULL,
              record_id TEXT NOT NULL,
              pmid TEXT,
              kind TEXT NOT NULL,
              subject TEXT NOT NULL,
              subject_label TEXT NOT NULL,
              subject_text TEXT NOT NULL,
              direction TEXT NOT NULL,
              attributes TEXT NOT NULL,
              field TEXT NOT NULL,
              section TEXT,
              sentence TEXT NOT NULL,
              sentence_start INTEGER NOT NULL,
              sentence_end INTEGER NOT NULL,
              mention_start INTEGER NOT NULL,
              mention_end INTEGER NOT NULL,
              extractor TEXT,
              extractor_version TEXT,
              PRIMARY KEY (seq, ordinal)) WITHOUT ROWID""",
            "CREATE INDEX findings_subject ON findings(kind, subject)",
            "CREATE INDEX findings_record ON findings(record_id)",
            "CREATE TABLE deletions (record_id TEXT PRIMARY KEY, version INTEGER NOT NULL, file_id INTEGER NOT NULL, seq INTEGER)",
            "CREATE TABLE changes (file_id INTEGER NOT NULL, record_id TEXT NOT NULL, version INTEGER, change TEXT NOT NULL)",
            "CREATE INDEX changes_record ON changes(record_id)",
            CHANGES_FILE,
            "CREATE TABLE merged_copies (run_id INTEGER NOT NULL, record_id TEXT NOT NULL, origins TEXT NOT NULL)",
            StoredExclusions.TABLE,
            FILE_STAMPS);

    private StoreSchema() {
    }

    /** Creates the tables in an empty database, or checks that a database is a store of this format. */
    static void prepare(Connection db, String name) throws SQLException, StoreException {
        int applicationId = pragma(db, "application_id");
        int format = pragma(db, "user_version");
        boolean empty;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            empty = rs.next() && rs.getInt(1) == 0;
        }
        if (empty && applicationId == 0) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                for (String ddl : TABLES) {
                    s.execute(ddl);
                }
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                s.execute("PRAGMA user_version = " + FORMAT);
            }
            db.commit();
            db.setAutoCommit(true);
            return;
        }
        check(applicationId, format, name);
        Map<String, String> types = objectTypes(db);
        checkTables(types, name, format);
        refuseTriggers(db, name);
        if (format < FORMAT) {
            refuseTakenNames(types, name, format);
            migrate(db, format);
        }
        try (Statement s = db.createStatement()) {
            s.execute(RECORDS_DOI);
            s.execute(CHANGES_FILE);
        }
    }

    /**
     * Refuses to upgrade a store where an object of the user's own (a screening table, a view) has the
     * name of a table the upgrade adds: SQLite's "table exclusions already exists" would say neither
     * whose table it is nor what to do. Nothing has changed when this is thrown.
     */
    private static void refuseTakenNames(Map<String, String> types, String name, int format) throws StoreException {
        for (Map.Entry<String, Integer> since : new java.util.TreeMap<>(TABLES_SINCE).entrySet()) {
            String type = types.get(since.getKey());
            if (since.getValue() > format && type != null) {
                String table = since.getKey();
                String mend = type.equals("table") ? "rename it (in the sqlite3 shell: ALTER TABLE " + table + " RENAME TO my_" + table + ")"
                        // SQLite renames tables alone: a view, index or trigger is made again under another name
                        : "make it again under another name (in the sqlite3 shell: DROP " + type.toUpperCase(java.util.Locale.ROOT) + " "
                        + table + ", then CREATE " + type.toUpperCase(java.util.Locale.ROOT) + " my_" + table + " ...)";
                throw new StoreException(name + " is a findings store of format " + format + ", which this version upgrades to format "
                        + FORMAT + " by adding a table named " + table + ", but the store has " + (type.equals("index") ? "an " : "a ") + type
                        + " of that name, not Evidentia's; " + mend + " and run again; the store is unchanged");
            }
        }
    }

    /** Brings a store of an earlier format up to {@link #FORMAT}, in one transaction. */
    private static void migrate(Connection db, int from) throws SQLException {
        Transaction.run(db, () -> {
            try (Statement s = db.createStatement()) {
                for (int to = from + 1; to <= FORMAT; to++) {
                    for (String step : MIGRATIONS.getOrDefault(to, List.of())) {
                        s.execute(step);
                    }
                }
                s.execute("PRAGMA user_version = " + FORMAT);
            }
        });
    }

    /** The store's format ({@code PRAGMA user_version}): what its tables hold, for reading an earlier one as it is. */
    static int format(Connection db) throws SQLException {
        return pragma(db, "user_version");
    }

    /** Checks that a database is a store of a format this version reads, without changing it. */
    static void check(Connection db, String name) throws SQLException, StoreException {
        int format = pragma(db, "user_version");
        check(pragma(db, "application_id"), format, name);
        checkTables(objectTypes(db), name, format);
    }

    /** The type of each object of the database ({@code table}, {@code view}, {@code index}, {@code trigger}), by its name. */
    private static Map<String, String> objectTypes(Connection db) throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT name, type FROM sqlite_schema")) {
            while (rs.next()) {
                types.put(rs.getString(1), rs.getString(2));
            }
        }
        return types;
    }

    /**
     * Checks that each of the store's tables is there and is a table. The pragmas say only what a
     * file claims to be: a crafted store can put a view in a table's place (a recursive one that
     * never ends, say), and every query of that table would then run the view. Objects of other
     * names (an index or a table a user added to query the store) are left alone.
     */
    private static void checkTables(Map<String, String> types, String name, int format) throws StoreException {
        for (String table : tableNames()) {
            if (TABLES_SINCE.getOrDefault(table, 0) > format) {
                continue; // a table of a later format, which a run that changes the store adds
            }
            String type = types.get(table);
            if (!"table".equals(type)) {
                throw new StoreException(name + " is not a findings store as Evidentia writes them: "
                        + (type == null ? "it has no table " + table : "its " + table + " is a " + type + ", where a table was expected")
                        + "; was it changed by another program?");
            }
        }
    }

    /**
     * Refuses a store to be written with a trigger on one of its tables: Evidentia makes none, and a
     * trigger runs whatever it holds inside each write (a recursive query that never ends, say), so a
     * crafted store could hold a run for ever. Reading runs no trigger, so a report is not refused.
     */
    private static void refuseTriggers(Connection db, String name) throws SQLException, StoreException {
        List<String> tables = tableNames();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, tbl_name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name")) {
            while (rs.next()) {
                if (tables.contains(rs.getString(2))) {
                    throw new StoreException(name + " has a trigger, " + rs.getString(1) + ", on its table " + rs.getString(2)
                            + ", which Evidentia does not make and would run on every change a run makes; was it changed by another"
                            + " program? If the trigger is yours, drop it (in the sqlite3 shell: DROP TRIGGER " + rs.getString(1)
                            + ") and run again; the store is unchanged");
                }
            }
        }
    }

    /** The names of the store's tables, as {@link #TABLES} creates them. */
    static List<String> tableNames() {
        return TABLES.stream().map(String::strip).filter(ddl -> ddl.startsWith("CREATE TABLE "))
                .map(ddl -> ddl.substring("CREATE TABLE ".length()).split("[ (]", 2)[0]).toList();
    }

    /** Refuses what a store's application id and format say is no store this version reads (from its pragmas or its file header). */
    static void check(int applicationId, int format, String name) throws StoreException {
        if (applicationId != APPLICATION_ID) {
            throw new StoreException(name + " is an SQLite database but not an Evidentia findings store; give a new file name to make a store");
        }
        if (format > FORMAT) {
            throw new StoreException(name + " is a findings store of format " + format + ", made by a newer Evidentia; this one reads format " + FORMAT);
        }
        if (format < 1) {
            // no Evidentia wrote format 0: the upgrade's messages would blame its own tables on the user (the review of session 19, N3)
            throw new StoreException(name + " says it is a findings store but of format " + format + ", which no Evidentia writes;"
                    + " was it changed by another program? Give a new file name to make a store");
        }
    }

    private static int pragma(Connection db, String name) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
