#pragma once

#include <QJsonObject>
#include <QString>

class DocumentDatabase;

// A _local document of one store that a component reads once and rewrites now and then (the
// places a phone looked at, its photo budget, its photo catalogue). It keeps the revision it
// last wrote, so a save is one write, not a read and a write. Never replicated; losing one
// costs a cache or a setting, never a person's data, so a refused write is only reported.
class LocalRecord
{
public:
    explicit LocalRecord(QString id) : m_id(std::move(id)) { }

    // The stored fields (without _id and _rev); empty when there is none or it cannot be read.
    [[nodiscard]] QJsonObject load(DocumentDatabase *store);
    // Writes these fields as the whole document; false when the store refused.
    bool save(QJsonObject fields);

private:
    DocumentDatabase *m_store = nullptr;
    QString m_id;
    QString m_rev;
};
