#include "directoryeditorcontroller.h"
#include "initiativeform.h"

#include <QSignalSpy>
#include <QTest>

// The initiative as the desk's form holds it: texts per language, coordinates as typed, and
// the refusals of a save by field; and who may use the editor at all.
class TestInitiativeForm : public QObject
{
    Q_OBJECT

private slots:
    void textsAreKeptPerLanguage()
    {
        InitiativeForm form;
        form.setDraft({}, QStringLiteral("nl"));
        QCOMPARE(form.status(), QString("original"));
        form.setName("Wijkpaleis");
        form.setTextLanguage("ar");
        QCOMPARE(form.name(), QString());
        QCOMPARE(form.status(), QString("human")); // a second language is a person's translation
        form.setName(u"قصر الحي"_qs);
        form.setTextLanguage("pl"); // opened, nothing typed: not a translation to write
        form.setTextLanguage("nl");
        QCOMPARE(form.name(), QString("Wijkpaleis"));
        QList<DirectoryEdit::FieldProblem> typed;
        const InitiativeDraft draft = form.draft(typed);
        QCOMPARE(draft.texts.keys(), (QList<QString> { "ar", "nl" }));
        QCOMPARE(draft.texts.value("ar").status, QString("human"));
        QCOMPARE(form.textStates().size(), 2);
    }

    void coordinatesAreReadAsTyped()
    {
        InitiativeForm form;
        form.setDraft({}, QStringLiteral("nl"));
        QList<DirectoryEdit::FieldProblem> typed;
        QVERIFY(!form.draft(typed).hasPosition); // both empty: no position, no problem
        QVERIFY(typed.isEmpty());
        form.setLatitude("51,9105");
        form.setLongitude(u"٤٫٤٥٠٢"_qs);
        InitiativeDraft draft = form.draft(typed);
        QVERIFY(draft.hasPosition);
        QCOMPARE(draft.latitude, 51.9105);
        QCOMPARE(draft.longitude, 4.4502);
        form.setLongitude("");
        draft = form.draft(typed);
        QVERIFY(!draft.hasPosition);
        QCOMPARE(typed, (QList<DirectoryEdit::FieldProblem> { { "position", DirectoryEdit::Problem::PositionInvalid } }));
        QCOMPARE(form.longitude(), QString()); // what was typed stays as typed
        QCOMPARE(form.latitude(), QString("51,9105"));
    }

    void aMissingNameIsSaidOnceAtTheField()
    {
        InitiativeForm form;
        form.setProblems({ { "texts", DirectoryEdit::Problem::NameMissing }, { "texts.nl.name", DirectoryEdit::Problem::NameMissing },
                           { "contact.phone", DirectoryEdit::Problem::PhoneInvalid } });
        QCOMPARE(form.problemCount(), 2);
        QVERIFY(form.problems().contains("texts.nl.name"));
        QVERIFY(!form.problems().contains("texts"));
        form.setProblems({ { "texts", DirectoryEdit::Problem::NameMissing } });
        QVERIFY(form.problems().contains("texts"));
    }

    void onlyCoordinatorsAndEditorsEdit()
    {
        QVERIFY(DirectoryEditorController::mayEdit({ "coordinator" }));
        QVERIFY(DirectoryEditorController::mayEdit({ "host", "editor" }));
        QVERIFY(!DirectoryEditorController::mayEdit({ "buurtmaatje", "host", "verbindingswerker", "cardholder" }));
        QVERIFY(!DirectoryEditorController::mayEdit({}));
        DirectoryEditorController editor(nullptr, nullptr);
        QSignalSpy changed(&editor, &DirectoryEditorController::canEditChanged);
        editor.setRoles({ "editor" });
        QVERIFY(editor.canEdit());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!editor.save()); // no directory: nothing to write to, and no crash
    }
};

QTEST_GUILESS_MAIN(TestInitiativeForm)
#include "tst_initiativeform.moc"
