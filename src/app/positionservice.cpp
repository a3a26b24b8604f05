#include "positionservice.h"
