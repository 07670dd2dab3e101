package interp

import (
	"go/token"
	"reflect"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// What yaegi keeps of every evaluation that nothing reads: a notebook
// session evaluates thousands of cells, and each one - `1+1` too - kept
// its whole syntax tree for good (5-25 KB a cell; the worker's RSS grew
// 20 KB a cell over bench/soak.py's 5,000 cells). Two unexported lists
// hold them, both only ever appended to:
//
//   - Interpreter.roots, the tree of every evaluation, which only yaegi's
//     debugger reads;
//   - scope.child, every block and function scope pushed under the
//     universe and package scopes (scope.push appends it; no code reads
//     it), and each scope holds nodes of its cell.
//
// forget empties them after each evaluation. What a later cell still
// uses (a function, a type, a global) stays reachable through the
// scopes' symbols and the global frame; only the lists are dropped.
//
// yaegi's FileSet also gains three files an evaluation, of which only the
// last is the parsed source that nodes point into: one for scanning the
// first token (named "") and one for reading the package clause (the
// same name and size as the source that follows it). forget removes
// those two, half a kilobyte a cell, and the source's file too unless
// the evaluation leaves code that runs after it (slots.go keepsCode),
// which reports its panics' positions through it.
//
// The fields are found by name once, with their kinds checked; if a
// yaegi version renames or retypes them, forget does nothing and the
// memory is kept as before (TestForgetYaegiLists fails, so an upgrade
// notices).
type yaegiLists struct {
	roots, scopes *reflect.StructField // in interp.Interpreter
	generic       *reflect.StructField // in interp.Interpreter
	universe      *reflect.StructField
	child         *reflect.StructField // in interp.scope
}

var lists = func() (l yaegiLists) {
	t := reflect.TypeOf(interp.Interpreter{})
	field := func(t reflect.Type, name string, kind reflect.Kind) *reflect.StructField {
		f, ok := t.FieldByName(name)
		if !ok || f.Type.Kind() != kind {
			return nil
		}
		return &f
	}
	l.roots = field(t, "roots", reflect.Slice)
	l.scopes = field(t, "scopes", reflect.Map)
	l.universe = field(t, "universe", reflect.Pointer)
	l.generic = field(t, "generic", reflect.Map)
	if l.universe != nil && l.universe.Type.Elem().Kind() == reflect.Struct {
		l.child = field(l.universe.Type.Elem(), "child", reflect.Slice)
	}
	if l.roots == nil || l.scopes == nil || l.universe == nil || l.child == nil || l.generic == nil ||
		l.scopes.Type.Elem() != l.universe.Type {
		return yaegiLists{}
	}
	return l
}()

// at is the field f of the struct at p, as a settable value.
func at(p unsafe.Pointer, f *reflect.StructField) reflect.Value {
	return reflect.NewAt(f.Type, unsafe.Add(p, f.Offset)).Elem()
}

// forget lets go of what yaegi keeps of the evaluation of src that
// started with the FileSet's Base at base: its tree, its scratch files
// and its global slots no code can read (slots.go). It must not run while
// yaegi compiles; a cell abandoned in a compiled call only runs, so it is
// safe once an evaluation has returned.
func (s *Session) forget(base int, src string) {
	forgetLists(s.yi, base, !s.slots.keepsCode(src, s.cells))
	s.slots.release(s.yi, base, src, s.cells)
}

// forgetLists empties yi's lists of evaluated trees and scopes, and
// removes the scratch files of the evaluation whose files start at base,
// its source's file too if source.
func forgetLists(yi *interp.Interpreter, base int, source bool) {
	if yi == nil {
		return
	}
	forgetScratchFiles(yi.FileSet(), base, source)
	if lists.roots == nil {
		return
	}
	p := unsafe.Pointer(yi)
	at(p, lists.roots).SetZero()
	// yaegi keeps the code it generated for generic functions and methods
	// by the function's name and type arguments only, so Queue[int]'s
	// Push was Stack[int]'s ("reflect.Set: value of type *struct { Xitems
	// []int } is not assignable"); an instance made in a later evaluation
	// gets its own. Instances already made keep theirs, found by name.
	g := at(p, lists.generic)
	g.Set(reflect.MakeMap(g.Type()))
	clearChildren := func(sc reflect.Value) {
		if !sc.IsNil() {
			at(sc.UnsafePointer(), lists.child).SetZero()
		}
	}
	clearChildren(at(p, lists.universe))
	it := at(p, lists.scopes).MapRange()
	for it.Next() {
		clearChildren(it.Value())
	}
}

// forgetScratchFiles removes, among the files added to fset from base on,
// those no node can point into: the first-token scanner's (named "") and
// a package-clause parse (followed by a file of the same name and size),
// and with source every other. It visits only the new files, so a long
// session does not make it slow.
func forgetScratchFiles(fset *token.FileSet, base int, source bool) {
	var added []*token.File
	for pos := base; pos < fset.Base(); {
		f := fset.File(token.Pos(pos))
		if f == nil {
			pos++ // a gap (a file removed before): step over it
			continue
		}
		added = append(added, f)
		pos = f.Base() + f.Size() + 1
	}
	for i, f := range added {
		clause := i+1 < len(added) && added[i+1].Name() == f.Name() && added[i+1].Size() == f.Size()
		if f.Name() == "" || clause || source {
			fset.RemoveFile(f)
		}
	}
}

// retained counts what the lists hold, for tests: trees, and scopes
// under the universe and package scopes; -1 if the fields are unknown.
func retained(yi *interp.Interpreter) (roots, scopes int) {
	if lists.roots == nil {
		return -1, -1
	}
	p := unsafe.Pointer(yi)
	count := func(sc reflect.Value) int {
		if sc.IsNil() {
			return 0
		}
		return at(sc.UnsafePointer(), lists.child).Len()
	}
	scopes = count(at(p, lists.universe))
	it := at(p, lists.scopes).MapRange()
	for it.Next() {
		scopes += count(it.Value())
	}
	return at(p, lists.roots).Len(), scopes
}
