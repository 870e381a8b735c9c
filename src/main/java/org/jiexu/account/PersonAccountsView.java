package org.jiexu.account;

import java.math.BigDecimal;
import java.util.List;

/**
 * All individual accounts of a person (one per agency that holds or held one) and their total: the balance that
 * moves with the person.
 */
public record PersonAccountsView(long personId, List<IndividualAccountView> accounts, BigDecimal totalBalance) {
}
