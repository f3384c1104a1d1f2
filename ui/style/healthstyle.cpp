#include "ui/style/healthstyle.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Gui {

QColor healthColor(Engine::Health health)
{
    switch (health) {
    case Engine::Health::Ok: return QColor(0x2e, 0x7d, 0x32);
    case Engine::Health::Degraded: return QColor(0xe6, 0x9b, 0x00);
    case Engine::Health::Down: return QColor(0xc6, 0x28, 0x28);
    case Engine::Health::Stale: return QColor(0x6d, 0x6d, 0x8a);
    case Engine::Health::Unknown: break;
    }
    return QColor(0xb0, 0xb0, 0xb0);
}

QIcon healthIcon(Engine::Health health)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(health);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return it.value();
    QIcon icon;
    for (int size : {12, 16, 24}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(healthColor(health));
        const qreal margin = size / 6.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace Gui
