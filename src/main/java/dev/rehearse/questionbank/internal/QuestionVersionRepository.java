package dev.rehearse.questionbank.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionVersionRepository extends JpaRepository<QuestionVersion, Long> {

    Optional<QuestionVersion> findByQuestionIdAndContentHash(String questionId, String contentHash);
}
