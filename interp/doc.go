// Package interp runs Go notebook cells on yaegi (github.com/traefik/yaegi)
// so that they behave the way a Go programmer and a notebook user expect.
// Bare yaegi fails most of what people write in cells; the Session closes
// those gaps and implements the kernel's Interpreter interface.
//
// # Stages
//
// A cell goes through a small compiler front end before yaegi runs it,
// each stage in its own place: parse and split (cell.go), type check
// (check.go and package interp/typecheck: go/types against the session's
// declarations; a cell Go rejects runs nothing and gets the compiler's
// message), lower (package interp/lower: the checked cell rewritten, one
// function per construct, into Go that yaegi runs the way the compiler
// would), then the rewrites and evaluation below.
//
// # Cells
//
// cell.go splits a cell with go/scanner and go/parser into pieces: imports
// (de-duplicated, so importing twice is harmless), each top-level
// declaration on its own, each statement on its own, and the trailing
// expression, whose value becomes the cell's result (a Renderer shows
// itself richly; other values print as %v, strings as %q). Declarations
// are evaluated before statements, as in a Go package; statements one at a
// time, so that a panic names its line.
//
// # Rewrites
//
// rewrite.go edits the source before yaegi sees it, keeping every line
// where it was: Go 1.22's per-iteration loop variables, min and max with a
// constant first argument, conversions to compiled interfaces, a recover in
// every goroutine a cell starts (a panic there would end the process), and
// a depth guard in recursive functions (Go's stack overflow is fatal).
// scoping.go runs compound statements that would overwrite a global in a
// closure; order.go hands a cell's declarations to yaegi in dependency
// order; redefine.go makes a redefined function, type or method visible
// to the code that uses it (yaegi keeps old bodies and old types);
// result.go turns the trailing expression into the cell's result.
// session.go holds the Session and runs a cell's pieces through all of
// these.
//
// # Errors
//
// eval.go turns yaegi's errors into one Error in cell coordinates: a
// compile error with its line and column, or a panic with its Go name
// (runtime.Error, os.Exit, StackOverflow, ...) and a traceback of the
// called functions, taken from the frames yaegi logs - which are kept out
// of stderr so the user sees one report.
//
// # Editor support
//
// editor.go answers completion (names in scope, package members after
// "pkg.", fields and methods after "value.") and is-complete questions;
// inspect.go inspection: signatures and documentation (the embedded table
// of package docs, or the user's own comments) of package members, and of
// methods and fields reached through a value or a type, resolved by the
// type checker; magic.go the % commands.
//
// # Restricted sessions
//
// sandbox.go leaves out the packages a grader must not allow and confines
// the os package's file functions to one directory.
package interp
