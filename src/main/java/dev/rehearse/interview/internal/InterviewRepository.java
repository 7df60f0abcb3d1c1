package dev.rehearse.interview.internal;

import dev.rehearse.interview.InterviewStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InterviewRepository extends JpaRepository<Interview, UUID> {

    Optional<Interview> findByIdAndOwnerId(UUID id, Long ownerId);

    Optional<Interview> findFirstByOwnerIdAndStatusOrderByStartedAtDesc(Long ownerId, InterviewStatus status);

    /**
     * The ids of open interviews with a stored deadline (their own, or an open question's) before the cutoff: the
     * candidates for the expiry job, whose time policy then decides what closes.
     */
    @Query("""
            select distinct i.id from Interview i join i.items it
            where i.status = dev.rehearse.interview.InterviewStatus.OPEN
              and (i.deadline < :cutoff or (it.closedAt is null and it.deadline < :cutoff))
            """)
    List<UUID> findOpenWithDeadlineBefore(@Param("cutoff") Instant cutoff);

    /** The ids of the questions the person has been asked, in any version. */
    @Query(value = """
            select distinct qv.question_id from interview_item it
            join interview i on i.id = it.interview_id
            join question_version qv on qv.id = it.question_version_id
            where i.owner_id = :owner
            """, nativeQuery = true)
    List<String> findQuestionIdsAskedOf(@Param("owner") long owner);
}
