package main

import (
	"fmt"
	"strings"
)

// A small Wadler/Oppen style pretty printer: documents are text, line breaks
// and groups; a group is printed flat if it fits in the remaining width.

type Doc interface{ isDoc() }

type (
	Text string
	Line struct{}
	Nest struct {
		Indent int
		D      Doc
	}
	Concat []Doc
	Group  struct{ D Doc }
)

func (Text) isDoc()   {}
func (Line) isDoc()   {}
func (Nest) isDoc()   {}
func (Concat) isDoc() {}
func (Group) isDoc()  {}

type item struct {
	indent int
	flat   bool
	d      Doc
}

func fits(w int, items []item) bool {
	for len(items) > 0 && w >= 0 {
		it := items[len(items)-1]
		items = items[:len(items)-1]
		switch d := it.d.(type) {
		case Text:
			w -= len(d)
		case Line:
			if !it.flat {
				return true
			}
			w--
		case Nest:
			items = append(items, item{it.indent + d.Indent, it.flat, d.D})
		case Group:
			items = append(items, item{it.indent, true, d.D})
		case Concat:
			for i := len(d) - 1; i >= 0; i-- {
				items = append(items, item{it.indent, it.flat, d[i]})
			}
		}
	}
	return w >= 0
}

func Pretty(width int, doc Doc) string {
	var sb strings.Builder
	col := 0
	stack := []item{{0, false, doc}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch d := it.d.(type) {
		case Text:
			sb.WriteString(string(d))
			col += len(d)
		case Line:
			if it.flat {
				sb.WriteByte(' ')
				col++
			} else {
				sb.WriteString("\n" + strings.Repeat(" ", it.indent))
				col = it.indent
			}
		case Nest:
			stack = append(stack, item{it.indent + d.Indent, it.flat, d.D})
		case Concat:
			for i := len(d) - 1; i >= 0; i-- {
				stack = append(stack, item{it.indent, it.flat, d[i]})
			}
		case Group:
			flat := it.flat || fits(width-col, append(stack[:len(stack):len(stack)], item{it.indent, true, d.D}))
			stack = append(stack, item{it.indent, flat, d.D})
		}
	}
	return sb.String()
}

// S-expression values rendered through the document algebra.
type SExpr struct {
	Atom string
	List []SExpr
}

func atom(s string) SExpr    { return SExpr{Atom: s} }
func list(xs ...SExpr) SExpr { return SExpr{List: xs} }
func (e SExpr) isAtom() bool { return e.List == nil }
func join(sep Doc, ds []Doc) Doc {
	var out Concat
	for i, d := range ds {
		if i > 0 {
			out = append(out, sep)
		}
		out = append(out, d)
	}
	return out
}

func (e SExpr) Doc() Doc {
	if e.isAtom() {
		return Text(e.Atom)
	}
	parts := make([]Doc, len(e.List))
	for i, x := range e.List {
		parts[i] = x.Doc()
	}
	return Group{Concat{Text("("), Nest{2, join(Line{}, parts)}, Text(")")}}
}

func main() {
	prog := list(atom("define"), list(atom("fact"), atom("n")),
		list(atom("if"), list(atom("<="), atom("n"), atom("1")), atom("1"),
			list(atom("*"), atom("n"), list(atom("fact"), list(atom("-"), atom("n"), atom("1"))))))
	for _, w := range []int{80, 40, 20, 10} {
		fmt.Printf("--- width %d\n%s\n", w, Pretty(w, prog.Doc()))
	}
	fmt.Printf("%T %v\n", prog.Doc(), Pretty(5, Concat{Text("a"), Line{}, Text("b")}))
}
