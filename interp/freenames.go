package interp

import (
	"go/ast"
	"go/token"
)

// freeNames returns the names a declaration or statement reads from
// outside itself: the identifiers it mentions where no declaration of its
// own is in scope. It resolves scopes as Go does - a := declares its
// names after its values are read, so `total := total * 2` reads an
// outer total - and leaves out what is not a reference: a selector's
// field or method name, a struct's field names, the keys of keyed
// literals, labels.
func freeNames(n ast.Node) map[string]bool {
	r := &resolver{free: map[string]bool{}}
	r.push()
	r.node(n)
	return r.free
}

type resolver struct {
	scopes []map[string]bool
	free   map[string]bool
}

func (r *resolver) push() { r.scopes = append(r.scopes, map[string]bool{}) }
func (r *resolver) pop()  { r.scopes = r.scopes[:len(r.scopes)-1] }

func (r *resolver) declare(ids ...*ast.Ident) {
	for _, id := range ids {
		if id != nil {
			r.scopes[len(r.scopes)-1][id.Name] = true
		}
	}
}

func (r *resolver) use(name string) {
	for i := len(r.scopes) - 1; i >= 0; i-- {
		if r.scopes[i][name] {
			return
		}
	}
	r.free[name] = true
}

// fields visits a field list's types and declares its names (a function's
// parameters and results; declare false for a struct's fields).
func (r *resolver) fields(fl *ast.FieldList, declare bool) {
	if fl == nil {
		return
	}
	for _, f := range fl.List {
		r.node(f.Type)
		if declare {
			r.declare(f.Names...)
		}
	}
}

func (r *resolver) nodes(ns ...ast.Node) {
	for _, n := range ns {
		r.node(n)
	}
}

func (r *resolver) node(n ast.Node) {
	switch n := n.(type) {
	case nil:
	case *ast.Ident:
		r.use(n.Name)
	case *ast.SelectorExpr:
		r.node(n.X)
	case *ast.KeyValueExpr:
		if _, bare := n.Key.(*ast.Ident); !bare {
			r.node(n.Key)
		}
		r.node(n.Value)
	case *ast.StructType:
		r.fields(n.Fields, false)
	case *ast.InterfaceType:
		r.fields(n.Methods, false)
	case *ast.FuncType:
		// A function type's parameter names name nothing outside it:
		// var move func(n int) reads no n.
		r.fields(n.TypeParams, false)
		r.fields(n.Params, false)
		r.fields(n.Results, false)
	case *ast.FuncDecl:
		r.push()
		r.fields(n.Recv, true)
		r.fields(n.Type.TypeParams, true)
		r.fields(n.Type.Params, true)
		r.fields(n.Type.Results, true)
		if n.Body != nil {
			r.node(n.Body)
		}
		r.pop()
	case *ast.FuncLit:
		r.push()
		r.fields(n.Type.Params, true)
		r.fields(n.Type.Results, true)
		r.node(n.Body)
		r.pop()
	case *ast.GenDecl:
		for _, sp := range n.Specs {
			switch sp := sp.(type) {
			case *ast.ValueSpec:
				r.node(sp.Type)
				for _, v := range sp.Values {
					r.node(v)
				}
				r.declare(sp.Names...)
			case *ast.TypeSpec:
				r.declare(sp.Name)
				r.push()
				r.fields(sp.TypeParams, true)
				r.node(sp.Type)
				r.pop()
			}
		}
	case *ast.AssignStmt:
		for _, v := range n.Rhs {
			r.node(v)
		}
		for _, l := range n.Lhs {
			if id, ok := l.(*ast.Ident); ok && n.Tok == token.DEFINE {
				r.declare(id)
			} else {
				r.node(l)
			}
		}
	case *ast.BlockStmt:
		r.push()
		for _, st := range n.List {
			r.node(st)
		}
		r.pop()
	case *ast.IfStmt:
		r.push()
		r.nodes(n.Init, n.Cond, n.Body, n.Else)
		r.pop()
	case *ast.ForStmt:
		r.push()
		r.nodes(n.Init, n.Cond, n.Post, n.Body)
		r.pop()
	case *ast.RangeStmt:
		r.node(n.X)
		r.push()
		for _, e := range []ast.Expr{n.Key, n.Value} {
			if id, ok := e.(*ast.Ident); ok && n.Tok == token.DEFINE {
				r.declare(id)
			} else if e != nil {
				r.node(e)
			}
		}
		r.node(n.Body)
		r.pop()
	case *ast.SwitchStmt:
		r.push()
		r.nodes(n.Init, n.Tag, n.Body)
		r.pop()
	case *ast.TypeSwitchStmt:
		r.push()
		r.node(n.Init)
		if as, ok := n.Assign.(*ast.AssignStmt); ok {
			r.nodes(as.Rhs[0])
			for _, l := range as.Lhs {
				r.declare(l.(*ast.Ident))
			}
		} else {
			r.node(n.Assign)
		}
		r.node(n.Body)
		r.pop()
	case *ast.CaseClause:
		for _, e := range n.List {
			r.node(e)
		}
		r.push()
		for _, st := range n.Body {
			r.node(st)
		}
		r.pop()
	case *ast.CommClause:
		r.push()
		r.node(n.Comm)
		for _, st := range n.Body {
			r.node(st)
		}
		r.pop()
	case *ast.LabeledStmt:
		r.node(n.Stmt)
	case *ast.BranchStmt:
	default:
		// Everything else holds expressions and statements only: its
		// children in order.
		ast.Inspect(n, func(c ast.Node) bool {
			if c == n {
				return true
			}
			r.node(c)
			return false
		})
	}
}
