#include "dutchholidays.h"
