package org.evidentia.runtime.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a connection in autocommit mode done as one transaction: committed whole, or rolled back and its failure thrown. */
final class Transaction {

    /** What is done inside the transaction. */
    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    private Transaction() {
    }

    /** Does {@code work} in one transaction on {@code db}, which is in autocommit mode before and after. */
    static void run(Connection db, Work work) throws SQLException {
        db.setAutoCommit(false);
        try {
            work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }
}
