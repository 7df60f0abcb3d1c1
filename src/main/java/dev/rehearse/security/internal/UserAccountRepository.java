package dev.rehearse.security.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameKey(String usernameKey);

    boolean existsByUsernameKey(String usernameKey);

    @Query("select count(u) > 0 from UserAccount u where u.roles like concat('%', :role, '%')")
    boolean existsWithRole(String role);
}
