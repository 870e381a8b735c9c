package org.jiexu.identity;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AppUsers extends ListCrudRepository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	boolean existsByUsername(String username);

}
