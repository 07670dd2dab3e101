// Package lower rewrites a type-checked cell into Go that yaegi v0.16.1
// runs the way the Go compiler's output would. It is the third stage of a
// cell's way through the session: parse and split (interp/cell.go), type
// check (interp/typecheck), lower (here), evaluate (interp/eval.go).
//
// # How a lowering works
//
// A lowering is one function per construct, named after it (lowerMain,
// lowerTypeSwitch, ...), in a file of its own. It is given a node of the
// cell's syntax tree with its types (go/types' Info from the checker) and
// records edits of the cell's source text: byte ranges replaced by new
// text. Edits keep the cell's lines where they were whenever they can, so
// that a runtime error still names the line the user wrote. Names a
// lowering introduces start with "_gbp", which messages hide.
//
// # What is lowered
//
// Each file's comment says which yaegi behaviour it works around and what
// Go does; testdata/*.golden holds a before/after pair per lowering. A
// construct that cannot be lowered makes the cell fail with an error that
// names it and says what to write instead: never a wrong answer.
package lower
