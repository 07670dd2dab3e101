package interp

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"
	"unicode"
	"unsafe"

	"github.com/traefik/yaegi/interp"

	"github.com/gobackprop/gobackprop/interp/typecheck"
)

// What yaegi's global frame keeps of each cell. yaegi runs a cell's
// top-level statements in its global frame, one slice of values for the
// whole session, and gives each evaluation new slots there that are
// never given back:
//
//   - a global declared again (`xs := make([]float64, 1000)` run a second
//     time) gets a new slot; the old one keeps the old value, since a
//     function compiled before reads the old slot;
//   - every intermediate value of a top-level statement (a call's result,
//     `make`'s slice before it is assigned, a loop variable) has a slot
//     of its own, which keeps that value after the statement ran.
//
// In a long session these hold every large value a cell ever made: a cell
// that redefines a 1,000-float slice kept 8 KB each time it ran.
//
// release gives such a slot a fresh zero value after an evaluation, when
// no code can read the slot again: the old slot of a redefined global
// whose name no code kept for later mentions, and the unnamed slots of an
// evaluation that kept no code for later. yaegi keeps code for later in
// three ways: a function or closure; a method value (f := obj.Inc), whose
// receiver expression it evaluates again at each call; and a value of an
// interpreted type with methods converted to an interface (var s
// fmt.Stringer = d, append(stringers, d)), whose methods evaluate the
// expression d again. A cell is taken to keep code when its source has a
// function or closure, or when the type checker gives any of its
// expressions a type with methods declared in the notebook (lazyCell);
// a cell the checker did not see is taken to keep code. Every name in
// such a cell's sources is kept for good: it can only keep more than
// needed. The old value is not zeroed but let go: a pointer taken to it,
// or a goroutine that read it, keeps it as it was.
//
// The unnamed slots at the end of the frame go altogether: the frame
// and its layout (the universe's and the package scope's types, which
// yaegi keeps equal) are cut back to the last slot that is still used,
// and the next evaluation reuses the indices. Else the frame grew by a
// slot or more a cell, and yaegi copies the whole frame into a new one
// each evaluation that adds slots: in a session of thousands of cells,
// tens of microseconds a cell.
//
// The fields are found by name once, with their kinds checked; if a
// yaegi version renames or retypes them, release does nothing
// (TestReleaseSlots fails, so an upgrade notices).
type frameSlots struct {
	yi       *interp.Interpreter
	base     int             // the FileSet's base after the last release
	size     int             // the frame's length after the last release
	scopes   int             // yaegi's package scopes after the last release
	index    map[string]int  // each global variable's slot at the last release
	captured map[string]bool // names code kept for later may read

	cell     int  // the session's cell count when lazyCell last ran
	cellLazy bool // what it said
}

// slotFields locates what release reads in yaegi's unexported types.
type slotFields struct {
	frame    *reflect.StructField // in interp.Interpreter, a *frame
	data     *reflect.StructField // in frame, []reflect.Value
	scopes   *reflect.StructField // in interp.Interpreter, map[string]*scope
	universe *reflect.StructField // in interp.Interpreter, a *scope
	sym      *reflect.StructField // in scope, map[string]*symbol
	types    *reflect.StructField // in scope, []reflect.Type
	kind     *reflect.StructField // in symbol
	index    *reflect.StructField // in symbol, int
	varSym   uint64               // the kind of a variable
}

var slots = func() (f slotFields) {
	field := func(t reflect.Type, name string, kind reflect.Kind) *reflect.StructField {
		if t.Kind() != reflect.Struct {
			return nil
		}
		sf, ok := t.FieldByName(name)
		if !ok || sf.Type.Kind() != kind {
			return nil
		}
		return &sf
	}
	it := reflect.TypeOf(interp.Interpreter{})
	if f.frame = field(it, "frame", reflect.Pointer); f.frame == nil {
		return slotFields{}
	}
	f.data = field(f.frame.Type.Elem(), "data", reflect.Slice)
	f.scopes = field(it, "scopes", reflect.Map)
	if f.data == nil || f.data.Type.Elem() != reflect.TypeOf(reflect.Value{}) || f.scopes == nil ||
		f.scopes.Type.Elem().Kind() != reflect.Pointer {
		return slotFields{}
	}
	f.universe = field(it, "universe", reflect.Pointer)
	f.sym = field(f.scopes.Type.Elem().Elem(), "sym", reflect.Map)
	f.types = field(f.scopes.Type.Elem().Elem(), "types", reflect.Slice)
	if f.universe == nil || f.universe.Type != f.scopes.Type.Elem() ||
		f.types == nil || f.types.Type.Elem() != reflect.TypeOf((*reflect.Type)(nil)).Elem() ||
		f.sym == nil || f.sym.Type.Key().Kind() != reflect.String || f.sym.Type.Elem().Kind() != reflect.Pointer {
		return slotFields{}
	}
	symbol := f.sym.Type.Elem().Elem()
	f.kind = field(symbol, "kind", reflect.Uint)
	f.index = field(symbol, "index", reflect.Int)
	if f.kind == nil || f.index == nil || f.index.Type.Size() != unsafe.Sizeof(0) {
		return slotFields{}
	}
	// The kinds are numbered by an unexported list; find the variables'
	// by its String method.
	k := reflect.New(f.kind.Type).Elem()
	for n := uint64(0); n < 64; n++ {
		k.SetUint(n)
		if s, ok := k.Interface().(interface{ String() string }); ok && s.String() == "varSym" {
			f.varSym = n
			return f
		}
	}
	return slotFields{}
}()

// checked notes whether cell number n, type-checked as c, keeps code for
// later (lazyCell).
func (r *frameSlots) checked(n int, c *typecheck.Result) {
	r.cell, r.cellLazy = n, lazyCell(c)
}

// keepsCode reports whether the evaluation of src, part of cell number n,
// may leave code that runs after it.
func (r *frameSlots) keepsCode(src string, n int) bool {
	if strings.HasPrefix(src, closureOpen) && strings.HasSuffix(src, closureClose) {
		// The session's own wrapper (scoping.go) is called once, at once.
		src = src[len(closureOpen) : len(src)-len(closureClose)]
	}
	return r.cell != n || r.cellLazy || strings.Contains(src, "func")
}

// release lets go of what no code can read in yi's global frame after an
// evaluation of src, part of cell number n; base is the FileSet's Base
// before it. It must run after each evaluation that returned, before the
// next one; an evaluation it did not see (an interrupted one) makes it
// keep every global that exists then.
func (r *frameSlots) release(yi *interp.Interpreter, base int, src string, n int) {
	if slots.frame == nil || yi == nil {
		return
	}
	fr := at(unsafe.Pointer(yi), slots.frame)
	if fr.IsNil() {
		return
	}
	dataPtr := (*[]reflect.Value)(unsafe.Add(fr.UnsafePointer(), slots.data.Offset))
	data := *dataPtr
	scopes := at(unsafe.Pointer(yi), slots.scopes)
	// An evaluation unseen, or a package compiled from source (its
	// globals are not the cells'), and the new slots stay as they are.
	seen := r.yi == yi && r.base == base && r.size <= len(data) && r.scopes == scopes.Len()
	if r.yi != yi {
		*r = frameSlots{yi: yi, index: map[string]int{}, captured: map[string]bool{}}
	}
	lazy := r.keepsCode(src, n)
	if lazy {
		for _, id := range strings.FieldsFunc(src, notIdent) {
			r.captured[id] = true
		}
	}
	sc := scopes.MapIndex(reflect.ValueOf(mainID))
	if !sc.IsValid() || sc.IsNil() {
		return
	}
	var named []int // new slots that belong to a symbol
	{
		it := at(sc.UnsafePointer(), slots.sym).MapRange()
		for it.Next() {
			sym := it.Value().UnsafePointer()
			i := *(*int)(unsafe.Add(sym, slots.index.Offset))
			if i >= r.size {
				named = append(named, i)
			}
			if at(sym, slots.kind).Uint() != slots.varSym || i < 0 || i >= len(data) {
				continue
			}
			name := it.Key().String()
			if !seen {
				r.captured[name] = true
			}
			if old, ok := r.index[name]; ok && old != i && !r.captured[name] && old < len(data) {
				clearSlot(data, old)
			}
			r.index[name] = i
		}
	}
	if seen && !lazy {
		keep := r.size
		for _, i := range named {
			keep = max(keep, i+1)
		}
	temporaries:
		for i := r.size; i < keep; i++ {
			for _, n := range named {
				if n == i {
					continue temporaries
				}
			}
			clearSlot(data, i)
		}
		if keep < len(data) {
			data = truncate(yi, sc, dataPtr, keep)
		}
	}
	r.size, r.base, r.scopes = len(data), yi.FileSet().Base(), scopes.Len()
}

// truncate cuts yi's global frame and its layout back to n slots, if the
// layout is as long as the frame, and returns the frame.
func truncate(yi *interp.Interpreter, pkg reflect.Value, data *[]reflect.Value, n int) []reflect.Value {
	layout := func(sc unsafe.Pointer) *[]reflect.Type {
		return (*[]reflect.Type)(unsafe.Add(sc, slots.types.Offset))
	}
	u := at(unsafe.Pointer(yi), slots.universe)
	if u.IsNil() {
		return *data
	}
	ut, pt := layout(u.UnsafePointer()), layout(pkg.UnsafePointer())
	if len(*ut) != len(*data) || len(*pt) != len(*data) {
		return *data
	}
	clear((*data)[n:])
	clear((*ut)[n:])
	clear((*pt)[n:])
	*data, *ut, *pt = (*data)[:n], (*ut)[:n], (*pt)[:n]
	return *data
}

// mainID is the import path of yaegi's package of the cells.
const mainID = "main"

// lazyCell reports whether a checked cell may keep code that reads a
// global slot after it ran: it declares a function or closure, or one of
// its expressions has a type with methods declared in the notebook (a
// method value or an interface conversion of such a value needs one).
// Methods of compiled types are bound when the value is taken.
func lazyCell(c *typecheck.Result) bool {
	if c == nil || c.File == nil || c.Info == nil {
		return true
	}
	lazy := false
	ast.Inspect(c.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			lazy = true
		case *ast.FuncDecl:
			lazy = lazy || n != c.Body
		}
		return !lazy
	})
	if lazy {
		return true
	}
	seen := map[types.Type]bool{}
	for e, tv := range c.Info.Types {
		if tv.IsType() || e.Pos() < c.File.FileStart || e.Pos() > c.File.FileEnd || seen[tv.Type] {
			continue // the session's declarations are checked with the cell
		}
		seen[tv.Type] = true
		if notebookMethods(tv.Type, c.Pkg) {
			return true
		}
	}
	return false
}

// notebookMethods reports whether t or *t has a method declared in pkg.
func notebookMethods(t types.Type, pkg *types.Package) bool {
	for _, t := range []types.Type{t, types.NewPointer(t)} {
		ms := types.NewMethodSet(t)
		for i := range ms.Len() {
			if ms.At(i).Obj().Pkg() == pkg {
				return true
			}
		}
		if _, ok := t.Underlying().(*types.Pointer); ok {
			break
		}
	}
	return false
}

// clearSlot gives slot i a fresh zero value of its type.
func clearSlot(data []reflect.Value, i int) {
	if v := data[i]; v.IsValid() && !v.IsZero() {
		data[i] = reflect.New(v.Type()).Elem()
	}
}

func notIdent(c rune) bool { return c != '_' && !unicode.IsLetter(c) && !unicode.IsDigit(c) }
