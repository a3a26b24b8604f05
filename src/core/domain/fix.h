#pragma once

#include "geo.h"

// A position fix as the device reports it: where, and how sure (the radius in metres).
struct Fix
{
    Geo::Point point;
    double accuracyMetres;
};
