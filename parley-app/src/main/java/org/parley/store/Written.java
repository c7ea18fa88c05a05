package org.parley.store;

/**
 * A document stored in one transaction.
 *
 * @param docId its row's id ({@code documents.doc_id})
 * @param replaced true when it replaced an earlier revision with other content
 * @param revision 1 for a new document, +1 for each replacement
 */
public record Written(String docId, String key, boolean replaced, int revision, Changes changes) {}
