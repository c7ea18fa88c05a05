/**
 * The store's contents for other tools: PLOVER event records, the JSON contract of every document, and each
 * table as CSV or Parquet (written by DuckDB itself).
 */
package org.parley.export;
