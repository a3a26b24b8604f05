import QtQuick
import QtTest
import Buurtbrug.Ui
import "checks.js" as Checks

// FilterChip, ChipGroup and StoredChipGroup. A StoredChipGroup over the real tally model shows
// what is stored: a tap asks the controller, the store changes, then the chip.
TestCase {
    id: testCase
    name: "Chips"
    width: 390
    height: 400
    when: windowShown
    visible: true

    Component {
        id: groupFrame
        Item {
            property alias group: group
            width: 390
            height: 300
            LayoutMirroring.enabled: testApp.rightToLeft
            LayoutMirroring.childrenInherit: true
            ChipGroup {
                id: group
                width: parent.width
                title: "Kanaal"
                codes: ["street", "market", "phone", "a-very-long-code-that-takes-room"]
                single: true
            }
        }
    }
    Component {
        id: storedFrame
        Item {
            property alias group: group
            width: 390
            height: 300
            LayoutMirroring.enabled: testApp.rightToLeft
            LayoutMirroring.childrenInherit: true
            StoredChipGroup {
                id: group
                width: parent.width
                title: "Taal"
                model: testApp.fieldLog.tallyLanguages
                labelOf: code => testApp.languageName(code)
                onTapped: code => testApp.fieldLog.toggleTallyChip("language", code)
            }
        }
    }
    SignalSpy { id: edited; signalName: "edited" }

    function cleanup() { testApp.setLanguage("nl") }

    function test_aChipKeepsItsWidthWhenTapped() {
        const frame = createTemporaryObject(groupFrame, testCase)
        waitForRendering(frame)
        const chip = Checks.named(frame, "chip_market")
        const width = chip.width
        mouseClick(chip)
        verify(chip.checked)
        compare(chip.width, width) // no re-flow under the thumb (issue 17, defect 14)
        verify(chip.height >= 48)
    }

    // A chip of a single choice (a RadioChip) is as wide as its label and a touch target high,
    // like a FilterChip: it once came out 24 px wide, its label one word a line.
    function test_singleChoiceChipsAreAsWideAsTheirLabels() {
        const frame = createTemporaryObject(groupFrame, testCase)
        waitForRendering(frame)
        for (const code of ["market", "phone"]) {
            const chip = Checks.named(frame, "chip_" + code)
            verify(chip.width > 60, code + " is " + chip.width + " wide")
            verify(chip.height >= 48 && chip.height < 80, code + " is " + chip.height + " high")
        }
    }

    function test_singleChoice() {
        const frame = createTemporaryObject(groupFrame, testCase)
        edited.target = frame.group
        edited.clear()
        waitForRendering(frame)
        mouseClick(Checks.named(frame, "chip_market"))
        mouseClick(Checks.named(frame, "chip_phone"))
        compare(frame.group.selected, ["phone"])
        verify(!Checks.named(frame, "chip_market").checked)
        compare(edited.count, 2)
    }

    // A tap on the chosen one of an exclusive choice keeps it chosen and changes nothing; the
    // chip then still follows the choice: it goes out when another is chosen, and a tap on it
    // chooses it again (the a11y merge had cut that binding: two chips lit, one dead).
    function test_theChosenChipStaysChosenAndFollowsTheChoice() {
        const frame = createTemporaryObject(groupFrame, testCase)
        edited.target = frame.group
        edited.clear()
        waitForRendering(frame)
        const market = Checks.named(frame, "chip_market")
        mouseClick(market)
        compare(frame.group.selected, ["market"])
        mouseClick(market)
        verify(market.checked)
        compare(frame.group.selected, ["market"])
        compare(edited.count, 1)
        mouseClick(Checks.named(frame, "chip_phone"))
        compare(frame.group.selected, ["phone"])
        verify(!market.checked)
        compare(Checks.allNamed(frame, "chip_").filter(c => c.checked).map(c => c.objectName), ["chip_phone"])
        mouseClick(market)
        compare(frame.group.selected, ["market"])
        verify(market.checked)
        verify(!Checks.named(frame, "chip_phone").checked)
        compare(edited.count, 3)
    }

    function test_storedChipsAreTheStoredTally() {
        const frame = createTemporaryObject(storedFrame, testCase)
        waitForRendering(frame)
        const before = testStore.ids(testStore.org, "tally")
        verify(testApp.fieldLog.logTally() === "")
        const id = testStore.ids(testStore.org, "tally").filter(i => before.indexOf(i) < 0)[0]
        mouseClick(Checks.named(frame, "chip_so"))
        compare(testStore.tallyChips(id), ["language:so"])
        verify(Checks.named(frame, "chip_so").checked)
        mouseClick(Checks.named(frame, "chip_so"))
        compare(testStore.tallyChips(id), [])
        verify(!Checks.named(frame, "chip_so").checked)
        testApp.fieldLog.undoLast()
        // Without a conversation a tap stores nothing and lights nothing.
        mouseClick(Checks.named(frame, "chip_ar"))
        compare(testStore.doc(testStore.org, id), {})
        verify(!Checks.named(frame, "chip_ar").checked)
    }

    function test_tamazightHasAChip() {
        const frame = createTemporaryObject(storedFrame, testCase)
        verify(Checks.named(frame, "chip_ber"), "Tamazight is spoken in Delfshaven (issue 17, defect 8)")
        verify(Checks.named(frame, "chip_ber").text !== "ber")
    }

    function test_rightToLeft_data() {
        return [ { tag: "nl", language: "nl" }, { tag: "ar", language: "ar" } ]
    }
    function test_rightToLeft(data) {
        testApp.setLanguage(data.language)
        const rtl = data.language === "ar"
        for (const component of [groupFrame, storedFrame]) {
            const frame = createTemporaryObject(component, testCase)
            waitForRendering(frame)
            const chips = Checks.allNamed(frame, "chip_")
            compare(Checks.centreX(chips[0], frame) > Checks.centreX(chips[1], frame), rtl)
            compare(Checks.cutText(frame, frame), [])
        }
    }
}
