package io.rhc.audit;

/** Something the audit read past without judging it (a manifest kind it does not audit, an include it cannot open). */
public record AuditNote(Located at, String text) {}
