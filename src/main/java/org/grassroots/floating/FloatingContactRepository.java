package org.grassroots.floating;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FloatingContactRepository extends JpaRepository<FloatingContact, Long> {

    List<FloatingContact> findByOutflowIdOrderByContactOnDescIdDesc(long outflowId);
}
