package org.grassroots.task;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkTaskRepository extends JpaRepository<WorkTask, Long> {
}
