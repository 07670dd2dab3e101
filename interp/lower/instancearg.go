package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// lowerInstanceTypeArg names through a package-level alias an instance of
// a generic type of several type parameters that is the type argument of
// a generic type or function of one:
//
//	var b Box[Pair[string, int]]   becomes
//	type _gbpIPair_string_int = Pair[string, int]; ... var b Box[_gbpIPair_string_int]
//
// yaegi v0.16.1 failed on the nested list of type arguments (CFG
// post-order panic: nil pointer dereference, or a nil dereference at run
// time that read like the user's bug); through an alias it is right. An
// argument with a type parameter in it cannot be named at package level
// and is left as it is.
func (c *cell) lowerInstanceTypeArg(n *ast.IndexExpr) {
	if c.Info.Types[n.X].Type == nil {
		return
	}
	_, generic := c.Info.Types[n.X].Type.(*types.Signature)
	if !generic && !c.Info.Types[n].IsType() {
		return
	}
	c.aliasInstanceArg(n.Index, generic)
}

// aliasInstanceArg names the instance arg, a type argument, through a
// package-level alias where yaegi needs it: one of several type
// arguments anywhere, and one of one type argument as that of a generic
// function (decode[Envelope[User]]: yaegi said "type not found:
// Envelope[main.User]" unless something had made the instance before).
func (c *cell) aliasInstanceArg(arg ast.Expr, ofFunc bool) {
	inner := arg
	if star, ok := inner.(*ast.StarExpr); ok {
		inner = star.X
	}
	switch inner.(type) {
	case *ast.IndexListExpr:
	case *ast.IndexExpr:
		if !ofFunc || !c.Info.Types[inner].IsType() {
			return
		}
	default:
		return
	}
	if name, ok := c.instanceAlias(c.Info.TypeOf(inner)); ok {
		c.replace(inner.Pos(), inner.End(), name)
	}
}

// lowerInstanceTypeArgs does the same for each type argument of a list
// that is such an instance: Map[Pair[string, int], string].
func (c *cell) lowerInstanceTypeArgs(n *ast.IndexListExpr) {
	_, generic := c.Info.Types[n.X].Type.(*types.Signature)
	if !generic && !c.Info.Types[n].IsType() {
		return
	}
	for _, ix := range n.Indices {
		c.aliasInstanceArg(ix, generic)
	}
}

// InstanceAliasPrefix starts the names of the aliases instanceAlias
// declares, which the session evaluates before the declaration they are
// written before.
const InstanceAliasPrefix = "_gbpI"

// instanceAlias declares, once per cell, a package-level alias of t, an
// instance with no type parameter in it, before the outermost node being
// visited, and returns its name.
func (c *cell) instanceAlias(t types.Type) (string, bool) {
	if t == nil || hasTypeParam(t) {
		return "", false
	}
	if _, concrete := c.sessionNamedIn(t); !concrete && !c.namableWithHoisted(t) {
		return "", false // a type declared in a function: not at package level
	}
	if nestsManyTypeArgs(t) {
		return "", false
	}
	spelled, ok := c.typeString(t)
	at := c.outermostInCell()
	if !ok || at == nil {
		return "", false
	}
	name := InstanceAliasPrefix + identifierOf(spelled)
	if c.aliasesMade == nil {
		c.aliasesMade = map[string]bool{}
	}
	if !c.aliasesMade[name] {
		c.aliasesMade[name] = true
		// Made with it, in the same evaluation, an instance its fields
		// hold or its methods use would share generated methods with it
		// (an Outer[int] holding an *inner[int], both with Pop): those
		// are made first.
		for _, held := range c.madeWith(t) {
			if c.sharesMethodName(held.Origin()) {
				c.instanceAlias(held)
			}
		}
		c.insert(at.Pos(), "type "+name+" = "+spelled+"; ")
	}
	return name, true
}

// identifierOf spells a type's name as part of an identifier.
func identifierOf(spelled string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, spelled)
}

// outermostInCell returns the outermost node being visited that is the
// cell's own: a declaration, or a statement at the cell's top level.
func (c *cell) outermostInCell() ast.Node {
	for _, n := range c.stack {
		if _, isFile := n.(*ast.File); !isFile && c.inCell(n.Pos()) {
			return n
		}
	}
	// A notebook cell's top-level statement being visited itself.
	if c.visiting != nil && c.inCell(c.visiting.Pos()) {
		if _, isFile := c.visiting.(*ast.File); !isFile {
			return c.visiting
		}
	}
	return nil
}

// lowerPointerToInstance names through an alias an instance of a generic
// type of several type parameters that a pointer type points to in a
// function: yaegi v0.16.1 took `var h *Pair[string, int]` there for a
// dereference and failed (CFG post-order panic: nil pointer dereference),
// where `var h *_gbpIPair_string_int` is right; and so in a type switch's
// case. It reports whether it did.
func (c *cell) lowerPointerToInstance(n *ast.IndexListExpr) bool {
	_, pointer := c.parent().(*ast.StarExpr)
	// (A case among a notebook cell's top-level statements is left: its
	// alias was undefined there.)
	if !pointer && !(c.typeSwitchCase(n) && c.topLevelStmtAt(n.Pos()) == nil) || !c.Info.Types[n].IsType() || c.enclosingFuncNode() == nil || c.inGenericDecl() {
		return false
	}
	name, ok := c.instanceAlias(c.Info.TypeOf(n))
	if ok {
		c.replace(n.Pos(), n.End(), name)
	}
	return ok
}

// typeSwitchCase reports a type in the list of a type switch's case,
// where yaegi took such an instance for no type at all (" is not a
// type").
func (c *cell) typeSwitchCase(n ast.Expr) bool {
	cl, ok := c.parent().(*ast.CaseClause)
	if !ok || len(c.stack) < 3 {
		return false
	}
	for _, e := range cl.List {
		if e == n {
			_, inTypeSwitch := c.stack[len(c.stack)-3].(*ast.TypeSwitchStmt)
			return inTypeSwitch
		}
	}
	return false
}

// pointedInstance returns, for an instance of a generic type of several
// type parameters that a pointer type the lowering writes points to, an
// alias of it (lowerPointerToInstance says why); other types as they are.
func (c *cell) pointedInstance(t types.Type) types.Type {
	named, ok := t.(*types.Named)
	if ok && named.TypeArgs().Len() == 1 && nestsManyTypeArgs(named) && !hasTypeParam(named) && !c.inGenericDecl() {
		// *Box[Pair[string, float64]] as *Box[_gbpIPair_string__float64_]:
		// the type argument by its alias, as in Wrap[...](x).
		arg, ok := named.TypeArgs().At(0).(*types.Named)
		if !ok || !manyTypeArgs(arg) || nestsManyTypeArgs(arg) {
			return t
		}
		name, ok := c.instanceAlias(arg)
		if !ok {
			return t
		}
		aliased := types.NewAlias(types.NewTypeName(token.NoPos, c.Pkg, name, nil), arg)
		if inst, err := types.Instantiate(nil, named.Origin(), []types.Type{aliased}, false); err == nil {
			return inst
		}
		return t
	}
	if !ok || named.TypeArgs().Len() < 2 || hasTypeParam(named) || c.inGenericDecl() {
		return t
	}
	name, ok := c.instanceAlias(named)
	if !ok {
		return t
	}
	return types.NewAlias(types.NewTypeName(token.NoPos, c.Pkg, name, nil), named)
}

// inGenericDecl reports whether the outermost node being visited is a
// generic function or a method of a generic type. An alias declared
// before it would make the instance there, before the methods of the
// cell that follow it are declared, and the instance would lack them
// ("undefined selector"); declared after, it is not complete when the
// methods are compiled ("incomplete type").
func (c *cell) inGenericDecl() bool {
	at := c.outermostInCell()
	return at != nil && c.inGenericFunc(at.Pos())
}
