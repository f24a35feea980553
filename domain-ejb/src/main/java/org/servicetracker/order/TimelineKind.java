package org.servicetracker.order;

/** What a timeline entry records. */
public enum TimelineKind {
  CREATED,
  NOTE,
  STATUS_CHANGE,
  PRIORITY_CHANGE,
  ASSIGNMENT_CHANGE,
  VISIT_SCHEDULED,
  ATTACHMENTS_ADDED
}
