#pragma once

#include <QString>

namespace Store {

// Qt SQL binds a null QString as SQL NULL; our text columns are NOT NULL with ''
// meaning "none", so every optional text is bound through this.
inline QString sqlText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace Store
