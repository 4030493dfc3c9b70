package zonepulse.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static zonepulse.extraction.Extract.indicator;
import static zonepulse.extraction.Extract.project;
import static zonepulse.extraction.Extract.text;

import org.junit.jupiter.api.Test;
import zonepulse.events.IndicatorEvent;
import zonepulse.events.Measure;
import zonepulse.events.Stage;

/**
 * Regions from the places layer and measure names without scope words: one test per rule, each with sentences written
 * for it; the failures of issue 8 they fix are named after the symptom.
 */
class RegionAndNameTest {

    @Test
    void aZoneTheGazetteerDoesNotKnowIsNamedAsWrittenAndSoIsItsShortForm() {
        var r = text("上半年，温州瓯江口新区规上工业增加值增长11.2%。\n\n瓯江口新区新签约项目14个，总投资96亿元。", "2024-07-18");
        assertThat(indicator(r, Measure.YOY_GROWTH, 11.2).region()).isEqualTo("温州瓯江口新区");
        assertThat(indicator(r, Measure.COUNT, 14).region()).isEqualTo("温州瓯江口新区");
        // the short form is the zone, a party, never a project named 江口新区 or the like
        assertThat(r.projects()).isEmpty();
    }

    @Test
    void aZoneBeforeNewlySignedProjectsIsNoProject() {
        var r = text("芜湖三山经开区加快项目建设。\n\n今年以来，三山经开区新签约亿元以上项目31个，协议总投资212亿元。", "2024-05-08");
        assertThat(r.projects()).isEmpty();
        assertThat(indicator(r, Measure.COUNT, 31).region()).isEqualTo("芜湖三山经开区");
    }

    @Test
    void aShortFormTheGazetteerKnowsForAnotherZoneIsTheArticlesOwn() {
        // 滨海新区 alone is Tianjin's; after 盐城滨海新区 it is that one
        var r = text("盐城滨海新区前三季度实现工业开票销售185亿元。\n\n滨海新区规上工业增加值增长8.8%。", "2023-10-30");
        assertThat(indicator(r, Measure.YOY_GROWTH, 8.8).region()).isEqualTo("盐城滨海新区");
    }

    @Test
    void aPlaceThenACompanysParkIsNoZone() {
        var r = text("6月3日，成都京东方智慧产业园开工建设。", "2024-06-05");
        assertThat(project(r, "成都京东方智慧产业园", Stage.CONSTRUCTION_STARTED)).isNotNull();
    }

    @Test
    void aCityNamedInTheStatementIsTheFiguresRegion() {
        var r = text("今年前三季度，六安实现地区生产总值1560.2亿元，同比增长6.1%。", "2023-10-20");
        IndicatorEvent level = indicator(r, Measure.LEVEL, 1560.2);
        assertThat(level.region()).isEqualTo("安徽省六安市");
        assertThat(level.indicator()).isEqualTo("地区生产总值");
    }

    @Test
    void aDistrictWithItsCityResolvesToTheDistrict() {
        var r = text("2023年，成都市郫都区规模以上工业增加值增长9.3%。", "2024-01-15");
        assertThat(indicator(r, Measure.YOY_GROWTH, 9.3).region()).isEqualTo("四川省成都市郫都区");
    }

    @Test
    void theRegionOfAnEarlierStatementInTheParagraphCarriesOver() {
        var r = text("嘉兴经开区上半年经济运行稳中有进。工业总产值完成812亿元。", "2023-07-20");
        assertThat(indicator(r, Measure.LEVEL, 812).region()).isEqualTo("嘉兴经济技术开发区");
    }

    @Test
    void aZoneAfter位于IsWhereTheProjectIsNotAComparison() {
        // 于 was read as a comparison mark (高于, 低于), so 「位于X的」 fell back to the lead's zone
        var r = text("铜陵经开区讯 本月，位于马鞍山经开区的中冶华天储能装备项目顺利封顶。", "2024-05-20");
        assertThat(project(r, "中冶华天储能装备项目", Stage.TOPPED_OUT).region()).isEqualTo("马鞍山经济技术开发区");
    }

    @Test
    void aParkNamedInsideAProjectsNameIsNoRegion() {
        // 「富士康昆山科技园三期项目」 made 昆山科技园 a park, the region of the article's other projects
        var r = text(
                "吴江经开区重大项目巡礼\n"
                        + "4月，吴江经开区恒力光电膜项目竣工。\n"
                        + "5月，立讯精密苏州科技园二期项目、亨通海洋光网项目相继投产。\n"
                        + "此次开工的项目有：盛虹新材料项目、康力电梯智能工厂。",
                "2024-06-01");
        assertThat(r.projects())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.region()).isEqualTo("吴江经济技术开发区"));
    }

    @Test
    void aZoneAfter高于IsStillTheComparedPeer() {
        var r = text("芜湖经开区一季度工业投资增长15.2%，增速高于合肥经开区4.1个百分点。", "2024-04-20");
        assertThat(indicator(r, Measure.YOY_GROWTH, 15.2).region()).isEqualTo("芜湖经济技术开发区");
    }

    @Test
    void theWholeOfAShareIsNotTheRegion() {
        // issue 8: 「现占北京市」 as a name, and the share filed under the whole it is compared with
        var r = text("绵阳科技城集聚高新技术企业840家，占四川省的9.5%。", "2023-03-01");
        IndicatorEvent share = indicator(r, Measure.SHARE, 9.5);
        assertThat(share.indicator()).isEqualTo("高新技术企业");
        assertThat(share.region()).isNotEqualTo("四川省");
    }

    @Test
    void thePartBefore占NamesTheShare() {
        var r = text("2022年，洛阳市先进制造业增加值占规模以上工业的比重达42.7%。", "2023-02-10");
        IndicatorEvent share = indicator(r, Measure.SHARE, 42.7);
        assertThat(share.indicator()).isEqualTo("先进制造业增加值");
        assertThat(share.region()).isEqualTo("河南省洛阳市");
    }

    @Test
    void aPlaceBeforeTheMeasureIsItsScopeNotItsName() {
        // issue 8: 「宁德第二产业占比仅」 as an indicator name
        var r = text("2021年，柳州第三产业增加值仅为1120亿元。", "2022-02-01");
        IndicatorEvent level = indicator(r, Measure.LEVEL, 1120);
        assertThat(level.indicator()).isEqualTo("第三产业增加值");
        assertThat(level.region()).isEqualTo("广西壮族自治区柳州市");
    }

    @Test
    void respectivelyGivesEachFigureItsItem() {
        var r = text("一季度，新能源汽车、光伏组件产量分别增长41.2%和17.5%。", "2024-04-20");
        assertThat(indicator(r, Measure.YOY_GROWTH, 41.2).indicator()).isEqualTo("新能源汽车产量");
        assertThat(indicator(r, Measure.YOY_GROWTH, 17.5).indicator()).isEqualTo("光伏组件产量");
    }

    /**
     * 「A、B两大主导产业分别实现产值X和Y，分别增长…」: the measure after 分别 names each item, a class phrase closing
     * the list gives each item its class noun, and the clause's second 分别 says the same list again.
     */
    @Test
    void aListWhoseMeasureFollows分别NamesEachFigureAndIsSaidAgain() {
        var r = text("前三季度，园区规上工业产值增长6.3%，其中光电信息、精细化工两大支柱产业分别完成产值512.4亿元和236.8亿元，" + "分别增长9.1%和4.2%。", "2024-10-22");
        assertThat(indicator(r, Measure.LEVEL, 512.4).indicator()).isEqualTo("光电信息产业产值");
        assertThat(indicator(r, Measure.LEVEL, 236.8).indicator()).isEqualTo("精细化工产业产值");
        assertThat(indicator(r, Measure.YOY_GROWTH, 9.1).indicator()).isEqualTo("光电信息产业产值");
        assertThat(indicator(r, Measure.YOY_GROWTH, 4.2).indicator()).isEqualTo("精细化工产业产值");
        var plain = text("1-8月，汽车、电子两个行业分别实现营收210亿元和95亿元。", "2024-09-20");
        assertThat(indicator(plain, Measure.LEVEL, 95).indicator()).isEqualTo("电子行业营收");
    }

    /** A change in points against an earlier period (比8月, 较一季度) is month on month; against a year ago, year on year. */
    @Test
    void pointsAgainstAnEarlierPeriodAreMonthOnMonth() {
        var month = text("九江经开区9月经济\n9月份，规上工业增加值同比增长8.4%，增速比8月回升1.6个百分点。", "2024-10-18");
        assertThat(indicator(month, Measure.MOM_GROWTH, 1.6).indicator()).isEqualTo("规上工业增加值");
        var quarter = text("漳州高新区上半年经济\n上半年，地区生产总值增长7.2%，增速较一季度加快0.9个百分点。", "2024-07-25");
        assertThat(indicator(quarter, Measure.MOM_GROWTH, 0.9).indicator()).isEqualTo("地区生产总值");
        var year = text("漳州高新区上半年经济\n上半年，地区生产总值增长7.2%，增速比上年同期加快0.9个百分点。", "2024-07-25");
        assertThat(indicator(year, Measure.YOY_GROWTH, 0.9).indicator()).isEqualTo("地区生产总值");
        var slower = text("漳州高新区前三季度经济\n前三季度，地区生产总值增长5.1%，增速较上半年放缓0.4个百分点。", "2024-10-25");
        assertThat(indicator(slower, Measure.MOM_GROWTH, -0.4).indicator()).isEqualTo("地区生产总值");
    }

    /** Counts in a 分别 list are each their item's; a zone or place opening the list is no part of its first item. */
    @Test
    void countsOfA分别ListAreEachTheirItemsAndTheOpeningPlaceIsNoName() {
        var r = text("漳州高新区2023年成绩单\n2023年，园区高新技术企业和专精特新企业分别达到860家和123家。", "2024-01-25");
        assertThat(indicator(r, Measure.COUNT, 860).indicator()).isEqualTo("高新技术企业");
        assertThat(indicator(r, Measure.COUNT, 123).indicator()).isEqualTo("专精特新企业");
        var patents = text("襄阳高新区知识产权\n全年襄阳高新区专利申请量、授权量分别为1.2万件和6800件。", "2024-01-25");
        assertThat(indicator(patents, Measure.COUNT, 1.2).indicator()).isEqualTo("专利申请量");
        assertThat(indicator(patents, Measure.COUNT, 6800).indicator()).isEqualTo("授权量");
    }

    /** 「A、B、C分别增长12.3、8.5和6.7%」: each growth is its item's; an item with a measure head of its own keeps it. */
    @Test
    void aListOfNumbersSharingOneUnitGivesEachItemItsFigure() {
        var r = text("宁乡经开区前三季度经济\n1-9月，规上工业产值、固定资产投资、税收收入分别增长12.3、8.5和6.7%。", "2024-10-25");
        assertThat(indicator(r, Measure.YOY_GROWTH, 12.3).indicator()).isEqualTo("规上工业产值");
        assertThat(indicator(r, Measure.YOY_GROWTH, 8.5).indicator()).isEqualTo("固定资产投资");
        assertThat(indicator(r, Measure.YOY_GROWTH, 6.7).indicator()).isEqualTo("税收收入");
    }

    @Test
    void aZoneWordRepeatedInAnArticleAboutOneCityIsThatCitysZone() {
        var r = text("开发区召开一季度经济形势分析会。\n一季度，开发区规上工业产值增长12.4%。\n开发区将继续做好服务。开发区负责人表示，扬州将全力支持。", "2023-04-12");
        assertThat(indicator(r, Measure.YOY_GROWTH, 12.4).region()).isEqualTo("扬州经济技术开发区");
    }

    @Test
    void aCountyShortNameInsideAnOrdinaryPhraseIsNoPlace() {
        // issue 8 (dev corpus): 「创新和…」 read as 新和县 in Xinjiang, in an article about a zone in Hebei
        var r = text("过去一年，我们坚持把引进人才、推动创新和改革作为头等大事，高新区营业收入达310亿元。", "2023-01-05");
        assertThat(indicator(r, Measure.LEVEL, 310).region()).isNull();
    }

    @Test
    void aPricePerAreaKeepsItsCompoundUnit() {
        var r = text("2022年，滨湖区新建商品住宅成交均价为23650元/平方米。", "2023-01-10");
        assertThat(indicator(r, Measure.LEVEL, 23650).unit()).isEqualTo("元/平方米");
    }

    @Test
    void whatAProjectWillYieldOnceBuiltIsNoIndicator() {
        var r = text("德阳某某新材料项目投产后年产值可达12亿元，年纳税8000万元。", "2023-05-06");
        assertThat(r.indicators()).isEmpty();
    }

    @Test
    void aPlantsAnnualCapacityIsNoIndicator() {
        var r = text("该厂年产电动自行车20万辆，产品销往东南亚。", "2023-05-06");
        assertThat(r.indicators()).isEmpty();
    }

    @Test
    void aThresholdNamingAClassIsNoFigure() {
        var r = text("2022年，江宁开发区营业收入超5000万元以上企业达到86家。", "2023-01-20");
        assertThat(r.indicators()).extracting(IndicatorEvent::value).containsExactly(86.0);
    }

    @Test
    void aDurationInMonthsIsNoCount() {
        var r = text("今年以来，全区工业用电量连续8个月保持增长。", "2023-09-02");
        assertThat(r.indicators()).isEmpty();
    }

    @Test
    void twoYearAverageGrowthKeepsTheMeasureNamedBefore() {
        var r = text("上半年，濮阳经开区规上工业增加值增长11.2%，两年平均增长9.6%。", "2021-07-22");
        IndicatorEvent avg = indicator(r, Measure.YOY_GROWTH, 9.6);
        assertThat(avg.indicator()).isEqualTo("规上工业增加值");
    }

    @Test
    void planAndGoalWordsMakeTargets() {
        // GUIDELINES: 计划, 目标, 拟 give target
        var r = text("2023年，海门经开区计划实现规上工业产值500亿元，拟新增高新技术企业40家。", "2023-02-01");
        assertThat(indicator(r, Measure.LEVEL, 500).status()).isEqualTo(zonepulse.events.Status.TARGET);
        assertThat(indicator(r, Measure.COUNT, 40).status()).isEqualTo(zonepulse.events.Status.TARGET);
    }

    @Test
    void aPlanOrGoalAFigureIsMeasuredAgainstIsNoTarget() {
        // dev corpus: 「实现倍增目标，全年完成工业投资…」 and 「…亿元,高于市下达的目标序时进度…」 read as targets
        var r = text("全年工业投资实现翻番目标，完成工业投资88.6亿元。截至目前，全区到位资金31.2亿元,高于省下达的目标进度2.5个百分点。", "2023-01-10");
        assertThat(indicator(r, Measure.LEVEL, 88.6).status()).isEqualTo(zonepulse.events.Status.ACTUAL);
        assertThat(indicator(r, Measure.LEVEL, 31.2).status()).isEqualTo(zonepulse.events.Status.ACTUAL);
    }

    @Test
    void aDecimalPointFollowedByASpaceInPdfTextKeepsItsFraction() {
        // dev corpus: 「24. 3 亿元」 from a PDF read as 3 亿元 named 「24」
        var r = text("2019年全区完成固定资产投资 31. 7 亿元,比上年增长 12. 4%。", "2020-01-15");
        assertThat(indicator(r, Measure.LEVEL, 31.7).indicator()).isEqualTo("固定资产投资");
        assertThat(indicator(r, Measure.YOY_GROWTH, 12.4).indicator()).isEqualTo("固定资产投资");
    }

    @Test
    void aClauseFragmentNamesNoMeasure() {
        // dev corpus: 「国家高新区以0.1%的国土面积…」 gave an indicator named 「国家高新区以」
        var r = text("全国经开区以2%的土地面积，贡献了约10%的工业产值。", "2023-06-01");
        assertThat(r.indicators()).extracting(IndicatorEvent::indicator).noneMatch(n -> n.endsWith("以"));
    }

    @Test
    void aPlaceThatStartsACompanysNameIsNoRegion() {
        var r = text("溧阳市上半年动力电池产业产值达420亿元，其中宁德时代贡献超过一半。", "2023-07-25");
        assertThat(indicator(r, Measure.LEVEL, 420).region()).isEqualTo("江苏省常州市溧阳市");
        var company = text("宁德时代溧阳基地四期投产，年产能达到50GWh。该项目总投资120亿元。", "2023-07-25");
        assertThat(company.indicators()).extracting(IndicatorEvent::region).doesNotContain("福建省宁德市");
    }

    @Test
    void whatAnAmountIsSpentOnIsNotItsName() {
        var r = text("某新材料企业拟投资15亿元建设华东研发中心。", "2023-09-28");
        assertThat(r.indicators()).extracting(IndicatorEvent::indicator).noneMatch(n -> n.contains("研发中心"));
    }

    @Test
    void aPlaceADirectionAndAZoneWordNameAnUnknownPark() {
        // dev corpus: figures of a district's northern science park were filed under the whole district
        var r = text("嘉定区北部工业园区上半年实现工业产值216亿元，增长7.4%。", "2023-07-18");
        assertThat(indicator(r, Measure.LEVEL, 216).region()).isEqualTo("嘉定区北部工业园区");
        var district = text("嘉定区北部地区上半年实现工业产值216亿元。", "2023-07-18");
        assertThat(indicator(district, Measure.LEVEL, 216).region()).isEqualTo("上海市嘉定区");
    }

    @Test
    void aDistrictInParenthesesAfterAZoneAnnotatesTheZone() {
        // a zone run together with a district 「X经开区（Y区）」 filed its figures under the district
        var r = text("合肥经开区（蜀山区）一季度汽车产量12万辆。", "2023-04-20");
        assertThat(indicator(r, Measure.COUNT, 12).region()).isEqualTo("合肥经济技术开发区");
        var district = text("合肥经开区发展迅速。蜀山区一季度汽车产量12万辆。", "2023-04-20");
        assertThat(indicator(district, Measure.COUNT, 12).region()).isEqualTo("安徽省合肥市蜀山区");
    }

    @Test
    void aLeadingWordThatStartsAMeasureWordStaysInTheName() {
        // 「就业人员」 read as 就|业人员, 「经济总量」 as 经|济总量, 「在建项目」 as 在|建项目
        var r = text("2023年，泰兴经开区就业人员达6.1万人，在建项目58个，经济总量突破900亿元。", "2024-01-25");
        assertThat(indicator(r, Measure.COUNT, 6.1).indicator()).isEqualTo("就业人员");
        assertThat(indicator(r, Measure.COUNT, 58).indicator()).isEqualTo("在建项目");
        assertThat(indicator(r, Measure.LEVEL, 900).indicator()).isEqualTo("经济总量");
        var brought = text("2023年，泰兴经开区累计引进项目230个。", "2024-01-25");
        assertThat(indicator(brought, Measure.COUNT, 230).indicator()).isEqualTo("引进项目");
        var stripped = text("2023年，全区在2.3万家企业中开展了调查。", "2024-01-25");
        assertThat(stripped.indicators()).extracting(IndicatorEvent::indicator).noneMatch(n -> n.startsWith("在"));
    }

    @Test
    void theWholeCityProvinceOrCountryOpeningAClauseIsThatPlace() {
        // 「全市地区生产总值增长6.0%」 in an article about a district was filed under the district
        var r = text("2023年成都市郫都区经济运行情况\n2023年，郫都区地区生产总值增长5.8%。全市地区生产总值增长4.6%，全省增长4.8%。", "2024-02-01");
        assertThat(indicator(r, Measure.YOY_GROWTH, 5.8).region()).isEqualTo("四川省成都市郫都区");
        assertThat(indicator(r, Measure.YOY_GROWTH, 4.6).region()).isEqualTo("四川省成都市");
        assertThat(indicator(r, Measure.YOY_GROWTH, 4.8).region()).isEqualTo("四川省");
        var zone = text("芜湖经开区新增规上企业\n芜湖经开区今年新增规上工业企业36家，居全市第一。", "2024-02-01");
        assertThat(indicator(zone, Measure.COUNT, 36).region()).isEqualTo("芜湖经济技术开发区");
    }

    /**
     * 该区, 该县, 该园区 opening a figure's clause are the place the article is about: before, a name starting with
     * 该 was taken for one project's (该项目占地…) and the figure dropped.
     */
    @Test
    void aPlaceTheTextPointsBackToWith该IsTheArticlesPlace() {
        var zone = text("襄阳高新区一季度经济运行\n一季度，该区完成规上工业产值412.5亿元，同比增长9.7%。", "2025-04-20");
        IndicatorEvent output = indicator(zone, Measure.LEVEL, 412.5);
        assertThat(output.indicator()).isEqualTo("规上工业产值");
        assertThat(output.region()).isEqualTo("襄阳高新技术产业开发区");
        var park = text("株洲高新区动态\n1-5月，该园区规上工业增加值同比增长8.3%。", "2025-06-20");
        assertThat(indicator(park, Measure.YOY_GROWTH, 8.3).indicator()).isEqualTo("规上工业增加值");
        var county = text("长兴县经济运行\n前三季度，该县实现地区生产总值612亿元。", "2025-10-25");
        assertThat(indicator(county, Measure.LEVEL, 612).region()).isEqualTo("浙江省湖州市长兴县");
        var city = text("荆门高新区动态\n2024年，该市实现地区生产总值2307亿元。", "2025-03-01");
        assertThat(indicator(city, Measure.LEVEL, 2307).region()).isEqualTo("湖北省荆门市");
    }

    /**
     * 「与该县共签约项目15个」: a place a determiner points at is a party to the signing, not a peer compared with, so
     * the count is the county's; 与…相比 still compares.
     */
    @Test
    void aPlaceADeterminerPointsAtAfter与IsAPartyNotAPeer() {
        var r = text("长兴县招商签约\n签约仪式上，江苏恒力、浙江天能等12家企业与该县共签约项目14个，总投资额86亿元。", "2025-05-10");
        assertThat(indicator(r, Measure.COUNT, 14).region()).isEqualTo("浙江省湖州市长兴县");
        var compared = text("长兴县招商签约\n浙江天能的产值与该县平均水平相比增长3.2%。", "2025-05-10");
        assertThat(indicator(compared, Measure.YOY_GROWTH, 3.2).region()).isEqualTo("浙江省");
    }

    /**
     * A place and a company park's word (产业园, 科技园) right after a company's name are part of that name, not a
     * park of their own: 「格林美荆门产业园一季度实现产值…」 gave the figure the region 荆门产业园.
     */
    @Test
    void aPlaceAndAParkWordAfterACompanysNameAreNoRegion() {
        var r = text("襄阳高新区一季度经济运行\n一季度，比亚迪襄阳产业园满产运行，规上工业产值增长9.5%。", "2025-04-18");
        assertThat(indicator(r, Measure.YOY_GROWTH, 9.5).region()).isEqualTo("襄阳高新技术产业开发区");
        // governed by a verb or a preposition, the same words name the park
        var governed = text("园区动态\n今年以来，入驻宁波科技园的企业实现营收88亿元。", "2025-04-18");
        assertThat(indicator(governed, Measure.LEVEL, 88).region()).isEqualTo("宁波科技园");
    }

    /** 「…等4家企业与孝感高新区签约」: the zone after 与 is the party signing, not a peer compared with. */
    @Test
    void aZoneAfter与InASigningIsAPartyNotAPeer() {
        var r = text("孝感招商\n当天，湖北楚天锻造等4家企业与孝感高新区签约，总投资9.3亿元。", "2025-05-10");
        assertThat(indicator(r, Measure.LEVEL, 9.3).region()).isEqualTo("孝感高新技术产业开发区");
    }
}
