package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name     string
	Price    float64
	Quantity int
}

func (i Item) Total() float64 { return i.Price * float64(i.Quantity) }

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    []string
	Paid     bool
}

const invoice = `Invoice #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items -}}
{{inc $i}}. {{printf "%-8s" $it.Name}} {{$it.Quantity}} x {{printf "%.2f" $it.Price}} = {{printf "%6.2f" $it.Total}}
{{end -}}
Total: {{total .Items | printf "%.2f"}}
{{if .Paid}}Status: paid{{else}}Status: DUE{{end}}
{{with .Notes}}Notes: {{join . "; "}}{{else}}No notes.{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
		"join":  strings.Join,
		"total": func(items []Item) float64 {
			var t float64
			for _, it := range items {
				t += it.Total()
			}
			return t
		},
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(invoice))

	orders := []Order{
		{ID: 1, Customer: "ada", Items: []Item{{"widget", 2.5, 4}, {"gadget", 10, 1}}, Paid: true},
		{ID: 2, Customer: "bob", Items: []Item{{"gizmo", 0.99, 3}}, Notes: []string{"gift wrap", "leave at door"}},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			panic(err)
		}
		os.Stdout.WriteString("---\n")
	}

	// nested templates and define/template
	const page = `{{define "li"}}<li>{{.}}</li>{{end}}<ul>{{range .}}{{template "li" .}}{{end}}</ul>
`
	tp := template.Must(template.New("page").Parse(page))
	tp.Execute(os.Stdout, []string{"one", "two & three"})

	// maps are ranged in sorted key order
	tm := template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}} {{end}}{{len .}} keys
`))
	tm.Execute(os.Stdout, map[string]int{"b": 2, "a": 1, "c": 3})

	// comparison functions and variables
	tc := template.Must(template.New("c").Parse(`{{$n := .}}{{if lt $n 10}}small{{else if lt $n 100}}medium{{else}}large{{end}} {{eq $n 42}}
`))
	for _, n := range []int{5, 42, 500} {
		tc.Execute(os.Stdout, n)
	}

	// errors at execution time
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, Item{})
	os.Stdout.WriteString("error: " + err.Error() + "\n")
}
