"""Chart geometry for the server-rendered SVG charts: month bars that link to a filtered search, topic lines,
and a circular co-participation graph. No charting library and no script: the templates draw what this
computes, so the charts work without JavaScript and are the same in every browser."""
from __future__ import annotations

import calendar
import math
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from index.model import Bucket
from index.trends import Network, TopicTrends, fill_months

MIN_SLOTS = 12
PALETTE = ("#0b57d0", "#b3261e", "#146c2e", "#7c4dff", "#b06000", "#00838f", "#c2185b", "#5d4037")


def month_span(month: str) -> tuple[str, str]:
    """`2024-06` → (`2024-06-01`, `2024-06-30`)."""
    y, m = int(month[:4]), int(month[5:7])
    return f"{month}-01", f"{month}-{calendar.monthrange(y, m)[1]:02d}"


def search_link(params: dict[str, list[str]], path: str = "/", **change: str | None) -> str:
    """`params` (a search's filters) with some changed (None clears one), as a URL."""
    merged = {k: list(v) for k, v in params.items() if k != "search_after"}
    for k, v in change.items():
        merged[k] = [] if v is None else [v]
    return path + "?" + urlencode([(k, x) for k, vals in merged.items() for x in vals if x])


@dataclass
class Bar:
    x: float
    y: float
    w: float
    h: float
    month: str
    count: int
    href: str
    selected: bool
    tick: str | None  # a year label under January (and the first bar)


@dataclass
class BarChart:
    width: int
    height: int
    bars: list[Bar]
    peak: int


def month_bars(buckets: list[Bucket], params: dict[str, list[str]], width: int = 720, height: int = 110
               ) -> BarChart:
    """One bar per month (empty months too); each links to the search limited to that month."""
    months = fill_months(buckets)
    peak = max((b.count for b in months), default=0)
    step = width / max(len(months), MIN_SLOTS)  # a few months do not make a few giant bars
    bars = []
    for i, b in enumerate(months):
        start, end = month_span(b.value)
        h = (height - 18) * b.count / peak if peak else 0
        h = max(h, 2.0) if b.count else 0.0
        chosen = params.get("date_from") == [start] and params.get("date_to") == [end]
        tick = b.value[:4] if i == 0 or b.value.endswith("-01") else None
        bars.append(Bar(x=round(i * step + step * 0.1, 2), y=round(height - 16 - h, 2), w=round(step * 0.8, 2),
                        h=round(h, 2), month=b.value, count=b.count, selected=chosen, tick=tick,
                        href=search_link(params, date_from=start, date_to=end)))
    return BarChart(width=width, height=height, bars=bars, peak=peak)


@dataclass
class Point:
    x: float
    y: float
    month: str
    count: int
    href: str


@dataclass
class Line:
    topic: str
    color: str
    total: int
    points: list[Point]
    href: str

    @property
    def path(self) -> str:
        return " ".join(f"{p.x},{p.y}" for p in self.points)


@dataclass
class LineChart:
    width: int
    height: int
    lines: list[Line]
    peak: int
    ticks: list[tuple[float, str]] = field(default_factory=list)


def topic_lines(trends: TopicTrends, params: dict[str, list[str]], width: int = 720, height: int = 220
                ) -> LineChart:
    """A line per topic over the months; each point links to the search for that topic in that month."""
    n = len(trends.months)
    peak = max((c for s in trends.topics for c in s.counts), default=0)
    step = (width - 20) / max(n - 1, 1)
    lines = []
    for i, s in enumerate(trends.topics):
        points = []
        for j, (month, count) in enumerate(zip(trends.months, s.counts, strict=True)):
            start, end = month_span(month)
            y = height - 20 - (height - 40) * count / peak if peak else height - 20
            points.append(Point(x=round(10 + j * step, 2), y=round(y, 2), month=month, count=count,
                                href=search_link(params, topics=s.topic, date_from=start, date_to=end)))
        lines.append(Line(topic=s.topic, color=PALETTE[i % len(PALETTE)], total=s.total, points=points,
                          href=search_link(params, topics=s.topic)))
    ticks = [(round(10 + j * step, 2), m[:4]) for j, m in enumerate(trends.months) if j == 0 or m.endswith("-01")]
    return LineChart(width=width, height=height, lines=lines, peak=peak, ticks=ticks)


@dataclass
class GNode:
    id: str
    label: str
    events: int
    x: float
    y: float
    r: float
    href: str


@dataclass
class GEdge:
    x1: float
    y1: float
    x2: float
    y2: float
    weight: int
    width: float
    label: str


@dataclass
class Graph:
    size: int
    nodes: list[GNode]
    edges: list[GEdge]


def circle_graph(net: Network, size: int = 560) -> Graph:
    """Nodes on a circle (most events first, clockwise from the top), edges as lines as thick as their weight."""
    n = len(net.nodes)
    centre, radius = size / 2, size / 2 - 70
    top = max((x.events for x in net.nodes), default=1)
    heaviest = max((e.weight for e in net.edges), default=1)
    nodes: dict[str, GNode] = {}
    for i, node in enumerate(net.nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(n, 1)
        page = "country" if net.by == "participants" else "person"
        nodes[node.id] = GNode(id=node.id, label=node.label, events=node.events,
                               x=round(centre + radius * math.cos(angle), 1),
                               y=round(centre + radius * math.sin(angle), 1),
                               r=round(6 + 14 * math.sqrt(node.events / top), 1),
                               href=f"/view/{page}/{quote(node.id, safe='')}")
    edges = [GEdge(x1=nodes[e.source].x, y1=nodes[e.source].y, x2=nodes[e.target].x, y2=nodes[e.target].y,
                   weight=e.weight, width=round(1 + 7 * e.weight / heaviest, 1),
                   label=f"{nodes[e.source].label} – {nodes[e.target].label}: {e.weight}")
             for e in net.edges if e.source in nodes and e.target in nodes]
    return Graph(size=size, nodes=list(nodes.values()), edges=edges)
