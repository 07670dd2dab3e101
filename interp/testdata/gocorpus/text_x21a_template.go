package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"text/template"
)

type Invoice struct {
	Number   int
	Customer Customer
	Lines    []Line
	Notes    map[string]string
	Paid     bool
}

type Customer struct {
	Name, Email string
}

type Line struct {
	Desc  string
	Qty   int
	Price float64
}

func (l Line) Total() float64 { return float64(l.Qty) * l.Price }

func (inv Invoice) Sum() (s float64) {
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return
}

const tmpl = `{{define "line"}}{{printf "%-12s" .Desc}} {{printf "%3d" .Qty}} x {{money .Price}} = {{money .Total}}{{end -}}
INVOICE #{{.Number}} for {{.Customer.Name | upper}}{{with .Customer.Email}} <{{.}}>{{end}}
{{range $i, $l := .Lines}}{{add $i 1}}. {{template "line" $l}}
{{else}}(no lines)
{{end}}{{"-" | repeat 40}}
TOTAL {{money .Sum}}{{if .Paid}} PAID{{else if gt .Sum 100.0}} DUE (large){{else}} DUE{{end}}
{{range $k, $v := .Notes}}note {{$k}}: {{$v}}
{{end}}{{len .Lines}} line(s)
`

func main() {
	funcs := template.FuncMap{
		"upper":  strings.ToUpper,
		"money":  func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"add":    func(a, b int) int { return a + b },
		"repeat": func(n int, s string) string { return strings.Repeat(s, n) },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	invs := []Invoice{
		{Number: 1, Customer: Customer{"acme corp", "ap@acme.test"}, Lines: []Line{
			{"widgets", 10, 2.5}, {"gadgets", 3, 19.99}, {"shipping", 1, 7},
		}, Notes: map[string]string{"terms": "net 30", "po": "A-17"}},
		{Number: 2, Customer: Customer{Name: "solo"}, Paid: true},
		{Number: 3, Customer: Customer{"big buyer", ""}, Lines: []Line{{"server", 2, 999}}},
	}
	for _, inv := range invs {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("exec error:", err)
		}
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, invs[0])
	fmt.Println("error:", err != nil, strings.Contains(fmt.Sprint(err), "Missing"))
	var names []string
	for _, x := range t.Templates() {
		names = append(names, x.Name())
	}
	slices.Sort(names)
	fmt.Println(names)
}
