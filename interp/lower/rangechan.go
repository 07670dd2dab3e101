package lower

import (
	"go/ast"
	"go/token"
	"go/types"
)

// lowerRangeChanElems ranges over a slice, array or map of channels by
// key. yaegi took the range's value for a channel's and failed ("call of
// reflect.Value.Len on int Value", a nil dereference for a map) on the
// fan-in loop over a []<-chan int:
//
//	for _, c := range cs {   becomes   for _gbpK1 := range cs { c := cs[_gbpK1];
//
// The sequence must be a variable or a field, read again at each step.
func (c *cell) lowerRangeChanElems(n *ast.RangeStmt) {
	if n.Value == nil || isBlank(n.Value) || n.Tok != token.DEFINE || !c.stableSeq(n.X) {
		return
	}
	t := c.Info.TypeOf(n.X)
	if t == nil {
		return
	}
	var elem types.Type
	switch u := t.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	case *types.Map:
		elem = u.Elem()
	default:
		return
	}
	if _, isChan := elem.Underlying().(*types.Chan); !isChan {
		return
	}
	key := c.newName("K")
	if n.Key != nil && !isBlank(n.Key) {
		key = c.text(n.Key)
	}
	c.replace(n.Key.Pos(), n.Value.End(), key)
	c.insert(n.Body.Lbrace+1, " "+c.text(n.Value)+" := "+c.text(n.X)+"["+key+"];")
}
