package org.grassroots.resident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResidentUnitRepository extends JpaRepository<ResidentUnit, Long> {

    /** Open units seated anywhere in the subtree whose path starts with the prefix, by name. */
    @Query(value = """
            select u.* from resident_unit u join region r on r.id = u.region_id
            where r.path like :prefix || '%' and u.closed_on is null
            order by u.name, u.id""", nativeQuery = true)
    List<ResidentUnit> findOpenWithin(@Param("prefix") String prefix);

    /** Another open unit of the same name in the same street or community. */
    @Query("""
            select count(u) > 0 from ResidentUnit u where u.regionId = :regionId and lower(u.name) = lower(:name)
            and u.closedOn is null and u.id <> :exceptId""")
    boolean openNameTaken(@Param("regionId") long regionId, @Param("name") String name,
            @Param("exceptId") long exceptId);
}
