#include "core/actions/flagexecutor.h"

#include "core/actions/flagactions.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

// One answer to one request: the connections go when it arrived, or when the
// source went away first (a workspace change), which answers with an error.
struct Once
{
    QMetaObject::Connection answer;
    QMetaObject::Connection failure;
    QMetaObject::Connection destroyed;
    void drop()
    {
        QObject::disconnect(answer);
        QObject::disconnect(failure);
        QObject::disconnect(destroyed);
    }
};

QString sourceGone(const QString &sourceId)
{
    return QCoreApplication::translate("Actions", "No flag source \"%1\" is connected.").arg(sourceId);
}

} // namespace

FlagExecutor::FlagExecutor(SourceLookup lookup, QObject *parent)
    : Executor(parent)
    , m_lookup(std::move(lookup))
{
}

FlagExecutor::~FlagExecutor() = default;

QString FlagExecutor::provider() const
{
    return FlagActions::provider();
}

void FlagExecutor::fetchFrom(Flags::FlagSource *source, FetchDone done)
{
    const quint64 id = m_next++;
    auto once = std::make_shared<Once>();
    auto finish = std::make_shared<FetchDone>(std::move(done));
    once->answer = connect(source, &Flags::FlagSource::fetched, this,
                           [once, finish, id](quint64 answered, const Flags::SourceFlagsPtr &flags) {
        if (answered != id)
            return;
        once->drop();
        (*finish)(flags);
    });
    once->failure = connect(source, &Flags::FlagSource::fetchFailed, this,
                            [once, finish, id](quint64 answered, const Util::Error &error) {
        if (answered != id)
            return;
        once->drop();
        (*finish)(error);
    });
    const QString sourceId = source->sourceId();
    once->destroyed = connect(source, &QObject::destroyed, this, [once, finish, sourceId] {
        once->drop();
        (*finish)(Util::makeError(u"flags.source_gone"_s, sourceGone(sourceId)));
    });
    source->fetch(id);
}

void FlagExecutor::observe(quint64 requestId, const QVector<ActionTarget> &targets)
{
    struct Gather
    {
        int waiting = 0;
        QVector<ProviderState> states;
    };
    auto gather = std::make_shared<Gather>();
    gather->waiting = int(targets.size());
    QPointer<FlagExecutor> self(this);
    auto add = [self, gather, requestId](const ProviderState &state) {
        gather->states.append(state);
        if (--gather->waiting == 0 && self)
            emit self->observed(requestId, gather->states);
    };
    if (targets.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, requestId] { emit observed(requestId, {}); }, Qt::QueuedConnection);
        return;
    }
    for (const ActionTarget &target : targets) {
        const std::optional<Flags::FlagChange> change = FlagActions::changeOfTarget(target);
        Flags::FlagSource *source = change && m_lookup ? m_lookup(change->sourceId) : nullptr;
        if (!source) {
            ProviderState s;
            s.serviceId = target.serviceId;
            s.error = change ? sourceGone(change->sourceId)
                             : QCoreApplication::translate("Actions", "The recorded flag change cannot be read.");
            QMetaObject::invokeMethod(this, [add, s] { add(s); }, Qt::QueuedConnection);
            continue;
        }
        fetchFrom(source, [add, target](Util::Result<Flags::SourceFlagsPtr> flags) {
            if (!flags.ok()) {
                ProviderState s;
                s.serviceId = target.serviceId;
                s.error = flags.error().message;
                add(s);
                return;
            }
            add(FlagActions::stateOf(target, *flags.value()));
        });
    }
}

void FlagExecutor::answer(quint64 requestId, const ExecutionResult &result)
{
    QMetaObject::invokeMethod(this, [this, requestId, result] { emit applied(requestId, result); },
                              Qt::QueuedConnection);
}

void FlagExecutor::send(quint64 requestId, const ExecutionRequest &request)
{
    ExecutionResult result;
    result.actionId = request.actionId;
    const std::optional<Flags::FlagChange> change = FlagActions::changeOfTarget(request.target);
    if (!change) {
        result.errorCode = u"flags.invalid"_s;
        result.message = QCoreApplication::translate("Actions", "The recorded flag change cannot be read.");
        answer(requestId, result);
        return;
    }
    result.request = describe(request);
    Flags::FlagSource *source = m_lookup ? m_lookup(change->sourceId) : nullptr;
    if (!source) {
        // Nothing was sent: the engine may try again once the source is back.
        result.errorCode = u"network"_s;
        result.message = sourceGone(change->sourceId);
        answer(requestId, result);
        return;
    }
    const quint64 id = m_next++;
    auto once = std::make_shared<Once>();
    auto done = [this, once, requestId, result](const Flags::FlagChangeOutcome &outcome) mutable {
        once->drop();
        result.ok = outcome.succeeded && outcome.verified;
        result.message = outcome.message;
        result.reply = outcome.message;
        if (outcome.succeeded && !outcome.verified)
            result.errorCode = u"flags.unverified"_s;
        else if (!outcome.succeeded)
            result.errorCode = u"flags.refused"_s;
        emit applied(requestId, result);
    };
    once->answer = connect(source, &Flags::FlagSource::applied, this,
                           [done, id](quint64 answered, const Flags::FlagChangeOutcome &outcome) mutable {
        if (answered == id)
            done(outcome);
    });
    const QString sourceId = change->sourceId;
    once->destroyed = connect(source, &QObject::destroyed, this, [done, sourceId]() mutable {
        Flags::FlagChangeOutcome gone;
        gone.message = sourceGone(sourceId);
        done(gone);
    });
    source->apply(id, *change);
}

QString FlagExecutor::describe(const ExecutionRequest &request) const
{
    const std::optional<Flags::FlagChange> change = FlagActions::changeOfTarget(request.target);
    if (!change)
        return QCoreApplication::translate("Actions", "The recorded flag change cannot be read.");
    return change->dryRun();
}

} // namespace Actions
