package lower

import (
	"go/ast"
	"go/types"
)

// lowerTypeParamConversion makes a conversion to a type parameter a call
// of a compiled helper that converts through reflect. yaegi fails on
// S(x) in a generic body ("CFG post-order panic: nil pointer dereference")
// once S is instantiated with a type a cell declares (type Email string;
// Upper(Email("a"))), and the body is checked once for all its
// instantiations, so every such conversion is lowered:
//
//	return S(strings.ToUpper(string(s)))
//
// becomes
//
//	return func() (_gbpconv1 S) { _gbp.ConvertTo(&_gbpconv1, strings.ToUpper(string(s))); return }()
//
// reflect's Convert follows Go's conversion rules, and the checker has
// already accepted the conversion for every type in S's type set.
func (c *cell) lowerTypeParamConversion(call *ast.CallExpr) {
	if len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return
	}
	tv, ok := c.Info.Types[call.Fun]
	if !ok || !tv.IsType() {
		return
	}
	if _, ok := types.Unalias(tv.Type).(*types.TypeParam); !ok {
		return
	}
	r := c.newName("conv")
	c.replace(call.Pos(), call.Lparen+1,
		"func() ("+r+" "+c.text(call.Fun)+") { _gbp.ConvertTo(&"+r+", ")
	c.replace(call.Rparen, call.Rparen+1, "); return }()")
}
