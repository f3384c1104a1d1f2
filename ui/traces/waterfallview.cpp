#include "ui/traces/waterfallview.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <array>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

constexpr int kIndent = 14;
constexpr int kTriangle = 12;

QString durationText(qint64 us)
{
    if (us >= 1'000'000)
        return WaterfallView::tr("%1 s").arg(static_cast<double>(us) / 1e6, 0, 'f', 2);
    if (us >= 1'000)
        return WaterfallView::tr("%1 ms").arg(static_cast<double>(us) / 1e3, 0, 'f', 1);
    return WaterfallView::tr("%1 µs").arg(us);
}

QString shortened(const QString &value, int maxChars)
{
    if (maxChars < 0 || value.size() <= maxChars)
        return value;
    return value.left(maxChars) + u"… "_s + WaterfallView::tr("(%n characters)", nullptr, static_cast<int>(value.size()));
}

} // namespace

WaterfallView::WaterfallView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(u"waterfall"_s);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);
    verticalScrollBar()->setSingleStep(rowHeight());
}

WaterfallView::~WaterfallView() = default;

QColor WaterfallView::serviceColor(const QString &service)
{
    // Twelve hues that stay apart on white and for common colour blindness.
    static const std::array<QColor, 12> palette{
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
        QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22),
        QColor(0x39, 0x3b, 0x79), QColor(0x63, 0x79, 0x39), QColor(0x84, 0x3c, 0x39), QColor(0x7f, 0x7f, 0x7f)};
    return palette.at(qHash(service, 0) % palette.size());
}

int WaterfallView::rowHeight() const
{
    return fontMetrics().height() + 6;
}

int WaterfallView::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int WaterfallView::nameWidth() const
{
    return std::clamp(viewport()->width() * 2 / 5, 160, 480);
}

void WaterfallView::clear()
{
    m_tree.reset();
    m_collapsed.clear();
    m_critical.clear();
    m_selected = -1;
    relayout();
}

void WaterfallView::setTree(Traces::TraceTreePtr tree)
{
    m_tree = std::move(tree);
    m_selected = -1;
    if (!m_tree) {
        clear();
        return;
    }
    const int n = static_cast<int>(m_tree->nodes().size());
    m_collapsed = QVector<bool>(n, false);
    m_critical = QVector<QVector<std::pair<qint64, qint64>>>(n);
    for (const Traces::CriticalSegment &s : m_tree->criticalPath())
        m_critical[s.node].append({s.startUs, s.endUs});
    relayout();
    verticalScrollBar()->setValue(0);
    selectNode(m_tree->root());
}

void WaterfallView::relayout()
{
    m_rows = m_tree ? m_tree->visibleRows(m_collapsed) : QVector<int>();
    m_rowOf = QVector<int>(m_tree ? m_tree->nodes().size() : 0, -1);
    for (int r = 0; r < m_rows.size(); ++r)
        m_rowOf[m_rows.at(r)] = r;
    updateScrollBars();
    viewport()->update();
}

void WaterfallView::updateScrollBars()
{
    const int content = static_cast<int>(m_rows.size()) * rowHeight();
    const int page = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(rowHeight());
    verticalScrollBar()->setRange(0, std::max(0, content - page));
}

void WaterfallView::setCollapsed(int node, bool collapsed)
{
    if (!m_tree || node < 0 || node >= m_collapsed.size() || m_tree->node(node).children.isEmpty())
        return;
    m_collapsed[node] = collapsed;
    relayout();
}

void WaterfallView::selectNode(int node)
{
    if (node == m_selected)
        return;
    m_selected = node;
    if (node >= 0 && node < m_rowOf.size() && m_rowOf.at(node) >= 0)
        ensureVisible(m_rowOf.at(node));
    viewport()->update();
    emit selectionChanged(node);
}

void WaterfallView::ensureVisible(int row)
{
    const int top = row * rowHeight();
    const int page = verticalScrollBar()->pageStep();
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (top + rowHeight() > bar->value() + page)
        bar->setValue(top + rowHeight() - page);
}

int WaterfallView::rowAt(int y) const
{
    if (y < headerHeight())
        return -1;
    const int row = (y - headerHeight() + verticalScrollBar()->value()) / rowHeight();
    return row < m_rows.size() ? row : -1;
}

double WaterfallView::xFor(qint64 us, int left, int width) const
{
    const qint64 total = std::max<qint64>(1, m_tree->durationUs());
    return left + static_cast<double>(us - m_tree->startUs()) * width / static_cast<double>(total);
}

void WaterfallView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette pal = palette();
    const int w = viewport()->width();
    const int h = viewport()->height();
    if (!m_tree) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, 0, w, h), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Pick a trace in the list to see its spans."));
        return;
    }
    const int rh = rowHeight();
    const int hh = headerHeight();
    const int names = nameWidth();
    const int left = names + 8;
    const int width = std::max(20, w - left - 12);

    // The time axis.
    p.fillRect(0, 0, w, hh, pal.color(QPalette::AlternateBase));
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(6, 0, names - 6, hh), Qt::AlignVCenter | Qt::AlignLeft,
               tr("%n span(s), %1", nullptr, static_cast<int>(m_tree->trace().spans.size()))
                   .arg(durationText(m_tree->durationUs())));
    for (int i = 0; i <= 4; ++i) {
        const int x = left + width * i / 4;
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(x, hh - 4, x, h);
        p.setPen(pal.color(QPalette::Text));
        const QString label = durationText(m_tree->durationUs() * i / 4);
        const int tw = fontMetrics().horizontalAdvance(label);
        p.drawText(std::clamp(x - tw / 2, left, w - tw - 2), hh - 6, label);
    }

    const int first = verticalScrollBar()->value() / rh;
    const int last = std::min<int>(static_cast<int>(m_rows.size()) - 1, (verticalScrollBar()->value() + h - hh) / rh);
    p.setClipRect(0, hh, w, h - hh);
    const QColor critical(20, 20, 20);
    for (int row = first; row <= last; ++row) {
        const int node = m_rows.at(row);
        const Traces::TraceNode &n = m_tree->node(node);
        const Traces::Span *span = m_tree->span(node);
        const int y = hh + row * rh - verticalScrollBar()->value();
        if (node == m_selected)
            p.fillRect(0, y, w, rh, pal.color(QPalette::Highlight).lighter(170));
        else if (row % 2)
            p.fillRect(0, y, w, rh, pal.color(QPalette::AlternateBase));

        // Name column: triangle, colour chip, service and operation.
        int x = 4 + std::min(n.depth, 40) * kIndent;
        if (!n.children.isEmpty()) {
            p.setPen(Qt::NoPen);
            p.setBrush(pal.color(QPalette::Text));
            const QPointF c(x + kTriangle / 2.0, y + rh / 2.0);
            QPolygonF tri;
            if (isCollapsed(node))
                tri << QPointF(c.x() - 3, c.y() - 5) << QPointF(c.x() + 4, c.y()) << QPointF(c.x() - 3, c.y() + 5);
            else
                tri << QPointF(c.x() - 5, c.y() - 3) << QPointF(c.x() + 5, c.y() - 3) << QPointF(c.x(), c.y() + 4);
            p.drawPolygon(tri);
        }
        x += kTriangle + 2;
        const QString service = span ? span->service : tr("(trace root)");
        p.fillRect(x, y + 4, 4, rh - 8, span ? serviceColor(service) : pal.color(QPalette::Mid));
        x += 8;
        QString label = span ? service + u"  "_s + span->operation : tr("Trace root: spans without a usable parent");
        if (isCollapsed(node))
            label += u"  "_s + tr("(+%n hidden)", nullptr, n.descendants());
        p.setPen(span && span->error ? QColor(0xc6, 0x28, 0x28) : pal.color(QPalette::Text));
        if (span && span->error)
            label = u"⚠ "_s + label;
        p.drawText(QRect(x, y, names - x, rh), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(label, Qt::ElideRight, std::max(0, names - x)));

        // Timeline column: the bar, the critical stretches over it, the duration.
        const double x0 = xFor(n.startUs, left, width);
        const double x1 = std::max(x0 + 2.0, xFor(n.endUs(), left, width));
        const QRectF bar(x0, y + 4, x1 - x0, rh - 8);
        const QColor colour = span ? serviceColor(service) : pal.color(QPalette::Mid);
        p.setPen(Qt::NoPen);
        p.setBrush(colour.lighter(n.onCriticalPath ? 100 : 130));
        p.drawRect(bar);
        for (const auto &[s, e] : m_critical.at(node)) {
            const double cx0 = xFor(s, left, width);
            const double cx1 = std::max(cx0 + 1.0, xFor(e, left, width));
            p.fillRect(QRectF(cx0, y + rh / 2.0 - 2, cx1 - cx0, 4), critical);
        }
        if (span && span->error) {
            p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(bar);
        }
        p.setPen(pal.color(QPalette::Text));
        const QString d = durationText(n.durationUs);
        const int tw = fontMetrics().horizontalAdvance(d);
        const int tx = x1 + 4 + tw < w ? static_cast<int>(x1) + 4 : static_cast<int>(x0) - tw - 4;
        p.drawText(QRect(tx, y, tw + 2, rh), Qt::AlignVCenter, d);
    }
    p.setClipping(false);
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(names, 0, names, h);
}

void WaterfallView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void WaterfallView::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint().y());
    if (row < 0)
        return;
    const int node = m_rows.at(row);
    const int x = 4 + std::min(m_tree->node(node).depth, 40) * kIndent;
    if (event->position().x() >= x && event->position().x() < x + kTriangle + 2)
        setCollapsed(node, !isCollapsed(node));
    selectNode(node);
}

void WaterfallView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint().y());
    if (row >= 0)
        setCollapsed(m_rows.at(row), !isCollapsed(m_rows.at(row)));
}

void WaterfallView::keyPressEvent(QKeyEvent *event)
{
    if (!m_tree)
        return QAbstractScrollArea::keyPressEvent(event);
    const int row = m_selected >= 0 && m_selected < m_rowOf.size() ? m_rowOf.at(m_selected) : -1;
    if (event->matches(QKeySequence::Copy)) {
        copySelected();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Down:
        if (row + 1 < m_rows.size())
            selectNode(m_rows.at(row + 1));
        return;
    case Qt::Key_Up:
        if (row > 0)
            selectNode(m_rows.at(row - 1));
        return;
    case Qt::Key_Left: setCollapsed(m_selected, true); return;
    case Qt::Key_Right: setCollapsed(m_selected, false); return;
    default: break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

QString WaterfallView::spanText(int node, int maxValueChars) const
{
    if (!m_tree || node < 0 || node >= m_tree->nodes().size())
        return QString();
    const Traces::Span *span = m_tree->span(node);
    const Traces::TraceNode &n = m_tree->node(node);
    if (!span)
        return tr("Trace root (added by Straja): holds the spans whose parent is missing or was cut from a cycle.");
    QStringList lines;
    lines << tr("%1: %2").arg(span->service, span->operation);
    lines << tr("Starts at +%1, lasts %2").arg(durationText(n.startUs - m_tree->startUs()), durationText(n.durationUs));
    if (span->durationUs < 0)
        lines << tr("Received with a negative duration (%1 µs)").arg(span->durationUs);
    if (n.skewShiftUs != 0)
        lines << tr("Moved by %1 for clock skew").arg(durationText(n.skewShiftUs));
    if (span->error)
        lines << tr("Failed");
    lines << tr("Span %1").arg(span->spanId);
    for (const Traces::KeyValue &tag : span->tags)
        lines << u"  "_s + tag.key + u" = "_s + shortened(tag.value, maxValueChars);
    for (const Traces::SpanLog &log : span->logs) {
        QStringList fields;
        for (const Traces::KeyValue &f : log.fields)
            fields << f.key + u'=' + shortened(f.value, maxValueChars);
        lines << u"  "_s + tr("log at +%1: %2").arg(durationText(log.timestampUs - m_tree->startUs()), fields.join(u", "_s));
    }
    return lines.join(u'\n');
}

void WaterfallView::copySelected() const
{
    if (m_selected >= 0)
        QGuiApplication::clipboard()->setText(spanText(m_selected, -1));
}

bool WaterfallView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos().y());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), spanText(m_rows.at(row), kShownValueChars), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void WaterfallView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        viewport()->update();
    QAbstractScrollArea::changeEvent(event);
}

} // namespace Gui
