#include "core/cost/controlledrounding.h"

#include "core/cost/money.h"

#include <deque>
#include <limits>
#include <vector>

namespace Cost {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// A small residual network: edges in pairs (e, e ^ 1), integer capacities and costs.
class Network
{
public:
    explicit Network(int nodes) : m_adjacent(size_t(nodes)) { }

    // An edge already carrying `flow` of its `capacity`.
    int addEdge(int from, int to, qint64 capacity, qint64 cost, qint64 flow = 0)
    {
        const int id = int(m_edges.size());
        m_edges.push_back({to, capacity - flow, cost});
        m_edges.push_back({from, flow, -cost});
        m_adjacent[size_t(from)].push_back(id);
        m_adjacent[size_t(to)].push_back(id + 1);
        return id;
    }
    qint64 flowOn(int edge) const { return m_edges[size_t(edge ^ 1)].capacity; }
    // Successive shortest paths (Bellman-Ford with a queue): pushes `source` to `sink`
    // along the cheapest residual path each time, so the result is a least-cost flow
    // as long as the starting residual network has no negative cycle.
    qint64 minCostFlow(int source, int sink)
    {
        const int n = int(m_adjacent.size());
        qint64 total = 0;
        constexpr qint64 kInf = std::numeric_limits<qint64>::max() / 4;
        for (;;) {
            std::vector<qint64> distance(size_t(n), kInf);
            std::vector<int> via(size_t(n), -1);
            std::vector<char> queued(size_t(n), 0);
            std::deque<int> queue{source};
            distance[size_t(source)] = 0;
            while (!queue.empty()) {
                const int u = queue.front();
                queue.pop_front();
                queued[size_t(u)] = 0;
                for (int e : m_adjacent[size_t(u)]) {
                    const Edge &edge = m_edges[size_t(e)];
                    if (edge.capacity <= 0 || distance[size_t(u)] + edge.cost >= distance[size_t(edge.to)])
                        continue;
                    distance[size_t(edge.to)] = distance[size_t(u)] + edge.cost;
                    via[size_t(edge.to)] = e;
                    if (!queued[size_t(edge.to)]) {
                        queued[size_t(edge.to)] = 1;
                        queue.push_back(edge.to);
                    }
                }
            }
            if (distance[size_t(sink)] == kInf)
                return total;
            qint64 push = std::numeric_limits<qint64>::max();
            for (int v = sink; v != source; v = m_edges[size_t(via[size_t(v)] ^ 1)].to)
                push = std::min(push, m_edges[size_t(via[size_t(v)])].capacity);
            for (int v = sink; v != source; v = m_edges[size_t(via[size_t(v)] ^ 1)].to) {
                m_edges[size_t(via[size_t(v)])].capacity -= push;
                m_edges[size_t(via[size_t(v)] ^ 1)].capacity += push;
            }
            total += push;
        }
    }

private:
    struct Edge
    {
        int to = 0;
        qint64 capacity = 0;
        qint64 cost = 0;
    };
    std::vector<Edge> m_edges;
    std::vector<std::vector<int>> m_adjacent;
};

} // namespace

RoundedTable ControlledRounding::round(const RoundingInput &in, int minorDigits)
{
    const int C = in.columns;
    const int G = in.groups;
    const int R = int(in.groupOfRow.size());
    Q_ASSERT(in.micros.size() == qsizetype(R) * C);
    qint64 unit = 1;
    for (int i = minorDigits; i < 6; ++i)
        unit *= 10;

    // Exact sums, in micro-units.
    QVector<qint64> groupCells(G * C, 0), rowTotals(R, 0), groupTotals(G, 0), columnTotals(C, 0);
    qint64 grand = 0;
    for (int r = 0; r < R; ++r) {
        const int g = in.groupOfRow.at(r);
        for (int c = 0; c < C; ++c) {
            const qint64 x = in.micros.at(r * C + c);
            groupCells[g * C + c] += x;
            rowTotals[r] += x;
            groupTotals[g] += x;
            columnTotals[c] += x;
            grand += x;
        }
    }

    // Nodes: S, T, columns, group cells, rows, groups, then the super source and sink.
    const int S = 0, T = 1;
    auto colNode = [&](int c) { return 2 + c; };
    auto groupCellNode = [&](int g, int c) { return 2 + C + g * C + c; };
    auto rowNode = [&](int r) { return 2 + C + G * C + r; };
    auto groupNode = [&](int g) { return 2 + C + G * C + R + g; };
    const int SS = 2 + C + G * C + R + G, TT = SS + 1;
    Network net(TT + 1);
    std::vector<qint64> excess(size_t(TT + 1), 0);

    struct Bounded
    {
        int edge;
        qint64 lower;
    };
    // An edge carrying an exact amount x may carry floor(x) or ceil(x) minor units;
    // moving from floor to ceil costs how much further from x that is. Each starts
    // at the nearer of the two, so no residual edge has a negative cost and the
    // repair below only ever moves a figure to its second-best rounding.
    auto addValueEdge = [&](int from, int to, qint64 micros) {
        const qint64 lower = floorDiv(micros, unit);
        const qint64 rem = micros - lower * unit;
        const qint64 capacity = rem == 0 ? 0 : 1;
        const qint64 start = 2 * rem >= unit ? capacity : 0;
        excess[size_t(to)] += lower + start;
        excess[size_t(from)] -= lower + start;
        return Bounded{net.addEdge(from, to, capacity, unit - 2 * rem, start), lower};
    };

    std::vector<Bounded> columnEdges, groupCellEdges, cellEdges, rowEdges, groupEdges;
    for (int c = 0; c < C; ++c)
        columnEdges.push_back(addValueEdge(S, colNode(c), columnTotals.at(c)));
    for (int g = 0; g < G; ++g)
        for (int c = 0; c < C; ++c)
            groupCellEdges.push_back(addValueEdge(colNode(c), groupCellNode(g, c), groupCells.at(g * C + c)));
    for (int r = 0; r < R; ++r)
        for (int c = 0; c < C; ++c)
            cellEdges.push_back(addValueEdge(groupCellNode(in.groupOfRow.at(r), c), rowNode(r), in.micros.at(r * C + c)));
    for (int r = 0; r < R; ++r)
        rowEdges.push_back(addValueEdge(rowNode(r), groupNode(in.groupOfRow.at(r)), rowTotals.at(r)));
    for (int g = 0; g < G; ++g)
        groupEdges.push_back(addValueEdge(groupNode(g), T, groupTotals.at(g)));
    // The grand total closes the circulation, pinned to the nearest minor unit.
    const qint64 total = Money::toMinor(grand, minorDigits);
    excess[size_t(S)] += total;
    excess[size_t(T)] -= total;

    // Nodes where the nearest roundings do not balance send or take the difference.
    qint64 needed = 0;
    for (int v = 0; v < SS; ++v) {
        if (excess[size_t(v)] > 0) {
            net.addEdge(SS, v, excess[size_t(v)], 0);
            needed += excess[size_t(v)];
        } else if (excess[size_t(v)] < 0) {
            net.addEdge(v, TT, -excess[size_t(v)], 0);
        }
    }
    const qint64 pushed = net.minCostFlow(SS, TT);
    Q_ASSERT(pushed == needed); // feasible by the integrality theorem (see the header)
    Q_UNUSED(pushed)
    Q_UNUSED(needed)

    auto valueOf = [&](const Bounded &b) { return b.lower + net.flowOn(b.edge); };
    RoundedTable out;
    out.columns = C;
    out.total = total;
    for (const Bounded &b : columnEdges)
        out.columnTotals.append(valueOf(b));
    for (const Bounded &b : groupCellEdges)
        out.groupCells.append(valueOf(b));
    for (const Bounded &b : cellEdges)
        out.cells.append(valueOf(b));
    for (const Bounded &b : rowEdges)
        out.rowTotals.append(valueOf(b));
    for (const Bounded &b : groupEdges)
        out.groupTotals.append(valueOf(b));
    return out;
}

} // namespace Cost
