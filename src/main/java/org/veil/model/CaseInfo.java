package org.veil.model;

import java.time.Instant;
import java.time.ZoneId;

/** What identifies a case in reports: who examined what, where, and in which time zone. */
public record CaseInfo(
    String name, String number, String agency, String examiner, Instant created, ZoneId timeZone) {}
