package org.grassroots.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.hibernate.TransactionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures mean "the database cannot be reached" (503) and which stay errors (500). */
class DatabaseFaultsTests {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("refused connection", new ConnectException("refused"), true),
                Arguments.of("08006 connection failure", new SQLException("io", "08006"), true),
                Arguments.of("57P01 terminated backend", new SQLException("terminating", "57P01"), true),
                Arguments.of("rollback on a closed connection", new JpaSystemException(new TransactionException(
                        "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))), true),
                Arguments.of("commit refused by a constraint", new JpaSystemException(new TransactionException(
                        "Unable to commit against JDBC Connection", new SQLException("violates", "23505"))), false),
                Arguments.of("unique violation", new DataIntegrityViolationException("dup",
                        new SQLException("duplicate key", "23505")), false),
                Arguments.of("a bug", new IllegalStateException("bug"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void shouldTellAnUnreachableDatabaseFromOtherFailures(String name, Throwable failure, boolean unreachable) {
        assertThat(DatabaseFaults.isConnectionFailure(failure)).isEqualTo(unreachable);
    }
}
