#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// What the reader narrows the directory to: typed search text and filter chips. Plain state;
// InitiativeListModel applies it and emits the result.
class DirectoryFilter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by InitiativeListModel")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY changed)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY changed)
    Q_PROPERTY(QString spokenLanguage READ spokenLanguage WRITE setSpokenLanguage NOTIFY changed)
    Q_PROPERTY(bool stepFree READ stepFree WRITE setStepFree NOTIFY changed)
    Q_PROPERTY(bool rollator READ rollator WRITE setRollator NOTIFY changed)
    Q_PROPERTY(bool quietRoom READ quietRoom WRITE setQuietRoom NOTIFY changed)
    Q_PROPERTY(bool openNow READ openNow WRITE setOpenNow NOTIFY changed)
    Q_PROPERTY(bool today READ today WRITE setToday NOTIFY changed)
    Q_PROPERTY(bool nearby READ nearby WRITE setNearby NOTIFY changed)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY changed)

public:
    using QObject::QObject;

    [[nodiscard]] const QString &query() const { return m_query; }
    [[nodiscard]] const QString &theme() const { return m_theme; }
    [[nodiscard]] const QString &spokenLanguage() const { return m_spokenLanguage; }
    [[nodiscard]] bool stepFree() const { return m_stepFree; }
    [[nodiscard]] bool rollator() const { return m_rollator; }
    [[nodiscard]] bool quietRoom() const { return m_quietRoom; }
    [[nodiscard]] bool openNow() const { return m_openNow; }
    [[nodiscard]] bool today() const { return m_today; }
    // Within rollator distance (Geo::rollatorDistanceMetres) of the reader.
    [[nodiscard]] bool nearby() const { return m_nearby; }
    // Filters set besides the search text, for a badge on the filter button.
    [[nodiscard]] int activeCount() const;

    void setQuery(const QString &query) { set(m_query, query); }
    void setTheme(const QString &theme) { set(m_theme, theme); }
    void setSpokenLanguage(const QString &code) { set(m_spokenLanguage, code); }
    void setStepFree(bool on) { set(m_stepFree, on); }
    void setRollator(bool on) { set(m_rollator, on); }
    void setQuietRoom(bool on) { set(m_quietRoom, on); }
    void setOpenNow(bool on) { set(m_openNow, on); }
    void setToday(bool on) { set(m_today, on); }
    void setNearby(bool on) { set(m_nearby, on); }
    // Clears every filter but keeps the search text.
    Q_INVOKABLE void clearFilters();

signals:
    void changed();

private:
    QString m_query;
    QString m_theme;
    QString m_spokenLanguage;
    bool m_stepFree = false;
    bool m_rollator = false;
    bool m_quietRoom = false;
    bool m_openNow = false;
    bool m_today = false;
    bool m_nearby = false;

    template<typename T>
    void set(T &field, const T &value)
    {
        if (field == value)
            return;
        field = value;
        emit changed();
    }
};
