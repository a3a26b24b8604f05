#include "geo.h"
