package org.jiexu.exchange;

import java.util.Locale;
import java.util.Optional;

import org.jiexu.identity.CurrentUser;

/**
 * The printable document of a postal letter's message (the contact letter, the info table …) as a PDF, provided by
 * the module that writes such documents (the transfer module); empty if the message's kind has none.
 */
public interface PostalLetterDocument {

	Optional<byte[]> pdf(CurrentUser user, PostalLetterView letter, Locale locale);

}
