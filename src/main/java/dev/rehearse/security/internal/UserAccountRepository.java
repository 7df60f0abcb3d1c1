package dev.rehearse.security.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameKey(String usernameKey);

    boolean existsByUsernameKey(String usernameKey);

    @Query("select count(u) > 0 from UserAccount u where concat(',', u.roles, ',') like concat('%,', :role, ',%')")
    boolean existsWithRole(String role);

    /** Enabled accounts holding the role: the administrators who can still sign in. */
    @Query("select count(u) from UserAccount u where u.enabled = true "
            + "and concat(',', u.roles, ',') like concat('%,', :role, ',%')")
    long countEnabledWithRole(String role);

    /** Accounts whose username contains the text (lower case), in username order. */
    List<UserAccount> findByUsernameKeyContainingOrderByUsernameKey(String text, Pageable page);
}
