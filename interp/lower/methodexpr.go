package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// lowerMethodExpr writes a method expression as the function literal it
// stands for. yaegi's T.Method and (*T).Method left the receiver out of
// the function's parameters (a call panicked "Call with too many input
// arguments" or could not be assigned), and an interface's method
// expression (Greeter.Greet) did not compile:
//
//	add := Point.Add   becomes   add := func(r Point, a0 Point) Point { return r.Add(a0) }
func (c *cell) lowerMethodExpr(n *ast.SelectorExpr) {
	sel := c.Info.Selections[n]
	if sel == nil || sel.Kind() != types.MethodExpr {
		return
	}
	sig, ok := c.Info.TypeOf(n).(*types.Signature)
	if !ok {
		return
	}
	params, args, variadic, ok := c.paramList(sig)
	if !ok || len(args) == 0 {
		return
	}
	results, ok := c.resultList(sig)
	if !ok {
		return
	}
	call := args[0] + "." + n.Sel.Name + "(" + strings.Join(args[1:], ", ") + variadic + ")"
	c.replace(n.Pos(), n.End(), "func("+strings.Join(params, ", ")+")"+results+" { "+returnOf(sig, call)+" }")
}

// lowerInterfaceMethodValue binds a method value of an interface to the
// interface's value at the time, as Go does; yaegi's g.Greet followed g
// (a later g = Shouty{g} changed what f called) or did not compile:
//
//	f := g.Greet   becomes   f := func(r Greeter) func(string) string { return func(a0 string) string { return r.Greet(a0) } }(g)
func (c *cell) lowerInterfaceMethodValue(n *ast.SelectorExpr) {
	sel := c.Info.Selections[n]
	if sel == nil || sel.Kind() != types.MethodVal || !types.IsInterface(sel.Recv()) {
		return
	}
	if len(c.stack) > 0 {
		if call, ok := c.stack[len(c.stack)-1].(*ast.CallExpr); ok && ast.Unparen(call.Fun) == n {
			return // a call, not a method value
		}
	}
	sig, ok := c.Info.TypeOf(n).(*types.Signature)
	if !ok {
		return
	}
	rt, ok := c.typeString(sel.Recv())
	if !ok {
		return
	}
	ft, ok := c.typeString(sig)
	if !ok {
		return
	}
	params, args, variadic, ok := c.paramList(sig)
	if !ok {
		return
	}
	results, ok := c.resultList(sig)
	if !ok {
		return
	}
	r := c.newName("Recv")
	call := r + "." + n.Sel.Name + "(" + strings.Join(args, ", ") + variadic + ")"
	c.replace(n.Pos(), n.End(), "func("+r+" "+rt+") "+ft+" { return func("+strings.Join(params, ", ")+")"+results+" { "+returnOf(sig, call)+" } }("+c.text(n.X)+")")
}

// paramList spells a signature's parameters as a0 T0, a1 T1, ... and
// the arguments that pass them on ("..." goes after the last one of a
// variadic function).
func (c *cell) paramList(sig *types.Signature) (params, args []string, variadic string, ok bool) {
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		name := fmt.Sprintf("a%d", i)
		if sig.Variadic() && i == sig.Params().Len()-1 {
			t = t.(*types.Slice).Elem()
			ts, ok := c.typeString(t)
			if !ok {
				return nil, nil, "", false
			}
			params = append(params, name+" ..."+ts)
			args = append(args, name)
			variadic = "..."
			continue
		}
		ts, ok := c.typeString(t)
		if !ok {
			return nil, nil, "", false
		}
		params = append(params, name+" "+ts)
		args = append(args, name)
	}
	return params, args, variadic, true
}

// resultList spells a signature's results, with a leading space.
func (c *cell) resultList(sig *types.Signature) (string, bool) {
	var rs []string
	for i := 0; i < sig.Results().Len(); i++ {
		ts, ok := c.typeString(sig.Results().At(i).Type())
		if !ok {
			return "", false
		}
		rs = append(rs, ts)
	}
	switch len(rs) {
	case 0:
		return "", true
	case 1:
		return " " + rs[0], true
	}
	return " (" + strings.Join(rs, ", ") + ")", true
}

// returnOf is the body that calls call and returns what it returns.
func returnOf(sig *types.Signature, call string) string {
	if sig.Results().Len() == 0 {
		return call
	}
	return "return " + call
}
