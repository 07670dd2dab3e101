package lower

import (
	"go/ast"
	"go/token"
)

// A hoist moves an expression, with the edits of the lowerings inside
// it, to a declaration before its statement, and leaves a name in its
// place: lowerings record edits at fixed places of the cell, so moving
// text waits until every edit is in (apply).
type hoist struct {
	from, to int    // the expression
	at       int    // where the declaration goes
	name     string // what replaces the expression
	declare  func(lowered string) string
	// last puts the declaration after every other insertion at its
	// place, as insertLast does.
	last bool
}

// hoistBefore records that x moves before the statement at stmt as the
// declaration declare makes of its lowered text, and that name replaces
// it.
func (c *cell) hoistBefore(x ast.Expr, stmt token.Pos, name string, declare func(string) string) {
	from, to, at := c.offset(x.Pos()), c.offset(x.End()), c.offset(stmt)
	if from < 0 || to < from || at < 0 || at > from {
		return
	}
	c.hoists = append(c.hoists, hoist{from: from, to: to, at: at, name: name, declare: declare})
}

// applyHoists turns the hoists into edits: the edits inside each hoisted
// expression are applied to its text, which goes into the declaration.
// c.edits must be sorted.
func (c *cell) applyHoists() {
	for _, h := range c.hoists {
		var inside, rest []edit
		for _, e := range c.edits {
			if e.start >= h.from && e.end <= h.to && !(e.start == e.end && e.start == h.to && e.last) {
				inside = append(inside, e)
			} else {
				rest = append(rest, e)
			}
		}
		lowered := applyEdits(c.Src[h.from:h.to], h.from, inside)
		rest = append(rest,
			edit{start: h.at, end: h.at, text: h.declare(lowered), last: h.last},
			edit{start: h.from, end: h.to, text: h.name})
		c.edits = rest
		c.sortEdits()
	}
}

// A textCopy puts the lowered text of a range of the cell at another
// place too.
type textCopy struct {
	from, to int // the range copied
	at       int // where the copy goes
	prefix   string
}

// copyLowered records that the text of x, with the edits of the lowerings
// inside it, goes at pos too, after prefix.
func (c *cell) copyLowered(x ast.Node, pos token.Pos, prefix string) {
	from, to, at := c.offset(x.Pos()), c.offset(x.End()), c.offset(pos)
	if from < 0 || to < from || at < 0 || at >= from && at < to {
		return
	}
	c.copies = append(c.copies, textCopy{from: from, to: to, at: at, prefix: prefix})
}

// applyCopies turns the copies into insertions. c.edits must be sorted.
func (c *cell) applyCopies() {
	for _, cp := range c.copies {
		var inside []edit
		for _, e := range c.edits {
			if e.start >= cp.from && e.end <= cp.to && !(e.start == e.end && e.start == cp.to && e.last) {
				inside = append(inside, e)
			}
		}
		c.edits = append(c.edits, edit{start: cp.at, end: cp.at, text: cp.prefix + applyEdits(c.Src[cp.from:cp.to], cp.from, inside)})
		c.sortEdits()
	}
}
