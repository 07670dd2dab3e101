package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// lowerGenericInstances instantiates, after a generic type's methods, the
// instances of it the cell converts to: yaegi looks such an instance up
// by name, and failed on one nothing had made yet ("type not found:
// main.Pred[int]" for Pred[int](f) in main, where a cell of its own
// declaring the type first worked):
//
//	func (p Pred[T]) Not() Pred[T] {...}   becomes   func (p Pred[T]) Not() Pred[T] {...}; var _ Pred[int]
//
// After the type's last method in the cell, on the same line, so that the
// lines of errors stay the cell's.
func (c *cell) lowerGenericInstances(spec *ast.TypeSpec) {
	if spec.TypeParams == nil {
		return
	}
	decl, ok := c.parent().(*ast.GenDecl)
	if !ok || len(c.stack) > 2 { // a declaration at the cell's top level only
		return
	}
	tn, ok := c.Info.Defs[spec.Name].(*types.TypeName)
	if !ok {
		return
	}
	// Only instances a conversion names (Pred[int](f)): made before its
	// types' methods are all declared, another instance lacked them.
	converted := map[*ast.Ident]bool{}
	ast.Inspect(c.File, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && c.Info.Types[call.Fun].IsType() {
			switch f := ast.Unparen(call.Fun).(type) {
			case *ast.IndexExpr:
				if id, ok := f.X.(*ast.Ident); ok {
					converted[id] = true
				}
			case *ast.IndexListExpr:
				if id, ok := f.X.(*ast.Ident); ok {
					converted[id] = true
				}
			}
		}
		return true
	})
	seen := map[string]bool{}
	for id, inst := range c.Info.Instances {
		if !converted[id] {
			continue
		}
		named, ok := inst.Type.(*types.Named)
		if !ok || named.Origin().Obj() != tn || hasTypeParam(named) || !packageLevel(named) {
			continue
		}
		if s, ok := c.spellType(named); ok {
			seen[s] = true
		}
	}
	if len(seen) == 0 {
		return
	}
	var insts []string
	for s := range seen {
		insts = append(insts, "var _ "+s)
	}
	sort.Strings(insts)
	// After the type's methods: an instance made before them lacks them
	// ("undefined selector: Push").
	end := decl.End()
	for _, d := range c.File.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && c.inCell(fd.Pos()) && fd.End() > end && c.receiverIs(fd, tn) {
			end = fd.End()
		}
	}
	c.insert(end, "; "+strings.Join(insts, "; "))
}

// receiverIs reports whether fd is a method of the type tn.
func (c *cell) receiverIs(fd *ast.FuncDecl, tn *types.TypeName) bool {
	fn, ok := c.Info.Defs[fd.Name].(*types.Func)
	if !ok {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := t.(*types.Named)
	return ok && named.Origin().Obj() == tn
}

// packageLevel reports whether every named type in t is declared at a
// package's top level (not inside a function, where the instance's
// declaration could not name it).
func packageLevel(t types.Type) bool {
	return !anyType(t, func(u types.Type) bool {
		named, ok := u.(*types.Named)
		if !ok {
			return false
		}
		obj := named.Obj()
		return obj.Pkg() != nil && obj.Parent() != obj.Pkg().Scope()
	})
}

// makeResultInstances makes, before the statement of a call of a generic
// function, the instances of the cell's generic types with methods that
// the call returns. yaegi builds such an instance while it instantiates
// the function, and with it the type's methods; a method calling the
// function again (a constructor: `out := NewMat[T](m.R, o.C)` in
// Mat[T].Mul) met the instantiation still in progress - a CFG panic, a
// nil dereference. Made first, the instance is complete when the
// function is instantiated:
//
//	m := NewMat[int](2, 2)   becomes   { var _gbpInst1 Mat[int]; _ = _gbpInst1 }; m := NewMat[int](2, 2)
//
// The same goes for a call of a generic function's copy (specialize.go).
func (c *cell) makeResultInstances(n *ast.Ident) {
	var sig *types.Signature
	if inst, ok := c.Info.Instances[n]; ok {
		sig, _ = inst.Type.(*types.Signature)
	} else if fn, ok := c.Info.Uses[n].(*types.Func); ok && fn.Pkg() == c.Pkg && strings.HasPrefix(fn.Name(), specializedPrefix) {
		sig, _ = fn.Type().(*types.Signature)
	}
	if sig == nil || hasTypeParam(sig) {
		return
	}
	seen := map[string]bool{}
	var need []string
	for i := 0; i < sig.Results().Len(); i++ {
		anyType(sig.Results().At(i).Type(), func(u types.Type) bool {
			named, ok := u.(*types.Named)
			if !ok || named.TypeArgs().Len() == 0 || named.Obj().Pkg() != c.Pkg || !packageLevel(named) || !c.methodsConstruct(named.Origin().Obj()) {
				return false
			}
			if s, ok := c.spellType(named); ok && !seen[s] {
				seen[s] = true
				need = append(need, s)
			}
			return false
		})
	}
	if len(need) > 0 {
		c.makeInstances(need)
	}
}

// methodsConstruct reports whether a method of the generic type tn calls
// a generic function of the session that returns tn's instances: the
// instantiation the function's would meet in progress. (Made first where
// no method does so, an instance with a String method failed in a later
// cell: Result[int] before Try[int] in a loop, a nil dereference.)
func (c *cell) methodsConstruct(tn *types.TypeName) bool {
	found := false
	for _, f := range []*ast.File{c.File, c.Session} {
		if f == nil {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Body == nil || !c.receiverIs(fd, tn) {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				id, ok := n.(*ast.Ident)
				if !ok || found {
					return !found
				}
				fn, ok := c.Info.Uses[id].(*types.Func)
				if !ok || fn.Pkg() != c.Pkg || fn.Type().(*types.Signature).TypeParams().Len() == 0 {
					return true
				}
				results := fn.Type().(*types.Signature).Results()
				for i := 0; i < results.Len(); i++ {
					found = found || anyType(results.At(i).Type(), func(u types.Type) bool {
						named, ok := u.(*types.Named)
						return ok && named.Origin().Obj() == tn
					})
				}
				return !found
			})
			if found {
				return true
			}
		}
	}
	return false
}

// makeInstances makes the instances of generic types a call's type
// arguments name before the statement the call is in: yaegi finds an
// instance by name only once something made it ("type not found:
// Box[int]" for Map[Box[int], string](...), where inference took U for
// T: cannot use func(Box[int]) string as func(Box[int]) Box[int]). A
// variable of the type makes it:
//
//	fmt.Println(Map(bs, f))   becomes   { var _gbpInst1 Box[int]; _ = _gbpInst1 }; fmt.Println(Map[Box[int], string](bs, f))
//
// It reports false when the call is in no statement of a body (a
// package-level variable's value).
func (c *cell) makeInstances(instances []string) bool {
	stmt := c.enclosingListedStmt()
	if stmt == nil {
		return false
	}
	if top := c.topLevelStmtAt(stmt.Pos()); top != nil && top != stmt && isLoop(top) && !declaresTypes(top) {
		// Made in the body of a loop among the cell's top-level
		// statements, a *Box[int] broke the loop's range variable
		// holding one (a nil dereference printing it): made before the
		// loop instead.
		stmt = top
	}
	if c.instancesBefore == nil {
		c.instancesBefore = map[ast.Stmt]map[string]bool{}
	}
	made := c.instancesBefore[stmt]
	if made == nil {
		made = map[string]bool{}
		c.instancesBefore[stmt] = made
	}
	var b strings.Builder
	for _, t := range instances {
		if !made[t] {
			made[t] = true
			b.WriteString(c.instanceMaker(t))
		}
	}
	if b.Len() > 0 {
		c.insertFirst(stmt.Pos(), b.String())
	}
	return true
}

// instanceMaker is a statement that makes the instance t (a variable of
// it, in a block of its own), for yaegi, which finds an instance by name
// only once something made it.
func (c *cell) instanceMaker(t string) string {
	v := c.newName("Inst")
	return "{ var " + v + " " + t + "; _ = " + v + " }; "
}

// enclosingListedStmt returns the innermost statement being visited that
// is in a list of statements (a block's, a case's), before which others
// can go; nil outside any.
func (c *cell) enclosingListedStmt() ast.Stmt {
	for i := len(c.stack) - 1; i > 0; i-- {
		s, ok := c.stack[i].(ast.Stmt)
		if !ok {
			continue
		}
		switch c.stack[i-1].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			return s
		}
	}
	return nil
}

// isLoop reports a for or range statement.
func isLoop(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.ForStmt, *ast.RangeStmt:
		return true
	}
	return false
}

// declaresTypes reports whether a statement declares a type in it.
func declaresTypes(s ast.Stmt) bool {
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		if gd, ok := n.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			found = true
		}
		return !found
	})
	return found
}
