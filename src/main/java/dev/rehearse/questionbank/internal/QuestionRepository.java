package dev.rehearse.questionbank.internal;

import dev.rehearse.questionbank.Difficulty;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuestionRepository extends JpaRepository<Question, String> {

    @Query("""
            select q.currentVersion.id from Question q
            where q.retired = false
              and (:allTopics = true or q.topic in :topics)
              and (:allDifficulties = true or q.difficulty in :difficulties)
            """)
    List<Long> findDrawableVersionIds(@Param("allTopics") boolean allTopics,
            @Param("topics") Collection<String> topics,
            @Param("allDifficulties") boolean allDifficulties,
            @Param("difficulties") Collection<Difficulty> difficulties);

    @Query("select q.topic, count(q) from Question q where q.retired = false group by q.topic order by q.topic")
    List<Object[]> countActiveByTopic();

    List<Question> findByRetiredFalse();
}
