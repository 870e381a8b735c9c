package org.jiexu.exchange;

/**
 * What a module does with the messages it receives, in the transaction that marks the message processed: if it
 * throws, nothing of it stays and the message is tried again later (then given up as a dead letter). A handler
 * must be idempotent in effect: a message that no longer fits (a second copy, an old letter) changes nothing.
 */
public interface ExchangeHandler {

	/** Whether this handler takes messages of the kind. */
	boolean handles(MessageKind kind);

	void handle(ExchangeMessage message);

}
