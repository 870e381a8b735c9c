package org.jiexu.registry;

import java.util.Set;

import org.jiexu.identity.NewUser;
import org.jiexu.identity.Role;
import org.jiexu.identity.UserKind;
import org.jiexu.identity.UserManagement;
import org.jiexu.registry.FirstRunSetup.SetupProperties;
import org.jiexu.registry.RegistryImport.ImportedAgency;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class FirstRunSetupTests {

	private final RegistryImport registry = mock(RegistryImport.class);

	private final UserManagement users = mock(UserManagement.class);

	@Test
	void createsTheFirstAgencyAndItsAdministratorInAnEmptyDatabase() {
		setup(new SetupProperties("42098101", "应城市社会保险局", null, "yc-admin", "start2026")).run(null);
		verify(this.registry).addAgency(new ImportedAgency("42098101", "420981", "应城市社会保险局", "应城市社会保险局"));
		ArgumentCaptor<NewUser> admin = ArgumentCaptor.forClass(NewUser.class);
		verify(this.users).create(admin.capture());
		assertThat(admin.getValue().username()).isEqualTo("yc-admin");
		assertThat(admin.getValue().kind()).isEqualTo(UserKind.STAFF);
		assertThat(admin.getValue().roles()).isEqualTo(Set.of(Role.ADMIN));
		assertThat(admin.getValue().agencyCode()).isEqualTo("42098101");
	}

	@Test
	void doesNothingWithoutAnAdministratorPassword() {
		setup(new SetupProperties("42098101", "应城", null, null, null)).run(null);
		verifyNoInteractions(this.registry, this.users);
	}

	@Test
	void leavesAnExistingDeploymentAlone() {
		when(this.registry.hasAgencies()).thenReturn(true);
		setup(new SetupProperties("42098101", "应城", null, null, "start2026")).run(null);
		verify(this.registry, never()).addAgency(any());
		verifyNoInteractions(this.users);
	}

	@Test
	void namesTheMissingSetting() {
		assertThatIllegalStateException()
			.isThrownBy(() -> setup(new SetupProperties(null, "应城", null, null, "start2026")).run(null))
			.withMessageContaining("jiexu.setup.agency-code");
	}

	private FirstRunSetup setup(SetupProperties properties) {
		return new FirstRunSetup(this.registry, this.users, properties);
	}

}
