package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// lowerRangeChanSeq walks by index a range over a slice of channels
// given as an expression (a map's element, a literal, a call) with a
// value variable: yaegi dereferenced nil setting the value (`for _, ch :=
// range subs["a"]` of a map[string][]chan int ended the cell); over a
// variable, or by index, it runs (a variable's: rangechan.go). The expression is evaluated once, as
// the range does:
//
//	for _, ch := range subs["a"] {   becomes
//	for _gbpI1, _gbpS1 := 0, subs["a"]; _gbpI1 < len(_gbpS1); _gbpI1++ { _, ch := _gbpI1, _gbpS1[_gbpI1];
func (c *cell) lowerRangeChanSeq(n *ast.RangeStmt) {
	if n.Key == nil || n.Value == nil || n.Tok != token.DEFINE {
		return
	}
	if c.stableSeq(n.X) {
		return // lowerRangeChanElems (rangechan.go)
	}
	var elem types.Type
	switch x := c.Info.TypeOf(n.X).Underlying().(type) {
	case *types.Slice:
		elem = x.Elem()
	case *types.Array:
		elem = x.Elem()
	default:
		return
	}
	if _, isChan := elem.Underlying().(*types.Chan); !isChan {
		return
	}
	i, s := c.newName("I"), c.newName("S")
	key := c.text(n.Key) // a value needs a key, if only _
	c.replace(n.Key.Pos(), n.X.Pos(), i+", "+s+" := 0, ")
	c.insertLast(n.X.End(), "; "+i+" < len("+s+"); "+i+"++")
	c.insert(n.Body.Lbrace+1, " "+key+", "+c.text(n.Value)+" := "+i+", "+s+"["+i+"];")
}
