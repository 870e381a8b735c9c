package org.jiexu.document;

/**
 * The text at the foot of each page, given the page number (from 1) and the number of pages, e.g.
 * {@code (page, pages) -> messages.getMessage("x.footer", new Object[] { page, pages }, locale)} for
 * "第 1 页 / 共 3 页" or "Page 1 of 3". The caller supplies the words; the document supplies the numbers.
 */
@FunctionalInterface
public interface PageFooter {

	String text(int page, int pages);

}
