/**
 * Live watching: feeds and pages polled with conditional requests, new or changed items ingested into the
 * store, and what changed printed (new quotes by speaker, new events, changed stances).
 */
package org.parley.watch;
