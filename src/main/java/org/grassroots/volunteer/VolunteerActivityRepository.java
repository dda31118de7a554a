package org.grassroots.volunteer;

import org.springframework.data.jpa.repository.JpaRepository;

interface VolunteerActivityRepository extends JpaRepository<VolunteerActivity, Long> {
}
