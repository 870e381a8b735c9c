/**
 * Documents (文书与表格): PDF and Excel rendering shared by all modules. The templates and all their text live
 * with the module that owns the content; this module draws what it is given and holds no text of its own.
 * <ul>
 * <li>{@link org.jiexu.document.PdfDocumentBuilder} builds an {@link org.jiexu.document.OfficialDocument}: an A4
 * document with a title, label–value lines, headings, {@link org.jiexu.document.PdfTable}s, paragraphs, notes and
 * a {@link org.jiexu.document.PageFooter} with page numbers, set in WenQuanYi Micro Hei (embedded as a subset, so
 * Chinese prints the same everywhere).</li>
 * <li>{@link org.jiexu.document.TabularReader} reads an uploaded .xlsx (first sheet) or CSV (UTF-8) one
 * {@link org.jiexu.document.TabularRow} at a time, by the {@link org.jiexu.document.TabularColumn}s the caller
 * expects, and refuses unreadable files with a bilingual {@link org.jiexu.shared.UserInputException}.</li>
 * <li>{@link org.jiexu.document.XlsxWriter} streams rows into an .xlsx with a header row (exports, bad-row
 * reports).</li>
 * </ul>
 * Depends on: {@code shared} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents (文书与表格)", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.jiexu.document;
