#pragma once

#include "core/sources/credentials.h"
#include "ui/workspace/sourcedialog.h"

#include <QObject>
#include <QVector>

namespace Gui {

// The credentials of a workspace being edited: a token typed into a source
// dialog in this session (a SecretEdit not yet written to the keychain, since
// that happens on Save) is answered from memory; anything else comes from the
// keychain. So "Discover from Railway…" works on a source that was just added,
// before the workspace is saved. A secret the operator cleared in this session
// answers empty, as it will once saved.
class DraftCredentialSource final : public Sources::CredentialSource
{
public:
    DraftCredentialSource(Sources::CredentialSource *keychain, QVector<SecretEdit> pending);
    ~DraftCredentialSource() override;

    void lookup(const QString &sourceId, std::function<void(Util::Result<Sources::Credentials>)> done) override;

private:
    Sources::CredentialSource *m_keychain = nullptr;
    QVector<SecretEdit> m_pending;
    QObject m_context; // answers are posted through it, like the keychain's
};

} // namespace Gui
