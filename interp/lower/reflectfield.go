package lower

import (
	"go/ast"
	"go/types"
)

// refuseFieldInterface fails Interface() of a reflect.Value of a field of
// a struct of the cells when a field's type is a named non-struct type of
// theirs that prints with its methods (`type Status int` with String):
// yaegi's reflect gives the field's value as its underlying type, so it
// printed 2 where Go prints done.
//
//	reflect.ValueOf(job).Field(0).Interface()   is refused, as is f.Interface() after f := v.Field(i)
func (c *cell) refuseFieldInterface(call *ast.CallExpr) {
	if c.calleeName(call) != "(reflect.Value).Interface" {
		return
	}
	st := c.reflectedStruct(call.Fun.(*ast.SelectorExpr).X, map[*types.Var]bool{})
	if st == nil {
		if lossy := c.lossyStructReflected(); lossy != nil && c.fromUnknownStruct(call.Fun.(*ast.SelectorExpr).X) {
			f := c.lossyField(lossy)
			name, ft := types.TypeString(lossy, types.RelativeTo(c.Pkg)), types.TypeString(f.Type(), types.RelativeTo(c.Pkg))
			c.fail(call, "Interface() of a reflect.Value that may be a field of "+name+", whose field "+f.Name()+" is a "+ft+" (the interpreter's reflect gives such a field's value as its underlying type, without "+ft+"'s methods)",
				"format the value by its Kind (v.Int(), v.String()), or read "+name+"'s fields themselves")
		}
		return
	}
	for i := 0; i < st.NumFields(); i++ {
		ft := st.Field(i).Type()
		if _, isStruct := ft.Underlying().(*types.Struct); c.isCellType(ft) && !isStruct && printsWithMethods(ft) {
			name := types.TypeString(ft, types.RelativeTo(c.Pkg))
			c.fail(call, "Interface() of a reflect.Value of a field of a struct with a field of type "+name+" (the interpreter's reflect gives the value as its underlying type, without "+name+"'s methods)",
				"read the field itself (job.S), or convert the value back: "+name+"(v.Int())")
			return
		}
	}
}

// reflectedStruct returns the struct type whose field the reflect.Value e is:
// X.Field(i) or X.FieldByName(n) of a Value made from a value of the
// struct (or a pointer to it, through Elem), or a variable set only from
// such calls; nil when it is not known.
func (c *cell) reflectedStruct(e ast.Expr, seen map[*types.Var]bool) *types.Struct {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		switch c.calleeName(call) {
		case "(reflect.Value).Field", "(reflect.Value).FieldByName":
			t := c.valueOfSource(call.Fun.(*ast.SelectorExpr).X)
			if t == nil {
				return nil
			}
			st, _ := t.Underlying().(*types.Struct)
			return st
		}
		return nil
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.Info.Uses[id].(*types.Var)
	if !ok || seen[v] || !c.inCell(v.Pos()) {
		return nil
	}
	seen[v] = true
	var owner *types.Struct
	ast.Inspect(c.File, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, l := range as.Lhs {
			if lid, ok := l.(*ast.Ident); ok && c.Info.ObjectOf(lid) == v {
				if st := c.reflectedStruct(as.Rhs[i], seen); st != nil {
					owner = st
				}
			}
		}
		return true
	})
	return owner
}
