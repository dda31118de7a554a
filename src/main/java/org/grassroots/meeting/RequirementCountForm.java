package org.grassroots.meeting;

import jakarta.validation.constraints.NotNull;

/** The count of one requirement row as the settings page posts it, with the version it was read at. */
public class RequirementCountForm {

    private Long id;

    @NotNull(message = "{requirement.count.required}")
    private Integer minCount;

    private Long version;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getMinCount() {
        return minCount;
    }

    public void setMinCount(Integer minCount) {
        this.minCount = minCount;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
