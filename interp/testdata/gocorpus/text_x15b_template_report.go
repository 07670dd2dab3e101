package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Line struct {
	Product string
	Qty     int
	Unit    float64
}

func (l Line) Total() float64 { return float64(l.Qty) * l.Unit }

type Invoice struct {
	Number   int
	Customer string
	Lines    []Line
	Notes    []string
	Discount float64
	Tags     map[string]string
}

func (inv Invoice) Subtotal() (s float64) {
	for _, l := range inv.Lines {
		s += l.Total()
	}
	return
}

const tpl = `{{define "line"}}{{printf "%-10s" .Product}} {{printf "%3d" .Qty}} x {{printf "%6.2f" .Unit}} = {{.Total | money}}{{end -}}
INVOICE #{{.Number}} for {{.Customer | upper}}
{{range $i, $l := .Lines}}{{add $i 1}}. {{template "line" $l}}
{{end -}}
Subtotal: {{money .Subtotal}}
{{with .Discount}}Discount: {{.}}%
Total: {{money (applyDisc $.Subtotal .)}}
{{else}}No discount.
{{end -}}
{{if .Notes}}Notes:{{range .Notes}}
  - {{.}}{{end}}
{{else}}(no notes)
{{end -}}
{{range $k, $v := .Tags}}[{{$k}}={{$v}}]{{end}}
{{len .Lines}} lines, first={{(index .Lines 0).Product}}, {{if and (gt (len .Lines) 2) (not .Notes)}}big-quiet{{else}}other{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper":     strings.ToUpper,
		"money":     func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"add":       func(a, b int) int { return a + b },
		"applyDisc": func(total, pct float64) float64 { return total * (1 - pct/100) },
	}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(tpl))
	invs := []Invoice{
		{Number: 1001, Customer: "acme", Lines: []Line{{"bolts", 100, 0.05}, {"nuts", 100, 0.03}, {"gears", 3, 12.5}}, Tags: map[string]string{"zone": "eu", "prio": "high"}},
		{Number: 1002, Customer: "globex", Lines: []Line{{"laser", 1, 999.99}}, Notes: []string{"fragile", "insure"}, Discount: 10},
	}
	for _, inv := range invs {
		if err := t.Execute(os.Stdout, inv); err != nil {
			fmt.Println("ERR", err)
		}
		fmt.Println("----")
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, invs[0])
	fmt.Println("err:", err != nil, strings.Contains(fmt.Sprint(err), "Missing"))
}
