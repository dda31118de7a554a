package org.grassroots.neworg;

/** 商务楼宇, 产业园区, 商圈市场, 新业态/网络平台, 其他. Labels: neworg.location.&lt;NAME&gt;. */
public enum LocationType {
    BUSINESS_BUILDING, INDUSTRIAL_PARK, COMMERCIAL_MARKET, PLATFORM, OTHER
}
