package org.grassroots.regional;

/** What a unit offers. Labels: regional.resourceType.&lt;NAME&gt;. */
public enum ResourceType {
    VENUE, EXPERTISE, VOLUNTEERS, MONEY, EQUIPMENT, OTHER
}
