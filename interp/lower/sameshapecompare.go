package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// refuseSameShapeCompare fails == and != on an interface value that may
// hold either of two struct types of the session with one structure (type
// pos struct{ r, c int } and type vel struct{ r, c int }): yaegi builds
// them as one reflect type, so any(pos{1, 1}) == any(vel{1, 1}) was true,
// silently. Type switches and assertions that must tell them apart are
// refused the same way (typeswitch.go).
func (c *cell) refuseSameShapeCompare(n *ast.BinaryExpr) {
	if n.Op != token.EQL && n.Op != token.NEQ {
		return
	}
	c.refuseSameShapeAmong(n, []ast.Expr{n.X, n.Y})
}

// refuseSameShapeSwitch does the same for an expression switch on an
// interface value, which compares it with each case's value.
func (c *cell) refuseSameShapeSwitch(sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return
	}
	values := []ast.Expr{sw.Tag}
	for _, cl := range sw.Body.List {
		values = append(values, cl.(*ast.CaseClause).List...)
	}
	c.refuseSameShapeAmong(sw.Tag, values)
}

// refuseSameShapeAmong fails n when the values compared with each other,
// one of them an interface, may be of two struct types of one structure.
func (c *cell) refuseSameShapeAmong(n ast.Node, values []ast.Expr) {
	var held, known []types.Type
	iface := false
	stringers := true // every interface is a fmt.Stringer, whose boxes keep the types apart
	anys := true      // every interface is an interface{}, whose boxes do (boxtwins.go)
	for _, e := range values {
		tv := c.Info.Types[e]
		if tv.Type == nil || tv.IsNil() {
			return
		}
		if types.IsInterface(tv.Type) {
			iface = true
			stringers = stringers && isFmtStringer(tv.Type) && !fromTypeParam(c.Info, e)
			anys = anys && isEmptyInterface(tv.Type) && !fromTypeParam(c.Info, e)
			if t := c.convertedFrom(e); t != nil {
				known = append(known, t)
				held = append(held, t)
				continue
			}
			held = append(held, c.candidates(tv.Type, n.Pos())...)
		} else {
			known = append(known, tv.Type)
			held = append(held, tv.Type)
		}
	}
	if !iface {
		return
	}
	if stringers {
		held = slices.DeleteFunc(held, c.boxedStringer)
	}
	if anys {
		held = slices.DeleteFunc(held, c.boxedNamed)
	}
	if len(known) > 0 {
		// The comparison is true only for values of a type a side is
		// known to have: only types of its structure can be mistaken.
		var near []types.Type
		for _, t := range held {
			for _, k := range known {
				if structShape(t) && structShape(k) && shape(t) == shape(k) {
					near = append(near, t)
					break
				}
			}
		}
		held = near
	}
	if a, b := sameShapePair(c, held); a != nil {
		q := types.RelativeTo(c.Pkg)
		c.fail(n, "comparing interface values that may hold a "+types.TypeString(a, q)+" or a "+types.TypeString(b, q)+
			", two types of one structure (the interpreter cannot tell them apart)",
			"compare values of one type (take them out first: v.("+types.TypeString(b, q)+")), or give the two types different structures")
	}
}

// sameShapePair returns two of ts that are different struct types of the
// session with one structure (pointers left out: they compare as
// addresses), nils if there are none. yaegi builds such types as one
// reflect type.
func sameShapePair(c *cell, ts []types.Type) (types.Type, types.Type) {
	seen := map[string]types.Type{}
	for _, t := range ts {
		if !c.isCellType(t) || !structShape(t) || isPointer(t) {
			continue
		}
		k := shape(t)
		if other, ok := seen[k]; ok && !types.Identical(other, t) {
			return other, t
		}
		seen[k] = t
	}
	return nil, nil
}

// refuseAnonymousTwin refuses a value of an unnamed struct type stored in
// an interface when a struct type of the cells with methods has the same
// fields: yaegi gives the two one type, so in the interface the unnamed
// value had the named type's methods - struct{}{} was a fmt.Stringer
// because `type Empty struct{}` has a String method. It reports whether it
// refused.
func (c *cell) refuseAnonymousTwin(target types.Type, e ast.Expr) bool {
	if target == nil || !types.IsInterface(target) || !c.inCell(e.Pos()) {
		return false
	}
	t := c.Info.TypeOf(e)
	if t == nil {
		return false
	}
	if _, unnamed := types.Unalias(t).(*types.Struct); !unnamed {
		return false
	}
	for _, other := range c.sessionTypes() {
		if !types.Identical(other.Underlying(), t) {
			continue
		}
		if types.NewMethodSet(other).Len() == 0 && types.NewMethodSet(types.NewPointer(other)).Len() == 0 {
			continue
		}
		name := types.TypeString(other, func(p *types.Package) string { return p.Name() })
		c.fail(e, "a value of the unnamed type "+types.TypeString(t, nil)+" stored in an interface beside "+name+", a type of the same fields with methods (the interpreter gives the two one type, and the value would have "+name+"'s methods)",
			"give the value a named type of its own without those methods, or add a field that tells the two apart")
		return true
	}
	return false
}

// convertedFrom returns the type of x in I(x), an interface conversion
// of a value that is not an interface, or nil.
func (c *cell) convertedFrom(e ast.Expr) types.Type {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !c.Info.Types[call.Fun].IsType() {
		return nil
	}
	t := c.Info.TypeOf(call.Args[0])
	if t == nil || types.IsInterface(t) {
		return nil
	}
	return t
}
