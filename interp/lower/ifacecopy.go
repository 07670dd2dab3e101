package lower

import (
	"go/ast"
	"go/token"
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
		if !c.copyThroughCall(target, n.Rhs[i]) {
			c.copyIntoInterface(target, n.Rhs[i])
		}
		c.boxError(target, n.Rhs[i])
		c.guardTypedNil(target, n.Rhs[i])
	}
}

// lowerIfaceCopySpec handles var x T = e.
func (c *cell) lowerIfaceCopySpec(n *ast.ValueSpec) {
	if n.Type == nil || len(n.Names) != len(n.Values) {
		return
	}
	if c.interfaceCheck(n) {
		// var _ io.Writer = (*W)(nil): the type checker has checked
		// what the idiom checks, and no one reads the variable; a nil
		// pointer in the interface would be refused (guardTypedNil).
		c.replace(n.Type.Pos(), n.Values[0].Pos(), "= ")
		return
	}
	for _, e := range n.Values {
		if !c.copyThroughCall(c.Info.TypeOf(n.Type), e) {
			c.copyIntoInterface(c.Info.TypeOf(n.Type), e)
		}
		c.boxError(c.Info.TypeOf(n.Type), e)
		c.guardTypedNil(c.Info.TypeOf(n.Type), e)
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
			if _, asserted := c.parent().(*ast.TypeAssertExpr); !asserted && c.copyThroughCall(tv.Type, n.Args[0]) {
				return // (any(v).(I) is assertfold's)
			}
			c.copyIntoInterface(tv.Type, n.Args[0])
			c.boxError(tv.Type, n.Args[0])
			if _, asserted := c.parent().(*ast.TypeAssertExpr); !asserted {
				c.guardTypedNil(tv.Type, n.Args[0]) // (any(v).(I) is assertfold's)
			}
			if box, ok := c.boxer(tv.Type, n.Args[0]); ok {
				// yaegi's conversion of the boxed value to the interface
				// panicked: the call is the conversion.
				c.replace(n.Pos(), n.Lparen+1, box+"(")
			} else if conv, ok := c.compiledIfaceConversion(tv.Type, n.Args[0]); ok {
				c.replace(n.Pos(), n.Lparen+1, conv+"(")
			}
		}
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if ok && c.compiledFunc(n.Fun) {
		c.boxStoredArgs(n, sig)
		return
	}
	if !ok {
		return
	}
	if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
		if b, ok := c.Info.Uses[id].(*types.Builtin); ok && b.Name() != "append" {
			return // panic's value is lowerPanicValue's
		}
	}
	params := sig.Params()
	for _, arg := range n.Args {
		c.convertInterfaceResult(arg)
	}
	for i, arg := range n.Args {
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			if n.Ellipsis.IsValid() {
				return
			}
			if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
				if !c.copyThroughCall(s.Elem(), arg) {
					c.copyIntoInterface(s.Elem(), arg)
					c.boxError(s.Elem(), arg)
				}
				c.guardTypedNil(s.Elem(), arg)
			}
		case i < params.Len():
			if !c.copyThroughCall(params.At(i).Type(), arg) {
				c.copyIntoInterface(params.At(i).Type(), arg)
			}
			c.boxError(params.At(i).Type(), arg)
			c.guardTypedNil(params.At(i).Type(), arg)
		}
	}
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
		// The box goes around the copy: func(v any) any { return v }((T)(x)).
		if !c.copyThroughCall(sig.Results().At(i).Type(), e) {
			c.boxIntoInterface(sig.Results().At(i).Type(), e)
			c.copyIntoInterface(sig.Results().At(i).Type(), e)
		}
		c.boxError(sig.Results().At(i).Type(), e)
		c.guardTypedNil(sig.Results().At(i).Type(), e)
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
	for i, elt := range n.Elts {
		key, value := ast.Expr(nil), elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			key, value = kv.Key, kv.Value
		}
		switch u := t.Underlying().(type) {
		case *types.Slice:
			c.storeInto(u.Elem(), value)
		case *types.Array:
			c.storeInto(u.Elem(), value)
		case *types.Map:
			if key != nil {
				c.storeInto(u.Key(), key)
			}
			c.storeInto(u.Elem(), value)
		case *types.Struct:
			switch {
			case key != nil:
				c.storeInto(c.Info.TypeOf(key), value)
			case i < u.NumFields():
				// Holder{CodeErr{8}}: by position.
				c.storeInto(u.Field(i).Type(), value)
			}
		}
	}
}

// lowerIfaceCopySend handles ch <- e.
func (c *cell) lowerIfaceCopySend(n *ast.SendStmt) {
	if ch, ok := c.Info.TypeOf(n.Chan).Underlying().(*types.Chan); ok {
		c.storeInto(ch.Elem(), n.Value)
	}
}

// storeInto does what Go's implicit conversion of e to target, an
// element, field or value sent, needs: the copy, the box of an error, the
// guard of a typed nil.
func (c *cell) storeInto(target types.Type, e ast.Expr) {
	c.copyInto(target, e)
	c.boxError(target, e)
	c.guardTypedNil(target, e)
}

// copyInto copies e into the interface target: through a call for a type
// with methods, by a conversion for a struct variable.
func (c *cell) copyInto(target types.Type, e ast.Expr) {
	if !c.copyThroughCall(target, e) {
		c.copyIntoInterface(target, e)
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
	if c.boxedFor(target, t) || isEmptyInterface(target) && c.boxedNamed(t) {
		return // boxError's and boxNamed's boxes hold a copy
	}
	name, ok := c.typeString(t)
	if !ok {
		return
	}
	c.insert(e.Pos(), "("+name+")(")
	c.insert(e.End(), ")")
}

// copyThroughCall stores e, a value of a type of the cells with methods,
// in the interface target through a call that takes it by value: yaegi's
// interface kept a reference to where the value was made, so every
// append(out, D(i)) of a loop held the last one ([d2 d2 d2]), and
// `var x any = d; d = 2` changed x. A parameter is a new variable each
// call:
//
//	out = append(out, D(i))   becomes   out = append(out, func(v D) fmt.Stringer { return v }(D(i)))
//
// So did a pointer made in place (&T{n}, or a call's result) that goes
// into an interface with methods: mods[n] = &FF{n} in a loop left every
// element pointing at the last FF.
//
// It reports whether it did; the other lowerings of the place then leave
// e alone.
func (c *cell) copyThroughCall(target types.Type, e ast.Expr) bool {
	if c.refuseAnonymousTwin(target, e) {
		return true
	}
	if c.boxNamed(target, e) {
		return true // the box holds a copy (boxnamed.go)
	}
	if target == nil || !types.IsInterface(target) || !c.inCell(e.Pos()) || c.Info.Types[e].IsNil() {
		return false
	}
	t := c.Info.TypeOf(e)
	if t != nil && isParam(t) && !isParam(target) {
		return c.copyParamThroughCall(target, t, e)
	}
	if t == nil || types.IsInterface(t) || !c.sessionType(t) || types.NewMethodSet(t).Len() == 0 {
		return false
	}
	if isPointer(t) && !(c.freshPointer(e) && c.inLoop()) {
		// A pointer made where it goes in (&T{n}, newT(n)) is the one
		// kind the interface kept the place of: in a loop every
		// mods[n] = &T{n} held the last one. A variable's is copied, and
		// outside a loop the place is not used again.
		return false
	}
	if c.boxedFor(target, t) {
		return false // boxError's box holds a copy
	}
	ts, ok1 := c.typeString(t)
	is, ok2 := c.typeString(target)
	if !ok1 || !ok2 {
		return false
	}
	open, close := "func(v "+ts+") "+is+" { return v }(", ")"
	switch {
	case isEmptyInterface(target):
		// Converted by a return, a value in an interface{} lacked yaegi's
		// box (which keeps its type); passed as an argument it has it.
		open = "func(v " + ts + ") " + is + " { return func(w " + is + ") " + is + " { return w }(v) }("
	case c.ownInterfaceType(target):
		// A call's result of one of the cells' interfaces must be
		// converted again (see convertInterfaceResult).
		open, close = is+"("+open, "))"
	}
	c.insert(e.Pos(), open)
	c.insert(e.End(), close)
	return true
}

// ownInterfaceType reports whether t is an interface with methods the
// cells declare.
func (c *cell) ownInterfaceType(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() != c.Pkg {
		return false
	}
	iface, ok := named.Underlying().(*types.Interface)
	return ok && !iface.Empty()
}

// convertInterfaceResult converts again a call's result of one of the
// cells' interfaces passed as an argument: yaegi handed the callee a
// value its assertions did not match (isA(mk()) with mk returning Token
// and isA asserting t.(Ident) was false, where t := mk(); isA(t) and
// isA(Token(mk())) are right).
//
//	isA(mk())   becomes   isA(Token(mk()))
//
// An assertion to such an interface is a call once lowered
// (ifaceassert.go): isA(v.(Token)) becomes isA(Token(v.(Token))).
func (c *cell) convertInterfaceResult(arg ast.Expr) {
	switch x := ast.Unparen(arg).(type) {
	case *ast.CallExpr:
		if c.Info.Types[x.Fun].IsType() {
			return
		}
	case *ast.TypeAssertExpr:
		if x.Type == nil {
			return
		}
	default:
		return
	}
	if !c.inCell(arg.Pos()) {
		return
	}
	t := c.Info.TypeOf(arg)
	if t == nil || !c.ownInterfaceType(t) {
		return
	}
	if ts, ok := c.typeString(t); ok {
		c.insert(arg.Pos(), ts+"(")
		c.insert(arg.End(), ")")
	}
}

// freshPointer reports an expression that makes a pointer: &T{...}, &v,
// a call (not a conversion) or new(T).
func (c *cell) freshPointer(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		// &T{...}, and &v of a variable the loop body declares, which
		// is a new one each iteration.
		return e.Op == token.AND
	case *ast.CallExpr:
		return !c.Info.Types[e.Fun].IsType()
	}
	return false
}

// inLoop reports whether the node being visited is in the body of a loop
// of the function it is in.
func (c *cell) inLoop() bool {
	for i := len(c.stack) - 1; i >= 0; i-- {
		var inner ast.Node
		if i+1 < len(c.stack) {
			inner = c.stack[i+1]
		}
		switch n := c.stack[i].(type) {
		case *ast.ForStmt:
			if inner != n.Init {
				return true
			}
		case *ast.RangeStmt:
			if inner == n.Body {
				return true
			}
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		}
	}
	return false
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

// boxIntoInterface passes e through a call before an explicit conversion
// or a return makes it an interface of the cells' own (or any). Made
// there, yaegi's interface value lacked the type's methods: any(&b).(Resetter)
// and a returned value's assertion were false, where a value passed as an
// argument of interface type keeps them:
//
//	return &b   becomes   return func(v any) any { return v }(&b)
func (c *cell) boxIntoInterface(target types.Type, e ast.Expr) {
	if box, ok := c.boxer(target, e); ok {
		c.insert(e.Pos(), box+"(")
		c.insert(e.End(), ")")
	}
}

// boxer returns the function literal that boxes e as target, if e needs
// one.
func (c *cell) boxer(target types.Type, e ast.Expr) (string, bool) {
	if target == nil || !types.IsInterface(target) || !c.inCell(e.Pos()) {
		return "", false
	}
	if named, ok := types.Unalias(target).(*types.Named); ok && named.Obj().Pkg() != c.Pkg {
		return "", false // a compiled package's interface (error, fmt.Stringer)
	}
	t := c.Info.TypeOf(e)
	if t == nil || types.IsInterface(t) || !c.sessionType(t) {
		return "", false
	}
	name, ok := c.typeString(target)
	if !ok {
		return "", false
	}
	return "func(v " + name + ") " + name + " { return v }", true
}

// interfaceCheck reports var _ I = v, Go's idiom that asserts at compile
// time that v's type implements I.
func (c *cell) interfaceCheck(n *ast.ValueSpec) bool {
	if !types.IsInterface(c.Info.TypeOf(n.Type)) {
		return false
	}
	for i, id := range n.Names {
		if id.Name != "_" || c.Info.Types[n.Values[i]].IsNil() {
			return false
		}
	}
	return true
}
