package main

import (
	"fmt"
	"math"
	"os"
	"strings"
	"text/template"
)

type Row struct {
	N     int
	H     float64
	Value float64
	Err   float64
}

func (r Row) Order(prev Row) string {
	if prev.Err == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", math.Log(prev.Err/r.Err)/math.Log(prev.H/r.H))
}

const tpl = `Convergence of {{.Method}} for {{.Problem}}
{{printf "%-6s %-10s %-14s %-10s %s" "n" "h" "value" "error" "order"}}
{{range $i, $r := .Rows}}{{printf "%-6d %-10.5f %-14.10f %-10.2e" $r.N $r.H $r.Value $r.Err}} {{if $i}}{{$r.Order (index $.Rows (dec $i))}}{{else}}-{{end}}
{{end}}{{with .Note}}Note: {{upper .}}{{end}}
`

func main() {
	funcs := template.FuncMap{
		"dec":   func(i int) int { return i - 1 },
		"upper": strings.ToUpper,
	}
	t := template.Must(template.New("conv").Funcs(funcs).Parse(tpl))
	f := func(x float64) float64 { return 4 / (1 + x*x) }
	var rows []Row
	for n := 2; n <= 64; n *= 2 {
		h := 1 / float64(n)
		s := 0.0
		for i := 0; i < n; i++ {
			s += f((float64(i) + 0.5) * h)
		}
		v := s * h
		rows = append(rows, Row{n, h, v, math.Abs(v - math.Pi)})
	}
	data := map[string]any{
		"Method":  "midpoint",
		"Problem": "int_0^1 4/(1+x^2) dx",
		"Rows":    rows,
		"Note":    "second order expected",
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("template error:", err)
	}
	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println(err != nil)
}
