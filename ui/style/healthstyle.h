#pragma once

#include "core/engine/health.h"

#include <QColor>
#include <QIcon>

namespace Gui {

// Colours chosen to stay distinct for the common colour-vision deficiencies
// (each health also has its own word, never colour alone).
QColor healthColor(Engine::Health health);
// A filled dot of the health's colour, cached per health and size.
QIcon healthIcon(Engine::Health health);

} // namespace Gui
