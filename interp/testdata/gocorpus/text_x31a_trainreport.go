package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Epoch struct {
	N        int
	Loss     float64
	TrainAcc float64
	ValAcc   float64
}

type Run struct {
	Model  string
	Params map[string]any
	Epochs []Epoch
}

func (r Run) Best() Epoch {
	best := r.Epochs[0]
	for _, e := range r.Epochs[1:] {
		if e.ValAcc > best.ValAcc {
			best = e
		}
	}
	return best
}

const tmpl = `== {{.Model | upper}} ==
hyperparameters:{{range $k, $v := .Params}}
  {{printf "%-8s" $k}} = {{$v}}{{end}}
{{range $i, $e := .Epochs -}}
epoch {{$e.N}}: loss={{printf "%.3f" $e.Loss}} train={{pct $e.TrainAcc}} val={{pct $e.ValAcc}}{{if gt $e.ValAcc 0.5}} *{{end}}
{{end -}}
{{with .Best}}best epoch {{.N}} (val {{pct .ValAcc}}){{end}}
{{- if not .Epochs}}no epochs{{else}} of {{len .Epochs}}{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"pct":   func(f float64) string { return fmt.Sprintf("%.1f%%", f*100) },
	}
	t := template.Must(template.New("report").Funcs(funcs).Parse(tmpl))
	run := Run{
		Model:  "softmax",
		Params: map[string]any{"lr": 1e-7, "reg": 2.5e4, "epochs": 4, "batch": 200},
	}
	loss := 2.4
	for i := 1; i <= 4; i++ {
		loss *= 0.8
		run.Epochs = append(run.Epochs, Epoch{i, loss, 0.2 + 0.1*float64(i), 0.25 + 0.08*float64(i%3+i)})
	}
	if err := t.Execute(os.Stdout, run); err != nil {
		fmt.Println("error:", err)
	}
	bad := template.Must(template.New("bad").Parse("{{.Missing}}\n"))
	err := bad.Execute(os.Stdout, run)
	fmt.Println("error:", err)
	t2 := template.Must(template.New("x").Parse(`{{define "row"}}[{{.}}]{{end}}{{range .}}{{template "row" .}}{{end}}` + "\n"))
	_ = t2.Execute(os.Stdout, []int{3, 1, 2})
}
