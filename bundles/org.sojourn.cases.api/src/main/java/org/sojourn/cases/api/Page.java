package org.sojourn.cases.api;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items on this page
 * @param page  the page's number, from 0
 * @param size  the page size asked for
 * @param total how many items there are on all pages
 * @param <T>   the item type
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
