package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// lowerRangeArray gives range over arrays Go's semantics. Go ranges over
// a copy of an array it ranges over by value, so a change to the array in
// the body does not show in the values; yaegi ranged over the array
// itself. Over a pointer to an array Go sees the changes, and with only
// the index it never reads the array (a nil pointer is fine); yaegi
// failed on both:
//
//	for i, v := range arr   becomes   for i, v := range [4]int(arr)
//	for i, v := range p     becomes   for i, v := range (p)[:]
//	for i := range p        becomes   for i := 0; i < 3; i++
func (c *cell) lowerRangeArray(n *ast.RangeStmt) {
	t := c.Info.TypeOf(n.X)
	if t == nil {
		return
	}
	withValue := n.Value != nil && !isBlank(n.Value)
	switch u := t.Underlying().(type) {
	case *types.Array:
		if !withValue || !addressable(n.X) {
			return
		}
		ts, ok := c.typeString(t)
		if !ok {
			return
		}
		c.insert(n.X.Pos(), "("+ts+")(")
		c.insert(n.X.End(), ")")
	case *types.Pointer:
		arr, isArray := u.Elem().Underlying().(*types.Array)
		if !isArray {
			return
		}
		if withValue {
			c.insert(n.X.Pos(), "(")
			c.insert(n.X.End(), ")[:]")
			return
		}
		i := c.newName("I")
		if n.Key != nil && !isBlank(n.Key) {
			i = c.text(n.Key)
		}
		assign := " := "
		if n.Key != nil && n.Tok == token.ASSIGN {
			assign = " = "
		}
		start := n.Range
		if n.Key != nil {
			start = n.Key.Pos()
		}
		// The array's length is a constant: the pointer is not read.
		c.replace(start, n.X.End(), i+assign+"0; "+i+" < "+strconv.FormatInt(arr.Len(), 10)+"; "+i+"++")
	}
}
