package lower

import (
	"go/ast"
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
	if _, generic := c.Info.Types[n.X].Type.(*types.Signature); !generic && !c.Info.Types[n].IsType() {
		return
	}
	inner := n.Index
	if star, ok := inner.(*ast.StarExpr); ok {
		inner = star.X
	}
	list, ok := inner.(*ast.IndexListExpr)
	if !ok {
		return
	}
	if name, ok := c.instanceAlias(c.Info.TypeOf(list)); ok {
		c.replace(list.Pos(), list.End(), name)
	}
}

// lowerInstanceTypeArgs does the same for each type argument of a list
// that is such an instance: Map[Pair[string, int], string].
func (c *cell) lowerInstanceTypeArgs(n *ast.IndexListExpr) {
	if _, generic := c.Info.Types[n.X].Type.(*types.Signature); !generic && !c.Info.Types[n].IsType() {
		return
	}
	for _, ix := range n.Indices {
		inner := ix
		if star, ok := inner.(*ast.StarExpr); ok {
			inner = star.X
		}
		if list, ok := inner.(*ast.IndexListExpr); ok {
			if name, ok := c.instanceAlias(c.Info.TypeOf(list)); ok {
				c.replace(list.Pos(), list.End(), name)
			}
		}
	}
}

// instanceAlias declares, once per cell, a package-level alias of t, an
// instance with no type parameter in it, before the outermost node being
// visited, and returns its name.
func (c *cell) instanceAlias(t types.Type) (string, bool) {
	if t == nil || hasTypeParam(t) {
		return "", false
	}
	spelled, ok := c.typeString(t)
	at := c.outermostInCell()
	if !ok || at == nil {
		return "", false
	}
	name := "_gbpI" + strings.Map(func(r rune) rune {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, spelled)
	if c.aliasesMade == nil {
		c.aliasesMade = map[string]bool{}
	}
	if !c.aliasesMade[name] {
		c.aliasesMade[name] = true
		c.insert(at.Pos(), "type "+name+" = "+spelled+"; ")
	}
	return name, true
}

// outermostInCell returns the outermost node being visited that is the
// cell's own: a declaration, or a statement at the cell's top level.
func (c *cell) outermostInCell() ast.Node {
	for _, n := range c.stack {
		if _, isFile := n.(*ast.File); !isFile && c.inCell(n.Pos()) {
			return n
		}
	}
	return nil
}
