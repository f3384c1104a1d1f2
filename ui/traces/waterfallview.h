#pragma once

#include "core/traces/tracetree.h"

#include <QAbstractScrollArea>
#include <QVector>

namespace Gui {

// A trace as a waterfall: one row per span, indented by depth, a bar on a
// shared time axis coloured by service; error spans marked red; the critical
// path drawn as a dark band over the bars that carry it. Paints only the rows in
// view, so a 10,000-span trace scrolls as smoothly as a small one; the tree and
// its critical path come ready-made from the thread pool (Traces::TraceService).
// Click the triangle (or Left/Right) to collapse or expand a subtree; hover for
// the span's tags; Ctrl+C copies the selected span whole.
class WaterfallView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaterfallView)
public:
    // Tag values longer than this are shortened on screen (never in the copy).
    static constexpr int kShownValueChars = 300;

    explicit WaterfallView(QWidget *parent = nullptr);
    ~WaterfallView() override;

    void setTree(Traces::TraceTreePtr tree);
    const Traces::TraceTreePtr &tree() const { return m_tree; }
    void clear();

    // Rows on screen, in order (node indices); for tests.
    const QVector<int> &rows() const { return m_rows; }
    int rowHeight() const;
    int selectedNode() const { return m_selected; }
    void selectNode(int node);
    void setCollapsed(int node, bool collapsed);
    bool isCollapsed(int node) const { return node >= 0 && node < m_collapsed.size() && m_collapsed.at(node); }
    // The colour of a service, the same in every trace.
    static QColor serviceColor(const QString &service);
    // The text of a span for the clipboard and tooltips; `maxValueChars` < 0: whole values.
    QString spanText(int node, int maxValueChars) const;
    void copySelected() const;

signals:
    void selectionChanged(int node);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    void updateScrollBars();
    int rowAt(int y) const;
    int nameWidth() const;
    int headerHeight() const;
    double xFor(qint64 us, int left, int width) const;
    void ensureVisible(int row);

    Traces::TraceTreePtr m_tree;
    QVector<bool> m_collapsed;
    QVector<int> m_rows;
    QVector<int> m_rowOf; // node -> row, -1 when hidden
    QVector<QVector<std::pair<qint64, qint64>>> m_critical; // node -> its critical stretches
    int m_selected = -1;
};

} // namespace Gui
