package org.grassroots.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a browser would submit from a rendered form, read from the markup. */
class FormFieldsTests {

    private static final String PAGE = """
            <form action="/search" id="other"><input name="q" value="elsewhere"></form>
            <form method="post" id="meeting-form" novalidate action="/orgs/7/meetings">
              <input type="hidden" name="_csrf" value="tok-1&amp;2"/>
              <input type="hidden" id="version" name="version" value="">
              <select class="form-select" id="type" name="type">
                <option value="MEMBERS_ASSEMBLY">大会</option>
                <option value="THEME_DAY" selected="selected">主题党日</option>
              </select>
              <select name="chairMemberId"><option value="">—</option><option value="11">王伟</option></select>
              <input type="date" name="heldOn" value="2026-11-26" max="2026-11-27">
              <input class="form-check-input" type="checkbox" id="election1" name="election" value="true">
              <input type="hidden" name="_election" value="on"/>
              <input type="checkbox" name="startNewTerm" value="true" checked="checked">
              <button type="submit" name="refresh" value="1">refresh</button>
              <input type="hidden" name="attendance[0].memberId" value="11">
              <input type="radio" name="attendance[0].status" value="PRESENT" checked="checked">
              <input type="radio" name="attendance[0].status" value="ABSENT">
              <input type="hidden" name="attendance[1].memberId" value="12">
              <input type="radio" name="attendance[1].status" value="PRESENT">
              <input type="radio" name="attendance[1].status" value="EXCUSED" checked>
              <input type="text" name="attendance[1].reason" value="出差 &quot;外地&quot;">
              <input type="text" name="disabledField" value="x" disabled>
              <textarea class="form-control" rows="3" name="agenda">一、学习
            二、讨论 &lt;草案&gt;</textarea>
              <input type="submit" name="go" value="save">
            </form>
            """;

    @Test
    void shouldSubmitWhatABrowserWouldInPageOrder() {
        Map<String, List<String>> fields = FormFields.of(PAGE, "meeting-form");
        assertThat(fields).containsExactly(
                Map.entry("_csrf", List.of("tok-1&2")),
                Map.entry("version", List.of("")),
                Map.entry("type", List.of("THEME_DAY")),
                Map.entry("chairMemberId", List.of("")),
                Map.entry("heldOn", List.of("2026-11-26")),
                Map.entry("_election", List.of("on")),
                Map.entry("startNewTerm", List.of("true")),
                Map.entry("attendance[0].memberId", List.of("11")),
                Map.entry("attendance[0].status", List.of("PRESENT")),
                Map.entry("attendance[1].memberId", List.of("12")),
                Map.entry("attendance[1].status", List.of("EXCUSED")),
                Map.entry("attendance[1].reason", List.of("出差 \"外地\"")),
                Map.entry("agenda", List.of("一、学习\n二、讨论 <草案>")));
    }

    @Test
    void shouldFindNothingWithoutTheForm() {
        assertThat(FormFields.of(PAGE, "missing")).isEmpty();
        assertThat(FormFields.of(PAGE, "other")).containsExactly(Map.entry("q", List.of("elsewhere")));
    }
}
