package org.grassroots.demo;

import java.util.List;
import java.util.Map;

/** Plausible topics, places and reasons for the demo meetings. Data, not interface text. */
public final class DemoMeetingTexts {

    public static final List<String> PLACES = List.of("社区党群服务中心会议室", "党员活动室", "新时代文明实践站", "支部会议室",
            "社区书记工作室", "红色教育基地", "党建共建活动中心", "线上视频会议");

    public static final List<String> START_TIMES = List.of("09:00", "09:30", "14:00", "14:30", "15:00", "19:00");

    public static final Map<String, List<String>> TOPICS = Map.of(
            "MEMBERS_ASSEMBLY", List.of("学习传达上级会议精神", "审议支部季度工作报告", "讨论支部年度工作计划",
                    "通报党费收缴使用情况", "讨论发展党员工作", "研究社区为民服务事项"),
            "BRANCH_COMMITTEE", List.of("研究本月支部工作安排", "研究主题党日活动方案", "讨论党员教育管理工作",
                    "研究发展党员相关事项", "研究困难党员帮扶工作", "通报上月工作落实情况"),
            "PARTY_GROUP_MEETING", List.of("学习党的创新理论", "交流学习心得体会", "讨论小组志愿服务安排",
                    "开展批评与自我批评", "学习党章党规"),
            "PARTY_LESSON", List.of("专题党课", "支部书记讲党课", "党员微党课", "主题教育专题党课"),
            "THEME_DAY", List.of("重温入党誓词", "参观红色教育基地", "社区环境整治志愿服务", "走访慰问困难群众",
                    "学习党史故事", "垃圾分类宣传活动", "文明城市创建志愿服务", "观看红色电影", "邻里议事协商活动",
                    "为民办实事集中服务"),
            "LIFE_MEETING", List.of("年度组织生活会", "专题组织生活会"),
            "DEMOCRATIC_APPRAISAL", List.of("年度民主评议党员", "民主评议党员大会"));

    public static final List<String> LECTURE_TITLES = List.of("学习贯彻党的二十大精神", "弘扬伟大建党精神",
            "坚持以人民为中心的发展思想", "加强党性修养　践行初心使命", "学习《中国共产党支部工作条例》",
            "发挥基层党组织战斗堡垒作用", "做新时代合格共产党员", "全面从严治党永远在路上", "传承红色基因　赓续精神血脉",
            "扎实推进基层治理现代化");

    public static final List<String> AGENDAS = List.of("一、学习上级文件精神；二、讨论支部工作；三、表决有关事项",
            "一、通报近期工作；二、党员发言讨论；三、部署下阶段任务", "一、集中学习；二、交流讨论；三、支部书记总结");

    public static final List<String> RESOLUTIONS = List.of("通过支部年度工作计划", "通过支部季度工作报告", "通过党费收缴使用情况报告",
            "同意将入党积极分子列为发展对象", "通过开展结对帮扶活动的方案", "通过支部年度工作总结");

    public static final String ELECTION_TOPIC = "支部换届选举党员大会";
    public static final String ELECTION_RESOLUTION = "选举产生新一届支部委员会";

    public static final List<String> HEART_TALKS = List.of("了解思想工作生活情况", "入党积极分子谈心谈话",
            "听取对支部工作的意见建议", "困难党员帮扶谈心", "提醒谈话");

    public static final List<String> EXCUSES = List.of("因公出差", "身体不适", "家中有事", "外出学习培训", "单位值班", "照顾家人");

    private DemoMeetingTexts() {
    }
}
