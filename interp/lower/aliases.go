package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// yaegi knows no generic alias (type StrPair[B any] = Pair[string, B])
// and no alias declared in a function ("undefined: B"). Their uses are
// written as the types they stand for, and their declarations go:
//
//	var sp StrPair[int]   becomes   var sp Pair[string, int]

// lowerAliasDecl removes the declaration of such an alias.
func (c *cell) lowerAliasDecl(g *ast.GenDecl) {
	if g.Tok != token.TYPE {
		return
	}
	for _, spec := range g.Specs {
		ts := spec.(*ast.TypeSpec)
		if tn, ok := c.Info.Defs[ts.Name].(*types.TypeName); ok && c.unknownAlias(tn) {
			if len(g.Specs) == 1 {
				c.replace(g.Pos(), g.End(), "")
				return
			}
			c.replace(ts.Pos(), ts.End(), "")
		}
	}
}

// lowerAliasUse writes a use of such an alias (an instance of a generic
// one) as its type.
func (c *cell) lowerAliasUse(e ast.Expr) {
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.IndexExpr:
		id, _ = x.X.(*ast.Ident)
	case *ast.IndexListExpr:
		id, _ = x.X.(*ast.Ident)
	}
	if id == nil {
		return
	}
	tn, ok := c.Info.Uses[id].(*types.TypeName)
	if !ok || !c.unknownAlias(tn) {
		return
	}
	if _, isIdent := e.(*ast.Ident); isIdent && len(c.stack) > 0 {
		switch c.stack[len(c.stack)-1].(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
			return // the instance is written whole
		}
	}
	t := c.Info.TypeOf(e)
	if t == nil {
		return
	}
	text, ok := c.typeString(types.Unalias(t))
	if !ok {
		return
	}
	c.replace(e.Pos(), e.End(), text)
}

// unknownAlias reports an alias yaegi does not know: a generic one, or
// one declared in a function.
func (c *cell) unknownAlias(tn *types.TypeName) bool {
	if !tn.IsAlias() || tn.Pkg() != c.Pkg {
		return false
	}
	if a, ok := tn.Type().(*types.Alias); ok && a.TypeParams().Len() > 0 {
		return true
	}
	return tn.Parent() != c.Pkg.Scope()
}

// withoutParamNames returns t with the names of the parameters and
// results of its function types dropped: types.TypeString writes them
// (func(f func(int) int) ...), and a name there reads, to the session's
// ordering of a cell's statements, like a use of a variable of the cell.
func withoutParamNames(t types.Type) types.Type { return respell(t, nil, nil) }

// respell is withoutParamNames that also writes each type a pointer
// points to as pointee returns it, and each named type as named does,
// when they are not nil.
func respell(t types.Type, pointee func(types.Type) types.Type, named func(*types.Named) types.Type) types.Type {
	switch x := t.(type) {
	case *types.Alias:
		// An instance of a generic alias, or an alias declared in a
		// function, is written as what it stands for: lowerAliasDecl
		// removes its declaration.
		if obj := x.Obj(); obj.Pkg() != nil && (x.TypeArgs().Len() > 0 || obj.Parent() != nil && obj.Parent() != obj.Pkg().Scope()) {
			return respell(types.Unalias(x), pointee, named)
		}
	case *types.Named:
		if x.TypeArgs().Len() >= 2 && x.Obj().Pos().IsValid() {
			// An instance of a generic interface of several type
			// parameters as the interface it stands for
			// (lowerGenericInterfaceInstance).
			if iface, ok := x.Underlying().(*types.Interface); ok {
				return iface
			}
		}
		if named != nil {
			return named(x)
		}
	case *types.Signature:
		if x.TypeParams().Len() > 0 || x.Recv() != nil {
			return t
		}
		return types.NewSignatureType(nil, nil, nil, unnamedTuple(x.Params(), pointee, named), unnamedTuple(x.Results(), pointee, named), x.Variadic())
	case *types.Pointer:
		elem := respell(x.Elem(), pointee, named)
		if pointee != nil {
			elem = pointee(elem)
		}
		return types.NewPointer(elem)
	case *types.Slice:
		return types.NewSlice(respell(x.Elem(), pointee, named))
	case *types.Array:
		return types.NewArray(respell(x.Elem(), pointee, named), x.Len())
	case *types.Map:
		return types.NewMap(respell(x.Key(), pointee, named), respell(x.Elem(), pointee, named))
	case *types.Chan:
		return types.NewChan(x.Dir(), respell(x.Elem(), pointee, named))
	}
	return t
}

func unnamedTuple(tu *types.Tuple, pointee func(types.Type) types.Type, named func(*types.Named) types.Type) *types.Tuple {
	vars := make([]*types.Var, tu.Len())
	for i := range vars {
		v := tu.At(i)
		vars[i] = types.NewParam(v.Pos(), v.Pkg(), "", respell(v.Type(), pointee, named))
	}
	return types.NewTuple(vars...)
}
