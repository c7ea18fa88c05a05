package org.parley.web;

import org.parley.util.Nullable;

/** A request the API answers with a client error: a bad parameter (400) or an unknown id (404). */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final @Nullable String parameter;

  private ApiException(int status, @Nullable String parameter, String message) {
    super(message);
    this.status = status;
    this.parameter = parameter;
  }

  /** A parameter whose value is not what the endpoint expects. */
  static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, parameter, message);
  }

  /** An id that names nothing in the store. */
  static ApiException notFound(String what, String id) {
    return new ApiException(404, null, "no " + what + " with id '" + id + "'");
  }

  int status() {
    return status;
  }

  @Nullable String parameter() {
    return parameter;
  }
}
