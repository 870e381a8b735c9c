package org.jiexu.document;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A declaration can have a million rows: reading one must not hold the rows read. Measured on 100,000 rows
 * (about 7 MB of CSV, some 60 MB as Java objects if the rows were kept): the heap after the last row is no
 * bigger than after the first 10,000 by more than a few MB, and the first row is garbage once read past.
 */
class TabularReaderMemoryTests {

	private static final int ROWS = 100_000;

	private static final long MEGABYTE = 1024 * 1024;

	@TempDir
	Path folder;

	@Test
	void aHundredThousandRowCsvIsReadInConstantMemory() throws IOException {
		Path file = this.folder.resolve("large.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("身份证号,姓名,缴费基数,备注\n");
			for (int i = 0; i < ROWS; i++) {
				out.write(idNumber(i) + ",参保人" + i + "," + (3000 + i % 5000) + ".00,第 " + i + " 行\n");
			}
		}

		assertReadWithoutKeepingRows(file, 4 * MEGABYTE);
	}

	/**
	 * Excel writes each distinct text once, in a shared-string table the reader keeps as the rows refer to it: the
	 * 100,000 distinct ID numbers and names here are about 12 MB of it (some 64 bytes a text). The rows themselves
	 * are not kept.
	 */
	@Test
	void aHundredThousandRowWorkbookIsReadWithoutKeepingItsRows() {
		Path file = TableFiles.xlsx(this.folder, "large.xlsx", sheet -> {
			TableFiles.row(sheet, 0, "身份证号", "姓名", "缴费基数");
			for (int i = 1; i <= ROWS; i++) {
				TableFiles.row(sheet, i, idNumber(i), "参保人" + i, 3000 + i % 5000);
				flushEvery(sheet, i);
			}
		});

		assertReadWithoutKeepingRows(file, 24 * MEGABYTE);
	}

	private static void assertReadWithoutKeepingRows(Path file, long allowedGrowth) {
		try (TabularReader reader = TabularReader.open(file, TableFiles.DECLARATION)) {
			WeakReference<TabularRow> first = new WeakReference<>(reader.next());
			long afterTenThousand = 0;
			while (reader.hasNext()) {
				reader.next();
				if (reader.rowsRead() == ROWS / 10) {
					afterTenThousand = usedHeap();
				}
			}
			long atTheEnd = usedHeap();

			assertThat(reader.rowsRead()).isEqualTo(ROWS);
			assertThat(first.get()).as("the first row, long read past").isNull();
			assertThat(atTheEnd - afterTenThousand).as("heap growth over 90,000 rows").isLessThan(allowedGrowth);
		}
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void flushEvery(org.dhatim.fastexcel.Worksheet sheet, int row) {
		if (row % 1000 == 0) {
			try {
				sheet.flush();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
	}

	private static String idNumber(int i) {
		return String.format("4209811990%08d", i);
	}

}
