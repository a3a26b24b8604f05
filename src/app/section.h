#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

// The app's sections, by name: the window's `section` and the destinations of the bottom bar
// and the rail. The values are the pages' places in Main.qml's StackLayout, in this order.
namespace Section {
Q_NAMESPACE
QML_ELEMENT

enum Value {
    Initiatives, // the social map: list, and detail beside it on a tablet
    Log,         // market tally, attendance, contacts, follow-ups
    Reports,
    Card,        // the stamp card: stamping, issuing, or the holder's own card
    Language,
    Sync,        // also where a phone joins its organisation
    Devices,     // a coordinator's phones of the organisation, opened from the Sync page
};
Q_ENUM_NS(Value)
} // namespace Section
