/**
 * {@code parley serve}: the JSON API under {@code /api/} and the pages of the web UI, served by Javalin from
 * the jar. Pages are static shells whose script renders API answers with {@code textContent} only, so every
 * document text reaches the browser as text.
 */
package org.parley.web;
