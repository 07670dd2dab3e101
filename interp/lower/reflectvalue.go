package lower

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"
)

// lowerValueType answers Type() of a reflect.Value made by reflect.ValueOf
// of a value of a cell's type with that type's name. yaegi builds the
// cells' types without names, so reflect.ValueOf(MyInt(7)).Type() printed
// int and a struct's printed struct { ... }, silently. The Value is still
// evaluated:
//
//	v.Type()   becomes   _gbp.ValueType(v, _gbp.ReflectTypeOf(_gbp.StandIn(*new(MyInt), 1, desc)))
//
// where v is reflect.ValueOf(x) itself, or a variable of the cell set only
// from reflect.ValueOf of values of one static type, which is not an
// interface (a value in an interface keeps its own type, unknown here).
func (c *cell) lowerValueType(call *ast.CallExpr) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 0 {
		return
	}
	// NumMethod of a Value is its type's.
	after := ""
	switch c.calleeName(call) {
	case "(reflect.Value).Type":
	case "(reflect.Value).NumMethod":
		after = ".NumMethod()"
	default:
		return
	}
	if arg, ok := c.valueOfAnyTyped(sel.X); ok {
		// reflect.ValueOf(x).Type() of an interface is reflect.TypeOf(x).
		c.replace(call.Pos(), arg.Pos(), "_gbp.ReflectTypeOf(")
		c.replace(arg.End(), call.End(), ")"+after)
		c.standIn(arg, c.Info.TypeOf(arg), reflectUse(), false)
		return
	}
	t := c.valueOfSource(sel.X)
	if t == nil || types.IsInterface(t) {
		c.lowerValueTypeAtRunTime(call, sel, after)
		return
	}
	u := reflectUse()
	ts, ok := c.typeString(t)
	if !ok || !c.matters(t, u, call.Pos()) {
		return
	}
	text, ok := c.namedReflectType(call, t, ts, "reflect.Value's Type")
	if !ok {
		return
	}
	c.replace(call.Pos(), sel.X.Pos(), "_gbp.ValueType(")
	c.replace(sel.X.End(), call.End(), ", "+text+")"+after)
}

// lowerValueTypeAtRunTime answers Type() of a reflect.Value whose value's
// type is not known here (it came from an interface, or from Elem or
// Field of another Value): the Value's type is looked up among the cells'
// types when it runs. yaegi's type of a struct called an unexported field
// `skip` Xskip, exported, and a loader guarded by IsExported set it.
//
//	v.Type()   becomes   _gbp.ValueTypeOf(v, func(z any) reflect.Type { return _gbp.ReflectTypeOf(_gbp.StandIn(z, 1, desc, resolver)) })
func (c *cell) lowerValueTypeAtRunTime(call *ast.CallExpr, sel *ast.SelectorExpr, after string) {
	anyType := types.Universe.Lookup("any").Type()
	u := reflectUse()
	if !c.matters(anyType, u, call.Pos()) {
		return
	}
	named, ok := c.cellTypeFinder(call)
	if !ok {
		return
	}
	c.replace(call.Pos(), sel.X.Pos(), "_gbp.ValueTypeOf(")
	c.replace(sel.X.End(), call.End(), ", "+named+")"+after)
}

// cellTypeFinder writes a function that returns the reflect.Type, with
// the cells' names, of a value of one of the cells' types, or nil.
func (c *cell) cellTypeFinder(at ast.Node) (string, bool) {
	anyType := types.Universe.Lookup("any").Type()
	u := reflectUse()
	if !c.matters(anyType, u, at.Pos()) {
		return "", false
	}
	rt, ok := c.typeString(c.reflectType())
	if !ok {
		return "", false
	}
	tb := c.newTable(at.Pos(), u)
	root := tb.describe(anyType)
	if tb.unnamed != "" || tb.paramNamed != "" {
		return "", false
	}
	return "func(z any) " + rt + " { return _gbp.ReflectTypeOf(_gbp.StandIn(z, " + strconv.Itoa(root) + ", " + tb.args() + ")) }", true
}

// reflectType is reflect.Type, as the checker knows it.
func (c *cell) reflectType() types.Type {
	for _, p := range c.Pkg.Imports() {
		if p.Path() == "reflect" {
			if obj := p.Scope().Lookup("Type"); obj != nil {
				return obj.Type()
			}
		}
	}
	return nil
}

// lowerValueField makes a field of a struct of the cells' types that Go
// does not export read-only, as Go's reflect makes it: yaegi exports it
// (as Xname), so CanSet and CanInterface were true and a loader setting
// every settable field set it.
//
//	v.Field(i)   becomes   _gbp.ValueField(v, i, finder)
func (c *cell) lowerValueField(call *ast.CallExpr) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 1 {
		return
	}
	helper := ""
	switch c.calleeName(call) {
	case "(reflect.Value).Field":
		helper = "_gbp.ValueField("
	case "(reflect.Value).FieldByName":
		helper = "_gbp.ValueFieldByName("
	case "(reflect.Value).MethodByName", "(reflect.Value).Method":
		// yaegi's value of a cell's type has no methods: the zero Value
		// it gave ended in a nil dereference when called.
		c.replace(call.Pos(), sel.X.Pos(), "_gbp.Value"+sel.Sel.Name+"(")
		c.replace(sel.X.End(), call.Args[0].Pos(), ", ")
		return
	default:
		return
	}
	named, ok := c.cellTypeFinder(call)
	if !ok {
		return
	}
	c.replace(call.Pos(), sel.X.Pos(), helper)
	c.replace(sel.X.End(), call.Args[0].Pos(), ", ")
	c.replace(call.Args[0].End(), call.End(), ", "+named+")")
}

// valueOfSource returns the static type of the value a reflect.Value
// expression was made from by reflect.ValueOf, or nil when it is not
// known to be one.
func (c *cell) valueOfSource(e ast.Expr) types.Type {
	return c.valueOfSourceSeen(e, map[*types.Var]bool{})
}

// valueOfSourceSeen is valueOfSource, with the variables being looked at
// (v = v.Elem() is none of the forms).
func (c *cell) valueOfSourceSeen(e ast.Expr, seen map[*types.Var]bool) types.Type {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		switch c.calleeName(call) {
		case "reflect.ValueOf":
			if len(call.Args) == 1 {
				return c.Info.TypeOf(call.Args[0])
			}
		case "(reflect.Value).Elem":
			// The value a pointer points to.
			if p, ok := c.valueOfSourceSeen(call.Fun.(*ast.SelectorExpr).X, seen).(*types.Pointer); ok {
				return p.Elem()
			}
		}
		return nil
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.Info.Uses[id].(*types.Var)
	if !ok || !c.inCell(v.Pos()) || seen[v] {
		return nil
	}
	seen[v] = true
	// Every value the variable is given must be reflect.ValueOf of the
	// same type, and it must be declared by one of them.
	var source types.Type
	declared, agree := false, true
	set := func(lhs ast.Expr, rhs ast.Expr) {
		id, ok := ast.Unparen(lhs).(*ast.Ident)
		if !ok || c.Info.ObjectOf(id) != v {
			return
		}
		if c.Info.Defs[id] == v {
			declared = true
		}
		var t types.Type
		if rhs != nil {
			t = c.valueOfSourceSeen(rhs, seen)
		}
		switch {
		case t == nil:
			agree = false
		case source == nil:
			source = t
		case !types.Identical(source, t):
			agree = false
		}
	}
	ast.Inspect(c.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			setAll(n.Lhs, n.Rhs, set)
		case *ast.ValueSpec:
			setAll(identExprs(n.Names), n.Values, set)
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op.String() == "&" && c.Info.ObjectOf(id) == v {
				agree = false // set through a pointer
			}
		}
		return true
	})
	if !declared || !agree {
		return nil
	}
	return source
}

// reflectUse is what reflect does with the cells' values: their types'
// names and fields.
func reflectUse() *use {
	u := fmtUse("T")
	u.reflect = true
	return u
}

// valueOfAnyTyped reports reflect.ValueOf(x) of an x of an interface type
// that may hold a cell's type, and returns x.
func (c *cell) valueOfAnyTyped(e ast.Expr) (ast.Expr, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() || c.calleeName(call) != "reflect.ValueOf" {
		return nil, false
	}
	t := c.Info.TypeOf(call.Args[0])
	if t == nil || !types.IsInterface(t) || !c.matters(t, reflectUse(), call.Pos()) {
		return nil, false
	}
	return call.Args[0], true
}

// lowerValueOfAny takes a value of a cell's type out of the box the
// lowering keeps it in inside an interface{} (boxnamed.go) before
// reflect.ValueOf looks at it: reflect.ValueOf(any(Temp(2))).Kind() was
// struct, the box's, where Go says float64.
//
//	reflect.ValueOf(x)   becomes   reflect.ValueOf(_gbp.Unbox(x))
func (c *cell) lowerValueOfAny(call *ast.CallExpr) {
	arg, ok := c.valueOfAnyTyped(call)
	if !ok {
		return
	}
	// reflect.ValueOf(x).Type() is written whole by lowerValueType.
	if len(c.stack) >= 2 {
		if sel, ok := c.parent().(*ast.SelectorExpr); ok && sel.Sel.Name == "Type" {
			if outer, ok := c.stack[len(c.stack)-2].(*ast.CallExpr); ok && outer.Fun == sel && len(outer.Args) == 0 {
				return
			}
		}
	}
	c.insert(arg.Pos(), "_gbp.Unbox(")
	c.insert(arg.End(), ")")
}

// lowerValueInterface boxes what Interface() gives of a reflect.Value
// known to hold a named non-struct type of the cells, as the cell's own
// conversion to interface{} would be (boxnamed.go): yaegi gave the bare
// underlying value, and reflect.ValueOf(&t).Elem().Interface().(Temp)
// failed.
//
//	v.Interface()   becomes   _gbp.NamedBoxer(1, desc)(v.Interface())
func (c *cell) lowerValueInterface(call *ast.CallExpr) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 0 || c.calleeName(call) != "(reflect.Value).Interface" {
		return
	}
	t := c.valueOfSource(sel.X)
	if t == nil || !c.boxedNamed(t) {
		return
	}
	if boxer := c.namedBoxer(t, call.Pos()); boxer != "" {
		c.insert(call.Pos(), boxer+"(")
		c.insertLast(call.End(), ")")
	}
}

// lowerRawTypeArgs hands reflect's functions and methods that take a
// reflect.Type the type yaegi made, not the one mirror names (from
// reflect.TypeOf of a cell's value): reflect.New(reflect.TypeOf(P{}))
// panicked ("reflect.Type is mirror.namedType, not *reflect.rtype").
//
//	reflect.New(t)   becomes   reflect.New(_gbp.RawType(t))
func (c *cell) lowerRawTypeArgs(call *ast.CallExpr) {
	name := c.calleeName(call)
	// A reflect.Type's own methods (Implements, AssignableTo) are
	// mirror's for a named one, which looks at the argument itself.
	if !strings.HasPrefix(name, "reflect.") && !strings.HasPrefix(name, "(reflect.Value).") || call.Ellipsis.IsValid() {
		return
	}
	sig, ok := c.Info.TypeOf(call.Fun).(*types.Signature)
	if !ok {
		return
	}
	for i, arg := range call.Args {
		if i >= sig.Params().Len() {
			break
		}
		p := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			p = p.(*types.Slice).Elem()
		}
		if named, ok := p.(*types.Named); ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "reflect" && named.Obj().Name() == "Type" {
			c.insert(arg.Pos(), "_gbp.RawType(")
			c.insertLast(arg.End(), ")")
		}
	}
}

// setAll calls set with each of lhs and its value in rhs, nil where the
// values are one call's results.
func setAll(lhs, rhs []ast.Expr, set func(lhs, rhs ast.Expr)) {
	for i, l := range lhs {
		var r ast.Expr
		if len(lhs) == len(rhs) {
			r = rhs[i]
		}
		set(l, r)
	}
}
