package org.grassroots.access;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessRequestRepository extends JpaRepository<AccessRequest, Long> {
}
