package io.rhc.audit;

/** Input codes of {@code rhc audit}: problems in the audited files themselves, before any rule runs. */
public final class AuditCodes {
  /** A quote is not closed, or a closing quote is not followed by a space (Redis: "Unbalanced quotes"). */
  public static final String BAD_QUOTING = "RHC0501";
  /** An argument after the value starts with {@code #}: Redis reads it as arguments, not a comment. */
  public static final String INLINE_COMMENT = "RHC0502";
  /** An {@code include} names a file that cannot be read. */
  public static final String UNREADABLE_INCLUDE = "RHC0503";
  /** A directory to audit holds none of redis.conf, sentinel.conf, haproxy.cfg, or cannot be read. */
  public static final String NOTHING_TO_AUDIT = "RHC0504";
  /** A value the audit needs cannot be read (a number that is not one, a monitor line with too few arguments). */
  public static final String UNREADABLE_VALUE = "RHC0505";
  /** An HAProxy keyword line outside any section. */
  public static final String HAPROXY_OUTSIDE_SECTION = "RHC0506";

  /** A password left at a template placeholder ({@code <random 32-char>}, {@code changeme}, {@code foobared}). */
  public static final String PLACEHOLDER_SECRET = "RHC0507";

  /** A directive Redis does not know: it refuses to start ("Bad directive or wrong number of arguments"). */
  public static final String UNKNOWN_DIRECTIVE = "RHC0508";
  /** A manifest or compose file that is not readable YAML, or a document that is not a mapping. */
  public static final String UNREADABLE_MANIFEST = "RHC0509";

  private AuditCodes() {}
}
