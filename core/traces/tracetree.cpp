#include "core/traces/tracetree.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Traces {

namespace {

constexpr int kNoParent = -1;
constexpr int kMissingParent = -2;

QString durationText(qint64 us)
{
    if (us >= 1'000'000)
        return QCoreApplication::translate("Traces", "%1 s").arg(static_cast<double>(us) / 1e6, 0, 'f', 2);
    return QCoreApplication::translate("Traces", "%1 ms").arg(static_cast<double>(us) / 1e3, 0, 'f', 1);
}

} // namespace

std::shared_ptr<const TraceTree> TraceTree::build(TracePtr trace)
{
    if (!trace)
        trace = std::make_shared<const Trace>();
    std::shared_ptr<TraceTree> tree(new TraceTree(std::move(trace)));
    tree->link();
    tree->adjustTimes();
    tree->index();
    tree->computeCriticalPath();
    return tree;
}

const Span *TraceTree::span(int node) const
{
    const int s = m_nodes.at(node).span;
    return s < 0 ? nullptr : &m_trace->spans.at(s);
}

// Gives every span a parent node: its referenced parent when that exists and
// does not lead round in a circle, else the root.
void TraceTree::link()
{
    const QVector<Span> &spans = m_trace->spans;
    const int n = static_cast<int>(spans.size());
    QHash<QString, int> byId;
    byId.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (byId.contains(spans.at(i).spanId))
            ++m_repairs.duplicateIds;
        else
            byId.insert(spans.at(i).spanId, i);
    }

    QVector<int> parent(n, kNoParent);
    for (int i = 0; i < n; ++i) {
        const QString id = spans.at(i).parentSpanId();
        if (id.isEmpty())
            continue;
        parent[i] = byId.value(id, kMissingParent);
        if (parent[i] == kMissingParent)
            ++m_repairs.missingParents;
    }

    m_nodes.resize(n);
    for (int i = 0; i < n; ++i) {
        m_nodes[i].span = i;
        m_nodes[i].startUs = spans.at(i).startUs;
        m_nodes[i].durationUs = spans.at(i).durationUs;
        if (m_nodes[i].durationUs < 0) {
            ++m_repairs.negativeDurations;
            m_nodes[i].durationUs = 0;
        }
    }
    QVector<QVector<int>> children(n);
    for (int i = 0; i < n; ++i)
        if (parent.at(i) >= 0)
            children[parent.at(i)].append(i);

    // Everything reachable from a parentless span is in the tree; what is left
    // hangs from a cycle. Cut the earliest unreached span loose, repeat.
    QVector<bool> reached(n, false);
    QVector<int> tops;
    QVector<int> stack;
    auto reach = [&](int from) {
        stack.append(from);
        reached[from] = true;
        while (!stack.isEmpty()) {
            const int u = stack.takeLast();
            for (int c : children.at(u)) {
                if (!reached.at(c)) {
                    reached[c] = true;
                    stack.append(c);
                }
            }
        }
    };
    for (int i = 0; i < n; ++i) {
        if (parent.at(i) < 0) {
            tops.append(i);
            reach(i);
        }
    }
    QVector<int> byStart(n);
    std::iota(byStart.begin(), byStart.end(), 0);
    std::stable_sort(byStart.begin(), byStart.end(),
                     [&](int a, int b) { return spans.at(a).startUs < spans.at(b).startUs; });
    for (int i : std::as_const(byStart)) {
        if (reached.at(i))
            continue;
        ++m_repairs.cycles;
        children[parent.at(i)].removeOne(i);
        parent[i] = kNoParent;
        tops.append(i);
        reach(i);
    }

    const bool singleRoot = tops.size() == 1 && m_repairs.missingParents == 0 && m_repairs.cycles == 0;
    if (singleRoot) {
        m_root = tops.first();
    } else {
        m_root = n;
        TraceNode root;
        root.span = -1;
        m_nodes.append(root);
        children.append(tops);
        for (int t : std::as_const(tops))
            parent[t] = m_root;
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        m_nodes[i].parent = i == m_root ? -1 : parent.at(i);
        m_nodes[i].children = children.at(i);
    }
}

// Clock skew: a child on another service whose interval lies outside its
// parent's is moved (with its subtree) to start inside it, the way Jaeger's
// adjuster does. FOLLOWS_FROM children may outlive their parent: left alone.
void TraceTree::adjustTimes()
{
    QVector<int> stack{m_root};
    while (!stack.isEmpty()) {
        const int u = stack.takeLast();
        TraceNode &node = m_nodes[u];
        for (int c : std::as_const(node.children)) {
            TraceNode &child = m_nodes[c];
            child.startUs += node.skewShiftUs; // the parent's shift carries down
            child.skewShiftUs = node.skewShiftUs;
            const Span *cs = span(c);
            const Span *ps = span(u);
            const bool childOf = cs && !cs->references.isEmpty() && cs->references.first().type == RefType::ChildOf;
            if (ps && cs && childOf && cs->service != ps->service) {
                qint64 delta = 0;
                if (child.startUs < node.startUs)
                    delta = node.startUs - child.startUs;
                else if (child.endUs() > node.endUs())
                    delta = std::max(node.startUs, node.endUs() - child.durationUs) - child.startUs;
                if (delta != 0) {
                    child.startUs += delta;
                    child.skewShiftUs += delta;
                    ++m_repairs.skewedSpans;
                    m_repairs.maxSkewUs = std::max(m_repairs.maxSkewUs, std::abs(delta));
                }
            }
            stack.append(c);
        }
    }
    if (hasSyntheticRoot()) {
        qint64 start = std::numeric_limits<qint64>::max();
        qint64 end = std::numeric_limits<qint64>::min();
        for (int i = 0; i < m_nodes.size(); ++i) {
            if (i == m_root)
                continue;
            start = std::min(start, m_nodes.at(i).startUs);
            end = std::max(end, m_nodes.at(i).endUs());
        }
        if (start > end)
            start = end = 0;
        m_nodes[m_root].startUs = start;
        m_nodes[m_root].durationUs = end - start;
    }
}

void TraceTree::index()
{
    for (TraceNode &node : m_nodes) {
        std::stable_sort(node.children.begin(), node.children.end(),
                         [this](int a, int b) { return m_nodes.at(a).startUs < m_nodes.at(b).startUs; });
    }
    m_preorder.clear();
    m_preorder.reserve(m_nodes.size());
    // (node, next child position): iterative so that a 10,000-deep chain is fine.
    QVector<std::pair<int, int>> stack{{m_root, 0}};
    m_nodes[m_root].depth = 0;
    m_preorder.append(m_root);
    while (!stack.isEmpty()) {
        auto &[u, next] = stack.last();
        if (next < m_nodes.at(u).children.size()) {
            const int c = m_nodes.at(u).children.at(next++);
            m_nodes[c].depth = m_nodes.at(u).depth + 1;
            m_nodes[c].position = static_cast<int>(m_preorder.size());
            m_maxDepth = std::max(m_maxDepth, m_nodes.at(c).depth);
            m_preorder.append(c);
            stack.append({c, 0});
        } else {
            m_nodes[u].subtreeEnd = static_cast<int>(m_preorder.size());
            stack.removeLast();
        }
    }
}

// The standard walk: from the root's end, back through the child that finished
// last before that point; the gaps between children belong to the parent.
void TraceTree::computeCriticalPath()
{
    struct Frame
    {
        int node;
        qint64 cursor;
        QVector<int> byEnd; // children, latest end first
        int next = 0;
    };
    auto frame = [this](int node, qint64 cursor) {
        Frame f{node, cursor, m_nodes.at(node).children, 0};
        std::stable_sort(f.byEnd.begin(), f.byEnd.end(),
                         [this](int a, int b) { return m_nodes.at(a).endUs() > m_nodes.at(b).endUs(); });
        m_nodes[node].onCriticalPath = true;
        return f;
    };
    QVector<Frame> stack;
    stack.append(frame(m_root, m_nodes.at(m_root).endUs()));
    while (!stack.isEmpty()) {
        Frame &f = stack.last();
        const TraceNode &node = m_nodes.at(f.node);
        bool descended = false;
        while (f.next < f.byEnd.size()) {
            const int c = f.byEnd.at(f.next++);
            const TraceNode &child = m_nodes.at(c);
            if (child.startUs >= f.cursor || child.startUs < node.startUs)
                continue;
            const qint64 childEnd = std::min(child.endUs(), f.cursor);
            if (childEnd < f.cursor)
                m_critical.append({f.node, childEnd, f.cursor});
            f.cursor = child.startUs;
            stack.append(frame(c, childEnd));
            descended = true;
            break;
        }
        if (descended)
            continue;
        if (node.startUs < f.cursor)
            m_critical.append({f.node, node.startUs, f.cursor});
        stack.removeLast();
    }
    std::sort(m_critical.begin(), m_critical.end(),
              [](const CriticalSegment &a, const CriticalSegment &b) { return a.startUs < b.startUs; });
}

qint64 TraceTree::criticalPathUs() const
{
    qint64 total = 0;
    for (const CriticalSegment &s : m_critical)
        total += s.endUs - s.startUs;
    return total;
}

QVector<int> TraceTree::visibleRows(const QVector<bool> &collapsed) const
{
    QVector<int> rows;
    rows.reserve(m_preorder.size());
    for (int pos = 0; pos < m_preorder.size();) {
        const int node = m_preorder.at(pos);
        rows.append(node);
        if (node < collapsed.size() && collapsed.at(node))
            pos = m_nodes.at(node).subtreeEnd;
        else
            ++pos;
    }
    return rows;
}

QStringList TraceTree::warnings() const
{
    QStringList out;
    const Repairs &r = m_repairs;
    if (r.missingParents > 0)
        out << QCoreApplication::translate("Traces", "%n span(s) name a parent that is not in the trace; they are "
                                                     "shown under the trace root.", nullptr, r.missingParents);
    if (r.cycles > 0)
        out << QCoreApplication::translate("Traces", "The parent references form %n cycle(s); each was cut at its "
                                                     "earliest span.", nullptr, r.cycles);
    if (r.negativeDurations > 0)
        out << QCoreApplication::translate("Traces", "%n span(s) have a negative duration; shown as 0.", nullptr,
                                           r.negativeDurations);
    if (r.skewedSpans > 0)
        out << QCoreApplication::translate("Traces", "Clock skew between services: %n span(s) moved into their "
                                                     "parent, by up to %1.", nullptr, r.skewedSpans)
                   .arg(durationText(r.maxSkewUs));
    if (r.duplicateIds > 0)
        out << QCoreApplication::translate("Traces", "%n span(s) repeat the id of an earlier span.", nullptr,
                                           r.duplicateIds);
    return out;
}

} // namespace Traces
