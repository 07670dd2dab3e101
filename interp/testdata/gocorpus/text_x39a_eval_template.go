package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

const tpl = `{{define "row"}}{{printf "%-8s" .Name}}{{range .Cells}}{{printf "%5d" .}}{{end}}{{end -}}
{{define "matrix"}}{{printf "%-8s" ""}}{{range .Labels}}{{printf "%5s" .}}{{end}}
{{range .Rows}}{{template "row" .}}
{{end}}{{end -}}
Model: {{.Model}} (trained {{.Epochs}} epochs)
{{template "matrix" .Confusion}}
Per-class:
{{- range $label, $m := .PerClass}}
  {{$label}}: P={{printf "%.2f" $m.P}} R={{printf "%.2f" $m.R}}{{if lt $m.R 0.5}} (weak recall){{end}}
{{- end}}
Hyperparameters: {{join .Hyper ", "}}
{{if and .Passed (gt .Accuracy 0.8)}}STATUS: PASS{{else}}STATUS: FAIL{{end}} ({{printf "%.1f" (mul .Accuracy 100)}}%)
`

type Row struct {
	Name  string
	Cells []int
}

type Confusion struct {
	Labels []string
	Rows   []Row
}

type PR struct{ P, R float64 }

func main() {
	labels := []string{"cat", "dog", "owl"}
	cells := [][]int{{8, 2, 0}, {1, 9, 0}, {2, 2, 1}}
	conf := Confusion{Labels: labels}
	per := map[string]PR{}
	total, correct := 0, 0
	for i, l := range labels {
		conf.Rows = append(conf.Rows, Row{l, cells[i]})
		rowSum, colSum := 0, 0
		for j := range labels {
			rowSum += cells[i][j]
			colSum += cells[j][i]
			total += cells[i][j]
		}
		correct += cells[i][i]
		per[l] = PR{float64(cells[i][i]) / float64(colSum), float64(cells[i][i]) / float64(rowSum)}
	}
	acc := float64(correct) / float64(total)
	funcs := template.FuncMap{
		"join": strings.Join,
		"mul":  func(a, b float64) float64 { return a * b },
	}
	t := template.Must(template.New("eval").Funcs(funcs).Parse(tpl))
	data := struct {
		Model     string
		Epochs    int
		Confusion Confusion
		PerClass  map[string]PR
		Hyper     []string
		Passed    bool
		Accuracy  float64
	}{"cnn-v3", 25, conf, per, []string{"lr=0.001", "batch=32", "dropout=0.2"}, true, acc}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(t.Lookup("row") != nil, t.Lookup("matrix").Name(), t.Lookup("nosuch") == nil)
	var sb strings.Builder
	if err := t.ExecuteTemplate(&sb, "row", Row{"extra", []int{4, 5}}); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%q\n", sb.String())
	err := t.ExecuteTemplate(&sb, "nosuch", nil)
	fmt.Println(err)
}
