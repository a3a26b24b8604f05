#pragma once

#include "activityform.h"
#include "addresslookup.h"
#include "initiativeform.h"

#include "storeerror.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

class DocumentDatabase;
class PositionService;

// The desk's directory editor for QML (app.directoryEditor): opens an initiative or a new one
// into the InitiativeForm, saves, retires, and does the same for its activities through the
// ActivityForm, all through InitiativeEditor (the same validation and messages as
// `buurtbrug-admin initiative|activity`). Refusals land at their fields; the forms keep what
// was typed whatever the outcome, so nothing is lost when a save is refused or fails. Only
// coordinators and editors may edit the directory (canEdit), as the server's access rules say.
class DirectoryEditorController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the AppController")
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY canEditChanged)
    Q_PROPERTY(InitiativeForm *initiative READ initiative CONSTANT)
    Q_PROPERTY(ActivityForm *activity READ activity CONSTANT)
    Q_PROPERTY(AddressLookup *addressLookup READ addressLookup CONSTANT)
    // The open initiative's activities: [{id, name, when}] (name and schedule in the UI language).
    Q_PROPERTY(QVariantList activities READ activities NOTIFY activitiesChanged)
    // What the last action did or why it did not, as one sentence ("" when nothing to say).
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(bool noticeOk READ noticeOk NOTIFY noticeChanged)
    // Languages a text can be written in: the UI languages first, then every other the directory knows.
    Q_PROPERTY(QStringList textLanguages READ textLanguages CONSTANT)
    Q_PROPERTY(QStringList themeCodes READ themeCodes CONSTANT)
    Q_PROPERTY(QStringList spokenLanguageCodes READ spokenLanguageCodes CONSTANT)

public:
    DirectoryEditorController(DocumentDatabase *directory, PositionService *position, QObject *parent = nullptr);

    // Coordinators and editors edit the directory; the server refuses anyone else's writes.
    [[nodiscard]] static bool mayEdit(const QStringList &roles);
    void setRoles(const QStringList &roles);
    void setLanguage(const QString &language);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    [[nodiscard]] bool canEdit() const { return m_canEdit; }
    [[nodiscard]] InitiativeForm *initiative() const { return m_initiative; }
    [[nodiscard]] ActivityForm *activity() const { return m_activity; }
    [[nodiscard]] AddressLookup *addressLookup() const { return m_lookup; }
    [[nodiscard]] QVariantList activities() const { return m_activities; }
    [[nodiscard]] QString notice() const;
    [[nodiscard]] bool noticeOk() const;
    [[nodiscard]] QStringList textLanguages() const;
    [[nodiscard]] QStringList themeCodes() const;
    [[nodiscard]] QStringList spokenLanguageCodes() const;

    Q_INVOKABLE void startNew();
    Q_INVOKABLE bool open(const QString &initiativeId);
    // True when stored (saved() follows); otherwise the problems are at their fields.
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool retire();
    // The phone's current fix into the form; false (and a notice) without one.
    Q_INVOKABLE bool useDevicePosition();
    // Looks up the form's street, postcode and city (addressLookup tells the outcome).
    Q_INVOKABLE void lookUpAddress();
    // One of addressLookup.results into the form: the position, and the address parts left empty.
    Q_INVOKABLE void chooseAddress(int index);
    Q_INVOKABLE void clearNotice();

    Q_INVOKABLE void startActivity();
    Q_INVOKABLE bool openActivity(const QString &activityId);
    Q_INVOKABLE bool saveActivity();
    Q_INVOKABLE bool removeActivity();

signals:
    void canEditChanged();
    void activitiesChanged();
    void noticeChanged();
    void saved(const QString &initiativeId);
    void retired(const QString &initiativeId);
    void activitySaved(const QString &activityId);

private:
    enum class Notice { None, Added, Saved, Retired, NotSaved, StoreFailed, NoFix, RoughFix, PositionSet, ActivitySaved, ActivityRemoved };

    DocumentDatabase *m_directory;
    PositionService *m_position;
    InitiativeForm *m_initiative;
    ActivityForm *m_activity;
    AddressLookup *m_lookup;
    QVariantList m_activities;
    QString m_language = QStringLiteral("nl");
    std::function<QDateTime()> m_clock;
    bool m_canEdit = false;
    Notice m_notice = Notice::None;
    QString m_noticeDetail; // a store error's reason, an accuracy, or a field-less refusal
    int m_noticeCount = 0;

    [[nodiscard]] QDate today() const { return m_clock().date(); }
    void setNotice(Notice notice, const QString &detail = {}, int count = 0);
    void loadActivities(const QString &initiativeId);
    // The outcome of a save into the form's problems and the notice; true when it was stored.
    template<typename Form>
    bool settle(Form *form, QList<DirectoryEdit::FieldProblem> problems, const StoreError &error);
};
