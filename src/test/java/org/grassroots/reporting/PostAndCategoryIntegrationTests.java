package org.grassroots.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Service posts of a community and the city's service categories. */
class PostAndCategoryIntegrationTests extends ReportingTestSupport {

    // ---------------------------------------------------------------- posts

    @Test
    void shouldListPostsOfTheCommunityAndOfTheStreetWithPeopleOnThem() throws Exception {
        String name = fresh("文明劝导岗");
        long post = createPost(community(), name, "3");
        MultiValueMap<String, String> form = outsiderReport(fresh("岗上"), freshPhone(), today());
        form.add("postIds", Long.toString(post));
        createReport(community(), form, "community");
        String list = html(mvc.perform(get("/regions/" + community() + "/service-posts").param("q", name)
                .with(as("community"))).andExpect(status().isOk()).andReturn());
        assertThat(tableRows(list, "post-list")).singleElement()
                .satisfies(row -> assertThat(row).containsSubsequence("关爱老人", name, "", "3", "1"));
        String street = html(mvc.perform(get("/regions/" + street() + "/service-posts").param("q", name)
                .with(as("street"))).andExpect(status().isOk()).andReturn());
        assertThat(tableRows(street, "post-list")).singleElement()
                .satisfies(row -> assertThat(row.get(0)).isEqualTo(regionName(community())));
        // labels follow the language
        String english = html(mvc.perform(get("/regions/" + community() + "/service-posts").param("q", name)
                .param("lang", "en").with(as("community"))).andReturn());
        assertThat(tableRows(english, "post-list").get(0).get(0)).isEqualTo("Elder care");
    }

    @Test
    void shouldRefuseBadPostInputAndKeepValues() throws Exception {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("categoryCode", "");
        form.add("name", "");
        form.add("capacity", "abc");
        form.add("description", "说明文字");
        String html = rejectedPost(form);
        assertThat(textOf(html, "categoryCode-error")).isEqualTo("请选择岗位类别");
        assertThat(textOf(html, "name-error")).isEqualTo("请填写岗位名称");
        assertThat(textOf(html, "capacity-error")).isEqualTo("人数上限须为整数");
        assertThat(html).contains("说明文字");
        form.set("categoryCode", "NO_SUCH");
        form.set("name", "岗");
        form.set("capacity", "0");
        html = rejectedPost(form);
        assertThat(textOf(html, "capacity-error")).isEqualTo("人数上限须为 1 到 9999 之间的整数");
        form.set("capacity", "");
        html = rejectedPost(form);
        assertThat(textOf(html, "categoryCode-error")).isEqualTo("请从列表中选择一个启用中的类别");
        form.set("categoryCode", "SAFETY");
        form.set("name", "岗".repeat(101));
        assertThat(textOf(rejectedPost(form), "name-error")).isNotBlank();
    }

    @Test
    void shouldEditPostWithConflictPanelAndRefuseCapacityBelowPeopleOnIt() throws Exception {
        long post = createPost(community(), fresh("编辑岗"), "5");
        for (int i = 0; i < 2; i++) {
            MultiValueMap<String, String> form = outsiderReport(fresh("岗员"), freshPhone(), today());
            form.add("postIds", Long.toString(post));
            createReport(community(), form, "community");
        }
        MultiValueMap<String, String> edit = new LinkedMultiValueMap<>();
        edit.add("categoryCode", "ELDER_CARE");
        edit.add("name", "编辑后");
        edit.add("capacity", "1");
        edit.add("version", Long.toString(version("service_post", post)));
        String html = html(mvc.perform(post("/service-posts/" + post).params(edit).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "capacity-error")).isEqualTo("目前已有 2 人在此岗位，人数上限不能少于在岗人数");
        edit.set("capacity", "2");
        mvc.perform(post("/service-posts/" + post).params(edit).with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        jdbc.update("update service_post set name = '别人改的', version = version + 1 where id = ?", post);
        edit.set("name", "我改的");
        html = html(mvc.perform(post("/service-posts/" + post).params(edit).with(as("community")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "conflict")).contains("别人改的");
        assertThat(inputValue(html, "name")).isEqualTo("我改的");
    }

    @Test
    void shouldCloseAPostSoThatNobodyNewTakesIt() throws Exception {
        long post = createPost(community(), fresh("撤销岗"), "");
        mvc.perform(post("/service-posts/" + post + "/close").with(as("community")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select closed_on is not null from service_post where id = ?", Boolean.class,
                post)).isTrue();
        MultiValueMap<String, String> form = outsiderReport(fresh("晚到"), freshPhone(), today());
        form.add("postIds", Long.toString(post));
        String html = html(mvc.perform(post("/regions/" + community() + "/member-reports").params(form)
                .with(as("community")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "postIds-error")).isEqualTo("只能认领本社区正在设置的服务岗位");
    }

    // ---------------------------------------------------------------- categories

    @Test
    void shouldLetTheCityAddRenameDeactivateAndReactivateACategory() throws Exception {
        String code = "T" + fresh("").substring(0, 6);
        MultiValueMap<String, String> form = category(code, fresh("助学"), fresh("Tutoring"), "95");
        mvc.perform(post("/settings/service-categories").params(form).with(as("city")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select active from service_category where code = ?", Boolean.class, code))
                .isTrue();
        String list = html(mvc.perform(get("/settings/service-categories").with(as("city")))
                .andExpect(status().isOk()).andReturn());
        assertThat(list).contains("id=\"category-" + code + "\"");

        MultiValueMap<String, String> rename = category(code, fresh("助学服务"), fresh("Tutor"), "96");
        rename.add("version", "0");
        mvc.perform(post("/settings/service-categories/" + code).params(rename).with(as("city")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select name_zh from service_category where code = ?", String.class, code))
                .isEqualTo(rename.getFirst("nameZh"));
        // stale: the form still carries version 0
        rename.set("nameZh", fresh("又改"));
        String html = html(mvc.perform(post("/settings/service-categories/" + code).params(rename).with(as("city"))
                .with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(html).contains("id=\"conflict\"");

        mvc.perform(post("/settings/service-categories/" + code + "/deactivate").with(as("city")).with(csrf()))
                .andExpect(status().isFound());
        String postForm = html(mvc.perform(get("/regions/" + community() + "/service-posts/new").with(as("community")))
                .andReturn());
        assertThat(postForm).doesNotContain("value=\"" + code + "\"");
        MultiValueMap<String, String> post = new LinkedMultiValueMap<>();
        post.add("categoryCode", code);
        post.add("name", "停用类别的岗");
        assertThat(textOf(rejectedPost(post), "categoryCode-error")).isEqualTo("请从列表中选择一个启用中的类别");

        mvc.perform(post("/settings/service-categories/" + code + "/reactivate").with(as("city")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select active from service_category where code = ?", Boolean.class, code))
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'service_category' "
                + "and summary like ?", Long.class, "%" + code + "%")).isEqualTo(4);
    }

    @Test
    void shouldRefuseBadOrDuplicateCategory() throws Exception {
        MultiValueMap<String, String> form = category("lower", "", "", "x");
        String html = html(mvc.perform(post("/settings/service-categories").params(form).with(as("city")).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name("reporting/category-form")).andReturn());
        assertThat(textOf(html, "code-error")).isNotBlank();
        assertThat(textOf(html, "nameZh-error")).isEqualTo("请填写中文名称");
        assertThat(textOf(html, "sortOrder-error")).isEqualTo("排序号须为整数");
        assertThat(inputValue(html, "code")).isEqualTo("lower");
        html = html(mvc.perform(post("/settings/service-categories").params(category("POLICY", "新的", "New", "1"))
                .with(as("city")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "code-error")).isEqualTo("已有使用此代码的类别");
        html = html(mvc.perform(post("/settings/service-categories").params(category("ZZ_DUP", "政策宣传", "New", "1"))
                .with(as("city")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(textOf(html, "nameZh-error")).isEqualTo("已有同名的类别");
        mvc.perform(get("/settings/service-categories").with(as("community"))).andExpect(status().isForbidden());
        mvc.perform(post("/settings/service-categories/POLICY/deactivate").with(as("street")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/settings/service-categories/NO_SUCH/edit").with(as("city"))).andExpect(status().isNotFound());
    }

    private static MultiValueMap<String, String> category(String code, String zh, String en, String order) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("code", code);
        form.add("nameZh", zh);
        form.add("nameEn", en);
        form.add("sortOrder", order);
        return form;
    }

    private String rejectedPost(MultiValueMap<String, String> form) throws Exception {
        long before = jdbc.queryForObject("select count(*) from service_post", Long.class);
        String html = html(mvc.perform(post("/regions/" + community() + "/service-posts").params(form)
                .with(as("community")).with(csrf())).andExpect(status().isOk())
                .andExpect(view().name("reporting/post-form")).andReturn());
        assertThat(jdbc.queryForObject("select count(*) from service_post", Long.class)).isEqualTo(before);
        return html;
    }
}
