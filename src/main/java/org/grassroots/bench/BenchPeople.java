package org.grassroots.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;
import org.grassroots.demo.DemoPeople;
import org.grassroots.shared.FieldCipher;
import org.grassroots.shared.IdNumber;

/**
 * Draws the people of one district with the demo city's distributions ({@link DemoPeople}) and
 * writes each straight to the COPY stream, stored as the app stores them: ID number encrypted, keyed
 * hash, mask and last four.
 */
final class BenchPeople {

    static final String COLUMNS = "name, gender, ethnicity, birth_date, id_number_cipher, id_number_hash,"
            + " id_number_masked, id_number_tail, phone, education, occupation, status, party_org_id,"
            + " residence_community_id, work_unit, applied_on, activist_on, candidate_on, admitted_on,"
            + " full_member_on, left_on";

    private final DemoPeople draws;
    private final FieldCipher cipher;
    private final String districtCode;

    BenchPeople(Random random, LocalDate today, FieldCipher cipher, String districtCode) {
        this.draws = new DemoPeople(random, today);
        this.cipher = cipher;
        this.districtCode = districtCode;
    }

    /** One person of the branch {@code org}, living in {@code community} four times in five. */
    void write(CopyStream out, long org, long community) throws SQLException {
        DemoPeople.Person p = draws.next(districtCode);
        IdNumber id = p.id();
        out.value(p.name()).value(p.male() ? "MALE" : "FEMALE").value(p.ethnicity()).value(p.birth())
                .value(cipher.encrypt(id.value())).value(cipher.hash(id.value())).value(id.masked()).value(id.tail())
                .value(p.phone()).value(p.education()).value(p.occupation()).value(p.status()).value(org)
                .value(p.resident() ? community : null).value(p.workUnit()).value(p.applied()).value(p.activist())
                .value(p.candidate()).value(p.admitted()).value(p.full()).value(p.left()).endRow();
    }
}
