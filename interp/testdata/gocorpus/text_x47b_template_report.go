package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func (i Item) Total() float64 { return float64(i.Qty) * i.Price }

type Invoice struct {
	Number   int
	Customer string
	Items    []Item
	Notes    []string
}

func (inv Invoice) Sum() (s float64) {
	for _, it := range inv.Items {
		s += it.Total()
	}
	return
}

const tmpl = `Invoice #{{.Number}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{inc $i}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%7.2f" $it.Total}}
{{end}}{{with .Notes}}Notes:{{range .}} [{{.}}]{{end}}
{{else}}No notes.
{{end}}Total: {{printf "%.2f" .Sum}}{{if gt .Sum 100.0}} (free shipping){{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tmpl))
	invs := []Invoice{
		{1001, "acme", []Item{{"widget", 3, 9.99}, {"gadget", 1, 49.5}, {"gizmo", 10, 7.25}}, []string{"fragile", "gift"}},
		{1002, "zeta", []Item{{"bolt", 5, 0.2}}, nil},
	}
	for _, inv := range invs {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("---")
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, invs[0])
	fmt.Println("error:", err != nil)
	_, err = template.New("x").Parse("{{if}}")
	fmt.Println("parse error:", err)
	var sb strings.Builder
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}}`)).Execute(&sb, m)
	fmt.Println(sb.String())
}
