package org.grassroots.shared.web;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (stopped, restarting, network down, pool exhausted) from
 * any other error: the first is answered 503 "try again shortly", the second stays a 500.
 */
final class DatabaseFaults {

    private DatabaseFaults() {
    }

    static boolean isConnectionFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof ConnectException || t instanceof SocketException) {
                return true;
            }
            if (isFailedRollback(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    // 08: connection exception; 57P: operator intervention (shutdown, crash, restart)
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A rollback the JDBC connection refused. A live connection always rolls back, so the connection
     * is gone (the pool closes it after a fatal error such as a terminated backend), and the server has
     * discarded the transaction with it. Spring then throws this failure instead of the one that broke
     * the connection, which would otherwise have been recognized.
     */
    private static boolean isFailedRollback(Throwable t) {
        return t instanceof TransactionException && t.getCause() instanceof SQLException && t.getMessage() != null
                && t.getMessage().toLowerCase(Locale.ROOT).contains("rollback");
    }
}
