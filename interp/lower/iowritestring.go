package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// lowerIOWriteString calls a WriteString method of the cells' own where
// io.WriteString's argument may hold a type that has one: yaegi hands the
// compiled function its wrapper of io.Writer, which has Write only, so a
// type embedding strings.Builder with a WriteString of its own had the
// Builder's Write called instead ("shout" where Go wrote "SHOUT").
//
//	io.WriteString(w, s)   becomes
//	func(x io.Writer, s string) (int, error) { switch v := _gbp.Unbox(x).(type) { case *upperBuf: return v.WriteString(s) }; return io.WriteString(x, s) }(w, s)
func (c *cell) lowerIOWriteString(call *ast.CallExpr) {
	if c.calleeName(call) != "io.WriteString" || len(call.Args) != 2 {
		return
	}
	wt := c.Info.TypeOf(call.Args[0])
	ws, ok := c.typeString(wt)
	if !ok {
		return
	}
	var cases []string
	for _, cand := range c.ownWriteStringTypes(wt, call.Pos()) {
		cs, ok := c.typeString(cand)
		if !ok {
			return
		}
		cases = append(cases, "case "+cs+": return v.WriteString(s)")
	}
	if len(cases) == 0 {
		return
	}
	c.insert(call.Pos(), "func(x "+ws+", s string) (int, error) { switch v := _gbp.Unbox(x).(type) { "+strings.Join(cases, "; ")+" }; return "+c.text(call.Fun)+"(x, s) }(")
	c.replace(call.Fun.Pos(), call.Lparen+1, "")
}

// ownWriteStringTypes returns the pointer types of the cells a value of
// the interface type t may hold whose WriteString method is the cells'
// own.
func (c *cell) ownWriteStringTypes(t types.Type, pos token.Pos) []types.Type {
	// (A pointer of the cells' passed as it is gets a compiled writer
	// with its WriteString: _gbp.WriterOf.)
	var cands []types.Type
	if types.IsInterface(t) {
		iface := t.Underlying().(*types.Interface)
		for _, cand := range c.candidates(t, pos) {
			if _, isPtr := cand.(*types.Pointer); isPtr && c.sessionType(cand) && types.Implements(cand, iface) {
				cands = append(cands, cand)
			}
		}
	}
	var out []types.Type
	for _, cand := range cands {
		if m, _, _ := types.LookupFieldOrMethod(cand, true, c.Pkg, "WriteString"); m != nil && m.Pkg() == c.Pkg {
			out = append(out, cand)
		}
	}
	return out
}
