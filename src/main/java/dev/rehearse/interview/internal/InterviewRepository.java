package dev.rehearse.interview.internal;

import dev.rehearse.interview.InterviewStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InterviewRepository extends JpaRepository<Interview, UUID> {

    Optional<Interview> findByIdAndOwnerId(UUID id, Long ownerId);

    Page<Interview> findByOwnerIdOrderByStartedAtDesc(Long ownerId, Pageable pageable);

    List<Interview> findByOwnerIdAndStatusOrderByStartedAtDesc(Long ownerId, InterviewStatus status);

    long countByOwnerId(Long ownerId);

    /** Open interviews with a deadline (their own, or their current question's) before the cutoff. */
    @Query("""
            select distinct i from Interview i join i.items it
            where i.status = dev.rehearse.interview.InterviewStatus.OPEN
              and (i.deadline < :cutoff or (it.closedAt is null and it.deadline < :cutoff))
            """)
    List<Interview> findOpenPastDeadline(@Param("cutoff") java.time.Instant cutoff);
}
