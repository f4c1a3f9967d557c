package org.wirelens;

/**
 * An error the user can fix (bad option, missing input, unwritable output): reported as one line on
 * stderr with a non-zero exit, never as a stack trace.
 */
public class WirelensException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WirelensException(String message) {
    super(message);
  }

  public WirelensException(String message, Throwable cause) {
    super(message, cause);
  }
}
