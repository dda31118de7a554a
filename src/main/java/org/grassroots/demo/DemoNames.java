package org.grassroots.demo;

import java.util.List;
import java.util.Random;

/**
 * Plausible names for the demo city: people, places and work units. Data, not interface text. Public
 * for the city-scale generator ({@code bench}), which draws from the same lists.
 */
public final class DemoNames {

    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
            "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
            "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
            "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟",
            "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚",
            "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "司马", "上官");

    static final String MALE_CHARS = "伟强磊军洋勇杰涛明超刚平辉鹏华飞斌宇浩凯健俊帆帅旭宁龙林波峰建国志东文海亮成红卫新兵德光振宏";
    static final String FEMALE_CHARS = "芳娜敏静丽艳娟霞秀英华慧巧美玉萍红玲桂兰凤洁梅琳素云莲真环雪荣爱妹颖婷倩琴晶燕瑶怡佳欣悦";

    static final List<String> DISTRICTS = List.of("东湖区", "西山区", "南岸区");
    static final List<String> DISTRICT_CODES = List.of("330102", "330105", "330106");

    public static final List<String> STREETS = List.of("解放路街道", "人民路街道", "和平街道", "朝阳街道", "建设街道", "新华街道",
            "光明街道", "胜利街道", "文化路街道");

    public static final List<String> COMMUNITIES = List.of("桂花", "梧桐", "紫荆", "丁香", "玉兰", "银杏", "翠竹", "青松", "海棠",
            "芙蓉", "百合", "兰苑", "明珠", "锦绣", "春晖", "秋实", "东苑", "西湖", "南苑", "北园", "文昌", "长青", "幸福",
            "安康", "和睦", "康乐", "金桥", "柳岸", "荷塘", "清泉", "滨河", "星光", "新村", "阳光", "华庭", "景园");

    public static final List<String> COMPANIES = List.of("华信科技有限公司", "远航物流有限公司", "金鼎商贸有限公司", "绿源环保科技有限公司",
            "恒达建设工程有限公司", "博雅教育咨询有限公司", "瑞丰食品有限公司", "天启网络科技有限公司", "安泰物业服务有限公司",
            "众诚会计师事务所", "明德律师事务所", "新锐传媒有限公司");

    public static final List<String> SOCIAL_ORGS = List.of("社区志愿者协会", "老年人协会", "青年创业服务中心", "邻里互助服务社",
            "残疾人康复服务中心", "社会工作服务站");

    public static final List<String> UNITS = List.of("市第一人民医院", "区教育局", "市自来水公司", "区实验小学", "市供电公司", "区财政局",
            "市图书馆", "区人民法院", "市第二中学", "区卫生健康局", "滨江大学", "市交通运输局");

    static final String[] ORDINALS = {"第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八"};

    private DemoNames() {
    }

    public static String person(Random random, boolean male) {
        String surname = SURNAMES.get(random.nextInt(SURNAMES.size()));
        String chars = male ? MALE_CHARS : FEMALE_CHARS;
        int length = random.nextInt(10) < 7 ? 2 : 1;
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < length; i++) {
            given.append(chars.charAt(random.nextInt(chars.length())));
        }
        return surname + given;
    }

    public static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
