package lower

import "go/ast"

// lowerGenericInstanceLiteral writes a composite literal of an instance
// of a generic type of several type parameters as the element of a
// one-element slice literal:
//
//	E[K, V]{k, v}   becomes   []E[K, V]{{k, v}}[0]
//
// yaegi v0.16.1 gets a second literal of an instance wrong when the first
// one made the instance (in a generic body, each instantiation of the
// body makes it anew): the statements from the first literal to the
// second were skipped and the first value was zero (x := E[K, V]{k, v}
// twice printed { 0}), or a panic named the wrong type. A literal whose type comes from
// the slice's is compiled apart from the instance's name, and right.
func (c *cell) lowerGenericInstanceLiteral(lit *ast.CompositeLit) {
	if _, ok := lit.Type.(*ast.IndexListExpr); !ok {
		return
	}
	c.insert(lit.Type.Pos(), "[]")
	c.insert(lit.Lbrace+1, "{")
	// The closing brace is replaced, not followed by an insertion, so
	// that what an outer lowering closes after the literal stays after.
	c.replace(lit.Rbrace, lit.Rbrace+1, "}}[0]")
}
