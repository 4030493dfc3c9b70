package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.Extract.indicators;
import static zonepulse.extraction.Extract.project;
import static zonepulse.extraction.Extract.text;

import org.junit.jupiter.api.Test;
import zonepulse.events.DatePrecision;
import zonepulse.events.Measure;
import zonepulse.events.ProjectEvent;
import zonepulse.events.Qualifier;
import zonepulse.events.Stage;

/** One rule per test, on sentences written for it. */
class ProjectRulesTest {

    @Test
    void aListSharingATriggerIsOneEventPerNamedItem() {
        ExtractionResult r = text("信创园一期、华卓二期等7个项目已开工。");
        assertThat(r.projects()).extracting(ProjectEvent::name).containsExactly("信创园一期", "华卓二期");
        assertThat(r.projects()).allMatch(p -> p.stage() == Stage.CONSTRUCTION_STARTED && !p.expected());
    }

    @Test
    void aListEndingInACountWithoutEtcIsSplitToo() {
        ExtractionResult r = text("航为高科、国家新能源汽车技术创新中心两个项目已竣工。");
        assertThat(r.projects()).extracting(ProjectEvent::name).containsExactly("航为高科", "国家新能源汽车技术创新中心");
    }

    @Test
    void aListOpenedBy其中包括AfterACountedBatchTakesItsStage() {
        ExtractionResult r = text("5月8日，烟台开发区集中开工项目21个，其中包括万华新材料产业园项目、杰瑞装备制造基地项目等。");
        assertThat(r.projects()).extracting(ProjectEvent::name).containsExactly("万华新材料产业园项目", "杰瑞装备制造基地项目");
        assertThat(r.projects()).allMatch(p -> p.stage() == Stage.CONSTRUCTION_STARTED);
    }

    @Test
    void aListAfter项目有AndAColonTakesTheStageBefore() {
        ExtractionResult r = text("本次签约的项目有：华润微电子封测项目、通富微电研发中心、中环光伏材料基地。");
        assertThat(r.projects()).extracting(ProjectEvent::name).containsExactly("华润微电子封测项目", "通富微电研发中心", "中环光伏材料基地");
        assertThat(r.projects()).allMatch(p -> p.stage() == Stage.SIGNED);
    }

    @Test
    void twoItemsJoinedBy和EachWithItsInvestmentAreTwoProjects() {
        ExtractionResult r = text("当天开工的项目包括总投资15亿元的恩捷隔膜项目和总投资6亿元的星源材质涂覆基地。");
        assertThat(r.projects()).extracting(ProjectEvent::name).containsExactly("恩捷隔膜项目", "星源材质涂覆基地");
        assertThat(r.projects()).extracting(p -> p.investment().value()).containsExactly(15.0, 6.0);
        assertThat(r.indicators())
                .as("the amounts are the projects' investments")
                .isEmpty();
    }

    @Test
    void aJoinedPairThatIsOneFacilityStaysOne() {
        ExtractionResult r = text("近日，园区新材料研发和中试基地项目正式开工。");
        assertThat(r.projects()).extracting(ProjectEvent::name).doesNotContain("园区新材料研发");
    }

    @Test
    void twoStageWordsAsOneStepGiveTheLaterStage() {
        assertThat(project(text("一汽丰田新能源车工厂建成投产。"), "一汽丰田新能源车工厂", Stage.IN_PRODUCTION))
                .isNotNull();
        assertThat(project(text("京东方成都生产线项目正式签约落地。"), "京东方成都生产线项目", Stage.LANDED))
                .isNotNull();
        assertThat(project(text("星网(国际)工业园项目开工奠基。"), "星网(国际)工业园项目", Stage.CONSTRUCTION_STARTED))
                .isNotNull();
        assertThat(project(text("第一栋办公楼“小红楼”建成并投入使用。"), "第一栋办公楼“小红楼”", Stage.IN_PRODUCTION))
                .isNotNull();
    }

    @Test
    void stageWordsInSeparateClausesAreSeparateEvents() {
        ExtractionResult r = text("诺和诺德天津生产基地扩建项目6月开工，计划明年6月封顶。");
        ProjectEvent started = project(r, "诺和诺德天津生产基地扩建项目", Stage.CONSTRUCTION_STARTED);
        ProjectEvent topped = project(r, "诺和诺德天津生产基地扩建项目", Stage.TOPPED_OUT);
        assertThat(started.expected()).isFalse();
        assertThat(started.date().value()).isEqualTo("2021-06");
        assertThat(topped.expected()).isTrue();
        assertThat(topped.date().value()).isEqualTo("2022-06");
        assertThat(topped.projectKey()).isEqualTo(started.projectKey());
    }

    @Test
    void aRelativeClauseNamesTheProjectAfterIt() {
        ExtractionResult r = text("一个月前正式开工的智飞绿竹新型疫苗产业化基地项目，投资近16.2亿元新建生产车间，预计2025年建成。");
        ProjectEvent started = project(r, "智飞绿竹新型疫苗产业化基地项目", Stage.CONSTRUCTION_STARTED);
        assertThat(started.date().value()).isEqualTo("2021-09");
        assertThat(started.date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(started.investment().value()).isEqualTo(16.2);
        assertThat(started.investment().unit()).isEqualTo("亿元");
        assertThat(started.investment().qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(started.investment().normalized().value()).isEqualTo(1.62e9);
        assertThat(started.companies()).containsExactly("智飞绿竹");
        ProjectEvent completed = project(r, "智飞绿竹新型疫苗产业化基地项目", Stage.COMPLETED);
        assertThat(completed.expected()).isTrue();
        assertThat(completed.date().value()).isEqualTo("2025");
        assertThat(r.indicators()).as("a project's investment is no indicator").isEmpty();
    }

    @Test
    void anInvestmentBeforeTheNameBelongsToIt() {
        ExtractionResult r = text("9月28日，总投资50亿元的信达生物高端生物药产业化项目在园区开工建设。");
        ProjectEvent p = project(r, "信达生物高端生物药产业化项目", Stage.CONSTRUCTION_STARTED);
        assertThat(p.investment().value()).isEqualTo(50);
        assertThat(p.date().value()).isEqualTo("2021-09-28");
        assertThat(r.indicators()).isEmpty();
    }

    @Test
    void objectsOfBuildAndIntroduceVerbs() {
        ExtractionResult r = text("建成奔驰海外的首个发动机工厂、研发中心；引进北京八中、北京小学落户。");
        assertThat(r.projects()).extracting(ProjectEvent::name).contains("奔驰海外的首个发动机工厂", "研发中心", "北京八中", "北京小学");
    }

    @Test
    void completingConstructionIsCompleted() {
        assertThat(project(text("完成智慧交通一期工程建设。"), "智慧交通一期工程", Stage.COMPLETED)).isNotNull();
    }

    @Test
    void genericAndAbstractPhrasesNameNoProject() {
        assertThat(text("推动一批重点项目落地，加快政策落地，促进创新项目的落地转化，把“五子”联动落地到产业发展中。").projects())
                .isEmpty();
        assertThat(text("累计建成大型公园绿地项目6个，完成18处急救站点建设。").projects()).isEmpty();
        assertThat(text("建成国家级科技服务器5家、产业研究院9家、经营性园区和特色园区34家。").projects()).isEmpty();
        assertThat(text("展望未来，开发区将建成充分体现制度优越性的全球产业新城综合发展标杆。").projects()).isEmpty();
    }

    @Test
    void aNounAfterTheTriggerMakesItNoStage() {
        assertThat(text("信创园已落地企业230多家。服务业企业营业收入超亿元421家。").projects()).isEmpty();
    }

    @Test
    void aSignatoryPartnerIsTheSignedParty() {
        ExtractionResult r = text("2021年11月27日，小米汽车落户亦庄，北京经济技术开发区管委会与小米正式签订合作协议。");
        assertThat(project(r, "小米汽车", Stage.LANDED).date().value()).isEqualTo("2021-11-27");
        assertThat(project(r, "小米", Stage.SIGNED).date().precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aPlannedStageIsExpected() {
        assertThat(project(text("位于亦庄的厂区将增建高能射线测试间，明年投产。"), "高能射线测试间", Stage.IN_PRODUCTION)
                        .expected())
                .isTrue();
    }

    @Test
    void placeAndTimeBetweenNameAndTriggerAreNotTheName() {
        assertThat(project(text("国家信息技术应用创新核心基地在开发区开园。"), "国家信息技术应用创新核心基地", Stage.IN_PRODUCTION))
                .isNotNull();
        assertThat(project(text("北京经济技术开发区于1992年4月开工建设。"), "北京经济技术开发区", Stage.CONSTRUCTION_STARTED)
                        .date()
                        .value())
                .isEqualTo("1992-04");
    }

    @Test
    void theSameProjectAndStageOnceAnArticle() {
        ExtractionResult r = text("小米汽车落户亦庄。正式宣布小米汽车落户开发区。");
        assertThat(r.projects()).hasSize(1);
    }

    @Test
    void aListAfterTheClassWordAndAColonGivesOneEventPerItem() {
        ExtractionResult r = text("当天集中开工的项目包括：鼎盛新材料产业园、恒远医疗器械基地和北辰数据中心。");
        assertThat(r.projects()).extracting(ProjectEvent::name).containsExactly("鼎盛新材料产业园", "恒远医疗器械基地", "北辰数据中心");
        assertThat(r.projects()).allMatch(p -> p.stage() == Stage.CONSTRUCTION_STARTED);
    }

    @Test
    void enumeratedLinesUnderAListOpenerAreProjectsWithTheirInvestment() {
        // a ceremony's project list as numbered lines gave no project and an indicator 「总投资」 per line
        ExtractionResult r = text("6月2日，临港片区第二批重大项目集中开工。\n开工项目主要包括：\n1.新松机器人华东总部，总投资11亿元；\n2.海辰储能电池项目，总投资26亿元。");
        assertThat(r.projects()).extracting(ProjectEvent::name).containsExactly("新松机器人华东总部", "海辰储能电池项目");
        assertThat(r.projects()).allMatch(p -> p.stage() == Stage.CONSTRUCTION_STARTED);
        assertThat(r.projects().get(1).investment().value()).isEqualTo(26.0);
        assertThat(r.indicators()).noneMatch(i -> i.value() == 11.0 || i.value() == 26.0);
    }

    @Test
    void aStatementOpeningWith同日IsDatedByTheDayStatedBeforeIt() {
        var r = text("9月12日，宁波杭州湾新区智能网联汽车零部件产业园开工建设。\n同日，舜宇光学车载镜头项目举行签约仪式。\n次日，吉利汽车研究院二期正式投入使用。", "2024-09-20");
        ProjectEvent signed = project(r, "舜宇光学车载镜头项目", Stage.SIGNED);
        assertThat(signed.date().value()).isEqualTo("2024-09-12");
        assertThat(signed.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(project(r, "吉利汽车研究院二期", Stage.IN_PRODUCTION).date().value()).isEqualTo("2024-09-13");
    }

    @Test
    void 当天WithoutADayBeforeItDatesNothing() {
        var r = text("当天，奇瑞新能源汽车零部件项目在芜湖经开区正式签约。", "2024-03-08");
        assertThat(project(r, "奇瑞新能源汽车零部件项目", Stage.SIGNED).date()).isNull();
    }

    @Test
    void theClausesDescribingASingleProjectAreItsFiguresNotIndicators() {
        var r = text("6月5日，立讯精密智能终端产业园在嘉善经开区开工，该项目由立讯精密工业股份有限公司投资建设，计划总投资约85亿元，占地面积320亩。", "2024-06-10");
        ProjectEvent started = project(r, "立讯精密智能终端产业园", Stage.CONSTRUCTION_STARTED);
        assertThat(started.investment().value()).isEqualTo(85.0);
        assertThat(started.investment().qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(r.indicators()).isEmpty();
    }

    @Test
    void aLandPriceAndThePlannedInvestmentOfOneProjectAreNoIndicators() {
        var r = text("宁德时代华东基地项目日前完成土地摘牌，成交价4.2亿元，项目计划投资100亿元。", "2024-05-20");
        assertThat(project(r, "宁德时代华东基地项目", Stage.LAND_ACQUIRED).investment().value())
                .isEqualTo(100.0);
        assertThat(r.indicators()).isEmpty();
    }

    @Test
    void howFarAProjectsConstructionHasGotIsNoIndicator() {
        var r = text("舜宇光学智能工厂项目于今年3月开工，目前主体结构已完成70%，钢结构完成85%，计划年底竣工。", "2024-08-12");
        assertThat(project(r, "舜宇光学智能工厂项目", Stage.CONSTRUCTION_STARTED)).isNotNull();
        assertThat(r.indicators()).isEmpty();
    }

    @Test
    void theDescriptionEndsWhereTheSentenceTurnsToTheZone() {
        var r = text("长安汽车研发中心日前竣工，全区今年已有12个项目竣工，总投资达260亿元。", "2024-11-02");
        assertThat(project(r, "长安汽车研发中心", Stage.COMPLETED).investment()).isNull();
        assertThat(indicators(r, Measure.COUNT, 12.0)).hasSize(1);
        assertThat(indicators(r, Measure.LEVEL, 260.0)).hasSize(1);
    }

    @Test
    void aClauseNotOpeningWithTheProjectOrWhatItHasIsNoPartOfItsDescription() {
        var r = text("5月，长虹智能制造产业园在绵阳科技城新区开工建设，规上工业总产值同比增长12.5%。", "2024-06-03");
        assertThat(project(r, "长虹智能制造产业园", Stage.CONSTRUCTION_STARTED).investment())
                .isNull();
        assertThat(indicators(r, Measure.YOY_GROWTH, 12.5)).hasSize(1);
    }

    @Test
    void aPlannedStageIsNotDatedByTheDayTheStatementOpensWith() {
        var r = text("9月6日，华天科技先进封装项目在南京江北新区主体结构封顶，预计明年二季度投产。", "2024-09-09");
        assertThat(project(r, "华天科技先进封装项目", Stage.TOPPED_OUT).date().value()).isEqualTo("2024-09-06");
        ProjectEvent planned = project(r, "华天科技先进封装项目", Stage.IN_PRODUCTION);
        assertThat(planned.expected()).isTrue();
        assertThat(planned.date().value()).isEqualTo("2025");
        assertThat(planned.date().precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void aCompanyOfAFullNameThatLandsStandsForItsProject() {
        var r = text("南宁高新区消息，广西华谷智算科技有限公司签约落户，项目计划总投资12亿元。", "2024-04-11");
        ProjectEvent landed = project(r, "广西华谷智算科技有限公司", Stage.LANDED);
        assertThat(landed.companies()).containsExactly("广西华谷智算科技有限公司");
        assertThat(landed.investment().value()).isEqualTo(12.0);
        assertThat(r.indicators()).isEmpty();
    }

    @Test
    void ofTwoPartiesToASigningTheZoneIsNotTheProject() {
        var r = text("3月12日，宁德时代新能源科技股份有限公司与贵阳经开区签订投资协议，拟投资80亿元建设储能电池基地。", "2024-03-15");
        ProjectEvent signed = project(r, "宁德时代新能源科技股份有限公司", Stage.SIGNED);
        assertThat(signed.investment().value()).isEqualTo(80.0);
        assertThat(r.projects()).hasSize(1);
    }

    @Test
    void twoProjectsJoinedBy和AreTwoEventsButOneFacilityOfTwoPartsIsOne() {
        var two = text("悦达起亚电池包项目和捷威动力储能电池项目在盐城经开区集中签约。", "2024-02-20");
        assertThat(project(two, "悦达起亚电池包项目", Stage.SIGNED)).isNotNull();
        assertThat(project(two, "捷威动力储能电池项目", Stage.SIGNED)).isNotNull();
        var one = text("理想汽车华东研发中心及区域总部落户嘉定新城。", "2024-02-20");
        assertThat(one.projects()).hasSize(1);
    }

    @Test
    void theNextPhaseOfAParkIsNotAPhaseOfItsFirstPhase() {
        var r = text("蔚来合肥产业园一期已建成投产，二期预计年内开工。", "2024-05-06");
        ProjectEvent next = project(r, "蔚来合肥产业园二期", Stage.CONSTRUCTION_STARTED);
        assertThat(next.name()).isEqualTo("蔚来合肥产业园二期");
        assertThat(next.expected()).isTrue();
    }

    @Test
    void aOneCharWordBefore的IsNoRelativeClause() {
        var r = text("美的集团荆州产业园扩建项目日前开工。", "2024-04-12");
        assertThat(project(r, "美的集团荆州产业园扩建项目", Stage.CONSTRUCTION_STARTED).name())
                .isEqualTo("美的集团荆州产业园扩建项目");
    }

    @Test
    void aFigureAfterTheStageWordInTheProjectsOwnClauseIsTheProjects() {
        var r = text("4月9日，美的集团荆州产业园扩建项目成功摘牌地块85亩。", "2024-04-12");
        assertThat(project(r, "美的集团荆州产业园扩建项目", Stage.LAND_ACQUIRED)).isNotNull();
        assertThat(r.indicators()).isEmpty();
    }

    @Test
    void companiesCountedIntoAParkAreNoStageOfThePark() {
        var r = text("6月，长沙岳麓科技产业园二期竣工，目前已有26家企业入驻。", "2024-08-01");
        assertThat(project(r, "长沙岳麓科技产业园二期", Stage.COMPLETED)).isNotNull();
        assertThat(r.projects()).hasSize(1);
    }

    @Test
    void anIndustryWordAfterTheCompanyEndsItsName() {
        var r = text("中联重科智慧产业城挖掘机园区于2月正式投产，亿纬锂能储能电池项目同日开工。", "2024-03-10");
        assertThat(project(r, "中联重科智慧产业城挖掘机园区", Stage.IN_PRODUCTION).companies())
                .containsExactly("中联重科");
        assertThat(project(r, "亿纬锂能储能电池项目", Stage.CONSTRUCTION_STARTED).companies())
                .containsExactly("亿纬锂能");
    }
}
