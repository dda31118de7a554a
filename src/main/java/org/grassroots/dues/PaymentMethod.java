package org.grassroots.dues;

/** 现金, 银行转账, 微信, 支付宝, 其他. Labels: dues.method.&lt;NAME&gt;. */
public enum PaymentMethod {
    CASH, BANK_TRANSFER, WECHAT, ALIPAY, OTHER
}
