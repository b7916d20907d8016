package se.klinedu.indicators.internal;

/**
 * A value with its position in the input (an item's index or a CSV line), to sort by input order.
 *
 * @param <T> the value's type
 * @param position the position
 * @param value the value
 */
public record Positioned<T>(int position, T value) {
}
