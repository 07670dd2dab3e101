package lower

import (
	"go/ast"
	"go/types"
)

// Storing a struct in an interface copies it in Go. yaegi keeps the
// variable itself in the interface when the struct's type is one the
// cells declared, so a later change to the variable showed through it:
//
//	h := Holder{1}; var g Getter = h; h.n = 99; g.Get()   // 99, Go: 1
//
// A conversion to the struct's own type makes yaegi copy it, so each
// place where such a variable (or field, element, pointee) goes into an
// interface - an assignment, a declaration, an argument, a result, a
// composite literal's element, a send, a conversion - gets one:
//
//	var g Getter = h   becomes   var g Getter = Holder(h)

// lowerIfaceCopyAssign handles x = e and x := e.
func (c *cell) lowerIfaceCopyAssign(n *ast.AssignStmt) {
	if len(n.Lhs) != len(n.Rhs) {
		return
	}
	for i, lhs := range n.Lhs {
		var target types.Type
		if id, ok := lhs.(*ast.Ident); ok && c.Info.Defs[id] != nil {
			target = c.Info.Defs[id].Type()
		} else {
			target = c.Info.TypeOf(lhs)
		}
		c.copyIntoInterface(target, n.Rhs[i])
	}
}

// lowerIfaceCopySpec handles var x T = e.
func (c *cell) lowerIfaceCopySpec(n *ast.ValueSpec) {
	if n.Type == nil || len(n.Names) != len(n.Values) {
		return
	}
	for _, e := range n.Values {
		c.copyIntoInterface(c.Info.TypeOf(n.Type), e)
	}
}

// lowerIfaceCopyCall handles arguments and explicit conversions I(e).
func (c *cell) lowerIfaceCopyCall(n *ast.CallExpr) {
	tv, ok := c.Info.Types[n.Fun]
	if !ok {
		return
	}
	if tv.IsType() {
		if len(n.Args) == 1 {
			c.copyIntoInterface(tv.Type, n.Args[0])
		}
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || c.compiledFunc(n.Fun) {
		return
	}
	params := sig.Params()
	for i, arg := range n.Args {
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			if n.Ellipsis.IsValid() {
				return
			}
			if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
				c.copyIntoInterface(s.Elem(), arg)
			}
		case i < params.Len():
			c.copyIntoInterface(params.At(i).Type(), arg)
		}
	}
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

// lowerIfaceCopyReturn handles return e.
func (c *cell) lowerIfaceCopyReturn(n *ast.ReturnStmt) {
	var sig *types.Signature
	for i := len(c.stack) - 1; i >= 0 && sig == nil; i-- {
		switch f := c.stack[i].(type) {
		case *ast.FuncLit:
			sig, _ = c.Info.TypeOf(f).(*types.Signature)
		case *ast.FuncDecl:
			if obj := c.Info.Defs[f.Name]; obj != nil {
				sig, _ = obj.Type().(*types.Signature)
			}
		}
	}
	if sig == nil || sig.Results().Len() != len(n.Results) {
		return
	}
	for i, e := range n.Results {
		c.copyIntoInterface(sig.Results().At(i).Type(), e)
	}
}

// lowerIfaceCopyLiteral handles the elements of composite literals.
func (c *cell) lowerIfaceCopyLiteral(n *ast.CompositeLit) {
	t := c.Info.TypeOf(n)
	if t == nil {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok { // &T{...} elided in [] *T{{...}}
		t = p.Elem()
	}
	for _, elt := range n.Elts {
		key, value := ast.Expr(nil), elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			key, value = kv.Key, kv.Value
		}
		switch u := t.Underlying().(type) {
		case *types.Slice:
			c.copyIntoInterface(u.Elem(), value)
		case *types.Array:
			c.copyIntoInterface(u.Elem(), value)
		case *types.Map:
			if key != nil {
				c.copyIntoInterface(u.Key(), key)
			}
			c.copyIntoInterface(u.Elem(), value)
		case *types.Struct:
			if key != nil {
				c.copyIntoInterface(c.Info.TypeOf(key), value)
			}
		}
	}
}

// lowerIfaceCopySend handles ch <- e.
func (c *cell) lowerIfaceCopySend(n *ast.SendStmt) {
	if ch, ok := c.Info.TypeOf(n.Chan).Underlying().(*types.Chan); ok {
		c.copyIntoInterface(ch.Elem(), n.Value)
	}
}

// copyIntoInterface wraps e in a conversion to its own type when e is a
// variable of a struct type of the cells going into an interface.
func (c *cell) copyIntoInterface(target types.Type, e ast.Expr) {
	if target == nil || !types.IsInterface(target) || !c.inCell(e.Pos()) || !addressable(e) {
		return
	}
	t := c.Info.TypeOf(e)
	if t == nil || types.IsInterface(t) {
		return
	}
	if _, isStruct := t.Underlying().(*types.Struct); !isStruct {
		return
	}
	if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() != c.Pkg {
		return // a compiled package's struct: yaegi copies it
	}
	name, ok := c.typeString(t)
	if !ok {
		return
	}
	c.insert(e.Pos(), "("+name+")(")
	c.insert(e.End(), ")")
}

// addressable reports whether e denotes a variable (which a later
// statement can change), as opposed to a fresh value.
func addressable(e ast.Expr) bool {
	switch ast.Unparen(e).(type) {
	case *ast.Ident, *ast.StarExpr:
		return true
	case *ast.SelectorExpr, *ast.IndexExpr:
		// A field or element, of a variable or through a pointer; a map
		// element is a copy already, and converting it again is harmless.
		return true
	}
	return false
}
