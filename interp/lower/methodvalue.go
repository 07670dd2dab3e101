package lower

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// lowerMethodValue copies the receiver of a method value, as Go does
// when the method has a value receiver: `get := c.Get; c.n = 5; get()`
// must see the old c. yaegi's method value keeps a reference to c. The
// copy is made by a call that takes the receiver as its argument:
//
//	get := c.Get   becomes   get := func(r Counter) func() int { return r.Get }(c)
//
// and of a pointer, the pointer it holds then.
func (c *cell) lowerMethodValue(n *ast.SelectorExpr) {
	sel := c.Info.Selections[n]
	if sel == nil || sel.Kind() != types.MethodVal {
		return
	}
	if len(c.stack) > 0 {
		if call, ok := c.stack[len(c.stack)-1].(*ast.CallExpr); ok && ast.Unparen(call.Fun) == n {
			return // a call, not a method value
		}
	}
	fn := sel.Obj().(*types.Func)
	if _, ptrRecv := fn.Signature().Recv().Type().(*types.Pointer); ptrRecv {
		// Of a variable v, v.M refers to the variable (&v), as in Go; of
		// a pointer p, p.M holds the pointer p has now, where yaegi's
		// followed p: `f := r.Name; r = &R{"b"}; f()` gave b.
		xt := c.Info.Types[n.X].Type
		recv := c.text(n.X)
		if !isPointer(xt) && len(sel.Index()) == 1 {
			c.refuseLoopVarAddr(n, n.X) // x.M is (&x).M
			if _, isIdent := ast.Unparen(n.X).(*ast.Ident); isIdent {
				return
			}
			// Of an element or a field, a[i].M binds &a[i] now, where
			// yaegi's took the address when called: method values of
			// accs[i].Add bound in a loop all added to the last one.
			xt, recv = types.NewPointer(xt), "&("+recv+")"
		}
		if !isPointer(xt) || len(sel.Index()) != 1 {
			return
		}
		pt, ok1 := c.typeString(xt)
		ft, ok2 := c.typeString(c.Info.Types[n].Type)
		if !ok1 || !ok2 {
			return
		}
		r := c.newName("Recv")
		c.replace(n.Pos(), n.End(), "func("+r+" "+pt+") "+ft+" { return "+c.boundMethod(r, fn)+" }("+recv+")")
		return
	}
	arg, recvType, ok := c.copiedReceiver(n)
	if !ok {
		return
	}
	rt, ok := c.typeString(recvType)
	if !ok {
		return
	}
	ft, ok := c.typeString(c.Info.Types[n].Type)
	if !ok {
		return
	}
	r := c.newName("Recv")
	c.replace(n.Pos(), n.End(), "func("+r+" "+rt+") "+ft+" { return "+c.boundMethod(r, fn)+" }("+arg+")")
}

// boundMethod writes the method value r.M of the method fn. Of a compiled
// type's method, yaegi's method value is not a function it can return
// ("cannot use (type valueT) as type funcT in return argument", for
// re.MatchString): a function literal calls the method instead.
//
//	r.MatchString   becomes   func(a0 string) bool { return r.MatchString(a0) }
func (c *cell) boundMethod(r string, fn *types.Func) string {
	if fn.Pkg() == c.Pkg {
		return r + "." + fn.Name()
	}
	sig := fn.Signature()
	var params, args []string
	for i := range sig.Params().Len() {
		pt, ok := c.typeString(sig.Params().At(i).Type())
		if !ok {
			return r + "." + fn.Name()
		}
		a := "a" + strconv.Itoa(i)
		if sig.Variadic() && i == sig.Params().Len()-1 {
			pt = "..." + strings.TrimPrefix(pt, "[]")
			a += "..."
		}
		params = append(params, strings.TrimSuffix(a, "...")+" "+pt)
		args = append(args, a)
	}
	results := ""
	if sig.Results().Len() > 0 {
		var rs []string
		for i := range sig.Results().Len() {
			rt, ok := c.typeString(sig.Results().At(i).Type())
			if !ok {
				return r + "." + fn.Name()
			}
			rs = append(rs, rt)
		}
		results = " (" + strings.Join(rs, ", ") + ")"
	}
	call := r + "." + fn.Name() + "(" + strings.Join(args, ", ") + ")"
	if results != "" {
		call = "return " + call
	}
	return "func(" + strings.Join(params, ", ") + ")" + results + " { " + call + " }"
}

// copiedReceiver returns the receiver Go copies for a method value (or a
// deferred call) of a value-receiver method: the value itself, the value
// a pointer points to, or the embedded field the method is promoted from
// (through pointers: w.Show with Wrapper{*Inner} copies *w.Inner). It
// reports false for an interface, whose method value yaegi binds itself.
func (c *cell) copiedReceiver(n *ast.SelectorExpr) (expr string, t types.Type, ok bool) {
	sel := c.Info.Selections[n]
	t = c.Info.Types[n.X].Type
	if sel == nil || t == nil || types.IsInterface(t) {
		return "", nil, false
	}
	expr = c.text(n.X)
	path := sel.Index()
	for _, i := range path[:len(path)-1] {
		if p, isPtr := t.Underlying().(*types.Pointer); isPtr {
			t = p.Elem()
		}
		st, isStruct := t.Underlying().(*types.Struct)
		if !isStruct || i >= st.NumFields() {
			return "", nil, false
		}
		expr += "." + st.Field(i).Name()
		t = st.Field(i).Type()
	}
	if types.IsInterface(t) {
		return "", nil, false
	}
	if p, isPtr := t.Underlying().(*types.Pointer); isPtr {
		return "*" + expr, p.Elem(), true // Go copies the pointed-to value
	}
	return expr, t, true
}
