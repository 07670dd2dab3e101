package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type LineItem struct {
	SKU      string
	Desc     string
	Qty      int
	UnitCost float64
}

func (l LineItem) Total() float64 { return float64(l.Qty) * l.UnitCost }

type Customer struct {
	Name    string
	Email   string
	VIP     bool
	Address []string
}

type Invoice struct {
	Number   int
	Customer Customer
	Items    []LineItem
	Notes    map[string]string
	TaxRate  float64
}

func (inv *Invoice) Subtotal() float64 {
	s := 0.0
	for _, it := range inv.Items {
		s += it.Total()
	}
	return s
}

func (inv *Invoice) Tax() float64    { return inv.Subtotal() * inv.TaxRate }
func (inv *Invoice) Amount() float64 { return inv.Subtotal() + inv.Tax() }

const tmpl = `INVOICE #{{printf "%05d" .Number}}
Bill to: {{.Customer.Name}}{{if .Customer.VIP}} (VIP){{end}} <{{.Customer.Email | lower}}>
{{range $i, $line := .Customer.Address}}  {{$line}}
{{end -}}
{{- range $i, $it := .Items}}
{{inc $i}}. {{$it.SKU | printf "%-6s"}} {{$it.Desc | printf "%-12s"}} {{$it.Qty}} x {{money $it.UnitCost}} = {{money $it.Total}}
{{- else}}
(no items)
{{- end}}
Subtotal: {{money .Subtotal}}
Tax ({{percent .TaxRate}}): {{money .Tax}}
TOTAL: {{money .Amount}}
{{with .Notes}}Notes:{{range $k, $v := .}}
  {{$k}} = {{$v}}{{end}}{{else}}No notes.{{end}}
{{define "footer"}}-- {{.}} --{{end}}{{template "footer" "thank you"}}
`

func main() {
	funcs := template.FuncMap{
		"lower":   strings.ToLower,
		"inc":     func(i int) int { return i + 1 },
		"money":   func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"percent": func(f float64) string { return fmt.Sprintf("%g%%", f*100) },
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(tmpl))
	inv := &Invoice{
		Number:   42,
		Customer: Customer{Name: "Ada Lovelace", Email: "ADA@Example.COM", VIP: true, Address: []string{"12 Analytical Way", "London"}},
		Items: []LineItem{
			{"A100", "Widget", 3, 4.5},
			{"B7", "Gadget", 1, 19.99},
			{"C33", "Gizmo", 10, 0.35},
		},
		Notes:   map[string]string{"shipping": "express", "gift": "yes"},
		TaxRate: 0.2,
	}
	if err := t.Execute(os.Stdout, inv); err != nil {
		fmt.Println("error:", err)
	}
	empty := &Invoice{Number: 7, Customer: Customer{Name: "Nobody", Email: "n@x"}}
	if err := t.Execute(os.Stdout, empty); err != nil {
		fmt.Println("error:", err)
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, inv)
	fmt.Println("bad:", err != nil)
}
