package org.grassroots.security;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select u from AppUser u where (:q = '' or u.username like concat('%', :q, '%')"
            + " or u.displayName like concat('%', :q, '%')) order by u.username")
    Page<AppUser> search(@Param("q") String q, Pageable pageable);
}
