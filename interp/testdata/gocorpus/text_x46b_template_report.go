package main

import (
	"fmt"
	"math"
	"os"
	"strings"
	"text/template"
)

type Run struct {
	Name  string
	DT    float64
	Steps int
	Error float64
}

func (r Run) Order(prev Run) float64 {
	return math.Log(prev.Error/r.Error) / math.Log(prev.DT/r.DT)
}

const report = `Convergence study: {{.Title}}
{{range $i, $r := .Runs -}}
{{printf "%-8s" $r.Name}} dt={{printf "%.4f" $r.DT}} steps={{printf "%5d" $r.Steps}} err={{printf "%.3e" $r.Error}}{{if $i}} order={{order $i | printf "%.2f"}}{{end}}
{{end -}}
{{with .Note}}Note: {{.}}{{end}}
Total steps: {{total .Runs}}
{{bar 20 "="}}
`

func main() {
	var runs []Run
	for _, n := range []int{10, 20, 40, 80, 160} {
		dt := 1.0 / float64(n)
		y := 1.0
		for i := 0; i < n; i++ {
			y += dt * y
		}
		runs = append(runs, Run{Name: fmt.Sprintf("euler%d", n), DT: dt, Steps: n, Error: math.Abs(y - math.E)})
	}
	funcs := template.FuncMap{
		"order": func(i int) float64 { return runs[i].Order(runs[i-1]) },
		"total": func(rs []Run) int {
			t := 0
			for _, r := range rs {
				t += r.Steps
			}
			return t
		},
		"bar": func(n int, s string) string { return strings.Repeat(s, n) },
	}
	tmpl := template.Must(template.New("r").Funcs(funcs).Parse(report))
	data := map[string]any{
		"Title": "y' = y on [0,1]",
		"Runs":  runs,
		"Note":  "first order expected",
	}
	if err := tmpl.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	data["Note"] = ""
	data["Runs"] = runs[:1]
	if err := tmpl.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
}
