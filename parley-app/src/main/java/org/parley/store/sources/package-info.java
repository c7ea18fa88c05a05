/**
 * Where the store's documents come from: command-line inputs expanded into {@link org.parley.store.Item}s
 * (folders, JSON Lines, WARC archives, RSS and Atom feeds, web pages), each under the key that identifies
 * its source. Reading never throws for bad input: it gives a failed item with a one-line reason.
 */
package org.parley.store.sources;
