package io.rhc.emit.template;

/** A template that cannot be rendered: a programming error in the emitter, never a user error. */
public final class TemplateException extends RuntimeException {
  public TemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
