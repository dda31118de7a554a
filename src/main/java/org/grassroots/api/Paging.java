package org.grassroots.api;

/** The page of a list an API caller asks for: page from 0, size 1 to {@link #MAX_SIZE}. */
record Paging(int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    /** Far beyond any list: keeps page * size within an int. */
    static final int MAX_PAGE = 1_000_000;

    /** The paging asked for; ApiBadRequest for a page below 0 or a size outside 1..100. */
    static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            throw new ApiBadRequest("page");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new ApiBadRequest("size");
        }
        return new Paging(p, s);
    }
}
