package lower

import (
	"go/ast"
	"go/types"
)

// Values of the cells' types passed to compiled functions, or converted
// to the interfaces of compiled packages, where yaegi converted them
// wrong (ifacecopy.go does the cells' own interfaces).

// lowerCompiledVariadic converts the cells' values passed in the variadic
// part of a compiled function's call to its interface element type:
// yaegi wraps a value for a compiled interface parameter, but not for a
// variadic one, and io.MultiWriter(prefixWriter{...}, &b) panicked
// ("cannot use struct {...} as type io.Writer in Call"):
//
//	io.MultiWriter(pw, &b)   becomes   io.MultiWriter(io.Writer(pw), &b)
func (c *cell) lowerCompiledVariadic(n *ast.CallExpr) {
	if n.Ellipsis.IsValid() || !c.compiledFunc(n.Fun) {
		return
	}
	sig, ok := c.Info.TypeOf(n.Fun).(*types.Signature)
	if !ok || !sig.Variadic() {
		return
	}
	elem := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
	iface, ok := elem.Underlying().(*types.Interface)
	if !ok || iface.Empty() || types.Identical(elem, types.Universe.Lookup("error").Type()) {
		return // fmt's ...any and errors.Join's ...error have stand-ins of their own
	}
	ts, ok := c.typeString(elem)
	if !ok {
		return
	}
	for _, arg := range n.Args[sig.Params().Len()-1:] {
		if t := c.Info.TypeOf(arg); t != nil && !types.IsInterface(t) && c.sessionType(t) {
			c.insert(arg.Pos(), ts+"(")
			c.insert(arg.End(), ")")
		}
	}
}

// compiledIfaceConversion returns the function literal that converts e, a
// value of a cell's type, to target, a compiled package's interface
// (error(p), fmt.Stringer(t)): yaegi's explicit conversion made a value
// that panicked when passed on ("reflect.Set: value of type *struct {...}
// is not assignable to type error"), where passing the value itself as an
// argument of the interface's type converts it right.
func (c *cell) compiledIfaceConversion(target types.Type, e ast.Expr) (string, bool) {
	named, ok := types.Unalias(target).(*types.Named)
	if !ok || named.Obj().Pkg() == c.Pkg || !types.IsInterface(target) || !c.inCell(e.Pos()) {
		return "", false
	}
	t := c.Info.TypeOf(e)
	if t == nil || types.IsInterface(t) || !c.sessionType(t) || c.boxedFor(target, t) {
		return "", false
	}
	name, ok := c.typeString(target)
	if !ok {
		return "", false
	}
	return "func(v " + name + ") " + name + " { return v }", true
}

// compiledFunc reports whether fun names a function of a compiled
// package: yaegi hands those a copy already (and the values lowerings
// rewrite their arguments).
func (c *cell) compiledFunc(fun ast.Expr) bool {
	var id *ast.Ident
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr: // an instantiation
		return c.compiledFunc(f.X)
	case *ast.IndexListExpr:
		return c.compiledFunc(f.X)
	default:
		return false
	}
	fn, ok := c.Info.Uses[id].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg() != c.Pkg
}
