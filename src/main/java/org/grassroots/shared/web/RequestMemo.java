package org.grassroots.shared.web;

import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps a read's result for the rest of one GET request, so that two boxes of a page that need the
 * same facts (the funds of every community, say, for the funds box and for 三有一化) read them once.
 * Outside a request, and in any other method (a write may change the facts between two reads), the
 * loader runs every time.
 */
public final class RequestMemo {

    private static final String PREFIX = RequestMemo.class.getName() + ":";

    private RequestMemo() {
    }

    /** Whether this thread is serving a GET request: the only kind whose reads are kept. */
    public static boolean inGet() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                && "GET".equals(servlet.getRequest().getMethod());
    }

    /** The value kept under the key in this GET request, loaded on first use. */
    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> loader) {
        if (!inGet()) {
            return loader.get();
        }
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        String name = PREFIX + key;
        Object kept = attributes.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (kept == null) {
            kept = loader.get();
            attributes.setAttribute(name, kept, RequestAttributes.SCOPE_REQUEST);
        }
        return (T) kept;
    }
}
