import CEL
import Testing
import TillitModel
import TillitYAML

/// Every value of the schema's value sets has a label in both languages (RULES.md §9.5), so no
/// message or report has to show `legal_obligation`.
@Suite struct ValueLabelsTests {
  @Test func everyValueOfEverySetHasALabelInBothLanguages() {
    let sets = ValueLabels.schemaValueSets
    #expect(sets.count > 30)
    for (field, values) in sets {
      for value in values {
        guard let label = ValueLabels.label(field: field, value: value) else {
          Issue.record(
            "no label for \(field): \(value) in texts/TillitModel.yaml (value.\(field).\(value.lowercased()))")
          continue
        }
        #expect(!label.sv.isEmpty && !label.en.isEmpty)
      }
    }
  }

  @Test func aValueIsLabelledByItsFieldAndByItselfOnlyWhereThatIsUnambiguous() {
    #expect(ValueLabels.label(field: "legal_basis", value: "legal_obligation")?.sv == "rättslig förpliktelse")
    #expect(ValueLabels.label(value: "legal_obligation")?.en == "legal obligation")
    // `other` means another function, source, forum…: no label without its field.
    #expect(ValueLabels.label(value: "other") == nil)
    #expect(ValueLabels.label(field: "criterion", value: "C4") != nil)
    #expect(ValueLabels.label(field: "legal_basis", value: "not_a_basis") == nil)
  }

  @Test func periodsAndNumbersReadAsWordsInEachLanguage() {
    #expect(ValueWords.period(Period("P3Y")!, .sv) == "tre år")
    #expect(ValueWords.period(Period("P1Y")!, .sv) == "ett år")
    #expect(ValueWords.period(Period("P3Y")!, .en) == "three years")
    #expect(ValueWords.period(Period("P1Y6M")!, .sv) == "ett år och sex månader")
    #expect(ValueWords.period(Period("P14D")!, .en) == "two weeks")
    #expect(ValueWords.every(Period("P1Y")!, .sv) == "en gång per år")
    #expect(ValueWords.every(Period("P2Y")!, .en) == "once every two years")
    #expect(ValueWords.decimal(2.2946, .sv) == "2,29")
    #expect(ValueWords.decimal(3888, .sv) == "3\u{00A0}888")
    #expect(ValueWords.decimal(3888, .en) == "3,888")
    #expect(ValueWords.list(["a", "b", "c"], .sv) == "a, b och c")
    #expect(ValueWords.frequency(.named("monthly"), .sv) == "varje månad")
    #expect(ValueWords.frequency(.perYear(1), .sv) == "1 gång per år")
  }
}
