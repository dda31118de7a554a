package org.grassroots.workforce;

/** The social-work certificate (社会工作者职业资格): none, 初级 (助理社工师), 中级, 高级. Labels: workforce.certificate.&lt;NAME&gt;. */
public enum Certificate {
    NONE, ASSISTANT, INTERMEDIATE, SENIOR
}
