package zonepulse.extraction.internal.rules;

import java.util.Set;
import zonepulse.events.Stage;
import zonepulse.extraction.internal.text.Trie;

/** The word lists the rules are driven by. Each list says in its comment what makes a word belong to it. */
final class Lexicon {
    private Lexicon() {}

    /** Stage trigger words (GUIDELINES §2), longest first; synonyms the press uses are added to each stage. */
    static final Trie<Stage> STAGE_TRIGGERS = new Trie<Stage>()
            .put("签约", Stage.SIGNED)
            .put("签订", Stage.SIGNED)
            .put("签署", Stage.SIGNED)
            .put("落地", Stage.LANDED)
            .put("落户", Stage.LANDED)
            .put("入驻", Stage.LANDED)
            .put("进驻", Stage.LANDED)
            .put("引进", Stage.LANDED)
            .put("摘牌", Stage.LAND_ACQUIRED)
            .put("土地摘牌", Stage.LAND_ACQUIRED)
            .put("拿地", Stage.LAND_ACQUIRED)
            .put("奠基", Stage.GROUNDBREAKING)
            .put("开工", Stage.CONSTRUCTION_STARTED)
            .put("开工建设", Stage.CONSTRUCTION_STARTED)
            .put("动工", Stage.CONSTRUCTION_STARTED)
            .put("开建", Stage.CONSTRUCTION_STARTED)
            .put("破土动工", Stage.CONSTRUCTION_STARTED)
            .put("封顶", Stage.TOPPED_OUT)
            .put("竣工", Stage.COMPLETED)
            .put("建成", Stage.COMPLETED)
            .put("完工", Stage.COMPLETED)
            .put("投产", Stage.IN_PRODUCTION)
            .put("投入使用", Stage.IN_PRODUCTION)
            .put("投入运营", Stage.IN_PRODUCTION)
            .put("投入生产", Stage.IN_PRODUCTION)
            .put("运营", Stage.IN_PRODUCTION)
            .put("试运营", Stage.IN_PRODUCTION)
            .put("开园", Stage.IN_PRODUCTION)
            .put("量产", Stage.IN_PRODUCTION)
            .put("开馆", Stage.IN_PRODUCTION)
            .put("开业", Stage.IN_PRODUCTION)
            .put("营业", Stage.IN_PRODUCTION)
            .put("并网发电", Stage.IN_PRODUCTION)
            .put("正式启用", Stage.IN_PRODUCTION)
            .put("启用", Stage.IN_PRODUCTION)
            .put("达产", Stage.IN_PRODUCTION)
            .put("满产", Stage.IN_PRODUCTION);

    /** Words after a trigger that make it part of a noun, not a stage reached (落地转化, 运营商, 开工率). */
    static final Set<String> TRIGGER_NOUN_SUFFIXES = Set.of(
            "转化", "生根", "见效", "商", "中心", "模式", "服务", "率", "管理", "主体", "方案", "政策", "即", "能力", "成本", "效率", "水平", "机制",
            "面积", "企业", "项目", "收入", "额", "执照", "利润", "税", "产值", "后的", "活动", "规模", "时间", "标准", "许可", "审批", "前", "手续",
            "条件");

    /** Words before a trigger that make it part of another verb or noun (建设运营, 商业化运营, 引进来). */
    static final Set<String> TRIGGER_NOUN_PREFIXES = Set.of("建设", "化", "经营", "招商", "场景", "测试");

    /** Triggers that take the project as their object (建成X, 引进X, 签约X); others only follow their subject. */
    static final Set<String> OBJECT_TRIGGERS = Set.of("建成", "引进", "开工建设", "签约", "签署", "签订", "竣工", "启用", "落户");

    /** Stages a zone itself can reach (北京经济技术开发区于1992年4月开工建设); a zone signs or lands nothing. */
    static final Set<Stage> ZONE_STAGES =
            Set.of(Stage.GROUNDBREAKING, Stage.CONSTRUCTION_STARTED, Stage.COMPLETED, Stage.IN_PRODUCTION);

    /** Words that mark a planned stage or a target figure. */
    static final Trie<Boolean> PLAN_MARKERS = new Trie<Boolean>()
            .put("将", true)
            .put("预计", true)
            .put("计划", true)
            .put("拟", true)
            .put("力争", true)
            .put("有望", true)
            .put("即将", true)
            .put("争取", true)
            .put("明年", true)
            .put("后年", true)
            .put("预期", true)
            .put("目标", true)
            .put("确保", true);

    /** Head nouns of a facility, plant, base or other thing that can reach a stage of its life. */
    static final Trie<Boolean> FACILITY_HEADS = heads(
            "项目", "基地", "产业园", "园区", "园", "中心", "总部", "工厂", "厂", "工程", "研究院", "研究所", "院", "实验室", "试验室", "平台", "生产线",
            "产线", "线", "大楼", "楼", "大厦", "医院", "学校", "小学", "中学", "学院", "馆", "场馆", "场所", "之家", "冷库", "仓库", "社区", "期", "站",
            "港", "城", "广场", "天街", "示范区", "开发区", "工业区", "片区", "公寓", "酒店", "综合体", "机场", "码头", "隧道", "大桥", "桥", "管廊", "电站",
            "车间", "测试间", "小镇", "谷", "科学城", "公园", "体育场", "剧院", "住宅", "工地", "装置", "农场", "数据中心", "分院", "分校", "中学", "试验场",
            "体验中心", "孵化器", "加速器", "基金", "街区", "新城", "电厂", "储能", "光伏", "风电");

    private static Trie<Boolean> heads(String... words) {
        Trie<Boolean> trie = new Trie<>();
        for (String w : words) {
            trie.put(new StringBuilder(w).reverse().toString(), true);
        }
        return trie;
    }

    /** Abstract nouns: a phrase holding one names a policy, a goal or an activity, not a project. */
    static final Trie<Boolean> ABSTRACT_WORDS = words(
            "政策", "体系", "机制", "格局", "理念", "模式", "联动", "发展", "改革", "方案", "转化", "能力", "水平", "环境", "成果", "任务", "工作", "活动",
            "保障", "要求", "精神", "战略", "行动", "制度", "措施", "规划", "试点", "一批", "首批", "若干", "各类", "一系列", "方式", "渠道", "步伐", "力度",
            "进程", "目标", "标杆", "效能", "生态", "氛围", "经验", "路径", "集群", "高地", "布局", "需求", "供给", "功能", "示范作用", "五子", "两区",
            "程序", "手续", "效益", "动能", "建设试点", "合作", "交流", "协议");

    /** Generic heads that name no particular project on their own (一批项目, 重点项目, 头部企业). */
    static final Set<String> GENERIC_NAMES = Set.of(
            "项目", "企业", "重点项目", "重大项目", "一批项目", "头部企业", "龙头企业", "重点企业", "产业项目", "工程", "重点工程", "该项目", "这些项目", "上述项目",
            "项目建设", "重大产业项目", "重点产业项目", "产业化项目", "续建项目", "新建项目", "基地", "园区", "平台", "中心", "工厂", "企业项目", "外资项目", "外资企业",
            "等项目", "单位", "机构", "设施", "厂区", "公司", "开发区", "经开区", "高新区", "新区", "全区", "区内", "本区", "新城", "示范区");

    private static Trie<Boolean> words(String... words) {
        Trie<Boolean> trie = new Trie<>();
        for (String w : words) {
            trie.put(w, true);
        }
        return trie;
    }

    /** Words a project name does not start with: verbs and adverbs that govern it (推动…落地). */
    static final Trie<Boolean> LEADING_VERBS = words(
            "推动", "推进", "实现", "加快", "加速", "支持", "促进", "助力", "确保", "全力推动", "积极", "力争", "其中", "同时", "此外", "另外", "全面",
            "持续", "大力", "着力", "全力", "重点", "深入", "顺利", "成功", "正式", "已", "并", "和", "与", "及", "以及", "还", "也", "又", "了",
            "先后", "陆续", "相继", "紧急", "新", "共", "累计", "完成", "服务", "保障", "协调", "统筹", "吸引", "引导", "聚焦", "围绕", "随着", "通过",
            "目前", "截至目前", "今年", "去年", "近日", "日前", "近期", "此前", "年内", "全年", "其", "该", "由", "为", "在", "于", "对", "把", "将",
            "被", "让", "使", "带动", "招引", "落实", "开展", "启动", "举行", "召开", "迎来", "见证", "包括", "涵盖", "有");

    /** Words a project name does not end with: adverbs, auxiliaries and place phrases before the trigger. */
    static final Trie<Boolean> TRAILING_ADVERBS = reversed(
            "已经", "已", "正式", "顺利", "全面", "均", "都", "相继", "陆续", "先后", "将", "预计", "计划", "拟", "即将", "有望", "率先", "正在", "加快",
            "全部", "整体", "基本", "成功", "实现", "完成", "力争", "争取", "于", "也", "还", "又", "同步", "首期", "主体", "并", "及", "和", "宣布",
            "正式宣布", "年内", "年底前", "年底", "年初", "月底", "上半年", "下半年", "明年", "今年", "近日", "日前", "近期", "目前", "已于", "分别", "集中",
            "同时", "后", "再", "要", "能", "可", "会", "得以", "获准", "获批", "进行", "举行", "开始", "项目进行", "仪式", "的", "不断", "持续", "累计",
            "新", "共", "共计", "集中", "合计", "再次", "首次", "成功", "新增", "主体结构", "结构", "主体工程", "顺利实现", "通过", "顺利通过", "正式通过",
            "逐步", "进一步", "加速", "推动", "推进");

    private static Trie<Boolean> reversed(String... words) {
        Trie<Boolean> trie = new Trie<>();
        for (String w : words) {
            trie.put(new StringBuilder(w).reverse().toString(), true);
        }
        return trie;
    }

    /** Words that start a company's descriptor inside a project name (智飞绿竹|新型病毒疫苗…基地). */
    static final Trie<Boolean> NAME_DESCRIPTORS = words(
            "新型", "全球", "中国", "北京", "上海", "天津", "广州", "深圳", "中央", "研发", "燃料", "扩产", "创新", "细胞", "整车", "未来", "新能源", "显示",
            "智能", "数字", "项目", "总部", "基地", "一期", "二期", "三期", "四期", "产业", "生产", "制造", "工厂", "研究院", "亚太", "华北", "北方", "南方",
            "集成电路", "半导体", "科技园", "医疗", "汽车", "品牌", "系列", "国际", "工业", "物流", "中心", "高端", "苏州", "武汉", "合肥", "西安", "成都",
            "南京", "杭州", "重庆", "武汉", "郑州", "长沙", "青岛", "宁波", "无锡", "厦门", "雄安", "亦庄", "光谷", "张江", "天津研发", "第二", "第三",
            "新一代", "10.5代", "8.6代", "第8.6代");

    /** Government bodies and places: a name starting with one is not a company. */
    static final Trie<Boolean> NOT_COMPANY_PREFIXES = words(
            "国家", "全球", "中国", "北京", "上海", "区内", "市级", "全市", "首个", "第一", "百万", "智慧", "建设", "国际", "全国", "重点", "高端", "全民",
            "公共", "社区", "城市", "产业", "工业", "科技", "综合", "商业", "省级", "区级", "苏州", "武汉", "合肥", "西安", "成都", "深圳", "广州", "南京",
            "杭州", "天津", "重庆", "雄安", "亦庄", "光谷", "张江", "浦东", "前海", "园区", "开发区", "经开区", "高新区");
}
