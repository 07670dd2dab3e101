package main

import (
	"fmt"
	"strings"
)

type Doc interface{ render(w *writer, indent int) }

type Text string
type Line struct{}
type Nest struct {
	N int
	D Doc
}
type Concat []Doc

type writer struct {
	sb  strings.Builder
	col int
}

func (t Text) render(w *writer, _ int) { w.sb.WriteString(string(t)); w.col += len(t) }
func (Line) render(w *writer, indent int) {
	w.sb.WriteByte('\n')
	w.sb.WriteString(strings.Repeat(" ", indent))
	w.col = indent
}
func (n Nest) render(w *writer, indent int) { n.D.render(w, indent+n.N) }
func (c Concat) render(w *writer, indent int) {
	for _, d := range c {
		d.render(w, indent)
	}
}

func Render(d Doc) string {
	w := &writer{}
	d.render(w, 0)
	return w.sb.String()
}

type Stmt interface{ Doc() Doc }

type Assign struct {
	Name string
	Expr string
}
type While struct {
	Cond string
	Body []Stmt
}
type IfElse struct {
	Cond       string
	Then, Else []Stmt
}

func block(stmts []Stmt) Doc {
	var c Concat
	for _, s := range stmts {
		c = append(c, Line{}, s.Doc())
	}
	return Concat{Text("{"), Nest{4, c}, Line{}, Text("}")}
}

func (a Assign) Doc() Doc { return Text(a.Name + " := " + a.Expr + ";") }
func (w While) Doc() Doc  { return Concat{Text("while (" + w.Cond + ") "), block(w.Body)} }
func (i IfElse) Doc() Doc {
	d := Concat{Text("if " + i.Cond + " "), block(i.Then)}
	if len(i.Else) > 0 {
		d = append(d, Text(" else "), block(i.Else))
	}
	return d
}

func main() {
	prog := []Stmt{
		Assign{"i", "0"},
		While{"i < 10", []Stmt{
			IfElse{"i % 2 == 0", []Stmt{Assign{"even", "even + 1"}}, []Stmt{Assign{"odd", "odd + 1"}, While{"false", nil}}},
			Assign{"i", "i + 1"},
		}},
		IfElse{"done", []Stmt{Assign{"x", "1"}}, nil},
	}
	var all Concat
	for i, s := range prog {
		if i > 0 {
			all = append(all, Line{})
		}
		all = append(all, s.Doc())
	}
	out := Render(all)
	fmt.Println(out)
	fmt.Println(strings.Count(out, "\n"), len(out))
	fmt.Printf("%q\n", Render(Nest{2, Concat{Text("a"), Line{}, Text("b")}}))
}
