package lower

import (
	"go/ast"
	"go/types"
)

// yaegi substitutes a type argument for every identifier of a type
// parameter's name in a generic declaration - a field's name or a
// selector too: Pair[A, B any] returning struct{ A A; B B } made
// struct{ int int; int int } for Pair(1, 2) (CFG post-order panic:
// reflect.StructOf: duplicate field Xint), and p.V in a method of
// KV[K, V] became p.string ("undefined selector"). A type parameter whose
// name the declaration also uses for something else is renamed in it,
// with the suffix messages hide (reservedName):
//
//	func Pair[A, B any](a A, b B) struct{ A A; B B }   becomes
//	func Pair[A_gbp0, B_gbp0 any](a A_gbp0, b B_gbp0) struct{ A A_gbp0; B B_gbp0 }

// renamedTypeParam reports an identifier of such a type parameter.
func (c *cell) renamedTypeParam(id *ast.Ident) bool {
	obj := c.Info.Defs[id]
	if obj == nil {
		obj = c.Info.Uses[id]
	}
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return false
	}
	if _, isParam := tn.Type().(*types.TypeParam); !isParam {
		return false
	}
	return c.collidingTypeParams()[tn]
}

// collidingTypeParams finds, once per cell, the type parameters of the
// cell's generic declarations whose names the declaration uses for
// another object (a field, a method, a selector).
func (c *cell) collidingTypeParams() map[*types.TypeName]bool {
	if c.typeParamRenames != nil {
		return c.typeParamRenames
	}
	c.typeParamRenames = map[*types.TypeName]bool{}
	for _, d := range c.File.Decls {
		var params []*ast.Ident
		switch d := d.(type) {
		case *ast.FuncDecl:
			params = append(params, fieldNames(d.Type.TypeParams)...)
			if d.Recv != nil && len(d.Recv.List) == 1 {
				params = append(params, receiverTypeParams(d.Recv.List[0].Type)...)
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok {
					params = append(params, fieldNames(ts.TypeParams)...)
				}
			}
		}
		if len(params) == 0 {
			continue
		}
		byName := map[string]types.Object{}
		for _, p := range params {
			if obj := c.Info.Defs[p]; obj != nil {
				byName[p.Name] = obj
			}
		}
		ast.Inspect(d, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			if fd, ok := d.(*ast.FuncDecl); ok && id == fd.Name {
				// A method named like its receiver's type parameter (m.T()
				// of Matrix[T]) runs as it is, and not renamed.
				return true
			}
			tp, found := byName[id.Name]
			if !found {
				return true
			}
			obj := c.Info.Defs[id]
			if obj == nil {
				obj = c.Info.Uses[id]
			}
			if obj != tp {
				c.typeParamRenames[tp.(*types.TypeName)] = true
			}
			return true
		})
	}
	return c.typeParamRenames
}

// fieldNames lists the names a field list declares.
func fieldNames(fl *ast.FieldList) []*ast.Ident {
	if fl == nil {
		return nil
	}
	var out []*ast.Ident
	for _, f := range fl.List {
		out = append(out, f.Names...)
	}
	return out
}

// receiverTypeParams lists the type parameters a method's receiver type
// declares: K and V of (p *KV[K, V]).
func receiverTypeParams(e ast.Expr) []*ast.Ident {
	if star, ok := e.(*ast.StarExpr); ok {
		e = star.X
	}
	var idx []ast.Expr
	switch e := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		idx = []ast.Expr{e.Index}
	case *ast.IndexListExpr:
		idx = e.Indices
	}
	var out []*ast.Ident
	for _, x := range idx {
		if id, ok := x.(*ast.Ident); ok && id.Name != "_" {
			out = append(out, id)
		}
	}
	return out
}
