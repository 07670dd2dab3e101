package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

func (i Item) Total() float64 { return float64(i.Qty) * i.Price }

type Invoice struct {
	Number   int
	Customer struct {
		Name    string
		Email   string
		Premium bool
	}
	Items []Item
	Notes []string
	Meta  map[string]string
}

func (inv Invoice) Subtotal() (s float64) {
	for _, it := range inv.Items {
		s += it.Total()
	}
	return
}

const tmpl = `{{define "line"}}{{printf "%-8s %-18s %3d x %8.2f = %9.2f" .SKU .Name .Qty .Price .Total}}{{end -}}
INVOICE #{{printf "%05d" .Number}}
Bill to: {{.Customer.Name | upper}}{{with .Customer.Email}} <{{.}}>{{end}}
{{- if .Customer.Premium}} [premium]{{end}}
{{repeat "-" 60}}
{{range $i, $it := .Items}}{{add $i 1}}. {{template "line" $it}}
{{else}}(no items)
{{end}}{{repeat "-" 60}}
{{$sub := .Subtotal -}}
Subtotal: {{printf "%.2f" $sub}}
{{- if .Customer.Premium}}
Discount: -{{printf "%.2f" (discount $sub)}}{{end}}
{{if .Notes}}Notes:
{{range .Notes}}  * {{.}}
{{end}}{{end -}}
{{range $k, $v := .Meta}}{{$k}}={{$v}};{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper":    strings.ToUpper,
		"repeat":   strings.Repeat,
		"add":      func(a, b int) int { return a + b },
		"discount": func(x float64) float64 { return x * 0.1 },
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(tmpl))

	var inv Invoice
	inv.Number = 42
	inv.Customer.Name = "Ada Lovelace"
	inv.Customer.Email = "ada@example.org"
	inv.Customer.Premium = true
	inv.Items = []Item{
		{"A-100", "Analytical engine", 1, 12500},
		{"B-220", "Punch cards (box)", 12, 19.95},
		{"C-003", "Brass gears", 250, 0.4},
	}
	inv.Notes = []string{"Ship via rail", "Fragile"}
	inv.Meta = map[string]string{"zone": "EU", "currency": "GBP", "agent": "cb"}
	if err := t.Execute(os.Stdout, inv); err != nil {
		fmt.Println("error:", err)
	}

	var empty Invoice
	empty.Number = 7
	empty.Customer.Name = "Nobody"
	if err := t.Execute(os.Stdout, empty); err != nil {
		fmt.Println("error:", err)
	}

	names := t.Templates()
	var ns []string
	for _, n := range names {
		ns = append(ns, n.Name())
	}
	sort.Strings(ns)
	fmt.Println("templates:", ns)

	bad := template.Must(template.New("bad").Parse("{{.Missing.Field}}\n"))
	err := bad.Execute(os.Stdout, inv)
	fmt.Println("error:", err)
}
