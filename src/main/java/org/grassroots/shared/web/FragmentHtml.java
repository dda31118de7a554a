package org.grassroots.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A template fragment rendered to text in the current request, as the page's own view would render it
 * (the request's language, its links): for a part of a page that is kept once rendered. It may be
 * rendered while the page itself renders: the request's attributes are as before afterwards. The fragment's
 * parameters and the variables it reads are taken from the model by name.
 */
@Component
public class FragmentHtml {

    private final ThymeleafViewResolver views;
    /** Fragments kept by {@link #renderFor}: a community's largest is some 40 KB. */
    private final Kept kept = new Kept(512);

    FragmentHtml(ThymeleafViewResolver views) {
        this.views = views;
    }

    /** fragment: "template :: name", as in th:replace without its arguments. */
    public String render(String fragment, Map<String, ?> model) {
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletResponse response = current.getResponse();
        if (response == null) {
            throw new IllegalStateException("no response to render " + fragment + " in");
        }
        Captured captured = new Captured(response);
        HttpServletRequest request = current.getRequest();
        Map<String, Object> attributes = attributes(request);
        try {
            View view = views.resolveViewName(fragment, LocaleContextHolder.getLocale());
            if (view == null) {
                throw new IllegalStateException("no view " + fragment);
            }
            view.render(model, request, captured);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("rendering " + fragment, e);
        } finally {
            restore(request, attributes);
        }
        return captured.text();
    }

    private static Map<String, Object> attributes(HttpServletRequest request) {
        Map<String, Object> attributes = new HashMap<>();
        for (String name : Collections.list(request.getAttributeNames())) {
            attributes.put(name, request.getAttribute(name));
        }
        return attributes;
    }

    /**
     * The view leaves its model and its request context in the request's attributes: a fragment rendered
     * while the page renders would otherwise take the page's form errors and variables from it.
     */
    private static void restore(HttpServletRequest request, Map<String, Object> attributes) {
        for (String name : Collections.list(request.getAttributeNames())) {
            if (!attributes.containsKey(name)) {
                request.removeAttribute(name);
            }
        }
        attributes.forEach((name, value) -> {
            if (request.getAttribute(name) != value) {
                request.setAttribute(name, value);
            }
        });
    }

    /**
     * As {@link #render}, kept and given again while the fragment is asked for with equal values in the same
     * language. values: everything the fragment shows (records, strings, numbers, dates and enums compared by
     * value, never entities), so that equal values render the same text; the model must not show more.
     */
    public String renderFor(List<?> values, String fragment, Map<String, ?> model) {
        return renderFor(kept, values, fragment, model);
    }

    /** As {@link #renderFor(List, String, Map)}, kept in the caller's own store. */
    public String renderFor(Kept store, List<?> values, String fragment, Map<String, ?> model) {
        List<Object> key = List.of(fragment, LocaleContextHolder.getLocale(), values);
        String text = store.texts.get(key);
        if (text == null) {
            text = render(fragment, model);
            if (store.texts.size() >= store.capacity) {
                store.texts.clear();
            }
            store.texts.put(key, text);
        }
        return text;
    }

    /** Rendered fragments kept by their values, at most so many (all are let go when it is full). */
    public static final class Kept {

        private final int capacity;
        private final Map<List<Object>, String> texts = new ConcurrentHashMap<>();

        public Kept(int capacity) {
            this.capacity = capacity;
        }
    }

    /** The response's writer kept apart: headers, type and language of the real response stay untouched. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter();
        private final PrintWriter writer = new PrintWriter(text);

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentType(String type) {
            // the page's own view sets it
        }

        @Override
        public void setCharacterEncoding(String charset) {
            // likewise
        }

        @Override
        public void setLocale(Locale locale) {
            // likewise
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
