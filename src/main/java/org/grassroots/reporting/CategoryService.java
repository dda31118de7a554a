package org.grassroots.reporting;

import java.util.List;
import org.grassroots.audit.AuditService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The service categories, city policy: the route admits only the city administrator. */
@Service
@Transactional(readOnly = true)
class CategoryService {

    private final ServiceCategoryRepository categories;
    private final AuditService audit;

    CategoryService(ServiceCategoryRepository categories, AuditService audit) {
        this.categories = categories;
        this.audit = audit;
    }

    List<ServiceCategory> all() {
        return categories.findAllByOrderBySortOrderAscCodeAsc();
    }

    ServiceCategory require(String code) {
        return categories.findById(code).orElseThrow(() -> new NotFoundException("service_category", code));
    }

    @Transactional
    ServiceCategory create(CategoryForm form) {
        if (categories.existsById(form.getCode())) {
            throw BusinessRuleException.onField("code", "reporting.category.code.taken");
        }
        checkNames(form, null);
        ServiceCategory saved = categories.saveAndFlush(ServiceCategory.create(form.getCode(), form.getNameZh(),
                form.getNameEn(), form.getSortOrder()));
        audit.record("CREATE", "service_category", null, summary(saved));
        return saved;
    }

    @Transactional
    ServiceCategory rename(String code, CategoryForm form) {
        ServiceCategory category = require(code);
        if (form.getVersion() == null || form.getVersion() != category.getVersion()) {
            throw new StaleEditException(CategoryForm.of(category), category.getVersion());
        }
        checkNames(form, code);
        String before = summary(category);
        category.rename(form.getNameZh(), form.getNameEn(), form.getSortOrder());
        ServiceCategory saved = categories.saveAndFlush(category);
        audit.record("UPDATE", "service_category", null, before + " -> " + summary(saved));
        return saved;
    }

    @Transactional
    void activate(String code, boolean on) {
        ServiceCategory category = require(code);
        if (category.isActive() != on) {
            category.activate(on);
            categories.saveAndFlush(category);
            audit.record(on ? "REACTIVATE" : "DEACTIVATE", "service_category", null, "code=" + code);
        }
    }

    /** Two categories with the same name would be indistinguishable in the post form. */
    private void checkNames(CategoryForm form, String self) {
        for (ServiceCategory c : all()) {
            if (c.getCode().equals(self)) {
                continue;
            }
            if (c.getNameZh().equals(form.getNameZh())) {
                throw BusinessRuleException.onField("nameZh", "reporting.category.name.taken");
            }
            if (c.getNameEn().equalsIgnoreCase(form.getNameEn())) {
                throw BusinessRuleException.onField("nameEn", "reporting.category.name.taken");
            }
        }
    }

    private static String summary(ServiceCategory c) {
        return "code=" + c.getCode() + " zh=" + c.getNameZh() + " en=" + c.getNameEn() + " order=" + c.getSortOrder();
    }
}
