package org.grassroots.task;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskNoteRepository extends JpaRepository<TaskNote, Long> {

    List<TaskNote> findByRecipientIdOrderById(long recipientId);
}
