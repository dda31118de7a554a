package org.grassroots.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/**
 * A kind of service post (政策宣传, 环境整治, 关爱老人, ...). Categories are data: the city adds,
 * renames and retires them; a retired category keeps its posts but takes no new ones.
 */
@Entity
@Table(name = "service_category")
public class ServiceCategory {

    @Id
    private String code;

    @Column(nullable = false)
    private String nameZh;

    @Column(nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    @Column(nullable = false)
    private long version;

    protected ServiceCategory() {
    }

    static ServiceCategory create(String code, String nameZh, String nameEn, int sortOrder) {
        ServiceCategory c = new ServiceCategory();
        c.code = code;
        c.rename(nameZh, nameEn, sortOrder);
        return c;
    }

    void rename(String zh, String en, int order) {
        this.nameZh = zh;
        this.nameEn = en;
        this.sortOrder = order;
    }

    void activate(boolean on) {
        this.active = on;
    }

    /** The name in the reader's language: Chinese for zh, English otherwise. */
    public String label(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
