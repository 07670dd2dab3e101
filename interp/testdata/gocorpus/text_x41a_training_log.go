package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Epoch struct {
	N        int
	Loss     float64
	Acc      float64
	Improved bool
}

func (e Epoch) Bar() string {
	n := int(e.Acc * 20)
	return strings.Repeat("#", n) + strings.Repeat(".", 20-n)
}

type Log struct {
	Model  string
	Epochs []Epoch
	Params map[string]float64
}

func (l Log) Best() Epoch {
	best := l.Epochs[0]
	for _, e := range l.Epochs[1:] {
		if e.Loss < best.Loss {
			best = e
		}
	}
	return best
}

var funcs = template.FuncMap{"mul100": func(f float64) float64 { return f * 100 }}

const src = `model: {{.Model}}
params:{{range $k, $v := .Params}} {{$k}}={{$v}}{{end}}
{{range .Epochs}}epoch {{.N}} loss={{printf "%.3f" .Loss}} [{{.Bar}}]{{if .Improved}} *{{end}}
{{else}}no epochs
{{end}}{{with .Best}}best epoch: {{.N}} ({{printf "%.1f%%" (mul100 .Acc)}}){{end}}
{{- /* trailing comment */}}
`

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	losses := []float64{1.2, 0.9, 0.95, 0.6, 0.61}
	var epochs []Epoch
	best := 1e9
	for i, l := range losses {
		epochs = append(epochs, Epoch{N: i + 1, Loss: l, Acc: 1 - l/2, Improved: l < best})
		best = min(best, l)
	}
	data := Log{Model: "mlp-2x8", Epochs: epochs, Params: map[string]float64{"lr": 0.1, "beta": 0.9, "decay": 0}}
	full := template.Must(template.New("log").Funcs(funcs).Parse(src))
	if err := full.Execute(w, data); err != nil {
		fmt.Fprintln(w, "error:", err)
	}
	err := template.Must(template.New("e").Parse("{{.Missing}}\n")).Execute(w, data)
	fmt.Fprintln(w, "error:", err != nil)
	fmt.Fprintln(w, full.Name(), len(full.Templates()))
	if err := full.Execute(w, Log{Model: "empty", Epochs: []Epoch{{N: 1, Loss: 2}}}); err != nil {
		fmt.Fprintln(w, "error:", err)
	}
}
