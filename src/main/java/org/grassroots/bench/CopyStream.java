package org.grassroots.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one {@code COPY ... FROM STDIN} (text format) in 64 KB chunks, so that a
 * district of members never sits in memory as a list. Values must not contain tabs, newlines or
 * backslashes (generated data never does); null is written as {@code \N}.
 */
final class CopyStream implements AutoCloseable {

    private static final int CHUNK = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder row = new StringBuilder(512);
    private byte[] buffer = new byte[CHUNK * 2];
    private int length;
    private boolean first = true;
    private long rows;
    private boolean done;

    private CopyStream(CopyIn copy) {
        this.copy = copy;
    }

    /** Opens {@code copy table (columns) from stdin} on the connection. */
    static CopyStream open(Connection connection, String table, String columns) throws SQLException {
        return new CopyStream(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin"));
    }

    CopyStream value(Object value) {
        if (!first) {
            row.append('\t');
        }
        first = false;
        if (value == null) {
            row.append("\\N");
        } else if (value instanceof byte[] bytes) {
            row.append("\\\\x").append(HexFormat.of().formatHex(bytes));
        } else if (value instanceof LocalDate date) {
            row.append(date);
        } else {
            row.append(value);
        }
        return this;
    }

    void endRow() throws SQLException {
        row.append('\n');
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        row.setLength(0);
        first = true;
        rows++;
        if (length + bytes.length > buffer.length) {
            flush();
            if (bytes.length > buffer.length) {
                buffer = new byte[bytes.length];
            }
        }
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
        if (length >= CHUNK) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (length > 0) {
            copy.writeToCopy(buffer, 0, length);
            length = 0;
        }
    }

    /** Ends the COPY and returns the rows the server took. */
    long finish() throws SQLException {
        flush();
        done = true;
        long taken = copy.endCopy();
        if (taken != rows) {
            throw new SQLException("COPY took " + taken + " rows of " + rows);
        }
        return taken;
    }

    @Override
    public void close() throws SQLException {
        if (!done && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
