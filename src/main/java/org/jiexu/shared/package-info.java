/**
 * Shared kernel: the few types every module needs and nothing with an owner of its own.
 * <ul>
 * <li>{@link org.jiexu.shared.UserInputException}: a refusal of user input, carrying a message key so that
 * the web layer can explain it in the reader's language, and the field it concerns.</li>
 * <li>{@link org.jiexu.shared.Masking}: how identity numbers and phone numbers are masked in lists.</li>
 * </ul>
 * Depends on nothing.
 */
@org.jspecify.annotations.NullMarked
package org.jiexu.shared;
