package dev.rehearse.interview.internal;

import dev.rehearse.interview.InterviewStatus;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterviewRepository extends JpaRepository<Interview, UUID> {

    Optional<Interview> findByIdAndOwnerId(UUID id, Long ownerId);

    Page<Interview> findByOwnerIdOrderByStartedAtDesc(Long ownerId, Pageable pageable);

    List<Interview> findByOwnerIdAndStatusOrderByStartedAtDesc(Long ownerId, InterviewStatus status);

    long countByOwnerId(Long ownerId);
}
