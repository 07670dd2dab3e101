package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    map[string]string
	Paid     bool
}

func main() {
	t1 := template.New("t1")
	t1, err := t1.Parse("Value is {{.}}\n")
	if err != nil {
		panic(err)
	}
	t1 = template.Must(t1.Parse("Value: {{.}}\n"))
	t1.Execute(os.Stdout, "some text")
	t1.Execute(os.Stdout, 5)
	t1.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})

	Create := func(name, t string) *template.Template {
		return template.Must(template.New(name).Parse(t))
	}
	t2 := Create("t2", "Name: {{.Name}}\n")
	t2.Execute(os.Stdout, struct{ Name string }{"Jane Doe"})
	t2.Execute(os.Stdout, map[string]string{"Name": "Mickey Mouse"})

	t3 := Create("t3", "{{if . -}} yes {{else -}} no {{end}}\n")
	t3.Execute(os.Stdout, "not empty")
	t3.Execute(os.Stdout, "")

	t4 := Create("t4", "Range: {{range .}}{{.}} {{end}}\n")
	t4.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})

	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
	}
	const orderTmpl = `Order #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{$i}}. {{$it.Name | printf "%-8s"}} x{{$it.Qty}} = {{money $it.Total}}
{{else}}no items
{{end}}{{with .Notes}}{{range $k, $v := .}}note {{$k}}: {{$v}}
{{end}}{{end}}{{if and .Paid (gt (len .Items) 1)}}paid, multi{{else if .Paid}}paid{{else}}unpaid{{end}}
{{define "footer"}}-- {{.}} --{{end}}{{template "footer" "thanks"}}
`
	t5 := template.Must(template.New("order").Funcs(funcs).Parse(orderTmpl))
	orders := []Order{
		{ID: 7, Customer: "ann", Items: []Item{{"pen", 1.5, 4}, {"book", 12.25, 1}}, Notes: map[string]string{"z": "last", "a": "gift"}, Paid: true},
		{ID: 8, Customer: "bo"},
	}
	for _, o := range orders {
		if err := t5.Execute(os.Stdout, o); err != nil {
			panic(err)
		}
	}
	_, err = template.New("bad").Parse("{{.Foo")
	os.Stdout.WriteString(strings.SplitN(err.Error(), ":", 2)[0] + "\n")
	err = Create("t6", "{{.Missing}}\n").Execute(os.Stdout, Item{})
	os.Stdout.WriteString(err.Error() + "\n")
}
