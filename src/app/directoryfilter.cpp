#include "directoryfilter.h"

int DirectoryFilter::activeCount() const
{
    return int(!m_theme.isEmpty()) + int(!m_spokenLanguage.isEmpty()) + int(m_stepFree) + int(m_rollator)
            + int(m_quietRoom) + int(m_openNow) + int(m_today) + int(m_nearby);
}

void DirectoryFilter::clearFilters()
{
    if (activeCount() == 0)
        return;
    m_theme.clear();
    m_spokenLanguage.clear();
    m_stepFree = m_rollator = m_quietRoom = m_openNow = m_today = m_nearby = false;
    emit changed(); // once, not once per filter
}
