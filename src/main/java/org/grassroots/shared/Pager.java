package org.grassroots.shared;

/**
 * One page of a list: its number (from 0), its size and how many rows the whole list has. Every
 * paged list in the application uses it, and {@code fragments/pagination} renders it.
 */
public record Pager(int number, int size, long total) {

    /** Lists show 20 rows a page unless a page says otherwise. */
    public static final int SIZE = 20;

    /** The page asked for, kept within the pages there are (an empty list has page 0). */
    public static Pager of(int asked, int size, long total) {
        int last = total == 0 ? 0 : (int) ((total - 1) / size);
        return new Pager(Math.max(0, Math.min(asked, last)), size, total);
    }

    public static Pager of(int asked, long total) {
        return of(asked, SIZE, total);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }

    public int offset() {
        return number * size;
    }
}
