package org.grassroots.development;

/**
 * Who decides a step by default: the person's branch, its higher committee, the committee with
 * approval power (a street's working committee for everything sitting in its communities), or the
 * organization department one level further up. The form proposes the name; the recorder may change it.
 */
enum Decider { BRANCH, HIGHER, APPROVER, DEPARTMENT }
