#pragma once
// Stub: filled in by the schedule work.
