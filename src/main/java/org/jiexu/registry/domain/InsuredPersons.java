package org.jiexu.registry.domain;

import org.springframework.data.repository.ListCrudRepository;

public interface InsuredPersons extends ListCrudRepository<InsuredPerson, Long> {

	boolean existsByIdNumber(String idNumber);

}
