/**
 * The embedded store: one DuckDB file with documents and everything found in them (schema in
 * {@code src/main/resources/org/parley/store/*.sql}, versioned by {@code schema_version}), written one
 * document per transaction by the {@link org.parley.store.Ingester}, asked across documents by
 * {@link org.parley.store.Queries} (the command line's questions, answered whole) and
 * {@link org.parley.store.PagedQueries} (the web's, a page at a time); both share the SQL of
 * {@code Sql} and {@code Filter}.
 */
package org.parley.store;
