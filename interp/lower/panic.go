package lower

import (
	"go/ast"
	"go/types"
)

// lowerPanicValue lets an uncaught panic report its value the way Go
// does: Go prints a panic value's Error() or String(). To compiled code
// a yaegi value has no methods, so the cell's error showed the bare
// struct (&{age -4}) instead of "invalid age: -4". The value itself is
// unchanged - recover still returns it - but the session is told, before
// the panic starts, how to describe it:
//
//	panic(err)   becomes   panic(_gbp.PanicValue(err, "*main.AgeError", err.Error))
func (c *cell) lowerPanicValue(n *ast.CallExpr) {
	if !c.isBuiltin(n, "panic") || len(n.Args) != 1 {
		return
	}
	arg := n.Args[0]
	if c.Info.Types[arg].IsNil() {
		// Since Go 1.21 panic(nil) panics with a *runtime.PanicNilError,
		// which recover returns; yaegi's recover gave nil.
		c.replace(arg.Pos(), arg.End(), "_gbp.PanicNil()")
		return
	}
	t := c.Info.Types[arg].Type
	if t == nil || !c.sessionType(t) {
		return
	}
	if c.boxedError(t) {
		// An error held by value: in its box (boxerror.go), which
		// recover().(error), errors.As and the panic's message know; in
		// yaegi's wrapper its type was lost.
		if boxer := c.errorBoxer(t, arg.Pos()); boxer != "" {
			c.insert(arg.Pos(), boxer+"(")
			c.insert(arg.End(), ")")
			return
		}
	}
	if c.boxedNamed(t) {
		// A named non-struct value (type syntaxError string): in its box
		// (boxnamed.go), so that recover().(syntaxError) and a case on
		// the type match; yaegi held it as its underlying type.
		if boxer := c.namedBoxer(t, arg.Pos()); boxer != "" {
			c.insert(arg.Pos(), boxer+"(")
			c.insert(arg.End(), ")")
			return
		}
	}
	method := ""
	for _, m := range []string{"Error", "String"} {
		obj, _, _ := types.LookupFieldOrMethod(t, true, c.Pkg, m)
		if f, ok := obj.(*types.Func); ok && f.Signature().Params().Len() == 0 && f.Signature().Results().Len() == 1 {
			method = m
			break
		}
	}
	if method == "" {
		return
	}
	name := types.TypeString(t, func(p *types.Package) string { return p.Name() })
	v := c.newName("Panic")
	// The value keeps what other lowerings write inside it (an error
	// wrapped by fmt.Errorf's %w there).
	c.insert(arg.Pos(), "func() any { "+v+" := ")
	c.insertLast(arg.End(), "; return _gbp.PanicValue("+v+", \""+name+"\", "+v+"."+method+") }()")
}

// sessionType reports whether t is a type the cells declared, or a
// pointer to one: the values yaegi builds without methods.
func (c *cell) sessionType(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := t.(*types.Named)
	return ok && named.Obj().Pkg() == c.Pkg
}
