package org.grassroots.regional;

import static org.grassroots.shared.Texts.blankToNull;

import java.util.List;
import org.grassroots.audit.AuditService;
import org.grassroots.resident.ResidentUnit;
import org.grassroots.resident.ResidentUnitService;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contacts of a resident unit; a contact is in scope when its unit is (to change it). */
@Service
@Transactional(readOnly = true)
public class ContactService {

    private final UnitContactRepository contacts;
    private final ResidentUnitService units;
    private final AuditService audit;

    ContactService(UnitContactRepository contacts, ResidentUnitService units, AuditService audit) {
        this.contacts = contacts;
        this.units = units;
        this.audit = audit;
    }

    public List<UnitContact> contactsOf(long unitId) {
        return contacts.findByUnitIdOrderByIdAsc(unitId);
    }

    public UnitContact require(long id, Scope scope) {
        UnitContact c = contacts.findById(id).orElseThrow(() -> new NotFoundException("resident_unit_contact", id));
        try {
            units.require(c.getUnitId(), scope);
        } catch (NotFoundException e) {
            throw new NotFoundException("resident_unit_contact", id);
        }
        return c;
    }

    @Transactional
    public UnitContact add(long unitId, ContactForm form, Scope scope) {
        ResidentUnit unit = units.require(unitId, scope);
        return save(UnitContact.of(unit.getId()), form, "CREATE");
    }

    @Transactional
    public UnitContact update(long id, ContactForm form, Scope scope) {
        UnitContact c = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != c.getVersion()) {
            throw new StaleEditException(ContactForm.of(c), c.getVersion());
        }
        return save(c, form, "UPDATE");
    }

    @Transactional
    public long delete(long id, Scope scope) {
        UnitContact c = require(id, scope);
        contacts.delete(c);
        contacts.flush();
        audit.record("DELETE", "resident_unit_contact", id, "unit=" + c.getUnitId());
        return c.getUnitId();
    }

    /** Never the phone: audit rows carry no personal contact data. */
    private UnitContact save(UnitContact c, ContactForm form, String action) {
        c.describe(form.getName().trim(), blankToNull(form.getTitle()), blankToNull(form.getPhone()));
        UnitContact saved = contacts.saveAndFlush(c);
        audit.record(action, "resident_unit_contact", saved.getId(), "unit=" + saved.getUnitId() + " "
                + saved.getName());
        return saved;
    }
}
