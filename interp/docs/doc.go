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
// and writes docs.json.gz: about 200 KB for some 160 packages. Regenerate
// it with the symbols, and with each new Go version; make check-generated
// fails when it is stale.
//
// # Size
//
// Only the first paragraph of a member's documentation is kept (at most
// maxDoc bytes, cut at a sentence), types whose declaration is long show
// as "struct{ ... }", and methods are left out: Inspect asks for package
// members. The table is decoded on the first lookup.
package docs
