package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
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
