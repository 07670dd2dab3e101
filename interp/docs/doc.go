// Package docs holds the documentation that Inspect (Shift-Tab in a
// notebook) shows for the packages a cell can import: each package's
// synopsis, and each exported member's declaration and first paragraph.
//
// # Why a table
//
// A kernel on a student's laptop has no Go sources: no GOROOT, no module
// cache. The table is generated from those sources on the machine that
// builds the kernel and embedded in the binary, so Inspect shows the same
// text everywhere.
//
// # Generating
//
// `go generate ./interp/docs/` (make generate) runs gen/, which lists the
// packages from the yaegi symbol tables the session uses (yaegi's
// standard library and interp/symbols), reads their sources with go/doc,
// and writes docs.json.gz: about 340 KB for some 160 packages. Regenerate
// it with the symbols, and with each new Go version; make check-generated
// fails when it is stale.
//
// # Size
//
// Only the first paragraph of a member's documentation is kept (at most
// maxDoc bytes, cut at a sentence), and types whose declaration is long
// show as "struct{ ... }". The exported methods of an exported type are
// members named "Type.Method" (Lookup("strings", "Builder.WriteString")):
// those declared on it, those promoted from embedded fields that go/doc
// lists with it, and an interface's own, documented by the interface's
// comment when the method has none. Methods make up about a third of the
// table. The table is decoded on the first lookup.
package docs
