package org.jiexu.registry;

import java.util.List;

/** One page of a longer list: the items, the page number (from 0), its size and the total count. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

	public int totalPages() {
		return (int) ((this.total + this.size - 1) / this.size);
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

}
