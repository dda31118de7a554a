package org.grassroots.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceCategoryRepository extends JpaRepository<ServiceCategory, String> {

    List<ServiceCategory> findAllByOrderBySortOrderAscCodeAsc();
}
