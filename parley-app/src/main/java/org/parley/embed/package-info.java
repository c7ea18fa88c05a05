/** Sentence embeddings for Parley, kept out of parley-core: the only importer of langchain4j and ONNX Runtime. */
package org.parley.embed;
