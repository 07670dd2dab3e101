package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Result struct {
	Algorithm string
	Graph     string
	V, E      int
	Cost      int
	Notes     []string
}

func (r Result) Density() float64 {
	if r.V < 2 {
		return 0
	}
	return float64(2*r.E) / float64(r.V*(r.V-1))
}

const tmpl = `Graph algorithms lab report
{{- range $i, $r := .}}
{{printf "%2d" (inc $i)}}. {{$r.Algorithm | upper | printf "%-10s"}} on {{$r.Graph}} (V={{$r.V}}, E={{$r.E}}, density={{printf "%.3f" $r.Density}})
    cost: {{if lt $r.Cost 0}}n/a{{else}}{{$r.Cost}}{{end}}
{{- with $r.Notes}}
    notes: {{join . "; "}}
{{- else}}
    notes: none
{{- end}}
{{- end}}
Total runs: {{len .}}
`

func main() {
	funcs := template.FuncMap{
		"inc":   func(i int) int { return i + 1 },
		"upper": strings.ToUpper,
		"join":  strings.Join,
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(tmpl))
	results := []Result{
		{"dijkstra", "roads", 7, 9, 20, []string{"non-negative weights"}},
		{"bellman", "trade", 5, 5, -1, []string{"negative cycle", "arbitrage found"}},
		{"kruskal", "grid", 9, 14, 37, nil},
		{"bfs", "single", 1, 0, 0, nil},
	}
	if err := t.Execute(os.Stdout, results); err != nil {
		fmt.Println("error:", err)
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, results[0])
	fmt.Println("error:", err != nil)
	small := template.Must(template.New("s").Parse(`{{range $k, $v := .}}{{$k}}={{$v}} {{end}}` + "\n"))
	small.Execute(os.Stdout, map[string]int{"V": 7, "E": 9, "C": 1})
}
