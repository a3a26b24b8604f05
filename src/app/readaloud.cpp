#include "readaloud.h"
