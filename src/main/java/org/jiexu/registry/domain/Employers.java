package org.jiexu.registry.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface Employers extends ListCrudRepository<Employer, Long> {

	boolean existsByCreditCode(String creditCode);

}
