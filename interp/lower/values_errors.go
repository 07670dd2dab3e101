package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// Errors of the cell's types in the errors package and fmt.Errorf's %w.
// yaegi hands compiled code a value of a cell's error type without its
// methods - errors.As panicked ("*target must be interface or implement
// error"), %w printed %!w(...), errors.Is missed a cell's Unwrap and Is.
// Such an error becomes a mirror.ErrorValue (values.go's stand-in as an
// error), and the functions of errors become mirror's, which follow the
// cell's methods; what they give back to the cell is turned back into the
// cell's value (fromRaw):
//
//	errors.Is(err, target)  becomes _gbp.ErrorsIs(err', target')
//	errors.As(err, &t)      becomes _gbp.ErrorsAs(err', &t, set), set storing a value of t's type
//	errors.Unwrap(err)      becomes func() error { n, r := _gbp.ErrorsUnwrap(err'); return fromRaw(n, r) }()
//	errors.Join(errs...)    becomes errors.Join(errs'...)
//	fmt.Errorf("%w", err)   becomes fmt.Errorf("%w", err')

var errorsFuncs = map[string]string{
	"errors.Is":     "_gbp.ErrorsIs",
	"errors.As":     "_gbp.ErrorsAs",
	"errors.Unwrap": "_gbp.ErrorsUnwrap",
	"errors.Join":   "",
}

var errorType = types.Universe.Lookup("error").Type()

// mayHoldCellError reports whether a value of type t may be an error of a
// cell's type.
func (c *cell) mayHoldCellError(t types.Type, pos ast.Node) bool {
	t = types.Unalias(t)
	if _, ok := t.Underlying().(*types.Interface); ok {
		for _, cand := range c.candidates(t, pos.Pos()) {
			if types.Implements(cand, errorType.Underlying().(*types.Interface)) {
				return true
			}
		}
		return false
	}
	if p, ok := t.(*types.Pointer); ok && c.isCellType(p.Elem()) {
		return true
	}
	return c.isCellType(t)
}

func errorsUse() *use {
	u := fmtUse("v")
	u.errors = true
	return u
}

// standInErr rewrites an argument of an error function into its stand-in
// as an error.
func (c *cell) standInErr(arg ast.Expr, spread bool) bool {
	tv := c.Info.Types[arg]
	t := tv.Type
	if spread {
		t = t.Underlying().(*types.Slice).Elem()
	}
	tb := c.newTable(arg.Pos(), errorsUse())
	root := tb.describe(t)
	tb.describe(errorType)
	if tb.unnamed != "" {
		c.fail(arg, "passing an error of type "+tb.unnamed+" to the errors package where that type's name is hidden",
			"rename the declaration that hides it")
		return false
	}
	if c.rebuilt(arg) {
		c.fail(arg, "a deferred or go call that passes an error of a type the cell declares to the errors package",
			"call it in a function literal: defer func() { ... }()")
		return false
	}
	helper := "_gbp.ErrStandIn("
	if spread {
		helper = "_gbp.ErrStandIns("
	}
	c.insert(arg.Pos(), helper)
	c.insert(arg.End(), ", "+strconv.Itoa(root)+", "+tb.args()+")")
	return true
}

// lowerErrorsCall routes a call of the errors package through mirror's
// functions when an error of a cell's type may take part.
func (c *cell) lowerErrorsCall(call *ast.CallExpr, helper string) {
	spread := call.Ellipsis.IsValid()
	var args []ast.Expr
	for _, a := range call.Args {
		if tv := c.Info.Types[a]; tv.Type != nil && !tv.IsNil() {
			t := tv.Type
			if spread && a == call.Args[len(call.Args)-1] {
				t = t.Underlying().(*types.Slice).Elem()
			}
			if c.mayHoldCellError(t, a) {
				args = append(args, a)
			}
		}
	}
	name := c.calleeName(call)
	var target types.Type
	if name == "errors.As" && len(call.Args) == 2 {
		if p, ok := c.Info.Types[call.Args[1]].Type.Underlying().(*types.Pointer); ok {
			target = p.Elem()
		}
		if target != nil && c.mayHoldCellError(target, call.Args[1]) && !isInterface(target) || target != nil && (c.isCellType(target) || c.writtenInterface(target)) {
			// The target's type is the cell's: compiled errors.As
			// panics on it.
			args = []ast.Expr{call.Args[0]}
		} else if len(args) > 0 && args[len(args)-1] == call.Args[1] {
			args = args[:len(args)-1]
		}
	}
	if len(args) == 0 {
		return
	}
	switch name {
	case "errors.Is":
		c.replace(call.Fun.Pos(), call.Fun.End(), helper)
		for _, a := range args {
			if !c.standInErr(a, false) {
				return
			}
		}
	case "errors.As":
		c.replace(call.Fun.Pos(), call.Fun.End(), helper)
		if !c.standInErr(call.Args[0], false) {
			return
		}
		set := "nil"
		if target != nil && (c.isCellType(target) || c.writtenInterface(target) || c.mayHoldCellError(target, call.Args[1]) && !types.Identical(target, errorType)) {
			tb := c.newTable(call.Pos(), errorsUse())
			set = tb.setter(target)
			if tb.unnamed != "" {
				c.fail(call, "errors.As into a variable of type "+tb.unnamed+" where that type's name is hidden", "rename the declaration that hides it")
				return
			}
		}
		c.insert(call.Rparen, ", "+set)
	case "errors.Unwrap":
		// Through variables, not fromRaw(f()): yaegi could not compile
		// a two-result call spread over a literal's parameters once it was
		// itself an argument (errors.Unwrap(errors.Unwrap(err))).
		tb := c.newTable(call.Pos(), errorsUse())
		name, raw := c.newName("N"), c.newName("R")
		c.insert(call.Pos(), "func() error { "+name+", "+raw+" := ")
		c.replace(call.Fun.Pos(), call.Fun.End(), helper)
		if !c.standInErr(call.Args[0], false) {
			return
		}
		// The closing text replaces the call's ")", so that it comes before
		// what an enclosing lowering inserts where the call ends.
		c.replace(call.Rparen, call.End(), "); return "+tb.fromRaw()+"("+name+", "+raw+") }()")
	case "errors.Join":
		for _, a := range args {
			if !c.standInErr(a, spread && a == call.Args[len(call.Args)-1]) {
				return
			}
		}
	}
}

func isInterface(t types.Type) bool {
	_, ok := t.Underlying().(*types.Interface)
	return ok
}

// fromRaw writes the function that makes an error of the cell again from
// mirror.Raw's name and value: a type assertion gives yaegi's value its
// type back.
func (tb *table) fromRaw() string {
	var b strings.Builder
	b.WriteString("func(name string, raw any) error { switch name {")
	for _, cand := range tb.c.candidates(errorType, tb.pos) {
		if !tb.nameable(cand) {
			continue
		}
		value := "raw.(" + tb.name(cand) + ")"
		if boxer := tb.c.errorBoxer(cand, tb.pos); boxer != "" {
			value = boxer + "(" + value + ")"
		}
		b.WriteString(" case " + strconv.Quote(reflectName(cand)) + ": return " + value + ";")
	}
	// yaegi's nil.(error) dereferenced nil: a nil result is tested first.
	b.WriteString(" }; if raw == nil { return nil }; e, _ := raw.(error); return e }")
	return b.String()
}

// setter writes errors.As's function that stores a cell's error, given as
// mirror.Raw's name and value, in a target of type t.
func (tb *table) setter(t types.Type) string {
	var b strings.Builder
	b.WriteString("func(target any, name string, raw any) bool { p := target.(*" + tb.name(t) + "); switch name {")
	cands := []types.Type{t}
	if _, ok := t.Underlying().(*types.Interface); ok {
		cands = nil
		for _, cand := range tb.c.candidates(t, tb.pos) {
			if tb.nameable(cand) && types.Implements(cand, errorType.Underlying().(*types.Interface)) {
				cands = append(cands, cand)
			}
		}
	}
	for _, cand := range cands {
		// raw is nil for an error holding a nil pointer (a typed nil).
		b.WriteString(" case " + strconv.Quote(reflectName(cand)) + ": if raw == nil { *p = *new(" + tb.name(cand) + ") } else { *p = raw.(" + tb.name(cand) + ") }; return true;")
	}
	if len(cands) == 1 && !types.IsInterface(t) {
		// The value in yaegi's wrapper of an error compiled code kept:
		// the interpreter's assertion tells whether it is one.
		b.WriteString(" case \"\": if v, ok := raw.(" + tb.name(t) + "); ok { *p = v; return true };")
	}
	if tb.c.writtenInterface(t) {
		// A compiled error: the interpreter cannot hold it in the
		// cell's interface; one that has its methods stops the cell.
		b.WriteString(" case \"\":")
		if name := tb.c.behaviour(t); name != "" {
			// One whose method the session has a compiled interface of
			// (Timeout() bool: *fs.PathError) converts through it.
			b.WriteString(" if v, ok := raw.(_gbp." + name + "); ok { *p = func(v " + tb.name(t) + ") " + tb.name(t) + " { return v }(v); return true };")
		}
		b.WriteString(" return _gbp.NotImplemented(raw, false, " + notImplementedArgs(t) + ");")
	}
	b.WriteString(" }; return false }")
	return b.String()
}

// errorBoxer returns the call that makes the box of an error of type t
// (boxerror.go), or "" when t is not boxed. It is written once per type
// and cell: the description of a type with an Is or Unwrap method has a
// callback that turns errors back into the cell's values - this function
// again, for the same type.
func (c *cell) errorBoxer(t types.Type, pos token.Pos) string {
	if !c.boxedError(t) {
		return ""
	}
	return c.tableBoxer(t, pos, "_gbp.Boxer")
}

// tableBoxer returns the call of fn (_gbp.Boxer, _gbp.NamedBoxer) with a
// table describing t, made once per type and cell.
func (c *cell) tableBoxer(t types.Type, pos token.Pos, fn string) string {
	if c.boxers == nil {
		c.boxers = map[boxerKey]string{}
	}
	key := boxerKey{t, fn}
	if b, ok := c.boxers[key]; ok {
		if b == "" && fn == "_gbp.Boxer" {
			// Being written: in its own callbacks, by the type's name.
			return "func(raw any) error { return _gbp.BoxAs(" + strconv.Quote(reflectName(t)) + ", raw) }"
		}
		return b // "" while it is being written: the value stays unboxed there
	}
	c.boxers[key] = ""
	// A box may reach encoding/json without a stand-in around it (an
	// element of a []any): it keeps the type's marshalling methods too.
	u := errorsUse()
	u.marshal = true
	box := c.newTable(pos, u)
	b := fn + "(" + strconv.Itoa(box.describe(t)) + ", " + box.args() + ")"
	c.boxers[key] = b
	return b
}

// boxerKey names a boxer call: a type's values have one kind of box per
// interface.
type boxerKey struct {
	t  types.Type
	fn string
}

// writtenInterface reports whether t is an interface type the cells wrote
// other than error: a pointer to a variable of it reaches compiled code as
// a pointer to the interpreter's own representation, which errors.As
// refused ("*target must be interface or implement error") or, for a
// compiled error, could not fill.
func (c *cell) writtenInterface(t types.Type) bool {
	t = types.Unalias(t)
	if !isInterface(t) || types.Identical(t, errorType) {
		return false
	}
	named, ok := t.(*types.Named)
	return !ok || named.Obj().Pkg() == c.Pkg
}
