package org.jiexu.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AppUsers extends ListCrudRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	boolean existsByUsername(String username);

	List<AppUser> findByAgencyCodeOrderByKindAscUsernameAsc(String agencyCode);

	boolean existsByPersonId(long personId);

}
