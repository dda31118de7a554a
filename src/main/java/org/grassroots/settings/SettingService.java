package org.grassroots.settings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.audit.AuditService;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Pager;
import org.grassroots.shared.StaleEditException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Applies the stored city settings to the rules beans and changes them (docs/rules/settings.md). On
 * start every stored value is applied; a save applies at once on this instance, after its commit; every
 * other instance notices the change within a few seconds through {@link #refresh()}, which compares the
 * table's row count and highest version (one cheap query) and reloads only when they moved.
 */
@Service
public class SettingService {

    private static final Logger log = LoggerFactory.getLogger(SettingService.class);
    static final String CHANGED = "SETTING_CHANGE";
    static final String RESET = "SETTING_RESET";
    static final int RECENT = 20;

    /** A setting as the page shows it: its effective value and, when stored, who set it. */
    public record Row(Setting setting, String value, boolean overridden, long version, String updatedBy, Instant updatedAt) {

        public String updatedAtText() {
            return SettingStore.text(updatedAt);
        }
    }

    public record Group(String name, List<Row> rows) {
    }

    public record History(String group, List<SettingStore.Change> changes, Pager pager) {
    }

    private final SettingCatalogue catalogue;
    private final SettingStore store;
    private final AuditService audit;
    private volatile SettingStore.Signature seen;

    SettingService(SettingCatalogue catalogue, SettingStore store, AuditService audit) {
        this.catalogue = catalogue;
        this.store = store;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- applying stored values

    @EventListener(ApplicationStartedEvent.class)
    void applyOnStart() {
        reload();
    }

    /** The cross-instance check: reloads when another instance (or anyone) wrote the table since the last look. */
    @Scheduled(initialDelayString = "${grassroots.settings.refresh-ms:5000}",
            fixedDelayString = "${grassroots.settings.refresh-ms:5000}")
    void refresh() {
        if (!store.signature().equals(seen)) {
            reload();
        }
    }

    /** Applies every stored value, and the default of every setting without one (a reset elsewhere). */
    synchronized void reload() {
        SettingStore.Signature signature = store.signature();
        Map<String, SettingStore.Stored> rows = store.all();
        for (Setting s : catalogue.all()) {
            SettingStore.Stored row = rows.get(s.key());
            String value = s.defaultValue();
            if (row != null) {
                Setting.Parsed parsed = s.parse(row.value());
                if (parsed.valid()) {
                    value = parsed.value();
                } else {
                    log.warn("Stored setting {} is outside its bounds now; the configured default applies", s.key());
                }
            }
            if (!value.equals(s.current().get())) {
                s.apply().accept(value);
                log.info("Setting {} is now {}", s.key(), value);
            }
        }
        seen = signature;
    }

    /**
     * Every setting's value in effect, in the catalogue's order: what a figure worked out under the
     * settings is kept with, so that a change of any of them works it out again.
     */
    public List<String> inEffect() {
        return catalogue.all().stream().map(s -> s.current().get()).toList();
    }

    // ---------------------------------------------------------------- the page

    @Transactional(readOnly = true)
    public List<Group> groups() {
        Map<String, SettingStore.Stored> rows = store.all();
        Map<String, List<Row>> byGroup = new LinkedHashMap<>();
        for (Setting s : catalogue.all()) {
            byGroup.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(row(s, rows.get(s.key())));
        }
        return byGroup.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    private static Row row(Setting s, SettingStore.Stored stored) {
        if (stored == null) {
            return new Row(s, s.defaultValue(), false, 0, null, null);
        }
        Setting.Parsed parsed = s.parse(stored.value());
        return new Row(s, parsed.valid() ? parsed.value() : s.defaultValue(), true, stored.version(),
                stored.updatedBy(), stored.updatedAt());
    }

    /** The problems of the typed values, by key; known keys only, unknown ones are ignored. */
    Map<String, Setting.Parsed> problems(Map<String, String> typed) {
        Map<String, Setting.Parsed> problems = new LinkedHashMap<>();
        typed.forEach((key, raw) -> catalogue.find(key).map(s -> s.parse(raw)).filter(p -> !p.valid())
                .ifPresent(p -> problems.put(key, p)));
        return problems;
    }

    /**
     * Saves the typed values that differ from the effective ones, each with an audit row, all or none.
     * The versions are those the form was opened with (0: no stored value); if any setting changed since,
     * nothing is saved and the conflict names the changed settings.
     *
     * @return how many settings changed
     */
    @Transactional
    public int save(Map<String, String> typed, Map<String, Long> versions) {
        if (!problems(typed).isEmpty()) {
            throw new IllegalArgumentException("values must be checked first");
        }
        store.lock();
        Map<String, SettingStore.Stored> rows = store.all();
        List<Row> stale = new ArrayList<>();
        for (String key : typed.keySet()) {
            catalogue.find(key).ifPresent(s -> {
                SettingStore.Stored row = rows.get(key);
                if (versions.getOrDefault(key, -1L) != (row == null ? 0 : row.version())) {
                    stale.add(row(s, row));
                }
            });
        }
        if (!stale.isEmpty()) {
            throw new StaleEditException(stale, 0);
        }
        int changed = 0;
        for (Setting s : catalogue.all()) {
            if (!typed.containsKey(s.key())) {
                continue;
            }
            String value = s.parse(typed.get(s.key())).value();
            String before = row(s, rows.get(s.key())).value();
            if (!value.equals(before)) {
                store.put(s.key(), value, AuditService.currentUser());
                audit.record(CHANGED, SettingStore.ENTITY, null, SettingStore.summary(s.key(), before, value));
                changed++;
            }
        }
        reloadAfterCommit();
        return changed;
    }

    /** Drops the stored value of one setting, so the configured default holds again. */
    @Transactional
    public boolean reset(String key, long version) {
        Setting s = catalogue.find(key).orElseThrow(() -> new NotFoundException("setting", key));
        store.lock();
        SettingStore.Stored row = store.all().get(key);
        if ((row == null ? 0 : row.version()) != version) {
            throw new StaleEditException(List.of(row(s, row)), 0);
        }
        if (row == null) {
            return false;
        }
        store.remove(key);
        audit.record(RESET, SettingStore.ENTITY, null,
                SettingStore.summary(key, row(s, row).value(), s.defaultValue()));
        reloadAfterCommit();
        return true;
    }

    private void reloadAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                reload();
            }
        });
    }

    // ---------------------------------------------------------------- history

    @Transactional(readOnly = true)
    public List<SettingStore.Change> recent() {
        return store.changes(catalogue.all().stream().map(Setting::key).toList(), 0, RECENT);
    }

    /** A page of the changes, newest first, of one group or (group null or unknown) of all settings. */
    @Transactional(readOnly = true)
    public History history(String group, int page) {
        boolean known = group != null && catalogue.groups().contains(group);
        List<String> keys = known ? catalogue.keysOf(group) : catalogue.all().stream().map(Setting::key).toList();
        Pager pager = Pager.of(page, store.countChanges(keys));
        return new History(known ? group : null, store.changes(keys, pager.offset(), pager.size()), pager);
    }

    List<String> groupNames() {
        return catalogue.groups();
    }

    /** The label's message suffix of a key, or the key itself for one no longer declared. */
    String nameOf(String key) {
        return catalogue.find(key).map(Setting::name).orElse(key);
    }
}
