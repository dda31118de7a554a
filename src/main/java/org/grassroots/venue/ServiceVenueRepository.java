package org.grassroots.venue;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceVenueRepository extends JpaRepository<ServiceVenue, Long> {
}
