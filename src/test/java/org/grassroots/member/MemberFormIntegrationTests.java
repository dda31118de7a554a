package org.grassroots.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

/**
 * Creating a member through the real form: every typed value survives an error, the message sits
 * beside its field, and a saved ID number exists only encrypted, hashed and masked.
 */
class MemberFormIntegrationTests extends WebIntegrationTestBase {

    long org;

    @BeforeEach
    void findOrg() {
        org = branchIn(regionOf("community"));
    }

    @Test
    void shouldRedisplayEveryValueWithIdErrorWhenCheckCharacterIsWrong() throws Exception {
        long count = memberCount();
        String badId = withWrongCheckChar(freshIdNumber(BIRTH, true));
        MultiValueMap<String, String> form = newFullMember("校验码测试", badId, org);

        MvcResult result = mvc.perform(post("/members").params(form).with(as("community")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("member/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "idNumber", "member.idNumber.invalid"))
                .andReturn();

        String html = html(result);
        assertThat(inputValue(html, "name")).isEqualTo("校验码测试");
        assertThat(inputValue(html, "idNumber")).isEqualTo(badId);
        assertThat(inputValue(html, "phone")).isEqualTo("13912345678");
        assertThat(inputValue(html, "workUnit")).isEqualTo("滨江测试科技有限公司");
        assertThat(inputValue(html, "appliedOn")).isEqualTo("2005-01-10");
        assertThat(textOf(html, "idNumber-error"))
                .isEqualTo("身份证号不正确：应为 18 位，出生日期有效，且末位校验码正确");
        assertThat(html).contains("id=\"form-errors\"");
        assertThat(memberCount()).isEqualTo(count);
    }

    @Test
    void shouldStoreIdNumberOnlyEncryptedHashedAndMaskedWhenIdIsValid() throws Exception {
        String idNumber = freshIdNumber(BIRTH, true);
        long id = create(newFullMember("加密测试", idNumber, org));

        Map<String, Object> row = jdbc.queryForMap("""
                select encode(id_number_cipher, 'hex') as hex, id_number_hash, id_number_masked, id_number_tail
                from party_member where id = ?""", id);
        byte[] raw = jdbc.queryForObject("select id_number_cipher from party_member where id = ?", byte[].class, id);
        String plainHex = HexFormat.of().formatHex(idNumber.getBytes(StandardCharsets.UTF_8));

        assertThat((String) row.get("hex")).doesNotContain(plainHex).doesNotContain(idNumber);
        assertThat(new String(raw, StandardCharsets.UTF_8)).doesNotContain(idNumber)
                .doesNotContain(idNumber.substring(6, 14));
        assertThat(raw).hasSize(12 + idNumber.length() + 16); // nonce + sealed number + tag
        assertThat(cipher.decrypt(raw)).isEqualTo(idNumber);

        assertThat((String) row.get("id_number_hash")).isNotEqualTo(idNumber).doesNotContain(idNumber)
                .isEqualTo(cipher.hash(idNumber)).hasSize(64);

        String masked = (String) row.get("id_number_masked");
        assertThat(masked).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14))
                .doesNotContain("19850315");
        assertThat(row.get("id_number_tail")).isEqualTo(idNumber.substring(14));

        String detail = html(mvc.perform(get("/members/{id}", id).with(as("community")))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(detail, "id-number")).isEqualTo(masked);
        assertThat(detail).doesNotContain(idNumber).doesNotContain("19850315");
    }

    @Test
    void shouldDeriveBirthDateAndGenderFromIdNumberWhenCreated() throws Exception {
        LocalDate birth = LocalDate.of(1979, 11, 30);
        String woman = freshIdNumber(birth, false);
        MultiValueMap<String, String> form = newFullMember("派生测试", woman, org);

        long id = create(form);

        Map<String, Object> row = jdbc.queryForMap("select birth_date, gender from party_member where id = ?", id);
        assertThat(row.get("birth_date").toString()).isEqualTo("1979-11-30");
        assertThat(row.get("gender")).isEqualTo("FEMALE");

        long man = create(newFullMember("派生测试男", freshIdNumber(BIRTH, true), org));
        assertThat(jdbc.queryForObject("select gender from party_member where id = ?", String.class, man))
                .isEqualTo("MALE");
        assertThat(jdbc.queryForObject("select birth_date from party_member where id = ?", LocalDate.class, man))
                .isEqualTo(BIRTH);
    }

    @Test
    void shouldWriteJoinedHistoryAndAuditWithoutFullIdNumberWhenCreated() throws Exception {
        String idNumber = freshIdNumber(BIRTH, true);
        long id = create(newFullMember("留痕测试", idNumber, org));

        List<Map<String, Object>> history = jdbc.queryForList(
                "select kind, to_org_id, to_status, recorded_by from member_history where member_id = ?", id);
        assertThat(history).hasSize(1);
        assertThat(history.get(0)).containsEntry("kind", "JOINED").containsEntry("to_org_id", org)
                .containsEntry("to_status", "FULL").containsEntry("recorded_by", "community");

        List<String> summaries = jdbc.queryForList("""
                select summary from audit_event
                where action = 'CREATE' and entity_type = 'party_member' and entity_id = ? and username = 'community'""",
                String.class, id);
        assertThat(summaries).hasSize(1);
        assertThat(summaries.get(0)).contains("留痕测试").contains(idNumber.substring(0, 6) + "********")
                .doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
    }

    @Test
    void shouldRejectWithDuplicateErrorWhenIdNumberBelongsToCurrentMember() throws Exception {
        String idNumber = freshIdNumber(BIRTH, true);
        create(newFullMember("重复甲", idNumber, org));
        long count = memberCount();

        MvcResult result = mvc.perform(post("/members").params(newFullMember("重复乙", idNumber, org))
                        .with(as("community")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "idNumber", "member.idNumber.duplicate"))
                .andReturn();

        String html = html(result);
        assertThat(textOf(html, "idNumber-error")).isEqualTo("已有在册人员使用此身份证号");
        assertThat(inputValue(html, "name")).isEqualTo("重复乙");
        assertThat(memberCount()).isEqualTo(count);
    }

    @Test
    void shouldKeepValuesWithDateErrorWhenDateIsImpossible() throws Exception {
        long count = memberCount();
        String idNumber = freshIdNumber(BIRTH, true);
        MultiValueMap<String, String> form = newFullMember("日期测试", idNumber, org);
        form.set("appliedOn", "2020-13-45");

        MvcResult result = mvc.perform(post("/members").params(form).with(as("community")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("member/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "appliedOn", "typeMismatch"))
                .andReturn();

        String html = html(result);
        assertThat(textOf(html, "appliedOn-error")).isEqualTo("日期格式不正确，请按 年-月-日 填写");
        assertThat(inputValue(html, "appliedOn")).isEqualTo("2020-13-45");
        assertThat(inputValue(html, "name")).isEqualTo("日期测试");
        assertThat(inputValue(html, "idNumber")).isEqualTo(idNumber);
        assertThat(inputValue(html, "phone")).isEqualTo("13912345678");
        assertThat(inputValue(html, "workUnit")).isEqualTo("滨江测试科技有限公司");
        assertThat(inputValue(html, "admittedOn")).isEqualTo("2007-01-15");
        assertThat(memberCount()).isEqualTo(count);
    }

    /** Posts the form, expects the redirect to the new member's page and returns the new id. */
    private long create(MultiValueMap<String, String> form) throws Exception {
        long count = memberCount();
        long id = createMember(form);
        assertThat(memberCount()).isEqualTo(count + 1);
        assertThat(jdbc.queryForObject("select name from party_member where id = ?", String.class, id))
                .isEqualTo(form.getFirst("name"));
        return id;
    }
}
