package main

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"os"
	"strings"
	"text/template"
)

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Base struct{ ID int }

func (b Base) Code() string { return fmt.Sprintf("B-%03d", b.ID) }

type Item struct {
	Base
	Name  string
	Cents int
	Tags  []string
}

func (i Item) Price() Money  { return Money(i.Cents) }
func (i Item) Upper() string { return strings.ToUpper(i.Name) }
func (i Item) Join(sep string, xs ...string) string {
	return strings.Join(append([]string{i.Name}, xs...), sep)
}
func (i Item) Check() (string, error) {
	if i.Cents < 0 {
		return "", errors.New("negative")
	}
	return "ok", nil
}
func (i *Item) Ptr() string { return "ptr:" + i.Name }
func (i Item) Boom() int    { panic("boom " + i.Name) }

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type Shop struct {
	Items []Item
	Best  *Item
	Box   Box[int]
}

func (s Shop) First() Item { return s.Items[0] }

func run(name, src string, data any) {
	t, err := template.New(name).Parse(src)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("\nerr:", err)
	} else {
		fmt.Println()
	}
}

func main() {
	s := Shop{Items: []Item{{Base{1}, "pen", 150, []string{"a"}}, {Base{2}, "ink", -5, nil}}, Box: Box[int]{7}}
	s.Best = &s.Items[0]
	run("a", `{{range .Items}}{{.Code}} {{.Upper}} {{.Join "-" "x" "y"}} {{.Ptr}};{{end}}`, s)
	run("b", `{{.First.Name}} {{(.First).Upper}} {{.Best.Ptr}} {{.Box.Get}} {{$.First.Code}}`, s)
	run("c", `{{range $i, $it := .Items}}{{$i}}:{{$it.Check}} {{end}}`, s)
	run("d", `{{.First.Ptr}}`, s)
	run("e", `{{with index .Items 1}}{{.Boom}}{{end}}`, s)
	run("f", `{{.Best.Upper | printf "%q"}} {{"z" | .First.Join ","}}`, s)
	run("g", `{{.Nope}}`, s)
	var np *Item
	run("h", `{{.Upper}}`, np)
	t := template.Must(template.New("root").Parse(`{{define "item"}}[{{.Upper}}]{{end}}{{range .Items}}{{template "item" .}}{{end}}`))
	t.ExecuteTemplate(os.Stdout, "root", s)
	fmt.Println()
	h := htmltemplate.Must(htmltemplate.New("h").Parse(`<b>{{.Upper}}</b> {{.Join "&" "<x>"}}` + "\n"))
	if err := h.Execute(os.Stdout, s.Items[0]); err != nil {
		fmt.Println("err:", err)
	}
	run("i", `{{.Price.String}} {{len .Items}}`, s.Items[0])
}
