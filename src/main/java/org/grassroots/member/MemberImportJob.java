package org.grassroots.member;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.grassroots.shared.Scope;

/**
 * One uploaded file on its way in: checked in the background, then imported as a whole or dropped.
 * Held in memory only ({@link MemberImportJobs}), visible to the user who uploaded it.
 */
public final class MemberImportJob {

    public enum State { CHECKING, CHECKED, IMPORTING, DONE, FAILED }

    private final String id;
    private final String owner;
    private final Scope scope;
    private final String fileName;
    private final AtomicReference<State> state = new AtomicReference<>(State.CHECKING);
    private volatile Instant touchedAt;
    private volatile int total;
    private volatile int done;
    private volatile List<ImportSheetReader.RawRow> rows;
    private volatile List<ImportRowValidator.Candidate> candidates = List.of();
    private volatile List<ImportRowValidator.Problem> problems = List.of();
    private volatile Map<Integer, String> names = Map.of();
    private volatile int rowCount;
    private volatile int valid;
    private volatile int invalid;
    private volatile int existing;
    private volatile int inserted;
    private volatile String failure;
    private volatile boolean cancelled;

    MemberImportJob(String id, String owner, Scope scope, String fileName, List<ImportSheetReader.RawRow> rows,
            Instant now) {
        this.id = id;
        this.owner = owner;
        this.scope = scope;
        this.fileName = fileName;
        this.rows = rows;
        this.total = rows.size();
        this.touchedAt = now;
    }

    public String getId() {
        return id;
    }

    String owner() {
        return owner;
    }

    Scope scope() {
        return scope;
    }

    public String getFileName() {
        return fileName;
    }

    public State getState() {
        return state.get();
    }

    boolean moveTo(State from, State to) {
        return state.compareAndSet(from, to);
    }

    void fail(String key) {
        this.failure = key;
        state.set(State.FAILED);
    }

    public boolean isRunning() {
        State s = state.get();
        return s == State.CHECKING || s == State.IMPORTING;
    }

    public String getFailure() {
        return failure;
    }

    Instant touchedAt() {
        return touchedAt;
    }

    void touch(Instant now) {
        this.touchedAt = now;
    }

    /** Rows of the file not yet checked; released once checked. */
    List<ImportSheetReader.RawRow> takeRows() {
        List<ImportSheetReader.RawRow> r = rows;
        rows = null;
        return r == null ? List.of() : r;
    }

    void progress(int doneSoFar, int of) {
        this.done = doneSoFar;
        this.total = of;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    /** Progress in whole percent, 0–100. */
    public int getPercent() {
        int t = total;
        return t == 0 ? 100 : (int) Math.min(100, (long) done * 100 / t);
    }

    void checked(List<ImportRowValidator.Candidate> validRows, List<ImportRowValidator.Problem> found,
            Map<Integer, String> namesOfBadRows, int rowsRead, int invalidRows, int existingRows) {
        this.candidates = validRows;
        this.problems = found;
        this.names = namesOfBadRows;
        this.rowCount = rowsRead;
        this.valid = validRows.size();
        this.invalid = invalidRows;
        this.existing = existingRows;
    }

    List<ImportRowValidator.Candidate> candidates() {
        return candidates;
    }

    List<ImportRowValidator.Problem> problems() {
        return problems;
    }

    /** The name a bad row gives, for the report; null when the row has none. */
    String nameOf(int row) {
        return names.get(row);
    }

    public int getRows() {
        return rowCount;
    }

    public int getValid() {
        return valid;
    }

    public int getInvalid() {
        return invalid;
    }

    public int getExisting() {
        return existing;
    }

    public int getInserted() {
        return inserted;
    }

    void imported(int count) {
        this.inserted = count;
        this.candidates = List.of();
    }

    void cancel() {
        this.cancelled = true;
    }

    boolean isCancelled() {
        return cancelled;
    }
}
