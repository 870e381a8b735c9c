package org.jiexu.registry.web;

import java.util.Collection;

import org.jiexu.registry.AgencyView;
import org.jiexu.registry.RegistryManagement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The agencies known to this deployment (public reference data for signed-in users). */
@RestController
@Tag(name = "Agencies (经办机构)")
class AgencyApiController {

	private final RegistryManagement registry;

	AgencyApiController(RegistryManagement registry) {
		this.registry = registry;
	}

	@GetMapping("/api/v1/agencies")
	@Operation(summary = "All agencies with their GB/T 2260 regions")
	Collection<AgencyView> agencies() {
		return this.registry.agencies();
	}

}
