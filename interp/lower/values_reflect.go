package lower

import (
	"go/ast"
	"go/types"
	"strconv"
)

// lowerReflectTypeOf hands reflect.TypeOf the stand-in of a value that
// may be of a cell's type, whose reflect type yaegi builds without a name
// (reflect.TypeOf(User{}) printed `struct { Name string }`, Name() was
// ""); mirror.ReflectTypeOf gives the type its name and its fields their
// declared names:
//
//	reflect.TypeOf(u)   becomes   _gbp.ReflectTypeOf(_gbp.StandIn(u, 1, desc))
func (c *cell) lowerReflectTypeOf(call *ast.CallExpr) {
	if len(call.Args) != 1 {
		return
	}
	t := c.Info.TypeOf(call.Args[0])
	u := fmtUse("T")
	u.reflect = true
	if t == nil || !c.matters(t, u, call.Pos()) {
		return
	}
	if c.standIn(call.Args[0], t, u, false) {
		c.replace(call.Fun.Pos(), call.Fun.End(), "_gbp.ReflectTypeOf")
	}
}

// lowerDeepEqualTypes answers reflect.DeepEqual of values whose types
// differ, which Go says are not equal, where yaegi may not see the
// difference: its type ID of `type ID int` is int, so DeepEqual of
// map[string]ID and map[string]int was true. Both values are still
// evaluated:
//
//	reflect.DeepEqual(a, b)   becomes   func(any, any) bool { return false }(a, b)
//
// Values in interfaces keep their dynamic types and are left alone.
func (c *cell) lowerDeepEqualTypes(call *ast.CallExpr) {
	if len(call.Args) != 2 || call.Ellipsis.IsValid() {
		return
	}
	var ts [2]types.Type
	for i, arg := range call.Args {
		t := c.Info.TypeOf(arg)
		if t == nil || types.IsInterface(t) {
			return
		}
		ts[i] = types.Default(t)
	}
	if !types.Identical(ts[0], ts[1]) {
		c.replace(call.Fun.Pos(), call.Fun.End(), "func(any, any) bool { return false }")
	}
}

// lowerTypeFor writes Go's generic reflect.TypeFor[T](), which yaegi's
// reflect lacks (the checker knows it: interp's addTypeFor), as the
// reflect.TypeOf yaegi has, through the stand-in of a T for a type that
// involves the cells' types, as lowerReflectTypeOf does:
//
//	reflect.TypeFor[User]()    becomes   _gbp.ReflectTypeOf(_gbp.StandIn(*new(User), 1, desc))
//	reflect.TypeFor[error]()   becomes   reflect.TypeOf(new(error)).Elem()
func (c *cell) lowerTypeFor(call *ast.CallExpr) {
	ix, ok := c.instantiatedCall(call, "reflect", "TypeFor")
	if !ok || len(call.Args) != 0 {
		return
	}
	t := c.Info.TypeOf(ix.Index)
	ts, ok := c.typeString(t)
	if t == nil || !ok {
		c.fail(call, "reflect.TypeFor of a type this cell cannot spell", "use reflect.TypeOf of a value of the type")
		return
	}
	u := fmtUse("T")
	u.reflect = true
	switch {
	case types.IsInterface(t) && c.isCellType(t):
		c.fail(call, "reflect.TypeFor of an interface the notebook declares (the interpreter keeps no reflect type of its own for it)",
			"use reflect.TypeOf of a value of a concrete type")
	case !types.IsInterface(t) && c.matters(t, u, call.Pos()):
		if text, ok := c.namedReflectType(call, t, ts, "reflect.TypeFor"); ok {
			c.replace(call.Pos(), call.End(), text)
		}
	default:
		c.replace(call.Pos(), call.End(), "reflect.TypeOf(new("+ts+")).Elem()") // (*T)(nil) failed in a generic body
	}
}

// instantiatedCall reports a call of pkg.name[T](...), a generic function
// of the package at path pkg, and returns its instantiation.
func (c *cell) instantiatedCall(call *ast.CallExpr, pkg, name string) (*ast.IndexExpr, bool) {
	ix, ok := call.Fun.(*ast.IndexExpr)
	if !ok {
		return nil, false
	}
	sel, ok := ix.X.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != name {
		return nil, false
	}
	fn, ok := c.Info.Uses[sel.Sel].(*types.Func)
	return ix, ok && fn.Pkg() != nil && fn.Pkg().Path() == pkg
}

// namedReflectType writes the reflect.Type of t, a type involving the
// cells' types that the cell spells ts, with its names: mirror's
// ReflectTypeOf of the stand-in of a zero value. what names the call for
// the error when the name of a type in t is hidden where call is.
func (c *cell) namedReflectType(call ast.Node, t types.Type, ts, what string) (string, bool) {
	u := fmtUse("T")
	u.reflect = true
	tb := c.newTable(call.Pos(), u)
	root := tb.describe(t)
	if tb.unnamed != "" {
		c.fail(call, what+" of a type "+tb.unnamed+" whose name is hidden", "rename the declaration that hides it")
		return "", false
	}
	zero := "*new(" + ts + ")"
	if _, isStruct := t.Underlying().(*types.Struct); isStruct {
		zero = ts + "{}" // yaegi found no type for new(Box[int])
	}
	return "_gbp.ReflectTypeOf(_gbp.StandIn(" + zero + ", " + strconv.Itoa(root) + ", " + tb.args() + "))", true
}
