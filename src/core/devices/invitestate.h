#pragma once

#include <QString>
#include <optional>

// Why an invite code cannot be redeemed. /_enrol names it in its 403 answer ("invite": the
// word below), so that a phone tells a code that never existed apart from a used or expired
// one without reading the English reason.
enum class InviteState { Open, Unknown, Used, Expired };

namespace InviteStates {
// The word on the wire: "open", "unknown", "used", "expired".
[[nodiscard]] inline QString name(InviteState state)
{
    switch (state) {
    case InviteState::Open: return QStringLiteral("open");
    case InviteState::Unknown: return QStringLiteral("unknown");
    case InviteState::Used: return QStringLiteral("used");
    case InviteState::Expired: return QStringLiteral("expired");
    }
    return {};
}

[[nodiscard]] inline std::optional<InviteState> fromName(const QString &word)
{
    for (const InviteState state : { InviteState::Open, InviteState::Unknown, InviteState::Used, InviteState::Expired }) {
        if (name(state) == word)
            return state;
    }
    return std::nullopt;
}
} // namespace InviteStates
