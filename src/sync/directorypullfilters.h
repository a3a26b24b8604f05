#pragma once

#include "replicationpeer.h"

#include <QStringList>

// The two pulls of the directory on a phone that does not edit it (docs/SYNC-PROTOCOL.md,
// "Photos of initiatives"): the text in full, and the photos of the places its person has on
// their card, looked at or is near. Photo documents are "photo:<slug>:<id>", so the photos of
// a place are chosen by their id, which a removal's tombstone keeps: a removal travels too.
namespace DirectoryPullFilters {
// Every document but the photos: initiatives, activities, translations, keys, and removals.
[[nodiscard]] ReplicationFilter text();
// The photos of these places ("initiative:<slug>"); the same filter for the same set, whatever
// its order. Empty for no places (then there is no photo pull at all).
[[nodiscard]] ReplicationFilter photosOf(const QStringList &initiativeIds);
// Every photo, removals included: what the photo catalogue follows (ids and stubs, no bytes).
[[nodiscard]] ReplicationFilter allPhotos();
// The pulls for a phone that takes the photos of these places only.
[[nodiscard]] QList<ReplicationFilter> forPlaces(const QStringList &initiativeIds);
}
