package lower

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
	"strings"
)

// A single-value type assertion on a nil interface panics in Go with a
// message naming the interface's static type and the asserted type:
// "interface conversion: main.Shape is nil, not main.Rect" (or
// "interface {} is nil", and "interface is nil, not error" for an
// interface target). yaegi's named neither as Go does ("interface {} is
// nil, not struct { W float64; H float64 }"), and a recovered panic
// printed it. The assertion checks for nil first:
//
//	r := sh.(Rect)   becomes   r := func() Rect { var x Shape = sh; if x == nil { panic(...) }; return x.(Rect) }()

// lowerNilAssert guards x.(T) when no other lowering rewrote it.
func (c *cell) lowerNilAssert(n *ast.TypeAssertExpr) {
	if n.Type == nil || c.err != nil || c.commaOk(n) || c.rewrittenWithin(n.Pos(), n.End()) {
		return
	}
	xt, t := c.Info.TypeOf(n.X), c.Info.TypeOf(n.Type)
	if xt == nil || t == nil || !types.IsInterface(xt) {
		return
	}
	xs, ok1 := c.typeString(xt)
	ts, ok2 := c.typeString(t)
	if !ok1 || !ok2 {
		return
	}
	panicText := "panic(_gbp.RuntimeError(" + strconv.Quote(nilAssertMessage(xt, t)) + "))"
	if isEmptyInterface(xt) {
		// yaegi's message is Go's ("interface {} is nil, not int") but
		// for the cells' types, which it spells by their structure. A
		// value of an interface{} passed to a literal's parameter lost
		// its type when compiled code had handed it back (x in a heap's
		// Push), so only a variable is checked, where it is.
		if !c.mentionsCellType(t) {
			return
		}
		id, ok := ast.Unparen(n.X).(*ast.Ident)
		if !ok {
			return
		}
		c.insert(n.Pos(), "func() "+ts+" { if "+c.text(id)+" == nil { "+panicText+" }; "+c.mismatchPanics(xt, t, ts, c.text(id), n.Pos())+"return ")
		// Before what a stand-in around the assertion closes with.
		c.insertFirst(n.End(), " }()")
		return
	}
	x := "x"
	if c.wrappedPointer(n.X, n.Type) {
		x = "_gbp.Unbox(x)" // (boxerror.go's unboxSubject)
	}
	// The value is bound inside the literal, not passed to it: yaegi
	// wrapped an interface a call returned once more when it passed it
	// to a parameter, and then no assertion matched (fn(mk()).(*Bin)).
	c.insert(n.Pos(), "func() "+ts+" { var x "+xs+" = ")
	c.replace(n.X.End(), n.End(), "; if x == nil { "+panicText+" }; "+c.mismatchPanics(xt, t, ts, x, n.Pos())+"return "+x+".("+ts+") }()")
}

// mismatchPanics returns the statements that panic as Go does when x, of
// the interface type xt, holds another of the cells' types than t: yaegi's
// message spelled both by their structure ("interface {} is struct { W
// float64; H float64 }, not *struct { R float64 }"), and a recovered
// panic printed it. Go's names the three types:
//
//	if v, ok := x.(*Circle); ok { return v }; switch x.(type) { case Rect: panic(...main.Shape is main.Rect, not *main.Circle) }
func (c *cell) mismatchPanics(xt, t types.Type, ts, x string, pos token.Pos) string {
	if types.IsInterface(t) || isEmptyInterface(xt) {
		// (In an interface{} yaegi's type switch, which this code is,
		// did not tell the cells' structs apart: lowerAnySwitch does.)
		return ""
	}
	var cases []string
	for _, cand := range c.candidates(xt, pos) {
		if types.Identical(cand, t) || !c.sessionType(cand) {
			continue
		}
		cs, ok := c.typeString(cand)
		if !ok {
			return ""
		}
		msg := "interface conversion: " + runtimeTypeName(xt) + " is " + runtimeTypeName(cand) + ", not " + runtimeTypeName(t)
		cases = append(cases, "case "+cs+": panic(_gbp.RuntimeError("+strconv.Quote(msg)+"))")
	}
	if len(cases) == 0 {
		return ""
	}
	return "if v, ok := " + x + ".(" + ts + "); ok { return v }; switch " + x + ".(type) { " + strings.Join(cases, "; ") + " }; "
}

// nilAssertMessage is Go's message for x.(t) on a nil x of type xt.
func nilAssertMessage(xt, t types.Type) string {
	if types.IsInterface(t) {
		return "interface conversion: interface is nil, not " + runtimeTypeName(t)
	}
	return "interface conversion: " + runtimeTypeName(xt) + " is nil, not " + runtimeTypeName(t)
}

// runtimeTypeName spells t as Go's runtime does in its messages:
// packages by name, an interface literal with spaces in its braces.
func runtimeTypeName(t types.Type) string {
	qualify := func(p *types.Package) string { return p.Name() }
	if iface, ok := types.Unalias(t).(*types.Interface); ok {
		if iface.NumMethods() == 0 && iface.NumEmbeddeds() == 0 {
			return "interface {}"
		}
		var ms []string
		for m := range iface.Methods() {
			ms = append(ms, m.Name()+strings.TrimPrefix(types.TypeString(m.Type(), qualify), "func"))
		}
		return "interface { " + strings.Join(ms, "; ") + " }"
	}
	// The empty interface inside another type: []interface {}.
	return anyWord.ReplaceAllString(strings.ReplaceAll(types.TypeString(t, qualify), "interface{}", "interface {}"), "interface {}")
}

var anyWord = regexp.MustCompile(`\bany\b`)
