package org.jiexu.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

/**
 * WenQuanYi Micro Hei (Chinese and Latin glyphs in one font) from the classpath, loaded once and embedded as a
 * subset in every PDF that uses it. See {@code fonts/NOTICE-wqy-microhei.txt} for its licence.
 */
final class CjkFont {

	private static final String RESOURCE = "fonts/wqy-microhei.ttc";

	private CjkFont() {
	}

	static BaseFont get() {
		return Holder.FONT;
	}

	private static final class Holder {

		static final BaseFont FONT = load();

	}

	private static BaseFont load() {
		try (InputStream in = CjkFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the classpath: " + RESOURCE);
			}
			byte[] bytes = in.readAllBytes();
			return BaseFont.createFont(RESOURCE + ",0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load the font " + RESOURCE, ex);
		}
	}

}
