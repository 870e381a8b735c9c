package org.jiexu.fund;

/**
 * The accounts of an agency's fund ledger (基金账簿); labels in {@code fund.account.*}. Every account is read the same
 * way: its signed balance is its debits minus its credits, the money it holds because of transfers since the ledger
 * opened at zero (a fund that sent more than it received stands below zero).
 */
public enum FundAccount {

	/** 统筹基金: the pooled fund; a remittance's pooled-fund part leaves and arrives here. */
	POOLED_FUND,
	/** 个人账户基金: the individual-account fund; the account part, supplementary remittances and refunds. */
	INDIVIDUAL_ACCOUNT_FUND,
	/**
	 * 在途资金: the clearing account between agencies. The sending agency debits it with what it sends, the receiving
	 * agency credits it with what it receives; summed over every agency it is the money sent and not yet received.
	 */
	IN_TRANSIT,
	/** 应付退费: the individual-account part of months counted twice, set aside for the person it is owed to. */
	REFUNDS_PAYABLE

}
