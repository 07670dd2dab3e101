package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// lowerRangeString ranges over a string the way Go does: by byte offset,
// decoding one rune at a time, with U+FFFD and a step of one byte for an
// invalid byte. yaegi gives rune indexes (`for i := range "héllo"` gave
// 0 1 2 3 4 instead of 0 1 3 4 5) and steps wrongly over invalid bytes.
// The loop becomes a three-clause loop over offsets whose body declares
// the user's variables afresh each iteration:
//
//	for i, r := range s {   becomes
//	for _gbpS1, _gbpI1, _gbpW1 := s, 0, 0; _gbpI1 < len(_gbpS1); _gbpI1 += _gbpW1 { var r rune; r, _gbpW1 = _gbp.DecodeRune(_gbpS1, _gbpI1); i := _gbpI1;
func (c *cell) lowerRangeString(n *ast.RangeStmt) {
	t, ok := c.Info.Types[n.X]
	if !ok || t.Type == nil {
		return
	}
	if b, ok := t.Type.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
		return
	}
	if n.Tok == token.ASSIGN {
		c.fail(n, "range over a string assigning to existing variables", "declare them in the loop: for i, r := range s")
		return
	}
	str, off, width := c.newName("S"), c.newName("I"), c.newName("W")
	name := func(e ast.Expr) string {
		if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
			return id.Name
		}
		return ""
	}
	key, val := "", ""
	if n.Key != nil {
		key = name(n.Key)
	}
	if n.Value != nil {
		val = name(n.Value)
	}
	decl := "var " + width + "r rune; " + width + "r, " + width + " = _gbp.DecodeRune(string(" + str + "), " + off + "); _ = " + width + "r; "
	if val != "" {
		decl += "var " + val + " = " + width + "r; "
	}
	if key != "" {
		decl += key + " := " + off + "; "
	}
	c.replace(n.For, n.Body.Lbrace+1, "for "+str+", "+off+", "+width+" := "+c.text(n.X)+", 0, 0; "+
		off+" < len("+str+"); "+off+" += "+width+" { "+decl)
}
