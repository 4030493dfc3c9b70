package zonepulse.faultmatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixed set of documents every run feeds: the five samples, and forty short economic news items written for this
 * suite, each naming a development zone, a figure for it, and a project at a stage with its investment. They are put
 * together from fixed lists, the same every run (no randomness), so that a run under a fault and the fault-free run
 * see the same input and must store the same events.
 */
final class NewsDocuments {
    static final int WRITTEN = 40;

    private static final String[] ZONES = {
        "合肥高新区",
        "苏州工业园区",
        "武汉东湖高新区",
        "成都高新区",
        "西安高新区",
        "广州开发区",
        "天津经开区",
        "长沙经开区",
        "青岛西海岸新区",
        "南京江北新区",
        "重庆两江新区",
        "杭州钱塘新区",
        "郑州航空港经济综合实验区",
        "昆山开发区",
        "宁波杭州湾新区",
        "沈阳经开区",
        "贵阳高新区",
        "南昌经开区",
        "济南高新区",
        "福州新区"
    };
    private static final String[] INDICATORS = {
        "规模以上工业总产值", "地区生产总值", "固定资产投资", "实际使用外资", "进出口总额", "一般公共预算收入", "社会消费品零售总额", "工业投资", "高新技术产业产值", "税收收入"
    };
    private static final String[] INDUSTRIES = {
        "新能源汽车零部件", "集成电路封装测试", "生物医药", "高端装备制造", "新型显示面板", "锂电池隔膜", "工业机器人", "光伏组件", "智能终端", "氢燃料电池"
    };
    private static final String[] COMPANIES = {
        "华芯科技有限公司", "中晟新材料股份有限公司", "远航动力集团", "瑞康生物医药有限公司", "星河智造有限公司", "东岳光电科技有限公司", "宏图装备集团", "博远储能科技有限公司"
    };
    private static final String[] STAGES = {"正式开工", "签约落户", "竣工投产", "主体结构封顶", "举行奠基仪式"};
    private static final String[] CLOSINGS = {
        "下一步，园区将持续优化营商环境，强化要素保障，推动更多优质项目落地见效。",
        "该负责人表示，将围绕主导产业开展精准招商，力争全年新签约项目数量再创新高。",
        "据介绍，园区今年以来累计走访企业数百家次，协调解决用地、用工、融资等问题。",
        "业内人士认为，产业链上下游集聚效应正在显现，区域发展后劲持续增强。",
        "园区相关部门表示，将加快推进基础设施配套建设，提升项目承载能力。",
        "记者在现场看到，多台大型机械正在紧张作业，施工人员有序推进各项工作。",
        "据悉，园区已出台专项扶持政策，对新引进的重大产业项目给予资金和用地支持。",
        "接下来，园区将聚焦科技创新，培育一批专精特新企业和高新技术企业。"
    };

    private NewsDocuments() {}

    /** The samples and the written items, in the order they are dropped. */
    static List<Document> all(Path samples) {
        List<Document> documents = new ArrayList<>(samples(samples));
        for (int i = 0; i < WRITTEN; i++) {
            documents.add(written(i));
        }
        return List.copyOf(documents);
    }

    /** A document to drop: its file name and UTF-8 text. */
    record Document(String fileName, String text) {
        void writeTo(Path folder) {
            try {
                Path part = folder.resolve("." + fileName + ".part");
                Files.writeString(part, text, StandardCharsets.UTF_8);
                // the drop folder's writers rename a complete file in; a half-written one is never picked up
                Files.move(part, folder.resolve(fileName), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<Document> samples(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .map(file -> new Document(file.getFileName().toString(), read(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code i}-th written item: every list is walked at its own stride, so no two items share all parts. */
    static Document written(int i) {
        String zone = ZONES[i % ZONES.length];
        String indicator = INDICATORS[(i * 3 + 1) % INDICATORS.length];
        String industry = INDUSTRIES[(i * 7 + 2) % INDUSTRIES.length];
        String company = COMPANIES[(i * 5 + 3) % COMPANIES.length];
        String stage = STAGES[i % STAGES.length];
        String closing = CLOSINGS[(i * 3) % CLOSINGS.length];
        int month = 3 + i % 9;
        int day = 1 + (i * 11) % 27;
        String value = (120 + i * 37 % 900) + "." + (i * 7 % 10);
        String growth = (3 + i * 13 % 27) + "." + (i * 3 % 10);
        String investment = Integer.toString(5 + i * 17 % 95);
        String project = company.substring(0, 2) + industry + "项目";
        String title = zone + stage.replace("正式", "").replace("举行", "") + industry + "项目";
        String text = String.join(
                "\n\n",
                title,
                "2023年" + (month + 1) + "月" + day + "日",
                "记者从" + zone + "管委会获悉，今年1-" + month + "月，" + zone + "完成" + indicator + value + "亿元，同比增长" + growth
                        + "%，主要经济指标保持较快增长。",
                "2023年" + (month + 1) + "月" + day + "日，由" + company + "投资" + investment + "亿元建设的" + project + "在"
                        + zone + stage + "。该项目主要建设" + industry + "生产线及配套设施，达产后预计年产值可达"
                        + (Integer.parseInt(investment) * 2) + "亿元。",
                closing);
        return new Document(String.format("written_%02d.txt", i), text + "\n");
    }
}
