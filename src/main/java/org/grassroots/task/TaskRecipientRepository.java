package org.grassroots.task;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskRecipientRepository extends JpaRepository<TaskRecipient, Long> {

    List<TaskRecipient> findByTaskIdOrderById(long taskId);
}
