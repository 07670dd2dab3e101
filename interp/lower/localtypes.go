package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// lowerLocalType registers each struct type a function declares with the
// runtime (mirror.LocalType), so that a value of it printed from an
// interface in another function, where no type switch can name it, still
// prints as Go prints it (%T main.item, not yaegi's struct { N int }):
//
//	type item struct{ N int }   becomes
//	type item struct{ N int }; _gbp.LocalType((*item)(nil), 1, `[...]`)
func (c *cell) lowerLocalType(decl *ast.DeclStmt) {
	gd, ok := decl.Decl.(*ast.GenDecl)
	if !ok || gd.Tok != token.TYPE {
		return
	}
	var regs string
	for _, spec := range gd.Specs {
		ts := spec.(*ast.TypeSpec)
		tn, ok := c.Info.Defs[ts.Name].(*types.TypeName)
		if !ok || !localStruct(tn) {
			continue
		}
		name := ts.Name.Name
		if renamed, ok := c.localTypeName(tn); ok {
			name = renamed
		}
		regs += "; " + c.localTypeRegistration(name, tn.Type(), ts.End())
	}
	if regs != "" {
		c.insertLast(decl.End(), regs)
	}
}

// localUse is what printing or marshalling may do with a value of a
// local type.
func localUse() *use {
	u := fmtUse("*")
	u.marshal = true
	return u
}

// localStruct reports a struct type declared inside a function that does
// not depend on a type parameter.
func localStruct(tn *types.TypeName) bool {
	if tn.IsAlias() || tn.Parent() == nil || tn.Parent() == tn.Pkg().Scope() {
		return false
	}
	n, ok := tn.Type().(*types.Named)
	if !ok || n.TypeParams().Len() > 0 {
		return false
	}
	_, isStruct := n.Underlying().(*types.Struct)
	return isStruct && !hasTypeParam(n.Underlying())
}

// localStructTypes are the struct types declared inside the session's
// functions, sorted by where they are declared.
func (c *cell) localStructTypes() []*types.Named {
	if c.locals != nil {
		return c.locals
	}
	c.locals = []*types.Named{}
	for id, obj := range c.Info.Defs {
		if tn, ok := obj.(*types.TypeName); ok && id != nil && localStruct(tn) {
			c.locals = append(c.locals, tn.Type().(*types.Named))
		}
	}
	sort.Slice(c.locals, func(i, j int) bool { return c.locals[i].Obj().Pos() < c.locals[j].Obj().Pos() })
	return c.locals
}

// mayHoldLocal reports whether an interface of type t may hold a value of
// a local struct type that matters to the use.
func (c *cell) mayHoldLocal(t types.Type, u *use, pos token.Pos, seen map[types.Type]bool) bool {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for _, lt := range c.localStructTypes() {
		if types.Implements(lt, iface) && (u == nil || c.mattersSeen(lt, u, pos, seen)) {
			return true
		}
	}
	return false
}

// registerInstanceLiteral registers, before the statement that makes a
// value of an instance of a generic struct type (Box[bool]{}), that
// instance with the runtime, as lowerLocalType registers a local type: a
// function declared before any Box[bool] was made (in an earlier cell,
// say) cannot name it in a type switch, and printed its %T as yaegi's
// struct { V bool }.
func (c *cell) registerInstanceLiteral(lit *ast.CompositeLit) {
	n, ok := c.Info.TypeOf(lit).(*types.Named)
	if !ok || n.TypeArgs().Len() == 0 || hasTypeParam(n) || anyType(n, manyTypeArgs) {
		return // (a variable made an instance of several type arguments wrong)
	}
	if _, isStruct := n.Underlying().(*types.Struct); !isStruct {
		return
	}
	stmt := c.enclosingListedStmt()
	name, ok := c.typeString(n)
	if !ok || stmt == nil || c.registered[stmt][name] {
		return
	}
	if c.registered[stmt] == nil {
		c.registered[stmt] = map[string]bool{}
	}
	c.registered[stmt][name] = true
	c.insert(stmt.Pos(), c.instanceMaker(name)+c.localTypeRegistration(name, n, stmt.Pos())+"; ")
}

// localTypeRegistration is the call that registers the struct type t,
// spelled name at pos, with the runtime (mirror.LocalType).
func (c *cell) localTypeRegistration(name string, t types.Type, pos token.Pos) string {
	tb := c.newTable(pos, localUse())
	i := tb.describe(t)
	return "_gbp.LocalType((*" + name + ")(nil), " + strconv.Itoa(i) + ", " + tb.args() + ")"
}

// registerInstances registers, at the end of the cell, each instance of a
// generic struct type whose methods print a type name with %T that the
// cell names (Deque[int] of `var d Deque[int]`),
// as registerInstanceLiteral does before a literal: %T of a value of it
// inside a generic method, where the type argument cannot be spelled,
// looks its name up there (values.go's onlyTypeVerb).
func (c *cell) registerInstances() {
	seen := map[string]bool{}
	var regs []string
	for id, inst := range c.Info.Instances {
		n, ok := inst.Type.(*types.Named)
		if !ok || !c.inCell(id.Pos()) || n.TypeArgs().Len() == 0 || hasTypeParam(n) || anyType(n, manyTypeArgs) || !structShape(n) {
			continue
		}
		if _, concrete := c.sessionNamedIn(n); !concrete || !c.printsOwnType(n.Origin().Obj()) {
			continue
		}
		name, ok := c.typeString(n)
		if !ok || seen[name] {
			continue
		}
		seen[name] = true
		reg := c.localTypeRegistration(name, n, id.Pos())
		if stmt := c.topLevelStmtAt(id.Pos()); stmt != nil {
			// A notebook cell's statements run before its end.
			c.insert(stmt.Pos(), reg+"; ")
			continue
		}
		regs = append(regs, reg)
	}
	c.registerPassedInstances(seen)
	if len(regs) == 0 {
		return
	}
	sort.Strings(regs)
	c.registrations = append(c.registrations, strings.Join(regs, "; "))
}

// registerPassedInstances registers the instances of generic struct
// types whose values the notebook cell's statements make, with no literal
// or name of the instance in the cell (NewRing[int](4)): a function of an
// earlier cell that prints one from an interface has no case for it, and
// printed %T as yaegi's struct { Xbuf []int; ... }. Instances whose
// printing needs methods are left out: their callbacks belong to the
// table of the cell that prints.
func (c *cell) registerPassedInstances(seen map[string]bool) {
	if c.Body == nil {
		return // a program's resolvers see all of its instances
	}
	type first struct {
		pos token.Pos
		t   *types.Named
	}
	firsts := map[string]first{}
	note := func(t types.Type, pos token.Pos) {
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		n, ok := t.(*types.Named)
		if !ok || !c.inCell(pos) || n.Obj().Pkg() != c.Pkg || n.TypeArgs().Len() == 0 || hasTypeParam(n) || anyType(n, manyTypeArgs) || !structShape(n) {
			return
		}
		name, ok := c.typeString(n)
		if f, found := firsts[name]; !ok || seen[name] || found && f.pos < pos {
			return
		}
		firsts[name] = first{pos, n}
	}
	for e, tv := range c.Info.Types {
		if !tv.IsValue() {
			continue
		}
		if tuple, ok := tv.Type.(*types.Tuple); ok {
			for i := 0; i < tuple.Len(); i++ {
				note(tuple.At(i).Type(), e.Pos())
			}
			continue
		}
		note(tv.Type, e.Pos())
	}
	for id, inst := range c.Info.Instances {
		// The type arguments of a generic function: decode[Envelope[User]]
		// decodes into one in a function of an earlier cell.
		if _, isFunc := inst.Type.(*types.Signature); isFunc {
			for i := 0; i < inst.TypeArgs.Len(); i++ {
				note(inst.TypeArgs.At(i), id.Pos())
			}
		}
	}
	names := slices.Sorted(maps.Keys(firsts))
	for _, name := range names {
		f := firsts[name]
		stmt := c.topLevelStmtAt(f.pos)
		if stmt == nil {
			continue
		}
		tb := c.newTable(stmt.Pos(), localUse())
		i := tb.describe(f.t)
		if len(tb.calls) > 0 || tb.hoisted {
			continue
		}
		// (Made first: yaegi finds an instance by name once made.)
		c.insertFirst(stmt.Pos(), c.instanceMaker(name)+"_gbp.LocalType((*"+name+")(nil), "+strconv.Itoa(i)+", "+tb.args()+"); ")
	}
}

// topLevelStmtAt returns the notebook cell's top-level statement that
// contains pos, else its first one; nil for a program.
func (c *cell) topLevelStmtAt(pos token.Pos) ast.Stmt {
	if c.Body == nil {
		return nil
	}
	for _, s := range c.Body.Body.List {
		if s.Pos() <= pos && pos < s.End() {
			return s
		}
	}
	if len(c.Body.Body.List) > 0 && c.inCell(c.Body.Body.List[0].Pos()) {
		return c.Body.Body.List[0] // (named by a declaration of the cell)
	}
	return nil
}

// printsOwnType reports a generic type with a method whose body has a
// format with %T.
func (c *cell) printsOwnType(tn *types.TypeName) bool {
	found := false
	for _, fd := range c.methodDecls(tn) {
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING && strings.Contains(lit.Value, "%T") {
				found = true
			}
			return !found
		})
	}
	return found
}

// methodDecls returns the declarations, in the cell and in the session's
// earlier cells, of the methods of the generic type tn that have bodies.
func (c *cell) methodDecls(tn *types.TypeName) []*ast.FuncDecl {
	var out []*ast.FuncDecl
	for _, f := range []*ast.File{c.File, c.Session} {
		if f == nil {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && fd.Body != nil && c.receiverType(fd) == tn {
				out = append(out, fd)
			}
		}
	}
	return out
}
