// zonepulse dashboard: pages over the read API v1 (/api/v1), charts by ECharts. No build step: plain browser JavaScript.
"use strict";

const STAGES = {
  signed: "签约", landed: "落地", land_acquired: "摘牌", groundbreaking: "奠基",
  construction_started: "开工", topped_out: "封顶", completed: "竣工", in_production: "投产", none: "尚无阶段"
};
const STAGE_ORDER = ["signed", "landed", "land_acquired", "groundbreaking", "construction_started", "topped_out", "completed", "in_production"];
const MEASURES = { level: "总量", yoy_growth: "同比增速", mom_growth: "环比增速", share: "占比", count: "数量" };
const STATUSES = { actual: "实际", target: "目标", forecast: "预测" };

/** GET a path of the API as JSON; a problem detail becomes an Error with its detail. */
async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.detail || body.title || ("HTTP " + response.status));
  }
  return body;
}

/** Every item of a paged list, following the next links. */
async function all(path) {
  const items = [];
  let next = path;
  while (next) {
    const page = await api(next);
    items.push(...page.items);
    next = page.next;
  }
  return items;
}

/** An element with attributes and children (strings become text nodes: nothing from the API is parsed as HTML). */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function link(href, text) { return el("a", { href }, text); }
function zoneLink(region) { return region ? link("zone.html?region=" + encodeURIComponent(region), region) : el("span", { class: "muted" }, "未知"); }
function projectLink(key, name) { return link("project.html?key=" + encodeURIComponent(key), name || key); }
function articleLink(articleId, text, eventId) {
  return link("article.html?id=" + encodeURIComponent(articleId) + (eventId ? "#ev-" + eventId : ""), text || articleId);
}
function stageLabel(stage) { return STAGES[stage] || stage || "—"; }
function param(name) { return new URLSearchParams(location.search).get(name); }
function day(instant) { return instant ? instant.substring(0, 10) : "—"; }

/** A figure for people: 371340000000 元 → 3713.4 亿元. */
function amount(quantity) {
  if (!quantity) return "—";
  const { value, unit } = quantity;
  if (unit === "元" && Math.abs(value) >= 1e8) return round(value / 1e8) + " 亿元";
  if (unit === "元" && Math.abs(value) >= 1e4) return round(value / 1e4) + " 万元";
  return round(value) + " " + unit;
}
function round(x) { return Math.round(x * 100) / 100; }

function flags(f) {
  const out = [];
  if (f && f.stageReportedBackwards) out.push(el("span", { class: "flag", title: "阶段倒序：较早阶段在更晚阶段之后被报道" }, "阶段倒序"));
  if (f && f.expectedDatePassed) out.push(el("span", { class: "flag", title: "计划日期已过而未见报道" }, "逾期未达"));
  return out;
}

/** Runs a page's loader; an error is shown on the page (and left in the console for the browser tests to see). */
function page(loader) {
  document.addEventListener("DOMContentLoaded", () => {
    loader().catch(error => {
      console.error(error);
      document.querySelector("main").prepend(el("p", { class: "error" }, "加载失败：" + error.message));
    });
  });
}

function chart(container, option) {
  const c = echarts.init(container);
  c.setOption(option);
  window.addEventListener("resize", () => c.resize());
  return c;
}
