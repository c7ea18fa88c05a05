package org.parley.model;

/** What sort of actor: a person, a country (or its government), an organisation, or a group of people. */
public enum ActorKind {
  PERSON, COUNTRY, ORGANIZATION, GROUP;

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
