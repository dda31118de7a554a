package org.grassroots.org;

/**
 * Published in the transaction that created, edited, closed or reopened an organization, so that
 * features keeping summaries per organization can bring them up to date.
 *
 * @param previousRegionId where the organization sat before the change (its current region if unmoved)
 */
public record OrgChanged(long orgId, long previousRegionId) {
}
