package org.grassroots.floating;

/** How the home organization reached an outflow member (联系方式). */
public enum ContactWay { PHONE, WECHAT, VISIT, LETTER, OTHER }
