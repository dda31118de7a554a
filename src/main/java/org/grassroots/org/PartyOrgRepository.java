package org.grassroots.org;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every query that returns organizations to a user takes the scope's two prefixes. */
interface PartyOrgRepository extends JpaRepository<PartyOrg, Long> {

    String IN_SCOPE = " o.regionPath like concat(:regionPrefix, '%') and o.path like concat(:orgPrefix, '%') ";

    @Query("select o from PartyOrg o left join fetch o.parent join fetch o.region where o.id = :id and" + IN_SCOPE)
    Optional<PartyOrg> findInScope(@Param("id") long id, @Param("regionPrefix") String regionPrefix,
            @Param("orgPrefix") String orgPrefix);

    @Query("select o from PartyOrg o where o.parent.id = :parentId and" + IN_SCOPE + "order by o.type, o.name")
    List<PartyOrg> findChildrenInScope(@Param("parentId") long parentId, @Param("regionPrefix") String regionPrefix,
            @Param("orgPrefix") String orgPrefix);

    @Query("select o from PartyOrg o where" + IN_SCOPE + "and o.closedOn is null order by o.path")
    List<PartyOrg> findOpenInScope(@Param("regionPrefix") String regionPrefix, @Param("orgPrefix") String orgPrefix);

    @Query("select o from PartyOrg o where o.region.id = :regionId and" + IN_SCOPE + "order by o.path")
    List<PartyOrg> findSittingIn(@Param("regionId") long regionId, @Param("regionPrefix") String regionPrefix,
            @Param("orgPrefix") String orgPrefix);

    List<PartyOrg> findByIdIn(List<Long> ids);

    /** Open organizations of the scope at the top of the tree. */
    @Query("select o from PartyOrg o where o.parent is null and" + IN_SCOPE + "and o.closedOn is null order by o.path")
    List<PartyOrg> findOpenTopInScope(@Param("regionPrefix") String regionPrefix, @Param("orgPrefix") String orgPrefix);

    /** Open organizations of the scope right under the given ones. */
    @Query("select o from PartyOrg o where o.parent.id in :parentIds and" + IN_SCOPE + "and o.closedOn is null"
            + " order by o.path")
    List<PartyOrg> findOpenChildrenInScope(@Param("parentIds") List<Long> parentIds,
            @Param("regionPrefix") String regionPrefix, @Param("orgPrefix") String orgPrefix);

    /** The ids of the scope's organizations under a path prefix ("/" for all). */
    @Query("select o.id from PartyOrg o where o.path like concat(:under, '%') and" + IN_SCOPE)
    List<Long> findIdsInScope(@Param("under") String under, @Param("regionPrefix") String regionPrefix,
            @Param("orgPrefix") String orgPrefix);
}
