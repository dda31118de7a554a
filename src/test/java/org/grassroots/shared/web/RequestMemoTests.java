package org.grassroots.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class RequestMemoTests {

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @ParameterizedTest(name = "{0} request, keys {1} and {2}: {3} loads")
    @CsvSource({
            "GET, a, a, 1",
            "GET, a, b, 2",
            "POST, a, a, 2",
            "NONE, a, a, 2",
    })
    void shouldLoadOncePerKeyOnlyWithinAGetRequest(String method, String first, String second, int loads) {
        if (!method.equals("NONE")) {
            RequestContextHolder.setRequestAttributes(
                    new ServletRequestAttributes(new MockHttpServletRequest(method, "/regions/1")));
        }
        AtomicInteger count = new AtomicInteger();

        Object a = RequestMemo.get(first, () -> "value-" + count.incrementAndGet());
        Object b = RequestMemo.get(second, () -> "value-" + count.incrementAndGet());

        assertThat(count.get()).isEqualTo(loads);
        assertThat(a.equals(b)).isEqualTo(loads == 1);
    }

    @Test
    void shouldNotKeepAValueAcrossRequests() {
        String key = "key";
        AtomicInteger count = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            RequestContextHolder.setRequestAttributes(
                    new ServletRequestAttributes(new MockHttpServletRequest("GET", "/regions/1")));
            RequestMemo.get(key, count::incrementAndGet);
        }
        assertThat(count.get()).isEqualTo(2);
    }
}
