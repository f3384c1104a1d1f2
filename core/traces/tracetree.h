#pragma once

#include "core/traces/tracetypes.h"

#include <QStringList>
#include <QVector>

#include <memory>

namespace Traces {

// One span of a trace placed in its tree, with times made drawable.
struct TraceNode
{
    int span = -1;        // index into Trace::spans; -1 for the synthetic root
    int parent = -1;      // node index; -1 for the root
    QVector<int> children; // node indices, by start time
    int depth = 0;
    qint64 startUs = 0;   // after clamping and clock-skew adjustment
    qint64 durationUs = 0;
    qint64 skewShiftUs = 0; // added to the received start (clock skew), 0 if none
    bool onCriticalPath = false;
    int position = 0;     // in preorder
    int subtreeEnd = 0;   // preorder position just past this node's subtree

    int descendants() const { return subtreeEnd - position - 1; }

    qint64 endUs() const { return startUs + durationUs; }
};

// A stretch of time during which one span is what the trace waits for.
struct CriticalSegment
{
    int node = -1;
    qint64 startUs = 0;
    qint64 endUs = 0;
};

// The span tree of one trace, built so that any input gives a drawable tree:
// spans naming a missing parent hang under the root, cycles are cut, negative
// durations become 0 and a child that a remote service's clock puts outside its
// parent is shifted into it. Each repair is counted and reported in warnings().
// Built off the GUI thread (10,000 spans: a few milliseconds); immutable after.
class TraceTree final
{
public:
    struct Repairs
    {
        int missingParents = 0;
        int cycles = 0;
        int negativeDurations = 0;
        int skewedSpans = 0;
        qint64 maxSkewUs = 0;
        int duplicateIds = 0;
    };

    static std::shared_ptr<const TraceTree> build(TracePtr trace);

    const Trace &trace() const { return *m_trace; }
    TracePtr tracePtr() const { return m_trace; }
    const QVector<TraceNode> &nodes() const { return m_nodes; }
    const TraceNode &node(int index) const { return m_nodes.at(index); }
    // The span of a node, or null for the synthetic root.
    const Span *span(int node) const;
    int root() const { return m_root; }
    bool hasSyntheticRoot() const { return m_nodes.at(m_root).span < 0; }
    // Every node, depth first, children by start time.
    const QVector<int> &preorder() const { return m_preorder; }
    int maxDepth() const { return m_maxDepth; }
    qint64 startUs() const { return m_nodes.at(m_root).startUs; }
    qint64 durationUs() const { return m_nodes.at(m_root).durationUs; }

    const Repairs &repairs() const { return m_repairs; }
    // One translated sentence per kind of repair; empty for a clean trace.
    QStringList warnings() const;

    const QVector<CriticalSegment> &criticalPath() const { return m_critical; }
    qint64 criticalPathUs() const;

    // The rows shown when the nodes flagged in `collapsed` (indexed by node)
    // hide their descendants: preorder minus hidden subtrees.
    QVector<int> visibleRows(const QVector<bool> &collapsed) const;

private:
    explicit TraceTree(TracePtr trace) : m_trace(std::move(trace)) { }
    void link();
    void adjustTimes();
    void index();
    void computeCriticalPath();

    TracePtr m_trace;
    QVector<TraceNode> m_nodes;
    QVector<int> m_preorder;
    QVector<CriticalSegment> m_critical;
    Repairs m_repairs;
    int m_root = 0;
    int m_maxDepth = 0;
};

using TraceTreePtr = std::shared_ptr<const TraceTree>;

} // namespace Traces

Q_DECLARE_METATYPE(Traces::TraceTreePtr)
