import Foundation
import Testing
@testable import ThaiNorm

@Suite("mappings/")
struct MappingTests {
    @Test("every embedded mapping file parses and states its source and licence")
    func filesParse() throws {
        #expect(MappingTable.fileNames.contains("pua.tsv"))
        for name in MappingTable.fileNames {
            let text = try MappingTable.text(of: name)
            #expect(text.contains("# Source:"), "\(name) has no Source line")
            #expect(text.contains("Licence"), "\(name) has no licence")
            #expect(!(try MappingTable.numberedRows(of: name)).isEmpty, "\(name) has no rows")
        }
    }

    @Test("the PUA table covers the whole Windows and Mac variant ranges, onto Thai characters")
    func puaCoverage() {
        let table = ReplacePrivateUseGlyphs.table
        for value in UInt32(0xF700)...0xF71A {
            #expect(table[Unicode.Scalar(value)!] != nil, "U+\(String(value, radix: 16)) missing")
        }
        for value in UInt32(0xF884)...0xF89E {
            #expect(table[Unicode.Scalar(value)!] != nil, "U+\(String(value, radix: 16)) missing")
        }
        #expect(table.values.allSatisfy(ThaiScript.isThai))
    }

    @Test("rows that other fixers get wrong follow HarfBuzz")
    func puaSpotChecks() {
        let table = ReplacePrivateUseGlyphs.table
        #expect(table["\u{F705}"] == "\u{0E48}")   // MAI EK, shifted down-left
        #expect(table["\u{F710}"] == "\u{0E31}")   // MAI HAN-AKAT, shifted left
        #expect(table["\u{F700}"] == "\u{0E10}")   // THO THAN without descender
        #expect(table["\u{F70F}"] == "\u{0E0D}")   // YO YING without descender
        #expect(table["\u{F89E}"] == "\u{0E10}")
    }

    @Test("legacy glyph bytes never shadow a byte Windows-874 defines")
    func glyphBytes() {
        for byte in InputDecoder.glyphBytes.keys {
            #expect(![0x80, 0x85].contains(byte) && !(0x91...0x97).contains(byte))
            #expect(InputDecoder.glyphBytes[byte]!.value == 0xF700 + UInt32(byte) - 0x80)
        }
    }
}
